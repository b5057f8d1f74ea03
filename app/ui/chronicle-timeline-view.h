/* chronicle-timeline-view.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "chronicle-dataset.h"
#include "chronicle-lane-layout.h"
#include "chronicle-session.h"
#include "chronicle-time-scale.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_TIMELINE_VIEW (chronicle_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleTimelineView, chronicle_timeline_view, CHRONICLE, TIMELINE_VIEW, GtkWidget)

GtkWidget          *chronicle_timeline_view_new                (void);
ChronicleSession   *chronicle_timeline_view_get_session        (ChronicleTimelineView *self);
void                chronicle_timeline_view_set_session        (ChronicleTimelineView *self,
                                                                ChronicleSession      *session);
void                chronicle_timeline_view_set_dataset        (ChronicleTimelineView *self,
                                                                ChronicleDataset      *dataset);
ChronicleDataset   *chronicle_timeline_view_get_dataset        (ChronicleTimelineView *self);
void                chronicle_timeline_view_set_match_set      (ChronicleTimelineView *self,
                                                                ChronicleMatchSet     *matches);
ChronicleEvent     *chronicle_timeline_view_get_selected_event (ChronicleTimelineView *self);
gboolean            chronicle_timeline_view_has_range          (ChronicleTimelineView *self);
void                chronicle_timeline_view_set_selected_event (ChronicleTimelineView *self,
                                                                ChronicleEvent        *event);
ChronicleGroupBy    chronicle_timeline_view_get_group_by       (ChronicleTimelineView *self);
void                chronicle_timeline_view_set_group_by       (ChronicleTimelineView *self,
                                                                ChronicleGroupBy       group_by);
gboolean            chronicle_timeline_view_can_group_by       (ChronicleTimelineView *self,
                                                                ChronicleGroupBy       group_by);
gboolean            chronicle_timeline_view_get_hide_filtered  (ChronicleTimelineView *self);
void                chronicle_timeline_view_set_hide_filtered  (ChronicleTimelineView *self,
                                                                gboolean               hide);
double              chronicle_timeline_view_get_zoom           (ChronicleTimelineView *self);
double              chronicle_widget_get_font_pixels           (GtkWidget             *widget);
void                chronicle_timeline_view_set_zoom           (ChronicleTimelineView *self,
                                                                double                 zoom);
void                chronicle_timeline_view_set_presenting     (ChronicleTimelineView *self,
                                                                gboolean               presenting);
void                chronicle_timeline_view_set_overview       (ChronicleTimelineView *self,
                                                                gboolean               overview);
void                chronicle_timeline_view_set_language       (ChronicleTimelineView *self,
                                                                const char            *language);
ChronicleTimeScale *chronicle_timeline_view_get_time_scale     (ChronicleTimelineView *self);
void                chronicle_timeline_view_show_range         (ChronicleTimelineView *self,
                                                                double                 start,
                                                                double                 end,
                                                                gboolean               animate);
void                chronicle_timeline_view_show_event_within  (ChronicleTimelineView *self,
                                                                ChronicleEvent        *event,
                                                                double                 x_min,
                                                                double                 x_max);
void                chronicle_timeline_view_show_event         (ChronicleTimelineView *self,
                                                                ChronicleEvent        *event,
                                                                double                 context_days,
                                                                gboolean               animate);
void                chronicle_timeline_view_present_event      (ChronicleTimelineView *self,
                                                                ChronicleEvent        *event,
                                                                double                 start,
                                                                double                 end,
                                                                gboolean               animate);
gboolean            chronicle_timeline_view_get_event_row      (ChronicleTimelineView *self,
                                                                ChronicleEvent        *event,
                                                                double                *top,
                                                                double                *height);
gboolean            chronicle_timeline_view_get_marker_bounds  (ChronicleTimelineView *self,
                                                                ChronicleEvent        *event,
                                                                graphene_rect_t       *bounds);
double              chronicle_timeline_view_get_label_width    (ChronicleTimelineView *self,
                                                                ChronicleEvent        *event);
double              chronicle_timeline_view_get_header_end     (ChronicleTimelineView *self,
                                                                ChronicleEvent        *event);
guint               chronicle_timeline_view_count_visible      (ChronicleTimelineView *self,
                                                                gboolean               matching_only);

G_END_DECLS
