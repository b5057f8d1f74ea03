/* chronicle-scene.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "chronicle-lane-layout.h"
#include "chronicle-time-scale.h"

G_BEGIN_DECLS

/**
 * ChronicleSceneMetrics:
 * @marker_radius: half a marker, in pixels
 * @label_gap: between a marker (or a bar's end) and its label
 * @box_gap: the least room between two boxes in a row
 * @label_pad: a label inside a bar keeps this much from the bar's ends
 * @badge_base: a "+N" badge's width without its digits
 * @badge_digit: the width of one digit of a badge
 *
 * Sizes the stacking works with, in pixels (the renderer's, from its font).
 */
typedef struct
{
  double marker_radius;
  double label_gap;
  double box_gap;
  double label_pad;
  double badge_base;
  double badge_digit;
} ChronicleSceneMetrics;

/**
 * ChronicleSceneGroup:
 * @first_row: its first row, counted over all groups
 * @n_rows: the rows it was given
 * @n_needed: the rows its boxes need at this zoom (at most the budget)
 * @overflow: its last row holds "+N" badges: rows ran out
 */
typedef struct
{
  guint    first_row;
  guint    n_rows;
  guint    n_needed;
  gboolean overflow;
} ChronicleSceneGroup;

/**
 * ChronicleMarker:
 * @x0: the marker's (or bar's, or badge's events') left edge in pixels
 * @x1: its right edge, ≥ @x0
 * @anchor: where the first event starts: @x0, or @x1 when time flows right to left
 * @box_x0: the left edge of all it occupies, label or badge included
 * @box_x1: the right edge of all it occupies
 * @label_x: where its label starts (left edge), when @labelled
 * @label_width: the room for its label, when @labelled
 * @row: the row, counted over all groups
 * @first: the item of its first event (chronicle_scene_get_event())
 * @last: the item of its last event
 * @count: how many events: 1 for a single event, more for a "+N" badge
 * @n_matched: how many of them the filter lets through
 * @labelled: a single event whose label is drawn
 * @label_inside: the label sits inside the event's bar
 *
 * What the timeline draws at one place in one row.
 */
typedef struct
{
  double   x0;
  double   x1;
  double   anchor;
  double   box_x0;
  double   box_x1;
  double   label_x;
  double   label_width;
  guint    row;
  guint    first;
  guint    last;
  guint    count;
  guint    n_matched;
  gboolean labelled;
  gboolean label_inside;
} ChronicleMarker;

#define CHRONICLE_TYPE_SCENE (chronicle_scene_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleScene, chronicle_scene, CHRONICLE, SCENE, GObject)

ChronicleScene            *chronicle_scene_new                (void);
void                       chronicle_scene_set_layout         (ChronicleScene              *self,
                                                               ChronicleLaneLayout         *layout,
                                                               ChronicleEventStore         *store);
void                       chronicle_scene_set_label_widths   (ChronicleScene              *self,
                                                               const float                 *widths);
void                       chronicle_scene_set_metrics        (ChronicleScene              *self,
                                                               const ChronicleSceneMetrics *metrics);
void                       chronicle_scene_set_mask           (ChronicleScene              *self,
                                                               const guint8                *mask);
void                       chronicle_scene_set_selected       (ChronicleScene              *self,
                                                               gint64                       event);
void                       chronicle_scene_set_limits         (ChronicleScene              *self,
                                                               double                       first_day,
                                                               double                       end_day);
void                       chronicle_scene_set_turning        (ChronicleScene              *self,
                                                               gboolean                     turning);
int                        chronicle_scene_zoom_level         (double                       days_per_pixel);
double                     chronicle_scene_level_days_per_pixel (int                        level);
void                       chronicle_scene_stack              (ChronicleScene              *self,
                                                               double                       days_per_pixel,
                                                               guint                        budget,
                                                               double                       view_start,
                                                               double                       view_end);
guint                      chronicle_scene_get_n_rows         (ChronicleScene              *self);
guint                      chronicle_scene_get_n_groups       (ChronicleScene              *self);
const ChronicleSceneGroup *chronicle_scene_get_group          (ChronicleScene              *self,
                                                               guint                        group);
guint                      chronicle_scene_get_row_group      (ChronicleScene              *self,
                                                               guint                        row);
gboolean                   chronicle_scene_find_row           (ChronicleScene              *self,
                                                               guint                        event,
                                                               guint                       *row);
gboolean                   chronicle_scene_is_labelled        (ChronicleScene              *self,
                                                               guint                        event);
guint                      chronicle_scene_compute            (ChronicleScene              *self,
                                                               ChronicleTimeScale          *scale,
                                                               guint                        first_row,
                                                               guint                        n_rows);
const ChronicleMarker     *chronicle_scene_get_markers        (ChronicleScene              *self,
                                                               guint                       *n_markers);
guint                      chronicle_scene_get_event          (ChronicleScene              *self,
                                                               guint                        item);
guint                      chronicle_scene_get_marker_events  (ChronicleScene              *self,
                                                               guint                        marker,
                                                               guint                       *events,
                                                               guint                        max);
gboolean                   chronicle_scene_find               (ChronicleScene              *self,
                                                               double                       x,
                                                               guint                        row,
                                                               double                       slack,
                                                               guint                       *marker);
gboolean                   chronicle_scene_find_event         (ChronicleScene              *self,
                                                               guint                        event,
                                                               guint                       *marker);

gboolean                   chronicle_navigation_step          (guint                        n_events,
                                                               const guint8                *mask,
                                                               gint64                       current,
                                                               int                          direction,
                                                               guint                       *next);

G_END_DECLS
