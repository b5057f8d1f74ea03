/* test-axis.c — the time axis as the renderer lays it out, with its own fonts and no
 * display: at every zoom from an hour to fourteen billion years every tick in view has
 * its label (but one the view's edge would cut), whole and after its tick, none
 * overlapping, ticks evenly spaced; the cosmology sample's axis of deep time skips no
 * label; at hour zoom the first label's date costs the next tick nothing.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "chronicle-date.h"
#include "chronicle-loader.h"
#include "chronicle-timeline-renderer.h"

typedef struct
{
  ChronicleDataset          *dataset;
  ChronicleLaneLayout       *layout;
  ChronicleTimeScale        *scale;
  ChronicleTimelineRenderer *renderer;
  double                     width;
  double                     height;
} Axis;

static void
axis_open (Axis       *a,
           const char *path,
           double      width,
           double      height)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 11");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  ChronicleTimelineStyle style;
  PangoContext *context;

  a->dataset = chronicle_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  a->layout = chronicle_lane_layout_new ();
  chronicle_lane_layout_compute (a->layout, a->dataset, NULL, CHRONICLE_GROUP_BY_KIND, 1);
  a->scale = chronicle_time_scale_new ();
  chronicle_time_scale_set_span_limits (a->scale, 1 / 48.0, 1e13);

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);
  a->renderer = chronicle_timeline_renderer_new ();
  chronicle_timeline_style_init_default (&style, FALSE);
  chronicle_timeline_renderer_set_style (a->renderer, &style);
  chronicle_timeline_renderer_set_font (a->renderer, context, 1.0);
  g_object_unref (context);
  chronicle_timeline_renderer_set_scale (a->renderer, a->scale);
  chronicle_timeline_renderer_set_data (a->renderer, a->dataset, a->layout, NULL);
  chronicle_timeline_renderer_set_size (a->renderer, width, height);
  a->width = width;
  a->height = height;
}

static void
axis_close (Axis *a)
{
  g_clear_object (&a->renderer);
  g_clear_object (&a->scale);
  g_clear_object (&a->layout);
  g_clear_object (&a->dataset);
}

/* Shows [@start, @end) and lays the drawing out; returns its ticks. */
static const ChronicleTimeScaleTick *
axis_show (Axis              *a,
           double             start,
           double             end,
           guint             *n,
           ChronicleTickStep *step)
{
  chronicle_time_scale_set_visible (a->scale, start, end);
  chronicle_timeline_renderer_layout (a->renderer, a->width, a->height);
  return chronicle_timeline_renderer_get_ticks (a->renderer, n, step);
}

/* What the axis promises, for the ticks of one layout. Returns how many are labelled. */
static guint
assert_axis (Axis                         *a,
             const ChronicleTimeScaleTick *ticks,
             guint                         n,
             ChronicleTickStep             step)
{
  double x0 = chronicle_time_scale_get_origin (a->scale);
  double x1 = x0 + chronicle_time_scale_get_width (a->scale);
  gboolean mirrored = chronicle_time_scale_get_mirrored (a->scale);
  double widest = 0, step_days = chronicle_tick_step_approx_days (step);
  const ChronicleTimeScaleTick *prev = NULL;
  guint labelled = 0;

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      const ChronicleTimeScaleTick *t = &ticks[i];

      if (t->label == NULL)
        continue;
      labelled++;
      g_assert_cmpstr (t->label, !=, "");
      widest = MAX (widest, t->label_width);
      /* Whole, in view, beside its own tick. */
      g_assert_cmpfloat (t->label_width, >, 0);
      g_assert_cmpfloat (t->label_x, >=, x0);
      g_assert_cmpfloat (t->label_x + t->label_width, <=, x1);
      if (mirrored)
        g_assert_cmpfloat (t->label_x + t->label_width, <=, t->x);
      else
        g_assert_cmpfloat (t->label_x, >=, t->x);
      /* Apart from the one before. */
      if (prev != NULL)
        {
          if (mirrored)
            g_assert_cmpfloat (t->label_x + t->label_width + 4, <=, prev->label_x);
          else
            g_assert_cmpfloat (prev->label_x + prev->label_width + 4, <=, t->label_x);
        }
      prev = t;
    }
  g_assert_cmpuint (labelled, >, 0);

  for (guint i = 0; i < n; i++)
    {
      double start = mirrored ? ticks[i].x - 4 - widest : ticks[i].x + 4;

      /* No label skipped: a tick goes without one only at an edge. */
      if (ticks[i].label == NULL && !(start < x0 || start + widest > x1))
        g_error ("tick %u of %u (x %.0f) has no label; step %d × %" G_GINT64_FORMAT, i, n, ticks[i].x, step.unit,
                 step.count);
      /* One step apart (months and years as the calendar has them). */
      if (i > 0)
        {
          double days = ticks[i].day - ticks[i - 1].day;

          if (step.unit == CHRONICLE_TICK_MINUTE || step.unit == CHRONICLE_TICK_HOUR ||
              step.unit == CHRONICLE_TICK_DAY || step.unit == CHRONICLE_TICK_WEEK)
            g_assert_cmpfloat_with_epsilon (days, step_days, 1e-6);
          else
            g_assert_cmpfloat (fabs (days / step_days - 1), <, 0.1);
          g_assert_cmpfloat (fabs (ticks[i].x - ticks[i - 1].x), >, 0);
        }
    }
  return labelled;
}

static char *
write_synthetic (const char *dir)
{
  char *path = g_build_filename (dir, "synthetic.json", NULL);
  /* An hour's events on 3 August 2023, and deep time. */
  const char *json =
    "{\"events\": ["
    "{\"start_date\": {\"year\": \"2023\", \"month\": \"8\", \"day\": \"3\", \"hour\": \"9\", \"minute\": \"0\"},"
    " \"text\": {\"headline\": \"Doors open\"}},"
    "{\"start_date\": {\"year\": \"2023\", \"month\": \"8\", \"day\": \"3\", \"hour\": \"9\", \"minute\": \"40\"},"
    " \"text\": {\"headline\": \"Opening talk\"}},"
    "{\"start_date\": {\"year\": \"1969\", \"month\": \"7\", \"day\": \"20\"}, \"text\": {\"headline\": \"Moon landing\"}},"
    "{\"start_date\": {\"year\": \"-13800000000\"}, \"text\": {\"headline\": \"The Big Bang\"}}"
    "]}";

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  return path;
}

/* From an hour to fourteen billion years, zooming out by a quarter at a time, in the
 * canvas of a 1920 × 1080 window, a 1280 × 720 one and right to left. */
static void
test_axis_every_zoom (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-axis-XXXXXX", NULL);
  g_autofree char *path = write_synthetic (dir);
  double anchor = chronicle_days_from_civil (2023, 8, 3) + 9 / 24.0;
  double most = 14e9 * 365.2425;
  static const struct { double width, height; gboolean mirrored; } sizes[] = {
    { 1575, 900, FALSE }, { 1280, 620, FALSE }, { 1280, 620, TRUE },
  };
  guint levels = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      Axis a = { 0 };
      double last_step = 0;

      axis_open (&a, path, sizes[s].width, sizes[s].height);
      chronicle_time_scale_set_mirrored (a.scale, sizes[s].mirrored);
      for (double span = 1 / 24.0;; span = MIN (span * 1.25, most))
        {
          const ChronicleTimeScaleTick *ticks;
          ChronicleTickStep step;
          guint n, labelled;

          ticks = axis_show (&a, anchor - span * 0.97, anchor + span * 0.03, &n, &step);
          g_test_message ("span %g days at %g px: %d × %" G_GINT64_FORMAT, span, sizes[s].width, step.unit,
                          step.count);
          labelled = assert_axis (&a, ticks, n, step);
          /* Zooming out never makes the step finer. */
          g_assert_cmpfloat (chronicle_tick_step_approx_days (step), >=, last_step);
          last_step = chronicle_tick_step_approx_days (step);
          /* Ticks worth having: at least two labelled in view from a few hours up. */
          if (span >= 0.25)
            g_assert_cmpuint (labelled, >=, 2);
          levels++;
          if (span >= most)
            break;
        }
      axis_close (&a);
    }
  g_assert_cmpuint (levels, >, 3 * 100);
  g_unlink (path);
  g_rmdir (dir);
}

/* Panning keeps the step: from an hour to a century, the view moved a seventh of its
 * width at a time across two of its widths (within the common era, where labels are
 * alike: "500 BCE" is wider than "500"). */
static void
test_axis_pan (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-axis-XXXXXX", NULL);
  g_autofree char *path = write_synthetic (dir);
  double anchor = chronicle_days_from_civil (2023, 8, 3) + 9 / 24.0;
  Axis a = { 0 };

  axis_open (&a, path, 1575, 900);
  for (double span = 1 / 24.0; span < 36525; span *= 1.5)
    {
      ChronicleTickStep first_step = { 0, 0 };

      for (int k = -7; k <= 7; k++)
        {
          const ChronicleTimeScaleTick *ticks;
          ChronicleTickStep step;
          guint n;
          double start = anchor - span / 2 + k * span / 7;

          ticks = axis_show (&a, start, start + span, &n, &step);
          assert_axis (&a, ticks, n, step);
          if (k == -7)
            first_step = step;
          if (step.unit != first_step.unit || step.count != first_step.count)
            g_error ("span %g days: the step changed from %d × %" G_GINT64_FORMAT " to %d × %" G_GINT64_FORMAT
                     " while panning", span, first_step.unit, first_step.count, step.unit, step.count);
        }
    }
  axis_close (&a);
  g_unlink (path);
  g_rmdir (dir);
}

/* At hour zoom the first label says the day and year ("3 Aug 2023, 09:00"); the tick
 * after it keeps its label at every width an hour's ticks could have. */
static void
test_axis_hours (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-axis-XXXXXX", NULL);
  g_autofree char *path = write_synthetic (dir);
  double day = chronicle_days_from_civil (2023, 8, 3);
  Axis a = { 0 };

  axis_open (&a, path, 1575, 900);
  for (double span = 0.125; span <= 3; span *= 1.07)
    {
      const ChronicleTimeScaleTick *ticks;
      ChronicleTickStep step;
      guint n, first = G_MAXUINT;

      ticks = axis_show (&a, day + 8.5 / 24 - span * 0.02, day + 8.5 / 24 + span * 0.98, &n, &step);
      assert_axis (&a, ticks, n, step);
      for (guint i = 0; i < n && first == G_MAXUINT; i++)
        if (ticks[i].label != NULL)
          first = i;
      g_assert_cmpuint (first, <, n);
      g_assert_nonnull (strstr (ticks[first].label, "2023"));
      g_assert_cmpuint (first + 1, <, n);
      g_assert_nonnull (ticks[first + 1].label);
    }
  axis_close (&a);
  g_unlink (path);
  g_rmdir (dir);
}

/* The cosmology sample, fitted as the canvas fits it: ticks of deep time, every one in
 * view labelled, in one style ("… billion years ago", "now"). */
static void
test_axis_cosmology (void)
{
  const char *shared = g_getenv ("CHRONICLE_SHARED_DIR");
  g_autofree char *path = NULL;
  static const double sizes[][2] = { { 1920, 900 }, { 1575, 900 }, { 1280, 620 } };

  if (shared == NULL)
    {
      g_test_skip ("the shared TimelineJS samples are not here");
      return;
    }
  path = g_build_filename (shared, "timelinejs-samples", "cosmo.json", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the cosmology sample is not here");
      return;
    }
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      Axis a = { 0 };
      const ChronicleTimeScaleTick *ticks;
      ChronicleTickStep step;
      gint64 first, end;
      double start, stop;
      guint n, labelled;

      axis_open (&a, path, sizes[s][0], sizes[s][1]);
      g_assert_true (chronicle_event_store_get_bounds (chronicle_dataset_get_events (a.dataset), &first, &end));
      chronicle_timeline_renderer_layout (a.renderer, a.width, a.height);
      chronicle_time_scale_compute_fit (a.scale, first, end, 22, 22, &start, &stop);
      ticks = axis_show (&a, start, stop, &n, &step);
      labelled = assert_axis (&a, ticks, n, step);
      g_assert_cmpint (step.unit, ==, CHRONICLE_TICK_YEAR);
      g_assert_cmpint (step.count, >=, CHRONICLE_TICK_DEEP_YEARS);
      g_assert_cmpuint (labelled, >=, 4);
      for (guint i = 0; i < n; i++)
        if (ticks[i].label != NULL)
          {
            g_test_message ("%s", ticks[i].label);
            g_assert_true (g_str_has_suffix (ticks[i].label, " years ago") || g_str_equal (ticks[i].label, "now"));
          }
      axis_close (&a);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chronicle/axis/every-zoom", test_axis_every_zoom);
  g_test_add_func ("/chronicle/axis/hours", test_axis_hours);
  g_test_add_func ("/chronicle/axis/pan", test_axis_pan);
  g_test_add_func ("/chronicle/axis/cosmology", test_axis_cosmology);
  return g_test_run ();
}
