/* chronicle-lane-layout.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-lane-layout"

#include "config.h"

#include "chronicle-lane-layout.h"

#include <glib/gi18n.h>

/* Events grouped by kind or by partner; inside a group, rows assigned by greedy
 * first-fit in start order, so no two items in a row overlap (each item occupies at
 * least min_days, room for its marker). Computed on data or filter changes, never
 * on zoom. O(n log n): free rows wait in a min-heap by index, busy rows in a
 * min-heap by the day they free up. */

struct _ChronicleLaneLayout
{
  GObject           parent_instance;

  GArray           *groups;   /* ChronicleLaneGroup */
  GArray           *items;    /* ChronicleLaneItem, in store order */
  guint            *first_item_of_event;   /* event → its first item + 1, 0 = none */
  guint             n_events;
  guint             n_rows;
  ChronicleGroupBy  group_by;
};

G_DEFINE_FINAL_TYPE (ChronicleLaneLayout, chronicle_lane_layout, G_TYPE_OBJECT)

static void
chronicle_lane_layout_finalize (GObject *object)
{
  ChronicleLaneLayout *self = CHRONICLE_LANE_LAYOUT (object);

  g_clear_pointer (&self->groups, g_array_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->first_item_of_event, g_free);

  G_OBJECT_CLASS (chronicle_lane_layout_parent_class)->finalize (object);
}

static void
chronicle_lane_layout_class_init (ChronicleLaneLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = chronicle_lane_layout_finalize;
}

static void
chronicle_lane_layout_init (ChronicleLaneLayout *self)
{
  self->groups = g_array_new (FALSE, TRUE, sizeof (ChronicleLaneGroup));
  self->items = g_array_new (FALSE, TRUE, sizeof (ChronicleLaneItem));
}

ChronicleLaneLayout *
chronicle_lane_layout_new (void)
{
  return g_object_new (CHRONICLE_TYPE_LANE_LAYOUT, NULL);
}

/* ---- two tiny binary heaps ---------------------------------------------- */

typedef struct
{
  gint64 end;
  guint  row;
} Busy;

static void
busy_push (GArray *heap,
           Busy    value)
{
  guint i;

  g_array_append_val (heap, value);
  i = heap->len - 1;
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      Busy *a = &g_array_index (heap, Busy, parent);
      Busy *b = &g_array_index (heap, Busy, i);
      Busy tmp;

      if (a->end <= b->end)
        break;
      tmp = *a, *a = *b, *b = tmp;
      i = parent;
    }
}

static Busy
busy_pop (GArray *heap)
{
  Busy top = g_array_index (heap, Busy, 0);
  guint i = 0;

  g_array_index (heap, Busy, 0) = g_array_index (heap, Busy, heap->len - 1);
  g_array_set_size (heap, heap->len - 1);
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, m = i;
      Busy tmp;

      if (l < heap->len && g_array_index (heap, Busy, l).end < g_array_index (heap, Busy, m).end)
        m = l;
      if (r < heap->len && g_array_index (heap, Busy, r).end < g_array_index (heap, Busy, m).end)
        m = r;
      if (m == i)
        break;
      tmp = g_array_index (heap, Busy, i);
      g_array_index (heap, Busy, i) = g_array_index (heap, Busy, m);
      g_array_index (heap, Busy, m) = tmp;
      i = m;
    }
  return top;
}

static void
free_push (GArray *heap,
           guint   row)
{
  guint i;

  g_array_append_val (heap, row);
  i = heap->len - 1;
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      guint *a = &g_array_index (heap, guint, parent);
      guint *b = &g_array_index (heap, guint, i);
      guint tmp;

      if (*a <= *b)
        break;
      tmp = *a, *a = *b, *b = tmp;
      i = parent;
    }
}

static guint
free_pop (GArray *heap)
{
  guint top = g_array_index (heap, guint, 0);
  guint i = 0;

  g_array_index (heap, guint, 0) = g_array_index (heap, guint, heap->len - 1);
  g_array_set_size (heap, heap->len - 1);
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, m = i;
      guint tmp;

      if (l < heap->len && g_array_index (heap, guint, l) < g_array_index (heap, guint, m))
        m = l;
      if (r < heap->len && g_array_index (heap, guint, r) < g_array_index (heap, guint, m))
        m = r;
      if (m == i)
        break;
      tmp = g_array_index (heap, guint, i);
      g_array_index (heap, guint, i) = g_array_index (heap, guint, m);
      g_array_index (heap, guint, m) = tmp;
      i = m;
    }
  return top;
}

/* ---- layout -------------------------------------------------------------- */

typedef struct
{
  GArray *busy;    /* Busy */
  GArray *free;    /* guint row within the group */
  guint   n_rows;
} Packer;

static guint
packer_place (Packer *packer,
              gint64  start,
              gint64  end)
{
  guint row;

  while (packer->busy->len > 0 && g_array_index (packer->busy, Busy, 0).end <= start)
    free_push (packer->free, busy_pop (packer->busy).row);

  row = packer->free->len > 0 ? free_pop (packer->free) : packer->n_rows++;
  busy_push (packer->busy, (Busy) { end, row });
  return row;
}

static guint
group_for (GHashTable *index,
           GArray     *groups,
           const char *key,
           const char *label)
{
  gpointer value;
  ChronicleLaneGroup group = { 0 };

  if (g_hash_table_lookup_extended (index, key ? key : "", NULL, &value))
    return GPOINTER_TO_UINT (value);

  group.key = key;
  group.label = label;
  g_array_append_val (groups, group);
  g_hash_table_insert (index, (gpointer) (key ? key : ""), GUINT_TO_POINTER (groups->len - 1));
  return groups->len - 1;
}

/**
 * chronicle_lane_layout_compute:
 * @mask: (nullable): one byte per event, non-zero for events to lay out; %NULL for all
 * @min_days: the least an item occupies in its row, so short events' markers fit
 *
 * Lays out @dataset's events. Groups come in the dataset's order of kinds or
 * partners, then (by partner) a group for events with no partner.
 */
void
chronicle_lane_layout_compute (ChronicleLaneLayout *self,
                               ChronicleDataset    *dataset,
                               const guint8        *mask,
                               ChronicleGroupBy     group_by,
                               gint64               min_days)
{
  ChronicleEventStore *store;
  const gint64 *starts;
  const gint64 *ends;
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) packers = g_array_new (FALSE, TRUE, sizeof (Packer));
  guint n;

  g_return_if_fail (CHRONICLE_IS_LANE_LAYOUT (self));
  g_return_if_fail (CHRONICLE_IS_DATASET (dataset));

  store = chronicle_dataset_get_events (dataset);
  starts = chronicle_event_store_get_starts (store);
  ends = chronicle_event_store_get_ends (store);
  n = chronicle_event_store_get_n_events (store);
  min_days = MAX (min_days, 1);

  g_array_set_size (self->groups, 0);
  g_array_set_size (self->items, 0);
  g_clear_pointer (&self->first_item_of_event, g_free);
  self->first_item_of_event = g_new0 (guint, MAX (n, 1));
  self->n_events = n;
  self->group_by = group_by;

  /* Groups in the dataset's order, so lanes are stable as filters change. */
  if (group_by == CHRONICLE_GROUP_BY_KIND)
    for (guint i = 0; i < chronicle_dataset_get_n_kinds (dataset); i++)
      {
        const ChronicleKind *kind = chronicle_dataset_get_kind (dataset, i);
        group_for (index, self->groups, kind->id, kind->label);
      }
  else
    for (guint i = 0; i < chronicle_dataset_get_n_partners (dataset); i++)
      {
        const ChroniclePartner *partner = chronicle_dataset_get_partner (dataset, i);
        group_for (index, self->groups, partner->id, partner->name);
      }

  for (guint i = 0; i < n; i++)
    {
      ChronicleEvent *event;
      gint64 end;

      if (mask != NULL && !mask[i])
        continue;

      event = chronicle_event_store_get_event (store, i);
      end = MAX (ends[i], starts[i] + min_days);

      if (group_by == CHRONICLE_GROUP_BY_KIND)
        {
          const char *kind = chronicle_event_get_kind (event);
          guint g = group_for (index, self->groups, kind, kind);
          ChronicleLaneItem item = { i, g, 0 };

          if (g >= packers->len)
            g_array_set_size (packers, g + 1);
          if (g_array_index (packers, Packer, g).busy == NULL)
            {
              g_array_index (packers, Packer, g).busy = g_array_new (FALSE, FALSE, sizeof (Busy));
              g_array_index (packers, Packer, g).free = g_array_new (FALSE, FALSE, sizeof (guint));
            }
          item.row = packer_place (&g_array_index (packers, Packer, g), starts[i], end);
          self->first_item_of_event[i] = self->items->len + 1;
          g_array_append_val (self->items, item);
        }
      else
        {
          const char * const *partners = chronicle_event_get_partners (event);
          const char * const none[] = { NULL, NULL };
          const char * const *keys = partners[0] != NULL ? partners : none;

          for (guint p = 0; p == 0 || keys[p] != NULL; p++)
            {
              /* Translators: the lane of events that name no partner country. */
              guint g = group_for (index, self->groups, keys[p], keys[p] ? keys[p] : _("No partner"));
              ChronicleLaneItem item = { i, g, 0 };

              if (g >= packers->len)
                g_array_set_size (packers, g + 1);
              if (g_array_index (packers, Packer, g).busy == NULL)
                {
                  g_array_index (packers, Packer, g).busy = g_array_new (FALSE, FALSE, sizeof (Busy));
                  g_array_index (packers, Packer, g).free = g_array_new (FALSE, FALSE, sizeof (guint));
                }
              item.row = packer_place (&g_array_index (packers, Packer, g), starts[i], end);
              if (self->first_item_of_event[i] == 0)
                self->first_item_of_event[i] = self->items->len + 1;
              g_array_append_val (self->items, item);
              if (keys[p] == NULL)
                break;
            }
        }
    }

  /* Drop groups with no items, then turn rows within a group into absolute rows. */
  {
    g_autofree guint *remap = g_new0 (guint, MAX (self->groups->len, 1));
    guint kept = 0;
    guint row = 0;

    for (guint g = 0; g < self->groups->len; g++)
      {
        Packer *packer = g < packers->len ? &g_array_index (packers, Packer, g) : NULL;
        ChronicleLaneGroup group = g_array_index (self->groups, ChronicleLaneGroup, g);

        if (packer == NULL || packer->n_rows == 0)
          {
            remap[g] = G_MAXUINT;
            continue;
          }
        group.first_row = row;
        group.n_rows = packer->n_rows;
        row += packer->n_rows;
        remap[g] = kept;
        g_array_index (self->groups, ChronicleLaneGroup, kept++) = group;
      }
    g_array_set_size (self->groups, kept);
    self->n_rows = row;

    for (guint i = 0; i < self->items->len; i++)
      {
        ChronicleLaneItem *item = &g_array_index (self->items, ChronicleLaneItem, i);
        ChronicleLaneGroup *group;

        item->group = remap[item->group];
        group = &g_array_index (self->groups, ChronicleLaneGroup, item->group);
        item->row += group->first_row;
        group->n_items++;
      }
  }

  for (guint g = 0; g < packers->len; g++)
    {
      Packer *packer = &g_array_index (packers, Packer, g);

      g_clear_pointer (&packer->busy, g_array_unref);
      g_clear_pointer (&packer->free, g_array_unref);
    }
}

ChronicleGroupBy
chronicle_lane_layout_get_group_by (ChronicleLaneLayout *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LANE_LAYOUT (self), CHRONICLE_GROUP_BY_KIND);
  return self->group_by;
}

guint
chronicle_lane_layout_get_n_groups (ChronicleLaneLayout *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LANE_LAYOUT (self), 0);
  return self->groups->len;
}

const ChronicleLaneGroup *
chronicle_lane_layout_get_group (ChronicleLaneLayout *self,
                                 guint                i)
{
  g_return_val_if_fail (CHRONICLE_IS_LANE_LAYOUT (self), NULL);
  g_return_val_if_fail (i < self->groups->len, NULL);
  return &g_array_index (self->groups, ChronicleLaneGroup, i);
}

guint
chronicle_lane_layout_get_n_rows (ChronicleLaneLayout *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LANE_LAYOUT (self), 0);
  return self->n_rows;
}

guint
chronicle_lane_layout_get_n_items (ChronicleLaneLayout *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LANE_LAYOUT (self), 0);
  return self->items->len;
}

/* Items in store order of their events (so in start order). */
const ChronicleLaneItem *
chronicle_lane_layout_get_items (ChronicleLaneLayout *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LANE_LAYOUT (self), NULL);
  return (const ChronicleLaneItem *) (gpointer) self->items->data;
}

/* The first item of the event at store position @event; FALSE when it was masked out. */
gboolean
chronicle_lane_layout_find_item (ChronicleLaneLayout *self,
                                 guint                event,
                                 guint               *item)
{
  g_return_val_if_fail (CHRONICLE_IS_LANE_LAYOUT (self), FALSE);

  if (self->first_item_of_event == NULL || event >= self->n_events ||
      self->first_item_of_event[event] == 0)
    return FALSE;
  if (item != NULL)
    *item = self->first_item_of_event[event] - 1;
  return TRUE;
}
