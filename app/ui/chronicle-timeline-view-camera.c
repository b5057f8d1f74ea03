/* chronicle-timeline-view-camera.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-timeline-view"

#include "config.h"

#include "chronicle-timeline-view-private.h"

#include <math.h>

/* What time the timeline shows, and how it gets there: the animated move between two
 * views (spans interpolate geometrically, so zooming feels even at every scale),
 * zooming about a point, fitting everything the filter keeps with room for its labels,
 * and the public calls that bring a range or an event into view. The time↔pixel
 * policy itself is ChronicleTimeScale's; this file decides where to go. */

/* ---- animation --------------------------------------------------------------- */

static void
on_animation_value_cb (double   value,
                       gpointer user_data)
{
  ChronicleTimelineView *self = user_data;
  double span0 = self->anim_from_end - self->anim_from_start;
  double span1 = self->anim_to_end - self->anim_to_start;
  /* Spans interpolate geometrically, so zooming feels even at every scale. */
  double span = span0 * pow (span1 / span0, value);
  double start;

  if (self->anim_anchor >= 0)
    {
      double anchor0 = self->anim_from_start + self->anim_anchor * span0;
      double anchor1 = self->anim_to_start + self->anim_anchor * span1;
      start = anchor0 + (anchor1 - anchor0) * value - self->anim_anchor * span;
    }
  else
    {
      double c0 = self->anim_from_start + span0 / 2;
      double c1 = self->anim_to_start + span1 / 2;
      start = c0 + (c1 - c0) * value - span / 2;
    }
  chronicle_time_scale_set_visible (self->scale, start, start + span);
}

void
_chronicle_timeline_view_animate_to (ChronicleTimelineView *self,
                                     double                 start,
                                     double                 end,
                                     double                 anchor_fraction,
                                     gboolean               animate)
{
  chronicle_time_scale_clamp (self->scale, &start, &end);
  if (self->animation != NULL)
    adw_animation_skip (self->animation);
  g_clear_object (&self->animation);

  if (!animate || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      !adw_get_enable_animations (GTK_WIDGET (self)))
    {
      chronicle_time_scale_set_visible (self->scale, start, end);
      return;
    }

  self->anim_from_start = chronicle_time_scale_get_start (self->scale);
  self->anim_from_end = chronicle_time_scale_get_end (self->scale);
  self->anim_to_start = start;
  self->anim_to_end = end;
  self->anim_anchor = anchor_fraction;
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, 250,
                                             adw_callback_animation_target_new (on_animation_value_cb, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
  adw_animation_play (self->animation);
}

void
_chronicle_timeline_view_zoom_about (ChronicleTimelineView *self,
                                     double                 factor,
                                     double                 anchor_x,
                                     gboolean               animate)
{
  double start, end;
  double x0 = chronicle_time_scale_get_origin (self->scale);
  double x1 = x0 + chronicle_time_scale_get_width (self->scale);

  /* Successive key presses build on where the running animation is going. */
  if (self->animation != NULL && adw_animation_get_state (self->animation) == ADW_ANIMATION_PLAYING)
    chronicle_time_scale_set_visible (self->scale, self->anim_to_start, self->anim_to_end);
  chronicle_time_scale_compute_zoom (self->scale, factor, anchor_x, &start, &end);
  /* The anchor as a fraction of time, which way time flows on screen aside. */
  _chronicle_timeline_view_animate_to (self, start, end,
              (chronicle_time_scale_to_day (self->scale, CLAMP (anchor_x, x0, x1)) - chronicle_time_scale_get_start (self->scale)) /
              chronicle_time_scale_get_span (self->scale),
              animate);
}

/* ---- fit ------------------------------------------------------------------------- */

/* What "everything" is: the events the filter matches (all when it matches none or
 * there is no filter), and the eras; with @markers, only where those events start
 * (their markers: the first and the last thing that happens, bars running on aside). */
static gboolean
content_bounds (ChronicleTimelineView *self,
                gboolean               markers,
                double                *first,
                double                *end)
{
  ChronicleEventStore *store = _chronicle_timeline_view_get_store (self);
  const guint8 *mask = _chronicle_timeline_view_get_mask (self);
  const gint64 *starts, *ends;
  gboolean any = FALSE, masked = FALSE;

  if (self->dataset == NULL)
    return FALSE;
  starts = chronicle_event_store_get_starts (store);
  ends = chronicle_event_store_get_ends (store);
  *first = G_MAXDOUBLE, *end = -G_MAXDOUBLE;
  /* First what the filters keep (all of it: no filter is on, and the eras frame it
   * too), then, when they keep nothing, everything. */
  for (int pass = mask != NULL ? 0 : 1; pass < 2 && !any; pass++)
    {
      masked = FALSE;
      for (guint i = 0; i < _chronicle_timeline_view_get_n_events (self); i++)
        if (pass == 1 || mask[i])
          {
            *first = MIN (*first, (double) starts[i]);
            *end = MAX (*end, markers ? (double) starts[i] : (double) MAX (ends[i], starts[i] + 1));
            any = TRUE;
          }
        else
          masked = TRUE;
    }
  /* Eras frame the story: shown with everything, not with a filter's few events. */
  if (!masked && !markers)
    for (guint i = 0; i < chronicle_dataset_get_n_eras (self->dataset); i++)
      {
        const ChronicleEra *era = chronicle_dataset_get_era (self->dataset, i);

        *first = MIN (*first, chronicle_date_first_day (&era->start));
        *end = MAX (*end, chronicle_date_end_day (&era->end));
        any = TRUE;
      }
  return any;
}

/* Shows the file's opening view (once), else everything the filters keep, with room
 * at each end for a marker. */
void
_chronicle_timeline_view_fit_content (ChronicleTimelineView *self,
                                      gboolean               animate)
{
  double first, end, start, stop;
  double em = chronicle_widget_get_font_pixels (GTK_WIDGET (self)) * MAX (self->applied_zoom, 1);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  gint64 view_first, view_end;

  /* The file's own view, once: where it opens. Then everything the filters keep. */
  if (self->fit_view && chronicle_dataset_get_view (self->dataset, &view_first, &view_end))
    {
      first = view_first;
      end = view_end;
    }
  else if (!content_bounds (self, FALSE, &first, &end))
    return;
  if (width <= 1)
    {
      self->fit_pending = TRUE;
      return;
    }
  self->fit_pending = FALSE;
  self->fit_view = FALSE;
  /* Margins for a marker at each end, no more: the scene keeps labels within the
   * data (turning them before their marker at its end), and widening the view for
   * the last labels left half the canvas empty while events were merged into "+N". */
  chronicle_time_scale_compute_fit (self->scale, first, end, em * 1.5, em * 1.5, &start, &stop);
  _chronicle_timeline_view_animate_to (self, start, stop, -1, animate);
}

void
chronicle_timeline_view_show_range (ChronicleTimelineView *self,
                                    double                 start,
                                    double                 end,
                                    gboolean               animate)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (end > start);

  /* A range asked for (a dataset's opening view, a year) wins over the pending fit. */
  self->fit_view = FALSE;
  self->fit_pending = FALSE;
  _chronicle_timeline_view_animate_to (self, start, end, -1, animate);
}

/**
 * chronicle_timeline_view_show_event_within:
 * @x_min: the left edge of the part of the view that is not covered
 * @x_max: its right edge
 *
 * Pans, keeping the zoom, so that @event's start lies between @x_min and @x_max
 * (in the middle) when it does not already: for when something covers part of the
 * view, such as the narrow window's details.
 */
void
chronicle_timeline_view_show_event_within (ChronicleTimelineView *self,
                                           ChronicleEvent        *event,
                                           double                 x_min,
                                           double                 x_max)
{
  double day, x, shift;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (CHRONICLE_IS_EVENT (event));

  day = chronicle_event_get_start_position (event);
  x = chronicle_time_scale_to_x (self->scale, day);
  if (x_max <= x_min || (x >= x_min && x <= x_max))
    return;
  shift = day - chronicle_time_scale_to_day (self->scale, (x_min + x_max) / 2);
  _chronicle_timeline_view_animate_to (self, chronicle_time_scale_get_start (self->scale) + shift,
              chronicle_time_scale_get_end (self->scale) + shift, -1, TRUE);
}

/**
 * chronicle_timeline_view_show_event:
 * @context_days: days of context on each side; < 0 keeps the zoom and only pans
 *   (when the event is not already in view)
 *
 * Brings @event into view, horizontally and vertically.
 */
void
chronicle_timeline_view_show_event (ChronicleTimelineView *self,
                                    ChronicleEvent        *event,
                                    double                 context_days,
                                    gboolean               animate)
{
  double first, end, start, stop, span;
  guint position, row;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (CHRONICLE_IS_EVENT (event));

  if (self->dataset == NULL)
    return;

  first = chronicle_event_get_start_position (event);
  end = chronicle_event_get_end_position (event);
  start = chronicle_time_scale_get_start (self->scale);
  stop = chronicle_time_scale_get_end (self->scale);
  span = stop - start;

  if (context_days >= 0)
    _chronicle_timeline_view_animate_to (self, first - context_days, end + context_days, -1, animate);
  else if (first < start + span * 0.05 || first > stop - span * 0.25)
    {
      double to = first - span * 0.4, data_first, data_last;
      gboolean pan = TRUE;

      /* Near the data's ends the view stops at them, a marker's room beyond: End put
       * the last event 40 % of the way in, the rest of the board empty future (and
       * Home as much empty past before the first). Data shorter than the view stays
       * where it is when all in view, else is centred. */
      if (content_bounds (self, TRUE, &data_first, &data_last))
        {
          double em = chronicle_widget_get_font_pixels (GTK_WIDGET (self)) * MAX (self->applied_zoom, 1);
          double room = em * 1.5 * chronicle_time_scale_days_per_pixel (self->scale);

          if (data_last - data_first + 2 * room < span)
            {
              pan = start > data_first - room || stop < data_last + room;
              to = (data_first + data_last - span) / 2;
            }
          else
            to = MAX (MIN (to, data_last + room - span), data_first - room);
        }
      if (pan)
        _chronicle_timeline_view_animate_to (self, to, to + span, -1, animate);
    }

  /* …and scroll its row into view. */
  if (self->vadjustment != NULL &&
      _chronicle_timeline_view_find (self, event, &position) &&
      chronicle_scene_find_row (chronicle_timeline_renderer_get_scene (self->renderer), position, &row))
    {
      double row_h = chronicle_timeline_renderer_get_row_height (self->renderer);
      double y = chronicle_timeline_renderer_get_row_y (self->renderer, row);
      double value = gtk_adjustment_get_value (self->vadjustment);
      double page = gtk_adjustment_get_page_size (self->vadjustment);

      if (y < value || y + row_h > value + page)
        gtk_adjustment_set_value (self->vadjustment, y - page / 3);
    }
}

/**
 * chronicle_timeline_view_present_event:
 * @event: (nullable): the event to select, or %NULL for none
 *
 * Selects @event and moves to [@start, @end] in one movement, without the pan that
 * selecting alone may start: presentation places its camera itself.
 */
void
chronicle_timeline_view_present_event (ChronicleTimelineView *self,
                                       ChronicleEvent        *event,
                                       double                 start,
                                       double                 end,
                                       gboolean               animate)
{
  guint position;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (event == NULL || CHRONICLE_IS_EVENT (event));
  g_return_if_fail (end > start);

  if (event != NULL && self->dataset != NULL &&
      _chronicle_timeline_view_find (self, event, &position))
    _chronicle_timeline_view_select_position (self, position, FALSE);
  else
    _chronicle_timeline_view_select_position (self, -1, FALSE);
  _chronicle_timeline_view_animate_to (self, start, end, -1, animate);
}

/**
 * chronicle_timeline_view_get_time_scale:
 *
 * Returns: (transfer none): the scale that maps the visible days onto the width
 */
ChronicleTimeScale *
chronicle_timeline_view_get_time_scale (ChronicleTimelineView *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), NULL);
  return self->scale;
}
