/* test-ui-window.c — the real window under Xvfb: filters, selection, bad files, reload, folding.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chronicle-application.h"
#include "chronicle-filter.h"
#include "chronicle-filter-picker.h"
#include "chronicle-filter-years.h"
#include "chronicle-loader-private.h"
#include "chronicle-sidebar.h"
#include "chronicle-window.h"
#include "chronicle-window-private.h"
#include "chronicle-timeline-style.h"
#include "ui-test-util.h"

static ChronicleApplication *app;

static const char *
status_of (ChronicleWindow *window)
{
  GtkWidget *label = ui_test_find (GTK_WIDGET (window), "GtkLabel", "filter-status", NULL);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

/* For ui_test_wait_until() with { window, a status text }: whether the status reads so. */
static gboolean
status_reads (gpointer pair)
{
  return g_strcmp0 (status_of (((gpointer *) pair)[0]), ((gpointer *) pair)[1]) == 0;
}

/* What the core says the filter keeps: the reference the UI must agree with. */
static guint
expected_count (ChronicleDataset *dataset,
                ChronicleFilter  *filter)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autofree guint8 *mask = g_new (guint8, chronicle_event_store_get_n_events (store));

  return chronicle_filter_apply (filter, store, mask);
}

/* Shows the List page (or the Timeline page) as its view switcher does. */
static void
show_page (ChronicleWindow *window,
           const char      *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (ui_test_find (GTK_WIDGET (window), "AdwViewStack", NULL, NULL));

  g_assert_nonnull (stack);
  adw_view_stack_set_visible_child_name (stack, name);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The List page's rows are made when it is first shown; its model is then the
 * filtered events. */
static GtkSingleSelection *
list_model (ChronicleWindow *window)
{
  GtkColumnView *list = GTK_COLUMN_VIEW (ui_test_find (GTK_WIDGET (window), "GtkColumnView", NULL, NULL));

  g_assert_nonnull (list);
  show_page (window, "list");
  g_assert_nonnull (gtk_column_view_get_model (list));
  /* Date, kind, title and partners. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (list)), ==, 4);
  return GTK_SINGLE_SELECTION (gtk_column_view_get_model (list));
}

static guint
list_count (ChronicleWindow *window)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list_model (window)));

  show_page (window, "timeline");
  return n;
}

/* The window's main stack: the one with a loading page. */
static gboolean
is_main_stack (GtkWidget     *widget,
               gconstpointer  unused)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "loading") != NULL;
}

/* Opens the filter bar's picker labelled @picker_label and checks its row @label (the
 * name before its count, if it has one). */
static void
pick (ChronicleWindow *window,
      const char      *picker_label,
      const char      *label)
{
  GtkWidget *button = ui_test_find_menu_button (GTK_WIDGET (window), picker_label);
  GtkWidget *popover, *list, *check = NULL;

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_visible (popover));
  list = ui_test_find (popover, "GtkListBox", NULL, NULL);
  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row && check == NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *c = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      const char *text = gtk_check_button_get_label (GTK_CHECK_BUTTON (c));

      /* (A partner's row also says its count: "France 1".) */
      if (g_str_has_prefix (text, label) && (text[strlen (label)] == '\0' || text[strlen (label)] == ' '))
        check = c;
    }
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
assert_everywhere (ChronicleWindow *window,
                   guint            expected)
{
  ChronicleDataset *dataset = chronicle_window_get_dataset (window);
  guint total = chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset));
  g_autofree char *status = g_strdup_printf ("%u of %u events", expected, total);

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (status_of (window), ==, status);
  g_assert_cmpuint (list_count (window), ==, expected);
  /* Zoomed to fit, the canvas shows every event, and exactly these undimmed. */
  gtk_widget_activate_action (GTK_WIDGET (chronicle_window_get_timeline_view (window)), "timeline.zoom-fit", NULL);
  g_assert_cmpuint (chronicle_timeline_view_count_visible (chronicle_window_get_timeline_view (window), TRUE), ==, expected);
}

/* The window keeps what @reference keeps, @expected events; then Clear Filters. */
static void
assert_then_clear (ChronicleWindow *window,
                   ChronicleFilter *reference,
                   GtkWidget       *clear,
                   guint            expected)
{
  g_assert_cmpuint (expected_count (chronicle_window_get_dataset (window), reference), ==, expected);
  assert_everywhere (window, expected);
  g_signal_emit_by_name (clear, "clicked");
  chronicle_filter_clear (reference);
  assert_everywhere (window, 54);
}

static void
test_window_filters (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  ChronicleDataset *dataset = chronicle_window_get_dataset (window);
  g_autoptr(ChronicleFilter) reference = chronicle_filter_new ();
  const char *visit[] = { "visit", NULL };
  const char *us[] = { "us", NULL };
  const char *china[] = { "china", NULL };
  const char *xi[] = { "Xi Jinping", NULL };
  GtkWidget *chip, *year, *search, *clear;

  assert_everywhere (window, 54);

  /* A kind chip, with its live count. */
  chip = ui_test_find (GTK_WIDGET (window), "GtkToggleButton", "chip", "Visit ");
  g_assert_nonnull (chip);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (chip)), ==, "Visit 16");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip), TRUE);
  chronicle_filter_set_kinds (reference, visit);
  assert_everywhere (window, expected_count (dataset, reference));
  g_assert_cmpuint (expected_count (dataset, reference), ==, 16);

  /* …and a year: both at once. */
  year = ui_test_find (GTK_WIDGET (window), "GtkToggleButton", NULL, "2022");
  g_assert_nonnull (year);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (year), TRUE);
  chronicle_filter_set_range (reference, chronicle_days_from_civil (2022, 1, 1), chronicle_days_from_civil (2023, 1, 1));
  assert_everywhere (window, expected_count (dataset, reference));

  /* Clear all. */
  clear = ui_test_find (GTK_WIDGET (window), "GtkButton", NULL, "C_lear");
  g_assert_nonnull (clear);
  g_signal_emit_by_name (clear, "clicked");
  chronicle_filter_clear (reference);
  assert_everywhere (window, 54);

  /* A custom range of years, 2021 to 2022. */
  {
    GtkWidget *custom = ui_test_find_menu_button (GTK_WIDGET (window), "Years…");
    GtkWidget *popover, *from, *to, *apply;

    g_assert_nonnull (custom);
    gtk_menu_button_popup (GTK_MENU_BUTTON (custom));
    while (g_main_context_iteration (NULL, FALSE))
      ;
    popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (custom)));
    from = ui_test_find (popover, "GtkSpinButton", NULL, NULL);
    g_assert_nonnull (from);
    to = ui_test_find (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (from)), "GtkSpinButton", NULL, NULL);
    g_assert_nonnull (to);
    g_assert_true (from != to);
    /* The labels name them. */
    g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (ui_test_find (popover, "GtkLabel", NULL, "From"))) == from);
    g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (ui_test_find (popover, "GtkLabel", NULL, "To"))) == to);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (from), 2021);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (to), 2022);
    apply = ui_test_find (popover, "GtkButton", NULL, "_Show These Years");
    g_assert_nonnull (apply);
    g_signal_emit_by_name (apply, "clicked");
    chronicle_filter_set_range (reference, chronicle_days_from_civil (2021, 1, 1), chronicle_days_from_civil (2023, 1, 1));
    assert_everywhere (window, expected_count (dataset, reference));
    g_assert_cmpuint (expected_count (dataset, reference), <, 54);
    g_signal_emit_by_name (clear, "clicked");
    chronicle_filter_clear (reference);
  }

  /* Text, without diacritics, debounced. */
  search = ui_test_find (GTK_WIDGET (window), "GtkSearchEntry", NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "nguyen phu trong");
  chronicle_filter_set_text (reference, "nguyen phu trong");
  {
    g_autofree char *want = g_strdup_printf ("%u of 54 events", expected_count (dataset, reference));
    gpointer status_is[] = { window, want };

    ui_test_wait_until (status_reads, status_is, 3000);
  }
  assert_everywhere (window, expected_count (dataset, reference));
  g_assert_cmpuint (expected_count (dataset, reference), >=, 5);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  chronicle_filter_clear (reference);

  /* A partner from the partner picker, and a person from the people picker… */
  pick (window, "Partners", "China");
  chronicle_filter_set_partners (reference, china);
  assert_then_clear (window, reference, clear, 6);
  pick (window, "People", "Xi Jinping");
  chronicle_filter_set_people (reference, xi);
  assert_then_clear (window, reference, clear, 4);

  /* …and a partner as the sidebar's partner buttons choose one: the picker shows it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-partner", "s", "us"));
  chronicle_filter_set_partners (reference, us);
  assert_everywhere (window, expected_count (dataset, reference));
  g_assert_nonnull (ui_test_find_menu_button (GTK_WIDGET (window), "United States"));
  /* With more than one, the first and how many more. */
  {
    const char *two[] = { "us", "china", NULL };

    chronicle_filter_set_partners (chronicle_session_get_filter (chronicle_window_get_session (window)), two);
    g_assert_nonnull (ui_test_find_menu_button (GTK_WIDGET (window), "United States and 1 more"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Years… button's tooltip is off while its popover is open (it stayed over the
 * popover's From row), and back once it closes. */
static void
test_window_years_tooltip (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 800);
  GtkWidget *custom = ui_test_find_menu_button (GTK_WIDGET (window), "Years…");

  g_assert_nonnull (custom);
  g_assert_true (gtk_widget_get_has_tooltip (custom));
  gtk_menu_button_popup (GTK_MENU_BUTTON (custom));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (custom)))));
  g_assert_false (gtk_widget_get_has_tooltip (custom));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (custom));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_get_has_tooltip (custom));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (custom), ==, "Choose a range of years");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void open_and_wait (ChronicleWindow *window,
                           GFile           *file);

/* The quick year buttons of a long span write their ranges as the rest of the app
 * does, with an en dash ("1901–1918"), not a hyphen. */
static void
test_window_years_en_dash (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 800);
  g_autofree char *dir = g_dir_make_tmp ("chronicle-years-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "century.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) json = g_string_new ("{\"title\": \"Century\", \"events\": [");
  static const int years[] = { 1901, 1914, 1918, 1929, 1939, 1943, 1945, 1948, 1950, 1962, 1969, 1975, 1989, 1991, 2001 };
  GtkWidget *box;
  guint n_ranges = 0;

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"start\": \"%d\", \"title\": \"Event %d\"}",
                            i > 0 ? ", " : "", i, years[i], years[i]);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, -1, NULL));
  open_and_wait (window, file);
  box = ui_test_find_type (GTK_WIDGET (window), CHRONICLE_TYPE_FILTER_YEARS);
  g_assert_nonnull (box);
  for (GtkWidget *b = gtk_widget_get_first_child (box); b; b = gtk_widget_get_next_sibling (b))
    {
      const char *label;

      if (!GTK_IS_TOGGLE_BUTTON (b) || !GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (b))))
        continue;
      label = gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (b))));
      g_test_message ("year button %s", label);
      g_assert_null (strchr (label, '-'));
      if (strstr (label, "–") != NULL)
        n_ranges++;
    }
  g_assert_cmpuint (n_ranges, >=, 3);
  g_assert_nonnull (ui_test_find (box, "GtkLabel", NULL, "1901–1918"));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (path);
  g_rmdir (dir);
}

/* The Open dialog's first filter shows what Chronicle opens: JSON, and the TimelineJS
 * spreadsheets saved as CSV (by name too, whatever type the system gives a .csv). */
static void
test_window_open_filter (void)
{
  const struct { const char *name, *type; gboolean shown; } files[] = {
    { "class.csv", "text/csv", TRUE },
    { "Class Timeline.CSV", "text/plain", TRUE },
    { "events.json", "application/json", TRUE },
    { "notes.txt", "text/plain", FALSE },
    { "photo.png", "image/png", FALSE },
  };
  g_autoptr(GtkFileFilter) filter = _chronicle_window_new_timeline_filter ();

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GFileInfo) info = g_file_info_new ();

      g_file_info_set_display_name (info, files[i].name);
      g_file_info_set_content_type (info, files[i].type);
      if (gtk_filter_match (GTK_FILTER (filter), info) != files[i].shown)
        g_error ("%s is %s", files[i].name, files[i].shown ? "hidden" : "shown");
    }
}

/* Enter in the search field goes to the first event the text keeps (in time), the
 * timeline taking the keyboard, so → goes on to the next match; a text that keeps
 * nothing selects nothing and leaves the typing where it is. */
static void
test_window_search_enter (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 800);
  ChronicleSession *session = chronicle_window_get_session (window);
  ChronicleEventStore *store = chronicle_dataset_get_events (chronicle_window_get_dataset (window));
  GtkWidget *timeline = GTK_WIDGET (chronicle_window_get_timeline_view (window));
  GtkWidget *search = ui_test_find (GTK_WIDGET (window), "GtkSearchEntry", NULL, NULL);
  ChronicleMatchSet *matches;
  ChronicleEvent *first = NULL;
  GtkWidget *focus;

  g_assert_nonnull (search);
  g_assert_null (chronicle_session_get_selection (session));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "ha noi");
  g_signal_emit_by_name (search, "activate");

  /* Applied at once, without waiting for the entry's typing delay. */
  matches = chronicle_session_get_match_set (session);
  g_assert_nonnull (matches);
  g_assert_cmpuint (chronicle_match_set_get_n_matching (matches), >=, 2);
  g_assert_cmpuint (chronicle_match_set_get_n_matching (matches), <, 54);
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    if (chronicle_match_set_contains (matches, i) &&
        (first == NULL || chronicle_event_get_start_position (chronicle_event_store_get_event (store, i)) <
                          chronicle_event_get_start_position (first)))
      first = chronicle_event_store_get_event (store, i);
  g_assert_nonnull (first);
  g_assert_nonnull (chronicle_session_get_selection (session));
  g_assert_cmpfloat (chronicle_event_get_start_position (chronicle_session_get_selection (session)), ==,
                     chronicle_event_get_start_position (first));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == timeline || (focus != NULL && gtk_widget_is_ancestor (focus, timeline)));

  /* Nothing kept: nothing selected, the typing stays in the field. */
  chronicle_session_set_selection (session, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "no event says this");
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpuint (chronicle_match_set_get_n_matching (chronicle_session_get_match_set (session)), ==, 0);
  g_assert_null (chronicle_session_get_selection (session));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, search));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The List page as an alternative to the canvas: sorted by a column, the selection
 * stays on its event; Space cannot empty the selection; nothing kept, an empty state. */
static void
test_window_list (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  ChronicleSession *session = chronicle_window_get_session (window);
  GtkColumnView *view = GTK_COLUMN_VIEW (ui_test_find (GTK_WIDGET (window), "GtkColumnView", NULL, NULL));
  GtkSingleSelection *selection = list_model (window);
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) date = g_list_model_get_item (columns, 0);
  g_autoptr(GtkColumnViewColumn) kind = g_list_model_get_item (columns, 1);
  g_autoptr(GtkColumnViewColumn) title = g_list_model_get_item (columns, 2);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  GtkWidget *stack;

  /* Date, kind and title sort; the title takes the spare width. */
  g_assert_nonnull (gtk_column_view_column_get_sorter (date));
  g_assert_nonnull (gtk_column_view_column_get_sorter (kind));
  g_assert_nonnull (gtk_column_view_column_get_sorter (title));
  g_assert_true (gtk_column_view_column_get_expand (title));
  g_assert_false (gtk_column_view_column_get_expand (date));

  /* An event from the middle of the list, then sorted by title. */
  {
    g_autoptr(ChronicleEvent) middle = g_list_model_get_item (G_LIST_MODEL (selection), n / 2);

    g_assert_true (chronicle_session_select_id (session, chronicle_event_get_id (middle)));
  }
  gtk_column_view_sort_by_column (view, title, GTK_SORT_ASCENDING);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, n);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(ChronicleEvent) a = g_list_model_get_item (G_LIST_MODEL (selection), i - 1);
      g_autoptr(ChronicleEvent) b = g_list_model_get_item (G_LIST_MODEL (selection), i);

      g_assert_cmpint (g_utf8_collate (chronicle_event_get_title (a), chronicle_event_get_title (b)), <=, 0);
    }
  /* The selected row is the session's event wherever the sort put it. */
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) chronicle_session_get_selection (session));
  /* Space (unselect the selected row) keeps it. */
  gtk_selection_model_unselect_item (GTK_SELECTION_MODEL (selection), gtk_single_selection_get_selected (selection));
  g_assert_nonnull (chronicle_session_get_selection (session));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), !=, GTK_INVALID_LIST_POSITION);
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);

  /* Nothing kept: the empty state instead of an empty table. */
  stack = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_STACK);
  g_assert_nonnull (stack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "list");
  chronicle_filter_set_text (chronicle_session_get_filter (session), "zzzq no such event");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  chronicle_filter_clear (chronicle_session_get_filter (session));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "list");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The cell label of @row's column @index (a row's children are its cells in column order). */
static GtkLabel *
cell_label (GtkWidget *row,
            guint      index)
{
  GtkWidget *cell = gtk_widget_get_first_child (row);

  for (guint i = 0; cell != NULL && i < index; i++)
    cell = gtk_widget_get_next_sibling (cell);
  g_assert_nonnull (cell);
  g_assert_true (GTK_IS_LABEL (gtk_widget_get_first_child (cell)));
  return GTK_LABEL (gtk_widget_get_first_child (cell));
}

static gboolean
first_row_allocated (gpointer list_view)
{
  GtkWidget *row = gtk_widget_get_first_child (list_view);

  return row != NULL && gtk_widget_get_width (GTK_WIDGET (cell_label (row, 0))) > 0;
}

static gboolean
label_cut (GtkWidget *label)
{
  int natural;

  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))) || gtk_widget_get_width (label) < natural;
}

/* The width of the cell @label is in, with its padding. */
static int
cell_width (GtkLabel *label)
{
  GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (label));
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (cell, gtk_widget_get_parent (cell), &bounds));
  return (int) bounds.size.width;
}

/* The contrast of @widget's text drawn on the view's background. */
static double
text_contrast (GtkWidget *widget)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GdkRGBA fg, bg;
  ChronicleColor drawn, back;

  gtk_style_context_get_color (style, &fg);
  g_assert_true (gtk_style_context_lookup_color (style, "view_bg_color", &bg));
  drawn = (ChronicleColor) { fg.red * fg.alpha + bg.red * (1 - fg.alpha), fg.green * fg.alpha + bg.green * (1 - fg.alpha),
                             fg.blue * fg.alpha + bg.blue * (1 - fg.alpha), 1 };
  back = (ChronicleColor) { bg.red, bg.green, bg.blue, 1 };
  return chronicle_color_contrast (&drawn, &back);
}

/* The List page at @width × @height: the title, the main datum, has at least three
 * eighths of the width and is at least as wide as any other column (at 1280 × 800 it
 * had 28 %, at 600 × 800 24 %, most titles cut, beside a Date column sized for its one
 * long date and a Kind column for its one long kind); @whole tenths of the dates and
 * kinds shown are still whole, and any cut cell has its whole text as tooltip; the
 * column headers are whole and read as headings (4.5:1), not grey as if disabled. */
static void
check_list_columns (int   width,
                    int   height,
                    guint whole)
{
  ChronicleWindow *window = ui_test_open_bundled (width, height);
  GtkWidget *view = ui_test_find (GTK_WIDGET (window), "GtkColumnView", NULL, NULL);
  GtkWidget *list_view = NULL;
  guint n_rows = 0, n_whole[2] = { 0, 0 };

  list_model (window);
  for (GtkWidget *child = gtk_widget_get_first_child (view); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      list_view = child;
  g_assert_nonnull (list_view);
  g_assert_true (ui_test_wait_until (first_row_allocated, list_view, 5000));

  for (GtkWidget *row = gtk_widget_get_first_child (list_view); row; row = gtk_widget_get_next_sibling (row))
    {
      int title_width;

      if (!gtk_widget_get_child_visible (row) || gtk_widget_get_width (row) == 0)
        continue;
      n_rows++;
      title_width = cell_width (cell_label (row, 2));
      g_assert_cmpint (title_width * 8, >=, gtk_widget_get_width (list_view) * 3 - 16);
      for (guint column = 0; column < 4; column++)
        {
          GtkLabel *label = cell_label (row, column);

          g_assert_cmpint (title_width, >=, cell_width (label));
          if (column == 2 || !label_cut (GTK_WIDGET (label)))
            {
              if (column < 2)
                n_whole[column]++;
              continue;
            }
          /* Cut: its whole text is in the tooltip (a date given in the author's words
           * adds the date it stands for). */
          g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (label)));
          g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (GTK_WIDGET (label)),
                                           gtk_label_get_text (label)));
        }
      /* The title: ellipsized when it must, its full text in the tooltip. */
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell_label (row, 2))), ==,
                       gtk_label_get_text (cell_label (row, 2)));
    }
  g_assert_cmpuint (n_rows, >, 10);
  g_assert_cmpuint (n_whole[0] * 10, >=, n_rows * whole);
  g_assert_cmpuint (n_whole[1] * 10, >=, n_rows * whole);

  /* The header row: every title whole, and readable. */
  for (GtkWidget *child = gtk_widget_get_first_child (view); child; child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_LIST_VIEW (child))
      for (GtkWidget *title = gtk_widget_get_first_child (child); title; title = gtk_widget_get_next_sibling (title))
        {
          GtkWidget *label = ui_test_find (title, "GtkLabel", NULL, NULL);

          g_assert_nonnull (label);
          g_assert_false (label_cut (label));
          g_assert_cmpfloat (text_contrast (label), >=, 4.5);
        }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_list_columns_readable (void)
{
  check_list_columns (1280, 800, 9);
  /* Narrow, the date and the kind give a little more. */
  check_list_columns (600, 800, 8);
}

static void open_and_wait (ChronicleWindow *window,
                           GFile           *file);

static gboolean
widget_allocated (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
collect_link_buttons (GtkWidget *widget,
                      GPtrArray *out)
{
  if (GTK_IS_LINK_BUTTON (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_link_buttons (child, out);
}

/* The sidebar shows each of an event's addresses once, by the text the file gives it
 * where any entry gives one; a long bare address stays on one line, ellipsized in the
 * middle, with the whole address as tooltip and accessible description. */
static void
test_window_sidebar_links_once (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1100, 760);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "links-repeated.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  const char *long_url = "https://www.example.org/a/very/long/path/to/some/article/about/"
                         "the-ides-of-march-and-what-happened-after?utm_source=newsletter&utm_medium=email";
  static const char *expected[][2] = {
    { "https://example.org/ides", "the Ides of March" },
    { "https://example.org/plain", "The plain page" },
    { NULL, NULL },  /* the long address, by itself */
    { "https://example.org/curia", "Curia of Pompey, a long link text that goes on to wrap over more than one line in the sidebar" },
  };
  GtkWidget *sidebar;
  GtkLabel *label;

  open_and_wait (window, file);
  g_assert_true (chronicle_session_select_id (chronicle_window_get_session (window), "ides"));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  sidebar = ui_test_find_type (GTK_WIDGET (window), CHRONICLE_TYPE_SIDEBAR);
  g_assert_nonnull (sidebar);
  collect_link_buttons (sidebar, links);
  /* Six entries in the file, four addresses. */
  g_assert_cmpuint (links->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < links->len; i++)
    {
      GtkLinkButton *link = g_ptr_array_index (links, i);
      const char *uri = expected[i][0] ? expected[i][0] : long_url;
      const char *text = expected[i][1] ? expected[i][1] : long_url;
      g_autofree char *problem = NULL;

      g_assert_cmpstr (gtk_link_button_get_uri (link), ==, uri);
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (link)), ==, text);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (link)), ==, uri);
      problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, uri);
      g_assert_null (problem);
    }

  label = GTK_LABEL (gtk_button_get_child (g_ptr_array_index (links, 2)));
  g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_MIDDLE);
  g_assert_false (gtk_label_get_wrap (label));
  /* No wider than the sidebar: the middle gives way. */
  g_assert_true (ui_test_wait_until (widget_allocated, label, 5000));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (label)), <=, gtk_widget_get_width (sidebar));
  g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
  /* Text wraps. */
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (gtk_button_get_child (g_ptr_array_index (links, 3)))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_selection (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  ChronicleTimelineView *view = chronicle_window_get_timeline_view (window);
  GtkWidget *sidebar, *title;
  GtkSingleSelection *list;
  ChronicleEvent *event;

  /* Nothing selected: the sidebar says how to select. */
  sidebar = ui_test_find (GTK_WIDGET (window), "ChronicleSidebar", NULL, NULL);
  g_assert_true (gtk_widget_get_mapped (ui_test_find (sidebar, "GtkLabel", NULL, "No Event Selected")));

  /* Select on the canvas: the sidebar shows it and the list follows. */
  gtk_widget_activate_action (GTK_WIDGET (view), "timeline.select-last", NULL);
  event = chronicle_timeline_view_get_selected_event (view);
  g_assert_nonnull (event);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  sidebar = ui_test_find (GTK_WIDGET (window), "ChronicleSidebar", NULL, NULL);
  /* The sidebar's event page, not its empty state. */
  title = ui_test_find (gtk_stack_get_visible_child (GTK_STACK (ui_test_find (sidebar, "GtkStack", NULL, NULL))), "GtkLabel", "title-2", NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, chronicle_event_get_title (event));
  list = list_model (window);
  g_assert_true (gtk_single_selection_get_selected_item (list) == event);

  /* And the other way: selecting in the list selects on the canvas. */
  gtk_single_selection_set_selected (list, 3);
  g_assert_true (chronicle_timeline_view_get_selected_event (view) == gtk_single_selection_get_selected_item (list));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==,
                   chronicle_event_get_title (gtk_single_selection_get_selected_item (list)));

  /* Markup in titles is text: the sidebar shows what the data says. */
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (title)));

  /* A filter that drops the selected event deselects it everywhere. */
  {
    ChronicleEvent *selected = chronicle_timeline_view_get_selected_event (view);
    ChronicleFilter *filter = chronicle_session_get_filter (chronicle_window_get_session (window));
    g_autofree char *text = g_strdup_printf ("%s no such words", chronicle_event_get_title (selected));

    g_assert_nonnull (selected);
    chronicle_filter_set_text (filter, text);
    g_assert_null (chronicle_timeline_view_get_selected_event (view));
    g_assert_null (chronicle_session_get_selection (chronicle_window_get_session (window)));
    g_assert_cmpuint (gtk_single_selection_get_selected (list), ==, GTK_INVALID_LIST_POSITION);
    g_assert_true (gtk_widget_get_mapped (ui_test_find (sidebar, "GtkLabel", NULL, "No Event Selected")));
    chronicle_filter_clear (filter);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean has_toast_with (gpointer         data);
static void     open_and_wait  (ChronicleWindow *window,
                                GFile           *file);

static gboolean
is_presenting (gpointer window)
{
  return chronicle_window_is_presenting (window);
}

/* What --event and --present ask for (the application hands them down) happens once
 * the window's next load is done: the event selected, presenting. An unknown id is a
 * toast. */
static void
test_window_requests (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ChronicleWindow *window = chronicle_window_new (app);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (good);
  gpointer toast[2] = { window, "No event has the id “nope”" };
  ChronicleEvent *selected;

  g_settings_reset (settings, "last-file");
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  chronicle_window_request_event (window, "biden-2023");
  chronicle_window_open_last (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (chronicle_session_get_selection (chronicle_window_get_session (window)));
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));
  selected = chronicle_session_get_selection (chronicle_window_get_session (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (chronicle_event_get_id (selected), ==, "biden-2023");
  g_assert_false (chronicle_window_is_presenting (window));

  /* An unknown id, and presenting (which starts at the first step). */
  chronicle_window_request_event (window, "nope");
  chronicle_window_request_present (window);
  g_assert_false (chronicle_window_is_presenting (window));
  open_and_wait (window, file);
  g_assert_true (ui_test_wait_until (has_toast_with, toast, 3000));
  g_assert_true (ui_test_wait_until (is_presenting, window, 5000));
  chronicle_window_set_presenting (window, FALSE);

  /* Once only: the next load does not present again. */
  chronicle_window_open_last (window);
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));
  g_assert_false (chronicle_window_is_presenting (window));

  /* --present --event ID: the show starts on that event, not on the title slide. */
  chronicle_window_request_event (window, "biden");
  chronicle_window_request_present (window);
  open_and_wait (window, file);
  g_assert_true (ui_test_wait_until (is_presenting, window, 5000));
  selected = chronicle_session_get_selection (chronicle_window_get_session (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (chronicle_event_get_id (selected), ==, "biden");
  chronicle_window_set_presenting (window, FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_toast_with (gpointer data)
{
  GtkWidget *window = ((gpointer *) data)[0];
  const char *text = ((gpointer *) data)[1];

  return ui_test_find (window, "AdwToastWidget", NULL, NULL) != NULL && ui_test_find (window, "GtkLabel", NULL, text) != NULL;
}

/* The problems banner is up, and says @text (in its sentence or its first problem). */
static gboolean
has_banner_with (gpointer data)
{
  GtkWidget *window = ((gpointer *) data)[0];
  const char *text = ((gpointer *) data)[1];
  GtkWidget *banner = ui_test_find (window, NULL, "problems-banner", NULL);

  return banner != NULL && gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))) &&
         ui_test_find (banner, "GtkLabel", NULL, text) != NULL;
}

static void
test_window_bad_file (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  ChronicleDataset *before = chronicle_window_get_dataset (window);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", "impossible-day.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gpointer data[2] = { window, "is not a date (2023-02 has no day 30)" };

  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));
  /* The data on screen stays; a banner says what is wrong and where, until dismissed. */
  g_assert_true (chronicle_window_get_dataset (window) == before);
  g_assert_true (ui_test_wait_until (has_banner_with, data, 3000));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, "events[0] \"a\""));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* One bad event never hides the rest: the file opens without it, and the banner says
 * so, with the first error and its place. */
static void
test_window_bad_events_left_out (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  ChronicleDataset *before = chronicle_window_get_dataset (window);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "some-bad-events.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gpointer data[2] = { window, "5 events in “some-bad-events.json” have errors and were left out" };

  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));
  g_assert_true (chronicle_window_get_dataset (window) != before);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (chronicle_window_get_dataset (window))),
                    ==, 3);
  g_assert_true (ui_test_wait_until (has_banner_with, data, 3000));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, "events[1] \"bad-month\""));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opens @file in @window and waits until it is shown. */
static void
open_and_wait (ChronicleWindow *window,
               GFile           *file)
{
  gpointer change[2] = { window, chronicle_window_get_dataset (window) };

  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));
}

/* The List's date cell says the date as the author wrote it, as the sidebar and the
 * presentation do ("The Ides of March, 44 BCE"), with the date it sorts by in its
 * tooltip; an event with no display date shows its date. */
static void
test_window_list_display_dates (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "links-and-display-dates.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *view, *list_view = NULL;
  gboolean ides = FALSE, decade = FALSE;

  open_and_wait (window, file);
  list_model (window);
  view = ui_test_find (GTK_WIDGET (window), "GtkColumnView", NULL, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (view); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      list_view = child;
  g_assert_nonnull (list_view);
  g_assert_true (ui_test_wait_until (first_row_allocated, list_view, 5000));
  for (GtkWidget *row = gtk_widget_get_first_child (list_view); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkLabel *date, *title;

      if (!gtk_widget_get_child_visible (row) || gtk_widget_get_width (row) == 0)
        continue;
      date = cell_label (row, 0);
      title = cell_label (row, 2);
      if (g_strcmp0 (gtk_label_get_text (title), "Caesar is killed") == 0)
        {
          ides = TRUE;
          g_assert_cmpstr (gtk_label_get_text (date), ==, "The Ides of March, 44 BCE");
          g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (date)));
          g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (GTK_WIDGET (date)), "The Ides of March, 44 BCE ("));
          g_assert_true (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (date)), "44 BCE)") != NULL);
        }
      else if (g_strcmp0 (gtk_label_get_text (title), "A decade") == 0)
        {
          decade = TRUE;
          g_assert_cmpstr (gtk_label_get_text (date), ==, "1990–1999");
        }
    }
  g_assert_true (ides);
  g_assert_true (decade);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the primary menu, opened, shows a visible item labelled @text. */
static gboolean
menu_shows (ChronicleWindow *window,
            const char      *text)
{
  GtkWidget *button = ui_test_find_menu_button (GTK_WIDGET (window), NULL);
  GtkWidget *popover, *label;
  gboolean shown;

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_nonnull (popover);
  g_assert_true (ui_test_wait_until (ui_test_is_mapped, popover, 5000));
  label = ui_test_find_label (popover, text);
  shown = label != NULL && gtk_widget_is_drawable (label);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  return shown;
}

/* The List's column @i (0 date, 1 kind, 2 title, 3 partners), once the page is shown. */
static GtkColumnViewColumn *
list_column (ChronicleWindow *window,
             guint            i)
{
  GtkColumnView *list = GTK_COLUMN_VIEW (ui_test_find (GTK_WIDGET (window), "GtkColumnView", NULL, NULL));
  GtkColumnViewColumn *column;

  list_model (window);
  column = g_list_model_get_item (gtk_column_view_get_columns (list), i);
  g_object_unref (column);   /* the column view holds it */
  return column;
}

/* The filter bar and the lanes follow the data: a file whose events name no partners
 * and no people shows no Partners or People picker, offers no lanes by partner, and
 * has no Partners column in the List. */
static void
test_window_pickers_follow_data (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "timelinejs-basic.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *partners = ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, "Partners");
  GtkWidget *people = ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, "People");

  g_assert_nonnull (partners);
  g_assert_nonnull (people);
  partners = gtk_widget_get_ancestor (partners, GTK_TYPE_MENU_BUTTON);
  people = gtk_widget_get_ancestor (people, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (partners);
  g_assert_nonnull (people);
  g_assert_true (gtk_widget_get_visible (partners));
  g_assert_true (gtk_widget_get_visible (people));
  g_assert_true (menu_shows (window, "Lanes"));
  g_assert_true (menu_shows (window, "By Partner"));
  g_assert_true (menu_shows (window, "By Kind"));
  g_assert_true (gtk_column_view_column_get_visible (list_column (window, 3)));

  open_and_wait (window, file);
  /* …and no Partners column in the List, empty on every row. */
  g_assert_false (gtk_column_view_column_get_visible (list_column (window, 3)));
  g_assert_false (gtk_widget_get_visible (partners));
  g_assert_false (gtk_widget_get_visible (people));
  g_assert_false (menu_shows (window, "By Partner"));
  g_assert_false (menu_shows (window, "By Kind"));
  g_assert_false (menu_shows (window, "Lanes"));
  /* The other menu items are still there: the menu opened. */
  g_assert_true (menu_shows (window, "Present"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_reload (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("chronicle-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "events.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  ChronicleDataset *loaded;
  gpointer banner[2] = { window, "“events.json” on disk has 1 error; the timeline shows its last valid version" };
  gpointer change[2] = { window, NULL };
  guint64 mtime;

  g_assert_true (g_file_get_contents (good, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  chronicle_window_open_file (window, file);
  change[1] = chronicle_window_get_dataset (window);
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));
  loaded = chronicle_window_get_dataset (window);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (loaded)), ==, 6);

  /* The file turns invalid on disk: it is reloaded, refused, and the old data stays;
   * a banner says the file on disk is broken. */
  g_assert_true (g_file_set_contents (path, "{\"events\": [", -1, NULL));
  g_assert_true (ui_test_wait_until (has_banner_with, banner, 8000));
  g_assert_true (chronicle_window_get_dataset (window) == loaded);

  /* Fixed again: the new content is shown. */
  g_assert_true (g_file_set_contents (path, "{\"events\": [{\"id\": \"x\", \"start\": \"2020\", \"title\": \"X\"}]}", -1, NULL));
  change[1] = loaded;
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 8000));
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 8000));
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (chronicle_window_get_dataset (window))), ==, 1);

  /* Chronicle never wrote to it: the last write is ours. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&info);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_assert_cmpuint (g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED), ==, mtime);

  g_unlink (path);
  g_rmdir (dir);
}

/* A kind chip of the filter bar, by its kind's id. */
static gboolean
is_chip_of (GtkWidget     *widget,
            gconstpointer  kind)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_has_css_class (widget, "chip") &&
         g_strcmp0 (g_object_get_data (G_OBJECT (widget), "kind"), kind) == 0;
}

/* The filter bar's search entry (not a picker's). */
static gboolean
is_bar_search (GtkWidget     *widget,
               gconstpointer  unused)
{
  return GTK_IS_SEARCH_ENTRY (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) == NULL;
}

/* The picker labelled @label says it keeps exactly @expected (ids). */
static void
assert_picked (ChronicleWindow    *window,
               const char         *label,
               const char * const *expected)
{
  GtkWidget *button = gtk_widget_get_ancestor (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, label),
                                               CHRONICLE_TYPE_FILTER_PICKER);

  const char * const *picked;
  const char * const none[] = { NULL };

  g_assert_nonnull (button);
  picked = chronicle_filter_picker_get_picked (CHRONICLE_FILTER_PICKER (button));
  g_assert_true (g_strv_equal (picked != NULL ? picked : none, expected));
}

/* The Partners list says, as the kind chips do, how many events each partner would
 * show with the other filters, so that none empties the board unannounced: with only
 * the visits, Trinidad and Tobago (a new relation, no visit) says 0, dimmed, and a
 * screen reader hears "0 events"; China's count is what ticking it shows. */
static void
test_window_partner_counts (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  GtkWidget *button = ui_test_find_menu_button (GTK_WIDGET (window), "Partners");
  g_autoptr(ChronicleFilter) reference = chronicle_filter_new ();
  const char *visit[] = { "visit", NULL }, *china[] = { "china", NULL };
  GtkWidget *popover, *tt = NULL, *cn = NULL;
  g_autofree char *china_label = NULL;
  g_autofree char *status = NULL;
  guint n_china;
  gpointer status_pair[2] = { window, NULL };

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ui_test_find_where (GTK_WIDGET (window), is_chip_of, "visit")), TRUE);
  chronicle_filter_set_kinds (reference, visit);
  chronicle_filter_set_partners (reference, china);
  n_china = expected_count (chronicle_window_get_dataset (window), reference);
  g_assert_cmpuint (n_china, >, 0);
  china_label = g_strdup_printf ("China %u", n_china);

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  for (GtkWidget *w = ui_test_find (popover, "GtkListBox", NULL, NULL), *row = gtk_widget_get_first_child (w); row;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *c = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      if (g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (c)), "Trinidad and Tobago 0") == 0)
        tt = c;
      else if (g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (c)), china_label) == 0)
        cn = c;
    }
  g_assert_nonnull (tt);
  g_assert_nonnull (cn);
  g_assert_true (gtk_widget_has_css_class (tt, "dim-label"));
  g_assert_false (gtk_widget_has_css_class (cn, "dim-label"));
  /* Named as the partner, the count its description. */
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (tt), GTK_ACCESSIBLE_PROPERTY_LABEL, "Trinidad and Tobago"));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (tt)),
                                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "0 events"));

  /* Ticked, China shows what its row said. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (cn), TRUE);
  status = g_strdup_printf ("%u of 54 events", n_china);
  status_pair[1] = status;
  g_assert_true (ui_test_wait_until (status_reads, status_pair, 5000));
  /* The counts do not move while the list is open (a partner picked changes none). */
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (cn)), ==, china_label);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The file open changes on disk: it reloads with the user's filters (kinds, partners,
 * people, years, search text) as far as they apply to the new data; a kind and a
 * partner gone from it are dropped. Another file starts unfiltered. */
static void
test_window_reload_keeps_filters (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  g_autofree char *dir = g_dir_make_tmp ("chronicle-refilter-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lesson.json", NULL);
  g_autofree char *other_path = g_build_filename (dir, "another-lesson.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(ChronicleFilter) reference = chronicle_filter_new ();
  const char *kinds_json = "\"kinds\": [{\"id\": \"visit\", \"label\": \"Visit\"}, {\"id\": \"call\", \"label\": \"Call\"},"
                           " {\"id\": \"summit\", \"label\": \"Summit\"}]";
  g_autofree char *before = g_strdup_printf (
    "{\"title\": \"Lesson\", %s, \"partners\": [{\"id\": \"us\", \"name\": \"United States\"},"
    " {\"id\": \"fr\", \"name\": \"France\"}, {\"id\": \"jp\", \"name\": \"Japan\"}], \"events\": ["
    "{\"id\": \"a\", \"kind\": \"visit\", \"start\": \"2022-03\", \"title\": \"Ann visits Hanoi\", \"partners\": [\"us\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"i\", \"kind\": \"visit\", \"start\": \"2022-04\", \"title\": \"Ann in Saigon\", \"partners\": [\"us\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"b\", \"kind\": \"call\", \"start\": \"2022-05\", \"title\": \"Ann calls Hanoi\", \"partners\": [\"fr\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"c\", \"kind\": \"visit\", \"start\": \"2021-03\", \"title\": \"Hanoi before\", \"partners\": [\"us\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"d\", \"kind\": \"summit\", \"start\": \"2022-07\", \"title\": \"Hanoi summit\", \"partners\": [\"us\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"e\", \"kind\": \"visit\", \"start\": \"2022-09\", \"title\": \"Hanoi and Japan\", \"partners\": [\"jp\"], \"people\": [\"Ann\"]}]}",
    kinds_json);
  /* No call any more, and no event names France. */
  g_autofree char *after = g_strdup_printf (
    "{\"title\": \"Lesson\", %s, \"partners\": [{\"id\": \"us\", \"name\": \"United States\"},"
    " {\"id\": \"jp\", \"name\": \"Japan\"}], \"events\": ["
    "{\"id\": \"a\", \"kind\": \"visit\", \"start\": \"2022-03\", \"title\": \"Ann visits Hanoi\", \"partners\": [\"us\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"c\", \"kind\": \"visit\", \"start\": \"2021-03\", \"title\": \"Hanoi before\", \"partners\": [\"us\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"d\", \"kind\": \"summit\", \"start\": \"2022-07\", \"title\": \"Hanoi summit\", \"partners\": [\"us\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"e\", \"kind\": \"visit\", \"start\": \"2022-09\", \"title\": \"Hanoi and Japan\", \"partners\": [\"jp\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"i\", \"kind\": \"visit\", \"start\": \"2022-04\", \"title\": \"Ann in Saigon\", \"partners\": [\"us\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"f\", \"kind\": \"visit\", \"start\": \"2022-10\", \"title\": \"Ann back in Hanoi\", \"partners\": [\"us\"], \"people\": [\"Ann\"]},"
    "{\"id\": \"g\", \"kind\": \"visit\", \"start\": \"2022-11\", \"title\": \"Bob in Hanoi\", \"partners\": [\"us\"], \"people\": [\"Bob\"]},"
    "{\"id\": \"h\", \"kind\": \"visit\", \"start\": \"2022-12\", \"title\": \"Ann, Hanoi, December\", \"partners\": [\"us\"], \"people\": [\"Ann\"]}]}",
    kinds_json);
  gpointer three_of_six[2] = { window, "3 of 6 events" };
  gpointer two_of_six[2] = { window, "2 of 6 events" };
  gpointer three_of_eight[2] = { window, "3 of 8 events" };
  gpointer change[2] = { window, NULL };
  const char *visit[] = { "visit", NULL }, *us[] = { "us", NULL }, *us_fr[] = { "us", "fr", NULL };
  const char *ann[] = { "Ann", NULL }, *none[] = { NULL };
  GtkWidget *search, *year;

  g_assert_true (g_file_set_contents (path, before, -1, NULL));
  open_and_wait (window, file);

  /* Visit and Call, the United States and France, Ann, 2022: a, b and i; "hanoi": a and b. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ui_test_find_where (GTK_WIDGET (window), is_chip_of, "visit")), TRUE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ui_test_find_where (GTK_WIDGET (window), is_chip_of, "call")), TRUE);
  pick (window, "Partners", "United States");
  /* (The picker's button names what it keeps.) */
  pick (window, "United States", "France");
  pick (window, "People", "Ann");
  year = gtk_widget_get_ancestor (ui_test_find (GTK_WIDGET (ui_test_find_type (GTK_WIDGET (window), CHRONICLE_TYPE_FILTER_YEARS)),
                                                "GtkLabel", NULL, "2022"), GTK_TYPE_TOGGLE_BUTTON);
  g_assert_nonnull (year);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (year), TRUE);
  search = ui_test_find_where (GTK_WIDGET (window), is_bar_search, NULL);
  g_assert_nonnull (search);
  g_assert_true (ui_test_wait_until (status_reads, three_of_six, 5000));
  gtk_editable_set_text (GTK_EDITABLE (search), "hanoi");
  g_assert_true (ui_test_wait_until (status_reads, two_of_six, 5000));
  assert_picked (window, "United States and 1 more", us_fr);

  /* Rewritten on disk: reloaded, the filters still on but for Call and France (a, f
   * and h). */
  change[1] = chronicle_window_get_dataset (window);
  g_assert_true (g_file_set_contents (path, after, -1, NULL));
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));
  ui_test_wait_until (status_reads, three_of_eight, 5000);
  g_assert_cmpstr (status_of (window), ==, "3 of 8 events");
  chronicle_filter_set_kinds (reference, visit);
  chronicle_filter_set_partners (reference, us);
  chronicle_filter_set_people (reference, ann);
  chronicle_filter_set_range (reference, chronicle_days_from_civil (2022, 1, 1), chronicle_days_from_civil (2023, 1, 1));
  chronicle_filter_set_text (reference, "hanoi");
  g_assert_cmpuint (expected_count (chronicle_window_get_dataset (window), reference), ==, 3);
  /* What the bar shows is what applies. */
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ui_test_find_where (GTK_WIDGET (window), is_chip_of, "visit"))));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ui_test_find_where (GTK_WIDGET (window), is_chip_of, "summit"))));
  g_assert_null (ui_test_find_where (GTK_WIDGET (window), is_chip_of, "call"));
  assert_picked (window, "United States", us);
  assert_picked (window, "Ann", ann);
  year = gtk_widget_get_ancestor (ui_test_find (GTK_WIDGET (ui_test_find_type (GTK_WIDGET (window), CHRONICLE_TYPE_FILTER_YEARS)),
                                                "GtkLabel", NULL, "2022"), GTK_TYPE_TOGGLE_BUTTON);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (year)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "hanoi");
  g_assert_true (gtk_widget_get_sensitive (ui_test_find (GTK_WIDGET (window), "GtkButton", NULL, "C_lear Filters")));

  /* Another file starts unfiltered. (Not a file of tests/data: it would be a recent
   * file another test does not expect.) */
  g_assert_true (g_file_set_contents (other_path, before, -1, NULL));
  open_and_wait (window, other);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  assert_picked (window, "Partners", none);
  assert_everywhere (window, chronicle_event_store_get_n_events (chronicle_dataset_get_events (chronicle_window_get_dataset (window))));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (path);
  g_unlink (other_path);
  g_rmdir (dir);
}

static void
test_window_about_dataset (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  GtkWidget *about = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.about-dataset", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && about == NULL; i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (w))
        about = w;
    }
  g_assert_nonnull (about);
  /* The figures, with both values where the articles disagree, and their notes. */
  g_assert_nonnull (ui_test_find (about, NULL, NULL, "Visits abroad by senior leaders in 2023"));
  g_assert_nonnull (ui_test_find (about, "GtkLabel", NULL, "15 or 22"));
  g_assert_nonnull (ui_test_find (about, "GtkLabel", NULL, "The articles disagree"));
  /* The documents and the eras. */
  g_assert_nonnull (ui_test_find (about, "GtkLabel", NULL, "Vietnam Business Forum, 2024-01-30"));
  g_assert_nonnull (ui_test_find (about, "GtkLabel", NULL, "First half of the 13th Party Congress term"));
  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Data is text: markup in any of it is shown as written, never interpreted. */
static void
test_window_markup_is_text (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "markup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ChronicleTimelineView *view = chronicle_window_get_timeline_view (window);

  open_and_wait (window, file);
  gtk_widget_activate_action (GTK_WIDGET (view), "timeline.select-first", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "<b>Bold</b> & <i>friends</i>");
  /* The header's title, the sidebar and the filter chips all show the raw text. */
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, "<b>Bold</b> & <i>friends</i>"));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", "title-2", "<b>Title</b> & <markup>"));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, "Line with <i>tags</i> & entities &amp; raw"));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, "<Place>"));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, "<Person>"));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, "A quote with <b>tags</b>"));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkToggleButton", "chip", "<u>Visit</u> & more 1"));

  /* So do the list's cells, and the tooltips that show an ellipsized title whole. */
  list_model (window);
  {
    GtkWidget *cell = ui_test_find (ui_test_find (GTK_WIDGET (window), "GtkColumnView", NULL, NULL), "GtkLabel", NULL, "<b>Title</b> & <markup>");

    g_assert_nonnull (cell);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (cell)), ==, "<b>Title</b> & <markup>");
    g_assert_cmpstr (gtk_widget_get_tooltip_text (cell), ==, "<b>Title</b> & <markup>");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The primary menu opens (its popover is made on demand) and lists the files opened. */
static void
test_window_recent_files (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (good);
  GtkWidget *button = ui_test_find_menu_button (GTK_WIDGET (window), NULL);
  GtkWidget *popover;

  g_assert_nonnull (button);

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_nonnull (ui_test_find (popover, "GtkLabel", NULL, "Open…"));
  g_assert_null (ui_test_find (popover, "GtkLabel", NULL, "good.json"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  open_and_wait (window, file);
  /* The recent-files list learns of it once GIO has told it the file's type. */
  g_assert_true (ui_test_wait_until (ui_test_is_recent, file, 10000));

  /* Opened again, the menu lists the file under Recent Files. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_nonnull (ui_test_find (popover, "GtkLabel", NULL, "Recent Files"));
  g_assert_nonnull (ui_test_find (popover, "GtkLabel", NULL, "good.json"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A symbolic link to a file elsewhere reloads when the file it points to changes:
 * the link itself does not change, so the target is watched too. */
static void
test_window_reload_symlink (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("chronicle-link-XXXXXX", NULL);
  g_autofree char *data_dir = g_build_filename (dir, "data", NULL);
  g_autofree char *target = g_build_filename (data_dir, "events.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (link);
  gpointer change[2] = { window, NULL };

  g_assert_cmpint (g_mkdir (data_dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (good, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (target, contents, -1, NULL));
  g_assert_cmpint (symlink ("data/events.json", link), ==, 0);
  open_and_wait (window, file);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (chronicle_window_get_dataset (window))), ==, 6);

  /* The target changes, the link does not: the window shows the new content. */
  change[1] = chronicle_window_get_dataset (window);
  g_assert_true (g_file_set_contents (target, "{\"events\": [{\"id\": \"x\", \"start\": \"2020\", \"title\": \"X\"}]}", -1, NULL));
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 8000));
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 8000));
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (chronicle_window_get_dataset (window))), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (link);
  g_unlink (target);
  g_rmdir (data_dir);
  g_rmdir (dir);
}

static gboolean
shows_page (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (((gpointer *) data)[0]), ((gpointer *) data)[1]) == 0;
}

/* Whether a load finished (handed its result back) since *@data loads had. */
static gboolean
load_finished_since (gpointer data)
{
  return _chronicle_loader_get_n_finished_loads () > *(guint *) data;
}

/* A slow file loads in the background: the window stays blank for a moment, then
 * shows a loading page with progress and Cancel; cancelled, nothing is lost and the
 * window is free at once, and the cancelled load's late answer changes nothing,
 * not even a load started after it; that one is shown. Slow files are files the
 * loader holds until the test has looked, so nothing here depends on how fast the
 * machine parses. */
static void
test_window_slow_file (void)
{
  ChronicleWindow *window = chronicle_window_new (app);
  g_autofree char *dir = g_dir_make_tmp ("chronicle-slow-XXXXXX", NULL);
  g_autofree char *first_path = g_build_filename (dir, "first.json", NULL);
  g_autofree char *second_path = g_build_filename (dir, "second.json", NULL);
  g_autoptr(GFile) first = g_file_new_for_path (first_path);
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  g_autoptr(GString) json = g_string_new ("{\"title\": \"Large\", \"events\": [");
  GtkWidget *stack, *loading_page, *progress;
  gpointer loading[2] = { NULL, "loading" };
  const guint n = 20000;
  guint finished;
  double before;
  gint64 end;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"start\": \"%04u-%02u-%02u\", \"title\": \"Event %u\"}",
                            i ? ",\n" : "", i, 1000 + i % 1000, 1 + i % 12, 1 + i % 28, i);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (first_path, "", 0, NULL));
  g_assert_true (g_file_set_contents (second_path, json->str, json->len, NULL));
  _chronicle_loader_hold_path (first_path);
  _chronicle_loader_hold_path (second_path);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  stack = ui_test_find_where (GTK_WIDGET (window), is_main_stack, NULL);
  g_assert_nonnull (stack);
  loading[0] = stack;
  loading_page = gtk_stack_get_child_by_name (GTK_STACK (stack), "loading");
  progress = ui_test_find (loading_page, "GtkProgressBar", NULL, NULL);
  g_assert_nonnull (progress);
  /* Nothing loaded yet: the empty page, with its Open button. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");

  /* A held read waits: this load cannot end on its own. */
  chronicle_window_open_file (window, first);
  g_assert_true (chronicle_window_is_loading (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "blank");
  g_assert_true (ui_test_wait_until (shows_page, loading, 5000));
  g_assert_nonnull (ui_test_find (loading_page, "GtkButton", NULL, "_Cancel"));

  /* Cancel: the window is free at once, and shows what it showed before. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL));
  g_assert_false (chronicle_window_is_loading (window));
  g_assert_null (chronicle_window_get_dataset (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");

  /* Another load starts; then the cancelled one's thread is let go (it reads an
   * empty file) and answers late: the window still waits for the second. */
  chronicle_window_open_file (window, second);
  finished = _chronicle_loader_get_n_finished_loads ();
  _chronicle_loader_release_path (first_path);
  g_assert_true (ui_test_wait_until (load_finished_since, &finished, 5000));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (chronicle_window_is_loading (window));
  g_assert_null (ui_test_find (GTK_WIDGET (window), "AdwToastWidget", NULL, NULL));

  /* The second file arrives, and is shown; its progress went forward on the way, and
   * only ever in the main thread's loop: while that thread is busy elsewhere through
   * the whole load, the bar is untouched (the loader's thread never moves it). */
  finished = _chronicle_loader_get_n_finished_loads ();
  before = gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (progress));
  _chronicle_loader_release_path (second_path);
  end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!load_finished_since (&finished) && g_get_monotonic_time () < end)
    g_usleep (1000);
  g_assert_true (load_finished_since (&finished));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (progress)), ==, before);
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 60000));
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (chronicle_window_get_dataset (window))), ==, n);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "timeline");
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (progress)), >, 0);
  /* The cancelled load never said anything, not even late. */
  g_assert_null (ui_test_find (GTK_WIDGET (window), "AdwToastWidget", NULL, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (first_path);
  g_unlink (second_path);
  g_rmdir (dir);
}

static gboolean
folded (gpointer flap)
{
  return adw_flap_get_folded (flap);
}

typedef struct { ChronicleTimelineView *view; GtkWidget *details; ChronicleEvent *event; } EventUncovered;

/* The event's marker lies in the part of the timeline the details do not cover. */
static gboolean
event_uncovered (gpointer data)
{
  EventUncovered *wait = data;
  double x = chronicle_time_scale_to_x (chronicle_timeline_view_get_time_scale (wait->view),
                                        (double) chronicle_event_get_first_day (wait->event));
  int covered = gtk_widget_get_width (wait->details);

  return covered > 0 && x >= 0 && x < gtk_widget_get_width (GTK_WIDGET (wait->view)) - covered;
}

static void
test_window_narrow (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  AdwFlap *flap = ADW_FLAP (ui_test_find (GTK_WIDGET (window), "AdwFlap", NULL, NULL));

  g_assert_false (adw_flap_get_folded (flap));
  /* Narrow: the sidebar becomes an overlay. */
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  gtk_widget_queue_resize (GTK_WIDGET (window));
  g_assert_true (ui_test_wait_until (folded, flap, 5000));
  g_assert_false (adw_flap_get_reveal_flap (flap));

  /* Stepping onto an event with the keys leaves the overlay closed… */
  {
    ChronicleTimelineView *view = chronicle_window_get_timeline_view (window);
    ChronicleEvent *event;

    gtk_widget_activate_action (GTK_WIDGET (view), "timeline.select-first", NULL);
    event = chronicle_timeline_view_get_selected_event (view);
    g_assert_nonnull (event);
    g_assert_false (adw_flap_get_reveal_flap (flap));
    /* …picking one with the pointer opens it, on that event. */
    g_signal_emit_by_name (view, "event-activated", event);
    g_assert_true (adw_flap_get_reveal_flap (flap));
    g_assert_true (adw_flap_get_folded (flap));
    /* Lying over the timeline, the sidebar is opaque (it was once see-through). */
    g_assert_true (gtk_widget_has_css_class (adw_flap_get_flap (flap), "background"));
  }

  /* The details never cover the event they show: the last event, under where they open,
   * moves into what is left of the timeline. */
  {
    ChronicleTimelineView *view = chronicle_window_get_timeline_view (window);
    EventUncovered wait = { view, adw_flap_get_flap (flap), NULL };

    adw_flap_set_reveal_flap (flap, FALSE);
    gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-fit", NULL);
    gtk_widget_activate_action (GTK_WIDGET (view), "timeline.select-last", NULL);
    wait.event = chronicle_timeline_view_get_selected_event (view);
    g_assert_nonnull (wait.event);
    /* The event at 80 % of the width, where the details will lie. */
    {
      ChronicleTimeScale *scale = chronicle_timeline_view_get_time_scale (view);
      double day = (double) chronicle_event_get_first_day (wait.event);
      double span = chronicle_time_scale_get_span (scale);

      chronicle_timeline_view_show_range (view, day - span * 0.8, day + span * 0.2, FALSE);
      g_assert_false (event_uncovered (&wait));
    }
    g_signal_emit_by_name (view, "event-activated", wait.event);
    g_assert_true (adw_flap_get_reveal_flap (flap));
    g_assert_true (ui_test_wait_until (event_uncovered, &wait, 5000));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A label drawn with exactly @text (as given: not shortened away to nothing). */
static gboolean
shows_whole_label (GtkWidget     *widget,
                   gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) >= 60 &&
         g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

typedef struct { GtkWidget *header; const char *title, *subtitle; GtkWidget *bar; gboolean bar_shown; } HeaderShows;

/* The header shows the title and its subtitle, and the view switcher is in the header
 * (or, with @bar_shown, in the bar under the views). */
static gboolean
header_shows (gpointer data)
{
  HeaderShows *h = data;
  GtkWidget *switcher = ui_test_find_type (h->header, ADW_TYPE_VIEW_SWITCHER);

  return ui_test_find_where (h->header, shows_whole_label, h->title) != NULL &&
         ui_test_find_where (h->header, shows_whole_label, h->subtitle) != NULL &&
         (switcher != NULL && gtk_widget_get_mapped (switcher)) == !h->bar_shown &&
         adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (h->bar)) == h->bar_shown;
}

/* The dataset's title and its file are in the header however wide the window, so two
 * windows are told apart: beside the view switcher when there is room, alone with the
 * switcher under the views when not (on a wide window the header showed only the
 * switcher). The window's own title is the dataset's too. */
static void
test_window_header_title (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  const char *title = chronicle_dataset_get_title (chronicle_window_get_dataset (window));
  HeaderShows h = { ui_test_find (GTK_WIDGET (window), "AdwHeaderBar", NULL, NULL), title, "Bundled dataset",
                    ui_test_find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR), FALSE };

  g_assert_nonnull (h.header);
  g_assert_nonnull (h.bar);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_true (ui_test_wait_until (header_shows, &h, 5000));

  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  gtk_widget_queue_resize (GTK_WIDGET (window));
  h.bar_shown = TRUE;
  g_assert_true (ui_test_wait_until (header_shows, &h, 5000));

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  gtk_widget_queue_resize (GTK_WIDGET (window));
  h.bar_shown = FALSE;
  g_assert_true (ui_test_wait_until (header_shows, &h, 5000));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_chips (GtkWidget *widget,
               GPtrArray *out)
{
  if (gtk_widget_has_css_class (widget, "chip"))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_chips (child, out);
}

/* @pair: a widget and the scrolled window it is in; whether it is all in its view. */
static gboolean
in_view (gpointer data)
{
  GtkWidget *widget = ((gpointer *) data)[0], *scroller = ((gpointer *) data)[1];
  graphene_rect_t bounds;

  return gtk_widget_get_width (widget) > 0 && gtk_widget_compute_bounds (widget, scroller, &bounds) &&
         bounds.origin.x >= 0 && bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (scroller) &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller);
}

static gboolean
chips_allocated (gpointer chips)
{
  for (guint i = 0; i < ((GPtrArray *) chips)->len; i++)
    if (gtk_widget_get_width (g_ptr_array_index ((GPtrArray *) chips, i)) == 0)
      return FALSE;
  return TRUE;
}

typedef struct
{
  GtkWidget *bar;
  GPtrArray *chips;
  guint      lines;   /* wanted */
} ChipLines;

/* Whether the chips lie on @data's lines, and the filter bar ends right under the last:
 * no empty band below them (its margin only), nor one cut. */
static gboolean
chips_end_bar (gpointer data)
{
  ChipLines *c = data;
  g_autoptr(GHashTable) tops = g_hash_table_new (g_direct_hash, g_direct_equal);
  float bottom = 0;

  for (guint i = 0; i < c->chips->len; i++)
    {
      graphene_rect_t bounds;

      if (gtk_widget_get_width (g_ptr_array_index (c->chips, i)) <= 0 ||
          !gtk_widget_compute_bounds (g_ptr_array_index (c->chips, i), c->bar, &bounds))
        return FALSE;
      g_hash_table_add (tops, GINT_TO_POINTER ((int) bounds.origin.y));
      bottom = MAX (bottom, bounds.origin.y + bounds.size.height);
    }
  g_test_message ("%u lines of chips, bar %d px, last chip ends at %.0f", g_hash_table_size (tops),
                  gtk_widget_get_height (c->bar), bottom);
  return g_hash_table_size (tops) == c->lines && bottom <= gtk_widget_get_height (c->bar) &&
         gtk_widget_get_height (c->bar) - bottom <= 6 + 1;
}

/* One line of kind chips leaves no empty band under it, whether the window opened
 * wide or was made wider from a width where the chips took two lines. */
static void
test_window_chips_no_band (void)
{
  ChronicleWindow *window = ui_test_open_bundled (600, 700);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("chronicle-chips-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "five-kinds.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) chips = g_ptr_array_new ();
  ChipLines c = { NULL, chips, 2 };

  /* A copy: tests/data/good.json itself would become a recent file another test does
   * not expect. */
  g_assert_true (g_file_get_contents (good, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  open_and_wait (window, file);
  c.bar = ui_test_find_type (GTK_WIDGET (window), CHRONICLE_TYPE_FILTER_BAR);
  g_assert_nonnull (c.bar);
  collect_chips (c.bar, chips);
  g_assert_cmpuint (chips->len, ==, 5);
  ui_test_wait_until (chips_end_bar, &c, 5000);
  g_assert_true (chips_end_bar (&c));

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 700);
  gtk_widget_queue_resize (GTK_WIDGET (window));
  c.lines = 1;
  ui_test_wait_until (chips_end_bar, &c, 5000);
  g_assert_true (chips_end_bar (&c));

  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  gtk_widget_queue_resize (GTK_WIDGET (window));
  c.lines = 2;
  ui_test_wait_until (chips_end_bar, &c, 5000);
  g_assert_true (chips_end_bar (&c));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (path);
  g_rmdir (dir);
}

/* In a narrow window the kind chips wrap: none is cut at the side; past three lines
 * they scroll with a scrollbar in view (not an overlay that only shows on hover),
 * and Tab onto a chip out of view scrolls it into view. */
static void
test_window_narrow_chips (void)
{
  ChronicleWindow *window = ui_test_open_bundled (800, 700);
  g_autoptr(GPtrArray) chips = g_ptr_array_new ();
  g_autoptr(GHashTable) lines = g_hash_table_new (g_direct_hash, g_direct_equal);
  GtkWidget *scroller, *last;
  GtkAdjustment *vadjustment;

  collect_chips (GTK_WIDGET (window), chips);
  g_assert_cmpuint (chips->len, >, 10);
  g_assert_true (ui_test_wait_until (chips_allocated, chips, 5000));
  scroller = gtk_widget_get_ancestor (g_ptr_array_index (chips, 0), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  for (guint i = 0; i < chips->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (chips, i);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (chip, gtk_widget_get_parent (chip), &bounds));
      /* Whole across: the row wraps rather than running off the side. */
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (gtk_widget_get_parent (chip)));
      g_assert_cmpint (gtk_widget_get_width (gtk_widget_get_parent (chip)), <=, gtk_widget_get_width (scroller));
      g_hash_table_add (lines, GINT_TO_POINTER ((int) bounds.origin.y));
    }
  g_assert_cmpuint (g_hash_table_size (lines), >, 1);

  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  if (gtk_adjustment_get_upper (vadjustment) > gtk_adjustment_get_page_size (vadjustment))
    {
      /* More lines than shown: a scrollbar says so. */
      g_assert_false (gtk_scrolled_window_get_overlay_scrolling (GTK_SCROLLED_WINDOW (scroller)));
      g_assert_true (gtk_widget_get_visible (gtk_scrolled_window_get_vscrollbar (GTK_SCROLLED_WINDOW (scroller))));
      g_assert_cmpuint (g_hash_table_size (lines), >, 3);
    }
  /* The last chip, by keyboard: in view. */
  last = g_ptr_array_index (chips, chips->len - 1);
  g_assert_true (gtk_widget_grab_focus (last));
  g_assert_true (ui_test_wait_until (in_view, (gpointer[]) { last, scroller }, 5000));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shortcuts window writes keys as a keyboard does ("Page Down", not the X key name
 * "Page_Down") and says what Home does when presenting: the title slide (reviewer F16). */
static void
test_window_shortcuts_keys (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 800);
  GtkWidget *shortcuts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  shortcuts = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (shortcuts);
  g_assert_null (ui_test_find_label (shortcuts, "Page_Down"));
  g_assert_null (ui_test_find_label (shortcuts, "Page_Up"));
  g_assert_nonnull (ui_test_find_label (shortcuts, "Page Down"));
  g_assert_nonnull (ui_test_find_label (shortcuts, "Page Up"));
  g_assert_nonnull (ui_test_find_label (shortcuts, "Title slide or last event"));
  gtk_window_close (GTK_WINDOW (shortcuts));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The List sorts from the keyboard too: its Sort By menu button (a Tab stop, unlike
 * GTK 4.8's column headers) offers every column's sort, both ways (reviewer F19). */
static void
test_window_list_keyboard_sort (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  GtkSingleSelection *selection = list_model (window);
  GtkWidget *list = ui_test_find (GTK_WIDGET (window), "ChronicleEventList", NULL, NULL);
  GtkWidget *sort = ui_test_find_menu_button (list, "_Sort By");
  GMenuModel *menu;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (selection)), items = 0;

  g_assert_nonnull (sort);
  g_assert_true (ui_test_is_mapped (sort));
  g_assert_true (gtk_widget_get_focusable (gtk_widget_get_first_child (sort)));
  /* Four columns, each way: every item one of them. */
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (sort));
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      GMenuModel *section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;

          g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action));
          g_assert_cmpstr (action, ==, "list.sort");
          items++;
        }
      g_object_unref (section);
    }
  g_assert_cmpuint (items, ==, 8);

  /* Title, Z to A, as its menu item does it. */
  g_assert_true (gtk_widget_activate_action (sort, "list.sort", "(sb)", "title", TRUE));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, n);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(ChronicleEvent) a = g_list_model_get_item (G_LIST_MODEL (selection), i - 1);
      g_autoptr(ChronicleEvent) b = g_list_model_get_item (G_LIST_MODEL (selection), i);

      g_assert_cmpint (g_utf8_collate (chronicle_event_get_title (a), chronicle_event_get_title (b)), >=, 0);
    }
  /* Date, earliest first: time order again. */
  g_assert_true (gtk_widget_activate_action (sort, "list.sort", "(sb)", "date", FALSE));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(ChronicleEvent) a = g_list_model_get_item (G_LIST_MODEL (selection), i - 1);
      g_autoptr(ChronicleEvent) b = g_list_model_get_item (G_LIST_MODEL (selection), i);

      g_assert_cmpint (chronicle_event_get_first_day (a), <=, chronicle_event_get_first_day (b));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
allocated_width (gpointer data)
{
  GtkWidget *widget = data;

  /* (within the width asked for: less the window's own border) */
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0 &&
         gtk_widget_get_width (widget) <= GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "test-width"));
}

/* @widget lies wholly inside @window (not cut by its right edge). */
static void
assert_inside (GtkWidget *widget,
               GtkWidget *window)
{
  graphene_rect_t bounds;

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (window));
}

/* With 200 % text (GNOME's Large Text doubled) the window fits half a 1280 screen:
 * its minimum width was 895 px, set by the row of year buttons (and the problems
 * banner's sentence), and in a 600 px space the main menu, the window buttons and
 * "Years…" lay past the screen's edge (reviewer F25). */
static void
test_window_narrow_large_text (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  ChronicleWindow *window;
  int dpi, min;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 96 * 2 * 1024, NULL);
  window = ui_test_open_bundled (600, 800);
  g_object_set_data (G_OBJECT (window), "test-width", GINT_TO_POINTER (600));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 600);
  g_assert_true (ui_test_wait_until (allocated_width, window, 5000));
  assert_inside (ui_test_find_menu_button (GTK_WIDGET (window), NULL), GTK_WIDGET (window));
  assert_inside (ui_test_find_menu_button (GTK_WIDGET (window), "Years…"), GTK_WIDGET (window));
  assert_inside (ui_test_find_text (GTK_WIDGET (window), "2023"), GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv);

  g_test_add_func ("/chronicle/ui/window/filters", test_window_filters);
  g_test_add_func ("/chronicle/ui/window/search-enter", test_window_search_enter);
  g_test_add_func ("/chronicle/ui/window/open-filter", test_window_open_filter);
  g_test_add_func ("/chronicle/ui/window/years-tooltip", test_window_years_tooltip);
  g_test_add_func ("/chronicle/ui/window/years-en-dash", test_window_years_en_dash);
  g_test_add_func ("/chronicle/ui/window/selection", test_window_selection);
  g_test_add_func ("/chronicle/ui/window/list", test_window_list);
  g_test_add_func ("/chronicle/ui/window/list-columns-readable", test_window_list_columns_readable);
  g_test_add_func ("/chronicle/ui/window/list-display-dates", test_window_list_display_dates);
  g_test_add_func ("/chronicle/ui/window/sidebar-links-once", test_window_sidebar_links_once);
  g_test_add_func ("/chronicle/ui/window/bad-file", test_window_bad_file);
  g_test_add_func ("/chronicle/ui/window/bad-events-left-out", test_window_bad_events_left_out);
  g_test_add_func ("/chronicle/ui/window/reload", test_window_reload);
  g_test_add_func ("/chronicle/ui/window/pickers-follow-data", test_window_pickers_follow_data);
  g_test_add_func ("/chronicle/ui/window/reload-keeps-filters", test_window_reload_keeps_filters);
  g_test_add_func ("/chronicle/ui/window/partner-counts", test_window_partner_counts);
  g_test_add_func ("/chronicle/ui/window/reload-symlink", test_window_reload_symlink);
  g_test_add_func ("/chronicle/ui/window/narrow", test_window_narrow);
  g_test_add_func ("/chronicle/ui/window/header-title", test_window_header_title);
  g_test_add_func ("/chronicle/ui/window/narrow-chips", test_window_narrow_chips);
  g_test_add_func ("/chronicle/ui/window/chips-no-band", test_window_chips_no_band);
  g_test_add_func ("/chronicle/ui/window/recent-files", test_window_recent_files);
  g_test_add_func ("/chronicle/ui/window/slow-file", test_window_slow_file);
  g_test_add_func ("/chronicle/ui/window/about-dataset", test_window_about_dataset);
  g_test_add_func ("/chronicle/ui/window/markup-is-text", test_window_markup_is_text);
  /* Opens good.json: after recent-files, which expects it not to be there yet. */
  g_test_add_func ("/chronicle/ui/window/requests", test_window_requests);
  g_test_add_func ("/chronicle/ui/window/list-keyboard-sort", test_window_list_keyboard_sort);
  g_test_add_func ("/chronicle/ui/window/narrow-large-text", test_window_narrow_large_text);
  g_test_add_func ("/chronicle/ui/window/shortcuts-keys", test_window_shortcuts_keys);

  return ui_test_run ();
}
