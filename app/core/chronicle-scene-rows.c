/* chronicle-scene-rows.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-scene"

#include "config.h"

#include "chronicle-scene-private.h"

#include <string.h>

/* One group's rows: where each event's box goes and what becomes a "+N" badge.
 *
 * An event's box is its marker plus its label (at the group's label cap, see
 * chronicle-scene.c), in days at the zoom level's scale. The label goes after its
 * marker, or inside its bar when it fits there, or before its marker when after it
 * would run past the end of the data (the right edge of the fitted view, a page's end).
 * A label that fits on neither side of the data's edges is shortened to the room left
 * before the end. (Turning labels before their markers anywhere a row has room there
 * labelled no more of the bundled dataset and drew more labels per frame.)
 *
 * Boxes are placed greedily, in start order, into the first row where they fit
 * (first-fit): the selected event first, then the events the filter
 * matches, then the rest, so when room is short labels go to them. Each row's boxes
 * stay sorted and disjoint, so a later tier checks a row's earlier boxes with a sweep
 * (labels after) or a binary search (labels before). When every row is busy, the
 * events that start before the first row frees up are skipped in one binary search.
 *
 * A group short of rows keeps its last row for badges (cluster_row()): an event is a
 * single with its label when the next one starts after its box, else a "+N" badge that
 * takes in every event starting under it; badges never overlap. */

typedef struct
{
  double   after0;     /* the box with the label after the marker, inside its bar, or none */
  double   after1;
  double   before0;    /* the box with the label before the marker, when there is one */
  double   before1;
  double   w;          /* the label's room, pixels */
  gboolean inside;
  gboolean after_ok;   /* the label after the marker stays within the data's edges */
  gboolean before_ok;  /* there is a label before the marker, within the edges */
} Boxes;

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

/* Item @k's two boxes at the level's scale (self->dpp), the group's cap (self->cap)
 * and within the data's edges (self->lim0, self->lim1). */
static void
compute_boxes (ChronicleScene *self,
               guint           k,
               Boxes          *bx)
{
  const ChronicleSceneMetrics *m = &self->metrics;
  double dpp = self->dpp;
  double start = (double) self->starts[k], end = (double) self->ends[k];
  double full = self->label_widths != NULL ? self->label_widths[self->events[k]] : 0;
  /* The selected event's label is never capped: it is what the reader is on; nor,
   * while a filter picks out a few events in the lane, are those events' labels. */
  guint tier = tier_of (self, k);
  double w = tier == 0 || (tier == 1 && self->uncap_matched) ? full : MIN (full, self->cap);
  double in_bar = (end - start) / dpp - 2 * m->label_pad - 2 * m->marker_radius;
  double marker_end = MAX (end, start + m->marker_radius * dpp);

  bx->after0 = start - m->marker_radius * dpp;
  bx->before0 = G_MAXDOUBLE;
  bx->before1 = -G_MAXDOUBLE;
  bx->before_ok = FALSE;
  bx->after_ok = TRUE;
  bx->inside = w > 0 && in_bar >= w;
  if (bx->inside || w <= 0)
    {
      /* Inside its bar, a label takes all the bar's room, up to its whole width. */
      bx->w = bx->inside ? MIN (full, in_bar) : 0;
      bx->after1 = marker_end + m->box_gap * dpp;
      return;
    }

  bx->w = w;
  bx->after1 = marker_end + (m->label_gap + w + m->box_gap) * dpp;
  bx->after_ok = marker_end + (m->label_gap + w) * dpp <= self->lim1;
  bx->before0 = start - (m->marker_radius + m->label_gap + w) * dpp;
  bx->before1 = marker_end + m->box_gap * dpp;
  bx->before_ok = bx->before0 >= self->lim0;
  if (!bx->after_ok && !bx->before_ok)
    {
      /* Room on neither side within the edges: the label gets what is left before the
       * end when that is worth drawing; else it runs past the end. */
      double room = (self->lim1 - marker_end) / dpp - m->label_gap;

      /* A bar running past the end (on a page of a longer time) carries its label
       * inside, shortened, rather than after its end, out of the page. */
      if (room < self->min_label && in_bar >= self->min_label)
        {
          bx->inside = TRUE;
          bx->w = in_bar;
          bx->after1 = marker_end + m->box_gap * dpp;
          bx->before0 = G_MAXDOUBLE;
          bx->before1 = -G_MAXDOUBLE;
          bx->before_ok = FALSE;
          bx->after_ok = TRUE;
          return;
        }
      if (room >= self->min_label)
        {
          bx->w = room;
          bx->after1 = marker_end + (m->label_gap + room + m->box_gap) * dpp;
        }
      bx->after_ok = TRUE;
    }
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
  const ChronicleSceneInterval *x = a, *y = b;

  return x->a < y->a ? -1 : x->a > y->a;
}

/* Whether [@a, @b) is clear of row @r's boxes from earlier tiers (sorted, disjoint). */
static gboolean
clear_of_earlier (ChronicleScene *self,
                  guint           r,
                  double          a,
                  double          b)
{
  const ChronicleSceneInterval *iv = (const ChronicleSceneInterval *) (gpointer) ((GArray *) g_ptr_array_index (self->placed, r))->data;
  guint lo = 0, hi = g_array_index (self->n_earlier, guint, r);
  guint n = hi;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (iv[mid].b <= a)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo >= n || iv[lo].a >= b;
}

/* Where row @r is free from, as far as this tier goes: after its last box, or after
 * that box turned (its label before its marker) when it can turn. */
static inline double
free_from (ChronicleScene *self,
           guint           r)
{
  const ChronicleSceneRowEnd *re = &g_array_index (self->row_ends, ChronicleSceneRowEnd, r);

  return re->can_turn ? re->turn1 : g_array_index (self->cur_end, double, r);
}

/* Whether [@a, @b) is free in row @r: after the row's last box of this tier and clear
 * of its earlier tiers' boxes. @sweep: @a never decreases from one call to the next
 * (labels after their markers), so the row's pointer moves forward only. */
static gboolean
row_fits (ChronicleScene *self,
          guint           r,
          double          a,
          double          b,
          gboolean        earlier,
          gboolean        sweep)
{
  const double *cur_end = (const double *) (gpointer) self->cur_end->data;
  guint *pointers = (guint *) (gpointer) self->pointers->data;
  guint n = g_array_index (self->n_earlier, guint, r);
  const ChronicleSceneInterval *iv;
  guint p;

  if (cur_end[r] > a)
    return FALSE;
  if (!earlier)
    return TRUE;
  /* The earlier tiers' boxes come first in the row's list, sorted (this tier's are
   * appended after them). */
  iv = (const ChronicleSceneInterval *) (gpointer) ((GArray *) g_ptr_array_index (self->placed, r))->data;
  if (sweep)
    {
      while (pointers[r] < n && iv[pointers[r]].b <= a)
        pointers[r]++;
      p = pointers[r];
    }
  else
    {
      guint lo = 0, hi = n;

      /* Disjoint and sorted by start, so sorted by end too. */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (iv[mid].b <= a)
            lo = mid + 1;
          else
            hi = mid;
        }
      p = lo;
    }
  return p >= n || iv[p].a >= b;
}

/* First-fit of group @g's boxes in the window into at most @cap rows, tier by tier.
 * Fills row_of (OVERFLOW_ROW for what finds no row), item_before, and placed_items
 * (sorted); returns the rows used and, in @n_overflow, whether anything found no row. */
guint
_chronicle_scene_stack_group (ChronicleScene *self,
                              guint           g,
                              guint           cap,
                              guint          *n_overflow)
{
  guint lo = self->win_lo[g], hi = self->win_hi[g];
  guint tier_count[3] = { 0, 0, 0 };
  guint used = 0, overflow = 0;
  double r_days = self->metrics.marker_radius * self->dpp;
  double *cur_end;
  guint *pointers;
  /* Turning saves rows where a lane's events are a few per row. Where they are many
   * more than its rows (a lane of thousands in view), badges are what shows, and
   * turnable rows would keep every event from being skipped in one search. */
  gboolean turning = !self->no_turning && hi - lo <= 8 * (guint64) MAX (self->budget, 1);

  /* Counting the rows needed, nothing is placed for good. */
  if (!self->counting)
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
  /* A few matches among the rest get their whole labels (the rest is capped, or in
   * badges, first); many would take every row. */
  self->uncap_matched = self->mask != NULL && tier_count[2] > 0 && tier_count[1] <= MAX (2, self->budget / 4);

  g_array_set_size (self->cur_end, cap + 1);
  g_array_set_size (self->pointers, cap + 1);
  g_array_set_size (self->n_earlier, cap + 1);
  g_array_set_size (self->row_ends, cap + 1);
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
        {
          cur_end[r] = -G_MAXDOUBLE, pointers[r] = 0;
          g_array_index (self->n_earlier, guint, r) = ((GArray *) g_ptr_array_index (self->placed, r))->len;
          g_array_index (self->row_ends, ChronicleSceneRowEnd, r).can_turn = FALSE;
        }
      if (tier == 0)
        k = self->item_of_event[self->selected] - 1, k_end = k + 1;

      for (; k < k_end; k++)
        {
          Boxes bx;
          double box0, box1;
          gboolean before = FALSE;
          guint row = _CHRONICLE_SCENE_OVERFLOW_ROW;

          if (tier_of (self, k) != tier)
            continue;
          /* Every row in use busy until min_end (either box starts by the marker's
           * start): skip to what starts after. */
          if ((double) self->starts[k] - r_days < min_end && used == cap)
            {
              guint next;

              /* Counting: the rows ran out, which is all there is to know. */
              if (self->counting)
                {
                  *n_overflow = 1;
                  return used;
                }
              next = _chronicle_scene_first_starting_from (self->starts, k + 1, k_end, min_end + r_days);
              overflow++;
              k = next - 1;
              continue;
            }
          compute_boxes (self, k, &bx);
          /* The label after its marker when it stays within the edges, else before it. */
          before = !bx.after_ok;
          for (guint r = 0; r < used && row == _CHRONICLE_SCENE_OVERFLOW_ROW && bx.after0 >= min_end; r++)
            {
              /* Most rows are busy past the box's start: no call for those. */
              if (cur_end[r] > (before ? bx.before0 : bx.after0))
                continue;
              if (!earlier || (before ? row_fits (self, r, bx.before0, bx.before1, earlier, FALSE)
                                      : row_fits (self, r, bx.after0, bx.after1, earlier, TRUE)))
                row = r;
            }
          /* Before a new row: a row whose last box, turned (its label before its
           * marker), leaves room for this one. Two close events share a row with
           * their labels on either side, rather than take two. */
          for (guint r = 0; r < used && row == _CHRONICLE_SCENE_OVERFLOW_ROW; r++)
            {
              ChronicleSceneRowEnd *re = &g_array_index (self->row_ends, ChronicleSceneRowEnd, r);
              double a = before ? bx.before0 : bx.after0, b = before ? bx.before1 : bx.after1;

              if (!re->can_turn || re->turn1 > a || (earlier && !clear_of_earlier (self, r, a, b)))
                continue;
              self->item_before[re->last] = TRUE;
              cur_end[r] = re->turn1;
              if (later)
                {
                  GArray *list = g_ptr_array_index (self->placed, r);

                  g_array_index (list, ChronicleSceneInterval, list->len - 1) = (ChronicleSceneInterval) { re->turn0, re->turn1 };
                }
              re->can_turn = FALSE;
              row = r;
            }
          if (row == _CHRONICLE_SCENE_OVERFLOW_ROW && used < cap)
            {
              /* A new row: its list of earlier boxes starts empty. */
              row = used++;
              if (self->placed->len < used)
                g_ptr_array_add (self->placed, g_array_new (FALSE, FALSE, sizeof (ChronicleSceneInterval)));
              g_array_set_size (g_ptr_array_index (self->placed, row), 0);
              pointers[row] = 0;
              g_array_index (self->n_earlier, guint, row) = 0;
              g_array_index (self->row_ends, ChronicleSceneRowEnd, row).can_turn = FALSE;
              cur_end[row] = -G_MAXDOUBLE;
            }
          /* No row has room within the edges: past the end rather than in a badge, as a
           * last resort (not while rows are counted for capping). */
          for (guint r = 0; r < used && row == _CHRONICLE_SCENE_OVERFLOW_ROW && before && self->past_end; r++)
            if (row_fits (self, r, bx.after0, bx.after1, earlier, TRUE))
              row = r, before = FALSE;
          if (row == _CHRONICLE_SCENE_OVERFLOW_ROW)
            {
              if (self->counting)
                {
                  *n_overflow = 1;
                  return used;
                }
              overflow++;
              continue;
            }
          box0 = before ? bx.before0 : bx.after0;
          box1 = before ? bx.before1 : bx.after1;
          self->row_of[k] = row;
          self->item_before[k] = before;
          g_array_append_val (self->placed_items, k);
          {
            ChronicleSceneRowEnd *re = &g_array_index (self->row_ends, ChronicleSceneRowEnd, row);
            double old = free_from (self, row);

            /* It may turn later when its label fits before it, clear of the row. */
            re->last = k;
            re->turn0 = bx.before0;
            re->turn1 = bx.before1;
            /* The selected event keeps its label after its marker, where it is read. */
            re->can_turn = !before && tier > 0 && turning && bx.before_ok && bx.before0 >= cur_end[row] &&
                           (!earlier || clear_of_earlier (self, row, bx.before0, bx.before1));
            cur_end[row] = box1;
            /* Where rows are free from only grows: the least changes only when its row
             * took this box. */
            if (old <= min_end)
              {
                min_end = G_MAXDOUBLE;
                for (guint r = 0; r < used; r++)
                  min_end = MIN (min_end, free_from (self, r));
              }
          }
          if (later)
            g_array_append_val (g_ptr_array_index (self->placed, row), ((ChronicleSceneInterval) { box0, box1 }));
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

/* A single event with its label, on the side item_before says. */
void
_chronicle_scene_append_single (ChronicleScene *self,
                                guint           k)
{
  ChronicleSceneSlot slot = { 0 };
  Boxes bx;

  compute_boxes (self, k, &bx);
  slot.before = self->item_before[k] && bx.before0 <= bx.before1;
  slot.box0 = slot.before ? bx.before0 : bx.after0;
  slot.box1 = slot.before ? bx.before1 : bx.after1;
  slot.day0 = (double) self->starts[k];
  slot.day1 = (double) self->ends[k];
  slot.first = slot.last = k;
  slot.count = 1;
  slot.n_matched = self->mask == NULL || self->mask[self->events[k]] ? 1 : 0;
  slot.label_w = (float) bx.w;
  slot.labelled = slot.label_w > 0;
  slot.inside = bx.inside;
  g_array_append_val (self->slots, slot);
  self->item_labelled[k] = slot.labelled;
}

/* A row's shortened labels take the room the row has beside them: a lane's cap is
 * for its busiest place, and a label with free room after it (or before it, turned)
 * is drawn longer, up to its whole title, still clear of its neighbours and within the
 * edges. Slots [@first, @end) are the row's, in order. */
void
_chronicle_scene_widen_row (ChronicleScene *self,
                            guint           first,
                            guint           end)
{
  ChronicleSceneSlot *slots = (ChronicleSceneSlot *) (gpointer) self->slots->data;
  const ChronicleSceneMetrics *m = &self->metrics;
  double dpp = self->dpp;

  if (self->label_widths == NULL)
    return;
  for (guint i = first; i < end; i++)
    {
      ChronicleSceneSlot *s = &slots[i];
      double full, room, grow;

      if (s->count != 1 || !s->labelled || s->inside)
        continue;
      full = self->label_widths[self->events[s->first]];
      if (s->label_w >= full)
        continue;
      if (!s->before)
        {
          double next = i + 1 < end ? slots[i + 1].box0 : G_MAXDOUBLE;
          double marker_end = MAX (s->day1, s->day0 + m->marker_radius * dpp);

          double previous = i > first ? slots[i - 1].box1 : -G_MAXDOUBLE;
          double before0 = s->day0 - (m->marker_radius + m->label_gap + full) * dpp;

          room = MIN (next - s->box1, self->lim1 - (marker_end + (m->label_gap + s->label_w) * dpp)) / dpp;
          grow = MIN (full - s->label_w, room);
          /* Cut short by the data's end with the whole label's room before its
           * marker (two gaps from the box before it): it turns, whole. */
          if (s->label_w + MAX (grow, 0) < full && !self->no_turning &&
              self->lim1 - (marker_end + (m->label_gap + s->label_w + MAX (grow, 0)) * dpp) < next - s->box1 - MAX (grow, 0) * dpp &&
              before0 >= MAX (previous + m->box_gap * dpp, self->lim0))
            {
              s->before = TRUE;
              s->box0 = before0;
              s->box1 = marker_end + m->box_gap * dpp;
              s->label_w = (float) full;
              self->item_before[s->first] = TRUE;
              continue;
            }
          if (grow <= 0)
            continue;
          s->box1 += grow * dpp;
        }
      else
        {
          double previous = i > first ? slots[i - 1].box1 : -G_MAXDOUBLE;

          /* Facing the box before it: two gaps from it, so that the label is not
           * read as that marker's. */
          room = MIN (s->box0 - previous - m->box_gap * dpp, s->box0 - self->lim0) / dpp;
          grow = MIN (full - s->label_w, room);
          if (grow <= 0)
            continue;
          s->box0 -= grow * dpp;
        }
      s->label_w += (float) grow;
    }
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
  while (k < hi && self->row_of[k] != _CHRONICLE_SCENE_OVERFLOW_ROW)
    k++;
  return k;
}

/* The overflow row, left to right: an event becomes a labelled single when the next
 * one starts after its box (its label before it at the end, when there is room since
 * the last box), else a "+N" badge that takes in every event starting under it (found
 * by binary search, counted by difference). Badges and singles never overlap. */
void
_chronicle_scene_cluster_row (ChronicleScene *self,
                              guint           g)
{
  const ChronicleSceneMetrics *m = &self->metrics;
  double dpp = self->dpp, r = m->marker_radius * dpp;
  guint hi = self->win_hi[g];
  guint k = next_overflow (self, self->win_lo[g], hi);
  double prev_end = -G_MAXDOUBLE;

  while (k < hi)
    {
      ChronicleSceneSlot slot = { 0 };
      guint j = next_overflow (self, k + 1, hi);
      double next = j < hi ? (double) self->starts[j] - r : G_MAXDOUBLE;
      double end;
      Boxes bx;
      gboolean after, before;
      guint count = 2, end_item;

      /* k starts after the last box (a badge takes in what starts under it). */
      compute_boxes (self, k, &bx);
      after = bx.after_ok && next >= bx.after1;
      before = !bx.after_ok && bx.before_ok && bx.before0 >= prev_end && next >= bx.before1;
      /* The last one is a single whatever its side: past the edge if it must. */
      if (j >= hi && !before)
        after = TRUE;
      if (after || before)
        {
          self->item_before[k] = before;
          _chronicle_scene_append_single (self, k);
          prev_end = before ? bx.before1 : bx.after1;
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
          guint until = _chronicle_scene_first_starting_from (self->starts, end_item, hi, end + r);
          double wider;

          for (guint p = end_item; p < until; p++)
            if (self->row_of[p] == _CHRONICLE_SCENE_OVERFLOW_ROW)
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
      while (self->row_of[slot.last] != _CHRONICLE_SCENE_OVERFLOW_ROW)
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

/* The group of item @k. */
guint
_chronicle_scene_group_of (ChronicleScene *self,
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
