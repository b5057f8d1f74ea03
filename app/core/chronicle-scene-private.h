/* chronicle-scene-private.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-scene.h"

G_BEGIN_DECLS

/* What ChronicleScene's three files share: the object's fields, the stacked slots, and
 * the row-stacking entry points. chronicle-scene.c owns the object, its inputs and the
 * sharing of rows between groups (with the label caps); chronicle-scene-rows.c places
 * one group's boxes into rows and makes its "+N" badges; chronicle-scene-frame.c turns
 * the stacking into the markers of one frame and hit-tests them. */

#define _CHRONICLE_SCENE_OVERFLOW_ROW G_MAXUINT

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
  float  label_w;    /* the room its label is drawn in (ellipsized when narrower) */
  guint8 labelled;
  guint8 inside;
  guint8 before;     /* the label is before its marker */
} ChronicleSceneSlot;

typedef struct
{
  double a;
  double b;
} ChronicleSceneInterval;

/* While stacking a group: a row's last box of the current tier, and the box it
 * would take with its label turned before its marker (when that fits the row). */
typedef struct
{
  guint  last;       /* item, or G_MAXUINT */
  double turn0;      /* the turned box */
  double turn1;
  gboolean can_turn;
} ChronicleSceneRowEnd;

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
  double                extent0;       /* the days the matched items cover (all, if none) */
  double                extent1;

  const float          *label_widths;  /* per event, borrowed; NULL: no labels */
  const guint8         *mask;          /* borrowed; NULL: all match */
  gint64                selected;
  ChronicleSceneMetrics metrics;
  gboolean              no_turning;    /* labels stay after their markers (presenting) */
  double                limit0;        /* labels do not reach before it; -G_MAXDOUBLE: none */
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
  guint8               *item_before;   /* per placed item: its label is before its marker */
  float                *item_w;        /* per placed item: its label's room, capped */
  ChronicleSceneGroup  *groups;
  guint                 n_rows;
  guint                *row_group;     /* n_rows */
  guint                *row_offsets;   /* n_rows + 1, into slots; NULL: no stacking */
  GArray               *slots;         /* ChronicleSceneSlot */

  guint                *matched_prefix; /* n_items + 1: matches among items before k */

  /* While stacking: the level's scale, the group's label cap (pixels), the days labels
   * stay within (lim0, lim1), the narrowest label worth drawing (pixels). */
  double                dpp;
  double                cap;
  double                lim0;
  double                lim1;
  double                min_label;
  gboolean              past_end;      /* a label may run past the end rather than into a badge */
  gboolean              counting;      /* only the rows needed matter: stop when they run out */
  gboolean              uncap_matched; /* this group's few matches keep their whole labels */

  /* Scratch, reused: the placed items of a group (sorted), then by row; rows. */
  GArray               *placed_items;  /* guint */
  guint                *order;
  GArray               *cur_end;       /* double per row */
  GArray               *pointers;      /* guint per row */
  GArray               *n_earlier;     /* guint per row: its boxes from earlier tiers */
  GArray               *row_ends;      /* ChronicleSceneRowEnd per row */
  GPtrArray            *placed;        /* per row: GArray of Interval from earlier tiers */

  GArray               *markers;       /* ChronicleMarker, reused every frame */
};

/* The first item in [@lo, @hi) starting on or after @day (items sorted by start). */
static inline guint
_chronicle_scene_first_starting_from (const double *starts,
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

guint _chronicle_scene_stack_group         (ChronicleScene *self,
                                            guint           g,
                                            guint           cap,
                                            guint          *n_overflow);
void  _chronicle_scene_append_single       (ChronicleScene *self,
                                            guint           k);
void  _chronicle_scene_cluster_row         (ChronicleScene *self,
                                            guint           g);
void  _chronicle_scene_widen_row           (ChronicleScene *self,
                                            guint           first,
                                            guint           end);
guint _chronicle_scene_group_of            (ChronicleScene *self,
                                            guint           k);
gboolean _chronicle_scene_item_in_window   (ChronicleScene *self,
                                            guint           event,
                                            guint          *item,
                                            guint          *group);

G_END_DECLS
