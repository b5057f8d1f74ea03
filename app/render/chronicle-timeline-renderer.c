/* chronicle-timeline-renderer.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-timeline-renderer"

#include "config.h"

#include "chronicle-timeline-renderer.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "chronicle-date-format.h"

/* Draws the timeline onto any cairo context: the widget's render node, a PNG, SVG
 * or PDF export, the frame benchmark. What to draw comes from the marker pass, so
 * the cost follows the pixels on screen, not the number of events.
 *
 * Per frame nothing is allocated but tick labels: one PangoLayout is reused for
 * every text; event titles are borrowed from the model; kind colours and shapes are
 * resolved once per dataset into a table looked up by the (interned) kind pointer. */

typedef struct
{
  ChronicleColor   color;
  ChronicleShape   shape;
  cairo_surface_t *sprites[2];   /* drawn shape, matching and dimmed; lazily */
} KindLook;

static void
kind_look_free (gpointer data)
{
  KindLook *look = data;

  g_clear_pointer (&look->sprites[0], cairo_surface_destroy);
  g_clear_pointer (&look->sprites[1], cairo_surface_destroy);
  g_free (look);
}

struct _ChronicleTimelineRenderer
{
  GObject                 parent_instance;

  ChronicleDataset       *dataset;
  ChronicleLaneLayout    *layout;
  ChronicleTimeScale     *scale;
  ChronicleScene         *scene;
  float                  *label_widths;   /* per event, for this font and language; NULL: to measure */
  float                  *label_room;     /* the last chronicle_timeline_renderer_get_label_room() */
  guint                   n_label_widths;
  const guint8           *mask;      /* owned by the caller; NULL: everything matches */
  GHashTable             *kind_looks; /* event kind pointer → KindLook */
  GHashTable             *level_bands; /* level name → band index + 1 */
  GHashTable             *badges;      /* N → PangoLayout of "+N", kept until the font changes */
  GHashTable             *labels;      /* event + 1 → its title's PangoLayout, for this font and language */
  char                   *language;

  ChronicleTimelineStyle  style;
  PangoContext           *pango;
  PangoLayout            *text;
  PangoFontDescription   *font;
  PangoFontDescription   *small_font;
  PangoFontDescription   *bold_font;
  double                  em;
  double                  zoom;
  double                  scroll_y;
  guint                   row_budget_override;   /* > 0: stack with this many rows */
  double                  legend_h;       /* the legend strip's height, cached… */
  double                  legend_width;   /* …for this width; < 0: to measure again */
  double                  width;
  double                  height;
};

G_DEFINE_FINAL_TYPE (ChronicleTimelineRenderer, chronicle_timeline_renderer, G_TYPE_OBJECT)

/* ---- style ---------------------------------------------------------------- */

static ChronicleColor
rgba (double r, double g, double b, double a)
{
  return (ChronicleColor) { r, g, b, a };
}

void
chronicle_timeline_style_init_default (ChronicleTimelineStyle *style,
                                       gboolean                dark)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->dark = dark;
  if (dark)
    {
      style->background = rgba (0.14, 0.14, 0.14, 1);
      style->foreground = rgba (1, 1, 1, 1);
      style->dim_foreground = rgba (1, 1, 1, 0.45);
      style->axis_background = rgba (0.19, 0.19, 0.19, 1);
      style->grid = rgba (1, 1, 1, 0.08);
      style->era = rgba (0.47, 0.68, 0.93, 0.10);
      style->alternate_lane = rgba (1, 1, 1, 0.03);
      style->header_background = rgba (0.19, 0.19, 0.19, 0.92);
      style->accent = rgba (0.47, 0.68, 0.93, 1);
      style->cluster = rgba (0.55, 0.55, 0.58, 1);
    }
  else
    {
      style->background = rgba (1, 1, 1, 1);
      style->foreground = rgba (0, 0, 0, 0.8);
      style->dim_foreground = rgba (0, 0, 0, 0.4);
      style->axis_background = rgba (0.98, 0.98, 0.98, 1);
      style->grid = rgba (0, 0, 0, 0.07);
      style->era = rgba (0.21, 0.52, 0.89, 0.07);
      style->alternate_lane = rgba (0, 0, 0, 0.025);
      style->header_background = rgba (0.98, 0.98, 0.98, 0.92);
      style->accent = rgba (0.21, 0.52, 0.89, 1);
      style->cluster = rgba (0.37, 0.36, 0.39, 1);
    }
  style->band[0] = rgba (0.18, 0.76, 0.49, 0.13);
  style->band[1] = rgba (0.21, 0.52, 0.89, 0.13);
  style->band[2] = rgba (0.90, 0.65, 0.04, 0.15);
  style->band[3] = rgba (0.75, 0.11, 0.16, 0.13);
}

ChronicleShape
chronicle_shape_from_name (const char *name)
{
  static const char * const names[] = { "circle", "square", "diamond", "triangle", "star", "hexagon", "bar" };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i]))
      return (ChronicleShape) i;
  return CHRONICLE_SHAPE_CIRCLE;
}

static ChronicleColor
parse_color (const char *hex)
{
  unsigned int r = 0x77, g = 0x76, b = 0x7b;

  if (hex != NULL && strlen (hex) == 7)
    sscanf (hex + 1, "%02x%02x%02x", &r, &g, &b);
  return rgba (r / 255.0, g / 255.0, b / 255.0, 1);
}

static void
set_source (cairo_t              *cr,
            const ChronicleColor *c,
            double                alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

/* ---- object ----------------------------------------------------------------- */

static void
chronicle_timeline_renderer_finalize (GObject *object)
{
  ChronicleTimelineRenderer *self = CHRONICLE_TIMELINE_RENDERER (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->layout);
  g_clear_object (&self->scale);
  g_clear_object (&self->scene);
  g_clear_pointer (&self->label_widths, g_free);
  g_clear_pointer (&self->label_room, g_free);
  g_clear_object (&self->text);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->small_font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  g_clear_pointer (&self->kind_looks, g_hash_table_unref);
  g_clear_pointer (&self->level_bands, g_hash_table_unref);
  g_clear_pointer (&self->badges, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (chronicle_timeline_renderer_parent_class)->finalize (object);
}

static void
chronicle_timeline_renderer_class_init (ChronicleTimelineRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = chronicle_timeline_renderer_finalize;
}

static void
chronicle_timeline_renderer_init (ChronicleTimelineRenderer *self)
{
  self->scene = chronicle_scene_new ();
  self->kind_looks = g_hash_table_new_full (NULL, NULL, NULL, kind_look_free);
  self->level_bands = g_hash_table_new (g_str_hash, g_str_equal);
  self->badges = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->labels = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->em = 14;
  self->zoom = 1;
  self->legend_width = -1;
  chronicle_timeline_style_init_default (&self->style, FALSE);
}

ChronicleTimelineRenderer *
chronicle_timeline_renderer_new (void)
{
  return g_object_new (CHRONICLE_TYPE_TIMELINE_RENDERER, NULL);
}

/**
 * chronicle_timeline_renderer_set_data:
 * @layout: a layout of @dataset, computed by the caller
 * @mask: (nullable): one byte per event, borrowed until the next call
 */
void
chronicle_timeline_renderer_set_data (ChronicleTimelineRenderer *self,
                                      ChronicleDataset          *dataset,
                                      ChronicleLaneLayout       *layout,
                                      const guint8              *mask)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  g_return_if_fail (CHRONICLE_IS_DATASET (dataset));
  g_return_if_fail (CHRONICLE_IS_LANE_LAYOUT (layout));

  if (self->dataset != dataset)
    {
      g_hash_table_remove_all (self->kind_looks);
      g_hash_table_remove_all (self->level_bands);
      /* Relationship levels get bands in order of first appearance. */
      for (guint i = 0; i < chronicle_dataset_get_n_partners (dataset); i++)
        {
          const ChroniclePartner *p = chronicle_dataset_get_partner (dataset, i);

          for (guint j = 0; j < p->n_levels; j++)
            if (!g_hash_table_contains (self->level_bands, p->levels[j].level))
              g_hash_table_insert (self->level_bands, (gpointer) p->levels[j].level,
                                   GUINT_TO_POINTER (g_hash_table_size (self->level_bands) % 4 + 1));
        }
    }
  g_set_object (&self->dataset, dataset);
  g_set_object (&self->layout, layout);
  self->mask = mask;
  self->legend_width = -1;
  g_clear_pointer (&self->label_widths, g_free);
  g_clear_pointer (&self->label_room, g_free);
  g_hash_table_remove_all (self->labels);
  chronicle_scene_set_label_widths (self->scene, NULL);
  chronicle_scene_set_layout (self->scene, layout, chronicle_dataset_get_events (dataset));
  chronicle_scene_set_mask (self->scene, mask);
}

void
chronicle_timeline_renderer_set_mask (ChronicleTimelineRenderer *self,
                                      const guint8              *mask)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));

  self->mask = mask;
  chronicle_scene_set_mask (self->scene, mask);
}

/* @event: the selected event's store position, or -1: it is always labelled. */
void
chronicle_timeline_renderer_set_selected (ChronicleTimelineRenderer *self,
                                          gint64                     event)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  chronicle_scene_set_selected (self->scene, event);
}

void
chronicle_timeline_renderer_set_scale (ChronicleTimelineRenderer *self,
                                       ChronicleTimeScale        *scale)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  g_set_object (&self->scale, scale);
}

void
chronicle_timeline_renderer_set_style (ChronicleTimelineRenderer    *self,
                                       const ChronicleTimelineStyle *style)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  g_return_if_fail (style != NULL);

  self->style = *style;
  /* Kind colours are adjusted for the background: re-resolve them. */
  g_hash_table_remove_all (self->kind_looks);
}

static void
set_font_size (PangoFontDescription *font,
               double                size,
               gboolean              absolute)
{
  if (absolute)
    pango_font_description_set_absolute_size (font, size);
  else
    pango_font_description_set_size (font, (int) size);
}

/**
 * chronicle_timeline_renderer_set_font:
 * @context: the Pango context to lay text out with (the widget's, so the text
 *   scale factor applies)
 * @zoom: how much larger than normal everything is drawn (2 or more when projecting)
 */
void
chronicle_timeline_renderer_set_font (ChronicleTimelineRenderer *self,
                                      PangoContext              *context,
                                      double                     zoom)
{
  const PangoFontDescription *base;
  double size;
  gboolean absolute;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  g_set_object (&self->pango, context);
  g_hash_table_remove_all (self->badges);
  /* Sprites are drawn at the marker size, which follows the font. */
  g_hash_table_remove_all (self->kind_looks);
  g_clear_object (&self->text);
  self->text = pango_layout_new (context);
  pango_layout_set_single_paragraph_mode (self->text, TRUE);
  self->zoom = MAX (zoom, 0.25);

  base = pango_context_get_font_description (context);
  g_clear_pointer (&self->font, pango_font_description_free);
  self->font = base ? pango_font_description_copy (base) : pango_font_description_from_string ("Sans 11");
  size = pango_font_description_get_size (self->font);
  if (size <= 0)
    size = 11 * PANGO_SCALE;
  /* GTK gives widgets an absolute size (pixels, the text scale already applied): setting
   * it back as points would scale it by the resolution a second time. */
  absolute = pango_font_description_get_size_is_absolute (self->font);
  set_font_size (self->font, size * self->zoom, absolute);

  g_clear_pointer (&self->small_font, pango_font_description_free);
  self->small_font = pango_font_description_copy (self->font);
  set_font_size (self->small_font, size * self->zoom * 0.85, absolute);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  /* Lane names: bold, a little smaller than labels, on their own line. */
  self->bold_font = pango_font_description_copy (self->small_font);
  pango_font_description_set_weight (self->bold_font, PANGO_WEIGHT_BOLD);

  /* One "em" in pixels, including the resolution (and so the text scale factor). */
  pango_layout_set_font_description (self->text, self->font);
  pango_layout_set_text (self->text, "M", 1);
  {
    int h;
    pango_layout_get_pixel_size (self->text, NULL, &h);
    self->em = MAX (h / 1.25, 6.0);
  }
  self->legend_width = -1;
  g_clear_pointer (&self->label_widths, g_free);
  g_clear_pointer (&self->label_room, g_free);
  g_hash_table_remove_all (self->labels);
  chronicle_scene_set_label_widths (self->scene, NULL);
}

void
chronicle_timeline_renderer_set_language (ChronicleTimelineRenderer *self,
                                          const char                *language)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));

  g_free (self->language);
  self->language = g_strdup (language);
  self->legend_width = -1;
  g_clear_pointer (&self->label_widths, g_free);
  g_clear_pointer (&self->label_room, g_free);
  g_hash_table_remove_all (self->labels);
  chronicle_scene_set_label_widths (self->scene, NULL);
}

void
chronicle_timeline_renderer_set_scroll (ChronicleTimelineRenderer *self,
                                        double                     scroll_y)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  self->scroll_y = MAX (scroll_y, 0);
}

double
chronicle_timeline_renderer_get_axis_height (ChronicleTimelineRenderer *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);
  return round (self->em * 3.2);
}

double
chronicle_timeline_renderer_get_row_height (ChronicleTimelineRenderer *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);
  return round (self->em * 1.85);
}

static double legend_height (ChronicleTimelineRenderer *self);
static void ensure_stacked (ChronicleTimelineRenderer *self);

/* The line above each lane's rows that holds its name: nothing is drawn over a label. */
static double
header_height (ChronicleTimelineRenderer *self)
{
  return round (self->em * 1.3);
}

static double
bottom_room (ChronicleTimelineRenderer *self)
{
  return round (self->em * 0.6);
}

static guint
n_lanes (ChronicleTimelineRenderer *self)
{
  return self->layout != NULL ? chronicle_lane_layout_get_n_groups (self->layout) : 0;
}

/* The lanes' header lines and rows, and the legend's strip when there is one. */
double
chronicle_timeline_renderer_get_content_height (ChronicleTimelineRenderer *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);

  if (self->layout == NULL || self->scale == NULL || self->text == NULL)
    return 0;
  ensure_stacked (self);
  return n_lanes (self) * header_height (self) +
         chronicle_scene_get_n_rows (self->scene) * chronicle_timeline_renderer_get_row_height (self) +
         bottom_room (self) + legend_height (self);
}

/**
 * chronicle_timeline_renderer_get_scene:
 *
 * Returns: (transfer none): the scene of the last draw (markers, labels, rows), to
 *   hit-test
 */
ChronicleScene *
chronicle_timeline_renderer_get_scene (ChronicleTimelineRenderer *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), NULL);
  return self->scene;
}

/* The size drawn into, before the first draw (the widget's allocation). */
void
chronicle_timeline_renderer_set_size (ChronicleTimelineRenderer *self,
                                      double                     width,
                                      double                     height)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  self->width = width;
  self->height = height;
}

/* ---- geometry ----------------------------------------------------------------- */

static double
row_top (ChronicleTimelineRenderer *self,
         guint                      row)
{
  guint group = row < chronicle_scene_get_n_rows (self->scene) ? chronicle_scene_get_row_group (self->scene, row) : n_lanes (self);

  return chronicle_timeline_renderer_get_axis_height (self) + (group + 1) * header_height (self) +
         row * chronicle_timeline_renderer_get_row_height (self) - self->scroll_y;
}

/* The top of a lane's header line. */
static double
group_top (ChronicleTimelineRenderer *self,
           guint                      group)
{
  const ChronicleSceneGroup *g = chronicle_scene_get_group (self->scene, group);

  return chronicle_timeline_renderer_get_axis_height (self) + group * header_height (self) +
         g->first_row * chronicle_timeline_renderer_get_row_height (self) - self->scroll_y;
}

static double
marker_size (ChronicleTimelineRenderer *self)
{
  return round (self->em * 0.95);
}

static gboolean
rtl (ChronicleTimelineRenderer *self)
{
  return chronicle_time_scale_get_mirrored (self->scale);
}

/* The x range a span of days covers, left to right whichever way time flows. */
static void
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

static KindLook *
look_for (ChronicleTimelineRenderer *self,
          const char                *kind)
{
  KindLook *look = g_hash_table_lookup (self->kind_looks, kind);

  if (look == NULL)
    {
      const ChronicleKind *k = chronicle_dataset_find_kind (self->dataset, kind);

      look = g_new0 (KindLook, 1);
      look->color = parse_color (k ? k->color : NULL);
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

static void
shape_path (cairo_t        *cr,
            ChronicleShape  shape,
            double          cx,
            double          cy,
            double          r)
{
  switch (shape)
    {
    case CHRONICLE_SHAPE_SQUARE:
    case CHRONICLE_SHAPE_BAR:
      cairo_rectangle (cr, cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
      break;
    case CHRONICLE_SHAPE_DIAMOND:
      cairo_move_to (cr, cx, cy - r * 1.15);
      cairo_line_to (cr, cx + r * 1.15, cy);
      cairo_line_to (cr, cx, cy + r * 1.15);
      cairo_line_to (cr, cx - r * 1.15, cy);
      cairo_close_path (cr);
      break;
    case CHRONICLE_SHAPE_TRIANGLE:
      cairo_move_to (cr, cx, cy - r * 1.1);
      cairo_line_to (cr, cx + r * 1.05, cy + r * 0.8);
      cairo_line_to (cr, cx - r * 1.05, cy + r * 0.8);
      cairo_close_path (cr);
      break;
    case CHRONICLE_SHAPE_STAR:
      for (int i = 0; i < 10; i++)
        {
          double a = -G_PI / 2 + i * G_PI / 5;
          double rr = (i % 2 == 0) ? r * 1.3 : r * 0.55;

          if (i == 0)
            cairo_move_to (cr, cx + rr * cos (a), cy + rr * sin (a));
          else
            cairo_line_to (cr, cx + rr * cos (a), cy + rr * sin (a));
        }
      cairo_close_path (cr);
      break;
    case CHRONICLE_SHAPE_HEXAGON:
      for (int i = 0; i < 6; i++)
        {
          double a = i * G_PI / 3;

          if (i == 0)
            cairo_move_to (cr, cx + r * cos (a), cy + r * sin (a));
          else
            cairo_line_to (cr, cx + r * cos (a), cy + r * sin (a));
        }
      cairo_close_path (cr);
      break;
    case CHRONICLE_SHAPE_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    }
}

/* The path of a kind's shape, centred on (@cx, @cy): the canvas's, for icons elsewhere. */
void
chronicle_shape_path (cairo_t        *cr,
                      ChronicleShape  shape,
                      double          cx,
                      double          cy,
                      double          radius)
{
  g_return_if_fail (cr != NULL);
  shape_path (cr, shape, cx, cy, radius);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Plain text (never markup) at (x, y), ellipsized to @max_width when > 0. */
static void
draw_text (ChronicleTimelineRenderer  *self,
           cairo_t                    *cr,
           const PangoFontDescription *font,
           const char                 *text,
           double                      x,
           double                      y,
           double                      max_width,
           const ChronicleColor       *color,
           double                      alpha,
           int                        *width_out)
{
  int w, h;

  pango_layout_set_font_description (self->text, font);
  pango_layout_set_width (self->text, -1);
  pango_layout_set_ellipsize (self->text, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (self->text, text, -1);
  pango_layout_get_pixel_size (self->text, &w, &h);
  /* Constrain only what does not fit: a set width would also align the text
   * within it, to the right in RTL contexts. */
  if (max_width > 0 && w > max_width)
    {
      pango_layout_set_width (self->text, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (self->text, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (self->text, &w, &h);
    }
  if (width_out != NULL)
    *width_out = w;
  set_source (cr, color, alpha);
  cairo_move_to (cr, x, y - h / 2.0);
  pango_cairo_show_layout (cr, self->text);
}

static int
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

static const char *
event_title (ChronicleTimelineRenderer *self,
             ChronicleEvent            *event)
{
  return chronicle_event_get_translated (event, self->language, "title");
}

/* ---- layers ------------------------------------------------------------------------ */

static void
draw_eras (ChronicleTimelineRenderer *self,
           cairo_t                   *cr)
{
  double top = chronicle_timeline_renderer_get_axis_height (self);

  for (guint i = 0; i < chronicle_dataset_get_n_eras (self->dataset); i++)
    {
      const ChronicleEra *era = chronicle_dataset_get_era (self->dataset, i);
      double x0, x1;
      g_autofree char *owner = NULL;

      span_x (self, chronicle_date_first_day (&era->start), chronicle_date_end_day (&era->end), &x0, &x1);
      if (x1 < 0 || x0 > self->width)
        continue;
      set_source (cr, &self->style.era, i % 2 == 0 ? 1.0 : 0.6);
      cairo_rectangle (cr, x0, top, x1 - x0, self->height - top);
      cairo_fill (cr);
      (void) owner;
    }
}

/* An era's visible span, clamped to the view; FALSE when too narrow for a label. */
static gboolean
era_x (ChronicleTimelineRenderer *self,
       guint                      i,
       double                    *x0,
       double                    *x1)
{
  const ChronicleEra *era = chronicle_dataset_get_era (self->dataset, i);

  span_x (self, chronicle_date_first_day (&era->start), chronicle_date_end_day (&era->end), x0, x1);
  *x0 = MAX (*x0, 0);
  *x1 = MIN (*x1, self->width);
  return *x1 - *x0 >= self->em * 3;
}

/* Era names sit in the lower part of the axis band, over their span. Eras may overlap
 * (one ends in the month the next begins): a label stops where the next era's label
 * starts, and of two starting at the same place the longer shows, so none overlap. */
static void
draw_era_labels (ChronicleTimelineRenderer *self,
                 cairo_t                   *cr)
{
  double axis_h = chronicle_timeline_renderer_get_axis_height (self);
  guint n = chronicle_dataset_get_n_eras (self->dataset);

  for (guint i = 0; i < n; i++)
    {
      const ChronicleEra *era = chronicle_dataset_get_era (self->dataset, i);
      double x0, x1, lx0, lx1;
      g_autofree char *owner = NULL;

      if (!era_x (self, i, &x0, &x1))
        continue;
      set_source (cr, &self->style.accent, 0.25);
      cairo_rectangle (cr, x0, axis_h - self->em * 1.05, x1 - x0, 2);
      cairo_fill (cr);

      /* Labels begin at the era's start in the reading direction. */
      lx0 = x0;
      lx1 = x1;
      for (guint j = 0; j < n; j++)
        {
          double y0, y1;

          if (j == i || !era_x (self, j, &y0, &y1))
            continue;
          if (!rtl (self) && y0 < x1 &&
              (y0 > x0 || (y0 == x0 && (y1 > x1 || (y1 == x1 && j > i)))))
            lx1 = MIN (lx1, y0);
          else if (rtl (self) && y1 > x0 &&
                   (y1 < x1 || (y1 == x1 && (y0 < x0 || (y0 == x0 && j > i)))))
            lx0 = MAX (lx0, y1);
        }
      if (lx1 - lx0 < self->em * 3)
        continue;
      owner = g_strdup_printf ("era/%u", i);
      {
        const char *title = chronicle_dataset_translate (self->dataset, owner, self->language, "title", era->title);
        double room = lx1 - lx0 - self->em * 0.8;
        double w = MIN (text_width (self, self->small_font, title), room);

        draw_text (self, cr, self->small_font, title,
                   rtl (self) ? lx1 - self->em * 0.4 - w : lx0 + self->em * 0.4, axis_h - self->em * 0.5, room,
                   &self->style.dim_foreground, 1, NULL);
      }
    }
}

static void
draw_lanes (ChronicleTimelineRenderer *self,
            cairo_t                   *cr)
{
  double row_h = chronicle_timeline_renderer_get_row_height (self);
  double axis_h = chronicle_timeline_renderer_get_axis_height (self);
  double header_h = header_height (self);
  gboolean by_partner = chronicle_lane_layout_get_group_by (self->layout) == CHRONICLE_GROUP_BY_PARTNER;

  for (guint g = 0; g < chronicle_scene_get_n_groups (self->scene); g++)
    {
      const ChronicleLaneGroup *group = chronicle_lane_layout_get_group (self->layout, g);
      double top = group_top (self, g);
      double y0 = top + header_h;
      double y1 = y0 + chronicle_scene_get_group (self->scene, g)->n_rows * row_h;
      const ChroniclePartner *partner;

      if (y1 < axis_h || top > self->height)
        continue;

      if (g % 2 == 1)
        {
          set_source (cr, &self->style.alternate_lane, 1);
          cairo_rectangle (cr, 0, top, self->width, y1 - top);
          cairo_fill (cr);
        }
      set_source (cr, &self->style.grid, 1.5);
      cairo_rectangle (cr, 0, top, self->width, 1);
      cairo_fill (cr);

      /* Relationship bands: each level shaded from the day it began (a level held
       * before the data, from the left edge). */
      if (by_partner && group->key != NULL &&
          (partner = chronicle_dataset_find_partner (self->dataset, group->key)) != NULL)
        for (guint l = 0; l < partner->n_levels; l++)
          {
            double since = chronicle_date_first_day (&partner->levels[l].since);
            double until = l + 1 < partner->n_levels
                           ? chronicle_date_first_day (&partner->levels[l + 1].since)
                           : chronicle_time_scale_get_end (self->scale) + 1;
            guint band = GPOINTER_TO_UINT (g_hash_table_lookup (self->level_bands, partner->levels[l].level));
            double x0, x1, edge;

            span_x (self, since, MAX (until, since + 1), &x0, &x1);
            edge = chronicle_time_scale_to_x (self->scale, since);
            x0 = MAX (x0, 0);
            x1 = MIN (x1, self->width);
            if (x1 <= x0 || band == 0)
              continue;
            set_source (cr, &self->style.band[band - 1], 1);
            cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
            cairo_fill (cr);
            /* A level held since before the data has no day it began: no edge. */
            if (partner->levels[l].before_data)
              continue;
            set_source (cr, &self->style.band[band - 1], 4);
            cairo_rectangle (cr, rtl (self) ? edge - 2 : edge, y0, 2, y1 - y0);
            cairo_fill (cr);
          }
    }
}

static void
draw_ticks (ChronicleTimelineRenderer *self,
            cairo_t                   *cr,
            gboolean                   labels)
{
  double axis_h = chronicle_timeline_renderer_get_axis_height (self);
  double min_gap = text_width (self, self->small_font, "30 Sep 2023") + self->em * 1.5;
  ChronicleTickStep step = chronicle_time_scale_choose_step (self->scale, min_gap);
  gint64 first = (gint64) floor (chronicle_time_scale_get_start (self->scale));
  gint64 last = (gint64) ceil (chronicle_time_scale_get_end (self->scale));
  double last_label_end = -G_MAXDOUBLE;
  guint n = 0;

  for (double day = chronicle_tick_step_floor (step, first); day <= last && n < 400;
       day = chronicle_tick_step_next (step, day), n++)
    {
      double x = round (chronicle_time_scale_to_x (self->scale, day));

      if (!labels)
        {
          set_source (cr, &self->style.grid, 1);
          cairo_rectangle (cr, x, axis_h, 1, self->height - axis_h);
          cairo_fill (cr);
          continue;
        }

      set_source (cr, &self->style.foreground, 0.35);
      cairo_rectangle (cr, x, 0, 1, axis_h * 0.62);
      cairo_fill (cr);

      /* Labels never overlap: one that would is skipped. They sit after their tick
       * in the reading direction. */
      {
        g_autofree char *label = chronicle_tick_format (step, day);
        int w = text_width (self, self->small_font, label);
        double lx = rtl (self) ? x - 4 - w : x + 4;
        gboolean fits = rtl (self) ? lx + w + self->em < last_label_end || last_label_end == -G_MAXDOUBLE
                                   : lx > last_label_end;

        if (fits)
          {
            draw_text (self, cr, self->small_font, label, lx, axis_h * 0.32, -1, &self->style.foreground, 0.85, NULL);
            last_label_end = rtl (self) ? lx : lx + w + self->em;
          }
      }
    }
}

static void
draw_axis (ChronicleTimelineRenderer *self,
           cairo_t                   *cr)
{
  double axis_h = chronicle_timeline_renderer_get_axis_height (self);

  set_source (cr, &self->style.axis_background, 1);
  cairo_rectangle (cr, 0, 0, self->width, axis_h);
  cairo_fill (cr);
  set_source (cr, &self->style.foreground, 0.15);
  cairo_rectangle (cr, 0, axis_h - 1, self->width, 1);
  cairo_fill (cr);
  draw_ticks (self, cr, TRUE);
  draw_era_labels (self, cr);
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

  /* A span wider than the marker is drawn as a solid bar (a pale fill with a firm
   * outline, so a label inside it reads). A month- or year-precision end fades out
   * over a short cap at that end only, never under the middle where the text is. */
  if (span > r * 2)
    {
      /* As tall as a line of text: a label inside it sits on the fill, clear of the edges. */
      double h = round (self->em * 1.45);
      const ChronicleColor *c = &look->color;
      gboolean left_fuzzy = rtl (self) ? is_fuzzy (end) : is_fuzzy (start);
      gboolean right_fuzzy = rtl (self) ? is_fuzzy (start) : is_fuzzy (end);
      double cap = MIN (self->em * 1.5, span / 4);
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
  shape_path (cr, look->shape, cx, cy, r + (self->style.high_contrast ? 2 : 1.2));
  set_source (cr, self->style.high_contrast ? &self->style.foreground : &self->style.background,
              self->style.high_contrast ? alpha : 0.9 * alpha);
  cairo_fill (cr);
  shape_path (cr, look->shape, cx, cy, r);
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
static PangoLayout *
badge_layout (ChronicleTimelineRenderer *self,
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
  PangoLayout *layout = badge_layout (self, m->count);
  double h = self->em * 1.45;
  double gap = round (self->em * 0.8);
  double w, x;
  int tw, th;

  /* The badge stays inside the box the scene gave it: badges never overlap. A line
   * shows how far its events reach; the badge keeps in view while its box is. */
  pango_layout_get_pixel_size (layout, &tw, &th);
  w = MIN (tw + self->em, m->box_x1 - m->box_x0 - gap);
  if (!rtl (self))
    x = CLAMP (0, m->box_x0, m->box_x1 - gap - w);
  else
    x = CLAMP (self->width - w, m->box_x0 + gap, m->box_x1 - w);

  set_source (cr, &self->style.cluster, alpha * 0.6);
  cairo_rectangle (cr, m->x0, cy - 1, m->x1 - m->x0, 2);
  cairo_fill (cr);
  set_source (cr, &self->style.cluster, alpha);
  rounded_rect (cr, x, cy - h / 2, w, h, h / 2);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, alpha);
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
      draw_text (self, cr, self->font, event_title (self, event), x, cy, room, color, 1, NULL);
      return;
    }
  set_source (cr, color, 1);
  cairo_move_to (cr, x, cy - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void measure_labels (ChronicleTimelineRenderer *self);

/**
 * chronicle_timeline_renderer_get_label_room:
 * @n: (out): how many events
 *
 * What each event needs after its start, in pixels: its marker, the gap and its
 * label, for this font and language (measured once). For fitting the view.
 *
 * Returns: (transfer none) (nullable): one per event, or %NULL before a font is set
 */
const float *
chronicle_timeline_renderer_get_label_room (ChronicleTimelineRenderer *self,
                                            guint                     *n)
{
  double extra;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), NULL);

  if (self->dataset == NULL || self->text == NULL)
    return NULL;
  measure_labels (self);
  g_free (self->label_room);
  self->label_room = g_new (float, MAX (self->n_label_widths, 1));
  extra = marker_size (self) / 2 + round (self->em * 0.4) + round (self->em * 0.5);
  for (guint i = 0; i < self->n_label_widths; i++)
    self->label_room[i] = self->label_widths[i] + extra;
  if (n != NULL)
    *n = self->n_label_widths;
  return self->label_room;
}

/* What the scene stacks with, from the font. */
static void
update_metrics (ChronicleTimelineRenderer *self)
{
  ChronicleSceneMetrics metrics;
  PangoLayout *digit = badge_layout (self, 8);
  int w;

  pango_layout_get_pixel_size (digit, &w, NULL);
  metrics.marker_radius = marker_size (self) / 2;
  metrics.label_gap = round (self->em * 0.4);
  metrics.box_gap = round (self->em * 0.8);
  metrics.label_pad = round (self->em * 0.5);
  metrics.badge_base = self->em;
  metrics.badge_digit = w / 2.0 + 0.5;
  chronicle_scene_set_metrics (self->scene, &metrics);
}

/* Label widths, once per event, font and language. Up to 5,000 events each title is
 * laid out; beyond, widths add up each character's advance, measured once (kerning
 * aside, the same; the label is drawn no wider than its box either way). */
static void
measure_labels (ChronicleTimelineRenderer *self)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (self->dataset);
  guint n = chronicle_event_store_get_n_events (store);

  if (self->label_widths != NULL && self->n_label_widths == n)
    return;
  g_free (self->label_widths);
  self->label_widths = g_new (float, MAX (n, 1));
  self->n_label_widths = n;

  if (n <= 5000)
    for (guint i = 0; i < n; i++)
      self->label_widths[i] = text_width (self, self->font, event_title (self, chronicle_event_store_get_event (store, i)));
  else
    {
      g_autoptr(GHashTable) advances = g_hash_table_new (NULL, NULL);   /* codepoint → px × 64 + 1 */

      for (guint i = 0; i < n; i++)
        {
          const char *title = event_title (self, chronicle_event_store_get_event (store, i));
          double w = 0;

          for (const char *c = title; *c != '\0'; c = g_utf8_next_char (c))
            {
              gunichar ch = g_utf8_get_char (c);
              guint advance = GPOINTER_TO_UINT (g_hash_table_lookup (advances, GUINT_TO_POINTER (ch)));

              if (advance == 0)
                {
                  char buf[8] = { 0 };

                  g_unichar_to_utf8 (ch, buf);
                  advance = (guint) (text_width (self, self->font, buf) * 64) + 1;
                  g_hash_table_insert (advances, GUINT_TO_POINTER (ch), GUINT_TO_POINTER (advance));
                }
              w += (advance - 1) / 64.0;
            }
          self->label_widths[i] = (float) ceil (w);
        }
    }
  chronicle_scene_set_label_widths (self->scene, self->label_widths);
}

/* The rows that fit between the axis and the legend, over all lanes. */
static guint
row_budget (ChronicleTimelineRenderer *self)
{
  double room = self->height - chronicle_timeline_renderer_get_axis_height (self) - legend_height (self) -
                n_lanes (self) * header_height (self) - bottom_room (self);

  return (guint) MAX (1, floor (room / chronicle_timeline_renderer_get_row_height (self)));
}

/* Stacking for this zoom level and size: done again only when either changed. */
static void
ensure_stacked (ChronicleTimelineRenderer *self)
{
  if (self->dataset == NULL || self->layout == NULL || self->scale == NULL || self->text == NULL)
    return;
  measure_labels (self);
  update_metrics (self);
  chronicle_scene_stack (self->scene, chronicle_time_scale_days_per_pixel (self->scale),
                         self->row_budget_override > 0 ? self->row_budget_override : row_budget (self),
                         chronicle_time_scale_get_start (self->scale), chronicle_time_scale_get_end (self->scale));
}

/**
 * chronicle_timeline_renderer_layout:
 *
 * Computes the scene for @width × @height at the scale's range and the current
 * scroll: rows (again only when the zoom level or the size changed) and the markers
 * of the rows in view. Drawing, hit-testing and whoever places things on the
 * markers (the canvas's accessible event objects) all read this one scene; nothing
 * computes it while drawing.
 */
void
chronicle_timeline_renderer_layout (ChronicleTimelineRenderer *self,
                                    double                     width,
                                    double                     height)
{
  double row_h, axis_h;
  guint n_rows, first_row = 0, last_row = 0;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));

  self->width = width;
  self->height = height;
  if (self->dataset == NULL || self->layout == NULL || self->scale == NULL || self->text == NULL)
    return;

  ensure_stacked (self);

  /* The rows in view. */
  row_h = chronicle_timeline_renderer_get_row_height (self);
  axis_h = chronicle_timeline_renderer_get_axis_height (self);
  n_rows = chronicle_scene_get_n_rows (self->scene);
  while (first_row < n_rows && row_top (self, first_row) + row_h < axis_h)
    first_row++;
  last_row = first_row;
  while (last_row < n_rows && row_top (self, last_row) < self->height)
    last_row++;

  chronicle_scene_compute (self->scene, self->scale, first_row, last_row - first_row);
}

static void
draw_markers (ChronicleTimelineRenderer *self,
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

          /* A label whose marker went off the start edge stays in view while it can. */
          if (!rtl (self) && x < 0 && x + w > self->em * 6)
            w = x + w, x = 0;
          else if (rtl (self) && x + w > self->width && x < self->width - self->em * 6)
            w = self->width - x;
          draw_label (self, cr, chronicle_scene_get_event (self->scene, m->first), event, x, cy, w + 1,
                      m->n_matched > 0 ? &self->style.foreground : &self->style.dim_foreground);
        }
    }
}

/* Lane names on their own line above their rows, pinned to the side reading starts
 * from: no label is ever under one. */
static void
draw_headers (ChronicleTimelineRenderer *self,
              cairo_t                   *cr)
{
  double axis_h = chronicle_timeline_renderer_get_axis_height (self);
  double header_h = header_height (self);

  for (guint g = 0; g < chronicle_scene_get_n_groups (self->scene); g++)
    {
      const ChronicleLaneGroup *group = chronicle_lane_layout_get_group (self->layout, g);
      double y = group_top (self, g);
      const char *label = group->label;
      g_autofree char *owner = NULL;
      int w;

      if (y + header_h < axis_h || y > self->height)
        continue;

      if (chronicle_lane_layout_get_group_by (self->layout) == CHRONICLE_GROUP_BY_KIND)
        {
          owner = g_strdup_printf ("kind/%s", group->key);
          label = chronicle_dataset_translate (self->dataset, owner, self->language, "label", label);
        }
      else if (group->key != NULL)
        {
          owner = g_strdup_printf ("partner/%s", group->key);
          label = chronicle_dataset_translate (self->dataset, owner, self->language, "name", label);
        }

      w = text_width (self, self->bold_font, label);
      draw_text (self, cr, self->bold_font, label,
                 rtl (self) ? self->width - self->em * 0.6 - MIN (w, self->width - self->em * 1.2) : self->em * 0.6,
                 y + header_h / 2 + 1, self->width - self->em * 1.2, &self->style.foreground, 0.9, NULL);
    }
}

/* The width the view has: the scale's, known from allocation on, before any drawing. */
static double
view_width (ChronicleTimelineRenderer *self)
{
  return self->scale != NULL ? chronicle_time_scale_get_width (self->scale) : self->width;
}

/* The relationship levels' legend, when lanes are partners with level bands: a strip
 * along the bottom of the view, items in a row that wraps. The strip is reserved:
 * the content scrolls far enough that no row stays under it. Fills @names (band
 * order) and returns how many bands there are. */
static guint
legend_names (ChronicleTimelineRenderer *self,
              const char                *names[4])
{
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;

  memset (names, 0, 4 * sizeof (const char *));
  if (self->layout == NULL || self->dataset == NULL ||
      chronicle_lane_layout_get_group_by (self->layout) != CHRONICLE_GROUP_BY_PARTNER)
    return 0;
  g_hash_table_iter_init (&iter, self->level_bands);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint band = GPOINTER_TO_UINT (value) - 1;

      if (band < 4)
        {
          names[band] = chronicle_dataset_translate_level (self->dataset, self->language, key);
          n = MAX (n, band + 1);
        }
    }
  return n;
}

/* Lays the legend's items out from the left (right in RTL) and returns the strip's
 * height; with @cr, draws them too, the strip's top at @top. */
static double
layout_legend (ChronicleTimelineRenderer *self,
               cairo_t                   *cr,
               double                     top)
{
  const char *names[4];
  guint n = legend_names (self, names);
  double line_h = self->em * 1.8, pad = self->em * 0.5, swatch = self->em * 1.2;
  double x = self->em, y = pad;
  double width = view_width (self);
  guint lines = 1;

  if (n == 0 || width <= 0)
    return 0;
  for (guint i = 0; i < n; i++)
    {
      double w;

      if (names[i] == NULL)
        continue;
      w = swatch + self->em * 0.5 + text_width (self, self->small_font, names[i]);
      if (x > self->em && x + w > width - self->em)
        {
          x = self->em;
          y += line_h;
          lines++;
        }
      if (cr != NULL)
        {
          double sx = rtl (self) ? width - x - swatch : x;
          double tx = rtl (self) ? width - x - swatch - self->em * 0.5 - text_width (self, self->small_font, names[i])
                                 : x + swatch + self->em * 0.5;

          set_source (cr, &self->style.band[i], 4);
          cairo_rectangle (cr, sx, top + y + line_h * 0.25, swatch, line_h * 0.5);
          cairo_fill (cr);
          draw_text (self, cr, self->small_font, names[i], tx, top + y + line_h / 2, -1,
                     &self->style.foreground, 1, NULL);
        }
      x += w + self->em * 1.5;
    }
  return lines * line_h + 2 * pad;
}

/* The legend strip's height: measured again only when the width, the font, the
 * language or the data change (the hit test asks at every pointer motion). */
static double
legend_height (ChronicleTimelineRenderer *self)
{
  double width = view_width (self);

  if (self->legend_width != width)
    {
      self->legend_h = layout_legend (self, NULL, 0);
      self->legend_width = width;
    }
  return self->legend_h;
}

static void
draw_legend (ChronicleTimelineRenderer *self,
             cairo_t                   *cr)
{
  double h = legend_height (self), top = self->height - h;

  if (h <= 0)
    return;
  set_source (cr, &self->style.header_background, 1);
  cairo_rectangle (cr, 0, top, self->width, h);
  cairo_fill (cr);
  set_source (cr, &self->style.foreground, 0.15);
  cairo_rectangle (cr, 0, top, self->width, 1);
  cairo_fill (cr);
  layout_legend (self, cr, top);
}

/**
 * chronicle_timeline_renderer_draw_scene:
 *
 * Draws the scene computed by the last chronicle_timeline_renderer_layout()
 * (everything but the selection and hover highlights). Changes nothing.
 */
void
chronicle_timeline_renderer_draw_scene (ChronicleTimelineRenderer *self,
                                        cairo_t                   *cr)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  g_return_if_fail (cr != NULL);

  set_source (cr, &self->style.background, 1);
  cairo_paint (cr);

  if (self->dataset == NULL || self->layout == NULL || self->scale == NULL || self->text == NULL)
    return;

  cairo_save (cr);
  draw_eras (self, cr);
  draw_lanes (self, cr);
  draw_ticks (self, cr, FALSE);
  draw_markers (self, cr);
  draw_headers (self, cr);
  draw_legend (self, cr);
  draw_axis (self, cr);
  cairo_restore (cr);
}

/**
 * chronicle_timeline_renderer_draw:
 *
 * Lays out, then draws the whole timeline into @width × @height: for exports and
 * printing, which draw once.
 */
void
chronicle_timeline_renderer_draw (ChronicleTimelineRenderer *self,
                                  cairo_t                   *cr,
                                  double                     width,
                                  double                     height)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  g_return_if_fail (cr != NULL);

  chronicle_timeline_renderer_layout (self, width, height);
  chronicle_timeline_renderer_draw_scene (self, cr);
}

gboolean
chronicle_timeline_renderer_marker_rect (ChronicleTimelineRenderer *self,
                                         guint                      marker,
                                         cairo_rectangle_t         *rect)
{
  const ChronicleMarker *markers;
  guint n;
  double r, row_h;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), FALSE);

  markers = chronicle_scene_get_markers (self->scene, &n);
  if (marker >= n)
    return FALSE;

  r = marker_size (self) / 2;
  row_h = chronicle_timeline_renderer_get_row_height (self);
  if (markers[marker].count > 1)
    {
      rect->x = markers[marker].box_x0 - 2;
      rect->width = markers[marker].box_x1 - markers[marker].box_x0 - round (self->em * 0.8) + 4;
    }
  else
    {
      rect->x = markers[marker].x0 - r * 1.5;
      rect->width = MAX (markers[marker].x1 - markers[marker].x0, 0) + r * 3;
    }
  rect->y = row_top (self, markers[marker].row) + row_h / 2 - r * 1.5;
  rect->height = r * 3;
  return TRUE;
}

/**
 * chronicle_timeline_renderer_get_label_width:
 *
 * Returns: how wide @event's marker and whole label are drawn, from the marker's
 *   start to the label's end, in pixels
 */
double
chronicle_timeline_renderer_get_label_width (ChronicleTimelineRenderer *self,
                                             ChronicleEvent            *event)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);
  g_return_val_if_fail (CHRONICLE_IS_EVENT (event), 0);

  if (self->text == NULL)
    return 0;
  return marker_size (self) + self->em * 1.0 + text_width (self, self->font, event_title (self, event));
}

/**
 * chronicle_timeline_renderer_get_header_end:
 * @group: a group of the layout
 *
 * Returns: how far from the side reading starts from the lane's pinned name reaches,
 *   in pixels: what it may cover of the lane's first row
 */
double
chronicle_timeline_renderer_get_header_end (ChronicleTimelineRenderer *self,
                                            guint                      group)
{
  const ChronicleLaneGroup *g;
  const char *label;
  g_autofree char *owner = NULL;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);

  if (self->text == NULL || self->layout == NULL || group >= chronicle_lane_layout_get_n_groups (self->layout))
    return 0;
  g = chronicle_lane_layout_get_group (self->layout, group);
  label = g->label;
  if (chronicle_lane_layout_get_group_by (self->layout) == CHRONICLE_GROUP_BY_KIND)
    {
      owner = g_strdup_printf ("kind/%s", g->key);
      label = chronicle_dataset_translate (self->dataset, owner, self->language, "label", label);
    }
  else if (g->key != NULL)
    {
      owner = g_strdup_printf ("partner/%s", g->key);
      label = chronicle_dataset_translate (self->dataset, owner, self->language, "name", label);
    }
  return self->em * 1.6 + text_width (self, self->bold_font, label);
}

/* A ring around a marker: the selection (accent, thick) or the hover (thin). */
void
chronicle_timeline_renderer_draw_highlight (ChronicleTimelineRenderer *self,
                                            cairo_t                   *cr,
                                            guint                      marker,
                                            gboolean                   selected)
{
  cairo_rectangle_t rect;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));

  if (!chronicle_timeline_renderer_marker_rect (self, marker, &rect))
    return;
  set_source (cr, selected ? &self->style.accent : &self->style.foreground, selected ? 1 : 0.5);
  cairo_set_line_width (cr, selected ? 3 : 1.5);
  rounded_rect (cr, rect.x, rect.y, rect.width, rect.height, rect.height / 2);
  cairo_stroke (cr);
}

/**
 * chronicle_timeline_renderer_hit:
 * @marker: (out): the marker under (@x, @y), its label included
 *
 * Hit-tests the markers of the last draw.
 */
gboolean
chronicle_timeline_renderer_hit (ChronicleTimelineRenderer *self,
                                 double                     x,
                                 double                     y,
                                 guint                     *marker)
{
  double axis_h, row_h;
  guint n_rows;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), FALSE);

  axis_h = chronicle_timeline_renderer_get_axis_height (self);
  row_h = chronicle_timeline_renderer_get_row_height (self);
  if (y < axis_h || self->layout == NULL || y >= self->height - legend_height (self))
    return FALSE;
  n_rows = chronicle_scene_get_n_rows (self->scene);
  for (guint row = 0; row < n_rows; row++)
    {
      double top = row_top (self, row);

      if (y >= top && y < top + row_h)
        return chronicle_scene_find (self->scene, x, row, marker_size (self), marker);
    }
  return FALSE;
}

/* The top of @row as last drawn, for scrolling an event into view. */
double
chronicle_timeline_renderer_get_row_y (ChronicleTimelineRenderer *self,
                                       guint                      row)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);
  return row_top (self, row) + self->scroll_y - chronicle_timeline_renderer_get_axis_height (self);
}

/**
 * chronicle_timeline_renderer_get_needed_height:
 *
 * The height that would show every event labelled, at the scale's zoom, drawn
 * @width wide: what an export sizes its page from.
 */
double
chronicle_timeline_renderer_get_needed_height (ChronicleTimelineRenderer *self)
{
  double h;
  guint needed = 0;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);

  self->row_budget_override = 100000;
  ensure_stacked (self);
  for (guint g = 0; g < chronicle_scene_get_n_groups (self->scene); g++)
    needed += chronicle_scene_get_group (self->scene, g)->n_needed;
  self->row_budget_override = 0;
  h = chronicle_timeline_renderer_get_axis_height (self) + n_lanes (self) * header_height (self) +
      needed * chronicle_timeline_renderer_get_row_height (self) + bottom_room (self) + legend_height (self);
  return h;
}
