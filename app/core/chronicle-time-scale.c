/* chronicle-time-scale.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-time-scale"

#include "config.h"

#include "chronicle-time-scale.h"

#include <math.h>

#include "chronicle-date.h"

/* The visible range of days and the width it is drawn into: time ↔ x, zoom about an
 * anchor (the day under the pointer stays put), pan, clamping to limits, and "nice"
 * tick steps. Days are doubles here: the whole cosmological range (5e12 days) is
 * exact to well below a day in a double. Every widget asks this object; none
 * re-derives the math. */

struct _ChronicleTimeScale
{
  GObject parent_instance;

  double  start;
  double  end;
  double  width;
  double  origin;         /* the x the drawn time starts at: a lane-name gutter's width */
  double  bounds_first;
  double  bounds_end;
  double  min_span;
  double  max_span;
  guint   has_bounds : 1;
  guint   mirrored : 1;   /* right to left, for RTL languages */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ChronicleTimeScale, chronicle_time_scale, G_TYPE_OBJECT)

#define DAYS_PER_YEAR 365.2425
#define DAYS_PER_MONTH (DAYS_PER_YEAR / 12.0)

static void
chronicle_time_scale_class_init (ChronicleTimeScaleClass *klass)
{
  /**
   * ChronicleTimeScale::changed:
   *
   * Emitted when the visible range or the width changes.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
chronicle_time_scale_init (ChronicleTimeScale *self)
{
  self->start = 0;
  self->end = 365;
  self->width = 1;
  self->min_span = 2;
  self->max_span = DAYS_PER_YEAR * 2e10;
}

ChronicleTimeScale *
chronicle_time_scale_new (void)
{
  return g_object_new (CHRONICLE_TYPE_TIME_SCALE, NULL);
}

void
chronicle_time_scale_set_width (ChronicleTimeScale *self,
                                double              width)
{
  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));

  width = MAX (width, 1);
  if (self->width == width)
    return;
  self->width = width;
  g_signal_emit (self, signals[CHANGED], 0);
}

double
chronicle_time_scale_get_width (ChronicleTimeScale *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), 0);
  return self->width;
}

/**
 * chronicle_time_scale_set_origin:
 * @origin: where the @width pixels time is drawn into begin, in the drawing's x
 *
 * Room kept at the left of the drawing (the lane names' gutter, in left-to-right
 * languages): x values in and out are the drawing's, time takes [origin, origin +
 * width).
 */
void
chronicle_time_scale_set_origin (ChronicleTimeScale *self,
                                 double              origin)
{
  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));

  origin = MAX (origin, 0);
  if (self->origin == origin)
    return;
  self->origin = origin;
  g_signal_emit (self, signals[CHANGED], 0);
}

double
chronicle_time_scale_get_origin (ChronicleTimeScale *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), 0);
  return self->origin;
}

/* In right-to-left languages time flows from right to left: x = 0 is the end. */
void
chronicle_time_scale_set_mirrored (ChronicleTimeScale *self,
                                   gboolean            mirrored)
{
  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));

  mirrored = !!mirrored;
  if (self->mirrored == (guint) mirrored)
    return;
  self->mirrored = mirrored;
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
chronicle_time_scale_get_mirrored (ChronicleTimeScale *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), FALSE);
  return self->mirrored;
}

/**
 * chronicle_time_scale_set_bounds:
 * @to_hours: whether the data has times of day
 *
 * Sets the days the data covers, and the zoom limits that go with them (the one
 * place they are decided): panning keeps some of the data in view, zooming out stops
 * at three times its span (at least three years), and zooming in at two days — or
 * three hours, for data with times of day.
 */
void
chronicle_time_scale_set_bounds (ChronicleTimeScale *self,
                                 double              first_day,
                                 double              end_day,
                                 gboolean            to_hours)
{
  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));
  g_return_if_fail (end_day > first_day);

  self->has_bounds = TRUE;
  self->bounds_first = first_day;
  self->bounds_end = end_day;
  self->min_span = to_hours ? 0.125 : 2;
  self->max_span = MAX ((end_day - first_day) * 3, 3 * DAYS_PER_YEAR);
  chronicle_time_scale_set_visible (self, self->start, self->end);
}

void
chronicle_time_scale_set_span_limits (ChronicleTimeScale *self,
                                      double              min_span,
                                      double              max_span)
{
  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));
  g_return_if_fail (min_span > 0 && max_span >= min_span);

  self->min_span = min_span;
  self->max_span = max_span;
  chronicle_time_scale_set_visible (self, self->start, self->end);
}

double
chronicle_time_scale_get_min_span (ChronicleTimeScale *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), 0);
  return self->min_span;
}

/**
 * chronicle_time_scale_clamp:
 * @start: (inout): first visible day
 * @end: (inout): day past the last visible one
 *
 * Applies the span limits (about the range's centre) and keeps at least half the
 * view on the data.
 */
void
chronicle_time_scale_clamp (ChronicleTimeScale *self,
                            double             *start,
                            double             *end)
{
  double span;
  double centre;

  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));
  g_return_if_fail (start != NULL && end != NULL);

  if (!isfinite (*start) || !isfinite (*end) || *end <= *start)
    {
      *start = self->start;
      *end = self->end;
    }

  span = *end - *start;
  if (span < self->min_span || span > self->max_span)
    {
      centre = *start + span / 2;
      span = CLAMP (span, self->min_span, self->max_span);
      *start = centre - span / 2;
      *end = centre + span / 2;
    }

  if (self->has_bounds)
    {
      double slack = span / 2;

      if (*end < self->bounds_first + slack)
        {
          *start = self->bounds_first + slack - span;
          *end = self->bounds_first + slack;
        }
      else if (*start > self->bounds_end - slack)
        {
          *start = self->bounds_end - slack;
          *end = self->bounds_end - slack + span;
        }
    }
}

void
chronicle_time_scale_set_visible (ChronicleTimeScale *self,
                                  double              start,
                                  double              end)
{
  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));

  chronicle_time_scale_clamp (self, &start, &end);
  if (start == self->start && end == self->end)
    return;
  self->start = start;
  self->end = end;
  g_signal_emit (self, signals[CHANGED], 0);
}

double
chronicle_time_scale_get_start (ChronicleTimeScale *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), 0);
  return self->start;
}

double
chronicle_time_scale_get_end (ChronicleTimeScale *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), 0);
  return self->end;
}

double
chronicle_time_scale_get_span (ChronicleTimeScale *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), 0);
  return self->end - self->start;
}

double
chronicle_time_scale_to_x (ChronicleTimeScale *self,
                           double              day)
{
  double x;

  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), 0);
  x = (day - self->start) / (self->end - self->start) * self->width;
  return self->origin + (self->mirrored ? self->width - x : x);
}

double
chronicle_time_scale_to_day (ChronicleTimeScale *self,
                             double              x)
{
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), 0);
  x -= self->origin;
  if (self->mirrored)
    x = self->width - x;
  return self->start + x / self->width * (self->end - self->start);
}

double
chronicle_time_scale_days_per_pixel (ChronicleTimeScale *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), 0);
  return (self->end - self->start) / self->width;
}

/**
 * chronicle_time_scale_compute_zoom:
 * @factor: > 1 zooms in, < 1 zooms out
 * @anchor_x: the x whose day stays put
 * @start: (out): the new first day
 * @end: (out): the new end day
 *
 * Computes a zoom without applying it (for animations), already clamped.
 */
void
chronicle_time_scale_compute_zoom (ChronicleTimeScale *self,
                                   double              factor,
                                   double              anchor_x,
                                   double             *start,
                                   double             *end)
{
  double anchor_day;
  double fraction;
  double span;

  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));
  g_return_if_fail (factor > 0);

  /* The anchor's place in time, whichever way time flows on screen. */
  anchor_day = chronicle_time_scale_to_day (self, anchor_x);
  fraction = (anchor_day - self->start) / (self->end - self->start);
  span = CLAMP ((self->end - self->start) / factor, self->min_span, self->max_span);

  *start = anchor_day - fraction * span;
  *end = *start + span;
  chronicle_time_scale_clamp (self, start, end);
}

void
chronicle_time_scale_zoom (ChronicleTimeScale *self,
                           double              factor,
                           double              anchor_x)
{
  double start, end;

  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));

  chronicle_time_scale_compute_zoom (self, factor, anchor_x, &start, &end);
  chronicle_time_scale_set_visible (self, start, end);
}

/* Moves the view by @dx pixels' worth of time: positive shows later days. */
void
chronicle_time_scale_pan (ChronicleTimeScale *self,
                          double              dx)
{
  double delta;

  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));

  delta = dx * chronicle_time_scale_days_per_pixel (self);
  chronicle_time_scale_set_visible (self, self->start + delta, self->end + delta);
}

/* Shows [first_day, end_day) with a margin of 2% of the width on each side. */
void
chronicle_time_scale_fit (ChronicleTimeScale *self,
                          double              first_day,
                          double              end_day)
{
  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));
  chronicle_time_scale_fit_with_margins (self, first_day, end_day, self->width * 0.02, self->width * 0.02);
}

/**
 * chronicle_time_scale_compute_fit:
 * @start_px: pixels to keep before @first_day (where reading starts)
 * @end_px: pixels to keep after @end_day: room for the last events' labels
 * @start: (out): the range to show
 * @end: (out):
 *
 * The range that puts [@first_day, @end_day) between the margins, clamped to the
 * limits. Margins that would leave less than a quarter of the width are shrunk.
 */
void
chronicle_time_scale_compute_fit (ChronicleTimeScale *self,
                                  double              first_day,
                                  double              end_day,
                                  double              start_px,
                                  double              end_px,
                                  double             *start,
                                  double             *end)
{
  double inner, span;

  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));
  g_return_if_fail (start != NULL && end != NULL);

  if (!(end_day > first_day))
    end_day = first_day + 1;
  start_px = MAX (start_px, 0);
  end_px = MAX (end_px, 0);
  if (start_px + end_px > self->width * 0.75)
    {
      double k = self->width * 0.75 / (start_px + end_px);

      start_px *= k;
      end_px *= k;
    }
  inner = MAX (self->width - start_px - end_px, 1);
  span = (end_day - first_day) * self->width / inner;
  *start = first_day - start_px / self->width * span;
  *end = *start + span;
  chronicle_time_scale_clamp (self, start, end);
}

/* Shows [@first_day, @end_day) between the margins (chronicle_time_scale_compute_fit()). */
void
chronicle_time_scale_fit_with_margins (ChronicleTimeScale *self,
                                       double              first_day,
                                       double              end_day,
                                       double              start_px,
                                       double              end_px)
{
  double start, end;

  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (self));

  chronicle_time_scale_compute_fit (self, first_day, end_day, start_px, end_px, &start, &end);
  chronicle_time_scale_set_visible (self, start, end);
}

double
chronicle_tick_step_approx_days (ChronicleTickStep step)
{
  switch (step.unit)
    {
    case CHRONICLE_TICK_MINUTE:
      return (double) step.count / 1440.0;
    case CHRONICLE_TICK_HOUR:
      return (double) step.count / 24.0;
    case CHRONICLE_TICK_DAY:
      return (double) step.count;
    case CHRONICLE_TICK_WEEK:
      return 7.0 * (double) step.count;
    case CHRONICLE_TICK_MONTH:
      return DAYS_PER_MONTH * (double) step.count;
    case CHRONICLE_TICK_YEAR:
    default:
      return DAYS_PER_YEAR * (double) step.count;
    }
}

/**
 * chronicle_time_scale_choose_step:
 * @min_gap: the smallest distance between ticks, in pixels
 *
 * Returns: the finest of 5, 10, 15 and 30 minutes, 1, 3, 6 and 12 hours, days,
 *   2 days, weeks, months, quarters, half-years, and 1, 2, 5 × 10ⁿ years whose
 *   ticks are at least @min_gap apart
 */
ChronicleTickStep
chronicle_time_scale_choose_step (ChronicleTimeScale *self,
                                  double              min_gap)
{
  static const ChronicleTickStep fine[] = {
    { CHRONICLE_TICK_MINUTE, 5 }, { CHRONICLE_TICK_MINUTE, 10 }, { CHRONICLE_TICK_MINUTE, 15 },
    { CHRONICLE_TICK_MINUTE, 30 }, { CHRONICLE_TICK_HOUR, 1 }, { CHRONICLE_TICK_HOUR, 3 },
    { CHRONICLE_TICK_HOUR, 6 }, { CHRONICLE_TICK_HOUR, 12 }, { CHRONICLE_TICK_DAY, 1 },
    { CHRONICLE_TICK_DAY, 2 }, { CHRONICLE_TICK_WEEK, 1 }, { CHRONICLE_TICK_MONTH, 1 }, { CHRONICLE_TICK_MONTH, 3 }, { CHRONICLE_TICK_MONTH, 6 },
  };
  double min_days;
  ChronicleTickStep step = { CHRONICLE_TICK_YEAR, 1 };

  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), step);

  min_days = min_gap * chronicle_time_scale_days_per_pixel (self);
  for (guint i = 0; i < G_N_ELEMENTS (fine); i++)
    if (chronicle_tick_step_approx_days (fine[i]) >= min_days)
      return fine[i];

  for (gint64 magnitude = 1; magnitude <= G_GINT64_CONSTANT (10000000000000); magnitude *= 10)
    {
      static const int mantissas[] = { 1, 2, 5 };

      for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
        {
          step.count = mantissas[i] * magnitude;
          if (chronicle_tick_step_approx_days (step) >= min_days)
            return step;
        }
    }
  return step;
}

static gint64
floor_div (gint64 a,
           gint64 b)
{
  gint64 q = a / b;

  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

/* Years on the axis are round in their era: BCE ticks are multiples of the step
 * before the common era (astronomical 1 - k·count), CE ticks multiples after it, so
 * labels read "1000 BCE, 500 BCE, 500, 1000" and deep time "2 million years ago, 1
 * million years ago", never "1 BCE" among round numbers. A step of one year ticks
 * every year. Deep time (CHRONICLE_TICK_DEEP_YEARS) ticks every count years from
 * year 1, both ways, so its axis runs on past the present evenly. */
static gint64
year_tick_floor (gint64 year,
                 gint64 count)
{
  /* Deep time: every count years from the start of the era, both ways. */
  if (count >= CHRONICLE_TICK_DEEP_YEARS)
    return 1 + floor_div (year - 1, count) * count;
  if (year >= count)
    return floor_div (year, count) * count;
  if (year >= 1 - count)
    return count == 1 ? year : 1 - count;
  /* Before the common era: the round BCE year at or before @year. */
  return 1 - (-floor_div (-(1 - year), count)) * count;
}

static gint64
year_tick_next (gint64 year,
                gint64 count)
{
  if (count > 1 && count < CHRONICLE_TICK_DEEP_YEARS && year == 1 - count)
    return count;
  return year + count;
}

/* The tick at or before @day: hours and minutes on multiples of the step from
 * midnight, weeks start on Monday, months and years on their first day, and
 * multi-unit steps are aligned to multiples of the step (quarters start in Jan,
 * Apr…). Ticks of a day or longer are whole days. */
double
chronicle_tick_step_floor (ChronicleTickStep step,
                           double            position)
{
  gint64 day = (gint64) floor (position);
  gint64 year;
  int month;

  switch (step.unit)
    {
    case CHRONICLE_TICK_MINUTE:
    case CHRONICLE_TICK_HOUR:
      {
        double per_day = step.unit == CHRONICLE_TICK_HOUR ? 24.0 : 1440.0;
        double units = floor ((position - (double) day) * per_day + 1e-6);

        return (double) day + floor (units / (double) step.count) * (double) step.count / per_day;
      }
    case CHRONICLE_TICK_DAY:
      return (double) (floor_div (day, step.count) * step.count);
    case CHRONICLE_TICK_WEEK:
      /* 1970-01-01 was a Thursday; day -3 was a Monday. */
      return (double) (floor_div (day + 3, 7 * step.count) * 7 * step.count - 3);
    case CHRONICLE_TICK_MONTH:
      {
        gint64 index;

        chronicle_civil_from_days (day, &year, &month, NULL);
        index = floor_div (year * 12 + (month - 1), step.count) * step.count;
        return (double) chronicle_days_from_civil (floor_div (index, 12),
                                                   (int) (index - floor_div (index, 12) * 12) + 1, 1);
      }
    case CHRONICLE_TICK_YEAR:
    default:
      chronicle_civil_from_days (day, &year, NULL, NULL);
      return (double) chronicle_days_from_civil (year_tick_floor (year, step.count), 1, 1);
    }
}

/* The tick after @tick, which must itself be a tick. */
double
chronicle_tick_step_next (ChronicleTickStep step,
                          double            tick)
{
  gint64 day = (gint64) floor (tick);
  gint64 year;
  int month;

  switch (step.unit)
    {
    case CHRONICLE_TICK_MINUTE:
    case CHRONICLE_TICK_HOUR:
      {
        /* From the tick's hour or minute, so that rounding never accumulates; a new
         * day starts again at midnight. */
        double per_day = step.unit == CHRONICLE_TICK_HOUR ? 24.0 : 1440.0;
        double unit = round ((tick - (double) day) * per_day) + (double) step.count;

        return unit >= per_day ? (double) (day + 1) : (double) day + unit / per_day;
      }
    case CHRONICLE_TICK_DAY:
      return (double) (day + step.count);
    case CHRONICLE_TICK_WEEK:
      return (double) (day + 7 * step.count);
    case CHRONICLE_TICK_MONTH:
      {
        gint64 index;

        chronicle_civil_from_days (day, &year, &month, NULL);
        index = year * 12 + (month - 1) + step.count;
        return (double) chronicle_days_from_civil (floor_div (index, 12),
                                                   (int) (index - floor_div (index, 12) * 12) + 1, 1);
      }
    case CHRONICLE_TICK_YEAR:
    default:
      chronicle_civil_from_days (day, &year, NULL, NULL);
      return (double) chronicle_days_from_civil (year_tick_next (year, step.count), 1, 1);
    }
}
