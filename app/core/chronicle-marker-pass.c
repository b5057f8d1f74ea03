/* chronicle-marker-pass.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-marker-pass"

#include "config.h"

#include "chronicle-marker-pass.h"

#include <string.h>

/* Decides, for one frame, what the timeline draws: per visible row, the markers in
 * view, with items closer than a few pixels coalesced into clusters. The cost is
 * bounded by pixels, not by events:
 *
 * - items are kept grouped by row, each row sorted by start; within a row items never
 *   overlap (the lane layout guarantees it), so their ends are sorted too and at most
 *   one item can reach into the view from before it;
 * - a frame binary-searches each visible row for the view's start, then jumps from
 *   marker to marker: everything starting within `min_gap` pixels of a marker joins it,
 *   found by one more binary search, and counted by index difference;
 * - filter matches per cluster come from per-row prefix sums, rebuilt when the mask
 *   changes, not per frame.
 *
 * No allocation per frame: the marker array is reused. */

struct _ChronicleMarkerPass
{
  GObject              parent_instance;

  ChronicleEventStore *store;          /* weak: owned with the layout by the caller */
  guint                n_rows;
  guint               *row_offsets;    /* n_rows + 1 */
  guint               *sorted_events;  /* event (store position) per row-sorted item */
  gint64              *sorted_starts;
  gint64              *sorted_ends;
  guint               *matched_prefix; /* n_items + n_rows: per row, matches before k */
  guint                n_items;
  GArray              *markers;        /* ChronicleMarker, reused every frame */
};

G_DEFINE_FINAL_TYPE (ChronicleMarkerPass, chronicle_marker_pass, G_TYPE_OBJECT)

static void
clear_index (ChronicleMarkerPass *self)
{
  g_clear_pointer (&self->row_offsets, g_free);
  g_clear_pointer (&self->sorted_events, g_free);
  g_clear_pointer (&self->sorted_starts, g_free);
  g_clear_pointer (&self->sorted_ends, g_free);
  g_clear_pointer (&self->matched_prefix, g_free);
  self->n_rows = 0;
  self->n_items = 0;
  g_array_set_size (self->markers, 0);
}

static void
chronicle_marker_pass_finalize (GObject *object)
{
  ChronicleMarkerPass *self = CHRONICLE_MARKER_PASS (object);

  clear_index (self);
  g_clear_pointer (&self->markers, g_array_unref);

  G_OBJECT_CLASS (chronicle_marker_pass_parent_class)->finalize (object);
}

static void
chronicle_marker_pass_class_init (ChronicleMarkerPassClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = chronicle_marker_pass_finalize;
}

static void
chronicle_marker_pass_init (ChronicleMarkerPass *self)
{
  self->markers = g_array_new (FALSE, FALSE, sizeof (ChronicleMarker));
}

ChronicleMarkerPass *
chronicle_marker_pass_new (void)
{
  return g_object_new (CHRONICLE_TYPE_MARKER_PASS, NULL);
}

/**
 * chronicle_marker_pass_set_layout:
 *
 * Indexes @layout's items by row (a counting sort that keeps start order). Call
 * whenever the layout is recomputed; O(items).
 */
void
chronicle_marker_pass_set_layout (ChronicleMarkerPass *self,
                                  ChronicleLaneLayout *layout,
                                  ChronicleEventStore *store)
{
  const ChronicleLaneItem *items;
  const gint64 *starts;
  const gint64 *ends;
  g_autofree guint *fill = NULL;

  g_return_if_fail (CHRONICLE_IS_MARKER_PASS (self));
  g_return_if_fail (CHRONICLE_IS_LANE_LAYOUT (layout));
  g_return_if_fail (CHRONICLE_IS_EVENT_STORE (store));

  clear_index (self);
  self->store = store;
  self->n_rows = chronicle_lane_layout_get_n_rows (layout);
  self->n_items = chronicle_lane_layout_get_n_items (layout);
  items = chronicle_lane_layout_get_items (layout);
  starts = chronicle_event_store_get_starts (store);
  ends = chronicle_event_store_get_ends (store);

  self->row_offsets = g_new0 (guint, self->n_rows + 1);
  self->sorted_events = g_new (guint, MAX (self->n_items, 1));
  self->sorted_starts = g_new (gint64, MAX (self->n_items, 1));
  self->sorted_ends = g_new (gint64, MAX (self->n_items, 1));
  fill = g_new0 (guint, self->n_rows + 1);

  for (guint i = 0; i < self->n_items; i++)
    self->row_offsets[items[i].row + 1]++;
  for (guint r = 0; r < self->n_rows; r++)
    self->row_offsets[r + 1] += self->row_offsets[r];
  memcpy (fill, self->row_offsets, sizeof (guint) * (self->n_rows + 1));

  /* Items come in store order, which is start order: appending keeps each row sorted. */
  for (guint i = 0; i < self->n_items; i++)
    {
      guint k = fill[items[i].row]++;

      self->sorted_events[k] = items[i].event;
      self->sorted_starts[k] = starts[items[i].event];
      self->sorted_ends[k] = ends[items[i].event];
    }

  chronicle_marker_pass_set_mask (self, NULL);
}

/**
 * chronicle_marker_pass_set_mask:
 * @mask: (nullable): one byte per event, non-zero when it matches the filter
 *
 * Rebuilds the per-row match counts; O(items).
 */
void
chronicle_marker_pass_set_mask (ChronicleMarkerPass *self,
                                const guint8        *mask)
{
  g_return_if_fail (CHRONICLE_IS_MARKER_PASS (self));

  g_clear_pointer (&self->matched_prefix, g_free);
  if (self->row_offsets == NULL)
    return;

  /* Per row r, prefix[offset[r] + r + k] counts matches among its first k items. */
  self->matched_prefix = g_new (guint, self->n_items + self->n_rows + 1);
  for (guint r = 0; r < self->n_rows; r++)
    {
      guint base = self->row_offsets[r] + r;
      guint n = self->row_offsets[r + 1] - self->row_offsets[r];

      self->matched_prefix[base] = 0;
      for (guint k = 0; k < n; k++)
        self->matched_prefix[base + k + 1] = self->matched_prefix[base + k] +
          (mask == NULL || mask[self->sorted_events[self->row_offsets[r] + k]] ? 1 : 0);
    }
}

static guint
lower_bound (const gint64 *values,
             guint         lo,
             guint         hi,
             double        day)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if ((double) values[mid] < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static guint
matched_between (ChronicleMarkerPass *self,
                 guint                row,
                 guint                a,
                 guint                b)
{
  guint base = self->row_offsets[row] + row;
  guint off = self->row_offsets[row];

  return self->matched_prefix[base + (b - off)] - self->matched_prefix[base + (a - off)];
}

/**
 * chronicle_marker_pass_compute:
 * @first_row: the first row in view
 * @n_rows: rows in view
 * @min_gap: markers closer than this many pixels become one cluster
 *
 * Returns: the number of markers, in row order and left to right within a row
 */
guint
chronicle_marker_pass_compute (ChronicleMarkerPass *self,
                               ChronicleTimeScale  *scale,
                               guint                first_row,
                               guint                n_rows,
                               double               min_gap)
{
  double view_start, view_end, days_per_px, start, dpx_inv, width;
  gboolean mirrored;
  guint last_row;

  g_return_val_if_fail (CHRONICLE_IS_MARKER_PASS (self), 0);
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (scale), 0);

  g_array_set_size (self->markers, 0);
  if (self->row_offsets == NULL)
    return 0;

  view_start = chronicle_time_scale_get_start (scale);
  view_end = chronicle_time_scale_get_end (scale);
  days_per_px = chronicle_time_scale_days_per_pixel (scale);
  dpx_inv = 1.0 / days_per_px;
  start = view_start;
  width = chronicle_time_scale_get_width (scale);
  mirrored = chronicle_time_scale_get_mirrored (scale);
  last_row = MIN (first_row + n_rows, self->n_rows);

  for (guint row = first_row; row < last_row; row++)
    {
      guint lo = self->row_offsets[row];
      guint hi = self->row_offsets[row + 1];
      guint i = lower_bound (self->sorted_starts, lo, hi, start);

      /* Only one item of a row can reach into the view from before it. */
      if (i > lo && (double) self->sorted_ends[i - 1] > start)
        i--;

      while (i < hi && (double) self->sorted_starts[i] < view_end)
        {
          ChronicleMarker m;
          double x0 = ((double) self->sorted_starts[i] - view_start) * dpx_inv;
          guint j = lower_bound (self->sorted_starts, i + 1, hi, (double) self->sorted_starts[i] + min_gap * days_per_px);

          m.x0 = x0;
          m.x1 = MAX (x0, ((double) self->sorted_ends[j - 1] - view_start) * dpx_inv);
          if (mirrored)
            {
              double left = width - m.x1;

              m.x1 = width - m.x0;
              m.x0 = left;
            }
          m.anchor = mirrored ? m.x1 : m.x0;
          m.row = row;
          m.first = i;
          m.count = j - i;
          m.n_matched = matched_between (self, row, i, j);
          g_array_append_val (self->markers, m);
          i = j;
        }
    }

  return self->markers->len;
}

const ChronicleMarker *
chronicle_marker_pass_get_markers (ChronicleMarkerPass *self,
                                   guint               *n_markers)
{
  g_return_val_if_fail (CHRONICLE_IS_MARKER_PASS (self), NULL);

  if (n_markers != NULL)
    *n_markers = self->markers->len;
  return (const ChronicleMarker *) (gpointer) self->markers->data;
}

/* The store position of the event behind a row-sorted item (ChronicleMarker.first + k). */
guint
chronicle_marker_pass_get_event (ChronicleMarkerPass *self,
                                 guint                sorted_item)
{
  g_return_val_if_fail (CHRONICLE_IS_MARKER_PASS (self), 0);
  g_return_val_if_fail (sorted_item < self->n_items, 0);
  return self->sorted_events[sorted_item];
}

/**
 * chronicle_marker_pass_find:
 * @slack: how many pixels beside a marker still hit it
 * @marker: (out): the marker hit
 *
 * Hit-tests the last computed markers: the one under @x in @row, or the nearest
 * within @slack.
 */
gboolean
chronicle_marker_pass_find (ChronicleMarkerPass *self,
                            double               x,
                            guint                row,
                            double               slack,
                            guint               *marker)
{
  double best = G_MAXDOUBLE;
  gboolean found = FALSE;

  g_return_val_if_fail (CHRONICLE_IS_MARKER_PASS (self), FALSE);

  for (guint i = 0; i < self->markers->len; i++)
    {
      const ChronicleMarker *m = &g_array_index (self->markers, ChronicleMarker, i);
      double distance;

      if (m->row != row)
        continue;
      distance = x < m->x0 ? m->x0 - x : x > m->x1 ? x - m->x1 : 0;
      if (distance <= slack && distance < best)
        {
          best = distance;
          found = TRUE;
          if (marker != NULL)
            *marker = i;
        }
    }
  return found;
}

/* The marker that shows the event at store position @event, if it is in view. */
gboolean
chronicle_marker_pass_find_event (ChronicleMarkerPass *self,
                                  guint                event,
                                  guint               *marker)
{
  g_return_val_if_fail (CHRONICLE_IS_MARKER_PASS (self), FALSE);

  for (guint i = 0; i < self->markers->len; i++)
    {
      const ChronicleMarker *m = &g_array_index (self->markers, ChronicleMarker, i);

      for (guint k = m->first; k < m->first + m->count; k++)
        if (self->sorted_events[k] == event)
          {
            if (marker != NULL)
              *marker = i;
            return TRUE;
          }
    }
  return FALSE;
}

/**
 * chronicle_navigation_step:
 * @mask: (nullable): which events the filter lets through; %NULL for all
 * @current: the current event's store position, or -1 for none
 * @direction: +1 next, -1 previous, +2 last, -2 first
 * @next: (out): the event to go to
 *
 * Keyboard order is time order (store order) over the events the filter keeps.
 *
 * Returns: %FALSE when there is nowhere to go
 */
gboolean
chronicle_navigation_step (guint         n_events,
                           const guint8 *mask,
                           gint64        current,
                           int           direction,
                           guint        *next)
{
  gint64 i;
  int step;

  g_return_val_if_fail (next != NULL, FALSE);
  g_return_val_if_fail (direction == 1 || direction == -1 || direction == 2 || direction == -2, FALSE);

  if (direction == 2)
    i = (gint64) n_events - 1, step = -1;
  else if (direction == -2)
    i = 0, step = 1;
  else if (current < 0)
    i = direction > 0 ? 0 : (gint64) n_events - 1, step = direction;
  else
    i = current + direction, step = direction;

  for (; i >= 0 && i < (gint64) n_events; i += step)
    if (mask == NULL || mask[i])
      {
        *next = (guint) i;
        return TRUE;
      }
  return FALSE;
}
