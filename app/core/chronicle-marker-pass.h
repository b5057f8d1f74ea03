/* chronicle-marker-pass.h
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
 * ChronicleMarker:
 * @x0: left edge in pixels
 * @x1: right edge, ≥ @x0
 * @anchor: where the first item starts: @x0, or @x1 when time flows right to left
 * @row: the row, counted over all groups
 * @first: the first item, as an index into the row-sorted item list
 * @count: how many items it stands for: 1 for a single event, more for a cluster
 * @n_matched: how many of them the filter lets through
 *
 * What the timeline draws at one place in one row: one event, or a cluster of
 * events too close together to draw apart.
 */
typedef struct
{
  double x0;
  double x1;
  double anchor;
  guint  row;
  guint  first;
  guint  count;
  guint  n_matched;
} ChronicleMarker;

#define CHRONICLE_TYPE_MARKER_PASS (chronicle_marker_pass_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleMarkerPass, chronicle_marker_pass, CHRONICLE, MARKER_PASS, GObject)

ChronicleMarkerPass   *chronicle_marker_pass_new          (void);
void                   chronicle_marker_pass_set_layout   (ChronicleMarkerPass *self,
                                                           ChronicleLaneLayout *layout,
                                                           ChronicleEventStore *store);
void                   chronicle_marker_pass_set_mask     (ChronicleMarkerPass *self,
                                                           const guint8        *mask);
guint                  chronicle_marker_pass_compute      (ChronicleMarkerPass *self,
                                                           ChronicleTimeScale  *scale,
                                                           guint                first_row,
                                                           guint                n_rows,
                                                           double               min_gap);
const ChronicleMarker *chronicle_marker_pass_get_markers  (ChronicleMarkerPass *self,
                                                           guint               *n_markers);
guint                  chronicle_marker_pass_get_event    (ChronicleMarkerPass *self,
                                                           guint                sorted_item);
gboolean               chronicle_marker_pass_find         (ChronicleMarkerPass *self,
                                                           double               x,
                                                           guint                row,
                                                           double               slack,
                                                           guint               *marker);
gboolean               chronicle_marker_pass_find_event   (ChronicleMarkerPass *self,
                                                           guint                event,
                                                           guint               *marker);

gboolean               chronicle_navigation_step          (guint                n_events,
                                                           const guint8        *mask,
                                                           gint64               current,
                                                           int                  direction,
                                                           guint               *next);

G_END_DECLS
