/* chronicle-presentation-camera.c — where presentation mode points the timeline
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each step of a presentation, the part of time the timeline shows: a span wide
 * enough for the event's neighbours, narrow enough for its whole label, and changing
 * little from one step to the next, with the event placed a third of the way in. The
 * framing (caption, margins, scrolling the row into view) is ChroniclePresentation's;
 * this file only does the arithmetic, from the timeline's measured labels and rows.
 */

#define G_LOG_DOMAIN "chronicle-presentation"

#include "config.h"

#include "chronicle-presentation-private.h"

#include <math.h>

#define MIN_CAMERA_DAYS 60.0

static ChronicleEvent *
step_event (ChronicleEventStore *store,
            GArray              *steps,
            int                  step)
{
  step = CLAMP (step, 0, (int) steps->len - 1);
  return chronicle_event_store_get_event (store, g_array_index (steps, guint, step));
}

/* What one step would like on screen: a span that covers the event's neighbours, two
 * steps either side (@wish); the most that still leaves room for its whole label
 * before the next marker in its row, or inside its own bar when that is long enough
 * to carry it (@cap); and where across the width the event goes (@at): a third of the
 * way in, further left when the label is wider than the rest, but clear of the lane's
 * pinned name. */
static void
camera_wish (ChronicleTimelineView *view,
             ChronicleEventStore   *store,
             GArray                *steps,
             int                    step,
             double                *wish,
             double                *cap,
             double                *at)
{
  ChronicleEvent *event = step_event (store, steps, step);
  double first = chronicle_event_get_start_position (event);
  double length = chronicle_event_get_end_position (event) - first;
  double width = gtk_widget_get_width (GTK_WIDGET (view));
  double label = chronicle_timeline_view_get_label_width (view, event);
  double header = chronicle_timeline_view_get_header_end (view, event);
  double lo = first, hi = first, top, row_h;

  *at = width > 0 ? CLAMP (1 - (label + 24) / width, 0.05, 0.3) : 0.3;
  if (width > 0)
    *at = CLAMP (MAX (*at, (header + 24) / width), 0.05, 0.6);

  for (int i = MAX (step - 2, 0); i <= MIN (step + 2, (int) steps->len - 1); i++)
    {
      double day = chronicle_event_get_start_position (step_event (store, steps, i));

      lo = MIN (lo, day);
      hi = MAX (hi, day);
    }
  *wish = MAX ((hi - lo) * 1.6, MIN_CAMERA_DAYS);
  /* The neighbours must fit on the side they are on. */
  *wish = MAX (*wish, MAX ((first - lo) / *at, (hi - first) / (0.95 - *at)) * 1.05);

  *cap = G_MAXDOUBLE;
  if (width > 0 && label > 0 &&
      chronicle_timeline_view_get_event_row (view, event, &top, &row_h))
    {
      guint position = g_array_index (steps, guint, step);
      double em = row_h / 2.3;

      /* The next marker in the row (markers of a row never overlap in time). */
      for (guint i = position + 1; i < chronicle_event_store_get_n_events (store); i++)
        {
          ChronicleEvent *next = chronicle_event_store_get_event (store, i);
          double next_top, next_h;

          if (chronicle_event_get_start_position (next) > first &&
              chronicle_timeline_view_get_event_row (view, next, &next_top, &next_h) &&
              next_top == top)
            {
              *cap = (chronicle_event_get_start_position (next) - first) * width / (label + em);
              break;
            }
        }
      /* A bar long enough on screen carries its label inside. */
      if (length > 1 && length * width / MIN (*wish, *cap) > em * 5)
        *cap = MIN (*cap, length * width / (label + em));
      *cap = MAX (*cap, 7);
    }
}

/* The camera for a step: the geometric mean of what it and the steps either side
 * would have, so the scale changes little from one step to the next, but never more
 * than its own label allows. */
void
_chronicle_presentation_camera_for_step (ChronicleTimelineView *view,
                                         ChronicleEventStore   *store,
                                         GArray                *steps,
                                         int                    step,
                                         double                *start,
                                         double                *end)
{
  ChronicleEvent *event = step_event (store, steps, step);
  double first = chronicle_event_get_start_position (event);
  double wish, cap, at, span, log_sum = 0;
  int n = 0;

  for (int i = MAX (step - 1, 0); i <= MIN (step + 1, (int) steps->len - 1); i++)
    {
      double w, c, a;

      camera_wish (view, store, steps, i, &w, &c, &a);
      log_sum += log (MIN (w, c));
      n++;
    }
  camera_wish (view, store, steps, step, &wish, &cap, &at);
  span = MIN (exp (log_sum / MAX (n, 1)), cap);
  *start = first - span * at;
  *end = *start + span;
  g_debug ("step %d: %s, %.0f days on screen (wished %.0f, label allows %.0f), at %.2f",
           step + 1, chronicle_event_get_id (event), span, wish, cap, at);
}
