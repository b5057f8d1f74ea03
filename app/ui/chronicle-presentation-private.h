/* chronicle-presentation-private.h — what presentation mode's files share
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-presentation.h"
#include "chronicle-session.h"
#include "chronicle-timeline-view.h"

G_BEGIN_DECLS

/* The presentation's state, shared by chronicle-presentation.c (slides, framing) and
 * chronicle-presentation-keys.c (keys, autoplay); no other file touches it. */
#define DEFAULT_AUTOPLAY_SECONDS 8
#define MIN_AUTOPLAY_SECONDS     2
#define MAX_AUTOPLAY_SECONDS     30

#define TITLE_STEP               (-1)   /* the title slide comes before the events */

struct _ChroniclePresentation
{
  GtkWidget              parent_instance;

  ChronicleTimelineView *timeline_view;
  ChronicleSession      *session;        /* while presenting: a reload is followed */
  gulong                 dataset_id;
  ChronicleDataset      *dataset;
  char                  *language;
  GtkEventController    *keys;           /* on the root, in the capture phase */
  GtkWidget             *keys_root;
  GtkCssProvider        *text_css;       /* the caption's text size, from the height */
  int                    text_height;
  double                 text_scale;     /* < 1 when the caption's text had to get smaller */
  guint                  fits;           /* text size changes since the caption's text changed */
  gboolean               presenting;
  GArray                *steps;          /* store positions, in time order, the filter's */
  int                    step;           /* TITLE_STEP, or an index into steps */
  gint64                 story_first;    /* the steps' extent, for the story strip */
  gint64                 story_end;
  double                 camera_span;    /* days the last step showed, 0 after the title */
  GtkWidget             *scroller;       /* the timeline's, whose bottom margin we set */
  int                    scroller_margin;  /* what it had before presenting */
  int                    free_height;    /* the caption's top: the timeline is above it */
  guint                  margin_idle_id;
  guint                  scroll_idle_id;
  guint                  reframe_id;     /* a tick callback on the timeline view */
  gboolean               scroll_pending; /* the presented row is to be brought to the middle */
  guint                  autoplay_id;
  guint                  autoplay_seconds;
  guint                  autoplay_interval;  /* ms; 0: autoplay_seconds */

  /* Template widgets */
  GtkWidget             *caption;      /* a ChroniclePresentationCaption */
  GtkWidget             *story_strip;
  GtkLabel              *progress_label;
  GtkWidget             *blank;
};

void     _chronicle_presentation_show_step       (ChroniclePresentation *self,
                                                  int                    step);
void     _chronicle_presentation_update_progress (ChroniclePresentation *self);
void     _chronicle_presentation_stop_autoplay   (ChroniclePresentation *self);
void     _chronicle_presentation_start_autoplay  (ChroniclePresentation *self);
gboolean _chronicle_presentation_key_pressed     (ChroniclePresentation *self,
                                                  guint                  keyval,
                                                  guint                  keycode,
                                                  GdkModifierType        state,
                                                  GtkEventControllerKey *controller);

void _chronicle_presentation_camera_for_step (ChronicleTimelineView *view,
                                              ChronicleEventStore   *store,
                                              GArray                *steps,
                                              int                    step,
                                              double                 held,
                                              double                *start,
                                              double                *end);

void _chronicle_presentation_draw_strip      (cairo_t               *cr,
                                              int                    width,
                                              int                    height,
                                              ChronicleTimeScale    *scale,
                                              ChronicleEventStore   *store,
                                              GArray                *steps,
                                              int                    step,
                                              gint64                 first,
                                              gint64                 end);

void _chronicle_presentation_collect_steps  (ChronicleEventStore   *store,
                                             ChronicleMatchSet     *matches,
                                             GArray                *steps,
                                             gint64                *first,
                                             gint64                *end);

int  _chronicle_presentation_find_step      (ChronicleEventStore   *store,
                                             GArray                *steps,
                                             const char            *id);

G_END_DECLS
