/* chronicle-time-scale-ticks.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-time-scale.h"

G_BEGIN_DECLS

/**
 * ChronicleTextWidthFunc:
 * @text: a label
 * @user_data: the measurer's data
 *
 * Returns: @text's width in pixels, in the font the axis draws with
 */
typedef double (*ChronicleTextWidthFunc) (const char *text,
                                          gpointer    user_data);

/**
 * ChronicleTimeScaleTick:
 * @day: the tick's position, in days
 * @x: its x in the drawing, rounded to a pixel
 * @label: (nullable): its label; %NULL only for a tick whose label would be cut by
 *   the edge of the view
 * @label_x: the label's left edge, when @label is set
 * @label_width: the label's measured width
 */
typedef struct
{
  double  day;
  double  x;
  char   *label;
  double  label_x;
  double  label_width;
} ChronicleTimeScaleTick;

/**
 * ChronicleTickLabelling:
 * @measure: measures a label in the axis's font
 * @user_data: for @measure
 * @pad: between a tick and its label, which sits after it in the reading direction
 * @gap: the least room between two labels
 * @min_spacing: the finest tick spacing worth trying, in pixels
 *
 * How the axis's labels are measured and spaced.
 */
typedef struct
{
  ChronicleTextWidthFunc measure;
  gpointer               user_data;
  double                 pad;
  double                 gap;
  double                 min_spacing;
} ChronicleTickLabelling;

ChronicleTickStep chronicle_time_scale_compute_ticks (ChronicleTimeScale           *self,
                                                      const ChronicleTickLabelling *labelling,
                                                      GArray                       *ticks);
ChronicleTickStep chronicle_tick_step_coarser        (ChronicleTickStep             step);
void              chronicle_time_scale_tick_clear    (gpointer                      tick);

G_END_DECLS
