/* test-filter.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "chronicle-filter.h"
#include "chronicle-loader.h"
#include "core-test-helpers.h"

/* The ids of matching events, in store order, comma-separated. */
static char *
matching_ids (ChronicleFilter     *filter,
              ChronicleEventStore *store)
{
  guint n = chronicle_event_store_get_n_events (store);
  g_autofree guint8 *mask = g_new0 (guint8, n);
  GString *ids = g_string_new (NULL);
  guint count = chronicle_filter_apply (filter, store, mask);
  guint counted = 0;

  for (guint i = 0; i < n; i++)
    {
      /* apply() and match() agree on every event. */
      g_assert_cmpint (mask[i], ==, chronicle_filter_match (filter, store, i));
      if (!mask[i])
        continue;
      counted++;
      if (ids->len > 0)
        g_string_append_c (ids, ',');
      g_string_append (ids, chronicle_event_get_id (chronicle_event_store_get_event (store, i)));
    }
  g_assert_cmpuint (count, ==, counted);
  return g_string_free (ids, FALSE);
}

static void
on_changed_cb (ChronicleFilter *filter,
               guint           *count)
{
  (*count)++;
}

static void
test_filter_fields (void)
{
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("good.json");
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();
  const char *visit_call[] = { "visit", "call", NULL };
  const char *upgrade[] = { "upgrade", NULL };
  const char *us_jp[] = { "us", "jp", NULL };
  const char *people[] = { "Phạm Minh Chính", NULL };
  guint changes = 0;
  char *ids;

  g_signal_connect (filter, "changed", G_CALLBACK (on_changed_cb), &changes);

  g_assert_true (chronicle_filter_is_empty (filter));
  ids = matching_ids (filter, store);
  g_assert_cmpstr (ids, ==, "ancient,early,late,biden,same-day-second,japan");
  g_free (ids);

  /* OR within a field. */
  chronicle_filter_set_kinds (filter, visit_call);
  g_assert_cmpuint (changes, ==, 1);
  ids = matching_ids (filter, store);
  g_assert_cmpstr (ids, ==, "early,biden");
  g_free (ids);

  /* Setting the same value again is not a change. */
  chronicle_filter_set_kinds (filter, visit_call);
  g_assert_cmpuint (changes, ==, 1);

  /* AND across fields. */
  chronicle_filter_set_partners (filter, us_jp);
  ids = matching_ids (filter, store);
  g_assert_cmpstr (ids, ==, "biden");
  g_free (ids);

  chronicle_filter_set_kinds (filter, upgrade);
  ids = matching_ids (filter, store);
  g_assert_cmpstr (ids, ==, "japan");
  g_free (ids);

  chronicle_filter_clear (filter);
  g_assert_true (chronicle_filter_is_empty (filter));
  chronicle_filter_set_people (filter, people);
  ids = matching_ids (filter, store);
  g_assert_cmpstr (ids, ==, "early");
  g_free (ids);
  chronicle_filter_set_people (filter, NULL);

  /* The range keeps events that overlap it: 2023 keeps the year-precision event, the
   * September visit, and the November upgrade (a month-long span). */
  chronicle_filter_set_range (filter, chronicle_days_from_civil (2023, 9, 11), chronicle_days_from_civil (2023, 11, 2));
  ids = matching_ids (filter, store);
  g_assert_cmpstr (ids, ==, "late,biden,japan");
  g_free (ids);
  chronicle_filter_clear_range (filter);
  g_assert_true (chronicle_filter_is_empty (filter));
}

static void
test_filter_text (void)
{
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("good.json");
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();
  static const struct { const char *query; const char *ids; } cases[] = {
    { "nguyen phu trong", "biden" },        /* diacritics ignored in the data */
    { "NGUYỄN", "biden" },                  /* and in the query */
    { "pham minh chinh", "early" },
    { "ha noi", "biden" },                  /* the place */
    { "tong thong", "biden" },              /* the Vietnamese title */
    { "call early", "early" },              /* every word must match */
    { "call biden", "" },
    { "ides", "ancient" },
    { "<b>", "biden" },                     /* markup is just text */
    { "  ", "ancient,early,late,biden,same-day-second,japan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = NULL;

      chronicle_filter_set_text (filter, cases[i].query);
      ids = matching_ids (filter, store);
      g_test_message ("query \"%s\"", cases[i].query);
      g_assert_cmpstr (ids, ==, cases[i].ids);
    }
}

/* The events whose partners include @partner, in store order, comma-separated. */
static char *
ids_with_partner (ChronicleEventStore *store,
                  const char          *partner)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, i);

      if (!chronicle_event_has_partner (event, partner))
        continue;
      if (ids->len > 0)
        g_string_append_c (ids, ',');
      g_string_append (ids, chronicle_event_get_id (event));
    }
  return g_string_free (ids, FALSE);
}

/* Search looks in partners' names, in the file's language and translated, and takes
 * the words typed together as written together when some event has them so: a
 * Vietnamese name is several syllables ("Hoa Kỳ"), each of which is also part of
 * unrelated words ("văn hóa", "nhiệm kỳ"). Words no event has side by side still
 * each have to be somewhere in the event. */
static void
test_filter_text_partners_phrases (void)
{
  const char *json =
    "{ \"title\": \"Search\","
    "  \"partners\": ["
    "    { \"id\": \"us\", \"name\": \"United States\", \"translations\": { \"vi\": { \"name\": \"Hoa Kỳ\" } } },"
    "    { \"id\": \"jp\", \"name\": \"Japan\", \"translations\": { \"vi\": { \"name\": \"Nhật Bản\" } } } ],"
    "  \"events\": ["
    "    { \"id\": \"upgrade\", \"start\": \"2023-09-10\", \"title\": \"Upgrade with the United States\", \"partners\": [\"us\"] },"
    "    { \"id\": \"call\", \"start\": \"2023-03-29\", \"title\": \"Phone call with Biden\", \"partners\": [\"us\"] },"
    "    { \"id\": \"post\", \"start\": \"2023-11-20\", \"title\": \"UNESCO culture committee\","
    "      \"translations\": { \"vi\": { \"title\": \"Ủy ban Văn hóa UNESCO, nhiệm kỳ 2023–2027\" } } },"
    "    { \"id\": \"tokyo\", \"start\": \"2023-11-27\", \"title\": \"State visit to Japan\", \"partners\": [\"jp\"] } ] }";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (json, "search.json", loader, &error);
  g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();
  ChronicleEventStore *store;
  static const struct { const char *query; const char *ids; } cases[] = {
    { "united states", "call,upgrade" },    /* the partner's name, not only the title's */
    { "hoa ky", "call,upgrade" },           /* its Vietnamese name, not văn hóa … nhiệm kỳ */
    { "Hoa Kỳ", "call,upgrade" },
    { "hoa k", "call,upgrade" },            /* while it is being typed */
    { "nhat ban", "tokyo" },
    { "van hoa", "post" },
    { "visit japan", "tokyo" },             /* not side by side anywhere: each word */
    { "japan visit", "tokyo" },
    { "states biden", "call" },
    { "ky", "call,upgrade,post" },          /* one word: anywhere, as before */
  };

  g_assert_no_error (error);
  store = chronicle_dataset_get_events (dataset);
  chronicle_filter_set_dataset (filter, dataset);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = NULL;

      chronicle_filter_set_text (filter, cases[i].query);
      ids = matching_ids (filter, store);
      g_test_message ("query \"%s\"", cases[i].query);
      g_assert_cmpstr (ids, ==, cases[i].ids);
    }
}

/* The reviewer's searches on the bundled dataset: "united states" finds every event
 * with the United States as a partner (it found 1 of 4), "hoa ky" only those (it
 * found three posts besides, by "văn hóa" and "nhiệm kỳ"). */
static void
test_filter_text_bundled (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);
  g_autoptr(ChronicleDataset) dataset = test_load_path_ok (path);
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();
  g_autofree char *us = ids_with_partner (store, "us");
  g_autofree char *english = NULL;
  g_autofree char *vietnamese = NULL;

  g_assert_cmpuint (strlen (us), >, 0);
  g_assert_nonnull (strchr (us, ','));
  chronicle_filter_set_dataset (filter, dataset);
  chronicle_filter_set_text (filter, "united states");
  english = matching_ids (filter, store);
  g_assert_cmpstr (english, ==, us);
  chronicle_filter_set_text (filter, "hoa ky");
  vietnamese = matching_ids (filter, store);
  g_assert_cmpstr (vietnamese, ==, us);
}

static void
test_filter_fold (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "Nguyễn Phú Trọng", "nguyen phu trong" },
    { "Võ Văn Thưởng", "vo van thuong" },
    { "Đà Nẵng", "da nang" },
    { "Vương Đình Huệ", "vuong dinh hue" },
    { "ASCII Only", "ascii only" },
    { "Ångström", "angstrom" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = chronicle_fold_text (cases[i].in);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_filter_kind_counts (void)
{
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("good.json");
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();
  g_autoptr(GHashTable) counts = NULL;
  const char *visit[] = { "visit", NULL };

  /* Counts ignore the kind criterion itself, so every chip shows what it would add. */
  chronicle_filter_set_kinds (filter, visit);
  counts = chronicle_filter_count_kinds (filter, store);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "visit")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "call")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "other")), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "upgrade")), ==, 1);
  g_clear_pointer (&counts, g_hash_table_unref);

  /* …but respect every other criterion. */
  chronicle_filter_set_range (filter, chronicle_days_from_civil (2023, 1, 1), chronicle_days_from_civil (2024, 1, 1));
  counts = chronicle_filter_count_kinds (filter, store);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "call")), ==, 0);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "other")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "festival")), ==, 1);
}

/* Partner counts: what each partner would keep, every other criterion applied. */
static void
test_filter_partner_counts (void)
{
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("good.json");
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();
  g_autoptr(GHashTable) counts = NULL;
  const char *us[] = { "us", NULL }, *visit[] = { "visit", NULL };

  chronicle_filter_set_partners (filter, us);
  counts = chronicle_filter_count_partners (filter, store);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "us")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "jp")), ==, 1);
  g_clear_pointer (&counts, g_hash_table_unref);
  /* The partners picked stay picked. */
  g_assert_true (g_strv_equal (chronicle_filter_get_partners (filter), us));

  /* Only visits: Japan's upgrade is not one. */
  chronicle_filter_set_kinds (filter, visit);
  counts = chronicle_filter_count_partners (filter, store);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "us")), ==, 1);
  g_assert_false (g_hash_table_contains (counts, "jp"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/filter/fields", test_filter_fields);
  g_test_add_func ("/chronicle/filter/text", test_filter_text);
  g_test_add_func ("/chronicle/filter/text-partners-phrases", test_filter_text_partners_phrases);
  g_test_add_func ("/chronicle/filter/text-bundled", test_filter_text_bundled);
  g_test_add_func ("/chronicle/filter/fold", test_filter_fold);
  g_test_add_func ("/chronicle/filter/kind-counts", test_filter_kind_counts);
  g_test_add_func ("/chronicle/filter/partner-counts", test_filter_partner_counts);

  return g_test_run ();
}
