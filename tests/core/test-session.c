/* test-session.c — the session: what a window shows, and what it announces
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "chronicle-loader.h"
#include "chronicle-session.h"
#include "core-test-helpers.h"

/* Counts notifications, by property name, in the order they came. */
static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              GString    *log)
{
  if (log->len > 0)
    g_string_append_c (log, ',');
  g_string_append (log, pspec->name);
}

static void
test_session_dataset (void)
{
  g_autoptr(ChronicleSession) session = chronicle_session_new ();
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("good.json");
  g_autoptr(ChronicleDataset) other = test_load_fixture_ok ("good.json");
  g_autoptr(GString) log = g_string_new (NULL);
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  ChronicleMatchSet *set;
  const char *kinds[] = { "visit", NULL };

  g_assert_null (chronicle_session_get_dataset (session));
  g_assert_null (chronicle_session_get_match_set (session));
  g_assert_true (CHRONICLE_IS_FILTER (chronicle_session_get_filter (session)));
  g_signal_connect (session, "notify", G_CALLBACK (on_notify_cb), log);

  /* The dataset comes, then what the filter keeps of it: everything. */
  chronicle_session_set_dataset (session, dataset);
  g_assert_cmpstr (log->str, ==, "dataset,match-set");
  set = chronicle_session_get_match_set (session);
  g_assert_nonnull (set);
  g_assert_cmpuint (chronicle_match_set_get_n_events (set), ==, chronicle_event_store_get_n_events (store));
  g_assert_cmpuint (chronicle_match_set_get_n_matching (set), ==, chronicle_event_store_get_n_events (store));

  /* The same dataset again is no change. */
  g_string_truncate (log, 0);
  chronicle_session_set_dataset (session, dataset);
  g_assert_cmpstr (log->str, ==, "");

  /* A filter change gives a new match set; the old one lives on while held. */
  {
    g_autoptr(ChronicleMatchSet) before = chronicle_match_set_ref (set);

    chronicle_filter_set_kinds (chronicle_session_get_filter (session), kinds);
    g_assert_cmpstr (log->str, ==, "match-set");
    set = chronicle_session_get_match_set (session);
    g_assert_true (set != before);
    g_assert_cmpuint (chronicle_match_set_get_n_matching (before), ==, chronicle_event_store_get_n_events (store));
  }
  g_assert_cmpuint (chronicle_match_set_get_n_matching (set), ==, 1);
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, i);

      g_assert_cmpint (chronicle_match_set_contains (set, i), ==,
                       g_strcmp0 (chronicle_event_get_kind (event), "visit") == 0);
      g_assert_cmpint (chronicle_match_set_get_mask (set)[i] != 0, ==, chronicle_match_set_contains (set, i));
    }
  g_assert_false (chronicle_match_set_contains (set, chronicle_event_store_get_n_events (store)));

  /* A new dataset starts unfiltered and with nothing selected; the selection goes first. */
  g_assert_true (chronicle_session_select_id (session, "biden"));
  g_string_truncate (log, 0);
  chronicle_session_set_dataset (session, other);
  g_assert_cmpstr (log->str, ==, "selection,dataset,match-set");
  g_assert_null (chronicle_session_get_selection (session));
  g_assert_true (chronicle_filter_is_empty (chronicle_session_get_filter (session)));
  g_assert_cmpuint (chronicle_match_set_get_n_matching (chronicle_session_get_match_set (session)), ==,
                    chronicle_event_store_get_n_events (chronicle_dataset_get_events (other)));

  /* No dataset, no match set. */
  chronicle_session_set_dataset (session, NULL);
  g_assert_null (chronicle_session_get_match_set (session));

  g_signal_handlers_disconnect_by_data (session, log);
  g_assert_finalize_object (g_steal_pointer (&session));
}

/* The same file read again keeps the filter as far as it applies: kinds, partners and
 * people none of the new events has are dropped; the text and the range stay. */
static void
test_session_reload (void)
{
  g_autoptr(ChronicleSession) session = chronicle_session_new ();
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("good.json");
  g_autoptr(ChronicleDataset) again = test_load_fixture_ok ("good.json");
  g_autoptr(GString) log = g_string_new (NULL);
  ChronicleFilter *filter = chronicle_session_get_filter (session);
  const char *kinds[] = { "visit", "no-such-kind", NULL }, *partners[] = { "no-such-partner", "us", NULL };
  const char *people[] = { "Nobody", NULL };
  const char *visit[] = { "visit", NULL }, *us[] = { "us", NULL }, *none[] = { NULL };
  gint64 first = 0, end = 0;

  chronicle_session_set_dataset (session, dataset);
  chronicle_filter_set_kinds (filter, kinds);
  chronicle_filter_set_partners (filter, partners);
  chronicle_filter_set_people (filter, people);
  chronicle_filter_set_text (filter, "biden");
  chronicle_filter_set_range (filter, 19000, 20000);
  g_assert_cmpuint (chronicle_match_set_get_n_matching (chronicle_session_get_match_set (session)), ==, 0);
  g_assert_true (chronicle_session_select_id (session, "biden"));

  g_signal_connect (session, "notify", G_CALLBACK (on_notify_cb), log);
  chronicle_session_reload_dataset (session, again);
  /* One match set, the new dataset's, with the filter already kept. */
  g_assert_cmpstr (log->str, ==, "selection,dataset,match-set");
  g_assert_true (g_strv_equal (chronicle_filter_get_kinds (filter), visit));
  g_assert_true (g_strv_equal (chronicle_filter_get_partners (filter), us));
  g_assert_true (g_strv_equal (chronicle_filter_get_people (filter), none));
  g_assert_cmpstr (chronicle_filter_get_text (filter), ==, "biden");
  g_assert_true (chronicle_filter_get_range (filter, &first, &end));
  g_assert_cmpint (first, ==, 19000);
  g_assert_cmpint (end, ==, 20000);
  /* Biden's visit (2023-09-10, day 19610), a visit with the United States. */
  g_assert_cmpuint (chronicle_match_set_get_n_matching (chronicle_session_get_match_set (session)), ==, 1);

  /* Another file starts unfiltered. */
  chronicle_session_set_dataset (session, dataset);
  g_assert_true (chronicle_filter_is_empty (filter));

  g_signal_handlers_disconnect_by_data (session, log);
}

static void
test_session_rank (void)
{
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("good.json");
  g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  const char *partners[] = { "us", "jp", NULL };
  g_autoptr(ChronicleMatchSet) set = NULL;
  guint rank = 0;

  chronicle_filter_set_partners (filter, partners);
  set = chronicle_match_set_new (filter, store);
  g_assert_cmpuint (chronicle_match_set_get_n_matching (set), ==, 2);
  /* A kept event's rank is its row in a list of the kept events. */
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      g_assert_cmpuint (chronicle_match_set_rank (set, i), ==, rank);
      rank += chronicle_match_set_contains (set, i);
    }
  g_assert_cmpuint (chronicle_match_set_rank (set, G_MAXUINT), ==, 2);
}

static void
test_session_selection (void)
{
  g_autoptr(ChronicleSession) session = chronicle_session_new ();
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("good.json");
  g_autoptr(GString) log = g_string_new (NULL);
  ChronicleEvent *event;

  g_assert_false (chronicle_session_select_id (session, "biden"));   /* no dataset yet */
  chronicle_session_set_dataset (session, dataset);
  g_signal_connect (session, "notify", G_CALLBACK (on_notify_cb), log);

  g_assert_false (chronicle_session_select_id (session, "no-such-event"));
  g_assert_null (chronicle_session_get_selection (session));
  g_assert_true (chronicle_session_select_id (session, "biden"));
  event = chronicle_session_get_selection (session);
  g_assert_cmpstr (chronicle_event_get_id (event), ==, "biden");
  g_assert_cmpstr (log->str, ==, "selection");

  /* Once per change. */
  chronicle_session_set_selection (session, event);
  g_object_set (session, "selection", event, NULL);
  g_assert_cmpstr (log->str, ==, "selection");
  chronicle_session_set_selection (session, NULL);
  g_assert_cmpstr (log->str, ==, "selection,selection");

  /* A filter that keeps the selected event keeps it selected; one that drops it, not. */
  {
    const char *visits[] = { "visit", NULL };
    const char *calls[] = { "call", NULL };

    g_assert_true (chronicle_session_select_id (session, "biden"));
    g_string_truncate (log, 0);
    chronicle_filter_set_kinds (chronicle_session_get_filter (session), visits);
    g_assert_cmpstr (log->str, ==, "match-set");
    g_assert_true (chronicle_session_get_selection (session) == event);
    chronicle_filter_set_kinds (chronicle_session_get_filter (session), calls);
    g_assert_cmpstr (log->str, ==, "match-set,match-set,selection");
    g_assert_null (chronicle_session_get_selection (session));
  }

  g_signal_handlers_disconnect_by_data (session, log);
  g_assert_finalize_object (g_steal_pointer (&session));
}

static int
compare_names (const void *a,
               const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Each plain property notifies on a real change only. */
static void
test_session_properties (void)
{
  g_autoptr(ChronicleSession) session = chronicle_session_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/a.json");
  g_autoptr(GFile) same = g_file_new_for_path ("/tmp/a.json");
  g_autofree char *language = NULL;

  g_assert_cmpint (chronicle_session_get_group_by (session), ==, CHRONICLE_GROUP_BY_KIND);
  g_assert_false (chronicle_session_get_hide_filtered (session));
  g_assert_false (chronicle_session_get_presenting (session));
  g_assert_null (chronicle_session_get_file (session));
  g_signal_connect (session, "notify", G_CALLBACK (on_notify_cb), log);

  for (int round = 0; round < 2; round++)
    {
      chronicle_session_set_group_by (session, CHRONICLE_GROUP_BY_PARTNER);
      chronicle_session_set_hide_filtered (session, TRUE);
      chronicle_session_set_presenting (session, TRUE);
      chronicle_session_set_language (session, "vi");
      chronicle_session_set_file (session, round == 0 ? file : same);
    }
  g_assert_cmpstr (log->str, ==, "group-by,hide-filtered,presenting,language,file");
  g_object_get (session, "language", &language, NULL);
  g_assert_cmpstr (language, ==, "vi");
  g_assert_true (chronicle_session_get_file (session) == file);

  g_string_truncate (log, 0);
  g_object_set (session, "group-by", CHRONICLE_GROUP_BY_KIND, "hide-filtered", FALSE, "presenting", FALSE,
                "language", NULL, "file", NULL, NULL);
  /* g_object_set() holds the notifications back and sends them in its own order. */
  {
    g_auto(GStrv) names = g_strsplit (log->str, ",", -1);
    g_autofree char *sorted = NULL;

    qsort (names, g_strv_length (names), sizeof (char *), compare_names);
    sorted = g_strjoinv (",", names);
    g_assert_cmpstr (sorted, ==, "file,group-by,hide-filtered,language,presenting");
  }
  g_assert_null (chronicle_session_get_language (session));

  g_signal_handlers_disconnect_by_data (session, log);
  g_assert_finalize_object (g_steal_pointer (&session));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/session/dataset", test_session_dataset);
  g_test_add_func ("/chronicle/session/reload", test_session_reload);
  g_test_add_func ("/chronicle/session/rank", test_session_rank);
  g_test_add_func ("/chronicle/session/selection", test_session_selection);
  g_test_add_func ("/chronicle/session/properties", test_session_properties);

  return g_test_run ();
}
