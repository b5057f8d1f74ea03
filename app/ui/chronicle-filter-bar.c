/* chronicle-filter-bar.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-filter-bar"

#include "config.h"

#include "chronicle-filter-bar-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "chronicle-accessible.h"
#include "chronicle-date.h"
#include "chronicle-filter-picker.h"
#include "chronicle-filter-years.h"
#include "chronicle-wrap-layout.h"

/* The controls over a ChronicleFilter: text (debounced, case and diacritic
 * insensitive), kind chips with live counts (and a picker for the kinds past the
 * chips), partner and people pickers with type-to-search (ChronicleFilterPicker),
 * quick buttons for the data's own years (or decades, centuries… for long spans)
 * and a custom range, dim-or-hide, clear all, and the "12 of 63 events" status. The bar edits its session's filter; the session applies
 * it, and the bar counts the match set it announces; the controls made for a dataset
 * say what the filter keeps (the same file reloaded keeps the user's filters).
 * Everything sits in flow boxes, so the bar wraps on narrow windows. The kind chips and
 * the More Kinds picker are chronicle-filter-bar-kinds.c's. */

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ChronicleFilterBar, chronicle_filter_bar, GTK_TYPE_WIDGET)

/* ---- pickers (partners, people, more kinds) ----------------------------------- */

int
_chronicle_filter_bar_compare_labels (gconstpointer a,
                                      gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* The partners that events name, in the dataset's order, each with the events it would
 * show with the other filters, as the kind chips say theirs: a partner the file declares
 * (with its levels) but no event names would only ever keep nothing; one the other
 * filters leave nothing of says 0. */
static void
fill_partners (ChronicleFilterPicker *picker,
               gpointer               user_data)
{
  ChronicleFilterBar *self = user_data;
  g_autoptr(GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) counts = NULL;
  ChronicleEventStore *store;

  if (self->dataset == NULL)
    return;
  store = chronicle_dataset_get_events (self->dataset);
  if (self->filter != NULL)
    counts = chronicle_filter_count_partners (self->filter, store);
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      const char * const *partners = chronicle_event_get_partners (chronicle_event_store_get_event (store, i));

      for (guint j = 0; partners[j] != NULL; j++)
        g_hash_table_add (named, (gpointer) partners[j]);
    }
  for (guint i = 0; i < chronicle_dataset_get_n_partners (self->dataset); i++)
    {
      const ChroniclePartner *p = chronicle_dataset_get_partner (self->dataset, i);
      g_autofree char *owner = NULL;

      if (!g_hash_table_contains (named, p->id))
        continue;
      owner = g_strdup_printf ("partner/%s", p->id);
      if (counts != NULL)
        chronicle_filter_picker_add_counted (picker, p->id,
                                             chronicle_dataset_translate (self->dataset, owner, self->language, "name", p->name),
                                             GPOINTER_TO_UINT (g_hash_table_lookup (counts, p->id)));
      else
        chronicle_filter_picker_add (picker, p->id,
                                     chronicle_dataset_translate (self->dataset, owner, self->language, "name", p->name));
    }
}

/* Everyone named in an event, sorted. */
static void
fill_people (ChronicleFilterPicker *picker,
             gpointer               user_data)
{
  ChronicleFilterBar *self = user_data;
  ChronicleEventStore *store;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) people = g_ptr_array_new ();

  if (self->dataset == NULL)
    return;
  store = chronicle_dataset_get_events (self->dataset);
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      const char * const *names = chronicle_event_get_people (chronicle_event_store_get_event (store, i));

      for (guint j = 0; names[j] != NULL; j++)
        if (g_hash_table_add (seen, (gpointer) names[j]))
          g_ptr_array_add (people, (gpointer) names[j]);
    }
  g_ptr_array_sort (people, _chronicle_filter_bar_compare_labels);
  for (guint i = 0; i < people->len; i++)
    chronicle_filter_picker_add (picker, g_ptr_array_index (people, i), g_ptr_array_index (people, i));
}

static void
on_people_changed_cb (ChronicleFilterBar *self)
{
  if (!self->updating)
    chronicle_filter_set_people (self->filter, chronicle_filter_picker_get_picked (self->people_picker));
}

static void
on_partners_changed_cb (ChronicleFilterBar *self)
{
  if (!self->updating)
    chronicle_filter_set_partners (self->filter, chronicle_filter_picker_get_picked (self->partners_picker));
}

static GtkWidget *
add_picker (ChronicleFilterBar            *self,
            GtkWidget                     *row,
            const char                    *title,
            const char                    *placeholder,
            ChronicleFilterPickerFillFunc  fill,
            GCallback                      changed)
{
  GtkWidget *picker = chronicle_filter_picker_new (title, placeholder);

  chronicle_filter_picker_set_fill_func (CHRONICLE_FILTER_PICKER (picker), fill, self);
  g_signal_connect_swapped (picker, "changed", changed, self);
  gtk_box_append (GTK_BOX (row), picker);
  return picker;
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
  if (!self->updating)
    chronicle_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Enter in the search: the text applies at once (not after the entry's typing
 * delay), and the window goes to the first event it keeps, with the keyboard. */
static void
on_search_activate_cb (GtkSearchEntry     *entry,
                       ChronicleFilterBar *self)
{
  chronicle_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.first-match", NULL);
}

static void
on_clear_clicked_cb (GtkButton          *button,
                     ChronicleFilterBar *self)
{
  GHashTableIter iter;
  gpointer value;

  /* The button disables itself: the focus moves to the search before it does. */
  if (gtk_widget_has_focus (GTK_WIDGET (button)))
    gtk_widget_grab_focus (self->search);
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  g_hash_table_iter_init (&iter, self->chips);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    gtk_toggle_button_set_active (value, FALSE);
  chronicle_filter_picker_set_picked (self->partners_picker, NULL, NULL);
  chronicle_filter_picker_set_picked (self->people_picker, NULL, NULL);
  chronicle_filter_picker_set_picked (self->kinds_picker, NULL, NULL);
  chronicle_filter_years_reset (self->years);
  self->updating = FALSE;
  chronicle_filter_clear (self->filter);
}

static void
on_filter_changed_cb (ChronicleFilterBar *self,
                      ChronicleFilter    *filter)
{
  const char * const *partners = chronicle_filter_get_partners (filter);
  const char * const *people = chronicle_filter_get_people (filter);
  const char * const *more_kinds = chronicle_filter_picker_get_picked (self->kinds_picker);
  const char *first_partner = partners[0];

  if (first_partner != NULL && self->dataset != NULL)
    {
      const ChroniclePartner *p = chronicle_dataset_find_partner (self->dataset, first_partner);
      g_autofree char *owner = g_strdup_printf ("partner/%s", first_partner);

      first_partner = chronicle_dataset_translate (self->dataset, owner, self->language, "name",
                                                   p ? p->name : first_partner);
    }
  /* The pickers say what the filter holds, whoever changed it (a partner clicked in
   * the sidebar). */
  self->updating = TRUE;
  chronicle_filter_picker_set_picked (self->partners_picker, partners, first_partner);
  chronicle_filter_picker_set_picked (self->people_picker, people, people[0]);
  /* The kinds are only ever set here: the picker holds them, unless all was cleared. */
  if (chronicle_filter_is_empty (filter))
    chronicle_filter_picker_set_picked (self->kinds_picker, NULL, NULL);
  else
    chronicle_filter_picker_set_picked (self->kinds_picker, more_kinds,
                                        more_kinds != NULL && more_kinds[0] != NULL && self->dataset != NULL
                                        ? _chronicle_filter_bar_kind_label (self, more_kinds[0]) : NULL);
  self->updating = FALSE;

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

  g_clear_handle_id (&self->fit_chips_id, g_source_remove);
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
  g_signal_connect (self->search, "activate", G_CALLBACK (on_search_activate_cb), self);
  gtk_box_append (GTK_BOX (row), self->search);
  self->controls = row;

  self->partners_picker = CHRONICLE_FILTER_PICKER (add_picker (self, row, _("Partners"), _("Find a partner"),
                                                               fill_partners, G_CALLBACK (on_partners_changed_cb)));
  self->people_picker = CHRONICLE_FILTER_PICKER (add_picker (self, row, _("People"), _("Find a person"),
                                                             fill_people, G_CALLBACK (on_people_changed_cb)));

  self->years = CHRONICLE_FILTER_YEARS (chronicle_filter_years_new ());
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->years));

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

  /* Kind chips: they wrap onto more lines when the window is narrow, so a chip is
   * never cut without a sign (a row scrolling sideways hid the last ones); past
   * MAX_CHIP_LINES lines they scroll, with a scrollbar that stays in view. The
   * picker of the kinds past the chips comes after them. */
  {
    self->chips_scroller = gtk_scrolled_window_new ();
    self->kinds = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    self->chips_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    gtk_widget_set_layout_manager (self->chips_box, chronicle_wrap_layout_new (6, CHIP_LINE_SPACING));
    g_signal_connect_object (gtk_widget_get_layout_manager (self->chips_box), "notify::height",
                             G_CALLBACK (_chronicle_filter_bar_fit_chips_later), self, G_CONNECT_SWAPPED);
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->chips_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_overlay_scrolling (GTK_SCROLLED_WINDOW (self->chips_scroller), FALSE);
    gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->chips_scroller), TRUE);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->chips_scroller), self->chips_box);
    gtk_widget_set_hexpand (self->chips_scroller, TRUE);
    gtk_box_append (GTK_BOX (self->kinds), self->chips_scroller);
    self->kinds_picker = CHRONICLE_FILTER_PICKER (add_picker (self, self->kinds, NULL, _("Find a kind"),
                                                              _chronicle_filter_bar_fill_kinds, G_CALLBACK (_chronicle_filter_bar_apply_kinds)));
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->kinds_picker), _("Only the kinds with the most events have a chip"));
    gtk_widget_set_visible (GTK_WIDGET (self->kinds_picker), FALSE);
    gtk_box_append (GTK_BOX (self->box), self->kinds);
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

  /* Search looks in the partners' names, which the dataset gives (events name their
   * partners by id). */
  if (self->filter != NULL)
    chronicle_filter_set_dataset (self->filter, dataset);
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
  /* The partners' counts follow the other filters: counted again when the list next
   * opens (a partner ticked in the open list changes none of them). */
  if (!chronicle_filter_picker_get_open (self->partners_picker))
    chronicle_filter_picker_invalidate (self->partners_picker);
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
      chronicle_filter_years_set_filter (self->years, self->filter);
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
  chronicle_filter_years_set_filter (self->years, NULL);
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* The controls made again for a dataset say what the filter keeps of it: nothing for
 * a new file, the user's filters for the same file reloaded (the session keeps those
 * that still apply) or shown in another language. */
static void
show_filter (ChronicleFilterBar *self)
{
  g_autofree char *text = NULL;
  gint64 first_day, end_day;

  if (self->filter == NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search), "");
      return;
    }
  _chronicle_filter_bar_show_kinds (self);
  if (chronicle_filter_get_range (self->filter, &first_day, &end_day))
    chronicle_filter_years_show_range (self->years, first_day, end_day);
  /* A copy: the entry empties itself first, and says so at once. (It applies the text
   * after a delay: the same text, no change then.) */
  text = g_strdup (chronicle_filter_get_text (self->filter) != NULL ? chronicle_filter_get_text (self->filter) : "");
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->search)), text))
    {
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search), text);
      self->updating = FALSE;
    }
  on_filter_changed_cb (self, self->filter);
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
  while ((child = gtk_widget_get_first_child (self->chips_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->chips_box), child);
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
  _chronicle_filter_bar_add_chips (self, dataset, seen);
  /* A picker the data cannot use (a TimelineJS file names no partners) is not shown. */
  gtk_widget_set_visible (GTK_WIDGET (self->partners_picker), any_partners);
  gtk_widget_set_visible (GTK_WIDGET (self->people_picker), any_people);

  /* The pickers' rows wait until a picker opens (or are made again now if one is open). */
  chronicle_filter_picker_invalidate (self->partners_picker);
  chronicle_filter_picker_invalidate (self->people_picker);
  chronicle_filter_picker_invalidate (self->kinds_picker);

  chronicle_filter_years_set_dataset (self->years, dataset);
  show_filter (self);
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
  g_autofree char *status = NULL;

  g_return_if_fail (CHRONICLE_IS_FILTER_BAR (self));

  _chronicle_filter_bar_label_chips (self, kind_counts);

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
