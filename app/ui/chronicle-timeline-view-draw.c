/* chronicle-timeline-view-draw.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "chronicle-timeline-view-private.h"

/* How the timeline view draws what its renderer laid out: the scene, cached as one
 * node until it changes; over it, every frame, the event objects' focus rings, the
 * hover and selection highlights and the range being picked. Presenting, the drawing
 * stops at the last row wholly in view. */

static void snapshot_contents (ChronicleTimelineView *self,
                               GtkSnapshot           *snapshot,
                               int                    width,
                               int                    height);

/* Where the drawing stops: the view's bottom, or presenting, the bottom of the last row
 * wholly in view, so that the caption below does not cut a row of text through its
 * glyphs on a projector. */
double
_chronicle_timeline_view_get_drawn_height (ChronicleTimelineView *self)
{
  ChronicleScene *scene = chronicle_timeline_renderer_get_scene (self->renderer);
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double axis_h = chronicle_timeline_renderer_get_axis_height (self->renderer);
  double row_h = chronicle_timeline_renderer_get_row_height (self->renderer);
  double scroll = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
  guint n_rows = chronicle_scene_get_n_rows (scene);

  if (!self->presenting || row_h <= 0)
    return height;
  for (guint row = 0; row < n_rows; row++)
    {
      double top = axis_h + chronicle_timeline_renderer_get_row_y (self->renderer, row) - scroll;

      if (top + row_h > height + 0.5)
        return MAX (top, axis_h);
    }
  return height;
}

void
_chronicle_timeline_view_snapshot (GtkWidget   *widget,
                                   GtkSnapshot *snapshot)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (width <= 0 || height <= 0)
    return;
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, _chronicle_timeline_view_get_drawn_height (self)));
  snapshot_contents (self, snapshot, width, height);
  gtk_snapshot_pop (snapshot);
}

static void
snapshot_contents (ChronicleTimelineView *self,
                   GtkSnapshot           *snapshot,
                   int                    width,
                   int                    height)
{
  ChronicleScene *pass = chronicle_timeline_renderer_get_scene (self->renderer);
  guint selected_marker;
  gboolean show_selection;
  cairo_t *cr;

  /* The content is cached; only hover, selection and range are drawn every time. */
  if (self->content == NULL || self->content_width != width || self->content_height != height)
    {
      g_clear_pointer (&self->content, gsk_render_node_unref);
      self->content = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
      cr = gsk_cairo_node_get_draw_context (self->content);
      chronicle_timeline_renderer_draw_scene (self->renderer, cr);
      cairo_destroy (cr);
      self->content_width = width;
      self->content_height = height;
    }
  gtk_snapshot_append_node (snapshot, self->content);
  /* The event objects draw only their focus ring (CSS). */
  chronicle_marker_pool_snapshot (self->markers, snapshot);

  show_selection = self->selected >= 0 &&
                   chronicle_scene_find_event (pass, (guint) self->selected, &selected_marker);
  if (self->hover_marker < 0 && !show_selection && !self->has_range && !self->range_dragging)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->hover_marker >= 0)
    chronicle_timeline_renderer_draw_highlight (self->renderer, cr, (guint) self->hover_marker, FALSE);
  if (show_selection)
    {
      chronicle_timeline_renderer_draw_highlight (self->renderer, cr, selected_marker, TRUE);
    }
  if (self->has_range || self->range_dragging)
    {
      double x0 = MIN (self->range_x0, self->range_x1), x1 = MAX (self->range_x0, self->range_x1);
      double top = chronicle_timeline_renderer_get_axis_height (self->renderer);

      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.15);
      cairo_rectangle (cr, x0, top, x1 - x0, height - top);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.8);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, x0 + 0.5, top + 0.5, x1 - x0 - 1, height - top - 1);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}
