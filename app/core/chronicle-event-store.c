/* chronicle-event-store.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-event-store"

#include "config.h"

#include "chronicle-event-store.h"

#include <stdlib.h>

/* An immutable, start-sorted list of events. Besides the GListModel it keeps plain
 * arrays of first and end days, so that drawing and filtering can binary-search and
 * scan without touching the event objects, and of start and end positions (days,
 * fractional for a time of day) for placing events within their day. Events on one
 * day are sorted by their time of day (one without a time begins at midnight). */

struct _ChronicleEventStore
{
  GObject     parent_instance;

  GPtrArray  *events;      /* ChronicleEvent, sorted by start, then file order */
  gint64     *starts;
  gint64     *ends;
  double     *start_positions;
  double     *end_positions;
  GHashTable *by_id;       /* borrowed id → position + 1 */
  gboolean    has_times;   /* some event starts or ends at a time of day */
};

static GType
chronicle_event_store_get_item_type (GListModel *model)
{
  return CHRONICLE_TYPE_EVENT;
}

static guint
chronicle_event_store_get_n_items (GListModel *model)
{
  return CHRONICLE_EVENT_STORE (model)->events->len;
}

static gpointer
chronicle_event_store_get_item (GListModel *model,
                                guint       position)
{
  ChronicleEventStore *self = CHRONICLE_EVENT_STORE (model);

  if (position >= self->events->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->events, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = chronicle_event_store_get_item_type;
  iface->get_n_items = chronicle_event_store_get_n_items;
  iface->get_item = chronicle_event_store_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ChronicleEventStore, chronicle_event_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
chronicle_event_store_finalize (GObject *object)
{
  ChronicleEventStore *self = CHRONICLE_EVENT_STORE (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->starts, g_free);
  g_clear_pointer (&self->ends, g_free);
  g_clear_pointer (&self->start_positions, g_free);
  g_clear_pointer (&self->end_positions, g_free);

  G_OBJECT_CLASS (chronicle_event_store_parent_class)->finalize (object);
}

static void
chronicle_event_store_class_init (ChronicleEventStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = chronicle_event_store_finalize;
}

static void
chronicle_event_store_init (ChronicleEventStore *self)
{
}

typedef struct
{
  gint64          first_day;
  int             minute;         /* of the day */
  guint           file_index;
  ChronicleEvent *event;
} SortKey;

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const SortKey *ka = a;
  const SortKey *kb = b;

  if (ka->first_day != kb->first_day)
    return ka->first_day < kb->first_day ? -1 : 1;
  if (ka->minute != kb->minute)
    return ka->minute < kb->minute ? -1 : 1;
  return ka->file_index < kb->file_index ? -1 : ka->file_index > kb->file_index;
}

/**
 * chronicle_event_store_new:
 * @events: (transfer container): events in file order
 *
 * Returns: (transfer full): a store of @events sorted by start, then file order
 */
ChronicleEventStore *
chronicle_event_store_new (GPtrArray *events)
{
  ChronicleEventStore *self;

  g_return_val_if_fail (events != NULL, NULL);

  self = g_object_new (CHRONICLE_TYPE_EVENT_STORE, NULL);
  self->events = events;
  self->starts = g_new (gint64, MAX (1, events->len));
  self->ends = g_new (gint64, MAX (1, events->len));
  self->start_positions = g_new (double, MAX (1, events->len));
  self->end_positions = g_new (double, MAX (1, events->len));
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  /* Sort on keys read once, not through the getters in every comparison. */
  {
    g_autofree SortKey *keys = g_new (SortKey, MAX (1, events->len));

    for (guint i = 0; i < events->len; i++)
      {
        ChronicleEvent *event = g_ptr_array_index (events, i);

        keys[i].first_day = chronicle_event_get_first_day (event);
        keys[i].minute = chronicle_date_get_minute_of_day (chronicle_event_get_start (event));
        keys[i].file_index = chronicle_event_get_file_index (event);
        keys[i].event = event;
      }
    qsort (keys, events->len, sizeof (SortKey), compare_keys);

    for (guint i = 0; i < events->len; i++)
      {
        ChronicleEvent *event = keys[i].event;
        const char *id = chronicle_event_get_id (event);

        g_ptr_array_index (events, i) = event;
        self->starts[i] = keys[i].first_day;
        self->ends[i] = chronicle_event_get_end_day (event);
        self->start_positions[i] = chronicle_event_get_start_position (event);
        self->end_positions[i] = chronicle_event_get_end_position (event);
        if (chronicle_event_get_start (event)->precision == CHRONICLE_PRECISION_MINUTE ||
            (chronicle_event_get_end (event) != NULL &&
             chronicle_event_get_end (event)->precision == CHRONICLE_PRECISION_MINUTE))
          self->has_times = TRUE;
        if (id != NULL)
          g_hash_table_insert (self->by_id, (gpointer) id, GUINT_TO_POINTER (i + 1));
      }
  }

  return self;
}

guint
chronicle_event_store_get_n_events (ChronicleEventStore *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (self), 0);
  return self->events->len;
}

/**
 * chronicle_event_store_get_event:
 *
 * Returns: (transfer none): the event at @position
 */
ChronicleEvent *
chronicle_event_store_get_event (ChronicleEventStore *self,
                                 guint                position)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (self), NULL);
  g_return_val_if_fail (position < self->events->len, NULL);
  return g_ptr_array_index (self->events, position);
}

/* First days, one per event, in store order (ascending). */
const gint64 *
chronicle_event_store_get_starts (ChronicleEventStore *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (self), NULL);
  return self->starts;
}

/* End days (exclusive), one per event, in store order. */
const gint64 *
chronicle_event_store_get_ends (ChronicleEventStore *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (self), NULL);
  return self->ends;
}

/* Start positions, one per event, in store order (ascending): days, fractional
 * for a time of day (chronicle_event_get_start_position()). */
const double *
chronicle_event_store_get_start_positions (ChronicleEventStore *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (self), NULL);
  return self->start_positions;
}

/* End positions (exclusive), one per event, in store order. */
const double *
chronicle_event_store_get_end_positions (ChronicleEventStore *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (self), NULL);
  return self->end_positions;
}

/* Whether some event has a time of day: a view of it may zoom to hours. */
gboolean
chronicle_event_store_has_times (ChronicleEventStore *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (self), FALSE);
  return self->has_times;
}

gboolean
chronicle_event_store_find (ChronicleEventStore *self,
                            const char          *id,
                            guint               *position)
{
  gpointer value;

  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  value = g_hash_table_lookup (self->by_id, id);
  if (value == NULL)
    return FALSE;
  if (position != NULL)
    *position = GPOINTER_TO_UINT (value) - 1;
  return TRUE;
}

/* The days all events cover together; FALSE when the store is empty. */
gboolean
chronicle_event_store_get_bounds (ChronicleEventStore *self,
                                  gint64              *first_day,
                                  gint64              *end_day)
{
  gint64 last = G_MININT64;

  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (self), FALSE);

  if (self->events->len == 0)
    return FALSE;

  for (guint i = 0; i < self->events->len; i++)
    last = MAX (last, self->ends[i]);
  if (first_day != NULL)
    *first_day = self->starts[0];
  if (end_day != NULL)
    *end_day = last;
  return TRUE;
}
