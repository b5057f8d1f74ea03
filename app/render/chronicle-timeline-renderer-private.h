/* chronicle-timeline-renderer-private.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the renderer's files share: the instance struct (the renderer is one object
 * drawn by several files, each a layer), the small geometry every layer needs, as
 * inline functions, and the cross-file helpers. Nothing outside app/render includes it. */

#pragma once

#include <math.h>

#include "chronicle-time-scale-ticks.h"
#include "chronicle-timeline-renderer.h"

G_BEGIN_DECLS

typedef struct
{
  ChronicleColor   color;
  ChronicleShape   shape;
  cairo_surface_t *sprites[2];   /* drawn shape, matching and dimmed; lazily */
} KindLook;

struct _ChronicleTimelineRenderer
{
  GObject                 parent_instance;

  ChronicleDataset       *dataset;
  ChronicleLaneLayout    *layout;
  ChronicleTimeScale     *scale;
  ChronicleScene         *scene;
  float                  *label_widths;   /* per event, for this font and language; NULL: to measure */
  guint                   n_label_widths;
  const guint8           *mask;      /* owned by the caller; NULL: everything matches */
  GHashTable             *kind_looks; /* event kind pointer → KindLook */
  GHashTable             *level_bands; /* level name → band index + 1 */
  GHashTable             *badges;      /* N → PangoLayout of "+N", kept until the font changes */
  GHashTable             *labels;      /* event + 1 → its title's PangoLayout, for this font and language */
  char                   *language;
  GArray                 *ticks;       /* the axis's ChronicleTimeScaleTicks, from layout */
  ChronicleTickStep       tick_step;
  GHashTable             *tick_widths; /* tick label → its width in small_font; lazily */

  ChronicleTimelineStyle  style;
  PangoContext           *pango;
  PangoLayout            *text;
  PangoLayout            *ellipsis;       /* "…", for labels cut short; lazily */
  PangoFontDescription   *font;
  PangoFontDescription   *small_font;
  PangoFontDescription   *bold_font;
  double                  em;
  double                  zoom;
  double                  scroll_y;
  guint                   row_budget_override;   /* > 0: stack with this many rows */
  double                  legend_h;       /* the legend strip's height, cached… */
  double                  legend_width;   /* …for this width; < 0: to measure again */
  double                  reading_first;  /* a file's opening view (set_reading_range()) */
  double                  reading_end;
  double                  gutter;         /* the lane names' column, wide enough for them; < 0: to measure */
  double                  gutter_whole;   /* …wide enough for each on one line (measured with it) */
  double                  width;
  double                  height;
};

static inline void
set_source (cairo_t              *cr,
            const ChronicleColor *c,
            double                alpha)
{
  chronicle_color_set_source (cr, c, alpha);
}

static inline double
bottom_room (ChronicleTimelineRenderer *self)
{
  return round (self->em * 0.6);
}

static inline guint
n_lanes (ChronicleTimelineRenderer *self)
{
  return self->layout != NULL ? chronicle_lane_layout_get_n_groups (self->layout) : 0;
}


static inline double
row_top (ChronicleTimelineRenderer *self,
         guint                      row)
{
  return chronicle_timeline_renderer_get_axis_height (self) +
         row * chronicle_timeline_renderer_get_row_height (self) - self->scroll_y;
}

/* The top of a lane's first row. */
static inline double
group_top (ChronicleTimelineRenderer *self,
           guint                      group)
{
  return row_top (self, chronicle_scene_get_group (self->scene, group)->first_row);
}

/* Where time is drawn: right of the lane names' gutter (left of it, right to left). */
static inline double
time_x0 (ChronicleTimelineRenderer *self)
{
  return chronicle_time_scale_get_origin (self->scale);
}

static inline double
time_x1 (ChronicleTimelineRenderer *self)
{
  return chronicle_time_scale_get_origin (self->scale) + chronicle_time_scale_get_width (self->scale);
}

static inline double
marker_size (ChronicleTimelineRenderer *self)
{
  return round (self->em * 0.95);
}

static inline gboolean
rtl (ChronicleTimelineRenderer *self)
{
  return chronicle_time_scale_get_mirrored (self->scale);
}

/* The x range a span of days covers, left to right whichever way time flows. */
static inline void
span_x (ChronicleTimelineRenderer *self,
        double                     first_day,
        double                     end_day,
        double                    *x0,
        double                    *x1)
{
  double a = chronicle_time_scale_to_x (self->scale, first_day);
  double b = chronicle_time_scale_to_x (self->scale, end_day);

  *x0 = MIN (a, b);
  *x1 = MAX (a, b);
}

static inline int
text_width (ChronicleTimelineRenderer  *self,
            const PangoFontDescription *font,
            const char                 *text)
{
  int w;

  pango_layout_set_font_description (self->text, font);
  pango_layout_set_width (self->text, -1);
  pango_layout_set_text (self->text, text, -1);
  pango_layout_get_pixel_size (self->text, &w, NULL);
  return w;
}

static inline const char *
event_title (ChronicleTimelineRenderer *self,
             ChronicleEvent            *event)
{
  return chronicle_event_get_translated (event, self->language, "title");
}

void         _chronicle_kind_look_free         (gpointer                    data);
void         _chronicle_timeline_draw_text     (ChronicleTimelineRenderer  *self,
                                                cairo_t                    *cr,
                                                const PangoFontDescription *font,
                                                const char                 *text,
                                                double                      x,
                                                double                      y,
                                                double                      max_width,
                                                const ChronicleColor       *color,
                                                double                      alpha,
                                                int                        *width_out);
const char  *_chronicle_timeline_lane_label    (ChronicleTimelineRenderer  *self,
                                                guint                       group,
                                                char                      **owner);
char       **_chronicle_timeline_lane_name_lines (PangoContext               *pango,
                                                  const PangoFontDescription *font,
                                                  const char                 *label,
                                                  double                      width,
                                                  int                         lines);
PangoLayout *_chronicle_timeline_badge_layout  (ChronicleTimelineRenderer  *self,
                                                guint                       count);
void         _chronicle_timeline_draw_markers  (ChronicleTimelineRenderer  *self,
                                                cairo_t                    *cr);
void         _chronicle_timeline_draw_eras     (ChronicleTimelineRenderer  *self,
                                                cairo_t                    *cr);
void         _chronicle_timeline_draw_lanes    (ChronicleTimelineRenderer  *self,
                                                cairo_t                    *cr);
void         _chronicle_timeline_compute_ticks (ChronicleTimelineRenderer  *self);
void         _chronicle_timeline_draw_ticks    (ChronicleTimelineRenderer  *self,
                                                cairo_t                    *cr,
                                                gboolean                    labels);
void         _chronicle_timeline_draw_axis     (ChronicleTimelineRenderer  *self,
                                                cairo_t                    *cr);
void         _chronicle_timeline_draw_headers  (ChronicleTimelineRenderer  *self,
                                                cairo_t                    *cr);
double       _chronicle_timeline_legend_height (ChronicleTimelineRenderer  *self);
void         _chronicle_timeline_draw_legend   (ChronicleTimelineRenderer  *self,
                                                cairo_t                    *cr);

G_END_DECLS
