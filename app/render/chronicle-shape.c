/* chronicle-shape.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The kinds' marker shapes as cairo paths, named as data files name them ("circle",
 * "star", …): drawn by the canvas, the export legend and the sidebar's kind icons,
 * so a kind looks the same everywhere. Also the rounded rectangle of badges and
 * highlights. */

#define G_LOG_DOMAIN "chronicle-shape"

#include "config.h"

#include "chronicle-shape.h"

#include <math.h>

ChronicleShape
chronicle_shape_from_name (const char *name)
{
  static const char * const names[] = { "circle", "square", "diamond", "triangle", "star", "hexagon", "bar" };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i]))
      return (ChronicleShape) i;
  return CHRONICLE_SHAPE_CIRCLE;
}

static void
shape_path (cairo_t        *cr,
            ChronicleShape  shape,
            double          cx,
            double          cy,
            double          r)
{
  switch (shape)
    {
    case CHRONICLE_SHAPE_SQUARE:
    case CHRONICLE_SHAPE_BAR:
      cairo_rectangle (cr, cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
      break;
    case CHRONICLE_SHAPE_DIAMOND:
      cairo_move_to (cr, cx, cy - r * 1.15);
      cairo_line_to (cr, cx + r * 1.15, cy);
      cairo_line_to (cr, cx, cy + r * 1.15);
      cairo_line_to (cr, cx - r * 1.15, cy);
      cairo_close_path (cr);
      break;
    case CHRONICLE_SHAPE_TRIANGLE:
      cairo_move_to (cr, cx, cy - r * 1.1);
      cairo_line_to (cr, cx + r * 1.05, cy + r * 0.8);
      cairo_line_to (cr, cx - r * 1.05, cy + r * 0.8);
      cairo_close_path (cr);
      break;
    case CHRONICLE_SHAPE_STAR:
      for (int i = 0; i < 10; i++)
        {
          double a = -G_PI / 2 + i * G_PI / 5;
          double rr = (i % 2 == 0) ? r * 1.3 : r * 0.55;

          if (i == 0)
            cairo_move_to (cr, cx + rr * cos (a), cy + rr * sin (a));
          else
            cairo_line_to (cr, cx + rr * cos (a), cy + rr * sin (a));
        }
      cairo_close_path (cr);
      break;
    case CHRONICLE_SHAPE_HEXAGON:
      for (int i = 0; i < 6; i++)
        {
          double a = i * G_PI / 3;

          if (i == 0)
            cairo_move_to (cr, cx + r * cos (a), cy + r * sin (a));
          else
            cairo_line_to (cr, cx + r * cos (a), cy + r * sin (a));
        }
      cairo_close_path (cr);
      break;
    case CHRONICLE_SHAPE_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    }
}

/* The path of a kind's shape, centred on (@cx, @cy): the canvas's, for icons elsewhere. */
void
chronicle_shape_path (cairo_t        *cr,
                      ChronicleShape  shape,
                      double          cx,
                      double          cy,
                      double          radius)
{
  g_return_if_fail (cr != NULL);
  shape_path (cr, shape, cx, cy, radius);
}

/* A rectangle with round corners of @radius (at most half its smaller side). */
void
chronicle_shape_rounded_rect (cairo_t *cr,
                              double   x,
                              double   y,
                              double   w,
                              double   h,
                              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}
