/* test-time-scale.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "chronicle-date.h"
#include "chronicle-time-scale.h"

static void
test_time_scale_mapping (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();

  chronicle_time_scale_set_width (scale, 1000);
  chronicle_time_scale_set_visible (scale, 100, 200);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_x (scale, 150), 500, 1e-9);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_day (scale, 250), 125, 1e-9);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_days_per_pixel (scale), 0.1, 1e-12);

  for (double x = 0; x <= 1000; x += 37)
    g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_x (scale, chronicle_time_scale_to_day (scale, x)), x, 1e-9);
}

static void
test_time_scale_zoom_anchor (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  static const double anchors[] = { 0, 123.5, 500, 999 };

  chronicle_time_scale_set_width (scale, 1000);
  for (guint i = 0; i < G_N_ELEMENTS (anchors); i++)
    {
      double before;

      chronicle_time_scale_set_visible (scale, 0, 1000);
      before = chronicle_time_scale_to_day (scale, anchors[i]);
      chronicle_time_scale_zoom (scale, 2.0, anchors[i]);
      /* The day under the anchor stays put, and the span halves. */
      g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_day (scale, anchors[i]), before, 1e-9);
      g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_span (scale), 500, 1e-9);
      chronicle_time_scale_zoom (scale, 0.25, anchors[i]);
      g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_day (scale, anchors[i]), before, 1e-9);
      g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_span (scale), 2000, 1e-9);
    }
}

static void
test_time_scale_limits (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  double first = chronicle_days_from_civil (2021, 1, 1);
  double end = chronicle_days_from_civil (2024, 1, 1);

  chronicle_time_scale_set_width (scale, 800);
  chronicle_time_scale_set_bounds (scale, first, end, FALSE);
  chronicle_time_scale_fit (scale, first, end);
  g_assert_cmpfloat (chronicle_time_scale_get_start (scale), <, first);
  g_assert_cmpfloat (chronicle_time_scale_get_end (scale), >, end);

  /* Zooming in stops at the minimum span: two days for dates… */
  for (int i = 0; i < 100; i++)
    chronicle_time_scale_zoom (scale, 2.0, 400);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_span (scale), 2.0, 1e-6);
  /* …three hours for data with times of day… */
  chronicle_time_scale_set_bounds (scale, first, end, TRUE);
  for (int i = 0; i < 100; i++)
    chronicle_time_scale_zoom (scale, 2.0, 400);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_span (scale), 0.125, 1e-6);

  /* …zooming out at the maximum… */
  for (int i = 0; i < 100; i++)
    chronicle_time_scale_zoom (scale, 0.5, 400);
  /* (three times the bounds) */
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_span (scale), (end - first) * 3, 1e-6);

  /* …and panning keeps part of the data in view. */
  chronicle_time_scale_fit (scale, first, end);
  chronicle_time_scale_pan (scale, 1e9);
  g_assert_cmpfloat (chronicle_time_scale_get_start (scale), <, end);
  chronicle_time_scale_pan (scale, -1e9);
  g_assert_cmpfloat (chronicle_time_scale_get_end (scale), >, first);

  /* Nonsense input leaves the range as it was. */
  {
    double s = chronicle_time_scale_get_start (scale);
    chronicle_time_scale_set_visible (scale, 10, 5);
    g_assert_cmpfloat (chronicle_time_scale_get_start (scale), ==, s);
  }
}

/* Fit leaves the margins asked for: room for the outermost labels. */
static void
test_time_scale_fit_margins (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  double first = chronicle_days_from_civil (2021, 1, 1);
  double end = chronicle_days_from_civil (2024, 1, 1);

  chronicle_time_scale_set_width (scale, 1000);
  chronicle_time_scale_set_span_limits (scale, 1, 1e6);
  chronicle_time_scale_fit_with_margins (scale, first, end, 30, 250);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_x (scale, first), 30, 1e-6);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_x (scale, end), 750, 1e-6);

  /* Margins too wide for the width are shrunk to leave a quarter of it. */
  chronicle_time_scale_fit_with_margins (scale, first, end, 600, 600);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_x (scale, end) - chronicle_time_scale_to_x (scale, first), 250, 1e-6);
}

static void
test_time_scale_cosmic (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  double first = chronicle_days_from_civil (-13800000000LL, 1, 1);
  double end = chronicle_days_from_civil (2024, 1, 1);
  ChronicleTickStep step;

  chronicle_time_scale_set_width (scale, 1000);
  chronicle_time_scale_set_bounds (scale, first, end, FALSE);
  chronicle_time_scale_fit (scale, first, end);
  step = chronicle_time_scale_choose_step (scale, 80);
  g_assert_cmpint (step.unit, ==, CHRONICLE_TICK_YEAR);
  g_assert_cmpint (step.count, ==, 2000000000);
  /* Still exact near today at that scale. */
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_day (scale, chronicle_time_scale_to_x (scale, end)), end, 1.0);
}

static void
test_time_scale_steps (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  static const struct { double span; ChronicleTickUnit unit; gint64 count; } cases[] = {
    /* 1000 px wide, ticks at least 80 px apart. */
    { 7, CHRONICLE_TICK_DAY, 1 },
    { 20, CHRONICLE_TICK_DAY, 2 },
    { 60, CHRONICLE_TICK_WEEK, 1 },
    { 300, CHRONICLE_TICK_MONTH, 1 },
    { 1000, CHRONICLE_TICK_MONTH, 3 },
    { 2000, CHRONICLE_TICK_MONTH, 6 },
    { 4000, CHRONICLE_TICK_YEAR, 1 },
    { 8000, CHRONICLE_TICK_YEAR, 2 },
    { 20000, CHRONICLE_TICK_YEAR, 5 },
    { 40000, CHRONICLE_TICK_YEAR, 10 },
    { 80000, CHRONICLE_TICK_YEAR, 20 },
  };

  chronicle_time_scale_set_width (scale, 1000);
  chronicle_time_scale_set_span_limits (scale, 1, 1e13);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChronicleTickStep step;

      chronicle_time_scale_set_visible (scale, 0, cases[i].span);
      step = chronicle_time_scale_choose_step (scale, 80);
      g_test_message ("span %g", cases[i].span);
      g_assert_cmpint (step.unit, ==, cases[i].unit);
      g_assert_cmpint (step.count, ==, cases[i].count);
      /* The chosen step never puts ticks closer than asked. */
      g_assert_cmpfloat (chronicle_tick_step_approx_days (step) / chronicle_time_scale_days_per_pixel (scale), >=, 80);
    }
}

static void
test_time_scale_ticks (void)
{
  static const struct {
    ChronicleTickStep step;
    gint64 y; int m, d;     /* a day inside */
    gint64 fy; int fm, fd;  /* its tick */
    gint64 ny; int nm, nd;  /* the next tick */
  } cases[] = {
    { { CHRONICLE_TICK_DAY, 1 }, 2023, 9, 10, 2023, 9, 10, 2023, 9, 11 },
    { { CHRONICLE_TICK_WEEK, 1 }, 2023, 9, 10, 2023, 9, 4, 2023, 9, 11 },   /* Sunday → Monday before */
    { { CHRONICLE_TICK_WEEK, 1 }, 2023, 9, 11, 2023, 9, 11, 2023, 9, 18 },  /* a Monday is its own tick */
    { { CHRONICLE_TICK_MONTH, 1 }, 2023, 9, 10, 2023, 9, 1, 2023, 10, 1 },
    { { CHRONICLE_TICK_MONTH, 3 }, 2023, 9, 10, 2023, 7, 1, 2023, 10, 1 },  /* quarters */
    { { CHRONICLE_TICK_MONTH, 3 }, 2023, 12, 31, 2023, 10, 1, 2024, 1, 1 },
    { { CHRONICLE_TICK_MONTH, 6 }, 2023, 5, 1, 2023, 1, 1, 2023, 7, 1 },
    { { CHRONICLE_TICK_YEAR, 1 }, 2023, 9, 10, 2023, 1, 1, 2024, 1, 1 },
    { { CHRONICLE_TICK_YEAR, 5 }, 2023, 9, 10, 2020, 1, 1, 2025, 1, 1 },
    /* Round BCE years: 45 BCE (-44) is after 50 BCE (-49), before 40 BCE (-39). */
    { { CHRONICLE_TICK_YEAR, 10 }, -44, 3, 15, -49, 1, 1, -39, 1, 1 },
    /* No "1 BCE" among round years: 10 BCE (-9), then 10. */
    { { CHRONICLE_TICK_YEAR, 10 }, 5, 6, 1, -9, 1, 1, 10, 1, 1 },
    { { CHRONICLE_TICK_YEAR, 1 }, 0, 6, 1, 0, 1, 1, 1, 1, 1 },
    /* Deep time: every count years from year 1, both ways (14 then 13 billion years ago). */
    { { CHRONICLE_TICK_YEAR, 1000000000 }, -13799999999, 1, 1, -13999999999, 1, 1, -12999999999, 1, 1 },
    { { CHRONICLE_TICK_YEAR, 10000 }, 5, 1, 1, 1, 1, 1, 10001, 1, 1 },
    { { CHRONICLE_TICK_MONTH, 3 }, -1, 2, 1, -1, 1, 1, -1, 4, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 day = chronicle_days_from_civil (cases[i].y, cases[i].m, cases[i].d);
      gint64 tick = (gint64) chronicle_tick_step_floor (cases[i].step, (double) day);
      gint64 next = (gint64) chronicle_tick_step_next (cases[i].step, (double) tick);

      g_test_message ("case %u", i);
      g_assert_cmpint (tick, ==, chronicle_days_from_civil (cases[i].fy, cases[i].fm, cases[i].fd));
      g_assert_cmpint (next, ==, chronicle_days_from_civil (cases[i].ny, cases[i].nm, cases[i].nd));
      g_assert_cmpfloat (chronicle_tick_step_floor (cases[i].step, (double) tick), ==, (double) tick);
    }
}

static void
test_time_scale_mirrored (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  double before;

  /* Right to left: the start of the range is at the right edge. */
  chronicle_time_scale_set_width (scale, 1000);
  chronicle_time_scale_set_visible (scale, 100, 200);
  chronicle_time_scale_set_mirrored (scale, TRUE);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_x (scale, 100), 1000, 1e-9);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_x (scale, 200), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_day (scale, 250), 175, 1e-9);

  /* Zooming keeps the day under the anchor, mirrored too. */
  before = chronicle_time_scale_to_day (scale, 200);
  chronicle_time_scale_zoom (scale, 2.0, 200);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_day (scale, 200), before, 1e-9);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_span (scale), 50, 1e-9);
}

static void
on_changed_cb (ChronicleTimeScale *scale,
               guint              *count)
{
  (*count)++;
}

static void
test_time_scale_signal (void)
{
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  guint changes = 0;

  g_signal_connect (scale, "changed", G_CALLBACK (on_changed_cb), &changes);
  chronicle_time_scale_set_width (scale, 500);
  chronicle_time_scale_set_width (scale, 500);
  chronicle_time_scale_set_visible (scale, 10, 20);
  chronicle_time_scale_set_visible (scale, 10, 20);
  g_assert_cmpuint (changes, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/time-scale/mapping", test_time_scale_mapping);
  g_test_add_func ("/chronicle/time-scale/zoom-anchor", test_time_scale_zoom_anchor);
  g_test_add_func ("/chronicle/time-scale/limits", test_time_scale_limits);
  g_test_add_func ("/chronicle/time-scale/fit-margins", test_time_scale_fit_margins);
  g_test_add_func ("/chronicle/time-scale/cosmic", test_time_scale_cosmic);
  g_test_add_func ("/chronicle/time-scale/steps", test_time_scale_steps);
  g_test_add_func ("/chronicle/time-scale/ticks", test_time_scale_ticks);
  g_test_add_func ("/chronicle/time-scale/signal", test_time_scale_signal);
  g_test_add_func ("/chronicle/time-scale/mirrored", test_time_scale_mirrored);

  return g_test_run ();
}
