/* test-lane-layout.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "chronicle-lane-layout.h"
#include "chronicle-loader.h"

static ChronicleDataset *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = chronicle_loader_load_bytes (loader, bytes, "test.json", NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* No two items in the same row overlap, each occupying at least min_days. */
static void
assert_no_overlap (ChronicleLaneLayout *layout,
                   ChronicleDataset    *dataset,
                   gint64               min_days)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  const ChronicleLaneItem *items = chronicle_lane_layout_get_items (layout);
  guint n = chronicle_lane_layout_get_n_items (layout);

  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        gint64 as, ae, bs, be;

        if (items[a].row != items[b].row)
          continue;
        as = chronicle_event_store_get_starts (store)[items[a].event];
        ae = MAX (chronicle_event_store_get_ends (store)[items[a].event], as + min_days);
        bs = chronicle_event_store_get_starts (store)[items[b].event];
        be = MAX (chronicle_event_store_get_ends (store)[items[b].event], bs + min_days);
        g_assert_true (ae <= bs || be <= as);
      }

  for (guint i = 0; i < n; i++)
    {
      const ChronicleLaneGroup *group = chronicle_lane_layout_get_group (layout, items[i].group);
      g_assert_cmpuint (items[i].row, >=, group->first_row);
      g_assert_cmpuint (items[i].row, <, group->first_row + group->n_rows);
    }
}

static const char *json_three_visits =
  "{\"partners\": [{\"id\": \"us\", \"name\": \"United States\"}, {\"id\": \"jp\", \"name\": \"Japan\"}],"
  " \"events\": ["
  "  {\"id\": \"a\", \"kind\": \"visit\", \"start\": \"2023-09-10\", \"end\": \"2023-09-12\", \"title\": \"A\", \"partners\": [\"us\"]},"
  "  {\"id\": \"b\", \"kind\": \"visit\", \"start\": \"2023-09-11\", \"title\": \"B\", \"partners\": [\"us\", \"jp\"]},"
  "  {\"id\": \"c\", \"kind\": \"visit\", \"start\": \"2023-09-13\", \"title\": \"C\"},"
  "  {\"id\": \"d\", \"kind\": \"call\", \"start\": \"2023-09-10\", \"title\": \"D\", \"partners\": [\"jp\"]},"
  "  {\"id\": \"e\", \"kind\": \"visit\", \"start\": \"2023-09\", \"title\": \"E\"}"
  "]}";

static void
test_lane_layout_by_kind (void)
{
  g_autoptr(ChronicleDataset) dataset = load_json (json_three_visits);
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  const ChronicleLaneItem *items;
  const ChronicleLaneGroup *visits;

  chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_KIND, 1);

  /* Only kinds that have events get a lane, in the dataset's kind order. */
  g_assert_cmpuint (chronicle_lane_layout_get_n_groups (layout), ==, 2);
  visits = chronicle_lane_layout_get_group (layout, 0);
  g_assert_cmpstr (visits->key, ==, "visit");
  g_assert_cmpstr (visits->label, ==, "Visit");
  g_assert_cmpstr (chronicle_lane_layout_get_group (layout, 1)->key, ==, "call");
  g_assert_cmpuint (chronicle_lane_layout_get_n_items (layout), ==, 5);

  /* Store order: e (Sept 1, month-long), a, d, b, c. e spans the month, so a, b and c
   * need rows of their own beside it: a and b overlap, c fits back into a's row. */
  items = chronicle_lane_layout_get_items (layout);
  g_assert_cmpuint (items[0].row, ==, 0);   /* e */
  g_assert_cmpuint (items[1].row, ==, 1);   /* a */
  g_assert_cmpuint (items[3].row, ==, 2);   /* b */
  g_assert_cmpuint (items[4].row, ==, 1);   /* c: first fit */
  g_assert_cmpuint (visits->n_rows, ==, 3);
  g_assert_cmpuint (items[2].row, ==, 3);   /* d: the call lane starts after */
  g_assert_cmpuint (chronicle_lane_layout_get_n_rows (layout), ==, 4);
  assert_no_overlap (layout, dataset, 1);

  /* A wider minimum keeps short neighbours apart. */
  chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_KIND, 5);
  assert_no_overlap (layout, dataset, 5);
  g_assert_cmpuint (chronicle_lane_layout_get_group (layout, 0)->n_rows, ==, 4);
}

static void
test_lane_layout_by_partner (void)
{
  g_autoptr(ChronicleDataset) dataset = load_json (json_three_visits);
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  guint item;

  chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_PARTNER, 1);

  g_assert_cmpuint (chronicle_lane_layout_get_n_groups (layout), ==, 3);
  g_assert_cmpstr (chronicle_lane_layout_get_group (layout, 0)->label, ==, "United States");
  g_assert_cmpstr (chronicle_lane_layout_get_group (layout, 1)->label, ==, "Japan");
  g_assert_null (chronicle_lane_layout_get_group (layout, 2)->key);
  g_assert_cmpstr (chronicle_lane_layout_get_group (layout, 2)->label, ==, "No partner");
  /* b names two partners: two items. */
  g_assert_cmpuint (chronicle_lane_layout_get_n_items (layout), ==, 6);
  g_assert_cmpuint (chronicle_lane_layout_get_group (layout, 0)->n_items, ==, 2);
  g_assert_cmpuint (chronicle_lane_layout_get_group (layout, 1)->n_items, ==, 2);
  g_assert_cmpuint (chronicle_lane_layout_get_group (layout, 2)->n_items, ==, 2);
  assert_no_overlap (layout, dataset, 1);

  g_assert_true (chronicle_lane_layout_find_item (layout, 0, &item));
  g_assert_cmpuint (chronicle_lane_layout_get_items (layout)[item].event, ==, 0);
}

static void
test_lane_layout_mask (void)
{
  g_autoptr(ChronicleDataset) dataset = load_json (json_three_visits);
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  /* store order: e, a, d, b, c */
  const guint8 mask[] = { 0, 1, 0, 1, 0 };

  chronicle_lane_layout_compute (layout, dataset, mask, CHRONICLE_GROUP_BY_KIND, 1);
  g_assert_cmpuint (chronicle_lane_layout_get_n_items (layout), ==, 2);
  g_assert_cmpuint (chronicle_lane_layout_get_n_groups (layout), ==, 1);
  g_assert_cmpuint (chronicle_lane_layout_get_n_rows (layout), ==, 2);
  g_assert_false (chronicle_lane_layout_find_item (layout, 0, NULL));
  g_assert_true (chronicle_lane_layout_find_item (layout, 1, NULL));
}

static void
test_lane_layout_random (void)
{
  g_autoptr(GString) json = g_string_new ("{\"events\": [");
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  static const char *kinds[] = { "visit", "call", "summit" };

  for (guint i = 0; i < 300; i++)
    {
      gint64 start = chronicle_days_from_civil (2020, 1, 1) + g_rand_int_range (rand, 0, 400);
      gint64 end = start + g_rand_int_range (rand, 0, 30);
      gint64 y1, y2;
      int m1, d1, m2, d2;

      chronicle_civil_from_days (start, &y1, &m1, &d1);
      chronicle_civil_from_days (end, &y2, &m2, &d2);
      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"kind\": \"%s\", \"start\": \"%04" G_GINT64_FORMAT "-%02d-%02d\","
                              " \"end\": \"%04" G_GINT64_FORMAT "-%02d-%02d\", \"title\": \"E\"}",
                              i ? "," : "", i, kinds[i % 3], y1, m1, d1, y2, m2, d2);
    }
  g_string_append (json, "]}");
  dataset = load_json (json->str);

  chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_KIND, 3);
  g_assert_cmpuint (chronicle_lane_layout_get_n_items (layout), ==, 300);
  assert_no_overlap (layout, dataset, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/lane-layout/by-kind", test_lane_layout_by_kind);
  g_test_add_func ("/chronicle/lane-layout/by-partner", test_lane_layout_by_partner);
  g_test_add_func ("/chronicle/lane-layout/mask", test_lane_layout_mask);
  g_test_add_func ("/chronicle/lane-layout/random", test_lane_layout_random);

  return g_test_run ();
}
