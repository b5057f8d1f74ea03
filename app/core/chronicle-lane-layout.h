/* chronicle-lane-layout.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "chronicle-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  CHRONICLE_GROUP_BY_KIND,
  CHRONICLE_GROUP_BY_PARTNER,
} ChronicleGroupBy;

/**
 * ChronicleLaneGroup:
 * @key: the kind or partner id; %NULL for events with no partner
 * @label: what the lane header says
 * @first_row: the group's first row, counted over all groups
 * @n_rows: rows the group needs so its items never overlap
 * @n_items: items in the group
 */
typedef struct
{
  const char *key;
  const char *label;
  guint       first_row;
  guint       n_rows;
  guint       n_items;
} ChronicleLaneGroup;

/**
 * ChronicleLaneItem:
 * @event: the event's position in the store
 * @group: its group
 * @row: its row, counted over all groups
 *
 * One marker. Grouped by partner, an event with two partners is two items.
 */
typedef struct
{
  guint event;
  guint group;
  guint row;
} ChronicleLaneItem;

#define CHRONICLE_TYPE_LANE_LAYOUT (chronicle_lane_layout_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleLaneLayout, chronicle_lane_layout, CHRONICLE, LANE_LAYOUT, GObject)

ChronicleLaneLayout      *chronicle_lane_layout_new         (void);
void                      chronicle_lane_layout_compute     (ChronicleLaneLayout *self,
                                                             ChronicleDataset    *dataset,
                                                             const guint8        *mask,
                                                             ChronicleGroupBy     group_by,
                                                             gint64               min_days);
ChronicleGroupBy          chronicle_lane_layout_get_group_by (ChronicleLaneLayout *self);
guint                     chronicle_lane_layout_get_n_groups (ChronicleLaneLayout *self);
const ChronicleLaneGroup *chronicle_lane_layout_get_group   (ChronicleLaneLayout *self,
                                                             guint                i);
guint                     chronicle_lane_layout_get_n_rows  (ChronicleLaneLayout *self);
guint                     chronicle_lane_layout_get_n_items (ChronicleLaneLayout *self);
const ChronicleLaneItem  *chronicle_lane_layout_get_items   (ChronicleLaneLayout *self);
gboolean                  chronicle_lane_layout_find_item   (ChronicleLaneLayout *self,
                                                             guint                event,
                                                             guint               *item);

G_END_DECLS
