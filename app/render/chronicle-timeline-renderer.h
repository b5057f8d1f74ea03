/* chronicle-timeline-renderer.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "chronicle-dataset.h"
#include "chronicle-lane-layout.h"
#include "chronicle-scene.h"
#include "chronicle-shape.h"
#include "chronicle-time-scale.h"
#include "chronicle-time-scale-ticks.h"
#include "chronicle-timeline-style.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_TIMELINE_RENDERER (chronicle_timeline_renderer_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleTimelineRenderer, chronicle_timeline_renderer, CHRONICLE, TIMELINE_RENDERER, GObject)

ChronicleTimelineRenderer *chronicle_timeline_renderer_new              (void);
void                       chronicle_timeline_renderer_set_data         (ChronicleTimelineRenderer    *self,
                                                                         ChronicleDataset             *dataset,
                                                                         ChronicleLaneLayout          *layout,
                                                                         const guint8                 *mask);
void                       chronicle_timeline_renderer_set_mask         (ChronicleTimelineRenderer    *self,
                                                                         const guint8                 *mask);
void                       chronicle_timeline_renderer_set_scale        (ChronicleTimelineRenderer    *self,
                                                                         ChronicleTimeScale           *scale);
void                       chronicle_timeline_renderer_set_style        (ChronicleTimelineRenderer    *self,
                                                                         const ChronicleTimelineStyle *style);
void                       chronicle_timeline_renderer_set_font         (ChronicleTimelineRenderer    *self,
                                                                         PangoContext                 *context,
                                                                         double                        zoom);
void                       chronicle_timeline_renderer_set_language     (ChronicleTimelineRenderer    *self,
                                                                         const char                   *language);
void                       chronicle_timeline_renderer_set_selected     (ChronicleTimelineRenderer    *self,
                                                                         gint64                        event);
void                       chronicle_timeline_renderer_set_scroll       (ChronicleTimelineRenderer    *self,
                                                                         double                        scroll_y);
void                       chronicle_timeline_renderer_set_size         (ChronicleTimelineRenderer    *self,
                                                                         double                        width,
                                                                         double                        height);
double                     chronicle_timeline_renderer_get_axis_height  (ChronicleTimelineRenderer    *self);
double                     chronicle_timeline_renderer_get_row_height   (ChronicleTimelineRenderer    *self);
double                     chronicle_timeline_renderer_get_content_height (ChronicleTimelineRenderer  *self);
double                     chronicle_timeline_renderer_get_needed_height (ChronicleTimelineRenderer   *self);
double                     chronicle_timeline_renderer_get_row_y        (ChronicleTimelineRenderer    *self,
                                                                         guint                         row);
ChronicleScene            *chronicle_timeline_renderer_get_scene        (ChronicleTimelineRenderer    *self);
const ChronicleTimeScaleTick *chronicle_timeline_renderer_get_ticks     (ChronicleTimelineRenderer    *self,
                                                                         guint                        *n_ticks,
                                                                         ChronicleTickStep            *step);
void                       chronicle_timeline_renderer_layout           (ChronicleTimelineRenderer    *self,
                                                                         double                        width,
                                                                         double                        height);
void                       chronicle_timeline_renderer_draw_scene       (ChronicleTimelineRenderer    *self,
                                                                         cairo_t                      *cr);
void                       chronicle_timeline_renderer_draw             (ChronicleTimelineRenderer    *self,
                                                                         cairo_t                      *cr,
                                                                         double                        width,
                                                                         double                        height);
void                       chronicle_timeline_renderer_draw_highlight   (ChronicleTimelineRenderer    *self,
                                                                         cairo_t                      *cr,
                                                                         guint                         marker,
                                                                         gboolean                      selected);
gboolean                   chronicle_timeline_renderer_hit              (ChronicleTimelineRenderer    *self,
                                                                         double                        x,
                                                                         double                        y,
                                                                         guint                        *marker);
gboolean                   chronicle_timeline_renderer_marker_rect      (ChronicleTimelineRenderer    *self,
                                                                         guint                         marker,
                                                                         cairo_rectangle_t            *rect);
double                     chronicle_timeline_renderer_get_label_width  (ChronicleTimelineRenderer    *self,
                                                                         ChronicleEvent               *event);
double                     chronicle_timeline_renderer_get_gutter       (ChronicleTimelineRenderer    *self);
char                      *chronicle_timeline_renderer_get_lane_name_at (ChronicleTimelineRenderer    *self,
                                                                         double                        x,
                                                                         double                        y);
double                     chronicle_timeline_renderer_get_header_end   (ChronicleTimelineRenderer    *self,
                                                                         guint                         group);
void                       chronicle_timeline_renderer_set_reading_range (ChronicleTimelineRenderer  *self,
                                                                         double                        first_day,
                                                                         double                        end_day);
void                       chronicle_timeline_renderer_set_row_budget   (ChronicleTimelineRenderer    *self,
                                                                         guint                         budget);
guint                      chronicle_timeline_renderer_paginate_rows    (ChronicleTimelineRenderer    *self,
                                                                         double                        height,
                                                                         GArray                       *first_rows);
void                       chronicle_timeline_renderer_draw_rows        (ChronicleTimelineRenderer    *self,
                                                                         cairo_t                      *cr,
                                                                         double                        width,
                                                                         double                        height,
                                                                         guint                         first_row,
                                                                         guint                         end_row);

G_END_DECLS
