/* test-marker-pass.c — what the canvas draws, without a display.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "chronicle-date-format.h"
#include "chronicle-loader.h"
#include "chronicle-marker-pass.h"

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

/* One kind, one row: five single-day events, 1, 2, 3, 20 and 40 days into 2023. */
static const char *json_row =
  "{\"events\": ["
  " {\"id\": \"a\", \"kind\": \"visit\", \"start\": \"2023-01-02\", \"title\": \"A\"},"
  " {\"id\": \"b\", \"kind\": \"visit\", \"start\": \"2023-01-03\", \"title\": \"B\"},"
  " {\"id\": \"c\", \"kind\": \"visit\", \"start\": \"2023-01-04\", \"title\": \"C\"},"
  " {\"id\": \"d\", \"kind\": \"visit\", \"start\": \"2023-01-21\", \"title\": \"D\"},"
  " {\"id\": \"e\", \"kind\": \"visit\", \"start\": \"2023-02-10\", \"title\": \"E\"}"
  "]}";

typedef struct
{
  ChronicleDataset    *dataset;
  ChronicleLaneLayout *layout;
  ChronicleMarkerPass *pass;
  ChronicleTimeScale  *scale;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dataset = load_json (json_row);
  f->layout = chronicle_lane_layout_new ();
  chronicle_lane_layout_compute (f->layout, f->dataset, NULL, CHRONICLE_GROUP_BY_KIND, 1);
  g_assert_cmpuint (chronicle_lane_layout_get_n_rows (f->layout), ==, 1);
  f->pass = chronicle_marker_pass_new ();
  chronicle_marker_pass_set_layout (f->pass, f->layout, chronicle_dataset_get_events (f->dataset));
  f->scale = chronicle_time_scale_new ();
  chronicle_time_scale_set_span_limits (f->scale, 1, 1e6);
  chronicle_time_scale_set_width (f->scale, 1000);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->pass);
  g_clear_object (&f->layout);
  g_clear_object (&f->scale);
  g_clear_object (&f->dataset);
}

static double
day (int y, int m, int d)
{
  return (double) chronicle_days_from_civil (y, m, d);
}

static void
test_marker_pass_coalesce (Fixture       *f,
                           gconstpointer  data)
{
  const ChronicleMarker *m;
  guint n;

  /* 100 days over 1000 px: 10 px a day. With a 15 px gap, a and b (10 px apart) make
   * one cluster; c starts 20 px after a and stands alone, as do d and e. */
  chronicle_time_scale_set_visible (f->scale, day (2023, 1, 1), day (2023, 1, 1) + 100);
  n = chronicle_marker_pass_compute (f->pass, f->scale, 0, 1, 15);
  m = chronicle_marker_pass_get_markers (f->pass, NULL);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (m[0].count, ==, 2);
  g_assert_cmpuint (m[1].count, ==, 1);
  g_assert_cmpuint (m[2].count, ==, 1);
  g_assert_cmpuint (m[3].count, ==, 1);
  g_assert_cmpfloat_with_epsilon (m[0].x0, 10, 1e-9);

  /* Zoomed in (20 px a day), every event in view is drawn apart… */
  chronicle_time_scale_set_visible (f->scale, day (2023, 1, 1), day (2023, 1, 1) + 50);
  n = chronicle_marker_pass_compute (f->pass, f->scale, 0, 1, 15);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (chronicle_marker_pass_get_markers (f->pass, NULL)[0].count, ==, 1);

  /* …zoomed out (0.73 days a pixel), a 100 px gap makes one cluster of five. */
  chronicle_time_scale_set_visible (f->scale, day (2022, 1, 1), day (2024, 1, 1));
  n = chronicle_marker_pass_compute (f->pass, f->scale, 0, 1, 100);
  m = chronicle_marker_pass_get_markers (f->pass, NULL);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (m[0].count, ==, 5);
  /* The cluster spans from its first start to its last end. */
  g_assert_cmpfloat (m[0].x1, >, m[0].x0);
}

static void
test_marker_pass_cull (Fixture       *f,
                       gconstpointer  data)
{
  const ChronicleMarker *m;
  guint n;

  /* Only what is in view: d alone. */
  chronicle_time_scale_set_visible (f->scale, day (2023, 1, 15), day (2023, 1, 25));
  n = chronicle_marker_pass_compute (f->pass, f->scale, 0, 1, 5);
  m = chronicle_marker_pass_get_markers (f->pass, NULL);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (chronicle_marker_pass_get_event (f->pass, m[0].first), ==, 3);

  /* Rows out of view are not computed at all. */
  n = chronicle_marker_pass_compute (f->pass, f->scale, 1, 10, 5);
  g_assert_cmpuint (n, ==, 0);
}

static void
test_marker_pass_matches (Fixture       *f,
                          gconstpointer  data)
{
  const guint8 mask[] = { 0, 1, 0, 0, 1 };
  const ChronicleMarker *m;

  chronicle_marker_pass_set_mask (f->pass, mask);
  chronicle_time_scale_set_visible (f->scale, day (2022, 1, 1), day (2024, 1, 1));
  chronicle_marker_pass_compute (f->pass, f->scale, 0, 1, 100);
  m = chronicle_marker_pass_get_markers (f->pass, NULL);
  g_assert_cmpuint (m[0].count, ==, 5);
  g_assert_cmpuint (m[0].n_matched, ==, 2);

  chronicle_time_scale_set_visible (f->scale, day (2023, 1, 1), day (2023, 1, 1) + 50);
  chronicle_marker_pass_compute (f->pass, f->scale, 0, 1, 5);
  m = chronicle_marker_pass_get_markers (f->pass, NULL);
  g_assert_cmpuint (m[0].n_matched, ==, 0);   /* a */
  g_assert_cmpuint (m[1].n_matched, ==, 1);   /* b */
}

static void
test_marker_pass_hit (Fixture       *f,
                      gconstpointer  data)
{
  guint marker;

  chronicle_time_scale_set_visible (f->scale, day (2023, 1, 1), day (2023, 1, 1) + 50);
  chronicle_marker_pass_compute (f->pass, f->scale, 0, 1, 5);

  /* b is at 40 px (day 4 of 50 over 1000 px → 20 px a day: Jan 3 is day 2). */
  g_assert_true (chronicle_marker_pass_find (f->pass, 41, 0, 3, &marker));
  g_assert_cmpuint (chronicle_marker_pass_get_event (f->pass, chronicle_marker_pass_get_markers (f->pass, NULL)[marker].first), ==, 1);
  g_assert_false (chronicle_marker_pass_find (f->pass, 150, 0, 3, &marker));
  g_assert_false (chronicle_marker_pass_find (f->pass, 41, 1, 3, &marker));
  g_assert_true (chronicle_marker_pass_find_event (f->pass, 3, &marker));
  g_assert_cmpuint (marker, ==, 3);
}

static void
test_marker_pass_bounded (void)
{
  /* 20,000 events in one year: whatever the zoom, markers stay bounded by pixels. */
  g_autoptr(GString) json = g_string_new ("{\"events\": [");
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  g_autoptr(ChronicleMarkerPass) pass = chronicle_marker_pass_new ();
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  guint n;

  for (guint i = 0; i < 20000; i++)
    {
      gint64 y;
      int m, d;

      chronicle_civil_from_days (chronicle_days_from_civil (2023, 1, 1) + (i * 7919) % 365, &y, &m, &d);
      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"start\": \"%04d-%02d-%02d\", \"title\": \"E\"}",
                              i ? "," : "", i, (int) y, m, d);
    }
  g_string_append (json, "]}");
  dataset = load_json (json->str);
  chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_KIND, 1);
  chronicle_marker_pass_set_layout (pass, layout, chronicle_dataset_get_events (dataset));
  chronicle_time_scale_set_span_limits (scale, 1, 1e6);
  chronicle_time_scale_set_width (scale, 1000);
  chronicle_time_scale_set_visible (scale, day (2023, 1, 1), day (2024, 1, 1));

  n = chronicle_marker_pass_compute (pass, scale, 0, chronicle_lane_layout_get_n_rows (layout), 10);
  g_assert_cmpuint (n, <=, chronicle_lane_layout_get_n_rows (layout) * (1000 / 10 + 2));
  {
    /* …and the clusters account for every event. */
    const ChronicleMarker *m = chronicle_marker_pass_get_markers (pass, NULL);
    guint total = 0;

    for (guint i = 0; i < n; i++)
      total += m[i].count;
    g_assert_cmpuint (total, ==, 20000);
  }
}

static void
test_navigation_order (void)
{
  const guint8 mask[] = { 1, 0, 0, 1, 1, 0 };
  guint next;

  /* Nothing selected: next is the first kept event, previous the last. */
  g_assert_true (chronicle_navigation_step (6, mask, -1, 1, &next));
  g_assert_cmpuint (next, ==, 0);
  g_assert_true (chronicle_navigation_step (6, mask, -1, -1, &next));
  g_assert_cmpuint (next, ==, 4);
  /* Skips what the filter hides, in time order. */
  g_assert_true (chronicle_navigation_step (6, mask, 0, 1, &next));
  g_assert_cmpuint (next, ==, 3);
  g_assert_true (chronicle_navigation_step (6, mask, 3, -1, &next));
  g_assert_cmpuint (next, ==, 0);
  g_assert_false (chronicle_navigation_step (6, mask, 4, 1, &next));
  g_assert_false (chronicle_navigation_step (6, mask, 0, -1, &next));
  /* Home and End. */
  g_assert_true (chronicle_navigation_step (6, mask, 3, -2, &next));
  g_assert_cmpuint (next, ==, 0);
  g_assert_true (chronicle_navigation_step (6, mask, 0, 2, &next));
  g_assert_cmpuint (next, ==, 4);
  /* No mask: everything. */
  g_assert_true (chronicle_navigation_step (6, NULL, 0, 1, &next));
  g_assert_cmpuint (next, ==, 1);
}

static void
test_date_format (void)
{
  static const struct { const char *start; const char *end; const char *text; } cases[] = {
    { "2023-09-10", NULL, "10 September 2023" },
    { "2023-09-10", "2023-09-11", "10–11 September 2023" },
    { "2022-10-30", "2022-11-01", "30 October – 1 November 2022" },
    { "2023-11", NULL, "November 2023" },
    { "2022", NULL, "2022" },
    { "2021", "2025", "2021–2025" },
    { "2022-12-30", "2023-01-02", "30 December 2022 – 2 January 2023" },
    { "-0043", NULL, "44 BCE" },
    { "-13800000000", NULL, "13,800,000,000 BCE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChronicleDate start, end;
      g_autofree char *text = NULL;

      g_assert_cmpint (chronicle_date_parse (cases[i].start, &start), ==, CHRONICLE_DATE_PARSE_OK);
      if (cases[i].end)
        g_assert_cmpint (chronicle_date_parse (cases[i].end, &end), ==, CHRONICLE_DATE_PARSE_OK);
      text = chronicle_date_format_range (&start, cases[i].end ? &end : NULL);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_tick_labels (void)
{
  static const struct { ChronicleTickUnit unit; gint64 count; int y, m, d; const char *text; } cases[] = {
    { CHRONICLE_TICK_DAY, 1, 2023, 9, 10, "10 Sep" },
    { CHRONICLE_TICK_WEEK, 1, 2023, 9, 11, "11 Sep" },
    { CHRONICLE_TICK_MONTH, 1, 2023, 9, 1, "Sep" },
    { CHRONICLE_TICK_MONTH, 1, 2023, 1, 1, "Jan 2023" },
    { CHRONICLE_TICK_MONTH, 3, 2023, 7, 1, "Q3 2023" },
    { CHRONICLE_TICK_YEAR, 1, 2023, 1, 1, "2023" },
    { CHRONICLE_TICK_YEAR, 100, -99, 1, 1, "100 BCE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChronicleTickStep step = { cases[i].unit, cases[i].count };
      g_autofree char *text = chronicle_tick_format (step, chronicle_days_from_civil (cases[i].y, cases[i].m, cases[i].d));

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/chronicle/marker-pass/coalesce", Fixture, NULL, fixture_set_up, test_marker_pass_coalesce, fixture_tear_down);
  g_test_add ("/chronicle/marker-pass/cull", Fixture, NULL, fixture_set_up, test_marker_pass_cull, fixture_tear_down);
  g_test_add ("/chronicle/marker-pass/matches", Fixture, NULL, fixture_set_up, test_marker_pass_matches, fixture_tear_down);
  g_test_add ("/chronicle/marker-pass/hit", Fixture, NULL, fixture_set_up, test_marker_pass_hit, fixture_tear_down);
  g_test_add_func ("/chronicle/marker-pass/bounded", test_marker_pass_bounded);
  g_test_add_func ("/chronicle/marker-pass/navigation-order", test_navigation_order);
  g_test_add_func ("/chronicle/marker-pass/date-format", test_date_format);
  g_test_add_func ("/chronicle/marker-pass/tick-labels", test_tick_labels);

  return g_test_run ();
}
