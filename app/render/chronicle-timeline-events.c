/* chronicle-timeline-events.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The events of the scene: each marker as its kind's shape (from a per-kind sprite on
 * raster targets, as paths on vector ones), range bars with fuzzy ends for month- or
 * year-precision dates, "+N" badges, and labels laid out once per title and font.
 * Part of ChronicleTimelineRenderer; what to draw comes from the scene's markers. */

#define G_LOG_DOMAIN "chronicle-timeline-renderer"

#include "config.h"

#include "chronicle-timeline-renderer-private.h"

#include <math.h>
#include <pango/pangocairo.h>

void
_chronicle_kind_look_free (gpointer data)
{
  KindLook *look = data;

  g_clear_pointer (&look->sprites[0], cairo_surface_destroy);
  g_clear_pointer (&look->sprites[1], cairo_surface_destroy);
  g_free (look);
}

static KindLook *
look_for (ChronicleTimelineRenderer *self,
          const char                *kind)
{
  KindLook *look = g_hash_table_lookup (self->kind_looks, kind);

  if (look == NULL)
    {
      const ChronicleKind *k = chronicle_dataset_find_kind (self->dataset, kind);

      look = g_new0 (KindLook, 1);
      look->color = chronicle_color_parse (k ? k->color : NULL);
      look->shape = chronicle_shape_from_name (k ? k->shape : NULL);
      /* Lighten on dark backgrounds so markers keep their contrast. */
      if (self->style.dark)
        {
          look->color.red = look->color.red * 0.7 + 0.3;
          look->color.green = look->color.green * 0.7 + 0.3;
          look->color.blue = look->color.blue * 0.7 + 0.3;
        }
      g_hash_table_insert (self->kind_looks, (gpointer) kind, look);
    }
  return look;
}

static void draw_shape (ChronicleTimelineRenderer *self, cairo_t *cr, KindLook *look,
                        double cx, double cy, gboolean dimmed);

static gboolean
is_fuzzy (const ChronicleDate *date)
{
  return date->precision < CHRONICLE_PRECISION_DAY;
}

static void
draw_single (ChronicleTimelineRenderer *self,
             cairo_t                   *cr,
             const ChronicleMarker     *m,
             ChronicleEvent            *event,
             double                     cy,
             double                     alpha)
{
  KindLook *look = look_for (self, chronicle_event_get_kind (event));
  double r = marker_size (self) / 2;
  double span = m->x1 - m->x0;
  const ChronicleDate *start = chronicle_event_get_start (event);
  const ChronicleDate *end = chronicle_event_get_end (event) ? chronicle_event_get_end (event) : start;

  /* A span clearly wider than the marker is drawn as a solid bar (a pale fill with a
   * firm outline, so a label inside it reads); a shorter one would be a box about as
   * wide as it is tall, which reads as an empty square: a line says it (below). A
   * month- or year-precision end fades out over a short cap at that end only, never
   * under the middle where the text is. */
  if (span > MAX (r * 2, self->em * 2.5))
    {
      /* Taller than a line of text, so a label inside it keeps clear of its edges. */
      double h = round (self->em * 1.65);
      const ChronicleColor *c = &look->color;
      gboolean left_fuzzy = rtl (self) ? is_fuzzy (end) : is_fuzzy (start);
      gboolean right_fuzzy = rtl (self) ? is_fuzzy (start) : is_fuzzy (end);
      /* The fuzzy cap ends before an inside label begins (marker + pad, about 1 em). */
      double cap = MIN (self->em * 0.8, span / 4);
      double bx0 = m->x0 + (left_fuzzy ? cap : 0), bx1 = m->x1 - (right_fuzzy ? cap : 0);

      cairo_set_source_rgba (cr, c->red, c->green, c->blue, (self->style.dark ? 0.38 : 0.26) * alpha);
      cairo_rectangle (cr, bx0, cy - h / 2, bx1 - bx0, h);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, c->red, c->green, c->blue, 0.9 * alpha);
      cairo_rectangle (cr, bx0, cy + h / 2 - 2, bx1 - bx0, 2);
      cairo_fill (cr);
      cairo_rectangle (cr, bx0, cy - h / 2, bx1 - bx0, 1);
      cairo_fill (cr);
      for (int side = 0; side < 2; side++)
        {
          gboolean fuzzy = side == 0 ? left_fuzzy : right_fuzzy;
          double from = side == 0 ? bx0 : bx1, to = side == 0 ? m->x0 : m->x1;
          cairo_pattern_t *p;

          if (!fuzzy)
            {
              cairo_set_source_rgba (cr, c->red, c->green, c->blue, 0.9 * alpha);
              cairo_rectangle (cr, side == 0 ? bx0 : bx1 - 2, cy - h / 2, 2, h);
              cairo_fill (cr);
              continue;
            }
          p = cairo_pattern_create_linear (from, 0, to, 0);
          cairo_pattern_add_color_stop_rgba (p, 0, c->red, c->green, c->blue, 0.7 * alpha);
          cairo_pattern_add_color_stop_rgba (p, 1, c->red, c->green, c->blue, 0);
          cairo_set_source (cr, p);
          cairo_rectangle (cr, MIN (from, to), cy - h / 2, fabs (to - from), h);
          cairo_fill (cr);
          cairo_pattern_destroy (p);
        }
    }

  else if (span > r * 1.5 && (chronicle_event_get_end (event) != NULL || is_fuzzy (start)))
    {
      /* Too short for a bar, still more than a day: a firm line from the marker to
       * the span's end, so a few years at this zoom do not read as one day; a
       * month- or year-precision end fades out over its last third. (Not for a
       * single day, whose few pixels past the marker read as a glitch.) */
      const ChronicleColor *c = &look->color;
      double h = MAX (3, round (self->em * 0.22));
      gboolean far_fuzzy = rtl (self) ? is_fuzzy (start) : is_fuzzy (end);
      double solid1 = far_fuzzy ? m->x1 - span / 3 : m->x1;
      cairo_pattern_t *p;

      cairo_set_source_rgba (cr, c->red, c->green, c->blue, 0.9 * alpha);
      cairo_rectangle (cr, m->x0, cy - h / 2, solid1 - m->x0, h);
      cairo_fill (cr);
      if (far_fuzzy)
        {
          p = cairo_pattern_create_linear (solid1, 0, m->x1, 0);
          cairo_pattern_add_color_stop_rgba (p, 0, c->red, c->green, c->blue, 0.9 * alpha);
          cairo_pattern_add_color_stop_rgba (p, 1, c->red, c->green, c->blue, 0);
          cairo_set_source (cr, p);
          cairo_rectangle (cr, solid1, cy - h / 2, m->x1 - solid1, h);
          cairo_fill (cr);
          cairo_pattern_destroy (p);
        }
      else
        {
          /* A firm end: a short upright stroke. */
          cairo_rectangle (cr, m->x1 - 2, cy - h * 1.5, 2, h * 3);
          cairo_fill (cr);
        }
    }

  /* Upgrades are milestones: a line through the row under the star (the label is beside it). */
  if (chronicle_event_get_relation (event, NULL, NULL, NULL))
    {
      double row_h = chronicle_timeline_renderer_get_row_height (self);

      set_source (cr, &look->color, 0.6 * alpha);
      cairo_rectangle (cr, round (m->anchor) - 1, cy - row_h / 2 + 2, 2, row_h - 4);
      cairo_fill (cr);
    }

  draw_shape (self, cr, look, m->anchor, cy, alpha < 1);
}

static void
shape_with_outline (ChronicleTimelineRenderer *self,
                    cairo_t                   *cr,
                    const KindLook            *look,
                    double                     cx,
                    double                     cy,
                    double                     alpha)
{
  double r = marker_size (self) / 2;

  /* An outline keeps shapes apart from what is behind them, on projectors too: a
   * slightly larger shape underneath, which costs a fill rather than a stroke. */
  chronicle_shape_path (cr, look->shape, cx, cy, r + (self->style.high_contrast ? 2 : 1.2));
  set_source (cr, self->style.high_contrast ? &self->style.foreground : &self->style.background,
              self->style.high_contrast ? alpha : 0.9 * alpha);
  cairo_fill (cr);
  chronicle_shape_path (cr, look->shape, cx, cy, r);
  set_source (cr, &look->color, alpha);
  cairo_fill (cr);
}

/* Shapes are drawn once per kind into a small image (at twice the resolution, for
 * HiDPI) and painted from there: a zoomed-out frame has a few thousand of them.
 * Vector targets (PDF, SVG) get real paths. */
static void
draw_shape (ChronicleTimelineRenderer *self,
            cairo_t                   *cr,
            KindLook                  *look,
            double                     cx,
            double                     cy,
            gboolean                   dimmed)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));
  double half = ceil (marker_size (self) / 2 * 1.4 + 3);
  cairo_surface_t *sprite;

  if (type != CAIRO_SURFACE_TYPE_IMAGE && type != CAIRO_SURFACE_TYPE_RECORDING)
    {
      shape_with_outline (self, cr, look, cx, cy, dimmed ? 0.22 : 1.0);
      return;
    }

  sprite = look->sprites[dimmed];
  if (sprite == NULL)
    {
      cairo_t *scr;

      sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (half * 4), (int) (half * 4));
      cairo_surface_set_device_scale (sprite, 2, 2);
      scr = cairo_create (sprite);
      shape_with_outline (self, scr, look, half, half, dimmed ? 0.22 : 1.0);
      cairo_destroy (scr);
      look->sprites[dimmed] = sprite;
    }
  cairo_set_source_surface (cr, sprite, round (cx) - half, round (cy) - half);
  cairo_paint (cr);
}

/* "+N" badges are laid out once per N and font: a zoomed-out view has thousands. */
PangoLayout *
_chronicle_timeline_badge_layout (ChronicleTimelineRenderer *self,
                                  guint                      count)
{
  PangoLayout *layout = g_hash_table_lookup (self->badges, GUINT_TO_POINTER (count));

  if (layout == NULL)
    {
      char label[32];

      g_snprintf (label, sizeof label, "+%u", count);
      layout = pango_layout_new (self->pango);
      pango_layout_set_font_description (layout, self->small_font);
      pango_layout_set_text (layout, label, -1);
      g_hash_table_insert (self->badges, GUINT_TO_POINTER (count), layout);
    }
  return layout;
}

static void
draw_cluster (ChronicleTimelineRenderer *self,
              cairo_t                   *cr,
              const ChronicleMarker     *m,
              double                     cy,
              double                     alpha)
{
  PangoLayout *layout = _chronicle_timeline_badge_layout (self, m->count);
  double h = self->em * 1.45;
  double gap = round (self->em * 0.8);
  double w, x;
  int tw, th;

  /* The badge stays inside the box the scene gave it: badges never overlap. A line
   * shows how far its events reach; the badge keeps in view while its box is. */
  pango_layout_get_pixel_size (layout, &tw, &th);
  w = MIN (tw + self->em, m->box_x1 - m->box_x0 - gap);
  if (!rtl (self))
    x = CLAMP (time_x0 (self), m->box_x0, m->box_x1 - gap - w);
  else
    x = CLAMP (time_x1 (self) - w, m->box_x0 + gap, m->box_x1 - w);

  set_source (cr, &self->style.cluster, alpha * 0.6);
  cairo_rectangle (cr, m->x0, cy - 1, m->x1 - m->x0, 2);
  cairo_fill (cr);
  set_source (cr, &self->style.cluster, alpha);
  chronicle_shape_rounded_rect (cr, x, cy - h / 2, w, h, h / 2);
  cairo_fill (cr);
  /* White digits, or black on a light badge (high contrast's dark style draws badges
   * in the text colour). */
  {
    static const ChronicleColor white = { 1, 1, 1, 1 }, black = { 0, 0, 0, 1 };

    set_source (cr, chronicle_color_contrast (&self->style.cluster, &white) >= 4.5 ? &white : &black, alpha);
  }
  cairo_move_to (cr, x + (w - tw) / 2, cy - th / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/* A label: its title laid out once per font and language and kept (shaping is what
 * text costs), drawn whole when it has its room, else ellipsized. The cache is bounded:
 * past 4,096 titles it starts again. */
static void
draw_label (ChronicleTimelineRenderer *self,
            cairo_t                   *cr,
            guint                      position,
            ChronicleEvent            *event,
            double                     x,
            double                     cy,
            double                     room,
            const ChronicleColor      *color)
{
  PangoLayout *layout = g_hash_table_lookup (self->labels, GUINT_TO_POINTER (position + 1));
  int w, h;

  if (layout == NULL)
    {
      if (g_hash_table_size (self->labels) >= 4096)
        g_hash_table_remove_all (self->labels);
      layout = pango_layout_new (self->pango);
      pango_layout_set_single_paragraph_mode (layout, TRUE);
      pango_layout_set_font_description (layout, self->font);
      pango_layout_set_text (layout, event_title (self, event), -1);
      g_hash_table_insert (self->labels, GUINT_TO_POINTER (position + 1), layout);
    }
  pango_layout_get_pixel_size (layout, &w, &h);
  if (w > room)
    {
      /* Shorter than the title: the kept layout, clipped after the last character
       * that leaves room for "…", then "…" — no shaping again every frame (a
       * zoomed-out view draws hundreds of shortened labels). Right-to-left titles, and
       * paper, are ellipsized by Pango. */
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
      int ellipsis_w, index, trailing;
      PangoRectangle pos;

      cairo_surface_type_t target = cairo_surface_get_type (cairo_get_target (cr));

      /* Paper and SVG keep text as text: clipped text would still be there, whole. */
      if (line == NULL || line->resolved_dir == PANGO_DIRECTION_RTL ||
          target == CAIRO_SURFACE_TYPE_PDF || target == CAIRO_SURFACE_TYPE_SVG || target == CAIRO_SURFACE_TYPE_PS)
        {
          _chronicle_timeline_draw_text (self, cr, self->font, event_title (self, event), x, cy, room, color, 1, NULL);
          return;
        }
      if (self->ellipsis == NULL)
        {
          self->ellipsis = pango_layout_new (self->pango);
          pango_layout_set_font_description (self->ellipsis, self->font);
          pango_layout_set_text (self->ellipsis, "…", -1);
        }
      pango_layout_get_pixel_size (self->ellipsis, &ellipsis_w, NULL);
      if (room - ellipsis_w <= 0)
        return;
      pango_layout_xy_to_index (layout, (int) ((room - ellipsis_w) * PANGO_SCALE), 0, &index, &trailing);
      pango_layout_index_to_pos (layout, index, &pos);
      set_source (cr, color, 1);
      cairo_save (cr);
      cairo_rectangle (cr, x, cy - h / 2.0, pos.x / (double) PANGO_SCALE, h);
      cairo_clip (cr);
      cairo_move_to (cr, x, cy - h / 2.0);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
      cairo_move_to (cr, x + pos.x / (double) PANGO_SCALE, cy - h / 2.0);
      pango_cairo_show_layout (cr, self->ellipsis);
      return;
    }
  set_source (cr, color, 1);
  cairo_move_to (cr, x, cy - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

void
_chronicle_timeline_draw_markers (ChronicleTimelineRenderer *self,
                                  cairo_t                   *cr)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (self->dataset);
  double row_h = chronicle_timeline_renderer_get_row_height (self);
  const ChronicleMarker *markers;
  guint n;

  markers = chronicle_scene_get_markers (self->scene, &n);

  for (guint i = 0; i < n; i++)
    {
      const ChronicleMarker *m = &markers[i];
      double cy = row_top (self, m->row) + row_h / 2;
      double alpha = m->n_matched > 0 ? 1.0 : 0.22;
      ChronicleEvent *event;

      if (m->count > 1)
        {
          draw_cluster (self, cr, m, cy, alpha);
          continue;
        }

      event = chronicle_event_store_get_event (store, chronicle_scene_get_event (self->scene, m->first));
      draw_single (self, cr, m, event, cy, alpha);
      if (m->labelled && m->label_width > 0)
        {
          double x = m->label_x, w = m->label_width;

          /* (A label inside a bar that begins out of view is already at the start of
           * the part in view: the scene does that.) A label running off time's part of
           * the width — under the lane names, past the edge — is shortened to what is
           * in view, ellipsized; with less than three ems in view, it is left out
           * rather than cut mid-word. */
          if (x < time_x0 (self))
            w = x + w - time_x0 (self), x = time_x0 (self);
          if (x + w > time_x1 (self))
            w = time_x1 (self) - x;
          if (w < MIN (m->label_width, self->em * 3))
            continue;
          draw_label (self, cr, chronicle_scene_get_event (self->scene, m->first), event, x, cy, w + 1,
                      m->n_matched > 0 ? &self->style.foreground : &self->style.dim_foreground);
        }
    }
}
