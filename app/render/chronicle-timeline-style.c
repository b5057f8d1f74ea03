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

#include <math.h>
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

/* @top drawn over the opaque @bottom. */
static ChronicleColor
composite (const ChronicleColor *top,
           const ChronicleColor *bottom)
{
  double a = top->alpha;

  return rgba (top->red * a + bottom->red * (1 - a), top->green * a + bottom->green * (1 - a),
               top->blue * a + bottom->blue * (1 - a), 1);
}

static double
channel_luminance (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/**
 * chronicle_color_contrast:
 * @a: an opaque colour
 * @b: another
 *
 * Returns: the WCAG 2 contrast ratio of @a and @b, from 1 to 21
 */
double
chronicle_color_contrast (const ChronicleColor *a,
                          const ChronicleColor *b)
{
  double la, lb;

  g_return_val_if_fail (a != NULL && b != NULL, 1);

  la = 0.2126 * channel_luminance (a->red) + 0.7152 * channel_luminance (a->green) +
       0.0722 * channel_luminance (a->blue);
  lb = 0.2126 * channel_luminance (b->red) + 0.7152 * channel_luminance (b->green) +
       0.0722 * channel_luminance (b->blue);
  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* WCAG AA asks 4.5:1 of text; era names are small, and antialiasing lightens thin
 * strokes, so they aim a little higher. */
#define ERA_LABEL_CONTRAST 5.0

/**
 * chronicle_timeline_style_get_era_label_color:
 * @style: the timeline's colours
 *
 * Era names are drawn on the axis band. They are secondary text, so they start from
 * the dim foreground, but made as much stronger as it takes to read: at least
 * ERA_LABEL_CONTRAST (above WCAG AA's 4.5:1) against the band; in high contrast, the
 * full foreground.
 *
 * Returns: the colour of era names, opaque (the band under them is)
 */
ChronicleColor
chronicle_timeline_style_get_era_label_color (const ChronicleTimelineStyle *style)
{
  ChronicleColor band, color, strongest, text;

  g_return_val_if_fail (style != NULL, rgba (0, 0, 0, 1));

  band = composite (&style->axis_background, &style->background);
  strongest = composite (&style->foreground, &band);
  if (style->high_contrast)
    return strongest;

  text = style->dim_foreground;
  color = composite (&text, &band);
  while (chronicle_color_contrast (&color, &band) < ERA_LABEL_CONTRAST && text.alpha < 1)
    {
      text.alpha = MIN (1.0, text.alpha + 0.05);
      color = composite (&text, &band);
    }
  /* A dim colour of a hue that never gets there: the foreground itself. */
  if (chronicle_color_contrast (&color, &band) < ERA_LABEL_CONTRAST)
    return strongest;
  return color;
}
