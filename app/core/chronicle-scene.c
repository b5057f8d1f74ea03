/* chronicle-scene.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-scene"

#include "config.h"

#include "chronicle-scene.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The computed timeline every surface draws and hit-tests: the canvas, exports,
 * print and presentation, each for its own size.
 *
 * Stacking (chronicle_scene_stack()) is done from the labels, at a zoom level:
 *
 * - an event's box is its marker plus its label at its measured width (the caller
 *   measures each label once per font: chronicle_scene_set_label_widths()); a range's
 *   box is its bar, with the label inside when it fits, else after the bar;
 * - within a group (a lane), boxes are placed greedily, in start order, into the
 *   first row where they fit (first-fit); the selected event first, then the events
 *   the filter matches, then the rest, so when room is short labels go to them;
 * - groups share a budget of rows: each gets the rows it needs while there is room,
 *   else a fair share; a group short of rows keeps its last row for "+N" badges, which
 *   never overlap (a badge takes in every event that starts under it);
 * - zoom is quantised into levels a factor √2 apart, and a level is stacked at its
 *   most zoomed-out scale: every box still fits at any scale within the level. So
 *   zooming re-stacks only when the level changes, in the same (start) order;
 * - up to WINDOW_MIN items the whole range is stacked, so the rows depend only on the
 *   level and the budget: panning never changes them. Beyond, a window of tiles
 *   around the view is (tiles of 4,096 pixels at the level, one or two on each side
 *   of the view): panning keeps the rows until the view crosses into another tile,
 *   every few screen widths, and the work per zoom step is bounded by the window.
 *
 * Every pass over the items is sequential; rejecting an event when every row is busy
 * is O(1), and "+N" badges are made in one walk of a lane's events.
 *
 * A frame (chronicle_scene_compute()) then only binary-searches each visible row for
 * the view's start and walks what is in view: boxes in a row never overlap, so their
 * ends are sorted. No allocation per frame: the marker array is reused. */

#define OVERFLOW_ROW G_MAXUINT
#define LEVEL_BASE G_SQRT2
#define WINDOW_MIN 20000
#define TILE_PX 4096.0

typedef struct
{
  double box0;       /* days, what it occupies */
  double box1;
  double day0;       /* days, its events' extent */
  double day1;
  guint  first;      /* item of its first event */
  guint  last;       /* item of its last event */
  guint  count;
  guint  n_matched;
  float  label_w;
  guint8 labelled;
  guint8 inside;
  guint8 before;     /* the label is before its marker (at the limit) */
} Slot;

typedef struct
{
  double a;
  double b;
} Interval;

struct _ChronicleScene
{
  GObject               parent_instance;

  ChronicleEventStore  *store;         /* weak: owned by the caller with the layout */
  guint                 n_events;
  guint                 n_groups;
  guint                 n_items;
  guint                *group_offsets; /* n_groups + 1 */
  guint                *events;        /* per item (items by group, then start) */
  double               *starts;        /* positions: days, fractional at a time of day */
  double               *ends;
  guint                *item_of_event; /* per event: its first item + 1, 0: none */
  double                max_len;

  const float          *label_widths;  /* per event, borrowed; NULL: no labels */
  const guint8         *mask;          /* borrowed; NULL: all match */
  gint64                selected;
  ChronicleSceneMetrics metrics;
  double                limit;         /* labels do not reach past it; G_MAXDOUBLE: none */

  /* The stacking, valid for (level, budget, window) while !dirty. */
  gboolean              dirty;
  int                   level;
  guint                 budget;
  double                win0;
  double                win1;
  guint                *win_lo;        /* per group: its items in the window */
  guint                *win_hi;
  guint                *row_of;        /* per item in the window: row in its group, or OVERFLOW_ROW */
  guint8               *item_labelled;
  ChronicleSceneGroup  *groups;
  guint                 n_rows;
  guint                *row_group;     /* n_rows */
  guint                *row_offsets;   /* n_rows + 1, into slots; NULL: no stacking */
  GArray               *slots;         /* Slot */

  guint                *matched_prefix; /* n_items + 1: matches among items before k */
  double                dpp;           /* the level's scale, while stacking */

  /* Scratch, reused: the placed items of a group (sorted), then by row; rows. */
  GArray               *placed_items;  /* guint */
  guint                *order;
  GArray               *cur_end;       /* double per row */
  GArray               *pointers;      /* guint per row */
  GPtrArray            *placed;        /* per row: GArray of Interval from earlier tiers */

  GArray               *markers;       /* ChronicleMarker, reused every frame */
};

G_DEFINE_FINAL_TYPE (ChronicleScene, chronicle_scene, G_TYPE_OBJECT)

static void
clear_stacking (ChronicleScene *self)
{
  /* Per-item arrays stay allocated (clear_index() frees them): a zoom step does not
   * fault in fresh pages. */
  g_clear_pointer (&self->groups, g_free);
  g_clear_pointer (&self->row_group, g_free);
  g_clear_pointer (&self->row_offsets, g_free);
  g_array_set_size (self->slots, 0);
  g_array_set_size (self->markers, 0);
  self->n_rows = 0;
  self->dirty = TRUE;
}

static void
clear_index (ChronicleScene *self)
{
  clear_stacking (self);
  g_clear_pointer (&self->group_offsets, g_free);
  g_clear_pointer (&self->events, g_free);
  g_clear_pointer (&self->starts, g_free);
  g_clear_pointer (&self->ends, g_free);
  g_clear_pointer (&self->item_of_event, g_free);
  g_clear_pointer (&self->win_lo, g_free);
  g_clear_pointer (&self->win_hi, g_free);
  g_clear_pointer (&self->row_of, g_free);
  g_clear_pointer (&self->item_labelled, g_free);
  g_clear_pointer (&self->matched_prefix, g_free);
  g_clear_pointer (&self->order, g_free);
  self->n_groups = 0;
  self->n_items = 0;
  self->n_events = 0;
  self->max_len = 0;
}

static void
chronicle_scene_finalize (GObject *object)
{
  ChronicleScene *self = CHRONICLE_SCENE (object);

  clear_index (self);
  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->cur_end, g_array_unref);
  g_clear_pointer (&self->pointers, g_array_unref);
  g_clear_pointer (&self->placed, g_ptr_array_unref);
  g_clear_pointer (&self->placed_items, g_array_unref);

  G_OBJECT_CLASS (chronicle_scene_parent_class)->finalize (object);
}

static void
chronicle_scene_class_init (ChronicleSceneClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = chronicle_scene_finalize;
}

static void
chronicle_scene_init (ChronicleScene *self)
{
  self->slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  self->markers = g_array_new (FALSE, FALSE, sizeof (ChronicleMarker));
  self->cur_end = g_array_new (FALSE, FALSE, sizeof (double));
  self->pointers = g_array_new (FALSE, FALSE, sizeof (guint));
  self->placed = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->placed_items = g_array_new (FALSE, FALSE, sizeof (guint));
  self->selected = -1;
  self->limit = G_MAXDOUBLE;
  self->dirty = TRUE;
  self->metrics = (ChronicleSceneMetrics) { 6, 5, 10, 6, 20, 8 };
}

ChronicleScene *
chronicle_scene_new (void)
{
  return g_object_new (CHRONICLE_TYPE_SCENE, NULL);
}

/**
 * chronicle_scene_set_layout:
 *
 * Takes @layout's groups and items (which events go in which lane), indexed by
 * group in start order. Call whenever the layout is recomputed; O(items).
 */
void
chronicle_scene_set_layout (ChronicleScene      *self,
                            ChronicleLaneLayout *layout,
                            ChronicleEventStore *store)
{
  const ChronicleLaneItem *items;
  const double *starts;
  const double *ends;
  g_autofree guint *fill = NULL;
  guint n;

  g_return_if_fail (CHRONICLE_IS_SCENE (self));
  g_return_if_fail (CHRONICLE_IS_LANE_LAYOUT (layout));
  g_return_if_fail (CHRONICLE_IS_EVENT_STORE (store));

  clear_index (self);
  self->store = store;
  self->n_events = chronicle_event_store_get_n_events (store);
  self->n_groups = chronicle_lane_layout_get_n_groups (layout);
  self->n_items = n = chronicle_lane_layout_get_n_items (layout);
  items = chronicle_lane_layout_get_items (layout);
  starts = chronicle_event_store_get_start_positions (store);
  ends = chronicle_event_store_get_end_positions (store);

  self->group_offsets = g_new0 (guint, self->n_groups + 1);
  self->events = g_new (guint, MAX (n, 1));
  self->starts = g_new (double, MAX (n, 1));
  self->ends = g_new (double, MAX (n, 1));
  self->item_of_event = g_new0 (guint, MAX (self->n_events, 1));
  self->win_lo = g_new0 (guint, MAX (self->n_groups, 1));
  self->win_hi = g_new0 (guint, MAX (self->n_groups, 1));
  self->row_of = g_new (guint, MAX (n, 1));
  self->item_labelled = g_new0 (guint8, MAX (n, 1));
  self->matched_prefix = g_new0 (guint, n + 1);
  self->order = g_new (guint, MAX (n, 1));
  fill = g_new0 (guint, self->n_groups + 1);

  for (guint i = 0; i < n; i++)
    self->group_offsets[items[i].group + 1]++;
  for (guint g = 0; g < self->n_groups; g++)
    self->group_offsets[g + 1] += self->group_offsets[g];
  memcpy (fill, self->group_offsets, sizeof (guint) * (self->n_groups + 1));

  /* Items come in store order, which is start order: appending keeps groups sorted. */
  for (guint i = 0; i < n; i++)
    {
      guint k = fill[items[i].group]++;
      guint event = items[i].event;

      self->events[k] = event;
      self->starts[k] = starts[event];
      self->ends[k] = MAX (ends[event], starts[event]);
      self->max_len = MAX (self->max_len, self->ends[k] - self->starts[k]);
      if (self->item_of_event[event] == 0)
        self->item_of_event[event] = k + 1;
    }
  /* A mask borrowed for the old data may be gone: everything matches until the next. */
  chronicle_scene_set_mask (self, NULL);
}

/* @widths: one per event, in pixels, borrowed until the next call; %NULL: no labels. */
void
chronicle_scene_set_label_widths (ChronicleScene *self,
                                  const float    *widths)
{
  g_return_if_fail (CHRONICLE_IS_SCENE (self));
  self->label_widths = widths;
  self->dirty = TRUE;
}

void
chronicle_scene_set_metrics (ChronicleScene              *self,
                             const ChronicleSceneMetrics *metrics)
{
  g_return_if_fail (CHRONICLE_IS_SCENE (self));
  g_return_if_fail (metrics != NULL);

  if (memcmp (&self->metrics, metrics, sizeof *metrics) == 0)
    return;
  self->metrics = *metrics;
  self->dirty = TRUE;
}

/* @mask: one byte per event, borrowed; labels go first to what it matches. */
void
chronicle_scene_set_mask (ChronicleScene *self,
                          const guint8   *mask)
{
  g_return_if_fail (CHRONICLE_IS_SCENE (self));
  self->mask = mask;
  self->dirty = TRUE;
  /* Per item, how many before it match: a badge counts its matches by difference. */
  if (self->matched_prefix != NULL)
    for (guint k = 0; k < self->n_items; k++)
      self->matched_prefix[k + 1] = self->matched_prefix[k] + (mask == NULL || mask[self->events[k]] ? 1 : 0);
}

/**
 * chronicle_scene_set_selected:
 * @event: the selected event's store position, or -1
 *
 * The selected event is always labelled. When it already is, the rows stay as they
 * are (a click does not move what was clicked); otherwise they are stacked again
 * with it first.
 */
void
chronicle_scene_set_selected (ChronicleScene *self,
                              gint64          event)
{
  g_return_if_fail (CHRONICLE_IS_SCENE (self));

  if (self->selected == event)
    return;
  self->selected = event;
  if (event >= 0 && !chronicle_scene_is_labelled (self, (guint) event))
    self->dirty = TRUE;
}

/**
 * chronicle_scene_set_limit:
 * @end_day: the day labels must not reach past (a page's end), or G_MAXDOUBLE
 *
 * A label that would run past @end_day goes before its marker instead: for pages,
 * which have an end, not for the canvas, which pans.
 */
void
chronicle_scene_set_limit (ChronicleScene *self,
                           double          end_day)
{
  g_return_if_fail (CHRONICLE_IS_SCENE (self));

  if (self->limit == end_day)
    return;
  self->limit = end_day;
  self->dirty = TRUE;
}

/* Zoom levels are a factor √2 apart; level L covers days per pixel in (√2^(L-1), √2^L]. */
int
chronicle_scene_zoom_level (double days_per_pixel)
{
  if (!(days_per_pixel > 0))
    return 0;
  return (int) ceil (log (days_per_pixel) / log (LEVEL_BASE) - 1e-9);
}

double
chronicle_scene_level_days_per_pixel (int level)
{
  return pow (LEVEL_BASE, level);
}

/* ---- stacking ---------------------------------------------------------------- */

/* 0: the selected event (its first item), 1: what the filter matches, 2: the rest. */
static guint
tier_of (ChronicleScene *self,
         guint           k)
{
  guint event = self->events[k];

  if ((gint64) event == self->selected && self->item_of_event[event] == k + 1)
    return 0;
  return self->mask == NULL || self->mask[event] ? 1 : 2;
}

static double
label_width (ChronicleScene *self,
             guint           event)
{
  return self->label_widths != NULL ? self->label_widths[event] : 0;
}

/* A single event's box, in days at @dpp, whether its label sits inside its bar, and
 * whether before its marker (when it would run past the limit). */
static void
single_box_full (ChronicleScene *self,
                 guint           k,
                 double          dpp,
                 gboolean        allow_before,
                 double         *box0,
                 double         *box1,
                 gboolean       *inside,
                 gboolean       *before)
{
  const ChronicleSceneMetrics *m = &self->metrics;
  double start = (double) self->starts[k], end = (double) self->ends[k];
  double w = label_width (self, self->events[k]);
  double bar_px = (end - start) / dpp;
  double marker_end = MAX (end, start + m->marker_radius * dpp);

  *inside = w > 0 && bar_px >= w + 2 * m->label_pad + 2 * m->marker_radius;
  *before = FALSE;
  *box0 = start - m->marker_radius * dpp;
  if (w <= 0 || *inside)
    *box1 = marker_end + m->box_gap * dpp;
  else
    *box1 = marker_end + (m->label_gap + w + m->box_gap) * dpp;
  if (allow_before && *box1 - m->box_gap * dpp > self->limit && w > 0 && !*inside)
    {
      *before = TRUE;
      *box0 = start - (m->marker_radius + m->label_gap + w) * dpp;
      *box1 = marker_end + m->box_gap * dpp;
    }
}

static void
single_box (ChronicleScene *self,
            guint           k,
            double          dpp,
            double         *box0,
            double         *box1,
            gboolean       *inside)
{
  gboolean before;

  single_box_full (self, k, dpp, TRUE, box0, box1, inside, &before);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static int
compare_intervals (gconstpointer a,
                   gconstpointer b)
{
  const Interval *x = a, *y = b;

  return x->a < y->a ? -1 : x->a > y->a;
}

static guint
first_starting_from (const double *starts,
                     guint         lo,
                     guint         hi,
                     double        day)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if ((double) starts[mid] < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* First-fit of group @g's boxes in the window into at most @cap rows, tier by tier.
 * Fills row_of (OVERFLOW_ROW for what finds no row) and placed_items (sorted); returns
 * the rows used and, in @n_overflow, whether anything found no row. When every row is
 * busy, the events that start before the first row frees up are skipped in one
 * binary search: a zoomed-out million costs what its placed events cost. */
static guint
stack_group (ChronicleScene *self,
             guint           g,
             guint           cap,
             guint          *n_overflow)
{
  guint lo = self->win_lo[g], hi = self->win_hi[g];
  guint tier_count[3] = { 0, 0, 0 };
  guint used = 0, overflow = 0;
  double dpp = self->dpp, r_days = self->metrics.marker_radius * self->dpp;
  double *cur_end;
  guint *pointers;

  memset (self->row_of + lo, 0xff, sizeof (guint) * (hi - lo));   /* OVERFLOW_ROW */
  g_array_set_size (self->placed_items, 0);
  if (self->selected >= 0 && self->selected < self->n_events && self->item_of_event[self->selected] > 0)
    {
      guint k = self->item_of_event[self->selected] - 1;

      tier_count[0] = k >= lo && k < hi ? 1 : 0;
    }
  tier_count[1] = self->matched_prefix[hi] - self->matched_prefix[lo];
  if (tier_count[0] > 0 && (self->mask == NULL || self->mask[self->selected]))
    tier_count[1]--;
  tier_count[2] = (hi - lo) - tier_count[0] - tier_count[1];

  g_array_set_size (self->cur_end, cap + 1);
  g_array_set_size (self->pointers, cap + 1);
  cur_end = (double *) (gpointer) self->cur_end->data;
  pointers = (guint *) (gpointer) self->pointers->data;

  for (guint tier = 0, done = 0; tier < 3; tier++)
    {
      gboolean earlier = done > 0;   /* rows hold boxes of earlier tiers */
      gboolean later = done + tier_count[tier] < hi - lo;
      double min_end = used > 0 ? -G_MAXDOUBLE : G_MAXDOUBLE;   /* the least end over rows in use */
      guint k = lo, k_end = hi;

      if (tier_count[tier] == 0)
        continue;
      done += tier_count[tier];
      for (guint r = 0; r < used; r++)
        cur_end[r] = -G_MAXDOUBLE, pointers[r] = 0;
      if (tier == 0)
        k = self->item_of_event[self->selected] - 1, k_end = k + 1;

      for (; k < k_end; k++)
        {
          double box0, box1;
          gboolean inside;
          guint row = OVERFLOW_ROW;

          if (tier_of (self, k) != tier)
            continue;
          box0 = (double) self->starts[k] - r_days;
          /* Every row in use busy until min_end: skip to what starts after. */
          if (box0 < min_end && used == cap)
            {
              guint next = first_starting_from (self->starts, k + 1, k_end, min_end + r_days);

              overflow++;
              k = next - 1;
              continue;
            }
          single_box (self, k, dpp, &box0, &box1, &inside);
          for (guint r = 0; r < used && row == OVERFLOW_ROW && box0 >= min_end; r++)
            {
              if (cur_end[r] > box0)
                continue;
              if (earlier)
                {
                  GArray *placed = g_ptr_array_index (self->placed, r);
                  const Interval *iv = (const Interval *) (gpointer) placed->data;

                  while (pointers[r] < placed->len && iv[pointers[r]].b <= box0)
                    pointers[r]++;
                  if (pointers[r] < placed->len && iv[pointers[r]].a < box1)
                    continue;
                }
              row = r;
            }
          if (row == OVERFLOW_ROW && used < cap)
            {
              /* A new row: its list of earlier boxes starts empty. */
              row = used++;
              if (self->placed->len < used)
                g_ptr_array_add (self->placed, g_array_new (FALSE, FALSE, sizeof (Interval)));
              g_array_set_size (g_ptr_array_index (self->placed, row), 0);
              pointers[row] = 0;
              cur_end[row] = -G_MAXDOUBLE;
            }
          if (row == OVERFLOW_ROW)
            {
              overflow++;
              continue;
            }
          self->row_of[k] = row;
          g_array_append_val (self->placed_items, k);
          {
            double old = cur_end[row];

            cur_end[row] = box1;
            /* Ends only grow: the least changes only when its row took this box. */
            if (old <= min_end)
              {
                min_end = G_MAXDOUBLE;
                for (guint r = 0; r < used; r++)
                  min_end = MIN (min_end, cur_end[r]);
              }
          }
          if (later)
            g_array_append_val (g_ptr_array_index (self->placed, row), ((Interval) { box0, box1 }));
        }

      if (later)
        for (guint r = 0; r < used; r++)
          g_array_sort (g_ptr_array_index (self->placed, r), compare_intervals);
    }

  if (tier_count[0] + (tier_count[1] > 0) + (tier_count[2] > 0) > 1)
    g_array_sort (self->placed_items, compare_items);
  *n_overflow = overflow;
  return used;
}

static guint
badge_digits (guint count)
{
  guint d = 1;

  while (count >= 10)
    count /= 10, d++;
  return d + 1;   /* and the "+" */
}

static double
badge_width (ChronicleScene *self,
             guint           count)
{
  return self->metrics.badge_base + badge_digits (count) * self->metrics.badge_digit;
}

static void
append_single (ChronicleScene *self,
               guint           k,
               gboolean        allow_before)
{
  Slot slot = { 0 };
  gboolean inside, before;

  single_box_full (self, k, self->dpp, allow_before, &slot.box0, &slot.box1, &inside, &before);
  slot.before = before;
  slot.day0 = (double) self->starts[k];
  slot.day1 = (double) self->ends[k];
  slot.first = slot.last = k;
  slot.count = 1;
  slot.n_matched = self->mask == NULL || self->mask[self->events[k]] ? 1 : 0;
  slot.label_w = (float) label_width (self, self->events[k]);
  slot.labelled = slot.label_w > 0;
  slot.inside = inside;
  g_array_append_val (self->slots, slot);
  self->item_labelled[k] = slot.labelled;
}

static guint
first_index_from (const guint *values,
                  guint        n,
                  guint        value)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (values[mid] < value)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* How many placed items are in [@a, @b). */
static guint
placed_between (ChronicleScene *self,
                guint           a,
                guint           b)
{
  const guint *placed = (const guint *) (gpointer) self->placed_items->data;
  guint n = self->placed_items->len;

  return first_index_from (placed, n, b) - first_index_from (placed, n, a);
}

/* The first item from @k on that is in the badge row. */
static guint
next_overflow (ChronicleScene *self,
               guint           k,
               guint           hi)
{
  while (k < hi && self->row_of[k] != OVERFLOW_ROW)
    k++;
  return k;
}

/* The overflow row, left to right: an event becomes a labelled single when the next
 * one starts after its box, else a "+N" badge that takes in every event starting
 * under it (found by binary search, counted by difference). Badges and singles never
 * overlap. */
static void
cluster_row (ChronicleScene *self,
             guint           g)
{
  const ChronicleSceneMetrics *m = &self->metrics;
  double dpp = self->dpp, r = m->marker_radius * dpp;
  guint hi = self->win_hi[g];
  guint k = next_overflow (self, self->win_lo[g], hi);
  double prev_end = -G_MAXDOUBLE;

  while (k < hi)
    {
      Slot slot = { 0 };
      guint j = next_overflow (self, k + 1, hi);
      double box0, box1, end;
      gboolean inside;
      guint count = 2, end_item;

      gboolean before, allow_before = TRUE;

      single_box_full (self, k, dpp, TRUE, &box0, &box1, &inside, &before);
      if (before && box0 < prev_end)
        {
          /* No room before it: the label goes after, even past the limit. */
          allow_before = FALSE;
          single_box_full (self, k, dpp, FALSE, &box0, &box1, &inside, &before);
        }
      if (j >= hi || (double) self->starts[j] - r >= box1)
        {
          append_single (self, k, allow_before);
          prev_end = box1;
          k = j;
          continue;
        }

      /* A single that cannot keep its label takes the next event in; then the badge
       * grows until what follows starts after it and after its events' ends (its width
       * has more digits as it does). */
      slot.day1 = MAX ((double) self->ends[k], (double) self->ends[j]);
      end = MAX ((double) self->starts[k] - r + badge_width (self, 2) * dpp, MAX ((double) self->starts[j], slot.day1) + r) +
            m->box_gap * dpp;
      end_item = j + 1;
      for (;;)
        {
          guint until = first_starting_from (self->starts, end_item, hi, end + r);
          double wider;

          for (guint p = end_item; p < until; p++)
            if (self->row_of[p] == OVERFLOW_ROW)
              slot.day1 = MAX (slot.day1, (double) self->ends[p]);
          end_item = until;
          count = (end_item - k) - placed_between (self, k, end_item);
          wider = MAX ((double) self->starts[k] - r + badge_width (self, count) * dpp, slot.day1 + r) + m->box_gap * dpp;
          if (wider <= end)
            break;
          end = wider;
        }

      slot.day0 = (double) self->starts[k];
      slot.first = k;
      slot.last = end_item - 1;
      while (self->row_of[slot.last] != OVERFLOW_ROW)
        slot.last--;
      slot.count = count;
      slot.n_matched = self->matched_prefix[end_item] - self->matched_prefix[k];
      for (guint p = first_index_from ((const guint *) (gpointer) self->placed_items->data, self->placed_items->len, k);
           p < self->placed_items->len && g_array_index (self->placed_items, guint, p) < end_item; p++)
        if (self->mask == NULL || self->mask[self->events[g_array_index (self->placed_items, guint, p)]])
          slot.n_matched--;
      slot.box0 = slot.day0 - r;
      slot.box1 = end;
      g_array_append_val (self->slots, slot);
      prev_end = end;
      k = next_overflow (self, end_item, hi);
    }
}

/* Fair shares of @budget rows: each group its need while the total fits, else the
 * largest equal share, and what is left over one by one in lane order. */
static void
share_rows (const guint *needed,
            guint       *alloc,
            guint        n_groups,
            guint        budget)
{
  guint total = 0, lo = 1, hi = 1, left;

  for (guint g = 0; g < n_groups; g++)
    total += needed[g], hi = MAX (hi, needed[g]);
  if (total <= budget)
    {
      memcpy (alloc, needed, n_groups * sizeof (guint));
      return;
    }
  while (lo < hi)
    {
      guint mid = lo + (hi - lo + 1) / 2, sum = 0;

      for (guint g = 0; g < n_groups; g++)
        sum += MAX (1, MIN (needed[g], mid));
      if (sum <= budget)
        lo = mid;
      else
        hi = mid - 1;
    }
  total = 0;
  for (guint g = 0; g < n_groups; g++)
    total += alloc[g] = MAX (1, MIN (needed[g], lo));
  left = budget > total ? budget - total : 0;
  for (guint g = 0; g < n_groups && left > 0; g++)
    if (alloc[g] < needed[g])
      alloc[g]++, left--;
}

/* The group of item @k. */
static guint
group_of (ChronicleScene *self,
          guint           k)
{
  guint lo = 0, hi = self->n_groups;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->group_offsets[mid] <= k)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/**
 * chronicle_scene_stack:
 * @days_per_pixel: the scale drawn at; stacking uses its zoom level
 * @budget: how many rows there is room for, over all groups
 * @view_start: the first day in view
 * @view_end: the day after the last in view
 *
 * Stacks the boxes into rows (see the top of this file). Does nothing when neither
 * the level, the budget, the window (for large sets) nor the inputs changed.
 */
void
chronicle_scene_stack (ChronicleScene *self,
                       double          days_per_pixel,
                       guint           budget,
                       double          view_start,
                       double          view_end)
{
  g_autofree guint *needed = NULL;
  g_autofree guint *alloc = NULL;
  g_autofree guint *overflowed = NULL;
  int level;
  double dpp, win0 = -G_MAXDOUBLE, win1 = G_MAXDOUBLE;
  guint selected_group = G_MAXUINT;

  g_return_if_fail (CHRONICLE_IS_SCENE (self));

  if (self->group_offsets == NULL)
    return;
  level = chronicle_scene_zoom_level (days_per_pixel);
  dpp = chronicle_scene_level_days_per_pixel (level);
  budget = MAX (budget, 1);
  if (self->n_items > WINDOW_MIN)
    {
      double tile = TILE_PX * dpp;

      win0 = (floor (view_start / tile) - 1) * tile;
      win1 = (floor (view_end / tile) + 2) * tile;
    }
  if (!self->dirty && self->level == level && self->budget == budget && self->win0 == win0 && self->win1 == win1)
    return;

  clear_stacking (self);
  self->dirty = FALSE;
  self->level = level;
  self->budget = budget;
  self->win0 = win0;
  self->win1 = win1;

  self->dpp = dpp;
  self->groups = g_new0 (ChronicleSceneGroup, MAX (self->n_groups, 1));
  needed = g_new0 (guint, MAX (self->n_groups, 1));
  alloc = g_new0 (guint, MAX (self->n_groups, 1));
  overflowed = g_new0 (guint, MAX (self->n_groups, 1));

  for (guint g = 0; g < self->n_groups; g++)
    {
      guint lo = self->group_offsets[g], hi = self->group_offsets[g + 1];

      /* The window: events that can reach into it. */
      if (win0 > -G_MAXDOUBLE)
        {
          lo = first_starting_from (self->starts, lo, hi, win0 - (double) self->max_len);
          hi = first_starting_from (self->starts, lo, hi, win1);
        }
      self->win_lo[g] = lo;
      self->win_hi[g] = hi;
      memset (self->item_labelled + lo, 0, hi - lo);
      if (self->selected >= 0 && self->selected < self->n_events && self->item_of_event[self->selected] > 0 &&
          self->item_of_event[self->selected] - 1 >= lo && self->item_of_event[self->selected] - 1 < hi)
        selected_group = g;
      needed[g] = MAX (1, stack_group (self, g, budget, &overflowed[g]));
    }
  share_rows (needed, alloc, self->n_groups, budget);

  /* A group short of rows keeps its last one for badges. The selected event's group
   * keeps a row for labels, so the selection is always labelled. */
  for (guint g = 0; g < self->n_groups; g++)
    {
      if (alloc[g] >= needed[g] && overflowed[g] == 0)
        continue;
      if (g == selected_group && alloc[g] < 2)
        alloc[g] = 2;
      self->groups[g].overflow = TRUE;
    }

  /* Rows over all groups. */
  for (guint g = 0; g < self->n_groups; g++)
    {
      self->groups[g].first_row = self->n_rows;
      self->groups[g].n_rows = alloc[g];
      self->groups[g].n_needed = needed[g];
      self->n_rows += alloc[g];
    }
  self->row_group = g_new (guint, MAX (self->n_rows, 1));
  self->row_offsets = g_new0 (guint, self->n_rows + 1);

  /* Per group (stacked once more, for its final rows), its placed items by row (a
   * counting sort keeping start order), then its badge row. */
  for (guint g = 0; g < self->n_groups; g++)
    {
      guint lo = self->win_lo[g];
      guint labelled_rows = self->groups[g].overflow ? alloc[g] - 1 : alloc[g];
      g_autofree guint *offsets = g_new0 (guint, labelled_rows + 1);
      g_autofree guint *fill = NULL;
      guint dummy;
      const guint *placed;

      stack_group (self, g, labelled_rows, &dummy);
      placed = (const guint *) (gpointer) self->placed_items->data;
      for (guint p = 0; p < self->placed_items->len; p++)
        offsets[self->row_of[placed[p]] + 1]++;
      for (guint r = 0; r < labelled_rows; r++)
        offsets[r + 1] += offsets[r];
      fill = g_memdup2 (offsets, sizeof (guint) * (labelled_rows + 1));
      for (guint p = 0; p < self->placed_items->len; p++)
        self->order[lo + fill[self->row_of[placed[p]]]++] = placed[p];

      for (guint r = 0; r < alloc[g]; r++)
        {
          guint row = self->groups[g].first_row + r;

          self->row_group[row] = g;
          self->row_offsets[row] = self->slots->len;
          if (r < labelled_rows)
            for (guint p = offsets[r]; p < offsets[r + 1]; p++)
              append_single (self, self->order[lo + p], TRUE);
          else
            cluster_row (self, g);
        }
    }
  self->row_offsets[self->n_rows] = self->slots->len;
}

guint
chronicle_scene_get_n_rows (ChronicleScene *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), 0);
  return self->n_rows;
}

guint
chronicle_scene_get_n_groups (ChronicleScene *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), 0);
  return self->groups != NULL ? self->n_groups : 0;
}

const ChronicleSceneGroup *
chronicle_scene_get_group (ChronicleScene *self,
                           guint           group)
{
  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), NULL);
  g_return_val_if_fail (self->groups != NULL && group < self->n_groups, NULL);
  return &self->groups[group];
}

guint
chronicle_scene_get_row_group (ChronicleScene *self,
                               guint           row)
{
  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), 0);
  g_return_val_if_fail (row < self->n_rows, 0);
  return self->row_group[row];
}

/* The item showing @event (its first, grouped by partner), if the stacking has it. */
static gboolean
item_in_window (ChronicleScene *self,
                guint           event,
                guint          *item,
                guint          *group)
{
  guint k, g;

  if (self->row_offsets == NULL || event >= self->n_events || self->item_of_event[event] == 0)
    return FALSE;
  k = self->item_of_event[event] - 1;
  g = group_of (self, k);
  if (k < self->win_lo[g] || k >= self->win_hi[g])
    return FALSE;
  *item = k;
  *group = g;
  return TRUE;
}

/* The row of the event at store position @event (its first, grouped by partner). */
gboolean
chronicle_scene_find_row (ChronicleScene *self,
                          guint           event,
                          guint          *row)
{
  guint k, g;

  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), FALSE);

  if (!item_in_window (self, event, &k, &g))
    return FALSE;
  if (row != NULL)
    *row = self->groups[g].first_row +
           (self->row_of[k] == OVERFLOW_ROW ? self->groups[g].n_rows - 1 : self->row_of[k]);
  return TRUE;
}

/* Whether the last stacking gave @event its label (rather than a "+N"). */
gboolean
chronicle_scene_is_labelled (ChronicleScene *self,
                             guint           event)
{
  guint k, g;

  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), FALSE);
  return item_in_window (self, event, &k, &g) && self->item_labelled[k];
}

/* ---- a frame ------------------------------------------------------------------ */

static guint
first_ending_after (const Slot *slots,
                    guint       lo,
                    guint       hi,
                    double      day)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (slots[mid].box1 <= day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/**
 * chronicle_scene_compute:
 * @first_row: the first row in view
 * @n_rows: rows in view
 *
 * What the rows in view show in @scale's range, from the last stacking.
 *
 * Returns: the number of markers, in row order and left to right in time
 */
guint
chronicle_scene_compute (ChronicleScene     *self,
                         ChronicleTimeScale *scale,
                         guint               first_row,
                         guint               n_rows)
{
  const ChronicleSceneMetrics *m = &self->metrics;
  double view_start, view_end, r;
  gboolean mirrored;
  guint last_row;
  const Slot *slots;

  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), 0);
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (scale), 0);

  g_array_set_size (self->markers, 0);
  if (self->row_offsets == NULL)
    return 0;

  view_start = chronicle_time_scale_get_start (scale);
  view_end = chronicle_time_scale_get_end (scale);
  mirrored = chronicle_time_scale_get_mirrored (scale);
  r = m->marker_radius;
  last_row = MIN (first_row + n_rows, self->n_rows);
  slots = (const Slot *) (gpointer) self->slots->data;

  for (guint row = first_row; row < last_row; row++)
    {
      guint hi = self->row_offsets[row + 1];

      for (guint i = first_ending_after (slots, self->row_offsets[row], hi, view_start);
           i < hi && slots[i].box0 < view_end; i++)
        {
          const Slot *s = &slots[i];
          ChronicleMarker mk = { 0 };
          double a = chronicle_time_scale_to_x (scale, s->day0);
          double b = chronicle_time_scale_to_x (scale, s->day1);
          double ba = chronicle_time_scale_to_x (scale, s->box0);
          double bb = chronicle_time_scale_to_x (scale, s->box1);

          mk.x0 = MIN (a, b);
          mk.x1 = MAX (a, b);
          mk.anchor = a;
          mk.box_x0 = MIN (ba, bb);
          mk.box_x1 = MAX (ba, bb);
          mk.row = row;
          mk.first = s->first;
          mk.last = s->last;
          mk.count = s->count;
          mk.n_matched = s->n_matched;
          mk.labelled = s->labelled;
          mk.label_inside = s->inside;
          if (s->labelled)
            {
              double w = s->label_w;

              if (s->inside)
                {
                  double room = mk.x1 - mk.x0 - 2 * r - 2 * m->label_pad;

                  mk.label_width = MIN (w, room);
                  mk.label_x = mirrored ? mk.x1 - r - m->label_pad - mk.label_width
                                        : mk.x0 + r + m->label_pad;
                }
              else if (s->before)
                {
                  mk.label_width = w;
                  mk.label_x = mirrored ? a + r + m->label_gap : a - r - m->label_gap - w;
                }
              else
                {
                  mk.label_width = w;
                  mk.label_x = mirrored ? MIN (mk.x0, a - r) - m->label_gap - w
                                        : MAX (mk.x1, a + r) + m->label_gap;
                }
            }
          g_array_append_val (self->markers, mk);
        }
    }
  return self->markers->len;
}

const ChronicleMarker *
chronicle_scene_get_markers (ChronicleScene *self,
                             guint          *n_markers)
{
  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), NULL);

  if (n_markers != NULL)
    *n_markers = self->markers->len;
  return (const ChronicleMarker *) (gpointer) self->markers->data;
}

/* The store position of the event behind item @item (ChronicleMarker.first). */
guint
chronicle_scene_get_event (ChronicleScene *self,
                           guint           item)
{
  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), 0);
  g_return_val_if_fail (item < self->n_items, 0);
  return self->events[item];
}

/**
 * chronicle_scene_get_marker_events:
 * @marker: a marker of the last chronicle_scene_compute()
 * @events: (out): room for @max store positions
 *
 * The events a marker stands for, in time order: one, or a badge's.
 *
 * Returns: how many were written
 */
guint
chronicle_scene_get_marker_events (ChronicleScene *self,
                                   guint           marker,
                                   guint          *events,
                                   guint           max)
{
  const ChronicleMarker *m;
  guint n = 0;

  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), 0);
  g_return_val_if_fail (marker < self->markers->len, 0);

  m = &g_array_index (self->markers, ChronicleMarker, marker);
  if (m->count == 1)
    {
      if (max > 0)
        events[n++] = self->events[m->first];
      return n;
    }
  for (guint k = m->first; k <= m->last && n < max; k++)
    if (self->row_of[k] == OVERFLOW_ROW)
      events[n++] = self->events[k];
  return n;
}

/**
 * chronicle_scene_find:
 * @slack: how many pixels beside a marker still hit it
 * @marker: (out): the marker hit
 *
 * Hit-tests the last computed markers: the one (with its label) under @x in @row,
 * or the nearest within @slack.
 */
gboolean
chronicle_scene_find (ChronicleScene *self,
                      double          x,
                      guint           row,
                      double          slack,
                      guint          *marker)
{
  double best = G_MAXDOUBLE;
  gboolean found = FALSE;

  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), FALSE);

  for (guint i = 0; i < self->markers->len; i++)
    {
      const ChronicleMarker *m = &g_array_index (self->markers, ChronicleMarker, i);
      double x0 = m->x0, x1 = m->x1, distance;

      if (m->row != row)
        continue;
      if (m->labelled)
        x0 = MIN (x0, m->label_x), x1 = MAX (x1, m->label_x + m->label_width);
      else if (m->count > 1)
        x0 = MAX (x0, m->box_x0), x1 = MIN (MAX (x1, m->box_x1 - self->metrics.box_gap), m->box_x1);
      distance = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
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
chronicle_scene_find_event (ChronicleScene *self,
                            guint           event,
                            guint          *marker)
{
  guint k, g, row;

  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), FALSE);

  if (!item_in_window (self, event, &k, &g) || !chronicle_scene_find_row (self, event, &row))
    return FALSE;
  for (guint i = 0; i < self->markers->len; i++)
    {
      const ChronicleMarker *m = &g_array_index (self->markers, ChronicleMarker, i);

      if (m->row == row && m->first <= k && k <= m->last)
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
