/* chronicle-shape.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CHRONICLE_SHAPE_CIRCLE,
  CHRONICLE_SHAPE_SQUARE,
  CHRONICLE_SHAPE_DIAMOND,
  CHRONICLE_SHAPE_TRIANGLE,
  CHRONICLE_SHAPE_STAR,
  CHRONICLE_SHAPE_HEXAGON,
  CHRONICLE_SHAPE_BAR,
} ChronicleShape;

ChronicleShape chronicle_shape_from_name    (const char     *name);
void           chronicle_shape_path         (cairo_t        *cr,
                                             ChronicleShape  shape,
                                             double          cx,
                                             double          cy,
                                             double          radius);
void           chronicle_shape_rounded_rect (cairo_t        *cr,
                                             double          x,
                                             double          y,
                                             double          width,
                                             double          height,
                                             double          radius);

G_END_DECLS
