/* chronicle-presentation-strip.c — the story strip of presentation mode
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Below the caption, a slim strip of the whole story: a tick for every step (the ones
 * shown brighter), a dot for the step on screen, and a box around the part of time
 * the timeline shows now. Drawn with cairo from what the presentation is at; the
 * progress label beside it says the same in words. Its colours are its own (light
 * marks on a dark track), the same in every style, like the caption card's.
 */

#define G_LOG_DOMAIN "chronicle-presentation"

#include "config.h"

#include "chronicle-presentation-private.h"

#include <math.h>

/**
 * _chronicle_presentation_draw_strip:
 * @scale: the timeline's, for the box of what it shows
 * @steps: the steps' store positions, in time order
 * @step: the step on screen, or < 0 for the title slide
 * @first: the first day of the story
 * @end: the day its last event ends
 */
void
_chronicle_presentation_draw_strip (cairo_t             *cr,
                                    int                  width,
                                    int                  height,
                                    ChronicleTimeScale  *scale,
                                    ChronicleEventStore *store,
                                    GArray              *steps,
                                    int                  step,
                                    gint64               first,
                                    gint64               end)
{
  const gint64 *starts = chronicle_event_store_get_starts (store);
  gboolean mirrored = chronicle_time_scale_get_mirrored (scale);
  double span = MAX (end - first, 1), r = height / 2.0;

#define STORY_X(day) (r + (mirrored ? 1 - ((day) - first) / span : ((day) - first) / span) * (width - 2 * r))

  /* The track, with the caption card's light edge, which shows on a dark window. */
  cairo_set_source_rgba (cr, 0.14, 0.14, 0.14, 0.85);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  /* What the timeline shows now. */
  {
    double a = STORY_X (CLAMP (chronicle_time_scale_get_start (scale), first, end));
    double b = STORY_X (CLAMP (chronicle_time_scale_get_end (scale), first, end));

    cairo_set_source_rgba (cr, 0.47, 0.68, 0.93, 0.45);
    cairo_rectangle (cr, MIN (a, b), 0, MAX (fabs (b - a), 2), height);
    cairo_fill (cr);
  }
  /* Every step; the ones done brighter. */
  for (guint i = 0; i < steps->len; i++)
    {
      double x = STORY_X (starts[g_array_index (steps, guint, i)]);

      cairo_set_source_rgba (cr, 1, 1, 1, (int) i <= step ? 0.9 : 0.4);
      cairo_rectangle (cr, round (x) - 0.5, height * 0.2, 1, height * 0.6);
      cairo_fill (cr);
    }
  if (step >= 0 && step < (int) steps->len)
    {
      double x = STORY_X (starts[g_array_index (steps, guint, step)]);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_arc (cr, x, r, r, 0, 2 * G_PI);
      cairo_fill (cr);
    }
#undef STORY_X
}
