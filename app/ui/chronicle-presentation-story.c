/* chronicle-presentation-story.c — which events are presentation mode's slides
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The story a presentation steps through: the events the filter keeps, in time order,
 * as positions in the dataset's store, with the time they span (for the story strip
 * and the title slide's view), and where a given event is among them — the slide to
 * start on when one is asked for (--present --event, or the event selected), and the
 * slide to stay on when the file is read again while presented. Plain data, no widget.
 */

#define G_LOG_DOMAIN "chronicle-presentation"

#include "config.h"

#include "chronicle-presentation-private.h"

/**
 * _chronicle_presentation_collect_steps:
 * @matches: (nullable): what the filter keeps; %NULL: every event
 * @steps: (element-type guint): filled with the kept events' store positions
 * @first: (out): the first kept event's start (G_MAXINT64 when none is kept)
 * @end: (out): the day the last kept event ends (G_MININT64 when none is kept)
 */
void
_chronicle_presentation_collect_steps (ChronicleEventStore *store,
                                       ChronicleMatchSet   *matches,
                                       GArray              *steps,
                                       gint64              *first,
                                       gint64              *end)
{
  guint n = chronicle_event_store_get_n_events (store);

  g_array_set_size (steps, 0);
  *first = G_MAXINT64;
  *end = G_MININT64;
  for (guint i = 0; i < n; i++)
    if (matches == NULL || chronicle_match_set_contains (matches, i))
      {
        g_array_append_val (steps, i);
        *first = MIN (*first, chronicle_event_store_get_starts (store)[i]);
        *end = MAX (*end, chronicle_event_store_get_ends (store)[i]);
      }
}

/**
 * _chronicle_presentation_find_step:
 * @id: (nullable): an event's id
 *
 * Returns: the step showing the event with @id, or -1 when no step does
 */
int
_chronicle_presentation_find_step (ChronicleEventStore *store,
                                   GArray              *steps,
                                   const char          *id)
{
  if (id == NULL)
    return -1;
  for (guint i = 0; i < steps->len; i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, g_array_index (steps, guint, i));

      if (g_strcmp0 (chronicle_event_get_id (event), id) == 0)
        return (int) i;
    }
  return -1;
}
