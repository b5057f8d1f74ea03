/* test-scene.c — the computed timeline every surface draws, without a display.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Label widths are the titles' characters times 7 px: the scene takes whatever the
 * renderer measured, so any width works for its invariants.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "chronicle-loader.h"
#include "chronicle-scene.h"
#include "chronicle-date.h"

#define CHAR_PX 7.0

static const ChronicleSceneMetrics metrics = { 6, 5, 10, 6, 14, 8 };

typedef struct
{
  ChronicleDataset    *dataset;
  ChronicleLaneLayout *layout;
  ChronicleScene      *scene;
  ChronicleTimeScale  *scale;
  float               *widths;
} Fixture;

static ChronicleDataset *
load_bytes (const char *json,
            gsize       length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, length);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = chronicle_loader_load_bytes (loader, bytes, "test.json", NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static ChronicleDataset *
load_path (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return load_bytes (contents, length);
}

static void
fixture_init (Fixture          *f,
              ChronicleDataset *dataset,
              ChronicleGroupBy  group_by,
              const guint8     *mask)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  guint n = chronicle_event_store_get_n_events (store);

  f->dataset = dataset;
  f->layout = chronicle_lane_layout_new ();
  chronicle_lane_layout_compute (f->layout, dataset, NULL, group_by, 1);
  f->widths = g_new (float, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    f->widths[i] = (float) (CHAR_PX * g_utf8_strlen (chronicle_event_get_title (chronicle_event_store_get_event (store, i)), -1));
  f->scene = chronicle_scene_new ();
  chronicle_scene_set_layout (f->scene, f->layout, store);
  chronicle_scene_set_label_widths (f->scene, f->widths);
  chronicle_scene_set_metrics (f->scene, &metrics);
  chronicle_scene_set_mask (f->scene, mask);
  f->scale = chronicle_time_scale_new ();
  chronicle_time_scale_set_span_limits (f->scale, 1, 1e9);
  chronicle_time_scale_set_width (f->scale, 1920);
}

static void
fixture_clear (Fixture *f)
{
  g_clear_object (&f->scene);
  g_clear_object (&f->layout);
  g_clear_object (&f->scale);
  g_clear_object (&f->dataset);
  g_clear_pointer (&f->widths, g_free);
}

/* Fits everything with room after the last start for its label (as the canvas's fit does). */
static void
fit_all (Fixture *f)
{
  gint64 first, end;
  double span, label = 0;
  ChronicleEventStore *store = chronicle_dataset_get_events (f->dataset);

  g_assert_true (chronicle_event_store_get_bounds (store, &first, &end));
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    label = MAX (label, f->widths[i]);
  span = MAX (end - first, 1) * 1920.0 / MAX (1920.0 - label - 60, 400);
  chronicle_time_scale_set_visible (f->scale, first - span * 0.01, first - span * 0.01 + span);
}

/* The area a marker covers in its row: its label and its marker, or its badge. */
static void
extent (const ChronicleMarker *m,
        double                *a,
        double                *b)
{
  if (m->count > 1)
    *a = m->box_x0, *b = m->box_x1 - metrics.box_gap;
  else
    {
      *a = m->x0 - metrics.marker_radius, *b = m->x1 + metrics.marker_radius;
      if (m->labelled && !m->label_inside)
        *a = MIN (*a, m->label_x), *b = MAX (*b, m->label_x + m->label_width);
    }
}

/* The invariants: nothing in a row overlaps anything else in it (labels, markers,
 * badges); every event in view is labelled or counted in a badge; returns how many
 * events are in badges. */
static guint
check_scene (Fixture *f,
             guint    budget)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (f->dataset);
  guint n = chronicle_event_store_get_n_events (store);
  g_autofree guint8 *shown = g_new0 (guint8, MAX (n, 1));
  const ChronicleMarker *markers;
  guint n_markers, in_badges = 0;
  double start = chronicle_time_scale_get_start (f->scale), end = chronicle_time_scale_get_end (f->scale);

  chronicle_scene_stack (f->scene, chronicle_time_scale_days_per_pixel (f->scale), budget,
                         chronicle_time_scale_get_start (f->scale), chronicle_time_scale_get_end (f->scale));
  chronicle_scene_compute (f->scene, f->scale, 0, chronicle_scene_get_n_rows (f->scene));
  markers = chronicle_scene_get_markers (f->scene, &n_markers);

  for (guint i = 0; i < n_markers; i++)
    {
      double a, b;

      extent (&markers[i], &a, &b);
      g_assert_true (markers[i].count == 1 ? markers[i].labelled || f->widths[chronicle_scene_get_event (f->scene, markers[i].first)] == 0 : TRUE);
      for (guint j = i + 1; j < n_markers && markers[j].row == markers[i].row; j++)
        {
          double c, d;

          extent (&markers[j], &c, &d);
          if (!(b <= c || d <= a))
            g_error ("row %u: [%g, %g] (%u events) overlaps [%g, %g] (%u events)",
                     markers[i].row, a, b, markers[i].count, c, d, markers[j].count);
        }
      {
        g_autofree guint *events = g_new (guint, markers[i].count);
        guint n_events = chronicle_scene_get_marker_events (f->scene, i, events, markers[i].count);

        g_assert_cmpuint (n_events, ==, markers[i].count);
        for (guint k = 0; k < n_events; k++)
          shown[events[k]] = TRUE;
      }
      if (markers[i].count > 1)
        in_badges += markers[i].count;
    }

  for (guint i = 0; i < n; i++)
    {
      const gint64 *starts = chronicle_event_store_get_starts (store);
      const gint64 *ends = chronicle_event_store_get_ends (store);

      if ((double) starts[i] < end && (double) MAX (ends[i], starts[i] + 1) > start)
        if (!shown[i])
          g_error ("event %u (%s) is in view but neither labelled nor counted", i,
                   chronicle_event_get_title (chronicle_event_store_get_event (store, i)));
    }
  return in_badges;
}

/* Synthetic sets: @n events of one kind, evenly over @days from 2017-09-01. */
static ChronicleDataset *
synthetic (guint n,
           guint days,
           guint n_kinds)
{
  GString *s = g_string_new ("{\"events\": [");

  for (guint i = 0; i < n; i++)
    {
      gint64 day = chronicle_days_from_civil (2017, 9, 1) + (gint64) i * days / MAX (n, 1);
      gint64 y;
      int m, d;

      chronicle_civil_from_days (day, &y, &m, &d);
      g_string_append_printf (s, "%s{\"id\": \"e%u\", \"kind\": \"k%u\", \"start\": \"%04" G_GINT64_FORMAT "-%02d-%02d\", "
                                 "\"title\": \"Event number %u of the set\"}",
                              i ? "," : "", i, i % n_kinds, y, m, d, i);
    }
  g_string_append (s, "]}");
  {
    ChronicleDataset *dataset = load_bytes (s->str, s->len);
    g_string_free (s, TRUE);
    return dataset;
  }
}

static void
test_scene_one_group_dense (void)
{
  Fixture f = { 0 };

  /* 30 events of one group in three months, 1920 px wide, room for 20 rows. */
  fixture_init (&f, synthetic (30, 91, 1), CHRONICLE_GROUP_BY_KIND, NULL);
  fit_all (&f);
  g_assert_cmpuint (check_scene (&f, 20), ==, 0);
  for (guint i = 0; i < 30; i++)
    g_assert_true (chronicle_scene_is_labelled (f.scene, i));
  g_assert_cmpuint (chronicle_scene_get_n_rows (f.scene), >, 1);
  fixture_clear (&f);
}

static void
test_scene_biography (void)
{
  Fixture f = { 0 };

  /* 18 events over 50 years. */
  fixture_init (&f, synthetic (18, 50 * 365, 3), CHRONICLE_GROUP_BY_KIND, NULL);
  fit_all (&f);
  g_assert_cmpuint (check_scene (&f, 20), ==, 0);
  for (guint i = 0; i < 18; i++)
    g_assert_true (chronicle_scene_is_labelled (f.scene, i));
  fixture_clear (&f);
}

/* When rows run out: badges, never overlapping, counting every event not labelled;
 * when there are as many rows as events, every event is labelled. */
static void
test_scene_rows_run_out (void)
{
  Fixture f = { 0 };
  guint n = 2000;

  fixture_init (&f, synthetic (n, 3 * 365, 4), CHRONICLE_GROUP_BY_KIND, NULL);
  fit_all (&f);
  g_assert_cmpuint (check_scene (&f, 12), >, 0);
  g_assert_cmpuint (chronicle_scene_get_n_rows (f.scene), <=, 12);
  for (guint g = 0; g < chronicle_scene_get_n_groups (f.scene); g++)
    g_assert_true (chronicle_scene_get_group (f.scene, g)->overflow);

  /* Every zoom level from all of it down to a week keeps the invariants. */
  for (int step = 0; step < 12; step++)
    {
      double span = 3 * 365 * pow (7.0 / (3 * 365), step / 11.0);
      double centre = chronicle_days_from_civil (2019, 3, 1);

      chronicle_time_scale_set_visible (f.scale, centre - span / 2, centre + span / 2);
      check_scene (&f, 12);
    }

  /* As many rows as events: all labelled. */
  fit_all (&f);
  g_assert_cmpuint (check_scene (&f, n), ==, 0);
  for (guint i = 0; i < n; i++)
    g_assert_true (chronicle_scene_is_labelled (f.scene, i));
  fixture_clear (&f);
}

/* Past 20,000 items the stacking covers a window of tiles around the view: the same
 * invariants at every zoom, and panning within a tile keeps the rows. */
static void
test_scene_large (void)
{
  Fixture f = { 0 };
  guint n = 30000;
  double centre = chronicle_days_from_civil (2017, 9, 1) + 15 * 365 + 0.5;

  fixture_init (&f, synthetic (n, 30 * 365, 4), CHRONICLE_GROUP_BY_KIND, NULL);
  for (int step = 0; step < 10; step++)
    {
      double span = 30 * 365 * pow (7.0 / (30 * 365), step / 9.0);
      guint row0, row1;

      chronicle_time_scale_set_visible (f.scale, centre - span / 2, centre + span / 2);
      check_scene (&f, 30);
      g_assert_true (chronicle_scene_find_row (f.scene, n / 2, &row0));
      /* A tenth of a view later: within the same tile. */
      chronicle_time_scale_pan (f.scale, 1920 / 10.0);
      check_scene (&f, 30);
      g_assert_true (chronicle_scene_find_row (f.scene, n / 2, &row1));
      if (chronicle_scene_zoom_level (chronicle_time_scale_days_per_pixel (f.scale)) ==
          chronicle_scene_zoom_level (span / 1920))
        g_assert_cmpuint (row0, ==, row1);
      chronicle_time_scale_pan (f.scale, -1920 / 10.0);
    }
  fixture_clear (&f);
}

/* Labels go first to the selected event, then to what the filter matches. */
static void
test_scene_priority (void)
{
  Fixture f = { 0 };
  guint n = 200;
  g_autofree guint8 *mask = g_new0 (guint8, n);
  guint matched_labelled = 0, other_labelled = 0;

  for (guint i = 0; i < n; i += 10)
    mask[i] = TRUE;
  fixture_init (&f, synthetic (n, 365, 1), CHRONICLE_GROUP_BY_KIND, mask);
  fit_all (&f);
  chronicle_scene_set_selected (f.scene, 77);
  check_scene (&f, 6);
  g_assert_true (chronicle_scene_is_labelled (f.scene, 77));
  for (guint i = 0; i < n; i++)
    if (chronicle_scene_is_labelled (f.scene, i))
      {
        if (mask[i])
          matched_labelled++;
        else
          other_labelled++;
      }
  /* 20 matches among 200: with 5 rows of labels they all fit; the rest only partly. */
  g_assert_cmpuint (matched_labelled, ==, n / 10);
  g_assert_cmpuint (other_labelled, <, n - n / 10 - 1);

  /* Selecting an event in a badge labels it. */
  for (guint i = 0; i < n; i++)
    if (!chronicle_scene_is_labelled (f.scene, i))
      {
        chronicle_scene_set_selected (f.scene, i);
        check_scene (&f, 6);
        g_assert_true (chronicle_scene_is_labelled (f.scene, i));
        break;
      }
  fixture_clear (&f);
}

/* Panning never changes rows; zooming within a level does not either. */
static void
test_scene_pan_keeps_rows (void)
{
  Fixture f = { 0 };
  guint n = 500;
  g_autofree guint *rows = g_new (guint, n);
  double start, span;

  fixture_init (&f, synthetic (n, 2 * 365, 3), CHRONICLE_GROUP_BY_KIND, NULL);
  chronicle_time_scale_set_visible (f.scale, chronicle_days_from_civil (2018, 1, 1), chronicle_days_from_civil (2018, 3, 1));
  check_scene (&f, 15);
  for (guint i = 0; i < n; i++)
    g_assert_true (chronicle_scene_find_row (f.scene, i, &rows[i]));

  start = chronicle_time_scale_get_start (f.scale);
  span = chronicle_time_scale_get_span (f.scale);
  for (int k = 1; k <= 20; k++)
    {
      g_autoptr(ChronicleScene) fresh = chronicle_scene_new ();

      chronicle_time_scale_set_visible (f.scale, start + k * span * 0.37, start + k * span * 0.37 + span);
      check_scene (&f, 15);
      /* A scene made from scratch at the panned view has the same rows. */
      chronicle_scene_set_layout (fresh, f.layout, chronicle_dataset_get_events (f.dataset));
      chronicle_scene_set_label_widths (fresh, f.widths);
      chronicle_scene_set_metrics (fresh, &metrics);
      chronicle_scene_stack (fresh, chronicle_time_scale_days_per_pixel (f.scale), 15,
                             chronicle_time_scale_get_start (f.scale), chronicle_time_scale_get_end (f.scale));
      for (guint i = 0; i < n; i++)
        {
          guint row;

          g_assert_true (chronicle_scene_find_row (fresh, i, &row));
          g_assert_cmpuint (row, ==, rows[i]);
        }
    }
  fixture_clear (&f);
}

static void
check_file (const char       *path,
            ChronicleGroupBy  group_by)
{
  Fixture f = { 0 };
  ChronicleEventStore *store;
  guint n;

  fixture_init (&f, load_path (path), group_by, NULL);
  store = chronicle_dataset_get_events (f.dataset);
  n = chronicle_event_store_get_n_events (store);
  fit_all (&f);
  /* 1080 px high: about 20 rows. Small files are all labelled at the fit. */
  if (check_scene (&f, 20) > 0 && n <= 12)
    g_error ("%s: %u events, some in badges at the fit", path, n);
  /* And at a few zooms into the middle. */
  for (int step = 1; step < 6; step++)
    {
      double centre = (chronicle_time_scale_get_start (f.scale) + chronicle_time_scale_get_end (f.scale)) / 2;
      double span = chronicle_time_scale_get_span (f.scale) / 2;

      chronicle_time_scale_set_visible (f.scale, centre - span / 2, centre + span / 2);
      check_scene (&f, 20);
    }
  fixture_clear (&f);
}

static void
test_scene_files (void)
{
  const char *names[] = { "good.json", "timelinejs-basic.json", "markup.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", names[i], NULL);

      check_file (path, CHRONICLE_GROUP_BY_KIND);
      check_file (path, CHRONICLE_GROUP_BY_PARTNER);
    }
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "vietnam-diplomacy-2021-2023.json", NULL);

    check_file (path, CHRONICLE_GROUP_BY_KIND);
    check_file (path, CHRONICLE_GROUP_BY_PARTNER);
  }
}

static void
test_scene_levels (void)
{
  /* Levels are √2 apart and a level's scale is its most zoomed-out one. */
  for (double dpp = 0.01; dpp < 1e6; dpp *= 1.17)
    {
      int level = chronicle_scene_zoom_level (dpp);

      g_assert_cmpfloat (chronicle_scene_level_days_per_pixel (level), >=, dpp * (1 - 1e-9));
      g_assert_cmpfloat (chronicle_scene_level_days_per_pixel (level - 1), <, dpp);
    }
}

static void
test_navigation_step (void)
{
  guint8 mask[] = { 0, 1, 0, 1, 1 };
  guint next;

  g_assert_true (chronicle_navigation_step (5, mask, -1, 1, &next));
  g_assert_cmpuint (next, ==, 1);
  g_assert_true (chronicle_navigation_step (5, mask, 1, 1, &next));
  g_assert_cmpuint (next, ==, 3);
  g_assert_true (chronicle_navigation_step (5, mask, 3, -1, &next));
  g_assert_cmpuint (next, ==, 1);
  g_assert_false (chronicle_navigation_step (5, mask, 1, -1, &next));
  g_assert_true (chronicle_navigation_step (5, mask, 1, 2, &next));
  g_assert_cmpuint (next, ==, 4);
  g_assert_true (chronicle_navigation_step (5, NULL, 4, -2, &next));
  g_assert_cmpuint (next, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/scene/one-group-dense", test_scene_one_group_dense);
  g_test_add_func ("/chronicle/scene/biography", test_scene_biography);
  g_test_add_func ("/chronicle/scene/rows-run-out", test_scene_rows_run_out);
  g_test_add_func ("/chronicle/scene/priority", test_scene_priority);
  g_test_add_func ("/chronicle/scene/large", test_scene_large);
  g_test_add_func ("/chronicle/scene/pan-keeps-rows", test_scene_pan_keeps_rows);
  g_test_add_func ("/chronicle/scene/files", test_scene_files);
  g_test_add_func ("/chronicle/scene/levels", test_scene_levels);
  g_test_add_func ("/chronicle/scene/navigation", test_navigation_step);

  return g_test_run ();
}
