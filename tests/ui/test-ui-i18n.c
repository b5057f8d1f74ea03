/* test-ui-i18n.c — the UI in Vietnamese: gettext for the chrome, the dataset's own
 * translations for the events, dates in Vietnamese.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "chronicle-application.h"
#include "chronicle-window.h"

static gboolean
label_with_text (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (label_with_text (child, text))
      return TRUE;
  return FALSE;
}

static void
test_i18n_vietnamese (void)
{
  g_autoptr(ChronicleApplication) app = chronicle_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ChronicleWindow *window;
  ChronicleTimelineView *view;
  ChronicleEventStore *store;
  guint position;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = chronicle_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  /* As Chronicle starts with no file named and none opened before: the bundled
   * dataset loads in the background. */
  g_settings_reset (settings, "last-file");
  chronicle_window_open_last (window);
  gtk_window_present (GTK_WINDOW (window));
  while (chronicle_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_nonnull (chronicle_window_get_dataset (window));

  /* The chrome, through gettext. */
  g_assert_true (label_with_text (GTK_WIDGET (window), "54/54 sự kiện"));
  g_assert_true (label_with_text (GTK_WIDGET (window), "Dòng thời gian"));

  /* An event, through the dataset's translations, with its date in Vietnamese. */
  view = chronicle_window_get_timeline_view (window);
  store = chronicle_dataset_get_events (chronicle_window_get_dataset (window));
  g_assert_true (chronicle_event_store_find (store, "biden-2023", &position));
  chronicle_timeline_view_set_selected_event (view, chronicle_event_store_get_event (store, position));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (label_with_text (GTK_WIDGET (window), "Tổng thống Hoa Kỳ Joe Biden thăm cấp nhà nước"));
  g_assert_true (label_with_text (GTK_WIDGET (window), "ngày 10 tháng 9 năm 2023"));
  g_assert_true (label_with_text (GTK_WIDGET (window), "Chuyến thăm · đoàn vào"));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  /* As main.c does, with the catalogue built in the build tree. */
  g_setenv ("LANGUAGE", "vi", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CHRONICLE_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/chronicle/ui/i18n/vietnamese", test_i18n_vietnamese);

  return g_test_run ();
}
