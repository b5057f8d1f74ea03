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
#include "ui-test-util.h"

static void
test_i18n_vietnamese (void)
{
  ChronicleWindow *window = ui_test_open_bundled (1400, 860);
  ChronicleTimelineView *view;
  ChronicleEventStore *store;
  guint position;

  /* The chrome, through gettext. */
  g_assert_true (ui_test_find_label (GTK_WIDGET (window), "54/54 sự kiện") != NULL);
  g_assert_true (ui_test_find_label (GTK_WIDGET (window), "Dòng thời gian") != NULL);

  /* An event, through the dataset's translations, with its date in Vietnamese. */
  view = chronicle_window_get_timeline_view (window);
  store = chronicle_dataset_get_events (chronicle_window_get_dataset (window));
  g_assert_true (chronicle_event_store_find (store, "biden-2023", &position));
  chronicle_timeline_view_set_selected_event (view, chronicle_event_store_get_event (store, position));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (ui_test_find_label (GTK_WIDGET (window), "Tổng thống Hoa Kỳ Joe Biden thăm cấp nhà nước") != NULL);
  g_assert_true (ui_test_find_label (GTK_WIDGET (window), "ngày 10 tháng 9 năm 2023") != NULL);
  g_assert_true (ui_test_find_label (GTK_WIDGET (window), "Chuyến thăm · đoàn vào") != NULL);

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

  ui_test_init (&argc, &argv);

  g_test_add_func ("/chronicle/ui/i18n/vietnamese", test_i18n_vietnamese);

  return ui_test_run ();
}
