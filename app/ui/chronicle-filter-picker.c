/* chronicle-filter-picker.c — a searchable list of check boxes behind a button
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The filter bar's Partners, People and More Kinds pickers: a menu button whose
 * popover has a search entry over a list of check boxes, one per value. The items
 * come from a fill function when the picker first opens (a file's ten thousand
 * partners cost nothing until someone looks); at most MAX_PICKS rows are made, those
 * matching the search (case and diacritics folded), and a last row says how many
 * more match. Values picked stay picked when the search hides their row. The button
 * says what is picked ("Partners", "China", "China and 2 more"). The picker only
 * reports the user's choice ("changed"); the filter bar applies it to the filter and
 * hands back what the filter holds (chronicle_filter_picker_set_picked()).
 */

#define G_LOG_DOMAIN "chronicle-filter-picker"

#include "config.h"

#include "chronicle-filter-picker.h"

#include <glib/gi18n.h>
#include <string.h>

#include "chronicle-accessible.h"
#include "chronicle-filter.h"

/* 100k partners must not become 100k widgets. Typing narrows the search and
 * makes the rows again. */
#define MAX_PICKS 200

typedef struct
{
  char *value;
  char *label;
  char *folded;
  int   count;   /* the events it would show, or -1: not counted */
} Item;

struct _ChronicleFilterPicker
{
  GtkWidget                      parent_instance;

  GtkWidget                     *button;
  GtkWidget                     *popover;
  GtkWidget                     *entry;
  GtkWidget                     *list;
  char                          *title;
  GPtrArray                     *items;     /* of Item; NULL until filled */
  char                         **picked;
  ChronicleFilterPickerFillFunc  fill;
  gpointer                       fill_data;
  gboolean                       updating;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ChronicleFilterPicker, chronicle_filter_picker, GTK_TYPE_WIDGET)

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->value);
  g_free (item->label);
  g_free (item->folded);
  g_free (item);
}

static void
on_check_toggled_cb (GtkCheckButton        *check,
                     ChronicleFilterPicker *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) picked = NULL;

  if (self->updating)
    return;
  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *c = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      if (!GTK_IS_CHECK_BUTTON (c))
        continue;
      g_hash_table_add (shown, g_object_get_data (G_OBJECT (c), "value"));
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (c)))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (c), "value"));
    }
  /* Picked values without a row (the search hides them, or the list is capped) stay picked. */
  for (guint i = 0; self->picked != NULL && self->picked[i] != NULL; i++)
    if (!g_hash_table_contains (shown, self->picked[i]))
      g_strv_builder_add (builder, self->picked[i]);
  picked = g_strv_builder_end (builder);
  g_strfreev (self->picked);
  self->picked = g_steal_pointer (&picked);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Checks the rows whose value is picked. */
static void
sync_rows (ChronicleFilterPicker *self)
{
  self->updating = TRUE;
  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      if (GTK_IS_CHECK_BUTTON (check))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                     self->picked != NULL &&
                                     g_strv_contains ((const char * const *) self->picked,
                                                      g_object_get_data (G_OBJECT (check), "value")));
    }
  self->updating = FALSE;
}

/* A screen reader hears whether a row is ticked: the row, not its check box, is what
 * it reads (the one focus stop). */
static void
on_check_state_cb (GtkCheckButton *check,
                   GtkWidget      *row)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_check_button_get_active (check) ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                                                   : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

static void
append_row (ChronicleFilterPicker *self,
            const Item            *item)
{
  g_autofree char *text = NULL;
  GtkWidget *check;
  GtkWidget *row = gtk_list_box_row_new ();

  /* A counted row says how many events it would show, as a kind chip does ("China 12"):
   * one that would show none says so before it is picked. Its name stays the item's,
   * the count its description. */
  if (item->count >= 0)
    /* Translators: a row of the Partners filter: %1$s the partner ("China"), %2$u how
     * many events it would show with the other filters. */
    text = g_strdup_printf (C_("filter row", "%1$s %2$u"), item->label, (guint) item->count);
  check = gtk_check_button_new_with_label (text != NULL ? text : item->label);
  if (item->count >= 0)
    {
      g_autofree char *spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", item->count),
                                                 (guint) item->count);

      chronicle_accessible_set_name (check, item->label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken, -1);
      if (item->count == 0)
        gtk_widget_add_css_class (check, "dim-label");
    }

  g_object_set_data_full (G_OBJECT (check), "value", g_strdup (item->value), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_state_cb), row);
  on_check_state_cb (GTK_CHECK_BUTTON (check), row);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
  /* The row is the one focus stop: named as its check box, and Space or Enter on
   * it (row-activated) toggles the check box. */
  gtk_widget_set_focusable (check, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, item->label, -1);
  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
}

/* Says, in a last row that cannot be picked, how many matches have no row. */
static void
append_more_row (ChronicleFilterPicker *self,
                 guint                  n_more)
{
  g_autofree char *text = NULL;
  GtkWidget *label;
  GtkWidget *row;

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
  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
}

/* The rows for the search, made again. */
static void
make_rows (ChronicleFilterPicker *self)
{
  g_autofree char *needle = chronicle_fold_text (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  GtkWidget *child;
  guint n_rows = 0, n_more = 0;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  if (self->items == NULL)
    return;
  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = g_ptr_array_index (self->items, i);

      if (needle[0] != '\0' && strstr (item->folded, needle) == NULL)
        continue;
      if (n_rows >= MAX_PICKS)
        n_more++;
      else
        {
          append_row (self, item);
          n_rows++;
        }
    }
  if (n_more > 0)
    append_more_row (self, n_more);
  sync_rows (self);
}

static void
fill (ChronicleFilterPicker *self)
{
  if (self->items != NULL || self->fill == NULL)
    return;
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->fill (self, self->fill_data);
  make_rows (self);
}

static void
on_popover_show_cb (ChronicleFilterPicker *self)
{
  fill (self);
}

/* The button shows and hides with the picker, so whoever finds the button (a test,
 * an inspector) sees the picker's state on it. */
static void
on_visible_cb (ChronicleFilterPicker *self)
{
  gtk_widget_set_visible (self->button, gtk_widget_get_visible (GTK_WIDGET (self)));
}

static void
on_search_changed_cb (ChronicleFilterPicker *self)
{
  make_rows (self);
}

static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     gpointer       user_data)
{
  GtkWidget *check = gtk_list_box_row_get_child (row);

  if (GTK_IS_CHECK_BUTTON (check))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
}

/* Space or Enter on a row toggles it (GTK 4.8's list box activates no row with the
 * keys when nothing can be selected). */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
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
  on_row_activated_cb (GTK_LIST_BOX (list), GTK_LIST_BOX_ROW (row), NULL);
  return TRUE;
}

static void
chronicle_filter_picker_dispose (GObject *object)
{
  ChronicleFilterPicker *self = CHRONICLE_FILTER_PICKER (object);

  g_clear_pointer (&self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (chronicle_filter_picker_parent_class)->dispose (object);
}

static void
chronicle_filter_picker_finalize (GObject *object)
{
  ChronicleFilterPicker *self = CHRONICLE_FILTER_PICKER (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->picked, g_strfreev);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (chronicle_filter_picker_parent_class)->finalize (object);
}

static void
chronicle_filter_picker_class_init (ChronicleFilterPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chronicle_filter_picker_dispose;
  object_class->finalize = chronicle_filter_picker_finalize;

  /**
   * ChronicleFilterPicker::changed:
   *
   * The user checked or unchecked a value: chronicle_filter_picker_get_picked() says
   * what is picked now.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
chronicle_filter_picker_init (ChronicleFilterPicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->button = gtk_menu_button_new ();
  self->popover = gtk_popover_new ();
  self->entry = gtk_search_entry_new ();
  self->list = gtk_list_box_new ();
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->button), TRUE);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (self->list), FALSE);
  /* The rows are the focus stops, not the list around them. */
  gtk_widget_set_focusable (self->list, FALSE);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), NULL);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), NULL);
  gtk_widget_add_controller (self->list, keys);
  g_signal_connect_object (self->entry, "search-changed", G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);
  gtk_box_append (GTK_BOX (box), self->entry);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_widget_set_size_request (box, 260, -1);
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (self->popover), self->entry);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), self->popover);
  g_signal_connect_object (self->popover, "show", G_CALLBACK (on_popover_show_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::visible", G_CALLBACK (on_visible_cb), NULL);
}

/**
 * chronicle_filter_picker_new:
 * @title: what the button says when nothing is picked
 * @placeholder: the search entry's hint, which also names it
 */
GtkWidget *
chronicle_filter_picker_new (const char *title,
                             const char *placeholder)
{
  ChronicleFilterPicker *self = g_object_new (CHRONICLE_TYPE_FILTER_PICKER, NULL);

  g_object_set (self->entry, "placeholder-text", placeholder, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  chronicle_filter_picker_set_title (self, title);
  return GTK_WIDGET (self);
}

void
chronicle_filter_picker_set_fill_func (ChronicleFilterPicker         *self,
                                       ChronicleFilterPickerFillFunc  func,
                                       gpointer                       user_data)
{
  g_return_if_fail (CHRONICLE_IS_FILTER_PICKER (self));

  self->fill = func;
  self->fill_data = user_data;
}

/**
 * chronicle_filter_picker_add:
 * @value: what is picked (an id)
 * @label: what the row says
 *
 * Adds an item; only from the fill function, in the order the rows are to be.
 */
void
chronicle_filter_picker_add (ChronicleFilterPicker *self,
                             const char            *value,
                             const char            *label)
{
  Item *item;

  g_return_if_fail (CHRONICLE_IS_FILTER_PICKER (self));
  g_return_if_fail (self->items != NULL);
  g_return_if_fail (value != NULL);

  item = g_new0 (Item, 1);
  item->value = g_strdup (value);
  item->label = g_strdup (label ? label : value);
  item->folded = chronicle_fold_text (item->label);
  item->count = -1;
  g_ptr_array_add (self->items, item);
}

/**
 * chronicle_filter_picker_add_counted:
 * @value: what is picked (an id)
 * @label: what the row says
 * @count: how many events picking it would show (with the other filters)
 *
 * As chronicle_filter_picker_add(), the row saying its count.
 */
void
chronicle_filter_picker_add_counted (ChronicleFilterPicker *self,
                                     const char            *value,
                                     const char            *label,
                                     guint                  count)
{
  Item *item;

  g_return_if_fail (CHRONICLE_IS_FILTER_PICKER (self));

  chronicle_filter_picker_add (self, value, label);
  item = g_ptr_array_index (self->items, self->items->len - 1);
  item->count = (int) MIN (count, (guint) G_MAXINT);
}

/**
 * chronicle_filter_picker_get_open:
 *
 * Returns: whether its list is open
 */
gboolean
chronicle_filter_picker_get_open (ChronicleFilterPicker *self)
{
  g_return_val_if_fail (CHRONICLE_IS_FILTER_PICKER (self), FALSE);
  return gtk_widget_get_visible (self->popover);
}

/**
 * chronicle_filter_picker_invalidate:
 *
 * The items are out of date (a new dataset or language): they are made again when
 * the picker next opens, or at once if it is open.
 */
void
chronicle_filter_picker_invalidate (ChronicleFilterPicker *self)
{
  g_return_if_fail (CHRONICLE_IS_FILTER_PICKER (self));

  g_clear_pointer (&self->items, g_ptr_array_unref);
  make_rows (self);
  if (gtk_widget_get_visible (self->popover))
    fill (self);
}

void
chronicle_filter_picker_set_title (ChronicleFilterPicker *self,
                                   const char            *title)
{
  g_return_if_fail (CHRONICLE_IS_FILTER_PICKER (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  chronicle_filter_picker_set_picked (self, (const char * const *) self->picked,
                                      self->picked && self->picked[0] ? self->picked[0] : NULL);
}

/**
 * chronicle_filter_picker_get_picked:
 *
 * Returns: (transfer none) (nullable): the values picked
 */
const char * const *
chronicle_filter_picker_get_picked (ChronicleFilterPicker *self)
{
  g_return_val_if_fail (CHRONICLE_IS_FILTER_PICKER (self), NULL);
  return (const char * const *) self->picked;
}

/**
 * chronicle_filter_picker_set_picked:
 * @values: (nullable): what is picked now (what the filter holds)
 * @first_label: (nullable): how the button names the first of @values
 *
 * Checks the rows of @values, and says them on the button; "changed" is not emitted.
 */
void
chronicle_filter_picker_set_picked (ChronicleFilterPicker *self,
                                    const char * const    *values,
                                    const char            *first_label)
{
  guint n = values ? g_strv_length ((char **) values) : 0;
  g_autofree char *label = NULL;

  g_return_if_fail (CHRONICLE_IS_FILTER_PICKER (self));

  if ((const char * const *) self->picked != values)
    {
      g_strfreev (self->picked);
      self->picked = g_strdupv ((char **) values);
    }
  sync_rows (self);

  if (n == 0)
    label = g_strdup (self->title ? self->title : "");
  else if (n == 1)
    label = g_strdup (first_label ? first_label : values[0]);
  else
    /* Translators: a picker's button when several are chosen: %1$s the first one
     * ("China"), %2$u how many more. */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s and %2$u more", "%1$s and %2$u more", n - 1),
                             first_label ? first_label : values[0], n - 1);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->button), label);
  chronicle_accessible_set_name (self->button, label);
}
