/* chronicle-timeline-style.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline's colours: the default light and dark palettes (exports use the
 * light one; the widget resolves its own from CSS), and the one parser of a kind's
 * "#rrggbb" colour that the canvas, the legends and the sidebar's icons share. */

#define G_LOG_DOMAIN "chronicle-timeline-style"

#include "config.h"

#include "chronicle-timeline-style.h"

#include <stdio.h>
#include <string.h>

static ChronicleColor
rgba (double r, double g, double b, double a)
{
  return (ChronicleColor) { r, g, b, a };
}

void
chronicle_timeline_style_init_default (ChronicleTimelineStyle *style,
                                       gboolean                dark)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->dark = dark;
  if (dark)
    {
      style->background = rgba (0.14, 0.14, 0.14, 1);
      style->foreground = rgba (1, 1, 1, 1);
      style->dim_foreground = rgba (1, 1, 1, 0.45);
      style->axis_background = rgba (0.19, 0.19, 0.19, 1);
      style->grid = rgba (1, 1, 1, 0.08);
      style->era = rgba (0.47, 0.68, 0.93, 0.10);
      style->alternate_lane = rgba (1, 1, 1, 0.03);
      style->header_background = rgba (0.19, 0.19, 0.19, 0.92);
      style->accent = rgba (0.47, 0.68, 0.93, 1);
      style->cluster = rgba (0.55, 0.55, 0.58, 1);
    }
  else
    {
      style->background = rgba (1, 1, 1, 1);
      style->foreground = rgba (0, 0, 0, 0.8);
      style->dim_foreground = rgba (0, 0, 0, 0.4);
      style->axis_background = rgba (0.98, 0.98, 0.98, 1);
      style->grid = rgba (0, 0, 0, 0.07);
      style->era = rgba (0.21, 0.52, 0.89, 0.07);
      style->alternate_lane = rgba (0, 0, 0, 0.025);
      style->header_background = rgba (0.98, 0.98, 0.98, 0.92);
      style->accent = rgba (0.21, 0.52, 0.89, 1);
      style->cluster = rgba (0.37, 0.36, 0.39, 1);
    }
  style->band[0] = rgba (0.18, 0.76, 0.49, 0.13);
  style->band[1] = rgba (0.21, 0.52, 0.89, 0.13);
  style->band[2] = rgba (0.90, 0.65, 0.04, 0.15);
  style->band[3] = rgba (0.75, 0.11, 0.16, 0.13);
}


/**
 * chronicle_color_parse:
 * @hex: (nullable): "#rrggbb"
 *
 * Returns: the colour, opaque; a neutral grey when @hex is not one
 */
ChronicleColor
chronicle_color_parse (const char *hex)
{
  unsigned int r = 0x77, g = 0x76, b = 0x7b;

  if (hex == NULL || strlen (hex) != 7 || hex[0] != '#' ||
      sscanf (hex + 1, "%02x%02x%02x", &r, &g, &b) != 3)
    r = 0x77, g = 0x76, b = 0x7b;
  return rgba (r / 255.0, g / 255.0, b / 255.0, 1);
}

void
chronicle_color_set_source (cairo_t              *cr,
                            const ChronicleColor *color,
                            double                alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}
