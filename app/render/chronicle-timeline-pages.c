/* chronicle-timeline-pages.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline cut into pages of rows, for exports and print: stacked with every
 * row its labels need (no "+N"), then cut between rows so each page is full, every
 * page with the time axis on top and the lane names in the gutter beside its rows
 * (a lane that goes on from the page before named again). Part of
 * ChronicleTimelineRenderer. */

#define G_LOG_DOMAIN "chronicle-timeline-renderer"

#include "config.h"

#include "chronicle-timeline-pages.h"
#include "chronicle-timeline-renderer-private.h"

/**
 * chronicle_timeline_renderer_set_row_budget:
 * @budget: how many rows to stack with; 0: as many as fit the height (the canvas)
 *
 * Exports and print give the rows every label needs, and cut the timeline into
 * pages of rows (chronicle_timeline_renderer_paginate_rows()).
 */
void
chronicle_timeline_renderer_set_row_budget (ChronicleTimelineRenderer *self,
                                            guint                      budget)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  self->row_budget_override = budget;
}

/* The bottom of the room rows have on a page of @height. */
static double
rows_bottom (ChronicleTimelineRenderer *self,
             double                     height)
{
  return height - _chronicle_timeline_legend_height (self) - bottom_room (self);
}

/**
 * chronicle_timeline_renderer_paginate_rows:
 * @height: a page's height for the timeline, axis included
 * @first_rows: (out): each page's first row, then the number of rows (guints)
 *
 * Cuts the stacked rows (laid out for the renderer's size and scale) into pages of
 * @height: as many whole rows on each as fit under the axis, with their lanes'
 * header lines. Every page has at least one row, so none is empty of lanes.
 *
 * Returns: the number of pages, at least 1
 */
guint
chronicle_timeline_renderer_paginate_rows (ChronicleTimelineRenderer *self,
                                           double                     height,
                                           GArray                    *first_rows)
{
  double row_h, axis_h, bottom;
  guint n_rows, row = 0;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);
  g_return_val_if_fail (first_rows != NULL, 0);

  g_array_set_size (first_rows, 0);
  self->scroll_y = 0;
  chronicle_timeline_renderer_layout (self, self->width, height);
  n_rows = chronicle_scene_get_n_rows (self->scene);
  row_h = chronicle_timeline_renderer_get_row_height (self);
  axis_h = chronicle_timeline_renderer_get_axis_height (self);
  bottom = rows_bottom (self, height);

  while (row < n_rows)
    {
      /* At least one row; lane names are in the gutter, repeated on every page. */
      double y = axis_h + row_h;

      g_array_append_val (first_rows, row);
      for (row++; row < n_rows && y + row_h <= bottom; row++)
        y += row_h;
    }
  if (first_rows->len == 0)
    {
      guint zero = 0;

      g_array_append_val (first_rows, zero);
    }
  g_array_append_val (first_rows, n_rows);
  return first_rows->len - 1;
}

/**
 * chronicle_timeline_renderer_draw_rows:
 * @first_row: the page's first row
 * @end_row: the row after its last
 *
 * Draws the rows [@first_row, @end_row) into @width × @height, under the time axis:
 * a page of chronicle_timeline_renderer_paginate_rows(). A lane that began on an
 * earlier page has its name repeated in the gutter.
 */
void
chronicle_timeline_renderer_draw_rows (ChronicleTimelineRenderer *self,
                                       cairo_t                   *cr,
                                       double                     width,
                                       double                     height,
                                       guint                      first_row,
                                       guint                      end_row)
{
  double row_h, axis_h, bottom;
  guint n_rows;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  g_return_if_fail (cr != NULL);

  self->scroll_y = 0;
  chronicle_timeline_renderer_layout (self, width, height);
  n_rows = chronicle_scene_get_n_rows (self->scene);
  if (self->dataset == NULL || n_rows == 0 || first_row >= n_rows)
    {
      chronicle_timeline_renderer_draw_scene (self, cr);
      return;
    }
  end_row = CLAMP (end_row, first_row + 1, n_rows);
  row_h = chronicle_timeline_renderer_get_row_height (self);
  axis_h = chronicle_timeline_renderer_get_axis_height (self);

  /* The first row goes just under the axis; the page ends after its last row. */
  self->scroll_y = first_row * row_h;
  chronicle_timeline_renderer_layout (self, width, height);
  /* Only the page's rows: a bar is a little taller than its row, and one of the row
   * before or after the page showed a sliver at the page's top or bottom. The last
   * row's bars keep their lower edge. */
  chronicle_scene_compute (self->scene, self->scale, first_row, end_row - first_row);
  bottom = end_row < n_rows ? row_top (self, end_row) + ceil (self->em * 0.15) : rows_bottom (self, height);
  bottom = MIN (bottom, height - _chronicle_timeline_legend_height (self));

  set_source (cr, &self->style.background, 1);
  cairo_paint (cr);

  cairo_save (cr);
  cairo_rectangle (cr, time_x0 (self), axis_h, time_x1 (self) - time_x0 (self), bottom - axis_h);
  cairo_clip (cr);
  _chronicle_timeline_draw_eras (self, cr);
  _chronicle_timeline_draw_lanes (self, cr);
  _chronicle_timeline_draw_ticks (self, cr, FALSE);
  _chronicle_timeline_draw_markers (self, cr);
  cairo_restore (cr);

  /* The lane names beside the page's rows: a lane that goes on from the page before
   * has its name again at the top. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, bottom);
  cairo_clip (cr);
  {
    double saved = self->height;

    self->height = bottom + _chronicle_timeline_legend_height (self);
    _chronicle_timeline_draw_headers (self, cr);
    self->height = saved;
  }
  cairo_restore (cr);
  _chronicle_timeline_draw_legend (self, cr);
  cairo_save (cr);
  cairo_rectangle (cr, time_x0 (self), 0, time_x1 (self) - time_x0 (self), axis_h);
  cairo_clip (cr);
  _chronicle_timeline_draw_axis (self, cr);
  cairo_restore (cr);
  self->scroll_y = 0;
}

/**
 * chronicle_timeline_renderer_mark_labelled:
 * @labelled: one byte per event of the dataset, set for the events labelled in full
 *
 * Sets @labelled for each event whose label the current layout (of every row, as
 * chronicle_timeline_renderer_paginate_rows() laid them out) draws whole: beside its
 * marker within the width, or inside the part of its bar in view with room for all
 * of it. A label cut at the page's edge, or shortened to the room left, is not. An
 * export uses it to tell what a page adds to the pages before it.
 */
void
chronicle_timeline_renderer_mark_labelled (ChronicleTimelineRenderer *self,
                                           guint8                    *labelled)
{
  const ChronicleMarker *markers;
  guint n_markers, n_rows;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  g_return_if_fail (labelled != NULL);

  if (self->dataset == NULL || self->scale == NULL || self->label_widths == NULL)
    return;
  n_rows = chronicle_scene_get_n_rows (self->scene);
  chronicle_scene_compute (self->scene, self->scale, 0, n_rows);
  markers = chronicle_scene_get_markers (self->scene, &n_markers);
  for (guint i = 0; i < n_markers; i++)
    {
      const ChronicleMarker *m = &markers[i];
      guint event;
      double full;

      if (m->count != 1 || !m->labelled || m->label_width <= 0)
        continue;
      event = chronicle_scene_get_event (self->scene, m->first);
      if (event >= self->n_label_widths)
        continue;
      full = self->label_widths[event];
      if (m->label_inside)
        {
          /* What the bar has in view, less its ends' room (a little more than the
           * drawing keeps, to be sure). */
          double in0 = MAX (m->x0, 0) + self->em, in1 = MIN (m->x1, self->width) - self->em;

          if (in1 - in0 + 0.5 >= full)
            labelled[event] = 1;
        }
      else if (m->label_width + 0.5 >= full && m->label_x >= -0.5 && m->label_x + full <= self->width + 0.5)
        labelled[event] = 1;
    }
}

/**
 * chronicle_timeline_renderer_get_marker_reach:
 *
 * How far a marker reaches either side of its day, in the renderer's units: its
 * widest shape (the star's points, 1.24 radii across) with its outline, and half a
 * point of air. A page's time range has this room at each end, so that a marker on
 * its first or last day is drawn whole inside the frame, not cut by it.
 *
 * Returns: the reach, in pixels (points on paper)
 */
double
chronicle_timeline_renderer_get_marker_reach (ChronicleTimelineRenderer *self)
{
  double outline;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);
  /* The outline as the events' drawing has it (shape_with_outline()). */
  outline = self->style.high_contrast ? 2 : 1.2;
  return (marker_size (self) / 2 + outline) * 1.24 + 0.5;
}
