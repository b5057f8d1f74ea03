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

/* Fits everything as the canvas's "Show everything" does: the events between margins
 * of one and a half ems, no wider (the scene keeps labels within the data). */
static void
fit_all (Fixture *f)
{
  gint64 first, end;
  double start, stop, em = 2 * metrics.label_pad;
  ChronicleEventStore *store = chronicle_dataset_get_events (f->dataset);

  g_assert_true (chronicle_event_store_get_bounds (store, &first, &end));
  chronicle_time_scale_compute_fit (f->scale, first, end, em * 1.5, em * 1.5, &start, &stop);
  chronicle_time_scale_set_visible (f->scale, start, stop);
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
      /* A single in view is labelled (one out of view, whose label only reached into
       * it, may not be: a stub at the edge would belong to nothing on screen). */
      if (markers[i].count == 1 && markers[i].x1 + metrics.marker_radius > chronicle_time_scale_get_origin (f->scale) &&
          markers[i].x0 - metrics.marker_radius < chronicle_time_scale_get_origin (f->scale) + chronicle_time_scale_get_width (f->scale))
        g_assert_true (markers[i].labelled || f->widths[chronicle_scene_get_event (f->scene, markers[i].first)] == 0);
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

/* In the fitted view every label is whole on the canvas: none runs past either edge
 * (labels at the end turn before their marker). Returns how many are ellipsized. */
static guint
check_labels_in_view (Fixture *f)
{
  const ChronicleMarker *markers;
  guint n_markers, capped = 0;
  double width = chronicle_time_scale_get_width (f->scale);

  markers = chronicle_scene_get_markers (f->scene, &n_markers);
  for (guint i = 0; i < n_markers; i++)
    if (markers[i].count == 1 && markers[i].labelled)
      {
        guint event = chronicle_scene_get_event (f->scene, markers[i].first);

        if (markers[i].label_x < -0.5 || markers[i].label_x + markers[i].label_width > width + 0.5)
          g_error ("the label of event %u is at [%g, %g], outside the view's %g px", event,
                   markers[i].label_x, markers[i].label_x + markers[i].label_width, width);
        if (!markers[i].label_inside && markers[i].label_width + 0.5 < f->widths[event])
          {
            g_test_message ("shortened: %s (%g of %g px)",
                            chronicle_event_get_title (chronicle_event_store_get_event (chronicle_dataset_get_events (f->dataset), event)),
                            markers[i].label_width, (double) f->widths[event]);
            capped++;
          }
      }
  return capped;
}

static guint
count_labelled (Fixture *f)
{
  guint n = chronicle_event_store_get_n_events (chronicle_dataset_get_events (f->dataset)), labelled = 0;

  for (guint i = 0; i < n; i++)
    labelled += chronicle_scene_is_labelled (f->scene, i);
  return labelled;
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
  check_labels_in_view (&f);
  for (guint i = 0; i < 30; i++)
    g_assert_true (chronicle_scene_is_labelled (f.scene, i));
  g_assert_cmpuint (chronicle_scene_get_n_rows (f.scene), >, 1);
  fixture_clear (&f);
}

static void
test_scene_biography (void)
{
  Fixture f = { 0 };

  /* 20 events over 50 years, in three kinds. */
  fixture_init (&f, synthetic (20, 50 * 365, 3), CHRONICLE_GROUP_BY_KIND, NULL);
  fit_all (&f);
  g_assert_cmpuint (check_scene (&f, 20), ==, 0);
  check_labels_in_view (&f);
  for (guint i = 0; i < 20; i++)
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

/* A search that picks out a few events of a busy lane (the bundled data's events in
 * Hà Nội, in its opening view): each of them has its whole label; the rest are
 * shortened or in badges first. */
static void
test_scene_few_matches_whole (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "vietnam-diplomacy-2021-2023.json", NULL);
  ChronicleDataset *dataset = load_path (path);
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  guint n = chronicle_event_store_get_n_events (store), whole = 0, shown = 0;
  g_autofree guint8 *mask = g_new0 (guint8, n);
  const ChronicleMarker *markers;
  guint n_markers;
  gint64 first, end;
  Fixture f = { 0 };

  for (guint i = 0; i < n; i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, i);
      const char *place = chronicle_event_get_place (event);

      mask[i] = (place != NULL && strstr (place, "Hà Nội") != NULL) || strstr (chronicle_event_get_title (event), "Hà Nội") != NULL;
    }
  fixture_init (&f, dataset, CHRONICLE_GROUP_BY_KIND, mask);
  chronicle_time_scale_set_width (f.scale, 1573);
  g_assert_true (chronicle_dataset_get_view (dataset, &first, &end));
  chronicle_time_scale_set_visible (f.scale, (double) first, (double) end);
  check_scene (&f, 30);
  markers = chronicle_scene_get_markers (f.scene, &n_markers);
  for (guint i = 0; i < n_markers; i++)
    {
      guint event = chronicle_scene_get_event (f.scene, markers[i].first);

      if (markers[i].count != 1 || !mask[event] || markers[i].label_inside)
        continue;
      shown++;
      g_assert_true (markers[i].labelled);
      whole += markers[i].label_width + 0.5 >= f.widths[event];
      if (markers[i].label_width + 0.5 < f.widths[event])
        g_test_message ("match %u shortened to %g of %g", event, markers[i].label_width, (double) f.widths[event]);
    }
  g_test_message ("%u of %u matches in view whole", whole, shown);
  g_assert_cmpuint (shown, >=, 5);
  g_assert_cmpuint (whole, ==, shown);
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

/* The last events' labels turn before their marker: the fit needs no room after the
 * data for them, and they are whole in the view. */
static void
test_scene_end_labels_turn (void)
{
  Fixture f = { 0 };
  const ChronicleMarker *markers;
  guint n_markers, last_marker = G_MAXUINT;

  fixture_init (&f, synthetic (8, 8 * 365, 1), CHRONICLE_GROUP_BY_KIND, NULL);
  fit_all (&f);
  g_assert_cmpuint (check_scene (&f, 10), ==, 0);
  check_labels_in_view (&f);
  markers = chronicle_scene_get_markers (f.scene, &n_markers);
  for (guint i = 0; i < n_markers; i++)
    if (chronicle_scene_get_event (f.scene, markers[i].first) == 7)
      last_marker = i;
  g_assert_cmpuint (last_marker, !=, G_MAXUINT);
  g_assert_true (markers[last_marker].labelled);
  g_assert_cmpfloat (markers[last_marker].label_x + markers[last_marker].label_width, <=, markers[last_marker].x0);
  fixture_clear (&f);
}

/* No shortened label has room beside it that it could take: what follows a label
 * after its marker, or what comes before a label before its marker, is within two gaps
 * of it, or the view's edge is. Returns how many labels are shortened. */
static guint
check_no_wasted_room (Fixture *f)
{
  const ChronicleMarker *markers;
  guint n_markers, shortened = 0;
  double x0 = chronicle_time_scale_get_origin (f->scale);
  double x1 = x0 + chronicle_time_scale_get_width (f->scale);
  double slack = 2 * metrics.box_gap + 1;
  gint64 first, end;

  /* Labels keep within the data's edges (and a marker's width beyond). */
  g_assert_true (chronicle_event_store_get_bounds (chronicle_dataset_get_events (f->dataset), &first, &end));
  x0 = MAX (x0, chronicle_time_scale_to_x (f->scale, (double) first) - 3 * metrics.marker_radius);
  x1 = MIN (x1, chronicle_time_scale_to_x (f->scale, (double) end) + 3 * metrics.marker_radius);
  markers = chronicle_scene_get_markers (f->scene, &n_markers);
  for (guint i = 0; i < n_markers; i++)
    {
      const ChronicleMarker *m = &markers[i];
      guint event;
      double near;

      if (m->count != 1 || !m->labelled || m->label_inside)
        continue;
      event = chronicle_scene_get_event (f->scene, m->first);
      if (m->label_width + 0.5 >= f->widths[event])
        continue;
      shortened++;
      if (m->label_x > m->x0)
        {
          /* After its marker: the next thing in the row, or the view's edge. */
          near = x1;
          if (i + 1 < n_markers && markers[i + 1].row == m->row)
            {
              double a, b;

              extent (&markers[i + 1], &a, &b);
              near = MIN (near, a);
            }
          if (near - (m->label_x + m->label_width) > slack)
            g_error ("the label of event %u is shortened to %g of %g px with %g px free after it", event,
                     m->label_width, (double) f->widths[event], near - (m->label_x + m->label_width));
        }
      else
        {
          near = x0;
          if (i > 0 && markers[i - 1].row == m->row)
            {
              double a, b;

              extent (&markers[i - 1], &a, &b);
              near = MAX (near, b);
            }
          if (m->label_x - near > slack)
            g_error ("the label of event %u is shortened to %g of %g px with %g px free before it", event,
                     m->label_width, (double) f->widths[event], m->label_x - near);
        }
    }
  return shortened;
}

/* Every single event whose marker is in view has its whole label, in view, when its
 * row has the room for it after its marker (or bar) or before its marker, next to what
 * the row shows now: one gap from what follows, two from what it faces before it.
 * Returns how many were checked. */
static guint
check_whole_when_room (Fixture    *f,
                       const char *what)
{
  const ChronicleMarker *markers;
  guint n_markers, checked = 0;
  double x0 = chronicle_time_scale_get_origin (f->scale);
  double x1 = x0 + chronicle_time_scale_get_width (f->scale);

  markers = chronicle_scene_get_markers (f->scene, &n_markers);
  for (guint i = 0; i < n_markers; i++)
    {
      const ChronicleMarker *m = &markers[i];
      guint event;
      double full, prev = x0, next = x1, after, before;
      gboolean whole;

      /* A label whose marker is out of view is whole in view or not drawn: never a
       * stub at the edge, belonging to nothing on screen. */
      if (m->count == 1 && m->labelled && !m->label_inside &&
          (m->x0 - metrics.marker_radius >= x1 || MAX (m->x1, m->x0 + metrics.marker_radius) + metrics.marker_radius <= x0) &&
          (m->label_x < x0 - 0.5 || m->label_x + m->label_width > x1 + 0.5) &&
          m->label_x < x1 && m->label_x + m->label_width > x0)
        g_error ("%s: the label of %s, whose marker is out of view, is cut at the view's edge", what,
                 chronicle_event_get_title (chronicle_event_store_get_event (chronicle_dataset_get_events (f->dataset),
                                                                             chronicle_scene_get_event (f->scene, m->first))));
      if (m->count != 1 || m->x0 < x0 || m->x0 >= x1)
        continue;
      event = chronicle_scene_get_event (f->scene, m->first);
      full = f->widths[event];
      checked++;
      whole = m->labelled && m->label_width + 0.5 >= full && m->label_x >= x0 - 0.5 &&
              m->label_x + m->label_width <= x1 + 0.5;
      if (whole)
        continue;
      if (i > 0 && markers[i - 1].row == m->row)
        prev = MAX (prev, markers[i - 1].box_x1 + 2 * metrics.box_gap);
      if (i + 1 < n_markers && markers[i + 1].row == m->row)
        {
          const ChronicleMarker *b = &markers[i + 1];
          gboolean b_before = b->count == 1 && b->labelled && !b->label_inside && b->label_x < b->x0;

          next = MIN (next, b->box_x0 - (b_before ? 2 : 1) * metrics.box_gap);
        }
      after = next - (MAX (m->x1, m->x0 + metrics.marker_radius) + metrics.label_gap);
      before = (m->x0 - metrics.marker_radius - metrics.label_gap) - prev;
      if (after >= full + 1 || before >= full + 1)
        g_error ("%s: %s has %s%g px of %g for its label with %g px free after its marker and %g before",
                 what, chronicle_event_get_title (chronicle_event_store_get_event (chronicle_dataset_get_events (f->dataset), event)),
                 m->labelled ? "" : "no label, ", m->labelled ? m->label_width : 0, full, after, before);
    }
  return checked;
}

/* What the view shows decides where labels go, not only the data's edges: with a
 * search on (labels had stopped at the last match's date), with the view running on
 * past the data's end (a presentation's camera; labels had been turned before their
 * markers and cut at the view's start), and for the selected event (left shortened
 * inside its bar with its row empty after it). Each event in view is whole when its
 * row has the room. */
static void
test_scene_labels_use_the_view (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "vietnam-diplomacy-2021-2023.json", NULL);
  Fixture f = { 0 };
  ChronicleEventStore *store;
  g_autofree guint8 *mask = NULL;
  guint n, checked = 0;
  gint64 first, end;

  fixture_init (&f, load_path (path), CHRONICLE_GROUP_BY_KIND, NULL);
  store = chronicle_dataset_get_events (f.dataset);
  n = chronicle_event_store_get_n_events (store);
  chronicle_time_scale_set_width (f.scale, 1280);
  g_assert_true (chronicle_event_store_get_bounds (store, &first, &end));

  /* A search for Biden: the view still shows 2021–2023. */
  mask = g_new0 (guint8, n);
  for (guint i = 0; i < n; i++)
    mask[i] = strstr (chronicle_event_get_title (chronicle_event_store_get_event (store, i)), "Biden") != NULL;
  for (int pass = 0; pass < 2; pass++)
    {
      chronicle_scene_set_mask (f.scene, pass == 0 ? NULL : mask);
      for (int year = 2021; year <= 2023; year++)
        {
          chronicle_time_scale_set_visible (f.scale, (double) chronicle_days_from_civil (year, 1, 1),
                                            (double) chronicle_days_from_civil (2024, 1, 1));
          for (guint budget = 12; budget <= 40; budget += 14)
            {
              check_scene (&f, budget);
              checked += check_whole_when_room (&f, pass == 0 ? "everything" : "a search");
            }
        }
    }
  chronicle_scene_set_mask (f.scene, NULL);

  /* The view runs on past the data's end, and starts before it. */
  for (double past = 0.5; past <= 2; past += 0.5)
    {
      double span = (double) (end - first);

      chronicle_time_scale_set_visible (f.scale, (double) first - span * past / 4, (double) end + span * past);
      check_scene (&f, 30);
      checked += check_whole_when_room (&f, "past the data's end");
    }

  /* Each event selected in turn, at a view a year wide around it. */
  for (guint i = 0; i < n; i++)
    {
      double day = chronicle_event_get_start_position (chronicle_event_store_get_event (store, i));

      chronicle_scene_set_selected (f.scene, i);
      chronicle_time_scale_set_visible (f.scale, day - 120, day + 245);
      check_scene (&f, 30);
      checked += check_whole_when_room (&f, "selected");
    }
  g_test_message ("%u events checked in view", checked);
  g_assert_cmpuint (checked, >, 500);
  fixture_clear (&f);
}

/* Rows are stacked at their zoom level's scale, up to √2 coarser than the view's: in
 * view, a shortened label takes the room it has, at every zoom between two levels. */
static void
test_scene_labels_take_room (void)
{
  Fixture f = { 0 };
  double start, span;
  guint total = 0;

  fixture_init (&f, synthetic (36, 91, 1), CHRONICLE_GROUP_BY_KIND, NULL);
  fit_all (&f);
  start = chronicle_time_scale_get_start (f.scale);
  span = chronicle_time_scale_get_end (f.scale) - start;
  for (int step = 0; step < 8; step++)
    {
      double s = span * pow (M_SQRT2, step / 8.0);

      chronicle_time_scale_set_visible (f.scale, start, start + s);
      for (guint budget = 3; budget <= 12; budget += 3)
        {
          check_scene (&f, budget);
          total += check_no_wasted_room (&f);
        }
    }
  /* The rows were short: labels were shortened, and each took what room it had. */
  g_assert_cmpuint (total, >, 0);
  fixture_clear (&f);
}

/* An event near the view's end (not the data's) whose label would run out of view
 * has it before its marker, whole, when its row has the room there. */
static void
test_scene_view_end_labels_turn (void)
{
  Fixture f = { 0 };
  const ChronicleMarker *markers;
  guint n_markers, checked = 0;
  double start, width;

  fixture_init (&f, synthetic (8, 8 * 365, 1), CHRONICLE_GROUP_BY_KIND, NULL);
  fit_all (&f);
  start = chronicle_time_scale_get_start (f.scale);
  width = chronicle_time_scale_get_width (f.scale);
  /* Zoomed in on one event near the view's end, its label cut there after it. */
  for (guint last = 2; last < 6; last++)
    {
      double day = (double) chronicle_event_get_start_position (
                     chronicle_event_store_get_event (chronicle_dataset_get_events (f.dataset), last));

      /* Half a year before it to a few days after it. */
      chronicle_time_scale_set_visible (f.scale, MAX (start, day - 180), day + 5);
      check_scene (&f, 10);
      markers = chronicle_scene_get_markers (f.scene, &n_markers);
      for (guint i = 0; i < n_markers; i++)
        {
          guint event = chronicle_scene_get_event (f.scene, markers[i].first);

          if (event != last)
            continue;
          g_assert_true (markers[i].labelled);
          g_assert_cmpfloat (markers[i].label_x + markers[i].label_width, <=, width);
          g_assert_cmpfloat (markers[i].label_width + 0.5, >=, f.widths[event]);
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 4);
  fixture_clear (&f);
}

/* A bar running on out of view whose label has no room before its marker carries it
 * inside, on the part of the bar in view, rather than after its end, out of view. */
static void
test_scene_label_inside_bar_in_view (void)
{
  static const char json[] =
    "{\"events\": ["
    "  {\"id\": \"a\", \"kind\": \"k\", \"title\": \"An event just before the other one\", \"start\": \"2020-03-01\"},"
    "  {\"id\": \"b\", \"kind\": \"k\", \"title\": \"Three weeks of talks with a title longer than the bar is wide even when it is all in view\","
    "   \"start\": \"2020-03-20\", \"end\": \"2020-04-10\"},"
    "  {\"id\": \"c\", \"kind\": \"other\", \"title\": \"Later, in another lane\", \"start\": \"2020-09-01\"}]}";
  Fixture f = { 0 };
  const ChronicleMarker *markers;
  guint n_markers, found = 0;
  double width;

  fixture_init (&f, load_bytes (json, sizeof json - 1), CHRONICLE_GROUP_BY_KIND, NULL);
  width = chronicle_time_scale_get_width (f.scale);
  chronicle_time_scale_set_visible (f.scale, (double) chronicle_days_from_civil (2019, 12, 25),
                                    (double) chronicle_days_from_civil (2020, 4, 1));
  check_scene (&f, 10);
  markers = chronicle_scene_get_markers (f.scene, &n_markers);
  for (guint i = 0; i < n_markers; i++)
    if (chronicle_scene_get_event (f.scene, markers[i].first) == 1)
      {
        g_test_message ("b: %g–%g label %g+%g inside %d, row %u", markers[i].x0, markers[i].x1, markers[i].label_x, markers[i].label_width, markers[i].label_inside, markers[i].row);
        g_assert_true (markers[i].labelled);
        g_assert_true (markers[i].label_inside);
        g_assert_cmpfloat (markers[i].label_x, >, markers[i].x0);
        g_assert_cmpfloat (markers[i].label_x + markers[i].label_width, <=, width);
        found++;
      }
  g_assert_cmpuint (found, ==, 1);
  fixture_clear (&f);
}

/* When rows run short, labels are capped (ellipsized) before anything merges into a
 * "+N"; a lane that has its rows keeps whole labels. */
static void
test_scene_caps_before_badges (void)
{
  Fixture f = { 0 };
  guint full_rows;

  /* 30 events in three months in one kind, 6 in another spread over them. */
  fixture_init (&f, synthetic (36, 91, 1), CHRONICLE_GROUP_BY_KIND, NULL);
  fit_all (&f);
  g_assert_cmpuint (check_scene (&f, 40), ==, 0);
  full_rows = chronicle_scene_get_n_rows (f.scene);
  g_assert_cmpuint (check_labels_in_view (&f), ==, 0);
  g_assert_cmpuint (full_rows, >, 4);

  /* Fewer rows than the whole labels need: every event still labelled, some shortened.
   * Drawn at the zoom level's own scale, where the view has no more room beside a
   * label than the stacking gave it. */
  {
    double start = chronicle_time_scale_get_start (f.scale);
    double dpp = chronicle_scene_level_days_per_pixel (chronicle_scene_zoom_level (chronicle_time_scale_days_per_pixel (f.scale)));

    chronicle_time_scale_set_visible (f.scale, start, start + dpp * chronicle_time_scale_get_width (f.scale));
  }
  g_assert_cmpuint (check_scene (&f, full_rows - 2), ==, 0);
  g_assert_cmpuint (count_labelled (&f), ==, 36);
  g_assert_cmpuint (check_labels_in_view (&f), >, 0);
  g_assert_cmpuint (chronicle_scene_get_n_rows (f.scene), <=, full_rows - 2);

  /* Far fewer: badges, at the narrowest cap, never overlapping (check_scene). */
  g_assert_cmpuint (check_scene (&f, 2), >, 0);
  fixture_clear (&f);
}

/* The bundled dataset (54 events in 13 kinds) on the canvas of a 1920×1080 window:
 * 1,573 × 901 px with the sidebar, so 25 rows of 24 px under the axis and the 13 lane
 * headers (measured on a screenshot). Every event is labelled or counted, none overlap,
 * the selected event always has its label, and with the rows the lanes need (a taller
 * window) every event is labelled within the view. Not yet: all 54 labelled in the
 * 25 rows (they need about 50 at 24 px; see app/DESIGN.md). */
static void
test_scene_bundled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "vietnam-diplomacy-2021-2023.json", NULL);
  Fixture f = { 0 };
  guint n, needed = 0;

  fixture_init (&f, load_path (path), CHRONICLE_GROUP_BY_KIND, NULL);
  n = chronicle_event_store_get_n_events (chronicle_dataset_get_events (f.dataset));
  chronicle_time_scale_set_width (f.scale, 1573);
  fit_all (&f);
  check_scene (&f, 25);
  check_labels_in_view (&f);
  /* Every marker and label is in a row of its own lane: lane names have their own
   * header line above a lane's rows, which no row of the scene is. */
  {
    const ChronicleMarker *markers;
    guint n_markers;

    markers = chronicle_scene_get_markers (f.scene, &n_markers);
    for (guint i = 0; i < n_markers; i++)
      {
        guint item;

        g_assert_true (chronicle_lane_layout_find_item (f.layout, chronicle_scene_get_event (f.scene, markers[i].first), &item));
        g_assert_cmpuint (chronicle_scene_get_row_group (f.scene, markers[i].row), ==,
                          chronicle_lane_layout_get_items (f.layout)[item].group);
      }
  }
  g_test_message ("bundled at 1573 px, 25 rows: %u of %u labelled", count_labelled (&f), n);
  g_assert_cmpuint (count_labelled (&f), >=, n / 2);

  for (guint i = 0; i < n; i++)
    {
      chronicle_scene_set_selected (f.scene, i);
      check_scene (&f, 25);
      g_assert_true (chronicle_scene_is_labelled (f.scene, i));
    }
  chronicle_scene_set_selected (f.scene, -1);

  check_scene (&f, 200);
  for (guint g = 0; g < chronicle_scene_get_n_groups (f.scene); g++)
    needed += chronicle_scene_get_group (f.scene, g)->n_needed;
  check_scene (&f, needed);
  g_assert_cmpuint (count_labelled (&f), ==, n);
  /* (A label longer than the room on either side of the data is shortened to it.) */
  g_assert_cmpuint (check_labels_in_view (&f), <=, 1);
  g_test_message ("bundled at 1573 px: all labelled with %u rows", needed);
  fixture_clear (&f);
}

/* The TimelineJS samples (read where they are): all labelled at the fit, within the view. */
static void
test_scene_timelinejs_samples (void)
{
  const char *shared = g_getenv ("CHRONICLE_SHARED_DIR");
  const char *names[] = { "cosmo.json", "eras.json", "women_in_computing.json" };
  g_autofree char *dir = NULL;

  if (shared == NULL || !g_file_test ((dir = g_build_filename (shared, "timelinejs-samples", NULL)), G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("../shared/timelinejs-samples is not there");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      Fixture f = { 0 };

      fixture_init (&f, load_path (path), CHRONICLE_GROUP_BY_KIND, NULL);
      chronicle_time_scale_set_width (f.scale, 1573);
      fit_all (&f);
      g_assert_cmpuint (check_scene (&f, 25), ==, 0);
      check_labels_in_view (&f);
      g_assert_cmpuint (count_labelled (&f), ==, chronicle_event_store_get_n_events (chronicle_dataset_get_events (f.dataset)));
      fixture_clear (&f);
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
  g_test_add_func ("/chronicle/scene/few-matches-whole", test_scene_few_matches_whole);
  g_test_add_func ("/chronicle/scene/large", test_scene_large);
  g_test_add_func ("/chronicle/scene/pan-keeps-rows", test_scene_pan_keeps_rows);
  g_test_add_func ("/chronicle/scene/files", test_scene_files);
  g_test_add_func ("/chronicle/scene/end-labels-turn", test_scene_end_labels_turn);
  g_test_add_func ("/chronicle/scene/view-end-labels-turn", test_scene_view_end_labels_turn);
  g_test_add_func ("/chronicle/scene/label-inside-bar-in-view", test_scene_label_inside_bar_in_view);
  g_test_add_func ("/chronicle/scene/caps-before-badges", test_scene_caps_before_badges);
  g_test_add_func ("/chronicle/scene/labels-take-room", test_scene_labels_take_room);
  g_test_add_func ("/chronicle/scene/labels-use-the-view", test_scene_labels_use_the_view);
  g_test_add_func ("/chronicle/scene/bundled", test_scene_bundled);
  g_test_add_func ("/chronicle/scene/timelinejs-samples", test_scene_timelinejs_samples);
  g_test_add_func ("/chronicle/scene/levels", test_scene_levels);
  g_test_add_func ("/chronicle/scene/navigation", test_navigation_step);

  return g_test_run ();
}
