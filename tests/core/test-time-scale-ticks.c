/* test-time-scale-ticks.c — the time axis's ticks and labels, with text measured at
 * a fixed width per character (no display, no font): the step is the finest whose
 * labels all fit, none is skipped, none overlap, ticks are evenly spaced.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "chronicle-date.h"
#include "chronicle-time-scale-ticks.h"

#define CHAR_W 7.0
#define PAD 4.0
#define GAP 14.0

static double
measure_chars (const char *text,
               gpointer    user_data)
{
  (void) user_data;
  return CHAR_W * g_utf8_strlen (text, -1);
}

static const ChronicleTickLabelling labelling = {
  .measure = measure_chars,
  .pad = PAD,
  .gap = GAP,
  .min_spacing = 95,
};

static GArray *
ticks_new (void)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (ChronicleTimeScaleTick));

  g_array_set_clear_func (ticks, chronicle_time_scale_tick_clear);
  return ticks;
}

static ChronicleTickStep
finer_step (ChronicleTickStep step)
{
  ChronicleTickStep s = { CHRONICLE_TICK_MINUTE, 5 }, next;

  for (;;)
    {
      next = chronicle_tick_step_coarser (s);
      if ((next.unit == step.unit && next.count == step.count) || (next.unit == s.unit && next.count == s.count))
        return s;
      s = next;
    }
}

/* The axis's promises, for the ticks of @scale at @step: every tick with its label but
 * one whose label the view's edge would cut; labels after their tick, inside the view,
 * an em apart; ticks one step apart (calendar months and years vary a little, and
 * round years step over the missing year 0). Returns the widest label. */
static double
assert_axis (ChronicleTimeScale *scale,
             GArray             *ticks,
             ChronicleTickStep   step)
{
  double x0 = chronicle_time_scale_get_origin (scale);
  double x1 = x0 + chronicle_time_scale_get_width (scale);
  gboolean mirrored = chronicle_time_scale_get_mirrored (scale);
  double widest = 0, step_days = chronicle_tick_step_approx_days (step);
  const ChronicleTimeScaleTick *prev = NULL;
  guint labelled = 0;

  g_assert_cmpuint (ticks->len, >, 0);
  for (guint i = 0; i < ticks->len; i++)
    {
      const ChronicleTimeScaleTick *t = &g_array_index (ticks, ChronicleTimeScaleTick, i);

      if (t->label == NULL)
        continue;
      labelled++;
      widest = MAX (widest, t->label_width);
      g_assert_cmpfloat (t->label_x, >=, x0);
      g_assert_cmpfloat (t->label_x + t->label_width, <=, x1);
      g_assert_cmpfloat_with_epsilon (t->label_width, measure_chars (t->label, NULL), 1e-9);
      if (mirrored)
        g_assert_cmpfloat (t->label_x + t->label_width, <=, t->x);
      else
        g_assert_cmpfloat (t->label_x, >=, t->x);
      if (prev != NULL)
        {
          if (mirrored)
            g_assert_cmpfloat (t->label_x + t->label_width + GAP, <=, prev->label_x);
          else
            g_assert_cmpfloat (prev->label_x + prev->label_width + GAP, <=, t->label_x);
        }
      prev = t;
    }
  g_assert_cmpuint (labelled, >, 0);

  for (guint i = 0; i < ticks->len; i++)
    {
      const ChronicleTimeScaleTick *t = &g_array_index (ticks, ChronicleTimeScaleTick, i);
      double start = mirrored ? t->x - PAD - widest : t->x + PAD;

      /* Unlabelled: only at an edge, where the label would be cut. */
      if (t->label == NULL)
        g_assert_true (start < x0 || start + widest > x1);
      if (i > 0)
        {
          double days = t->day - g_array_index (ticks, ChronicleTimeScaleTick, i - 1).day;

          if (step.unit == CHRONICLE_TICK_MINUTE || step.unit == CHRONICLE_TICK_HOUR ||
              step.unit == CHRONICLE_TICK_DAY || step.unit == CHRONICLE_TICK_WEEK)
            g_assert_cmpfloat_with_epsilon (days, step_days, 1e-6);
          else
            g_assert_cmpfloat (fabs (days / step_days - 1), <, 0.1);
        }
    }
  return widest;
}

/* The cosmology sample's span (13.8 billion years ago to now) at 1920 pixels: deep-time
 * labels ("14 billion years ago") are wider than a date's, so ticks a billion years
 * apart would leave every other one without its label. The step is the one after, and
 * every tick in view is labelled, in one style. */
static void
test_ticks_deep_time (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  g_autoptr(GArray) ticks = ticks_new ();
  double first = chronicle_days_from_civil (-13800000000LL, 1, 1);
  double end = chronicle_days_from_civil (2024, 1, 1);
  static const double widths[] = { 1920, 1575, 1280, 800 };

  chronicle_time_scale_set_span_limits (scale, 1, 1e13);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      ChronicleTickStep step, finer;
      double widest;

      chronicle_time_scale_set_width (scale, widths[w]);
      chronicle_time_scale_fit (scale, first, end);
      step = chronicle_time_scale_compute_ticks (scale, &labelling, ticks);
      g_test_message ("%g px: every %" G_GINT64_FORMAT " years", widths[w], step.count);
      g_assert_cmpint (step.unit, ==, CHRONICLE_TICK_YEAR);
      g_assert_cmpint (step.count, >=, CHRONICLE_TICK_DEEP_YEARS);
      widest = assert_axis (scale, ticks, step);
      /* One style: every label is deep time. */
      for (guint i = 0; i < ticks->len; i++)
        {
          const char *label = g_array_index (ticks, ChronicleTimeScaleTick, i).label;

          if (label != NULL)
            g_assert_true (g_str_has_suffix (label, " years ago") || g_str_equal (label, "now") ||
                           g_str_has_prefix (label, "in "));
        }
      /* The finest that fits: a step finer would not hold the widest label. */
      finer = finer_step (step);
      g_assert_cmpfloat (chronicle_tick_step_approx_days (finer) / chronicle_time_scale_days_per_pixel (scale), <,
                         widest + PAD + GAP);
    }
}

/* At hour zoom the first label says the day ("3 Aug 2023, 09:00"): it is wider than
 * the others, and its room is kept when the step is chosen, so the next tick keeps its
 * label. */
static void
test_ticks_hours_first_label (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  g_autoptr(GArray) ticks = ticks_new ();
  double day = chronicle_days_from_civil (2023, 8, 3);

  chronicle_time_scale_set_span_limits (scale, 1 / 48.0, 1e13);
  chronicle_time_scale_set_width (scale, 1000);
  /* Hours 120 px apart: "09:00" fits, "3 Aug 2023, 09:00" with its gap does not. */
  for (double span = 0.25; span <= 4; span *= 1.1)
    {
      ChronicleTickStep step;
      guint first = G_MAXUINT;

      chronicle_time_scale_set_visible (scale, day + 9 / 24.0 - span * 0.01, day + 9 / 24.0 - span * 0.01 + span);
      step = chronicle_time_scale_compute_ticks (scale, &labelling, ticks);
      assert_axis (scale, ticks, step);
      for (guint i = 0; i < ticks->len && first == G_MAXUINT; i++)
        if (g_array_index (ticks, ChronicleTimeScaleTick, i).label != NULL)
          first = i;
      g_assert_cmpuint (first, <, ticks->len);
      /* The first label has the year; the tick after it has its label. */
      g_assert_nonnull (strstr (g_array_index (ticks, ChronicleTimeScaleTick, first).label, "2023"));
      if (first + 1 < ticks->len)
        {
          const ChronicleTimeScaleTick *next = &g_array_index (ticks, ChronicleTimeScaleTick, first + 1);

          if (next->x + PAD + CHAR_W * 6 < chronicle_time_scale_get_width (scale))
            g_assert_nonnull (next->label);
        }
    }
}

/* From an hour to fourteen billion years, left to right and right to left, wide and
 * narrow: at every zoom every label is whole, none overlap, ticks are even. */
static void
test_ticks_every_zoom (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  g_autoptr(GArray) ticks = ticks_new ();
  double anchor = chronicle_days_from_civil (2023, 8, 3) + 9 / 24.0;
  double most = 14e9 * 365.2425;
  static const double widths[] = { 1920, 1280, 640 };
  guint levels = 0;

  chronicle_time_scale_set_span_limits (scale, 1 / 48.0, 1e13);
  chronicle_time_scale_set_origin (scale, 120);
  for (guint m = 0; m < 2; m++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        double last_step = 0;

        chronicle_time_scale_set_mirrored (scale, m == 1);
        chronicle_time_scale_set_width (scale, widths[w]);
        for (double span = 1 / 24.0;; span = MIN (span * 1.3, most))
          {
            ChronicleTickStep step;

            chronicle_time_scale_set_visible (scale, anchor - span * 0.97, anchor + span * 0.03);
            step = chronicle_time_scale_compute_ticks (scale, &labelling, ticks);
            g_test_message ("span %g days at %g px: %d × %" G_GINT64_FORMAT, span, widths[w], step.unit, step.count);
            assert_axis (scale, ticks, step);
            /* Zooming out never makes the step finer. */
            g_assert_cmpfloat (chronicle_tick_step_approx_days (step), >=, last_step);
            last_step = chronicle_tick_step_approx_days (step);
            levels++;
            if (span >= most)
              break;
          }
      }
  g_assert_cmpuint (levels, >, 6 * 100);
}

/* Quarters give way to months when a month holds January's label ("Jan 2023"). */
static void
test_ticks_months (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  g_autoptr(GArray) ticks = ticks_new ();
  ChronicleTickStep step;

  chronicle_time_scale_set_span_limits (scale, 1, 1e13);
  chronicle_time_scale_set_width (scale, 1000);
  /* A year in 1000 px: months 83 px apart, below the 95 px asked, but "Jan 2023" fits. */
  chronicle_time_scale_set_visible (scale, chronicle_days_from_civil (2023, 1, 1) - 3,
                                    chronicle_days_from_civil (2024, 1, 1));
  step = chronicle_time_scale_compute_ticks (scale, &labelling, ticks);
  g_assert_cmpint (step.unit, ==, CHRONICLE_TICK_MONTH);
  g_assert_cmpint (step.count, ==, 1);
  assert_axis (scale, ticks, step);
}

static void
test_ticks_coarser (void)
{
  ChronicleTickStep step = { CHRONICLE_TICK_MINUTE, 5 };
  double last = 0;
  guint n = 0;

  /* Every step is coarser than the one before, up to the coarsest. */
  for (;;)
    {
      ChronicleTickStep next = chronicle_tick_step_coarser (step);

      g_assert_cmpfloat (chronicle_tick_step_approx_days (step), >, last);
      last = chronicle_tick_step_approx_days (step);
      if (next.unit == step.unit && next.count == step.count)
        break;
      step = next;
      n++;
    }
  g_assert_cmpint (step.unit, ==, CHRONICLE_TICK_YEAR);
  g_assert_cmpint (step.count, ==, G_GINT64_CONSTANT (10000000000000));
  g_assert_cmpuint (n, ==, 14 + 3 * 13);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chronicle/time-scale-ticks/deep-time", test_ticks_deep_time);
  g_test_add_func ("/chronicle/time-scale-ticks/hours-first-label", test_ticks_hours_first_label);
  g_test_add_func ("/chronicle/time-scale-ticks/every-zoom", test_ticks_every_zoom);
  g_test_add_func ("/chronicle/time-scale-ticks/months", test_ticks_months);
  g_test_add_func ("/chronicle/time-scale-ticks/coarser", test_ticks_coarser);
  return g_test_run ();
}
