/* test-ui-problems.c — problems that last, and the classroom comforts, in the real window
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file with errors or warnings leaves a banner until dismissed, and its Problems
 * dialog lists and copies every problem; a reload into a broken file keeps the data
 * and says the file on disk is broken. The export dialog remembers its choices across
 * a restart and proposes a name from the title; its toast offers to open the file.
 * Recent files show their real names; Open Sample Timeline returns to the bundled
 * dataset.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "chronicle-application.h"
#include "chronicle-export-dialog.h"
#include "chronicle-presentation-caption.h"

#include <cairo.h>
#include "chronicle-problems-dialog.h"
#include "chronicle-window.h"
#include "ui-test-util.h"

static ChronicleApplication *app;

static gboolean
is_button (GtkWidget     *widget,
           gconstpointer  unused)
{
  return GTK_IS_BUTTON (widget);
}

static gboolean
is_banner (GtkWidget     *widget,
           gconstpointer  unused)
{
  return gtk_widget_has_css_class (widget, "problems-banner");
}

static GtkWidget *
banner_of (ChronicleWindow *window)
{
  GtkWidget *banner = ui_test_find_where (GTK_WIDGET (window), is_banner, NULL);

  g_assert_nonnull (banner);
  return banner;
}

/* The banner is up, and one of its labels shows @text exactly. */
static gboolean
banner_says (gpointer data)
{
  GtkWidget *banner = banner_of (((gpointer *) data)[0]);

  return gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))) &&
         ui_test_find_label (banner, ((gpointer *) data)[1]) != NULL;
}

static gboolean
banner_shown (ChronicleWindow *window)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner_of (window))));
}

static gboolean
load_settled (gpointer window)
{
  return !chronicle_window_is_loading (window);
}

/* The Problems dialog the window shows now, if any. */
static ChronicleProblemsDialog *
find_problems_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (CHRONICLE_IS_PROBLEMS_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return CHRONICLE_PROBLEMS_DIALOG (window);
    }
  return NULL;
}

typedef struct { char *text; gboolean done; } ClipboardRead;

static void
on_clipboard_read_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ClipboardRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

static gboolean
clipboard_read (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

/* What a paste would paste. */
static char *
dup_clipboard_text (GtkWidget *widget)
{
  ClipboardRead read = { NULL, FALSE };

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_read_cb, &read);
  g_assert_true (ui_test_wait_until (clipboard_read, &read, 5000));
  return read.text;
}

/* Clicks the copy button of the problem row that shows @text. */
static void
copy_row_with (ChronicleProblemsDialog *dialog,
               const char              *text)
{
  GtkWidget *label = ui_test_find_label (GTK_WIDGET (dialog), text);
  GtkWidget *row = label ? gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW) : NULL;
  GtkWidget *button;

  g_assert_nonnull (row);
  button = ui_test_find_where (row, is_button, NULL);   /* the row's one button */
  g_assert_nonnull (button);
  /* What a click does. */
  g_assert_true (gtk_widget_activate_action_variant (button, gtk_actionable_get_action_name (GTK_ACTIONABLE (button)),
                                                     gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button))));
}

/* A file with three errors: the banner counts them and shows the first; Show
 * Problems lists all three with their places, each copyable, and Copy All copies
 * them all. What was shown stays. */
static void
test_problems_three_errors (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  ChronicleDataset *before = chronicle_window_get_dataset (window);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "three-errors.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture);
  /* Problems name the file as GIO spells its path. */
  g_autofree char *path = g_file_get_path (file);
  gpointer says[2] = { window, "“three-errors.json” was not opened: it has 3 errors" };
  ChronicleProblemsDialog *dialog;
  /* The banner's first problem: its place, not the path (the dialog has that). */
  const char *first = "three-errors.json: events[0] \"no_start\": \"start\" is missing";
  const char *place_2 = "three-errors.json: events[1] \"bad_month\"";
  g_autofree char *line_2 = g_strdup_printf ("%s: events[1] \"bad_month\": error: \"start\": \"2023-13\" is not a date (month 13)", path);
  g_autofree char *all = NULL;
  g_autofree char *copied = NULL;
  g_auto(GStrv) lines = NULL;

  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));
  g_assert_true (ui_test_wait_until (banner_says, says, 3000));
  g_assert_true (chronicle_window_get_dataset (window) == before);
  {
    gpointer detail[2] = { window, (gpointer) first };
    g_assert_true (banner_says (detail));
  }

  g_assert_null (find_problems_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL));
  dialog = find_problems_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (chronicle_problems_dialog_get_n_rows (dialog), ==, 3);
  /* Each row: its place and what is wrong there. */
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), place_2));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), "\"start\" is missing"));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), "\"start\": \"2023-13\" is not a date (month 13)"));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), "\"title\" must be a string, not a number"));

  /* One row copied: as `chronicle --check` prints it. */
  copy_row_with (dialog, place_2);
  copied = dup_clipboard_text (GTK_WIDGET (dialog));
  g_assert_cmpstr (copied, ==, line_2);

  /* Copy All: the three, one a line, in the file's order. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "problems.copy-all", NULL));
  all = dup_clipboard_text (GTK_WIDGET (dialog));
  lines = g_strsplit (all, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_suffix (lines[0], "events[0] \"no_start\": error: \"start\" is missing"));
  g_assert_cmpstr (lines[1], ==, line_2);
  g_assert_true (g_str_has_suffix (lines[2], "events[2] \"number_title\": error: \"title\" must be a string, not a number"));
  g_assert_cmpstr (lines[3], ==, "");

  /* Escape closes it: the key's action is there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (find_problems_dialog ());

  /* Dismissed, it goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-problems", NULL));
  g_assert_false (banner_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file that loads with warnings: shown, and the banner says how many until
 * dismissed; a file without problems next takes it away. */
static void
test_problems_warnings (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  ChronicleDataset *before = chronicle_window_get_dataset (window);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "two-warnings.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gpointer says[2] = { window, "“two-warnings.json” opened with 2 warnings" };
  ChronicleProblemsDialog *dialog;

  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));
  g_assert_true (chronicle_window_get_dataset (window) != before);
  g_assert_true (ui_test_wait_until (banner_says, says, 3000));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL));
  dialog = find_problems_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (chronicle_problems_dialog_get_n_rows (dialog), ==, 2);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), "unknown member \"colour\" ignored"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The bundled dataset has no problems. */
  before = chronicle_window_get_dataset (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, (gpointer[]) { window, before }, 10000));
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));
  g_assert_true (chronicle_window_get_dataset (window) != before);
  g_assert_false (banner_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* A file that opens without its events that have errors: the banner counts the
 * events left out, names the file by its name (not its folder), and its first
 * problem says where in the file; the path is in the Problems dialog. */
static void
test_problems_left_out (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "some-bad-events.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = g_path_get_dirname (path);
  gpointer says[2] = { window, "5 events in “some-bad-events.json” have errors and were left out" };
  gpointer detail[2] = { window, "some-bad-events.json: events[1] \"bad-month\": \"start\": \"2020-13-01\" is not a date (month 13)" };
  ChronicleProblemsDialog *dialog;

  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));
  g_assert_true (ui_test_wait_until (banner_says, says, 3000));
  g_assert_true (banner_says (detail));
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (chronicle_window_get_dataset (window))), ==, 3);
  /* No label of the banner shows the folder. */
  g_assert_null (ui_test_find_where (banner_of (window), is_label_containing, dir));
  /* The banner's button is there, and says what it does. */
  g_assert_nonnull (ui_test_find_where (banner_of (window), is_label_containing, "Show Problems"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL));
  dialog = find_problems_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (chronicle_problems_dialog_get_n_rows (dialog), ==, 5);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file that is shown turns broken on disk: it is reloaded, refused, the data stays,
 * and the banner says the file on disk is broken, with its three errors listed. */
static void
test_problems_bad_reload (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  const char *clean = "{\"events\": [{\"id\": \"x\", \"start\": \"2020\", \"title\": \"X\"}]}";
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "three-errors.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("chronicle-problems-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "events.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gpointer says[2] = { window, "“events.json” on disk has 3 errors; the timeline shows its last valid version" };
  gpointer change[2] = { window, chronicle_window_get_dataset (window) };
  ChronicleDataset *loaded;
  ChronicleProblemsDialog *dialog;

  g_assert_true (g_file_set_contents (path, clean, -1, NULL));
  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));
  loaded = chronicle_window_get_dataset (window);
  g_assert_false (banner_shown (window));

  g_assert_true (g_file_get_contents (bad, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_true (ui_test_wait_until (banner_says, says, 8000));
  g_assert_true (chronicle_window_get_dataset (window) == loaded);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (loaded)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL));
  dialog = find_problems_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (chronicle_problems_dialog_get_n_rows (dialog), ==, 3);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), says[1]));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (path);
  g_rmdir (dir);
}

static ChronicleExportDialog *
open_export_dialog (ChronicleWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (CHRONICLE_IS_EXPORT_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return CHRONICLE_EXPORT_DIALOG (toplevel);
    }
  g_assert_not_reached ();
}

/* The dialog's drop-down after the label @mnemonic ("_Format"). */
static GtkDropDown *
drop_of (ChronicleExportDialog *dialog,
         const char            *mnemonic)
{
  GtkWidget *label = ui_test_find_label (GTK_WIDGET (dialog), mnemonic);

  g_assert_nonnull (label);
  return GTK_DROP_DOWN (gtk_label_get_mnemonic_widget (GTK_LABEL (label)));
}

static gboolean
is_open_button (GtkWidget     *widget,
                gconstpointer  uri)
{
  GVariant *target;

  if (!GTK_IS_BUTTON (widget) || g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.launch-file") != 0)
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri);
}

/* The export dialog keeps format, size and range. A restart is a new window with a
 * new GSettings object, after the first window and its settings are gone: all it
 * knows of the last export is what GSettings gives back (the suite runs with
 * GSETTINGS_BACKEND=memory, one store for the process, as dconf is one for the
 * session). It proposes a file name from the title, and its toast offers to open
 * what it saved. */
static void
test_export_remembers (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  ChronicleExportDialog *dialog;
  g_autofree char *dir = g_dir_make_tmp ("chronicle-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "export.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *name = NULL;

  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_reset (settings, "export-format");
    g_settings_reset (settings, "export-size");
    g_settings_reset (settings, "export-range");
  }

  dialog = open_export_dialog (window);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_of (dialog, "Format")), ==, 0);
  name = chronicle_export_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "Vietnams-diplomacy-2021-2023.png");
  /* The dialog says what the format writes: a spreadsheet is not drawn. */
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Draws the timeline with its title, a legend and its sources.");
  gtk_drop_down_set_selected (drop_of (dialog, "Format"), 3);   /* CSV */
  /* … and what a spreadsheet cannot hold. */
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                                   "Writes every event of the dataset, whatever the filters and the range, "
                                   "with Chronicle’s Place, People, Partners and Sources columns"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "A spreadsheet cannot hold the translations"));
  gtk_drop_down_set_selected (drop_of (dialog, "Format"), 2);   /* PDF */
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Draws the timeline with its title, a legend and its sources.");
  gtk_drop_down_set_selected (drop_of (dialog, "Size"), 2);     /* A3 */
  gtk_drop_down_set_selected (drop_of (dialog, "Range"), 1);    /* Everything */
  g_clear_pointer (&name, g_free);
  name = chronicle_export_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "Vietnams-diplomacy-2021-2023.pdf");
  /* The title as shown: in Vietnamese, its letters kept (composed, NFC). */
  chronicle_session_set_language (chronicle_window_get_session (window), "vi");
  g_clear_pointer (&name, g_free);
  name = chronicle_export_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "Ngoại-giao-Việt-Nam-2021-2023.pdf");
  chronicle_session_set_language (chronicle_window_get_session (window), NULL);
  chronicle_export_dialog_export_to_file (dialog, file);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Saved, and the toast's Open button opens that file. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (ui_test_find_where (GTK_WIDGET (window), is_open_button, uri));

  /* Restart. */
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  window = ui_test_open_bundled (1280, 720);
  dialog = open_export_dialog (window);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_of (dialog, "Format")), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_of (dialog, "Size")), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_of (dialog, "Range")), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));

  g_unlink (path);
  g_rmdir (dir);
}

/* A picture of everything at the screen's size, of a file whose rows do not fit
 * 1920 × 1080 at a readable size (120 events on one day): the image is saved as
 * tall as they need (never refused, never with events left out) and the toast says
 * so. */
static void
test_export_image_taller (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  ChronicleExportDialog *dialog;
  g_autofree char *dir = g_dir_make_tmp ("chronicle-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "everything.png", NULL);
  g_autofree char *crowded = g_build_filename (dir, "crowded.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) crowded_file = g_file_new_for_path (crowded);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GString) json = g_string_new ("{\"format\": \"chronicle/1\", \"title\": \"Crowded\", "
                                          "\"kinds\": [{\"id\": \"k\", \"label\": \"Meeting\"}], \"events\": [");
  gpointer change[2] = { window, chronicle_window_get_dataset (window) };
  cairo_surface_t *png;

  for (guint i = 0; i < 120; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"kind\": \"k\", \"start\": \"2023-05-01\", "
                            "\"title\": \"Meeting number %u of the week's long conference\"}",
                            i > 0 ? ", " : "", i, i);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (crowded, json->str, -1, NULL));
  chronicle_window_open_file (window, crowded_file);
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));

  dialog = open_export_dialog (window);
  gtk_drop_down_set_selected (drop_of (dialog, "Format"), 0);   /* PNG */
  gtk_drop_down_set_selected (drop_of (dialog, "Size"), 0);     /* Screen, 1920 × 1080 */
  gtk_drop_down_set_selected (drop_of (dialog, "Range"), 1);    /* Everything */
  chronicle_export_dialog_export_to_file (dialog, file);
  gtk_window_destroy (GTK_WINDOW (dialog));

  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (png), >, 1080);
  cairo_surface_destroy (png);
  g_assert_nonnull (ui_test_find_where (GTK_WIDGET (window), is_open_button, uri));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL,
                                  "Saved “everything.png”, taller than the size chosen so that every event fits"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_unlink (crowded);
  g_rmdir (dir);
}

static gboolean
is_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return TRUE;
    }
  return FALSE;
}

/* Chosen years with no events (the bundled dataset is 2021–2023): Export says so in a
 * toast, before a file is chosen, and writes no empty frame; a save that gets there
 * anyway (the file chooser's answer) writes nothing and says the same. */
static void
test_export_no_events (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  ChronicleExportDialog *dialog;
  g_autofree char *dir = g_dir_make_tmp ("chronicle-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *said = "There are no events in 1990–1995, so there is nothing to export";
  GtkWidget *from, *to;

  dialog = open_export_dialog (window);
  gtk_drop_down_set_selected (drop_of (dialog, "Format"), 2);   /* PDF */
  gtk_drop_down_set_selected (drop_of (dialog, "Range"), 2);    /* Chosen years */
  from = ui_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON);
  to = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (from));
  g_assert_true (GTK_IS_SPIN_BUTTON (to));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (from), 1990);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (to), 1995);

  /* The save reached with such a range. */
  chronicle_export_dialog_export_to_file (dialog, file);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, said));

  /* Export: the toast, and no file chooser. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "export");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (is_file_chooser ());
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), "GtkLabel", NULL, said));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_rmdir (dir);
}

/* Writes @contents to @path, opens it in @window and waits until it is shown and the
 * recent-files list knows it (once GIO has told it the file's type). */
static void
open_as_recent (ChronicleWindow *window,
                const char      *path,
                const char      *contents)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gpointer change[2] = { window, chronicle_window_get_dataset (window) };

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));
  g_assert_nonnull (chronicle_session_get_file (chronicle_window_get_session (window)));
  g_assert_true (ui_test_wait_until (ui_test_is_recent, file, 10000));
}

/* A recent file whose name has an underscore shows it (a menu reads "_" as the mark
 * of an access key); Open Sample Timeline, in the same menu, goes back to the bundled
 * dataset. */
static void
test_recent_underscore_and_sample (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("chronicle-recent-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "my_class_notes.json", NULL);
  g_autofree char *contents = NULL;
  GtkWidget *button = ui_test_find_menu_button (GTK_WIDGET (window), NULL);
  gpointer change[2] = { window, NULL };
  GtkWidget *popover;

  g_assert_true (g_file_get_contents (good, &contents, NULL, NULL));
  open_as_recent (window, path, contents);

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_nonnull (ui_test_find_label (popover, "my_class_notes.json"));
  g_assert_null (ui_test_find_label (popover, "myclass_notes.json"));
  g_assert_nonnull (ui_test_find_label (popover, "Open Sample Timeline"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  change[1] = chronicle_window_get_dataset (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));
  g_assert_null (chronicle_session_get_file (chronicle_window_get_session (window)));
  g_assert_cmpstr (chronicle_dataset_get_title (chronicle_window_get_dataset (window)), ==,
                   "Vietnam's diplomacy, 2021–2023: visits and relationship upgrades");

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (path);
  g_rmdir (dir);
}

/* Recent Files lists the spreadsheets Chronicle opened, not only its JSON files, and
 * not a JSON file another application opened (a package.json is no timeline). */
static void
test_recent_spreadsheet_not_others (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  g_autofree char *sheet = g_test_build_filename (G_TEST_DIST, "data", "sheet-template.csv", NULL);
  g_autofree char *dir = g_dir_make_tmp ("chronicle-recent-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "class_sheet.csv", NULL);
  g_autofree char *other_path = g_build_filename (dir, "package.json", NULL);
  g_autofree char *other_uri = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  GtkWidget *button = ui_test_find_menu_button (GTK_WIDGET (window), NULL);
  GtkRecentData data = { NULL, NULL, (char *) "application/json", (char *) "Text Editor",
                         (char *) "gnome-text-editor %u", NULL, FALSE };
  GtkWidget *popover;

  /* Another application's JSON file, more recent than anything Chronicle opened. */
  g_assert_true (g_file_set_contents (other_path, "{ \"name\": \"web-app\" }", -1, NULL));
  other_uri = g_file_get_uri (other);
  g_assert_true (gtk_recent_manager_add_full (gtk_recent_manager_get_default (), other_uri, &data));
  g_assert_true (ui_test_wait_until (ui_test_is_recent, other, 10000));

  g_assert_true (g_file_get_contents (sheet, &contents, NULL, NULL));
  open_as_recent (window, path, contents);

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_nonnull (ui_test_find_label (popover, "class_sheet.csv"));
  g_assert_null (ui_test_find_label (popover, "package.json"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (path);
  g_unlink (other_path);
  g_rmdir (dir);
}

/* Two recent files with the same name (a lesson's sheet in two classes' folders) are
 * told apart by their folders; a name used once is shown alone. */
static void
test_recent_same_name (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  g_autofree char *sheet = g_test_build_filename (G_TEST_DIST, "data", "sheet-template.csv", NULL);
  g_autofree char *dir_a = g_dir_make_tmp ("chronicle-recent-XXXXXX", NULL);
  g_autofree char *dir_b = g_dir_make_tmp ("chronicle-recent-XXXXXX", NULL);
  const char *dirs[2] = { dir_a, dir_b };
  g_autofree char *contents = NULL;
  GtkWidget *button = ui_test_find_menu_button (GTK_WIDGET (window), NULL);
  GtkWidget *popover;

  g_assert_true (g_file_get_contents (sheet, &contents, NULL, NULL));
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], "lesson.csv", NULL);

      open_as_recent (window, path, contents);
    }

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_null (ui_test_find_label (popover, "lesson.csv"));
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *label = g_strdup_printf ("lesson.csv — %s", dirs[i]);

      g_assert_nonnull (ui_test_find_label (popover, label));
    }
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], "lesson.csv", NULL);

      g_unlink (path);
      g_rmdir (dirs[i]);
    }
}

static gboolean
caption_shows (gpointer data)
{
  ChronicleWindow *window = ((gpointer *) data)[0];
  GtkWidget *caption = ui_test_find_type (GTK_WIDGET (window), CHRONICLE_TYPE_PRESENTATION_CAPTION);

  return caption != NULL && gtk_widget_get_visible (caption) &&
         ui_test_find_label (caption, ((gpointer *) data)[1]) != NULL;
}

/* A file fixed on disk while it is presented: the caption shows the text read again,
 * as the board does (it kept the old title until the teacher stepped away and back);
 * presenting with an event selected starts on it (it started on the title slide). */
static void
test_present_reload (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  const char *before = "{\"title\": \"Lesson one\", \"events\": [{\"id\": \"a\", \"start\": \"2020\", \"title\": \"First\"},"
                       " {\"id\": \"b\", \"start\": \"2021\", \"title\": \"Second\"}]}";
  const char *after = "{\"title\": \"Lesson one, fixed\", \"events\": [{\"id\": \"a\", \"start\": \"2020\", \"title\": \"First\"},"
                      " {\"id\": \"b\", \"start\": \"2021\", \"title\": \"Second\"}]}";
  g_autofree char *dir = g_dir_make_tmp ("chronicle-present-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lesson.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gpointer change[2] = { window, chronicle_window_get_dataset (window) };
  gpointer old_title[2] = { window, "Lesson one" };
  gpointer new_title[2] = { window, "Lesson one, fixed" };
  const char *fixed = "{\"title\": \"Lesson one, fixed\", \"events\": [{\"id\": \"a\", \"start\": \"2020\", \"title\": \"First\"},"
                      " {\"id\": \"b\", \"start\": \"2021\", \"title\": \"Second, fixed\"}]}";
  gpointer second[2] = { window, "Second" };
  gpointer second_fixed[2] = { window, "Second, fixed" };

  g_assert_true (g_file_set_contents (path, before, -1, NULL));
  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_true (chronicle_window_is_presenting (window));
  g_assert_true (ui_test_wait_until (caption_shows, old_title, 5000));

  change[1] = chronicle_window_get_dataset (window);
  g_assert_true (g_file_set_contents (path, after, -1, NULL));
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));
  g_assert_true (chronicle_window_is_presenting (window));
  g_assert_true (ui_test_wait_until (caption_shows, new_title, 5000));
  g_assert_false (caption_shows (old_title));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_false (chronicle_window_is_presenting (window));

  /* Presenting from the event selected (Shift+F5, --present --event) starts on it, not
   * on the title slide; fixed on disk, its caption follows too. */
  g_assert_true (chronicle_window_show_event (window, "b"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-from-event", NULL));
  g_assert_true (ui_test_wait_until (caption_shows, second, 5000));
  g_assert_false (caption_shows (new_title));
  change[1] = chronicle_window_get_dataset (window);
  g_assert_true (g_file_set_contents (path, fixed, -1, NULL));
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (caption_shows, second_fixed, 5000));
  g_assert_false (caption_shows (second));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
is_filter_bar (GtkWidget     *widget,
               gconstpointer  unused)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), "ChronicleFilterBar");
}

static gboolean
is_clear_button (GtkWidget     *widget,
                 gconstpointer  unused)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "C_lear Filters") == 0;
}

static gboolean
is_status (GtkWidget     *widget,
           gconstpointer  unused)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "filter-status");
}

/* @widget lies whole inside @bar, drawn at its natural width (nothing cut). */
static void
assert_whole_inside (GtkWidget *widget,
                     GtkWidget *bar)
{
  graphene_rect_t bounds;
  int natural = 0;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, bar, &bounds));
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (bar));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (bar));
  /* A measure counts the margins; bounds do not. */
  g_assert_cmpfloat (bounds.size.width + gtk_widget_get_margin_start (widget) + gtk_widget_get_margin_end (widget), >=,
                     natural);
}

/* The bar's layout has caught up with the larger text: its Clear Filters button is
 * allocated its natural width (no resize is pending). */
static gboolean
laid_out (gpointer bar)
{
  GtkWidget *clear = ui_test_find_where (bar, is_clear_button, NULL);
  graphene_rect_t bounds;
  int natural = 0;

  if (clear == NULL || !gtk_widget_get_mapped (clear) || !gtk_widget_compute_bounds (clear, bar, &bounds))
    return FALSE;
  gtk_widget_measure (clear, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return bounds.size.width >= natural;
}

/* With text at 200 % (GNOME's Large Text twice over) in a 1280×720 window, the filter
 * bar's controls wrap: Clear Filters and the count are whole and inside it. */
static void
test_filter_bar_large_text (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  int dpi = 0;
  ChronicleWindow *window;
  GtkWidget *bar;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 96 * 2 * 1024, NULL);
  window = ui_test_open_bundled (1280, 720);
  bar = ui_test_find_where (GTK_WIDGET (window), is_filter_bar, NULL);
  g_assert_nonnull (bar);
  g_assert_true (ui_test_wait_until (laid_out, bar, 5000));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1280);

  assert_whole_inside (ui_test_find_where (bar, is_clear_button, NULL), bar);
  assert_whole_inside (ui_test_find_where (bar, is_status, NULL), bar);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static gboolean
is_chips_scroller (GtkWidget     *widget,
                   gconstpointer  unused)
{
  return GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) == NULL;
}

static gboolean
chips_laid_out (gpointer scroller)
{
  GtkWidget *chips = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

  GtkWidget *box = chips != NULL && GTK_IS_VIEWPORT (chips) ? gtk_viewport_get_child (GTK_VIEWPORT (chips)) : chips;

  return gtk_widget_get_mapped (scroller) && gtk_widget_get_height (scroller) > 0 &&
         box != NULL && gtk_widget_get_last_child (box) != NULL &&
         gtk_widget_get_width (gtk_widget_get_last_child (box)) > 0;
}

static gboolean
chips_one_line_high (gpointer scroller)
{
  GtkWidget *chips = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *viewport_child = GTK_IS_VIEWPORT (chips) ? gtk_viewport_get_child (GTK_VIEWPORT (chips)) : chips;
  GtkWidget *chip = gtk_widget_get_first_child (viewport_child);

  int minimum = 0, natural = 0, line = 0;

  if (chip == NULL || gtk_widget_get_width (chip) <= 0)
    return FALSE;
  gtk_widget_measure (chip, GTK_ORIENTATION_VERTICAL, -1, NULL, &line, NULL, NULL);
  gtk_widget_measure (scroller, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (scroller), &minimum, &natural, NULL, NULL);
  return MAX (minimum, natural) <= line;
}

/* A dataset with a few kinds has one line of chips: the chips' scroller asks for that
 * line's height, no more (a scrollbar that may show made it ask for its own minimum, an
 * empty band under the chips; and after a file with two lines of chips, the room of
 * the second line stayed). */
static void
test_filter_bar_one_line_of_chips (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (good);
  gpointer change[2] = { window, chronicle_window_get_dataset (window) };
  GtkWidget *bar, *scroller;

  chronicle_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (ui_test_dataset_changed, change, 10000));
  g_assert_true (ui_test_wait_until (load_settled, window, 10000));
  bar = ui_test_find_where (GTK_WIDGET (window), is_filter_bar, NULL);
  g_assert_nonnull (bar);
  scroller = ui_test_find_where (bar, is_chips_scroller, NULL);
  g_assert_nonnull (scroller);
  g_assert_true (ui_test_wait_until (chips_laid_out, scroller, 5000));
  /* Every chip on the first line. */
  {
    GtkWidget *chips = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
    GtkWidget *box = GTK_IS_VIEWPORT (chips) ? gtk_viewport_get_child (GTK_VIEWPORT (chips)) : chips;
    GtkWidget *first = gtk_widget_get_first_child (box);
    graphene_rect_t a, b;

    g_assert_true (ui_test_wait_until (ui_test_is_mapped, gtk_widget_get_last_child (box), 5000));
    g_assert_true (gtk_widget_compute_bounds (first, box, &a));
    g_assert_true (gtk_widget_compute_bounds (gtk_widget_get_last_child (box), box, &b));
    g_assert_cmpfloat (a.origin.y, ==, b.origin.y);
  }
  g_assert_true (ui_test_wait_until (chips_one_line_high, scroller, 5000));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
is_partners_picker (GtkWidget     *widget,
                    gconstpointer  unused)
{
  return GTK_IS_MENU_BUTTON (widget) && g_str_equal (G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)), "ChronicleFilterPicker") &&
         g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), "Partners") == 0;
}

static gboolean
is_check_starting (GtkWidget     *widget,
                   gconstpointer  prefix)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_str_has_prefix (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), prefix);
}

/* The Partners list offers the partners events name, not those the file only declares
 * (Russia, India: ticking one dimmed the whole board); a screen reader hears whether
 * each row is ticked. */
static void
test_partners_picker (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  GtkWidget *button = ui_test_find_where (GTK_WIDGET (window), is_partners_picker, NULL);
  GtkPopover *popover;
  GtkWidget *us, *row;
  char *problem;

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_nonnull (ui_test_find_where (GTK_WIDGET (popover), is_check_starting, "China"));
  g_assert_null (ui_test_find_where (GTK_WIDGET (popover), is_check_starting, "Russia"));
  g_assert_null (ui_test_find_where (GTK_WIDGET (popover), is_check_starting, "India"));
  us = ui_test_find_where (GTK_WIDGET (popover), is_check_starting, "United States");
  g_assert_nonnull (us);
  row = gtk_widget_get_parent (us);
  problem = gtk_test_accessible_check_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_CHECKED,
                                             GTK_ACCESSIBLE_TRISTATE_FALSE);
  g_assert_null (problem);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (us), TRUE);
  problem = gtk_test_accessible_check_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_CHECKED,
                                             GTK_ACCESSIBLE_TRISTATE_TRUE);
  g_assert_null (problem);
  g_assert_cmpuint (chronicle_match_set_get_n_matching (chronicle_session_get_match_set (chronicle_window_get_session (window))), ==, 4);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
shows_no_events_toast (gpointer window)
{
  return ui_test_find_label (window, "The filters keep no events: clear them to present the timeline") != NULL;
}

/* Presenting what filters that keep nothing leave: no show of a "0 events" title slide
 * over an empty board where no key does anything, but a word saying why. */
static void
test_present_nothing_kept (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1280, 720);
  ChronicleSession *session = chronicle_window_get_session (window);

  chronicle_filter_set_text (chronicle_session_get_filter (session), "no such words anywhere");
  g_assert_cmpuint (chronicle_match_set_get_n_matching (chronicle_session_get_match_set (session)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_false (chronicle_window_is_presenting (window));
  g_assert_true (ui_test_wait_until (shows_no_events_toast, window, 5000));

  /* With the filters cleared, it presents. */
  chronicle_filter_clear (chronicle_session_get_filter (session));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_true (chronicle_window_is_presenting (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
is_sidebar (GtkWidget     *widget,
            gconstpointer  unused)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), "ChronicleSidebar");
}

static gboolean
is_empty_state (GtkWidget     *widget,
                gconstpointer  unused)
{
  return gtk_widget_has_css_class (widget, "empty-state");
}

/* The empty state has been laid out inside a mapped sidebar. */
static gboolean
empty_state_shown (gpointer sidebar)
{
  GtkWidget *empty = ui_test_find_where (sidebar, is_empty_state, NULL);

  return empty != NULL && gtk_widget_get_mapped (empty) && gtk_widget_get_width (empty) > 0;
}

/* With text at 200 % in a 1280×720 window, the sidebar's "No Event Selected" and its
 * hint wrap inside the sidebar: they ran off both its sides, over the timeline. */
static void
test_sidebar_empty_large_text (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  int dpi = 0;
  ChronicleWindow *window;
  GtkWidget *sidebar, *empty;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 96 * 2 * 1024, NULL);
  window = ui_test_open_bundled (1280, 720);
  sidebar = ui_test_find_where (GTK_WIDGET (window), is_sidebar, NULL);
  g_assert_nonnull (sidebar);
  g_assert_true (ui_test_wait_until (empty_state_shown, sidebar, 5000));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1280);
  empty = ui_test_find_where (sidebar, is_empty_state, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (empty); child; child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (child, sidebar, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (sidebar));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv);

  g_test_add_func ("/chronicle/ui/problems/three-errors", test_problems_three_errors);
  g_test_add_func ("/chronicle/ui/sidebar/empty-large-text", test_sidebar_empty_large_text);
  g_test_add_func ("/chronicle/ui/problems/warnings", test_problems_warnings);
  g_test_add_func ("/chronicle/ui/problems/bad-reload", test_problems_bad_reload);
  g_test_add_func ("/chronicle/ui/problems/left-out", test_problems_left_out);
  g_test_add_func ("/chronicle/ui/export/remembers", test_export_remembers);
  g_test_add_func ("/chronicle/ui/export/image-taller", test_export_image_taller);
  g_test_add_func ("/chronicle/ui/export/no-events", test_export_no_events);
  g_test_add_func ("/chronicle/ui/menu/recent-underscore-and-sample", test_recent_underscore_and_sample);
  g_test_add_func ("/chronicle/ui/menu/recent-spreadsheet-not-others", test_recent_spreadsheet_not_others);
  g_test_add_func ("/chronicle/ui/menu/recent-same-name", test_recent_same_name);
  g_test_add_func ("/chronicle/ui/present/reload", test_present_reload);
  g_test_add_func ("/chronicle/ui/present/nothing-kept", test_present_nothing_kept);
  g_test_add_func ("/chronicle/ui/filter-bar/large-text", test_filter_bar_large_text);
  g_test_add_func ("/chronicle/ui/filter-bar/one-line-of-chips", test_filter_bar_one_line_of_chips);
  g_test_add_func ("/chronicle/ui/filter-bar/partners-picker", test_partners_picker);

  return ui_test_run ();
}
