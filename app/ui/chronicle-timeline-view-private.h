/* chronicle-timeline-view-private.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of the timeline view share: its instance struct and the functions
 * one part calls in another. The view is one class in five files along its seams:
 * chronicle-timeline-view.c (the widget: properties, session, layout, drawing),
 * -camera.c (what time is in view: animation, zoom, fit, showing an event),
 * -input.c (pointer, touch and keys: gestures, actions, tooltips, cluster popover),
 * -a11y.c (the event objects, roving focus, descriptions, geometry queries) and
 * -style.c (colours from the stylesheet and the text size). Nothing outside these
 * files includes this header. */

#pragma once

#include <adwaita.h>

#include "chronicle-marker-pool.h"
#include "chronicle-scene.h"
#include "chronicle-timeline-renderer.h"
#include "chronicle-timeline-view.h"

G_BEGIN_DECLS

struct _ChronicleTimelineView
{
  GtkWidget                  parent_instance;

  ChronicleDataset          *dataset;
  ChronicleLaneLayout       *layout;
  ChronicleTimeScale        *scale;
  ChronicleTimelineRenderer *renderer;
  ChronicleMatchSet         *matches;        /* what the filter keeps, held; NULL: all */
  ChronicleGroupBy           group_by;       /* as asked; lanes by kind when the data has no partners */
  gboolean                   names_partners; /* whether an event of the dataset names a partner */
  gboolean                   hide_filtered;
  double                     zoom;
  double                     applied_zoom;   /* the zoom the renderer's font was last set at */
  gboolean                   presenting;
  gboolean                   overview;       /* presenting the whole story (a title slide) */
  char                      *language;

  gint64                     selected;       /* store position, or -1 */
  gint                       hover_marker;   /* -1 when none */

  GskRenderNode             *content;
  int                        content_width;
  int                        content_height;

  GtkAdjustment             *hadjustment;
  GtkAdjustment             *vadjustment;
  guint                      hscroll_policy : 1;
  guint                      vscroll_policy : 1;

  /* Pointer and gestures */
  double                     pointer_x;
  double                     pointer_y;
  double                     drag_start_begin;
  double                     drag_start_end;
  double                     drag_last_x;
  gint64                     drag_last_time;
  double                     drag_velocity;  /* px per µs */
  gboolean                   range_dragging;
  double                     range_x0;
  double                     range_x1;
  gboolean                   has_range;
  double                     zoom_begin_start;
  double                     zoom_begin_end;
  double                     zoom_anchor_x;

  AdwAnimation              *animation;
  double                     anim_from_start, anim_from_end;
  double                     anim_to_start, anim_to_end;
  double                     anim_anchor;    /* fraction of the width kept still, or < 0 */
  double                     kinetic_velocity;

  GtkWidget                 *cluster_popover;
  gboolean                   fit_pending;    /* fit once the width is known */
  gboolean                   fit_view;       /* that fit is to the dataset's own view */

  ChronicleSession          *session;
  GSignalGroup              *session_signals;

  ChronicleMarkerPool       *markers;        /* the events as accessible, focusable objects */
  char                      *description;    /* what the canvas says it shows */
  guint                      describe_id;    /* its update, after the view settles */
  gboolean                   scene_dirty;    /* the renderer's scene needs laying out */
  gboolean                   markers_dirty;  /* the event objects need placing */
  int                        laid_width;     /* the size the scene was laid out for */
  int                        laid_height;
  guint                      tick_id;
};

/* One byte per event, nonzero where the filter keeps it; NULL: all are kept. Read from
 * the match set the view holds, never copied. */
static inline const guint8 *
_chronicle_timeline_view_get_mask (ChronicleTimelineView *self)
{
  return self->matches != NULL ? chronicle_match_set_get_mask (self->matches) : NULL;
}

/* chronicle-timeline-view.c */
ChronicleEventStore *_chronicle_timeline_view_get_store              (ChronicleTimelineView *self);
guint                _chronicle_timeline_view_get_n_events           (ChronicleTimelineView *self);
ChronicleEvent      *_chronicle_timeline_view_get_event              (ChronicleTimelineView *self,
                                                                      guint                  position);
gboolean             _chronicle_timeline_view_find                   (ChronicleTimelineView *self,
                                                                      ChronicleEvent        *event,
                                                                      guint                 *position);
void                 _chronicle_timeline_view_invalidate             (ChronicleTimelineView *self);
void                 _chronicle_timeline_view_configure_vadjustment  (ChronicleTimelineView *self);
void                 _chronicle_timeline_view_select_position        (ChronicleTimelineView *self,
                                                                      gint64                 position,
                                                                      gboolean               follow);
void                 _chronicle_timeline_view_emit_event_activated   (ChronicleTimelineView *self,
                                                                      ChronicleEvent        *event);
void                 _chronicle_timeline_view_emit_range_changed     (ChronicleTimelineView *self);
gboolean             _chronicle_timeline_view_hides_filtered         (ChronicleTimelineView *self);

/* chronicle-timeline-view-draw.c */
double               _chronicle_timeline_view_get_drawn_height       (ChronicleTimelineView *self);
void                 _chronicle_timeline_view_snapshot               (GtkWidget             *widget,
                                                                      GtkSnapshot           *snapshot);

/* chronicle-timeline-view-camera.c */
void                 _chronicle_timeline_view_animate_to             (ChronicleTimelineView *self,
                                                                      double                 start,
                                                                      double                 end,
                                                                      double                 anchor_fraction,
                                                                      gboolean               animate);
void                 _chronicle_timeline_view_zoom_about             (ChronicleTimelineView *self,
                                                                      double                 factor,
                                                                      double                 anchor_x,
                                                                      gboolean               animate);
void                 _chronicle_timeline_view_fit_content            (ChronicleTimelineView *self,
                                                                      gboolean               animate);

/* chronicle-timeline-view-input.c */
void                 _chronicle_timeline_view_class_init_input       (GtkWidgetClass        *widget_class);
void                 _chronicle_timeline_view_init_input             (ChronicleTimelineView *self);
void                 _chronicle_timeline_view_show_cluster           (ChronicleTimelineView *self,
                                                                      guint                  marker_index);

/* chronicle-timeline-view-a11y.c */
void                 _chronicle_timeline_view_init_markers           (ChronicleTimelineView *self);
void                 _chronicle_timeline_view_update_accessible      (ChronicleTimelineView *self);
void                 _chronicle_timeline_view_sync_markers           (ChronicleTimelineView *self,
                                                                      int                    width,
                                                                      int                    height);
void                 _chronicle_timeline_view_navigate               (ChronicleTimelineView *self,
                                                                      int                    direction);
gboolean             _chronicle_timeline_view_grab_focus             (GtkWidget             *widget);
gboolean             _chronicle_timeline_view_focus                  (GtkWidget             *widget,
                                                                      GtkDirectionType       direction);

/* chronicle-timeline-view-style.c */
double               _chronicle_timeline_view_get_effective_zoom     (ChronicleTimelineView *self);
void                 _chronicle_timeline_view_update_style           (ChronicleTimelineView *self);
void                 _chronicle_timeline_view_css_changed            (GtkWidget             *widget,
                                                                      GtkCssStyleChange     *change);

G_END_DECLS
