/* chronicle-presentation-camera.c — where presentation mode points the timeline
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each step of a presentation, the part of time the timeline shows. Two rules:
 * the presented event's marker and its whole label are on screen, clear of the
 * edges; and the zoom holds from one step to the next, so a story told in steps pans
 * rather than jumps. The zoom changes only when the held one would not do: when the
 * event would not be readable at it (a bar too short on screen to carry its label
 * inside, yet too long for the bar and the label after it to fit), or when it is
 * far from what the step's own neighbourhood calls for (a story that moves from
 * years between events to weeks). Then it changes to the nearest zoom that does,
 * and the timeline animates there. The framing (caption, margins, scrolling the row
 * into view) is ChroniclePresentation's; this file only does the arithmetic, from the
 * timeline's measured labels.
 */

#define G_LOG_DOMAIN "chronicle-presentation"

#include "config.h"

#include "chronicle-presentation-private.h"

#include <math.h>

#define MIN_CAMERA_DAYS 45.0
#define HOLD_FACTOR     4.0     /* the zoom holds within this factor of the step's own */
#define EVENT_AT        0.3     /* where across the width the event goes, when it fits */
/* The timeline stacks at zoom levels √2 apart: a label is put inside its bar only when
 * it fits at the coarser level, so a bar must be this much longer to surely carry it. */
#define INSIDE_SLACK    (G_SQRT2 * 1.05)
#define ROW_EMS         1.45    /* the timeline's rows are this many ems high */

static ChronicleEvent *
step_event (ChronicleEventStore *store,
            GArray              *steps,
            int                  step)
{
  step = CLAMP (step, 0, (int) steps->len - 1);
  return chronicle_event_store_get_event (store, g_array_index (steps, guint, step));
}

/* The span a step calls for on its own: it, and the steps either side on the side
 * they are on, with the event a third of the way in. (Not the whole of a long term:
 * its label is at its start, and the bar may run on past the edge.) */
static double
natural_span (ChronicleEventStore *store,
              GArray              *steps,
              int                  step)
{
  ChronicleEvent *event = step_event (store, steps, step);
  double first = chronicle_event_get_start_position (event);
  double span = MIN_CAMERA_DAYS;

  if (step > 0)
    span = MAX (span, (first - chronicle_event_get_start_position (step_event (store, steps, step - 1))) / EVENT_AT);
  if (step + 1 < (int) steps->len)
    span = MAX (span, (chronicle_event_get_start_position (step_event (store, steps, step + 1)) - first) /
                      (0.9 - EVENT_AT));
  return span;
}

/* How much of the width the event needs at @span, from its marker's start: its
 * marker and label when the label is inside its bar (the bar may run on past the
 * edge, the label stays at its start), else the whole bar and the label after it. */
static double
box_width (double  length,
           double  span,
           double  width,
           double  label,
           double  radius)
{
  double bar = length * width / span;

  if (length > 0.5 && bar >= label * INSIDE_SLACK)
    return label + radius;
  return bar + label;
}

/* The spans at which the event is readable with its box in @room: a sorted list of
 * closed intervals, at most two (the label inside a bar long enough on screen to
 * carry it; the whole bar and the label after it within the room). */
static guint
readable_spans (double  length,
                double  width,
                double  room,
                double  label,
                double  bands[2][2])
{
  guint n = 0;

  if (length <= 0.5 || label <= 0 || label >= room)
    {
      /* A point (or a label that could not fit anyway): any span. */
      bands[n][0] = 0;
      bands[n++][1] = G_MAXDOUBLE;
      return n;
    }
  bands[n][0] = 0;
  bands[n++][1] = length * width / (label * INSIDE_SLACK);
  bands[n][0] = length * width / (room - label);
  bands[n++][1] = G_MAXDOUBLE;
  return n;
}

/* The readable span nearest @want (on a log scale: zooming ×2 or ÷2 is as far). */
static double
nearest_readable (double  want,
                  double  bands[2][2],
                  guint   n)
{
  double best = want, best_distance = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      double candidate = CLAMP (want, bands[i][0], bands[i][1]);
      double distance = fabs (log (candidate / want));

      if (distance < best_distance)
        best = candidate, best_distance = distance;
    }
  return best;
}

/**
 * _chronicle_presentation_camera_for_step:
 * @held: the span of the step shown before, in days, or 0 for none
 * @start: (out): the first day to show
 * @end: (out): the day past the last one to show
 *
 * Where the timeline goes for @step: @held when it shows the event readable and suits
 * the step, else the readable span nearest what the step calls for.
 */
void
_chronicle_presentation_camera_for_step (ChronicleTimelineView *view,
                                         ChronicleEventStore   *store,
                                         GArray                *steps,
                                         int                    step,
                                         double                 held,
                                         double                *start,
                                         double                *end)
{
  ChronicleEvent *event = step_event (store, steps, step);
  guint position = g_array_index (steps, guint, CLAMP (step, 0, (int) steps->len - 1));
  /* The span the timeline draws (a month-precision date is its month). */
  double first = chronicle_event_store_get_starts (store)[position];
  double length = chronicle_event_store_get_ends (store)[position] - first;
  /* Time's part of the width: the lane names' gutter has the rest. */
  double width = MAX (chronicle_time_scale_get_width (chronicle_timeline_view_get_time_scale (view)), 1);
  double label = chronicle_timeline_view_get_label_width (view, event);
  double natural = natural_span (store, steps, step);
  double top, row_h, em, radius, margin, room, want, span, box, x;
  double bands[2][2];
  guint n;

  if (!chronicle_timeline_view_get_event_row (view, event, &top, &row_h))
    row_h = chronicle_widget_get_font_pixels (GTK_WIDGET (view)) * chronicle_timeline_view_get_zoom (view) * ROW_EMS;
  em = row_h / ROW_EMS;
  radius = em * 0.6;
  /* Clear of both edges by an em and a half: the focus ring, and room to breathe. */
  margin = em * 1.5;
  room = width - 2 * margin;

  /* Hold the zoom while it suits the step; else go to the step's own. */
  want = held > 0 && held < natural * HOLD_FACTOR && held > natural / HOLD_FACTOR ? held : natural;
  n = readable_spans (length, width, room, label, bands);
  span = nearest_readable (want, bands, n);

  /* The event a third of the way in, further towards the start when its box would run
   * past the far edge; never closer to the start edge than the margin. */
  box = box_width (length, span, width, label, radius);
  x = MAX (MIN (width * EVENT_AT, width - margin - box), margin);
  *start = first - (x + radius) * span / width;
  *end = *start + span;
  g_debug ("step %d: %s, %.0f days on screen (held %.0f, its own %.0f), box %.0f px at %.0f",
           step + 1, chronicle_event_get_id (event), span, held, natural, box, x);
}
