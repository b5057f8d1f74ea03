/* chronicle-time-scale.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CHRONICLE_TICK_DAY,
  CHRONICLE_TICK_WEEK,
  CHRONICLE_TICK_MONTH,
  CHRONICLE_TICK_YEAR,
  CHRONICLE_TICK_HOUR,
  CHRONICLE_TICK_MINUTE,
} ChronicleTickUnit;

/**
 * ChronicleTickStep:
 * @unit: minutes, hours, days, weeks, months or years
 * @count: how many units between ticks (3 months is a quarter). Years step
 *   through round years of their era: with 500, ticks fall on 1000 BCE, 500 BCE,
 *   500, 1000 (there is no year 0 to tick); deep time, see
 *   %CHRONICLE_TICK_DEEP_YEARS
 */
typedef struct
{
  ChronicleTickUnit unit;
  gint64            count;
} ChronicleTickStep;

/* Year steps from this many years on are deep time: ticks every count years from
 * the start of the era, backwards and forwards ("10,000 years ago", "now", "in
 * 10,000 years"). */
#define CHRONICLE_TICK_DEEP_YEARS 10000

#define CHRONICLE_TYPE_TIME_SCALE (chronicle_time_scale_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleTimeScale, chronicle_time_scale, CHRONICLE, TIME_SCALE, GObject)

ChronicleTimeScale *chronicle_time_scale_new           (void);
void                chronicle_time_scale_set_width     (ChronicleTimeScale *self,
                                                        double              width);
double              chronicle_time_scale_get_width     (ChronicleTimeScale *self);
void                chronicle_time_scale_set_origin    (ChronicleTimeScale *self,
                                                        double              origin);
double              chronicle_time_scale_get_origin    (ChronicleTimeScale *self);
void                chronicle_time_scale_set_mirrored  (ChronicleTimeScale *self,
                                                        gboolean            mirrored);
gboolean            chronicle_time_scale_get_mirrored  (ChronicleTimeScale *self);
void                chronicle_time_scale_set_bounds    (ChronicleTimeScale *self,
                                                        double              first_day,
                                                        double              end_day,
                                                        gboolean            to_hours);
void                chronicle_time_scale_set_span_limits (ChronicleTimeScale *self,
                                                        double              min_span,
                                                        double              max_span);
double              chronicle_time_scale_get_min_span  (ChronicleTimeScale *self);
void                chronicle_time_scale_set_visible   (ChronicleTimeScale *self,
                                                        double              start,
                                                        double              end);
double              chronicle_time_scale_get_start     (ChronicleTimeScale *self);
double              chronicle_time_scale_get_end       (ChronicleTimeScale *self);
double              chronicle_time_scale_get_span      (ChronicleTimeScale *self);
double              chronicle_time_scale_to_x          (ChronicleTimeScale *self,
                                                        double              day);
double              chronicle_time_scale_to_day        (ChronicleTimeScale *self,
                                                        double              x);
double              chronicle_time_scale_days_per_pixel (ChronicleTimeScale *self);
void                chronicle_time_scale_zoom          (ChronicleTimeScale *self,
                                                        double              factor,
                                                        double              anchor_x);
void                chronicle_time_scale_pan           (ChronicleTimeScale *self,
                                                        double              dx);
void                chronicle_time_scale_fit           (ChronicleTimeScale *self,
                                                        double              first_day,
                                                        double              end_day);
void                chronicle_time_scale_compute_fit   (ChronicleTimeScale *self,
                                                        double              first_day,
                                                        double              end_day,
                                                        double              start_px,
                                                        double              end_px,
                                                        double             *start,
                                                        double             *end);
void                chronicle_time_scale_fit_with_margins (ChronicleTimeScale *self,
                                                        double              first_day,
                                                        double              end_day,
                                                        double              start_px,
                                                        double              end_px);
void                chronicle_time_scale_compute_zoom  (ChronicleTimeScale *self,
                                                        double              factor,
                                                        double              anchor_x,
                                                        double             *start,
                                                        double             *end);
void                chronicle_time_scale_clamp         (ChronicleTimeScale *self,
                                                        double             *start,
                                                        double             *end);
ChronicleTickStep   chronicle_time_scale_choose_step   (ChronicleTimeScale *self,
                                                        double              min_gap);

double              chronicle_tick_step_approx_days    (ChronicleTickStep   step);
double              chronicle_tick_step_floor          (ChronicleTickStep   step,
                                                        double              day);
double              chronicle_tick_step_next           (ChronicleTickStep   step,
                                                        double              day);

G_END_DECLS
