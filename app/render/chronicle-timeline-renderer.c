/* chronicle-timeline-renderer.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Draws the timeline onto any cairo context: the widget's render node, a PNG, SVG
 * or PDF export, the frame benchmark. This file is the object: its data, font and
 * size, measuring labels, stacking the scene and computing the markers in view, the
 * draw order of the layers, and hit-testing. The layers are drawn by
 * chronicle-timeline-axis.c (eras, lanes, axis, lane names), -events.c (markers,
 * bars, badges, labels) and -legend.c; they share chronicle-timeline-renderer-private.h.
 *
 * Per frame nothing is allocated but tick labels (made in layout with the axis's
 * ticks, their widths kept per font): one PangoLayout is reused for every text; event titles are borrowed from the model; kind colours and shapes are
 * resolved once per dataset into a table looked up by the (interned) kind pointer. */

#define G_LOG_DOMAIN "chronicle-timeline-renderer"

#include "config.h"

#include "chronicle-timeline-renderer-private.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

G_DEFINE_FINAL_TYPE (ChronicleTimelineRenderer, chronicle_timeline_renderer, G_TYPE_OBJECT)

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
  g_clear_object (&self->text);
  g_clear_object (&self->ellipsis);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->small_font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  g_clear_pointer (&self->kind_looks, g_hash_table_unref);
  g_clear_pointer (&self->level_bands, g_hash_table_unref);
  g_clear_pointer (&self->badges, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->tick_widths, g_hash_table_unref);

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
  self->kind_looks = g_hash_table_new_full (NULL, NULL, NULL, _chronicle_kind_look_free);
  self->level_bands = g_hash_table_new (g_str_hash, g_str_equal);
  self->badges = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->labels = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->ticks = g_array_new (FALSE, TRUE, sizeof (ChronicleTimeScaleTick));
  g_array_set_clear_func (self->ticks, chronicle_time_scale_tick_clear);
  self->em = 14;
  self->zoom = 1;
  self->legend_width = -1;
  self->gutter = -1;
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
  self->gutter = -1;
  g_clear_pointer (&self->label_widths, g_free);
  g_hash_table_remove_all (self->labels);
  chronicle_scene_set_label_widths (self->scene, NULL);
  chronicle_scene_set_layout (self->scene, layout, chronicle_dataset_get_events (dataset));
  chronicle_scene_set_mask (self->scene, mask);
  /* Labels keep within the data's own edges (pages and a reading range set more). */
  chronicle_scene_set_limits (self->scene, -G_MAXDOUBLE, G_MAXDOUBLE);
  self->reading_first = self->reading_end = 0;
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
  g_clear_pointer (&self->tick_widths, g_hash_table_unref);
  /* Sprites are drawn at the marker size, which follows the font. */
  g_hash_table_remove_all (self->kind_looks);
  g_clear_object (&self->text);
  g_clear_object (&self->ellipsis);
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
  self->gutter = -1;
  g_clear_pointer (&self->label_widths, g_free);
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
  self->gutter = -1;
  g_clear_pointer (&self->label_widths, g_free);
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
  return round (self->em * 1.45);
}

static void ensure_stacked (ChronicleTimelineRenderer *self);

/* The lanes' rows, and the legend's strip when there is one. */
double
chronicle_timeline_renderer_get_content_height (ChronicleTimelineRenderer *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);

  if (self->layout == NULL || self->scale == NULL || self->text == NULL)
    return 0;
  ensure_stacked (self);
  return chronicle_scene_get_n_rows (self->scene) * chronicle_timeline_renderer_get_row_height (self) +
         bottom_room (self) + _chronicle_timeline_legend_height (self);
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

/* The lane names' column: as wide as the widest name, up to fifteen ems and a fifth of
 * the width (longer names wrap, then are ellipsized); gutter_whole, as wide as the
 * widest name on one line. Measured once per layout, font and language. */
static double
gutter_width (ChronicleTimelineRenderer *self)
{
  double widest = 0;

  if (self->gutter >= 0)
    return self->gutter;
  if (self->layout == NULL || self->text == NULL || self->dataset == NULL)
    return 0;
  for (guint g = 0; g < n_lanes (self); g++)
    {
      g_autofree char *owner = NULL;
      const char *label = _chronicle_timeline_lane_label (self, g, &owner);

      if (label != NULL && *label != '\0')
        widest = MAX (widest, text_width (self, self->bold_font, label));
    }
  self->gutter = widest > 0 ? ceil (MIN (widest, self->em * 15) + self->em * 1.2) : 0;
  self->gutter_whole = widest > 0 ? ceil (widest + self->em * 1.2) : 0;
  return self->gutter;
}

static guint row_budget (ChronicleTimelineRenderer *self);

/* Whether lanes have a single row to their name: when the drawing has rows for fewer
 * than two a lane (a projected board, where everything is twice as large). Their
 * names cannot wrap onto a second line there, so they must fit on one. It goes by the
 * size and the font, never the zoom, so time's part of the width holds still while
 * zooming. */
static gboolean
names_on_one_line (ChronicleTimelineRenderer *self)
{
  guint lanes = n_lanes (self);

  if (lanes == 0 || self->height <= 0 || self->row_budget_override > 0)
    return FALSE;
  return row_budget (self) < 2 * lanes;
}

/* Time keeps at least this much of a wide drawing however wide the names are. */
#define MIN_TIME_WIDTH 800

/* The gutter's width for a drawing @width wide: names wrap in up to a fifth of it;
 * where they have one line, they are whole in up to three tenths, as long as time
 * keeps MIN_TIME_WIDTH (a narrow window keeps the fifth). */
static double
gutter_for (ChronicleTimelineRenderer *self,
            double                     width)
{
  double gutter = gutter_width (self);
  double fifth = floor (width * 0.2);

  if (gutter > 0 && names_on_one_line (self))
    return MIN (MAX (gutter, self->gutter_whole), MAX (fifth, MIN (floor (width * 0.3), width - MIN_TIME_WIDTH)));
  return MIN (gutter, fifth);
}

/* Time takes the width but the gutter, which is on the side reading starts from. */
static void
apply_geometry (ChronicleTimelineRenderer *self)
{
  double gutter;

  if (self->scale == NULL || self->width <= 0)
    return;
  gutter = gutter_for (self, self->width);
  chronicle_time_scale_set_origin (self->scale, rtl (self) ? 0 : gutter);
  chronicle_time_scale_set_width (self->scale, self->width - gutter);
}

/**
 * chronicle_timeline_renderer_set_size:
 *
 * The size drawn into, before the first draw (the widget's allocation). The scale
 * is given the width the lane names' gutter leaves to time, and where it starts.
 */
void
chronicle_timeline_renderer_set_size (ChronicleTimelineRenderer *self,
                                      double                     width,
                                      double                     height)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  self->width = width;
  self->height = height;
  apply_geometry (self);
}

/**
 * chronicle_timeline_renderer_get_gutter:
 *
 * Returns: the lane names' column width, in pixels, at the width last laid out
 */
double
chronicle_timeline_renderer_get_gutter (ChronicleTimelineRenderer *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);
  return gutter_for (self, self->width);
}

/* Plain text (never markup) at (x, y), ellipsized to @max_width when > 0. */
void
_chronicle_timeline_draw_text (ChronicleTimelineRenderer  *self,
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

static void measure_labels (ChronicleTimelineRenderer *self);

/* What the scene stacks with, from the font. */
static void
update_metrics (ChronicleTimelineRenderer *self)
{
  ChronicleSceneMetrics metrics;
  PangoLayout *digit = _chronicle_timeline_badge_layout (self, 8);
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
  double room = self->height - chronicle_timeline_renderer_get_axis_height (self) - _chronicle_timeline_legend_height (self) -
                bottom_room (self);

  return (guint) MAX (1, floor (room / chronicle_timeline_renderer_get_row_height (self)));
}

/**
 * chronicle_timeline_renderer_set_reading_range:
 * @first_day: the first day of a file's opening view
 * @end_day: the day after its last; ≤ @first_day: none
 *
 * Where a file is read (its opening view). When the zoom shows that range or less,
 * labels keep within it as within the data's edges: at the opening view none runs
 * off either side. Zoomed out further, only the data's edges count. The canvas sets
 * it; exports and print set their pages' limits on the scene instead.
 */
void
chronicle_timeline_renderer_set_reading_range (ChronicleTimelineRenderer *self,
                                               double                     first_day,
                                               double                     end_day)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self));
  /* No range any more: the limits it set go. */
  if (end_day <= first_day && self->reading_end > self->reading_first)
    chronicle_scene_set_limits (self->scene, -G_MAXDOUBLE, G_MAXDOUBLE);
  self->reading_first = first_day;
  self->reading_end = end_day;
}

/* The scene's limits at this zoom, when the canvas has a reading range. The fit of
 * the range has margins (wide ones at large text): the range is "shown" up to two
 * zoom levels (twice its span) out of its own. */
static void
apply_reading_range (ChronicleTimelineRenderer *self)
{
  double span = self->reading_end - self->reading_first;
  double width = chronicle_time_scale_get_width (self->scale);
  int level, range_level;

  if (span <= 0)
    return;
  level = chronicle_scene_zoom_level (chronicle_time_scale_days_per_pixel (self->scale));
  range_level = chronicle_scene_zoom_level (span / MAX (width, 1));
  if (level <= range_level + 2)
    chronicle_scene_set_limits (self->scene, self->reading_first, self->reading_end);
  else
    chronicle_scene_set_limits (self->scene, -G_MAXDOUBLE, G_MAXDOUBLE);
}

/* Stacking for this zoom level and size: done again only when either changed. */
static void
ensure_stacked (ChronicleTimelineRenderer *self)
{
  if (self->dataset == NULL || self->layout == NULL || self->scale == NULL || self->text == NULL)
    return;
  measure_labels (self);
  update_metrics (self);
  apply_reading_range (self);
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

  apply_geometry (self);
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
  _chronicle_timeline_compute_ticks (self);
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

  /* Time in its own part of the width; the lane names in the gutter beside it. */
  cairo_save (cr);
  cairo_rectangle (cr, time_x0 (self), 0, time_x1 (self) - time_x0 (self), self->height);
  cairo_clip (cr);
  _chronicle_timeline_draw_eras (self, cr);
  _chronicle_timeline_draw_lanes (self, cr);
  _chronicle_timeline_draw_ticks (self, cr, FALSE);
  _chronicle_timeline_draw_markers (self, cr);
  _chronicle_timeline_draw_axis (self, cr);
  cairo_restore (cr);
  cairo_save (cr);
  _chronicle_timeline_draw_headers (self, cr);
  _chronicle_timeline_draw_legend (self, cr);
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
      const ChronicleMarker *m = &markers[marker];
      double x0 = m->x0 - r * 1.5, x1 = MAX (m->x1, m->x0) + r * 1.5;

      /* Around the marker, never over its label's first letters (a day at a close zoom
       * is wider than the marker). */
      if (m->labelled && !m->label_inside)
        {
          if (m->label_x >= m->anchor)
            x1 = MIN (x1, m->label_x - MAX (2, (m->label_x - MAX (m->x1, m->anchor + r)) / 2));
          else
            x0 = MAX (x0, m->label_x + m->label_width +
                          MAX (2, (MIN (m->x0, m->anchor - r) - m->label_x - m->label_width) / 2));
        }
      rect->x = x0;
      rect->width = MAX (x1 - x0, r * 2);
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
 * Returns: how far from the side reading starts from the lane's name reaches, in
 *   pixels: the gutter's edge, where time starts
 */
double
chronicle_timeline_renderer_get_header_end (ChronicleTimelineRenderer *self,
                                            guint                      group)
{
  const char *label;
  g_autofree char *owner = NULL;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);

  if (self->text == NULL || self->layout == NULL || group >= chronicle_lane_layout_get_n_groups (self->layout))
    return 0;
  label = _chronicle_timeline_lane_label (self, group, &owner);
  return label != NULL && *label != '\0' ? gutter_for (self, self->width) : 0;
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
  /* In time's part of the width: never over the lane names. */
  cairo_save (cr);
  cairo_rectangle (cr, time_x0 (self), 0, time_x1 (self) - time_x0 (self), self->height);
  cairo_clip (cr);
  set_source (cr, selected ? &self->style.accent : &self->style.foreground, selected ? 1 : 0.5);
  cairo_set_line_width (cr, selected ? 3 : 1.5);
  chronicle_shape_rounded_rect (cr, rect.x, rect.y, rect.width, rect.height, rect.height / 2);
  cairo_stroke (cr);
  cairo_restore (cr);
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
  if (y < axis_h || self->layout == NULL || y >= self->height - _chronicle_timeline_legend_height (self) ||
      x < time_x0 (self) || x >= time_x1 (self))
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

/**
 * chronicle_timeline_renderer_get_lane_name_at:
 *
 * Returns: (transfer full) (nullable): the name of the lane whose name is at (@x, @y)
 *   in the gutter, in the renderer's language (for a tooltip: a long name may be
 *   ellipsized there), or %NULL
 */
char *
chronicle_timeline_renderer_get_lane_name_at (ChronicleTimelineRenderer *self,
                                              double                     x,
                                              double                     y)
{
  double axis_h, row_h, gutter, gx;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), NULL);

  if (self->layout == NULL || self->scale == NULL || self->text == NULL)
    return NULL;
  axis_h = chronicle_timeline_renderer_get_axis_height (self);
  row_h = chronicle_timeline_renderer_get_row_height (self);
  gutter = gutter_for (self, self->width);
  gx = rtl (self) ? self->width - gutter : 0;
  if (gutter <= 0 || x < gx || x >= gx + gutter || y < axis_h ||
      y >= self->height - _chronicle_timeline_legend_height (self))
    return NULL;
  for (guint g = 0; g < chronicle_scene_get_n_groups (self->scene); g++)
    {
      double top = group_top (self, g);

      if (y >= top && y < top + chronicle_scene_get_group (self->scene, g)->n_rows * row_h)
        {
          g_autofree char *owner = NULL;
          const char *label = _chronicle_timeline_lane_label (self, g, &owner);

          return label != NULL && *label != '\0' ? g_strdup (label) : NULL;
        }
    }
  return NULL;
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
  guint needed = 0, budget = self->row_budget_override;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), 0);

  self->row_budget_override = 100000;
  ensure_stacked (self);
  for (guint g = 0; g < chronicle_scene_get_n_groups (self->scene); g++)
    needed += chronicle_scene_get_group (self->scene, g)->n_needed;
  self->row_budget_override = budget;
  h = chronicle_timeline_renderer_get_axis_height (self) +
      needed * chronicle_timeline_renderer_get_row_height (self) + bottom_room (self) +
      _chronicle_timeline_legend_height (self);
  return h;
}
