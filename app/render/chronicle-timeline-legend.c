/* chronicle-timeline-legend.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The canvas's legend of relationship levels, when lanes are partners: a strip along
 * the bottom of the view whose items wrap, reserved so no row stays under it. Part
 * of ChronicleTimelineRenderer. (The export page's legend of kinds is in
 * chronicle-export.c.) */

#define G_LOG_DOMAIN "chronicle-timeline-renderer"

#include "config.h"

#include "chronicle-timeline-renderer-private.h"

#include <string.h>

/* The width the view has, known from allocation on (set_size()), before any drawing. */
static double
view_width (ChronicleTimelineRenderer *self)
{
  return self->width;
}

/* The relationship levels' legend, when lanes are partners with level bands: a strip
 * along the bottom of the view, items in a row that wraps. The strip is reserved:
 * the content scrolls far enough that no row stays under it. Fills @names (band
 * order) and returns how many bands there are. */
static guint
legend_names (ChronicleTimelineRenderer *self,
              const char                *names[4])
{
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;

  memset (names, 0, 4 * sizeof (const char *));
  if (self->layout == NULL || self->dataset == NULL ||
      chronicle_lane_layout_get_group_by (self->layout) != CHRONICLE_GROUP_BY_PARTNER)
    return 0;
  g_hash_table_iter_init (&iter, self->level_bands);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint band = GPOINTER_TO_UINT (value) - 1;

      if (band < 4)
        {
          names[band] = chronicle_dataset_translate_level (self->dataset, self->language, key);
          n = MAX (n, band + 1);
        }
    }
  return n;
}

/* Lays the legend's items out from the left (right in RTL) and returns the strip's
 * height; with @cr, draws them too, the strip's top at @top. */
static double
layout_legend (ChronicleTimelineRenderer *self,
               cairo_t                   *cr,
               double                     top)
{
  const char *names[4];
  guint n = legend_names (self, names);
  double line_h = self->em * 1.8, pad = self->em * 0.5, swatch = self->em * 1.2;
  double x = self->em, y = pad;
  double width = view_width (self);
  guint lines = 1;

  if (n == 0 || width <= 0)
    return 0;
  for (guint i = 0; i < n; i++)
    {
      double w;

      if (names[i] == NULL)
        continue;
      w = swatch + self->em * 0.5 + text_width (self, self->small_font, names[i]);
      if (x > self->em && x + w > width - self->em)
        {
          x = self->em;
          y += line_h;
          lines++;
        }
      if (cr != NULL)
        {
          double sx = rtl (self) ? width - x - swatch : x;
          double tx = rtl (self) ? width - x - swatch - self->em * 0.5 - text_width (self, self->small_font, names[i])
                                 : x + swatch + self->em * 0.5;

          set_source (cr, &self->style.band[i], 4);
          cairo_rectangle (cr, sx, top + y + line_h * 0.25, swatch, line_h * 0.5);
          cairo_fill (cr);
          _chronicle_timeline_draw_text (self, cr, self->small_font, names[i], tx, top + y + line_h / 2, -1,
                                         &self->style.foreground, 1, NULL);
        }
      x += w + self->em * 1.5;
    }
  return lines * line_h + 2 * pad;
}

/* The legend strip's height: measured again only when the width, the font, the
 * language or the data change (the hit test asks at every pointer motion). */
double
_chronicle_timeline_legend_height (ChronicleTimelineRenderer *self)
{
  double width = view_width (self);

  if (self->legend_width != width)
    {
      self->legend_h = layout_legend (self, NULL, 0);
      self->legend_width = width;
    }
  return self->legend_h;
}

void
_chronicle_timeline_draw_legend (ChronicleTimelineRenderer *self,
                                 cairo_t                   *cr)
{
  double h = _chronicle_timeline_legend_height (self), top = self->height - h;

  if (h <= 0)
    return;
  set_source (cr, &self->style.header_background, 1);
  cairo_rectangle (cr, 0, top, self->width, h);
  cairo_fill (cr);
  set_source (cr, &self->style.foreground, 0.15);
  cairo_rectangle (cr, 0, top, self->width, 1);
  cairo_fill (cr);
  layout_legend (self, cr, top);
}
