/* chronicle-filter-bar-kinds.c — the filter bar's kinds: a toggle chip for each kind
 * that has events (the 30 with the most past 30), wrapping onto up to three lines and
 * then scrolling, each with its live count; the More Kinds picker for the kinds without
 * a chip; and the kinds the filter keeps, said by both. The rest of the bar (search,
 * pickers, years, status, focus) is chronicle-filter-bar.c.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-filter-bar"

#include "config.h"

#include "chronicle-filter-bar-private.h"

#include <glib/gi18n.h>

#include "chronicle-accessible.h"
#include "chronicle-wrap-layout.h"

/* The kinds picked: the chips turned on, and those picked in the More Kinds picker. */
void
_chronicle_filter_bar_apply_kinds (ChronicleFilterBar *self)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  const char * const *more = chronicle_filter_picker_get_picked (self->kinds_picker);
  GHashTableIter iter;
  gpointer key, value;

  if (self->updating)
    return;
  g_hash_table_iter_init (&iter, self->chips);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (gtk_toggle_button_get_active (value))
      g_ptr_array_add (kinds, key);
  for (guint i = 0; more != NULL && more[i] != NULL; i++)
    if (!g_hash_table_contains (self->chips, more[i]))
      g_ptr_array_add (kinds, (gpointer) more[i]);
  g_ptr_array_add (kinds, NULL);
  chronicle_filter_set_kinds (self->filter, (const char * const *) kinds->pdata);
}

static void
on_chip_toggled_cb (GtkToggleButton    *chip,
                    ChronicleFilterBar *self)
{
  _chronicle_filter_bar_apply_kinds (self);
}

static int
compare_counts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *counts = user_data;
  guint ca = GPOINTER_TO_UINT (g_hash_table_lookup (counts, *(const char **) a));
  guint cb = GPOINTER_TO_UINT (g_hash_table_lookup (counts, *(const char **) b));

  return (ca < cb) - (ca > cb);
}

/* The chips' scroller as tall as the chips' lines at its width, up to MAX_CHIP_LINES
 * lines (GtkScrolledWindow in GTK 4.8 measures its child for no width in particular,
 * which for a wrapping row is its height at the narrowest). */
static void
fit_chips (ChronicleFilterBar *self)
{
  GtkWidget *first = gtk_widget_get_first_child (self->chips_box);
  int height = chronicle_wrap_layout_get_height (CHRONICLE_WRAP_LAYOUT (gtk_widget_get_layout_manager (self->chips_box)));
  int line = 0;

  if (first != NULL)
    gtk_widget_measure (first, GTK_ORIENTATION_VERTICAL, -1, NULL, &line, NULL, NULL);
  line = MAX_CHIP_LINES * line + (MAX_CHIP_LINES - 1) * CHIP_LINE_SPACING;
  /* Before the first allocation: the most lines. */
  if (height > 0)
    line = MIN (line, height);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->chips_scroller), line);
  /* A scrollbar only when the lines do not all fit: one that may show makes the
   * scroller at least as tall as the scrollbar's own minimum (an empty band of 30 px
   * under a single line of chips). */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->chips_scroller), GTK_POLICY_NEVER,
                                  height > 0 && height <= line ? GTK_POLICY_EXTERNAL : GTK_POLICY_AUTOMATIC);
}

static gboolean
fit_chips_cb (gpointer user_data)
{
  ChronicleFilterBar *self = user_data;

  self->fit_chips_id = 0;
  fit_chips (self);
  return G_SOURCE_REMOVE;
}

/* The chips' lines have a new height, found while they were allocated: the scroller
 * is fitted to it after the allocation (a size changed within one is not laid out
 * again until something else asks for a frame: fewer chips after another file was
 * opened left the room of the old ones' lines). */
void
_chronicle_filter_bar_fit_chips_later (ChronicleFilterBar *self)
{
  if (self->fit_chips_id == 0)
    self->fit_chips_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_chips_cb, self, NULL);
}

/* Chips for the kinds that have events (@counts: kind id → events), in the
 * dataset's order; past MAX_CHIPS, those with the most events, and a note. */
void
_chronicle_filter_bar_add_chips (ChronicleFilterBar *self,
                                 ChronicleDataset   *dataset,
                                 GHashTable         *counts)
{
  g_autoptr(GHashTable) chosen = NULL;
  guint n_kinds = 0;
  guint n_left_out;

  for (guint i = 0; i < chronicle_dataset_get_n_kinds (dataset); i++)
    if (g_hash_table_contains (counts, chronicle_dataset_get_kind (dataset, i)->id))
      n_kinds++;

  if (n_kinds > MAX_CHIPS)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();

      for (guint i = 0; i < chronicle_dataset_get_n_kinds (dataset); i++)
        if (g_hash_table_contains (counts, chronicle_dataset_get_kind (dataset, i)->id))
          g_ptr_array_add (ids, (gpointer) chronicle_dataset_get_kind (dataset, i)->id);
      g_ptr_array_sort_with_data (ids, compare_counts, counts);
      chosen = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < MAX_CHIPS; i++)
        g_hash_table_add (chosen, g_ptr_array_index (ids, i));
    }

  for (guint i = 0; i < chronicle_dataset_get_n_kinds (dataset); i++)
    {
      const ChronicleKind *kind = chronicle_dataset_get_kind (dataset, i);
      GtkWidget *chip;

      if (!g_hash_table_contains (counts, kind->id) || (chosen != NULL && !g_hash_table_contains (chosen, kind->id)))
        continue;
      chip = gtk_toggle_button_new ();
      gtk_widget_add_css_class (chip, "chip");
      gtk_widget_add_css_class (chip, "pill");
      gtk_widget_add_css_class (chip, "small");
      g_object_set_data_full (G_OBJECT (chip), "kind", g_strdup (kind->id), g_free);
      g_signal_connect (chip, "toggled", G_CALLBACK (on_chip_toggled_cb), self);
      g_hash_table_insert (self->chips, g_strdup (kind->id), chip);
      gtk_box_append (GTK_BOX (self->chips_box), chip);
    }

  fit_chips (self);

  /* The kinds past the chips are in a picker that says how many they are. */
  n_left_out = n_kinds - g_hash_table_size (self->chips);
  gtk_widget_set_visible (GTK_WIDGET (self->kinds_picker), n_left_out > 0);
  if (n_left_out > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: after the kind chips when
                                                             * there are too many kinds; %u is how many
                                                             * have no chip. */
                                                            "and %u more kind",
                                                            "and %u more kinds", n_left_out),
                                               n_left_out);

      chronicle_filter_picker_set_title (self->kinds_picker, text);
    }
}

/* The chips' live counts: @kind_counts, kind id → events each would show. */
void
_chronicle_filter_bar_label_chips (ChronicleFilterBar *self,
                                   GHashTable         *kind_counts)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->chips);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const ChronicleKind *kind = chronicle_dataset_find_kind (self->dataset, key);
      g_autofree char *owner = g_strdup_printf ("kind/%s", (const char *) key);
      const char *name = chronicle_dataset_translate (self->dataset, owner, self->language, "label",
                                                      kind ? kind->label : key);

      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (kind_counts, key));
      /* Translators: a kind filter chip: %1$s the kind ("Visit"), %2$u its events. */
      g_autofree char *label = g_strdup_printf (_("%1$s %2$u"), name, count);
      /* Translators: a kind filter chip's name for screen readers: %1$s the kind
       * ("Visit"), %2$u how many events it would show. */
      g_autofree char *spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s, %2$u event",
                                                              "%1$s, %2$u events", count),
                                                 name, count);

      GtkWidget *child;

      gtk_button_set_label (GTK_BUTTON (value), label);
      /* A kind named at length (a TimelineJS group is any text) is shortened in the
       * middle, keeping its count, and whole in its tooltip: one long chip made the
       * window wider than the screen, its header buttons out of reach. */
      child = gtk_button_get_child (GTK_BUTTON (value));
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_MIDDLE);
          gtk_label_set_max_width_chars (GTK_LABEL (child), CHIP_MAX_CHARS);
        }
      gtk_widget_set_tooltip_text (value, g_utf8_strlen (label, -1) > CHIP_MAX_CHARS ? label : NULL);
      chronicle_accessible_set_name (value, spoken);
    }
}

const char *
_chronicle_filter_bar_kind_label (ChronicleFilterBar *self,
                                  const char         *id)
{
  const ChronicleKind *kind = chronicle_dataset_find_kind (self->dataset, id);
  g_autofree char *owner = g_strdup_printf ("kind/%s", id);

  return chronicle_dataset_translate (self->dataset, owner, self->language, "label", kind ? kind->label : id);
}

/* The kinds that have events but no chip, by name. */
void
_chronicle_filter_bar_fill_kinds (ChronicleFilterPicker *picker,
                                  gpointer               user_data)
{
  ChronicleFilterBar *self = user_data;
  ChronicleEventStore *store;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (self->dataset == NULL)
    return;
  store = chronicle_dataset_get_events (self->dataset);
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      const char *id = chronicle_event_get_kind (chronicle_event_store_get_event (store, i));

      if (!g_hash_table_contains (self->chips, id) && g_hash_table_add (seen, (gpointer) id))
        {
          const char *label = _chronicle_filter_bar_kind_label (self, id);

          g_ptr_array_add (labels, (gpointer) label);
          g_hash_table_insert (ids, (gpointer) label, (gpointer) id);
        }
    }
  g_ptr_array_sort (labels, _chronicle_filter_bar_compare_labels);
  for (guint i = 0; i < labels->len; i++)
    chronicle_filter_picker_add (picker, g_hash_table_lookup (ids, g_ptr_array_index (labels, i)),
                                 g_ptr_array_index (labels, i));
}

/* The chips on, and the More Kinds picker's picks, for the kinds the filter keeps. */
void
_chronicle_filter_bar_show_kinds (ChronicleFilterBar *self)
{
  g_autoptr(GPtrArray) more = g_ptr_array_new ();
  const char * const *kinds;

  kinds = chronicle_filter_get_kinds (self->filter);
  self->updating = TRUE;
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      GtkWidget *chip = g_hash_table_lookup (self->chips, kinds[i]);

      if (chip != NULL)
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip), TRUE);
      else
        g_ptr_array_add (more, (gpointer) kinds[i]);
    }
  g_ptr_array_add (more, NULL);
  chronicle_filter_picker_set_picked (self->kinds_picker, (const char * const *) more->pdata,
                                      more->len > 1 ? _chronicle_filter_bar_kind_label (self, g_ptr_array_index (more, 0)) : NULL);
  self->updating = FALSE;
}
