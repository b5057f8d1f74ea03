/* chronicle-time-scale-ticks.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The time axis's ticks and their labels, for a time scale and a way to measure text:
 * the finest tick step whose labels all fit side by side (none skipped), with every
 * label placed and measured, ready to draw. The canvas, exports, print and the
 * presentation draw what this computes; it needs no display (the renderer passes
 * its Pango measuring, tests may pass theirs). */

#define G_LOG_DOMAIN "chronicle-time-scale"

#include "config.h"

#include "chronicle-time-scale-ticks.h"

#include <math.h>

#include "chronicle-date.h"
#include "chronicle-date-format.h"

/* No axis has more ticks than this: a step that would is too fine. */
#define MAX_TICKS 400

/* The steps the axis uses, finest first, below whole years; then 1, 2, 5 × 10ⁿ years. */
static const ChronicleTickStep fine_steps[] = {
  { CHRONICLE_TICK_MINUTE, 5 }, { CHRONICLE_TICK_MINUTE, 10 }, { CHRONICLE_TICK_MINUTE, 15 },
  { CHRONICLE_TICK_MINUTE, 30 }, { CHRONICLE_TICK_HOUR, 1 }, { CHRONICLE_TICK_HOUR, 3 },
  { CHRONICLE_TICK_HOUR, 6 }, { CHRONICLE_TICK_HOUR, 12 }, { CHRONICLE_TICK_DAY, 1 },
  { CHRONICLE_TICK_DAY, 2 }, { CHRONICLE_TICK_WEEK, 1 }, { CHRONICLE_TICK_MONTH, 1 },
  { CHRONICLE_TICK_MONTH, 3 }, { CHRONICLE_TICK_MONTH, 6 },
};

#define MAX_YEARS G_GINT64_CONSTANT (10000000000000)

/**
 * chronicle_tick_step_coarser:
 *
 * Returns: the axis's next step after @step (10 minutes after 5, 3 hours after 1, a week after 2 days,
 *   then months, quarters, half-years, 1, 2, 5 × 10ⁿ years); @step itself at the
 *   coarsest
 */
ChronicleTickStep
chronicle_tick_step_coarser (ChronicleTickStep step)
{
  ChronicleTickStep years = { CHRONICLE_TICK_YEAR, 1 };

  if (step.unit != CHRONICLE_TICK_YEAR)
    {
      for (guint i = 0; i + 1 < G_N_ELEMENTS (fine_steps); i++)
        if (fine_steps[i].unit == step.unit && fine_steps[i].count == step.count)
          return fine_steps[i + 1];
      return years;
    }
  if (step.count >= MAX_YEARS)
    return step;
  for (gint64 magnitude = 1; magnitude <= MAX_YEARS; magnitude *= 10)
    {
      static const int mantissas[] = { 1, 2, 5 };

      for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
        if (mantissas[i] * magnitude > step.count)
          {
            years.count = mantissas[i] * magnitude;
            return years;
          }
    }
  return step;
}

/* Steps of round years (below deep time) jump from the last round BCE year to the
 * first round CE one ("500 BCE", "500"): there is no year 0 to tick. The axis ticks
 * the era's start between them, 1 January of 1 CE, so that no interval is twice as
 * wide as the others where students look for "year zero". */
static gboolean
skips_era_start (ChronicleTickStep step)
{
  return step.unit == CHRONICLE_TICK_YEAR && step.count > 1 && step.count < CHRONICLE_TICK_DEEP_YEARS;
}

static double
era_start (void)
{
  return (double) chronicle_days_from_civil (1, 1, 1);
}

/* The axis's first tick, at or before @position. */
static double
first_tick (ChronicleTickStep step,
            double            position)
{
  double tick = chronicle_tick_step_floor (step, position);

  if (skips_era_start (step) && tick < era_start () && position >= era_start ())
    return era_start ();
  return tick;
}

/* The axis's tick after @tick. */
static double
next_tick (ChronicleTickStep step,
           double            tick)
{
  double next;

  if (skips_era_start (step) && tick == era_start ())
    return (double) chronicle_days_from_civil (step.count, 1, 1);
  next = chronicle_tick_step_next (step, tick);
  if (skips_era_start (step) && tick < era_start () && next > era_start ())
    return era_start ();
  return next;
}

void
chronicle_time_scale_tick_clear (gpointer tick)
{
  g_clear_pointer (&((ChronicleTimeScaleTick *) tick)->label, g_free);
}

/* Places @step's ticks in view into @ticks, each labelled after its tick in the
 * reading direction; the first label in view says the year too ("Jul 1914", "10 Sep
 * 2023, 15:00"): a slide a few weeks wide, or a page starting in July, has no
 * January to say it. A label that would be cut by the view's edge is left off. FALSE
 * when two labels would overlap (or too many ticks), unless @skip_overlaps, where the
 * later label is left off instead. */
static gboolean
place_ticks (ChronicleTimeScale           *self,
             ChronicleTickStep             step,
             const ChronicleTickLabelling *labelling,
             GArray                       *ticks,
             gboolean                      skip_overlaps)
{
  double x0 = chronicle_time_scale_get_origin (self);
  double x1 = x0 + chronicle_time_scale_get_width (self);
  double first = floor (chronicle_time_scale_get_start (self));
  double last = ceil (chronicle_time_scale_get_end (self));
  gboolean mirrored = chronicle_time_scale_get_mirrored (self);
  gboolean any = FALSE;
  double edge = 0;   /* where the next label may begin (ends, right to left) */
  double context_w;
  guint n = 0;
  g_autofree char *sample = NULL;

  /* The first label's room is that of a wide one of its kind ("30 Sep 2023, 22:00"),
   * wherever it falls ("3 Aug 2023" at midnight is shorter): the step chosen does not
   * change as the view moves or zooms out. */
  sample = chronicle_tick_format_with_year (step, chronicle_days_from_civil (2023, 9, 30) + 22 / 24.0);
  context_w = ceil (labelling->measure (sample, labelling->user_data));
  g_array_set_size (ticks, 0);
  for (double day = first_tick (step, first); day <= last; day = next_tick (step, day))
    {
      ChronicleTimeScaleTick tick = { day, round (chronicle_time_scale_to_x (self, day)), NULL, 0, 0 };
      char *label;
      double w, lx;

      if (++n > MAX_TICKS)
        return skip_overlaps;
      label = any ? chronicle_tick_format (step, day) : chronicle_tick_format_with_year (step, day);
      w = ceil (labelling->measure (label, labelling->user_data));
      lx = mirrored ? tick.x - labelling->pad - w : tick.x + labelling->pad;
      if (lx < x0 || lx + w > x1)
        {
          g_free (label);
          g_array_append_val (ticks, tick);
          continue;
        }
      if (any && (mirrored ? lx + w + labelling->gap > edge : lx < edge))
        {
          g_free (label);
          if (!skip_overlaps)
            return FALSE;
          g_array_append_val (ticks, tick);
          continue;
        }
      tick.label = label;
      tick.label_x = lx;
      tick.label_width = w;
      if (!any)
        w = MAX (w, context_w);
      edge = mirrored ? tick.label_x + tick.label_width - w : lx + w + labelling->gap;
      any = TRUE;
      g_array_append_val (ticks, tick);
    }
  return TRUE;
}

/**
 * chronicle_time_scale_compute_ticks:
 * @labelling: how labels are measured and spaced
 * @ticks: (element-type ChronicleTimeScaleTick): an array whose clear function is
 *   chronicle_time_scale_tick_clear(), filled with the ticks in view (and the one
 *   just before), in time order
 *
 * Chooses the axis's step: the finest, from ticks @labelling's min_spacing apart on,
 * whose labels all fit side by side with their gap, the first one's year or day
 * included, so no tick is left without its label (but one whose label the view's
 * edge would cut). Quarters give way to months when months' labels fit: a year's
 * page on A4 reads by months.
 *
 * Returns: the step
 */
ChronicleTickStep
chronicle_time_scale_compute_ticks (ChronicleTimeScale           *self,
                                    const ChronicleTickLabelling *labelling,
                                    GArray                       *ticks)
{
  ChronicleTickStep step = { CHRONICLE_TICK_YEAR, 1 };

  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (self), step);
  g_return_val_if_fail (labelling != NULL && labelling->measure != NULL, step);
  g_return_val_if_fail (ticks != NULL, step);

  step = chronicle_time_scale_choose_step (self, MAX (labelling->min_spacing, 1));
  if (step.unit == CHRONICLE_TICK_MONTH && step.count == 3)
    step.count = 1;
  for (;;)
    {
      ChronicleTickStep coarser;

      if (place_ticks (self, step, labelling, ticks, FALSE))
        return step;
      coarser = chronicle_tick_step_coarser (step);
      if (coarser.unit == step.unit && coarser.count == step.count)
        break;
      step = coarser;
    }
  /* Not even the coarsest step's labels fit (a drawing narrower than one label):
   * those that overlap are left off. */
  place_ticks (self, step, labelling, ticks, TRUE);
  return step;
}
