/* chronicle-timeline-style.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} ChronicleColor;

/**
 * ChronicleTimelineStyle:
 *
 * The colours the timeline is drawn with. The widget resolves them from CSS
 * (style.css, so dark mode and high contrast follow); export uses its own.
 */
typedef struct
{
  ChronicleColor background;
  ChronicleColor foreground;
  ChronicleColor dim_foreground;
  ChronicleColor axis_background;
  ChronicleColor grid;
  ChronicleColor era;
  ChronicleColor alternate_lane;
  ChronicleColor header_background;
  ChronicleColor accent;
  ChronicleColor cluster;
  ChronicleColor band[4];
  gboolean       dark;
  gboolean       high_contrast;
} ChronicleTimelineStyle;

void           chronicle_timeline_style_init_default (ChronicleTimelineStyle *style,
                                                      gboolean                dark);
ChronicleColor chronicle_color_parse                 (const char             *hex);
void           chronicle_color_set_source            (cairo_t                *cr,
                                                      const ChronicleColor   *color,
                                                      double                  alpha);
double         chronicle_color_contrast              (const ChronicleColor   *a,
                                                      const ChronicleColor   *b);
ChronicleColor chronicle_timeline_style_get_era_label_color (const ChronicleTimelineStyle *style);

G_END_DECLS
