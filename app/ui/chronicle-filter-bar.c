/* chronicle-filter-bar.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-filter-bar"

#include "config.h"

#include "chronicle-filter-bar.h"

#include <glib/gi18n.h>
#include <string.h>

#include "chronicle-accessible.h"
#include "chronicle-date.h"
#include "chronicle-wrap-layout.h"

/* The controls over a ChronicleFilter: text (debounced, case and diacritic
 * insensitive), kind chips with live counts, partner and people pickers with
 * type-to-search, quick years and a custom range, dim-or-hide, clear all, and the
 * "12 of 63 events" status. The bar edits its session's filter; the session applies
 * it, and the bar counts the match set it announces. Everything sits in flow boxes,
 * so the bar wraps on narrow windows. */

struct _ChronicleFilterBar
{
  GtkWidget         parent_instance;

  ChronicleSession *session;
  GSignalGroup     *session_signals;
  ChronicleFilter  *filter;        /* the session's */
  ChronicleDataset *dataset;
  char             *language;

  GtkWidget        *box;           /* vertical */
  GtkWidget        *search;
  GtkWidget        *kinds;         /* a row of toggle chips */
  GtkWidget        *controls;      /* the row of the search, pickers, years… */
  GtkWidget        *controls_focus;  /* weak: the control the row's Tab stop returns to */
  GtkWidget        *kinds_focus;     /* weak: likewise for the chips */
  GtkWidget        *partners_button;
  GtkWidget        *partners_list;
  GtkWidget        *people_button;
  GtkWidget        *people_list;
  GtkWidget        *years;         /* linked toggle buttons */
  GtkWidget        *custom_from;   /* NULL until the custom range is first opened */
  GtkWidget        *custom_to;
  int               min_year;
  int               max_year;
  gboolean          partners_stale;  /* the picker's rows are made when it opens */
  gboolean          people_stale;
  GtkWidget        *hide_button;
  GtkWidget        *clear_button;
  GtkWidget        *status;
  GHashTable       *chips;         /* kind id → GtkToggleButton */
  gboolean          updating;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ChronicleFilterBar, chronicle_filter_bar, GTK_TYPE_WIDGET)

/* ---- kinds ---------------------------------------------------------------- */

static void
on_chip_toggled_cb (GtkToggleButton    *chip,
                    ChronicleFilterBar *self)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  if (self->updating)
    return;
  g_hash_table_iter_init (&iter, self->chips);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (gtk_toggle_button_get_active (value))
      g_ptr_array_add (kinds, key);
  g_ptr_array_add (kinds, NULL);
  chronicle_filter_set_kinds (self->filter, (const char * const *) kinds->pdata);
}

/* At most this many chips, for the kinds with the most events: a file with 100k
 * TimelineJS groups (one kind each) must not make 100k buttons. */
#define MAX_CHIPS 30

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

/* Chips for the kinds that have events (@counts: kind id → events), in the
 * dataset's order; past MAX_CHIPS, those with the most events, and a note. */
static void
add_chips (ChronicleFilterBar *self,
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
      gtk_box_append (GTK_BOX (self->kinds), chip);
    }

  n_left_out = n_kinds - g_hash_table_size (self->chips);
  if (n_left_out > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: after the kind chips when
                                                             * there are too many kinds; %u is how many
                                                             * have no chip. */
                                                            "and %u more kind",
                                                            "and %u more kinds", n_left_out),
                                               n_left_out);
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_tooltip_text (label, _("Only the kinds with the most events have a chip"));
      gtk_box_append (GTK_BOX (self->kinds), label);
    }
}

/* ---- pickers (partners, people) ------------------------------------------- */

static void
on_pick_toggled_cb (GtkCheckButton     *check,
                    ChronicleFilterBar *self)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (check), "list");
  g_autoptr(GPtrArray) picked = g_ptr_array_new ();

  const char * const *held;
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);

  if (self->updating)
    return;
  held = list == self->partners_list ? chronicle_filter_get_partners (self->filter)
                                     : chronicle_filter_get_people (self->filter);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *c = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      if (!GTK_IS_CHECK_BUTTON (c))
        continue;
      g_hash_table_add (shown, g_object_get_data (G_OBJECT (c), "value"));
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (c)))
        g_ptr_array_add (picked, g_object_get_data (G_OBJECT (c), "value"));
    }
  /* Picked values without a row (the list is capped) stay picked. */
  for (guint i = 0; held != NULL && held[i] != NULL; i++)
    if (!g_hash_table_contains (shown, held[i]))
      g_ptr_array_add (picked, (gpointer) held[i]);
  g_ptr_array_add (picked, NULL);
  if (list == self->partners_list)
    chronicle_filter_set_partners (self->filter, (const char * const *) picked->pdata);
  else
    chronicle_filter_set_people (self->filter, (const char * const *) picked->pdata);
}

static gboolean
pick_row_visible (GtkListBoxRow *row,
                  gpointer       user_data)
{
  GtkEditable *entry = user_data;
  GtkWidget *check = gtk_list_box_row_get_child (row);
  g_autofree char *needle = NULL;
  g_autofree char *label = NULL;

  if (!GTK_IS_CHECK_BUTTON (check))
    return TRUE;
  needle = chronicle_fold_text (gtk_editable_get_text (entry));
  label = chronicle_fold_text (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)));
  return strstr (label, needle) != NULL;
}

static void fill_partners (ChronicleFilterBar *self);
static void fill_people   (ChronicleFilterBar *self);

static void
on_pick_search_changed_cb (GtkSearchEntry *entry,
                           GtkListBox     *list)
{
  ChronicleFilterBar *self = g_object_get_data (G_OBJECT (list), "bar");

  /* A partial list is made again for the new search; a whole one only filtered. */
  if (g_object_get_data (G_OBJECT (list), "partial") == NULL || self->dataset == NULL)
    gtk_list_box_invalidate_filter (list);
  else if (GTK_WIDGET (list) == self->partners_list)
    fill_partners (self);
  else
    fill_people (self);
}

/* Checks the rows whose value the filter holds. */
static void
sync_picker (ChronicleFilterBar  *self,
             GtkWidget           *list,
             const char * const  *values)
{
  self->updating = TRUE;
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      if (!GTK_IS_CHECK_BUTTON (check))
        continue;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_strv_contains (values, g_object_get_data (G_OBJECT (check), "value")));
    }
  self->updating = FALSE;
}

/* A picker makes at most this many rows, those matching its search: 100k partners
 * must not become 100k widgets. Typing narrows the search and refills the rows. */
#define MAX_PICKS 200

static void
append_pick (ChronicleFilterBar *self,
             GtkWidget          *list,
             const char         *value,
             const char         *label)
{
  GtkWidget *check;
  GtkWidget *row;
  GtkEditable *entry = g_object_get_data (G_OBJECT (list), "entry");
  g_autofree char *needle = chronicle_fold_text (gtk_editable_get_text (entry));
  guint n_rows = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "n-rows"));

  if (needle[0] != '\0')
    {
      g_autofree char *folded = chronicle_fold_text (label);

      if (strstr (folded, needle) == NULL)
        return;
    }
  if (n_rows >= MAX_PICKS)
    {
      g_object_set_data (G_OBJECT (list), "partial", GINT_TO_POINTER (TRUE));
      /* Counted, and said in the last row by finish_picks(). */
      g_object_set_data (G_OBJECT (list), "n-more",
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "n-more")) + 1));
      return;
    }
  g_object_set_data (G_OBJECT (list), "n-rows", GUINT_TO_POINTER (n_rows + 1));

  check = gtk_check_button_new_with_label (label);
  row = gtk_list_box_row_new ();

  g_object_set_data_full (G_OBJECT (check), "value", g_strdup (value), g_free);
  g_object_set_data (G_OBJECT (check), "list", list);
  g_signal_connect (check, "toggled", G_CALLBACK (on_pick_toggled_cb), self);
  /* The row is the one focus stop: named as its check box, and Space or Enter on
   * it (row-activated) toggles the check box. */
  gtk_widget_set_focusable (check, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

static void
on_pick_row_activated_cb (GtkListBox    *list,
                          GtkListBoxRow *row,
                          gpointer       user_data)
{
  GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_list_box_row_get_child (row));

  gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
}

/* Space or Enter on a row toggles it (GTK 4.8's list box activates no row with the
 * keys when nothing can be selected). */
static gboolean
on_pick_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        gpointer               user_data)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *row = gtk_widget_get_focus_child (list);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || !GTK_IS_LIST_BOX_ROW (row))
    return FALSE;
  if (keyval != GDK_KEY_space && keyval != GDK_KEY_KP_Space && keyval != GDK_KEY_Return &&
      keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  on_pick_row_activated_cb (GTK_LIST_BOX (list), GTK_LIST_BOX_ROW (row), NULL);
  return TRUE;
}

static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

static void
start_picks (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
  g_object_set_data (G_OBJECT (list), "n-rows", NULL);
  g_object_set_data (G_OBJECT (list), "n-more", NULL);
  /* Rows made for a search lack what a shorter search would show. */
  g_object_set_data (G_OBJECT (list), "partial",
                     GINT_TO_POINTER (gtk_editable_get_text (g_object_get_data (G_OBJECT (list), "entry"))[0] != '\0'));
}

/* Says, in a last row that cannot be picked, how many matches have no row. */
static void
finish_picks (GtkWidget *list)
{
  guint n_more = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "n-more"));
  g_autofree char *text = NULL;
  GtkWidget *label;
  GtkWidget *row;

  if (n_more == 0)
    return;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the last row of a long partner or people
                                        * list; %u is how many more match the search. */
                                       "%u more: type to narrow the list",
                                       "%u more: type to narrow the list", n_more),
                          n_more);
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "more", GINT_TO_POINTER (TRUE));
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

/* Partners by name, in the dataset's order. */
static void
fill_partners (ChronicleFilterBar *self)
{
  start_picks (self->partners_list);
  for (guint i = 0; i < chronicle_dataset_get_n_partners (self->dataset); i++)
    {
      const ChroniclePartner *p = chronicle_dataset_get_partner (self->dataset, i);
      g_autofree char *owner = g_strdup_printf ("partner/%s", p->id);

      append_pick (self, self->partners_list, p->id,
                   chronicle_dataset_translate (self->dataset, owner, self->language, "name", p->name));
    }
  finish_picks (self->partners_list);
  sync_picker (self, self->partners_list, chronicle_filter_get_partners (self->filter));
}

/* Everyone named in an event, sorted. */
static void
fill_people (ChronicleFilterBar *self)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (self->dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) people = g_ptr_array_new ();

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      const char * const *names = chronicle_event_get_people (chronicle_event_store_get_event (store, i));

      for (guint j = 0; names[j] != NULL; j++)
        if (g_hash_table_add (seen, (gpointer) names[j]))
          g_ptr_array_add (people, (gpointer) names[j]);
    }
  g_ptr_array_sort (people, compare_labels);
  start_picks (self->people_list);
  for (guint i = 0; i < people->len; i++)
    append_pick (self, self->people_list, g_ptr_array_index (people, i), g_ptr_array_index (people, i));
  finish_picks (self->people_list);
  sync_picker (self, self->people_list, chronicle_filter_get_people (self->filter));
}

/* A picker's rows are widgets, one per partner or person: they are made when the
 * picker first opens, not while the window starts. */
static void
on_picker_show_cb (GtkWidget          *popover,
                   ChronicleFilterBar *self)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (popover), "list");

  if (self->dataset == NULL)
    return;
  if (list == self->partners_list && self->partners_stale)
    {
      self->partners_stale = FALSE;
      fill_partners (self);
    }
  else if (list == self->people_list && self->people_stale)
    {
      self->people_stale = FALSE;
      fill_people (self);
    }
}

static GtkWidget *
picker (ChronicleFilterBar *self,
        const char         *label,
        const char         *placeholder,
        GtkWidget         **list_out)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_search_entry_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (button), TRUE);
  chronicle_accessible_set_name (button, label);
  g_object_set (entry, "placeholder-text", placeholder, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), FALSE);
  /* The rows are the focus stops, not the list around them. */
  gtk_widget_set_focusable (list, FALSE);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_pick_row_activated_cb), NULL);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (on_pick_key_pressed_cb), NULL);
    gtk_widget_add_controller (list, keys);
  }
  gtk_list_box_set_filter_func (GTK_LIST_BOX (list), pick_row_visible, entry, NULL);
  g_object_set_data (G_OBJECT (list), "entry", entry);
  g_object_set_data (G_OBJECT (list), "bar", self);
  g_signal_connect (entry, "search-changed", G_CALLBACK (on_pick_search_changed_cb), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_widget_set_size_request (box, 260, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), entry);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_object_set_data (G_OBJECT (popover), "list", list);
  g_signal_connect (popover, "show", G_CALLBACK (on_picker_show_cb), self);
  *list_out = list;
  return button;
}

/* ---- years ------------------------------------------------------------------ */

static void
on_year_toggled_cb (GtkToggleButton    *button,
                    ChronicleFilterBar *self)
{
  int year;

  if (self->updating || !gtk_toggle_button_get_active (button))
    return;
  year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "year"));
  if (year == 0)
    chronicle_filter_clear_range (self->filter);
  else
    chronicle_filter_set_range (self->filter, chronicle_days_from_civil (year, 1, 1),
                                chronicle_days_from_civil (year + 1, 1, 1));
}

static void
on_custom_range_cb (GtkButton          *button,
                    ChronicleFilterBar *self)
{
  int from = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->custom_from));
  int to = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->custom_to));

  if (to < from)
    {
      int t = from;
      from = to, to = t;
    }
  self->updating = TRUE;
  for (GtkWidget *b = gtk_widget_get_first_child (self->years); b; b = gtk_widget_get_next_sibling (b))
    if (GTK_IS_TOGGLE_BUTTON (b))
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b), FALSE);
  self->updating = FALSE;
  chronicle_filter_set_range (self->filter, chronicle_days_from_civil (from, 1, 1),
                              chronicle_days_from_civil (to + 1, 1, 1));
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER)));
}

static void
on_custom_show_cb (GtkWidget          *popover,
                   ChronicleFilterBar *self)
{
  GtkWidget *grid, *apply, *from_label, *to_label;

  if (self->custom_from != NULL)
    return;
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  self->custom_from = gtk_spin_button_new_with_range (MIN (self->min_year, 9999), MAX (self->max_year, 1), 1);
  self->custom_to = gtk_spin_button_new_with_range (MIN (self->min_year, 9999), MAX (self->max_year, 1), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->custom_from), self->min_year);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->custom_to), self->max_year);
  from_label = gtk_label_new_with_mnemonic (_("_From"));
  to_label = gtk_label_new_with_mnemonic (_("_To"));
  /* The labels name the spin buttons, for Alt+F / Alt+T and for screen readers. */
  gtk_label_set_mnemonic_widget (GTK_LABEL (from_label), self->custom_from);
  gtk_label_set_mnemonic_widget (GTK_LABEL (to_label), self->custom_to);
  gtk_grid_attach (GTK_GRID (grid), from_label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->custom_from, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), to_label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->custom_to, 1, 1, 1, 1);
  apply = gtk_button_new_with_mnemonic (_("_Show These Years"));
  chronicle_accessible_set_name (apply, _("Show These Years"));
  gtk_widget_add_css_class (apply, "suggested-action");
  g_signal_connect (apply, "clicked", G_CALLBACK (on_custom_range_cb), self);
  gtk_grid_attach (GTK_GRID (grid), apply, 0, 2, 2, 1);
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
}

static void
fill_years (ChronicleFilterBar *self)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (self->dataset);
  g_autoptr(GHashTable) per_year = g_hash_table_new (NULL, NULL);
  g_autoptr(GList) years = NULL;
  GtkWidget *child, *all, *custom, *popover;
  int top[3] = { 0, 0, 0 };
  guint best[3] = { 0, 0, 0 };
  gint64 min_year = G_MAXINT64, max_year = G_MININT64;

  while ((child = gtk_widget_get_first_child (self->years)) != NULL)
    gtk_box_remove (GTK_BOX (self->years), child);

  /* Quick buttons for the three years with the most events, in order. */
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      gint64 y = chronicle_event_get_start (chronicle_event_store_get_event (store, i))->year;

      if (y < 1 || y > 9999)
        continue;
      min_year = MIN (min_year, y);
      max_year = MAX (max_year, y);
      g_hash_table_insert (per_year, GINT_TO_POINTER ((int) y),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_year, GINT_TO_POINTER ((int) y))) + 1));
    }
  years = g_hash_table_get_keys (per_year);
  for (GList *l = years; l; l = l->next)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (per_year, l->data));
      int y = GPOINTER_TO_INT (l->data);

      for (int k = 0; k < 3; k++)
        if (count > best[k] || (count == best[k] && y > top[k]))
          {
            for (int m = 2; m > k; m--)
              best[m] = best[m - 1], top[m] = top[m - 1];
            best[k] = count, top[k] = y;
            break;
          }
    }
  for (int a = 0; a < 3; a++)
    for (int b = a + 1; b < 3; b++)
      if (top[b] != 0 && (top[a] == 0 || top[b] < top[a]))
        {
          int t = top[a];
          top[a] = top[b], top[b] = t;
        }

  /* Translators: the year filter button that shows every year. */
  all = gtk_toggle_button_new_with_label (C_("years", "All"));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (all), TRUE);
  g_signal_connect (all, "toggled", G_CALLBACK (on_year_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->years), all);
  for (int k = 0; k < 3; k++)
    {
      char label[16];
      GtkWidget *button;

      if (top[k] == 0)
        continue;
      g_snprintf (label, sizeof label, "%d", top[k]);
      button = gtk_toggle_button_new_with_label (label);
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (all));
      g_object_set_data (G_OBJECT (button), "year", GINT_TO_POINTER (top[k]));
      g_signal_connect (button, "toggled", G_CALLBACK (on_year_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->years), button);
    }

  /* A custom range of years: its spin buttons are made when it first opens. */
  self->min_year = min_year <= max_year ? (int) min_year : 1;
  self->max_year = min_year <= max_year ? (int) max_year : 1;
  self->custom_from = self->custom_to = NULL;
  custom = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (custom), _("Years…"));
  gtk_widget_set_tooltip_text (custom, _("Choose a range of years"));
  chronicle_accessible_set_name (custom, _("Years…"));
  popover = gtk_popover_new ();
  g_signal_connect (popover, "show", G_CALLBACK (on_custom_show_cb), self);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (custom), popover);
  gtk_box_append (GTK_BOX (self->years), custom);
}

/* ---- focus: three Tab stops ---------------------------------------------------- */

/* The bar is three Tab stops, as a toolbar is: the search, the row of controls and
 * the row of chips. Within a row the arrow keys move from control to control; Tab
 * returns to the one last used, so the timeline is three Tab presses from the search. */
/* Focuses the row's last used control, or its first (last, going back) that can
 * take the focus; @after: the row's children after this one only. */
static gboolean
focus_row (GtkWidget *row,
           GtkWidget *after,
           GtkWidget *last,
           gboolean   backward)
{
  GtkWidget *first = after ? gtk_widget_get_next_sibling (after) : gtk_widget_get_first_child (row);
  GtkDirectionType direction = backward ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD;

  if (last != NULL && gtk_widget_is_ancestor (last, row) && gtk_widget_is_sensitive (last) &&
      gtk_widget_get_mapped (last) && gtk_widget_grab_focus (last))
    return TRUE;
  if (!backward)
    {
      for (GtkWidget *c = first; c; c = gtk_widget_get_next_sibling (c))
        if (gtk_widget_child_focus (c, direction))
          return TRUE;
    }
  else
    for (GtkWidget *c = gtk_widget_get_last_child (row); c && c != after; c = gtk_widget_get_prev_sibling (c))
      if (gtk_widget_child_focus (c, direction))
        return TRUE;
  return FALSE;
}

static gboolean
chronicle_filter_bar_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  ChronicleFilterBar *self = CHRONICLE_FILTER_BAR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  int stop = -1, step;

  /* A picker's popover has the window's focus too: Tab moves within it. */
  if ((direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD) ||
      (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL))
    return GTK_WIDGET_CLASS (chronicle_filter_bar_parent_class)->focus (widget, direction);

  /* Tab leaves a row from the control it was on: the row's stop comes back to it. */
  if (focus != NULL && (focus == self->search || gtk_widget_is_ancestor (focus, self->search)))
    stop = 0;
  else if (focus != NULL && gtk_widget_is_ancestor (focus, self->controls))
    {
      stop = 1;
      g_set_weak_pointer (&self->controls_focus, focus);
    }
  else if (focus != NULL && gtk_widget_is_ancestor (focus, self->kinds))
    {
      stop = 2;
      g_set_weak_pointer (&self->kinds_focus, focus);
    }
  step = direction == GTK_DIR_TAB_FORWARD ? 1 : -1;
  if (stop < 0)
    stop = step > 0 ? -1 : 3;

  for (stop += step; stop >= 0 && stop <= 2; stop += step)
    {
      gboolean done = FALSE;

      if (stop == 0)
        done = gtk_widget_get_mapped (self->search) && gtk_widget_grab_focus (self->search);
      else if (stop == 1)
        done = focus_row (self->controls, self->search, self->controls_focus, step < 0);
      else
        done = focus_row (self->kinds, NULL, self->kinds_focus, step < 0);
      if (done)
        return TRUE;
    }
  return FALSE;
}

/* ---- the rest ------------------------------------------------------------------ */

static void
on_search_changed_cb (GtkSearchEntry     *entry,
                      ChronicleFilterBar *self)
{
  chronicle_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_clear_clicked_cb (GtkButton          *button,
                     ChronicleFilterBar *self)
{
  GHashTableIter iter;
  gpointer value;
  GtkWidget *all;

  /* The button disables itself: the focus moves to the search before it does. */
  if (gtk_widget_has_focus (GTK_WIDGET (button)))
    gtk_widget_grab_focus (self->search);
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  g_hash_table_iter_init (&iter, self->chips);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    gtk_toggle_button_set_active (value, FALSE);
  for (GtkWidget *list = self->partners_list; list; list = list == self->partners_list ? self->people_list : NULL)
    for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
      gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))), FALSE);
  all = gtk_widget_get_first_child (self->years);
  if (all != NULL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (all), TRUE);
  self->updating = FALSE;
  chronicle_filter_clear (self->filter);
}

/* What a picker's button says: nothing chosen, its title ("Partners"); else the
 * first choice ("China"), and how many more ("China and 2 more"). */
static void
label_picker (GtkWidget          *button,
              const char         *title,
              const char * const *values,
              const char         *first)
{
  guint n = g_strv_length ((char **) values);
  g_autofree char *label = NULL;

  if (n == 0)
    label = g_strdup (title);
  else if (n == 1)
    label = g_strdup (first);
  else
    /* Translators: a picker's button when several are chosen: %1$s the first one
     * ("China"), %2$u how many more. */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s and %2$u more", "%1$s and %2$u more", n - 1),
                             first, n - 1);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label);
  chronicle_accessible_set_name (button, label);
}

static void
on_filter_changed_cb (ChronicleFilterBar *self,
                      ChronicleFilter    *filter)
{
  const char * const *partners = chronicle_filter_get_partners (filter);
  const char * const *people = chronicle_filter_get_people (filter);
  const char *first_partner = partners[0];

  /* Reflect changes made elsewhere (a partner clicked in the sidebar). */
  sync_picker (self, self->partners_list, partners);
  sync_picker (self, self->people_list, people);

  if (first_partner != NULL && self->dataset != NULL)
    {
      const ChroniclePartner *p = chronicle_dataset_find_partner (self->dataset, first_partner);
      g_autofree char *owner = g_strdup_printf ("partner/%s", first_partner);

      first_partner = chronicle_dataset_translate (self->dataset, owner, self->language, "name",
                                                   p ? p->name : first_partner);
    }
  label_picker (self->partners_button, _("Partners"), partners, first_partner);
  label_picker (self->people_button, _("People"), people, people[0]);

  /* Clear Filters is about to turn itself off: the focus goes to the search first,
   * rather than to nowhere. */
  if (chronicle_filter_is_empty (filter) && gtk_widget_has_focus (self->clear_button))
    gtk_widget_grab_focus (self->search);
  gtk_widget_set_sensitive (self->clear_button, !chronicle_filter_is_empty (filter));
}

static void
chronicle_filter_bar_dispose (GObject *object)
{
  ChronicleFilterBar *self = CHRONICLE_FILTER_BAR (object);

  g_clear_weak_pointer (&self->controls_focus);
  g_clear_weak_pointer (&self->kinds_focus);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (chronicle_filter_bar_parent_class)->dispose (object);
}

static void
chronicle_filter_bar_finalize (GObject *object)
{
  ChronicleFilterBar *self = CHRONICLE_FILTER_BAR (object);

  g_clear_pointer (&self->chips, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (chronicle_filter_bar_parent_class)->finalize (object);
}

static void
chronicle_filter_bar_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, chronicle_filter_bar_get_session (CHRONICLE_FILTER_BAR (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_filter_bar_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      chronicle_filter_bar_set_session (CHRONICLE_FILTER_BAR (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_filter_bar_class_init (ChronicleFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chronicle_filter_bar_dispose;
  object_class->finalize = chronicle_filter_bar_finalize;
  object_class->get_property = chronicle_filter_bar_get_property;
  object_class->set_property = chronicle_filter_bar_set_property;

  /**
   * ChronicleFilterBar:session:
   *
   * The session whose filter the bar edits, and whose dataset and match set it counts.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CHRONICLE_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "filterbar");
  widget_class->focus = chronicle_filter_bar_focus;
}

static void on_session_dataset_cb   (ChronicleFilterBar *self);
static void on_session_match_set_cb (ChronicleFilterBar *self);
static void on_session_bind_cb      (ChronicleFilterBar *self,
                                     ChronicleSession   *session);

static void
chronicle_filter_bar_init (ChronicleFilterBar *self)
{
  GtkWidget *row;

  self->chips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->session_signals = g_signal_group_new (CHRONICLE_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::dataset", G_CALLBACK (on_session_dataset_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::language", G_CALLBACK (on_session_dataset_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::match-set", G_CALLBACK (on_session_match_set_cb), self);
  g_signal_connect_object (self->session_signals, "bind", G_CALLBACK (on_session_bind_cb), self, G_CONNECT_SWAPPED);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_start (self->box, 6);
  gtk_widget_set_margin_end (self->box, 6);
  gtk_widget_set_margin_top (self->box, 6);
  gtk_widget_set_margin_bottom (self->box, 6);

  /* One row of controls, wrapping onto more lines when the window is narrow or the
   * text large: nothing is cut, and the count and Clear Filters stay in view. */
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_layout_manager (row, chronicle_wrap_layout_new (6, 6));
  gtk_box_append (GTK_BOX (self->box), row);

  self->search = gtk_search_entry_new ();
  g_object_set (self->search, "placeholder-text", _("Search events"), NULL);
  gtk_widget_set_size_request (self->search, 220, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search events"), -1);
  g_signal_connect (self->search, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  gtk_box_append (GTK_BOX (row), self->search);
  self->controls = row;

  self->partners_button = picker (self, _("Partners"), _("Find a partner"), &self->partners_list);
  gtk_box_append (GTK_BOX (row), self->partners_button);
  self->people_button = picker (self, _("People"), _("Find a person"), &self->people_list);
  gtk_box_append (GTK_BOX (row), self->people_button);

  self->years = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->years, "linked");
  gtk_box_append (GTK_BOX (row), self->years);

  self->hide_button = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (self->hide_button), "view-conceal-symbolic");
  gtk_widget_set_tooltip_text (self->hide_button, _("Hide events that do not match, instead of dimming them"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->hide_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Hide Non-Matching Events"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->hide_button), "win.hide-filtered");
  gtk_box_append (GTK_BOX (row), self->hide_button);

  self->clear_button = gtk_button_new_with_mnemonic (_("C_lear Filters"));
  chronicle_accessible_set_name (self->clear_button, _("Clear Filters"));
  gtk_widget_set_sensitive (self->clear_button, FALSE);
  g_signal_connect (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked_cb), self);
  gtk_box_append (GTK_BOX (row), self->clear_button);

  self->status = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->status, "dim-label");
  gtk_widget_add_css_class (self->status, "numeric");
  gtk_widget_add_css_class (self->status, "filter-status");
  gtk_widget_set_margin_start (self->status, 6);
  gtk_box_append (GTK_BOX (row), self->status);

  /* Kind chips: one row, scrolling sideways when the window is narrow. */
  {
    GtkWidget *scroller = gtk_scrolled_window_new ();

    self->kinds = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->kinds);
    gtk_box_append (GTK_BOX (self->box), scroller);
  }
}

GtkWidget *
chronicle_filter_bar_new (ChronicleSession *session)
{
  g_return_val_if_fail (session == NULL || CHRONICLE_IS_SESSION (session), NULL);

  return g_object_new (CHRONICLE_TYPE_FILTER_BAR, "session", session, NULL);
}

/* ---- following a session ---------------------------------------------------- */

static void
on_session_dataset_cb (ChronicleFilterBar *self)
{
  ChronicleDataset *dataset = chronicle_session_get_dataset (self->session);

  if (dataset != NULL)
    chronicle_filter_bar_set_dataset (self, dataset, chronicle_session_get_language (self->session));
}

static void
on_session_match_set_cb (ChronicleFilterBar *self)
{
  ChronicleDataset *dataset = chronicle_session_get_dataset (self->session);
  ChronicleMatchSet *set = chronicle_session_get_match_set (self->session);
  g_autoptr(GHashTable) counts = NULL;

  if (dataset == NULL || set == NULL)
    return;
  counts = chronicle_filter_count_kinds (self->filter, chronicle_dataset_get_events (dataset));
  chronicle_filter_bar_update_counts (self, counts, chronicle_match_set_get_n_matching (set),
                                      chronicle_match_set_get_n_events (set));
}

static void
on_session_bind_cb (ChronicleFilterBar *self,
                    ChronicleSession   *session)
{
  if (g_set_object (&self->filter, chronicle_session_get_filter (session)))
    {
      g_signal_connect_object (self->filter, "changed", G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
      on_filter_changed_cb (self, self->filter);
    }
  on_session_dataset_cb (self);
  on_session_match_set_cb (self);
}

/**
 * chronicle_filter_bar_get_session:
 *
 * Returns: (transfer none) (nullable): the session whose filter the bar edits
 */
ChronicleSession *
chronicle_filter_bar_get_session (ChronicleFilterBar *self)
{
  g_return_val_if_fail (CHRONICLE_IS_FILTER_BAR (self), NULL);
  return self->session;
}

void
chronicle_filter_bar_set_session (ChronicleFilterBar *self,
                                  ChronicleSession   *session)
{
  g_return_if_fail (CHRONICLE_IS_FILTER_BAR (self));
  g_return_if_fail (session == NULL || CHRONICLE_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, on_filter_changed_cb, self);
  g_clear_object (&self->filter);
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

void
chronicle_filter_bar_set_dataset (ChronicleFilterBar *self,
                                  ChronicleDataset   *dataset,
                                  const char         *language)
{
  ChronicleEventStore *store;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean any_partners = FALSE, any_people = FALSE;
  GtkWidget *child;

  g_return_if_fail (CHRONICLE_IS_FILTER_BAR (self));
  g_return_if_fail (CHRONICLE_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  g_free (self->language);
  self->language = g_strdup (language);
  store = chronicle_dataset_get_events (dataset);

  /* Kind chips, for the kinds that have events, in the dataset's order. */
  g_hash_table_remove_all (self->chips);
  while ((child = gtk_widget_get_first_child (self->kinds)) != NULL)
    gtk_box_remove (GTK_BOX (self->kinds), child);
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, i);
      gpointer kind = (gpointer) chronicle_event_get_kind (event);
      const char * const *partners = chronicle_event_get_partners (event);
      const char * const *people = chronicle_event_get_people (event);

      g_hash_table_insert (seen, kind, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (seen, kind)) + 1));
      any_partners |= partners != NULL && partners[0] != NULL;
      any_people |= people != NULL && people[0] != NULL;
    }
  add_chips (self, dataset, seen);
  /* A picker the data cannot use (a TimelineJS file names no partners) is not shown. */
  gtk_widget_set_visible (self->partners_button, any_partners);
  gtk_widget_set_visible (self->people_button, any_people);

  /* The pickers' rows wait until a picker opens. */
  for (GtkWidget *list = self->partners_list; list; list = list == self->partners_list ? self->people_list : NULL)
    while ((child = gtk_widget_get_first_child (list)) != NULL)
      gtk_list_box_remove (GTK_LIST_BOX (list), child);
  self->partners_stale = TRUE;
  self->people_stale = TRUE;
  /* A picker open now shows the new dataset's rows at once. */
  for (GtkWidget *button = self->partners_button; button; button = button == self->partners_button ? self->people_button : NULL)
    {
      GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));

      if (gtk_widget_get_visible (popover))
        on_picker_show_cb (popover, self);
    }

  fill_years (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
}

/**
 * chronicle_filter_bar_update_counts:
 * @kind_counts: kind id → events each chip would show (chronicle_filter_count_kinds())
 *
 * Updates the chips' live counts and the status line.
 */
void
chronicle_filter_bar_update_counts (ChronicleFilterBar *self,
                                    GHashTable         *kind_counts,
                                    guint               n_matching,
                                    guint               n_total)
{
  GHashTableIter iter;
  gpointer key, value;
  g_autofree char *status = NULL;

  g_return_if_fail (CHRONICLE_IS_FILTER_BAR (self));

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

      gtk_button_set_label (GTK_BUTTON (value), label);
      chronicle_accessible_set_name (value, spoken);
    }

  /* Translators: the filter status: %1$u events match out of %2$u. */
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u event", "%1$u of %2$u events", n_total),
                            n_matching, n_total);
  gtk_label_set_text (GTK_LABEL (self->status), status);
  /* A screen reader hears the count with the search entry (GTK 4.8 cannot announce). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, status, -1);
}

void
chronicle_filter_bar_focus_search (ChronicleFilterBar *self)
{
  g_return_if_fail (CHRONICLE_IS_FILTER_BAR (self));
  gtk_widget_grab_focus (self->search);
}
