/* chronicle-match-set.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-match-set"

#include "config.h"

#include "chronicle-match-set.h"

struct _ChronicleMatchSet
{
  gatomicrefcount  ref_count;
  guint            n_events;
  guint            n_matching;
  guint8          *mask;    /* n_events bytes (at least one): 1 where the filter keeps the event */
  guint           *ranks;   /* n_events: matching events before each position */
};

G_DEFINE_BOXED_TYPE (ChronicleMatchSet, chronicle_match_set, chronicle_match_set_ref, chronicle_match_set_unref)

/**
 * chronicle_match_set_new:
 * @filter: the filter
 * @store: the events it applies to
 *
 * Applies @filter to every event of @store.
 *
 * Returns: (transfer full): a new match set
 */
/* The ranks and the count, from the mask. */
static ChronicleMatchSet *
take_mask (guint8 *mask,
           guint   n_events)
{
  ChronicleMatchSet *self = g_new0 (ChronicleMatchSet, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->n_events = n_events;
  self->mask = mask;
  self->ranks = g_new (guint, MAX (self->n_events, 1));
  for (guint i = 0; i < self->n_events; i++)
    {
      self->ranks[i] = self->n_matching;
      self->n_matching += self->mask[i] != 0;
    }
  return self;
}

ChronicleMatchSet *
chronicle_match_set_new (ChronicleFilter     *filter,
                         ChronicleEventStore *store)
{
  guint n_events;
  guint8 *mask;

  g_return_val_if_fail (CHRONICLE_IS_FILTER (filter), NULL);
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (store), NULL);

  n_events = chronicle_event_store_get_n_events (store);
  mask = g_new (guint8, MAX (n_events, 1));
  chronicle_filter_apply (filter, store, mask);
  return take_mask (mask, n_events);
}

/**
 * chronicle_match_set_new_from_mask:
 * @mask: (array length=n_events): one byte per event, nonzero for those kept; copied
 *
 * A match set that keeps what @mask says (for a filter that is not a
 * #ChronicleFilter, and for tests).
 *
 * Returns: (transfer full): a new match set
 */
ChronicleMatchSet *
chronicle_match_set_new_from_mask (const guint8 *mask,
                                   guint         n_events)
{
  guint8 *copy;

  g_return_val_if_fail (mask != NULL || n_events == 0, NULL);

  copy = g_new0 (guint8, MAX (n_events, 1));
  for (guint i = 0; i < n_events; i++)
    copy[i] = mask[i] != 0;
  return take_mask (copy, n_events);
}

/**
 * chronicle_match_set_ref:
 *
 * Returns: (transfer full): @self
 */
ChronicleMatchSet *
chronicle_match_set_ref (ChronicleMatchSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
chronicle_match_set_unref (ChronicleMatchSet *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->mask);
      g_free (self->ranks);
      g_free (self);
    }
}

guint
chronicle_match_set_get_n_events (const ChronicleMatchSet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_events;
}

guint
chronicle_match_set_get_n_matching (const ChronicleMatchSet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_matching;
}

/**
 * chronicle_match_set_contains:
 * @position: a position in the event store
 *
 * Returns: whether the filter keeps the event at @position (%FALSE past the end)
 */
gboolean
chronicle_match_set_contains (const ChronicleMatchSet *self,
                              guint                    position)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return position < self->n_events && self->mask[position] != 0;
}

/**
 * chronicle_match_set_rank:
 * @position: a position in the event store
 *
 * Returns: how many events the filter keeps before @position: the position of a
 *   kept event in a list of the kept events only
 */
guint
chronicle_match_set_rank (const ChronicleMatchSet *self,
                          guint                    position)
{
  g_return_val_if_fail (self != NULL, 0);

  if (position >= self->n_events)
    return self->n_matching;
  return self->ranks[position];
}

/**
 * chronicle_match_set_get_mask:
 *
 * Returns: (transfer none): one byte per event, nonzero where the filter keeps it;
 *   valid as long as @self
 */
const guint8 *
chronicle_match_set_get_mask (const ChronicleMatchSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->mask;
}
