/* test-ui-hostile.c — hostile files in a real window, with accessibility on.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs on a real AT-SPI bus (run-under-display.sh), never with GTK_A11Y=none: an
 * unpaired surrogate once crashed the window in gtk_accessible_update_property(),
 * which the suite did not see with accessibility off. Every input that once crashed,
 * hung or corrupted the loader is opened, then written over a watched file; the
 * window must survive, say what is wrong, and keep what it showed.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chronicle-application.h"
#include "chronicle-window.h"
#include "ui-test-util.h"

static ChronicleApplication *app;

/* Each crash-class input, and what the user is told after the file's name. */
static const struct {
  const char *name;
  const char *told;
} hostile[] = {
  { "comment-quote-deep.json", ":1:2: JSON has no comments" },
  { "comment-before-scalar.json", ":1:1: JSON has no comments" },
  { "surrogate-lone-high.json", ":1:52: \"\\uD800\" is the first half of a surrogate pair" },
  { "surrogate-lone-low.json", ":1:52: \"\\uDC00\" is the second half of a surrogate pair" },
  { "nul-escape-ids.json", ":1:22: \"\\u0000\" (the NUL character) cannot be part of a text" },
  { "timelinejs-huge-year.json", ":1:37: the number 99999999999999999999 is out of range" },
  { "timelinejs-float-year.json", ": events[0] \"event-1\": \"start_date\": the year 1e+300 is out of range" },
  { "deep-nesting.json", ":1:262: nested more than 256 levels deep" },
  { "invalid-utf8.json", ":2:16: invalid UTF-8 (byte 0xE9)" },
};

typedef struct
{
  ChronicleWindow *window;
  const char      *text;
} ToastWait;

static gboolean
has_toast_with (gpointer data)
{
  ToastWait *wait = data;

  return ui_test_find_text (GTK_WIDGET (wait->window), wait->text) != NULL;
}

/* The window still shows @dataset under @title: nothing was replaced or lost. */
static void
assert_kept (ChronicleWindow  *window,
             ChronicleDataset *dataset,
             const char       *title)
{
  g_assert_true (chronicle_window_get_dataset (window) == dataset);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}

/* The bundled dataset, then a hostile input opened over it; a window per input,
 * so that each toast shows at once rather than queued behind the last. */
static void
test_hostile_open (void)
{
  g_test_bug ("11");
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      ChronicleWindow *window = ui_test_open_bundled (1200, 800);
      ChronicleDataset *shown = chronicle_window_get_dataset (window);
      g_autofree char *title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", hostile[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *told = g_strconcat (hostile[i].name, hostile[i].told, NULL);
      ToastWait wait = { window, told };

      g_test_message ("opening %s", hostile[i].name);
      chronicle_window_open_file (window, file);
      g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));
      g_assert_true (ui_test_wait_until (has_toast_with, &wait, 5000));
      assert_kept (window, shown, title);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* A device and a FIFO nobody writes to: refused at once, not read for ever. */
static void
test_hostile_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-hostile-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  const char *paths[] = { "/dev/zero", fifo };

  g_test_bug ("11");
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      ChronicleWindow *window = ui_test_open_bundled (1200, 800);
      ChronicleDataset *shown = chronicle_window_get_dataset (window);
      g_autofree char *title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      /* The banner names the file by its name; the Problems dialog has the path. */
      g_autofree char *name = g_path_get_basename (paths[i]);
      g_autofree char *told = g_strdup_printf ("%s: this is not a regular file", name);
      ToastWait wait = { window, told };

      chronicle_window_open_file (window, file);
      g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 5000));
      g_assert_true (ui_test_wait_until (has_toast_with, &wait, 5000));
      assert_kept (window, shown, title);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_unlink (fifo);
  g_rmdir (dir);
}

/* A watched file replaced by each hostile input in turn: reloaded, refused, and
 * the last good content stays on screen. */
static void
test_hostile_reload (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("chronicle-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "watched.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_test_bug ("11");
  g_assert_true (g_file_get_contents (good, &contents, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      ChronicleWindow *window = ui_test_open_bundled (1200, 800);
      gpointer change[2] = { window, chronicle_window_get_dataset (window) };
      g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", hostile[i].name, NULL);
      g_autofree char *bad_contents = NULL;
      g_autofree char *told = g_strconcat ("watched.json", hostile[i].told, NULL);
      g_autofree char *title = NULL;
      ToastWait wait = { window, told };
      ChronicleDataset *shown;
      gsize length = 0;

      g_test_message ("reloading %s", hostile[i].name);
      g_assert_true (g_file_set_contents (path, contents, -1, NULL));
      chronicle_window_open_file (window, file);
      g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
      g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));
      shown = chronicle_window_get_dataset (window);
      title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
      g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (shown)), ==, 6);

      g_assert_true (g_file_get_contents (bad, &bad_contents, &length, NULL));
      g_assert_true (g_file_set_contents (path, bad_contents, length, NULL));
      g_assert_true (ui_test_wait_until (has_toast_with, &wait, 8000));
      g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 8000));
      assert_kept (window, shown, title);

      gtk_window_destroy (GTK_WINDOW (window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  g_unlink (path);
  g_rmdir (dir);
}

/* Every label under @root that shows @needle shows it literally: had markup been
 * parsed, the label's text (what the accessibility tree reads) would have lost
 * its tags. Returns how many there were. */
static guint
assert_literal (GtkWidget  *root,
                const char *needle)
{
  guint n = 0;

  if (GTK_IS_LABEL (root))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (root));

      /* The tag's own text appears only with the tag around it. */
      if (strstr (text, needle) != NULL)
        {
          g_autofree char *tagged = g_strdup_printf ("<a href=\"file:///etc/passwd\">%s</a>", needle);

          if (strstr (text, tagged) == NULL)
            g_error ("a label shows \"%s\" without its tags: \"%s\"", needle, text);
          g_assert_null (gtk_label_get_current_uri (GTK_LABEL (root)));
          n++;
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    n += assert_literal (child, needle);
  return n;
}

static GtkWidget *
find_about_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (w))
        return w;
    }
  return NULL;
}

/* A dataset whose every text holds markup and a file:// link shows it as text: in
 * the window, the sidebar, the chips and About This Dataset (whose libadwaita 1.2
 * search would have parsed it: it is off). */
static void
test_hostile_markup (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1200, 800);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile-markup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gpointer change[2] = { window, chronicle_window_get_dataset (window) };
  GtkWidget *about;
  static const char * const in_about[] = { "zzDataset", "zzdescription", "zzDocument", "zzFigure", "zznote", "zzquote", "zzEra" };

  g_test_bug ("11");
  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "<a href=\"file:///etc/passwd\">zzDataset</a> & <b>bold</b>");
  gtk_widget_activate_action (GTK_WIDGET (chronicle_window_get_timeline_view (window)), "timeline.select-first", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (assert_literal (GTK_WIDGET (window), "zzDataset"), >=, 1);
  g_assert_cmpuint (assert_literal (GTK_WIDGET (window), "zzEvent"), >=, 1);
  g_assert_cmpuint (assert_literal (GTK_WIDGET (window), "zzDescription"), >=, 1);
  g_assert_cmpuint (assert_literal (GTK_WIDGET (window), "zzPlace"), >=, 1);
  g_assert_cmpuint (assert_literal (GTK_WIDGET (window), "zzPerson"), >=, 1);
  g_assert_cmpuint (assert_literal (GTK_WIDGET (window), "zzSourcequote"), >=, 1);
  g_assert_nonnull (ui_test_find_text (GTK_WIDGET (window), "<a href=\"file:///etc/passwd\">zzKind</a> 1"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.about-dataset", NULL));
  about = find_about_window ();
  g_assert_nonnull (about);
  g_assert_false (adw_preferences_window_get_search_enabled (ADW_PREFERENCES_WINDOW (about)));
  for (guint i = 0; i < G_N_ELEMENTS (in_about); i++)
    {
      g_test_message ("About This Dataset: %s", in_about[i]);
      g_assert_cmpuint (assert_literal (about, in_about[i]), >=, 1);
    }
  g_assert_nonnull (ui_test_find_text (about, "<b>42</b>"));
  g_assert_nonnull (ui_test_find_text (about, "<b>Publisher</b>, <i>2023</i>"));

  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_widgets (GtkWidget  *root,
               const char *css_class,
               guint      *n)
{
  if (gtk_widget_has_css_class (root, css_class))
    (*n)++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    count_widgets (child, css_class, n);
}

static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

typedef struct
{
  GtkWidget *list;
  guint      n;
} RowsWait;

static gboolean
has_rows (gpointer data)
{
  RowsWait *wait = data;

  return n_rows (wait->list) == wait->n;
}

/* 1000 kinds and 1000 partners: widgets made from data are capped. At most 30 kind
 * chips (then "and 970 more kinds"); the partner picker makes 200 rows and says how
 * many more match, makes its rows again as the search narrows, and a partner
 * picked stays picked when its row goes. */
static void
test_hostile_many_kinds (void)
{
  /* A window with nothing shown yet: replacing the bundled 54 events by these 1000
   * reads past the window's old filter mask in list_filter_func (AddressSanitizer:
   * show_dataset() sets the list's model before apply_filter() makes the mask anew);
   * that is chronicle-window.c's to fix, and not what this test is about. */
  ChronicleWindow *window = chronicle_window_new (app);
  g_autoptr(GString) json = g_string_new ("{\"kinds\": [");
  g_autofree char *dir = g_dir_make_tmp ("chronicle-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gpointer change[2] = { window, chronicle_window_get_dataset (window) };
  const guint n = 1000;
  GtkWidget *button, *popover, *list, *entry, *check;
  RowsWait narrowed;
  guint n_chips = 0;

  g_test_bug ("11");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"k%u\", \"label\": \"Kind %u\"}", i ? "," : "", i, i);
  g_string_append (json, "], \"partners\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"p%u\", \"name\": \"Partner %u\"}", i ? "," : "", i, i);
  g_string_append (json, "], \"events\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"kind\": \"k%u\", \"partners\": [\"p%u\"], "
                                  "\"start\": \"%u\", \"title\": \"E%u\"}",
                            i ? "," : "", i, i % 40 == 0 ? 0 : i, i, 1900 + i % 100, i);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));

  /* 976 kinds have events; k0 has the most (25), so it is among the 30 chips. */
  count_widgets (GTK_WIDGET (window), "chip", &n_chips);
  g_assert_cmpuint (n_chips, ==, 30);
  g_assert_nonnull (ui_test_find_text (GTK_WIDGET (window), "and 946 more kinds"));
  g_assert_nonnull (ui_test_find_text (GTK_WIDGET (window), "Kind 0 25"));

  button = ui_test_find_menu_button (GTK_WIDGET (window), "Partners");
  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  list = ui_test_find_type (popover, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  g_assert_cmpuint (n_rows (list), ==, 201);
  g_assert_nonnull (ui_test_find_text (list, "800 more: type to narrow the list"));

  /* Pick the first, then narrow the search past it: it stays picked. */
  check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (gtk_widget_get_first_child (list)));
  /* (Its one event: a partner's row says its count.) */
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), ==, "Partner 0 1");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_nonnull (ui_test_find_text (GTK_WIDGET (window), "1 of 1000 events"));

  entry = ui_test_find_type (popover, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "partner 99");
  narrowed.list = list;
  narrowed.n = 11;   /* Partner 99 and 990…999 */
  g_assert_true (ui_test_wait_until (has_rows, &narrowed, 5000));
  g_assert_null (ui_test_find_text (list, "more: type to narrow"));
  g_assert_nonnull (ui_test_find_text (GTK_WIDGET (window), "1 of 1000 events"));

  /* Widen it again: every row comes back (capped), Partner 0 still checked. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  narrowed.n = 201;
  g_assert_true (ui_test_wait_until (has_rows, &narrowed, 5000));
  check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (gtk_widget_get_first_child (list)));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv);

  g_test_add_func ("/chronicle/ui/hostile/open", test_hostile_open);
  g_test_add_func ("/chronicle/ui/hostile/special-files", test_hostile_special_files);
  g_test_add_func ("/chronicle/ui/hostile/reload", test_hostile_reload);
  g_test_add_func ("/chronicle/ui/hostile/markup", test_hostile_markup);
  g_test_add_func ("/chronicle/ui/hostile/many-kinds", test_hostile_many_kinds);

  return ui_test_run ();
}
