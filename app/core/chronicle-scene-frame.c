/* chronicle-scene-frame.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-scene"

#include "config.h"

#include "chronicle-scene-private.h"

/* One frame of the scene: the markers the rows in view show, from the last stacking
 * (chronicle-scene.c), and hit-testing them; also keyboard order over the events.
 *
 * A frame only binary-searches each visible row for the view's start and walks what is
 * in view: boxes in a row never overlap, so their ends are sorted. Nothing is allocated
 * per frame: the marker array is reused. Labels are placed here, in pixels: after their
 * marker, inside their bar, or before their marker, at the room the stacking gave them
 * (narrower than the title when the group's labels are capped: the renderer ellipsizes). */

static guint
first_ending_after (const ChronicleSceneSlot *slots,
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

/* Where slot @s occupies its row, in reading pixels (left to right in time, whichever
 * way the scale runs): its marker or bar, its label on its side, or its badge's box. */
static void
slot_extent (ChronicleScene           *self,
             ChronicleTimeScale       *scale,
             gboolean                  mirrored,
             const ChronicleSceneSlot *s,
             double                   *u0,
             double                   *u1)
{
  const ChronicleSceneMetrics *m = &self->metrics;
  double sign = mirrored ? -1 : 1;
  double a = sign * chronicle_time_scale_to_x (scale, s->day0);
  double b = MAX (sign * chronicle_time_scale_to_x (scale, s->day1), a + m->marker_radius);

  if (s->count != 1)
    {
      double ba = sign * chronicle_time_scale_to_x (scale, s->box0);
      double bb = sign * chronicle_time_scale_to_x (scale, s->box1);

      *u0 = MIN (ba, bb), *u1 = MAX (ba, bb) - m->box_gap;
      return;
    }
  *u0 = a - m->marker_radius;
  *u1 = b;
  if (!s->labelled || s->inside)
    return;
  if (s->before)
    *u0 -= m->label_gap + s->label_w;
  else
    *u1 += m->label_gap + s->label_w;
}

/* Whether @mk's label is before its marker, in reading order. */
static gboolean
label_before (const ChronicleMarker *mk,
              gboolean               mirrored)
{
  double sign = mirrored ? -1 : 1;

  return mk->count == 1 && mk->labelled && !mk->label_inside &&
         (mirrored ? -(mk->label_x + mk->label_width) : mk->label_x) < sign * mk->anchor;
}

/* Places single @mk's label whole, @before its marker or after its marker (or bar),
 * in reading pixels from @label0; returns its new extent in @u0, @u1. */
static void
place_whole (ChronicleMarker *mk,
             gboolean         mirrored,
             double           label0,
             double           full,
             double           marker0,
             double           marker1,
             double          *u0,
             double          *u1)
{
  mk->labelled = TRUE;
  mk->label_inside = FALSE;
  mk->label_width = full;
  mk->label_x = mirrored ? -(label0 + full) : label0;
  *u0 = MIN (label0, marker0);
  *u1 = MAX (label0 + full, marker1);
  mk->box_x0 = mirrored ? -*u1 : *u0;
  mk->box_x1 = mirrored ? -*u0 : *u1;
}

/* A row's labels, as the view shows them. Rows are stacked at their zoom level's
 * scale, up to a factor √2 coarser than the view's, within the data's (or the
 * filter's matches') edges and without knowing the view; the frame knows what is in
 * view. So, left to right, a single event's label that would be shortened, cut by the
 * view's edge or left out goes whole where the row has the room at this scale and in
 * view: on its side first, else after its marker or bar, else before its marker; one
 * gap clear of what follows it and two of what it faces before its marker (so it is
 * not read as that marker's). Presenting, the presented event keeps its label after its
 * marker. With no room for it whole, a bar running on out of view carries its label
 * inside, on the part in view; else a shortened label takes what room its side has.
 * Rows never change here: panning stays calm. Markers [@first_marker, end) are the
 * row's, slots from @first_slot on; @row_lo, @row_hi bound the row's slots. */
static void
widen_in_view (ChronicleScene     *self,
               ChronicleTimeScale *scale,
               gboolean            mirrored,
               guint               first_marker,
               guint               first_slot,
               guint               row_lo,
               guint               row_hi)
{
  const ChronicleSceneMetrics *m = &self->metrics;
  const ChronicleSceneSlot *slots = (const ChronicleSceneSlot *) (gpointer) self->slots->data;
  ChronicleMarker *markers = (ChronicleMarker *) (gpointer) self->markers->data;
  double sign = mirrored ? -1 : 1;
  double origin = sign * chronicle_time_scale_get_origin (scale);
  double far = sign * (chronicle_time_scale_get_origin (scale) + chronicle_time_scale_get_width (scale));
  double view0 = MIN (origin, far), view1 = MAX (origin, far);
  double prev_u1 = -G_MAXDOUBLE, first_u1, u0, u1;

  if (first_slot > row_lo)
    slot_extent (self, scale, mirrored, &slots[first_slot - 1], &u0, &prev_u1);
  first_u1 = prev_u1;

  for (guint j = first_marker, i = first_slot; j < self->markers->len; j++, i++)
    {
      const ChronicleSceneSlot *s = &slots[i];
      ChronicleMarker *mk = &markers[j];
      double full, a, bar_end, next_u0 = G_MAXDOUBLE, next_u1, before0, after0;
      gboolean whole, may_turn, before_fits, after_fits;

      slot_extent (self, scale, mirrored, s, &u0, &u1);
      full = s->count == 1 && self->label_widths != NULL ? self->label_widths[self->events[s->first]] : 0;
      if (full <= 0)
        goto next;
      a = sign * chronicle_time_scale_to_x (scale, s->day0);
      bar_end = MAX (sign * chronicle_time_scale_to_x (scale, s->day1), a + m->marker_radius);
      whole = mk->labelled && mk->label_width + 0.5 >= full && u0 >= view0 - 0.5 && u1 <= view1 + 0.5;
      if (whole)
        goto next;
      if (a - m->marker_radius >= view1 || bar_end + m->marker_radius <= view0)
        {
          /* Its marker is out of view and its label would be a stub at the view's edge,
           * belonging to nothing on screen: left out. */
          if (mk->labelled && !mk->label_inside)
            {
              mk->labelled = FALSE;
              u0 = a - m->marker_radius;
              u1 = bar_end;
            }
          goto next;
        }
      if (i + 1 < row_hi)
        {
          slot_extent (self, scale, mirrored, &slots[i + 1], &next_u0, &next_u1);
          next_u0 -= slots[i + 1].count == 1 && slots[i + 1].before ? 2 * m->box_gap : m->box_gap;
        }
      before0 = a - m->marker_radius - m->label_gap - full;
      after0 = bar_end + m->label_gap;
      before_fits = before0 >= MAX (prev_u1 + 2 * m->box_gap, view0);
      after_fits = after0 + full <= MIN (next_u0, view1);
      may_turn = !(self->no_turning && (gint64) self->events[s->first] == self->selected);

      /* Whole: on its side, else after, else before. */
      if (s->labelled && s->before && before_fits && may_turn)
        place_whole (mk, mirrored, before0, full, a - m->marker_radius, bar_end, &u0, &u1);
      else if (after_fits)
        place_whole (mk, mirrored, after0, full, a - m->marker_radius, bar_end, &u0, &u1);
      else if (before_fits && may_turn)
        place_whole (mk, mirrored, before0, full, a - m->marker_radius, bar_end, &u0, &u1);
      else if (mk->labelled && !mk->label_inside && !s->before && u1 > view1 + 0.5 && bar_end > view1)
        {
          /* Its bar runs on out of view: the label inside the part in view. */
          double in0 = MAX (a + m->marker_radius, view0) + m->label_pad;
          double in1 = MIN (bar_end - m->marker_radius, view1) - m->label_pad;

          if (in1 - in0 >= self->min_label)
            {
              mk->label_inside = TRUE;
              mk->label_width = MIN (full, in1 - in0);
              mk->label_x = mirrored ? -in0 - mk->label_width : in0;
              u0 = a - m->marker_radius;
              u1 = bar_end;
              mk->box_x0 = mirrored ? -u1 : u0;
              mk->box_x1 = mirrored ? -u0 : u1;
            }
        }

    next:
      /* A single's box is what it occupies at this scale (the stacking's, in days, is
       * at the level's). */
      if (s->count == 1)
        {
          mk->box_x0 = mirrored ? -u1 : u0;
          mk->box_x1 = mirrored ? -u0 : u1;
        }
      prev_u1 = u1;
    }

  /* Then a label still shortened takes what room its side has, next to what the row's
   * markers occupy now. */
  for (guint j = first_marker; j < self->markers->len; j++)
    {
      ChronicleMarker *mk = &markers[j];
      double full, r0, r1, l0, lim, room;

      if (mk->count != 1 || !mk->labelled || mk->label_inside)
        continue;
      full = self->label_widths != NULL ? self->label_widths[self->events[mk->first]] : 0;
      if (mk->label_width + 0.5 >= full)
        continue;
      r0 = MIN (sign * mk->box_x0, sign * mk->box_x1);
      r1 = MAX (sign * mk->box_x0, sign * mk->box_x1);
      l0 = mirrored ? -(mk->label_x + mk->label_width) : mk->label_x;
      if (l0 > sign * mk->anchor)
        {
          lim = view1;
          if (j + 1 < self->markers->len)
            {
              const ChronicleMarker *nb = &markers[j + 1];

              lim = MIN (lim, MIN (sign * nb->box_x0, sign * nb->box_x1) - (label_before (nb, mirrored) ? 2 : 1) * m->box_gap);
            }
          room = MIN (full - mk->label_width, lim - r1);
          if (room <= 0)
            continue;
          r1 += room;
          mk->label_width += room;
          if (mirrored)
            mk->label_x -= room;
        }
      else
        {
          lim = MAX (view0, (j > first_marker ? MAX (sign * markers[j - 1].box_x0, sign * markers[j - 1].box_x1) : first_u1) +
                              2 * m->box_gap);
          room = MIN (full - mk->label_width, r0 - lim);
          if (room <= 0)
            continue;
          r0 -= room;
          mk->label_width += room;
          if (!mirrored)
            mk->label_x -= room;
        }
      mk->box_x0 = mirrored ? -r1 : r0;
      mk->box_x1 = mirrored ? -r0 : r1;
    }
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
  double view_start, view_end, r, time_x0, time_x1;
  gboolean mirrored;
  guint last_row;
  const ChronicleSceneSlot *slots;

  g_return_val_if_fail (CHRONICLE_IS_SCENE (self), 0);
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (scale), 0);

  g_array_set_size (self->markers, 0);
  if (self->row_offsets == NULL)
    return 0;

  view_start = chronicle_time_scale_get_start (scale);
  view_end = chronicle_time_scale_get_end (scale);
  mirrored = chronicle_time_scale_get_mirrored (scale);
  time_x0 = chronicle_time_scale_get_origin (scale);
  time_x1 = time_x0 + chronicle_time_scale_get_width (scale);
  r = m->marker_radius;
  last_row = MIN (first_row + n_rows, self->n_rows);
  slots = (const ChronicleSceneSlot *) (gpointer) self->slots->data;

  for (guint row = first_row; row < last_row; row++)
    {
      guint lo = self->row_offsets[row], hi = self->row_offsets[row + 1];
      guint first_slot = first_ending_after (slots, lo, hi, view_start);
      guint first_marker = self->markers->len;

      for (guint i = first_slot; i < hi && slots[i].box0 < view_end; i++)
        {
          const ChronicleSceneSlot *s = &slots[i];
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
                  double in0 = mk.x0 + r + m->label_pad, in1 = mk.x1 - r - m->label_pad;
                  /* The part of the bar in view: the label starts there when the bar
                   * starts out of view, shortened (ellipsized) to what is left of it. */
                  double v0 = MAX (in0, time_x0 + m->label_pad), v1 = MIN (in1, time_x1 - m->label_pad);

                  mk.label_width = MIN (w, in1 - in0);
                  if (v1 - v0 >= MIN (mk.label_width, 4 * m->label_pad))
                    mk.label_width = MIN (mk.label_width, v1 - v0);
                  else
                    v0 = in0, v1 = in1;
                  mk.label_x = mirrored ? v1 - mk.label_width : v0;
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
      widen_in_view (self, scale, mirrored, first_marker, first_slot, lo, hi);
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
    if (self->row_of[k] == _CHRONICLE_SCENE_OVERFLOW_ROW)
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

  if (!_chronicle_scene_item_in_window (self, event, &k, &g) || !chronicle_scene_find_row (self, event, &row))
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
