/* chronicle-scene.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-scene"

#include "config.h"

#include "chronicle-scene-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The computed timeline every surface draws and hit-tests: the canvas, exports,
 * print and presentation, each for its own size. This file holds the object, its
 * inputs, and how groups share the rows; chronicle-scene-rows.c stacks one group's
 * boxes into rows and makes its "+N" badges; chronicle-scene-frame.c computes a frame's
 * markers from the stacking and hit-tests them.
 *
 * Stacking (chronicle_scene_stack()) is done from the labels, at a zoom level:
 *
 * - an event's box is its marker plus its label at its measured width (the caller
 *   measures each label once per font: chronicle_scene_set_label_widths()); a range's
 *   box is its bar, with the label inside when it fits, else beside the bar; labels
 *   keep within the days the (matched) data covers, turning to the marker's other side
 *   at the edges;
 * - groups share a budget of rows. Each gets the rows it needs while there is room.
 *   When there is not, the busiest group's labels are capped (ellipsized: the title
 *   stays whole in the accessible name and tooltip) one step at a time, down to about
 *   six ems, until everything fits; only when even that is not enough does each group
 *   get a fair share, and a group short of rows keeps its last row for "+N" badges,
 *   which never overlap. Labels go first to the selected event, then to the events the
 *   filter matches, then to the rest;
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
 * is O(1), and "+N" badges are made in one walk of a lane's events. Capping costs a
 * few more passes over the groups that are short of rows, and none when the smallest
 * cap could not make everything fit anyway. */

#define LEVEL_BASE G_SQRT2
#define WINDOW_MIN 20000
#define TILE_PX 4096.0

/* A lane with more events than this in the stacking window keeps whole labels when
 * even the narrowest cap could not give it its rows: its badges are what shows, and
 * thousands of shortened labels would each be ellipsized again every frame. */
#define CAP_MAX_ITEMS(budget) (4 * (budget))

/* Label caps, in ems, from none down to the narrowest still worth reading. */
static const double caps_em[] = { G_MAXDOUBLE, 24, 18, 14, 11, 8.5, 6.5 };
#define N_CAPS G_N_ELEMENTS (caps_em)

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
  g_clear_pointer (&self->item_before, g_free);
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
  g_clear_pointer (&self->n_earlier, g_array_unref);
  g_clear_pointer (&self->row_ends, g_array_unref);
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
  self->slots = g_array_new (FALSE, FALSE, sizeof (ChronicleSceneSlot));
  self->markers = g_array_new (FALSE, FALSE, sizeof (ChronicleMarker));
  self->cur_end = g_array_new (FALSE, FALSE, sizeof (double));
  self->pointers = g_array_new (FALSE, FALSE, sizeof (guint));
  self->n_earlier = g_array_new (FALSE, FALSE, sizeof (guint));
  self->row_ends = g_array_new (FALSE, FALSE, sizeof (ChronicleSceneRowEnd));
  self->placed = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->placed_items = g_array_new (FALSE, FALSE, sizeof (guint));
  self->selected = -1;
  self->limit0 = -G_MAXDOUBLE;
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
  self->item_before = g_new0 (guint8, MAX (n, 1));
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
  /* The days the matched items cover (all of them when none match): labels keep
   * within, as a fit that follows the filter shows them. */
  self->extent0 = G_MAXDOUBLE;
  self->extent1 = -G_MAXDOUBLE;
  for (int pass = mask != NULL ? 0 : 1; pass < 2 && self->extent0 > self->extent1; pass++)
    for (guint k = 0; k < self->n_items; k++)
      if (pass == 1 || mask[self->events[k]])
        {
          self->extent0 = MIN (self->extent0, (double) self->starts[k]);
          self->extent1 = MAX (self->extent1, (double) MAX (self->ends[k], self->starts[k] + 1));
        }
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
  /* On the canvas rows stay when the selection is labelled. Presenting, each event
   * presented is stacked first: its whole label, after its marker. */
  if (event >= 0 && (self->no_turning || !chronicle_scene_is_labelled (self, (guint) event)))
    self->dirty = TRUE;
}

/**
 * chronicle_scene_set_limits:
 * @first_day: the day labels must not reach before (a page's start), or -G_MAXDOUBLE
 * @end_day: the day labels must not reach past (a page's end), or G_MAXDOUBLE
 *
 * A label that would run past @end_day goes before its marker instead, and none turns
 * before its marker past @first_day: for pages, which begin after and end before the
 * data may. Labels keep within the data's own edges either way.
 */
void
chronicle_scene_set_limits (ChronicleScene *self,
                            double          first_day,
                            double          end_day)
{
  g_return_if_fail (CHRONICLE_IS_SCENE (self));

  if (self->limit0 == first_day && self->limit == end_day)
    return;
  self->limit0 = first_day;
  self->limit = end_day;
  self->dirty = TRUE;
}

/**
 * chronicle_scene_set_turning:
 * @turning: whether a row's last label may turn before its marker to share the row
 *
 * On by default. Presentation turns it off: its camera puts each event with its label
 * after its marker, and the event selected (presented) is stacked first, whole.
 */
void
chronicle_scene_set_turning (ChronicleScene *self,
                             gboolean        turning)
{
  g_return_if_fail (CHRONICLE_IS_SCENE (self));

  if (self->no_turning == !turning)
    return;
  self->no_turning = !turning;
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

/* ---- sharing the rows -------------------------------------------------------- */
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

/* The label cap of level @level, in pixels. */
static double
cap_px (ChronicleScene *self,
        guint           level)
{
  double em = self->metrics.label_pad > 0 ? 2 * self->metrics.label_pad : 12;

  return level == 0 ? G_MAXDOUBLE : caps_em[level] * em;
}

/* Group @g's rows at cap level @level, at most @budget. */
static guint
need_at (ChronicleScene *self,
         guint           g,
         guint           level,
         guint           budget,
         guint          *overflowed)
{
  guint n;

  self->cap = cap_px (self, level);
  self->counting = TRUE;
  n = _chronicle_scene_stack_group (self, g, budget, overflowed);
  self->counting = FALSE;
  return MAX (1, n);
}

/* Which groups' labels are capped, and how far (see the top of this file): @level and
 * @needed come in at level 0 and go out as stacked. The busiest group (most rows) is
 * capped one step further until the total fits; when even every group at the last
 * step would not fit, the groups that would not get their rows anyway take the last
 * step (more of their events labelled, at the narrowest cap) and the rest keep theirs. */
static void
choose_caps (ChronicleScene *self,
             guint          *level,
             guint          *needed,
             guint          *overflowed,
             guint           budget)
{
  g_autofree guint *last = g_new (guint, MAX (self->n_groups, 1));
  g_autofree guint *last_overflowed = g_new0 (guint, MAX (self->n_groups, 1));
  g_autofree guint *alloc = NULL;
  guint total = 0, total_last = 0;

  /* A group that overflowed its budget wants at least one row more than it has. */
#define WANT(n, o) ((n) + ((o) > 0 ? 1 : 0))
  for (guint g = 0; g < self->n_groups; g++)
    total += WANT (needed[g], overflowed[g]);
  if (total <= budget || self->label_widths == NULL)
    return;

  for (guint g = 0; g < self->n_groups; g++)
    {
      if ((needed[g] > 1 || overflowed[g]) && self->win_hi[g] - self->win_lo[g] <= CAP_MAX_ITEMS (budget))
        last[g] = need_at (self, g, N_CAPS - 1, budget, &last_overflowed[g]);
      else
        last[g] = needed[g], last_overflowed[g] = overflowed[g];
      total_last += WANT (last[g], last_overflowed[g]);
    }

  if (total_last > budget)
    {
      alloc = g_new0 (guint, MAX (self->n_groups, 1));
      share_rows (needed, alloc, self->n_groups, budget);
      for (guint g = 0; g < self->n_groups; g++)
        if ((alloc[g] < needed[g] || overflowed[g]) && self->win_hi[g] - self->win_lo[g] <= CAP_MAX_ITEMS (budget))
          {
            level[g] = N_CAPS - 1;
            needed[g] = last[g];
            overflowed[g] = last_overflowed[g];
          }
      return;
    }

  while (total > budget)
    {
      guint busiest = G_MAXUINT;
      guint n, o = 0;

      for (guint g = 0; g < self->n_groups; g++)
        if (level[g] + 1 < N_CAPS && WANT (needed[g], overflowed[g]) > WANT (last[g], last_overflowed[g]) &&
            (busiest == G_MAXUINT || WANT (needed[g], overflowed[g]) > WANT (needed[busiest], overflowed[busiest])))
          busiest = g;
      if (busiest == G_MAXUINT)
        break;
      level[busiest]++;
      if (level[busiest] + 1 == N_CAPS)
        n = last[busiest], o = last_overflowed[busiest];
      else
        n = need_at (self, busiest, level[busiest], budget, &o);
      total = total - WANT (needed[busiest], overflowed[busiest]) + WANT (n, o);
      needed[busiest] = n;
      overflowed[busiest] = o;
    }
#undef WANT
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
  g_autofree guint *level_of = NULL;
  int level;
  double dpp, win0 = -G_MAXDOUBLE, win1 = G_MAXDOUBLE, margin;
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
  /* The edges labels keep within: the data, and a marker's width beyond it at the
   * level's most zoomed-in scale (a fit's margins are wider). */
  margin = 2 * self->metrics.marker_radius * dpp / LEVEL_BASE;
  self->lim0 = MAX (self->extent0 - margin, self->limit0);
  self->lim1 = MIN (self->extent1 + margin, self->limit);
  self->min_label = cap_px (self, N_CAPS - 1);
  self->groups = g_new0 (ChronicleSceneGroup, MAX (self->n_groups, 1));
  needed = g_new0 (guint, MAX (self->n_groups, 1));
  alloc = g_new0 (guint, MAX (self->n_groups, 1));
  overflowed = g_new0 (guint, MAX (self->n_groups, 1));
  level_of = g_new0 (guint, MAX (self->n_groups, 1));

  for (guint g = 0; g < self->n_groups; g++)
    {
      guint lo = self->group_offsets[g], hi = self->group_offsets[g + 1];

      /* The window: events that can reach into it. */
      if (win0 > -G_MAXDOUBLE)
        {
          lo = _chronicle_scene_first_starting_from (self->starts, lo, hi, win0 - (double) self->max_len);
          hi = _chronicle_scene_first_starting_from (self->starts, lo, hi, win1);
        }
      self->win_lo[g] = lo;
      self->win_hi[g] = hi;
      memset (self->item_labelled + lo, 0, hi - lo);
      if (self->selected >= 0 && self->selected < self->n_events && self->item_of_event[self->selected] > 0 &&
          self->item_of_event[self->selected] - 1 >= lo && self->item_of_event[self->selected] - 1 < hi)
        selected_group = g;
      needed[g] = need_at (self, g, 0, budget, &overflowed[g]);
    }
  choose_caps (self, level_of, needed, overflowed, budget);
  share_rows (needed, alloc, self->n_groups, budget);

  /* A lane sent to the narrowest cap takes the widest one that fits its share. */
  for (guint g = 0; g < self->n_groups; g++)
    if (level_of[g] == N_CAPS - 1)
      for (guint l = 1; l + 1 < N_CAPS; l++)
        {
          guint o = 0, n = need_at (self, g, l, budget, &o);

          if (o == 0 && n <= alloc[g])
            {
              level_of[g] = l, needed[g] = n, overflowed[g] = 0;
              break;
            }
        }

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

      self->cap = cap_px (self, level_of[g]);
      self->past_end = TRUE;
      _chronicle_scene_stack_group (self, g, labelled_rows, &dummy);
      self->past_end = FALSE;
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
            {
              for (guint p = offsets[r]; p < offsets[r + 1]; p++)
                _chronicle_scene_append_single (self, self->order[lo + p]);
              _chronicle_scene_widen_row (self, self->row_offsets[row], self->slots->len);
            }
          else
            _chronicle_scene_cluster_row (self, g);
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
gboolean
_chronicle_scene_item_in_window (ChronicleScene *self,
                guint           event,
                guint          *item,
                guint          *group)
{
  guint k, g;

  if (self->row_offsets == NULL || event >= self->n_events || self->item_of_event[event] == 0)
    return FALSE;
  k = self->item_of_event[event] - 1;
  g = _chronicle_scene_group_of (self, k);
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

  if (!_chronicle_scene_item_in_window (self, event, &k, &g))
    return FALSE;
  if (row != NULL)
    *row = self->groups[g].first_row +
           (self->row_of[k] == _CHRONICLE_SCENE_OVERFLOW_ROW ? self->groups[g].n_rows - 1 : self->row_of[k]);
  return TRUE;
}

/* Whether the last stacking gave @event its label (rather than a "+N"). */
gboolean
chronicle_scene_is_labelled (ChronicleScene *self,
                             guint           event)
{
  guint k, g;

  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), FALSE);
  return _chronicle_scene_item_in_window (self, event, &k, &g) && self->item_labelled[k];
}
