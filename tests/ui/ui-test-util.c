/* ui-test-util.c — what every UI test needs
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written once for every test in tests/ui: running the main loop until a condition
 * holds (never a fixed sleep), finding a widget in a window by type, style class,
 * text or any test, a window showing the bundled dataset as Chronicle starts, and the
 * application the windows belong to, with its recent files in a private directory.
 */

#include "config.h"

#include "ui-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

static ChronicleApplication *app;
static char *data_home;

static gboolean
look_again_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done says so (or @timeout_ms pass: then FALSE), then lets
 * what is ready run. Most conditions follow main-loop events; the few that do not (a
 * FIFO's reader opening) are looked at again every 10 ms. */
gboolean
ui_test_wait_until (UiTestCondition done,
                    gpointer        data,
                    guint           timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint tick = g_timeout_add (10, look_again_cb, NULL);
  gboolean ok;

  while (!(ok = done (data)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return ok;
}

/* The first widget under @root (itself included, depth first) that @match accepts. */
GtkWidget *
ui_test_find_where (GtkWidget     *root,
                    UiTestMatch    match,
                    gconstpointer  data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_where (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct { const char *type_name; const char *css_class; const char *label; } Search;

static gboolean
matches_search (GtkWidget     *widget,
                gconstpointer  data)
{
  const Search *search = data;

  return (search->type_name == NULL || g_str_equal (G_OBJECT_TYPE_NAME (widget), search->type_name)) &&
         (search->css_class == NULL || gtk_widget_has_css_class (widget, search->css_class)) &&
         (search->label == NULL ||
          (GTK_IS_BUTTON (widget) && g_str_has_prefix (gtk_button_get_label (GTK_BUTTON (widget)) ?: "", search->label)) ||
          (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), search->label) != NULL));
}

/* The first widget of the type named @type_name, with the style class @css_class,
 * showing @label (a button's label that begins with it, a label that contains it);
 * %NULL for any of them means any. */
GtkWidget *
ui_test_find (GtkWidget  *root,
              const char *type_name,
              const char *css_class,
              const char *label)
{
  Search search = { type_name, css_class, label };

  return ui_test_find_where (root, matches_search, &search);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (type));
}

/* The first widget of @type (or a subtype). */
GtkWidget *
ui_test_find_type (GtkWidget *root,
                   GType      type)
{
  return ui_test_find_where (root, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
shows_text (GtkWidget     *widget,
            gconstpointer  text)
{
  return (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL) ||
         (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL &&
          strstr (gtk_button_get_label (GTK_BUTTON (widget)), text) != NULL);
}

/* The first label (or button) whose text contains @text. */
GtkWidget *
ui_test_find_text (GtkWidget  *root,
                   const char *text)
{
  return ui_test_find_where (root, shows_text, text);
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* The first label that shows exactly @text (as drawn: mnemonic marks are not drawn). */
GtkWidget *
ui_test_find_label (GtkWidget  *root,
                    const char *text)
{
  return ui_test_find_where (root, is_label, text);
}

static gboolean
is_menu_button (GtkWidget     *widget,
                gconstpointer  label)
{
  return GTK_IS_MENU_BUTTON (widget) &&
         (label != NULL ? g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0
                        : gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)));
}

/* The first menu button labelled exactly @label; with %NULL, the primary menu's. */
GtkWidget *
ui_test_find_menu_button (GtkWidget  *root,
                          const char *label)
{
  return ui_test_find_where (root, is_menu_button, label);
}

/* For ui_test_wait_until() with { window, the dataset it showed }: whether the
 * window shows another one now. */
gboolean
ui_test_dataset_changed (gpointer pair)
{
  return chronicle_window_get_dataset (((gpointer *) pair)[0]) != ((gpointer *) pair)[1];
}

/* Whether @file (a GFile) is among the recent files. */
gboolean
ui_test_is_recent (gpointer file)
{
  g_autofree char *uri = g_file_get_uri (file);

  return gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri);
}

/* Whether @widget is mapped (shown on screen). */
gboolean
ui_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Whether @window has finished loading and shows a dataset. */
gboolean
ui_test_window_loaded (gpointer window)
{
  return !chronicle_window_is_loading (window) && chronicle_window_get_dataset (window) != NULL;
}

/* A window as Chronicle starts with no file named and none opened before: it loads the
 * bundled dataset in the background (the production path), shown once that is done. */
ChronicleWindow *
ui_test_open_bundled (int width,
                      int height)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ChronicleWindow *window;

  g_assert_nonnull (app);
  window = chronicle_window_new (app);
  g_settings_reset (settings, "last-file");
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  chronicle_window_open_last (window);
  g_assert_true (chronicle_window_is_loading (window));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ui_test_wait_until (ui_test_window_loaded, window, 10000));
  return window;
}

/**
 * ui_test_init:
 *
 * Sets up GTK and libadwaita for a test (animations off), with recent files in a
 * private data directory, not the user's, and registers the application the test's
 * windows belong to.
 *
 * Returns: (transfer none): the application, until ui_test_run() returns
 */
ChronicleApplication *
ui_test_init (int    *argc,
              char ***argv)
{
  data_home = g_dir_make_tmp ("chronicle-data-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = chronicle_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  return app;
}

/* Removes the application and the private data directory. */
void
ui_test_finish (void)
{
  g_clear_object (&app);
  if (data_home != NULL)
    {
      g_autofree char *recent = g_build_filename (data_home, "recently-used.xbel", NULL);

      g_unlink (recent);
      g_rmdir (data_home);
      g_clear_pointer (&data_home, g_free);
    }
}

/* Runs the tests added, then ui_test_finish(). */
int
ui_test_run (void)
{
  int status = g_test_run ();

  ui_test_finish ();
  return status;
}
