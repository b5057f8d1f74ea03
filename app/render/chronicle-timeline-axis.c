/* chronicle-timeline-axis.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline's frame, behind and around the events: era spans and their names in
 * the axis band, lane backgrounds with the partners' relationship bands, the grid,
 * the time axis with its tick labels (never overlapping), and the lane names on
 * their own header line. Part of ChronicleTimelineRenderer. */

#define G_LOG_DOMAIN "chronicle-timeline-renderer"

#include "config.h"

#include "chronicle-timeline-renderer-private.h"

#include <math.h>

#include "chronicle-date-format.h"

#include <pango/pangocairo.h>

void
_chronicle_timeline_draw_eras (ChronicleTimelineRenderer *self,
                               cairo_t                   *cr)
{
  double top = chronicle_timeline_renderer_get_axis_height (self);

  for (guint i = 0; i < chronicle_dataset_get_n_eras (self->dataset); i++)
    {
      const ChronicleEra *era = chronicle_dataset_get_era (self->dataset, i);
      double x0, x1;

      span_x (self, chronicle_date_first_day (&era->start), chronicle_date_end_day (&era->end), &x0, &x1);
      if (x1 < 0 || x0 > self->width)
        continue;
      set_source (cr, &self->style.era, i % 2 == 0 ? 1.0 : 0.6);
      cairo_rectangle (cr, x0, top, x1 - x0, self->height - top);
      cairo_fill (cr);
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
  *x0 = MAX (*x0, time_x0 (self));
  *x1 = MIN (*x1, time_x1 (self));
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
  ChronicleColor label_color = chronicle_timeline_style_get_era_label_color (&self->style);
  double name_h, name_y, rule_y;
  int h;

  /* The names' line ends above the axis's bottom line, descenders ("Party",
   * "Congress") and all: a page's axis is cut there, which cut them mid-glyph. The
   * eras' rule goes above the names. */
  pango_layout_set_font_description (self->text, self->small_font);
  pango_layout_set_width (self->text, -1);
  pango_layout_set_text (self->text, "Mg", -1);
  pango_layout_get_pixel_size (self->text, NULL, &h);
  name_h = h;
  name_y = MIN (axis_h - self->em * 0.5, axis_h - 1.5 - name_h / 2);
  rule_y = MIN (axis_h - self->em * 1.05, name_y - name_h / 2 - 2);

  for (guint i = 0; i < n; i++)
    {
      double x0, x1, lx0, lx1;

      if (!era_x (self, i, &x0, &x1))
        continue;
      set_source (cr, &self->style.accent, 0.25);
      cairo_rectangle (cr, x0, rule_y, x1 - x0, 2);
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
      {
        const char *title = chronicle_dataset_get_era_title (self->dataset, i, self->language);
        double room = lx1 - lx0 - self->em * 0.8;
        double w = MIN (text_width (self, self->small_font, title), room);
        double x = rtl (self) ? lx1 - self->em * 0.4 - w : lx0 + self->em * 0.4;

        _chronicle_timeline_draw_text (self, cr, self->small_font, title, x, name_y, room, &label_color, 1, NULL);
      }
    }
}

void
_chronicle_timeline_draw_lanes (ChronicleTimelineRenderer *self,
                                cairo_t                   *cr)
{
  double row_h = chronicle_timeline_renderer_get_row_height (self);
  double axis_h = chronicle_timeline_renderer_get_axis_height (self);
  gboolean by_partner = chronicle_lane_layout_get_group_by (self->layout) == CHRONICLE_GROUP_BY_PARTNER;

  for (guint g = 0; g < chronicle_scene_get_n_groups (self->scene); g++)
    {
      const ChronicleLaneGroup *group = chronicle_lane_layout_get_group (self->layout, g);
      double top = group_top (self, g);
      double y0 = top;
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

/* Tick labels come back frame after frame ("Jan 2023", "14:00"): each is measured
 * once per font, and the table is emptied when it grows past a few zooms' worth. */
static double
measure_tick_label (const char *text,
                    gpointer    user_data)
{
  ChronicleTimelineRenderer *self = user_data;
  gpointer width;
  double w;

  if (self->tick_widths == NULL)
    self->tick_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (self->tick_widths, text, NULL, &width))
    return GPOINTER_TO_UINT (width) / 64.0;
  if (g_hash_table_size (self->tick_widths) >= 2048)
    g_hash_table_remove_all (self->tick_widths);
  w = text_width (self, self->small_font, text);
  g_hash_table_insert (self->tick_widths, g_strdup (text), GUINT_TO_POINTER ((guint) (w * 64)));
  return w;
}

/* The axis's ticks for the scale's range and the drawing's width, each with its label
 * measured in the axis's font: the finest step whose labels all fit with an em
 * between them, the first one's year or day included (its width is reserved when
 * the step is chosen, so it never costs the next tick its label). Called by
 * chronicle_timeline_renderer_layout(); drawing only reads them. */
void
_chronicle_timeline_compute_ticks (ChronicleTimelineRenderer *self)
{
  ChronicleTickLabelling labelling = {
    .measure = measure_tick_label,
    .user_data = self,
    .pad = 4,
    .gap = self->em,
    .min_spacing = text_width (self, self->small_font, "30 Sep 2023") + self->em * 1.5,
  };

  self->tick_step = chronicle_time_scale_compute_ticks (self->scale, &labelling, self->ticks);
}

/**
 * chronicle_timeline_renderer_get_ticks:
 * @n_ticks: (out): how many
 * @step: (out) (optional): the step they are apart
 *
 * Returns: (transfer none) (array length=n_ticks): the time axis's ticks and labels
 *   of the last chronicle_timeline_renderer_layout(), in time order, as drawn
 */
const ChronicleTimeScaleTick *
chronicle_timeline_renderer_get_ticks (ChronicleTimelineRenderer *self,
                                       guint                     *n_ticks,
                                       ChronicleTickStep         *step)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_RENDERER (self), NULL);
  g_return_val_if_fail (n_ticks != NULL, NULL);

  *n_ticks = self->ticks->len;
  if (step != NULL)
    *step = self->tick_step;
  return (const ChronicleTimeScaleTick *) (gpointer) self->ticks->data;
}

/* The ticks of the last layout: grid lines down the rows, or on the axis band tick
 * marks with their labels (every one whole; none overlap). */
void
_chronicle_timeline_draw_ticks (ChronicleTimelineRenderer *self,
                                cairo_t                   *cr,
                                gboolean                   labels)
{
  double axis_h = chronicle_timeline_renderer_get_axis_height (self);

  for (guint i = 0; i < self->ticks->len; i++)
    {
      const ChronicleTimeScaleTick *tick = &g_array_index (self->ticks, ChronicleTimeScaleTick, i);

      if (!labels)
        {
          set_source (cr, &self->style.grid, 1);
          cairo_rectangle (cr, tick->x, axis_h, 1, self->height - axis_h);
          cairo_fill (cr);
          continue;
        }

      set_source (cr, &self->style.foreground, 0.35);
      cairo_rectangle (cr, tick->x, 0, 1, axis_h * 0.62);
      cairo_fill (cr);
      if (tick->label != NULL)
        _chronicle_timeline_draw_text (self, cr, self->small_font, tick->label, tick->label_x, axis_h * 0.32, -1,
                                       &self->style.foreground, 0.85, NULL);
    }
}

void
_chronicle_timeline_draw_axis (ChronicleTimelineRenderer *self,
                               cairo_t                   *cr)
{
  double axis_h = chronicle_timeline_renderer_get_axis_height (self);

  set_source (cr, &self->style.axis_background, 1);
  cairo_rectangle (cr, 0, 0, self->width, axis_h);
  cairo_fill (cr);
  set_source (cr, &self->style.foreground, 0.15);
  cairo_rectangle (cr, 0, axis_h - 1, self->width, 1);
  cairo_fill (cr);
  _chronicle_timeline_draw_ticks (self, cr, TRUE);
  draw_era_labels (self, cr);
}

/* The lines of a lane's name @width wide, at most @lines of them: broken only where a
 * line may break between words (Pango's word wrapping, which also knows scripts without
 * spaces), never inside a word with a hyphen ("Relationsh-" / "ip upgrade"). The last
 * line holds all the text left. A line wider than @width (one long word, or the text
 * left) is ellipsized where it is drawn. */
char **
_chronicle_timeline_lane_name_lines (PangoContext               *pango,
                                     const PangoFontDescription *font,
                                     const char                 *label,
                                     double                      width,
                                     int                         lines)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (pango);
  g_autoptr(GStrvBuilder) out = g_strv_builder_new ();
  int n;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, label, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  n = MIN (pango_layout_get_line_count (layout), MAX (lines, 1));
  for (int i = 0; i < n; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
      int start = pango_layout_line_get_start_index (line);
      int length = i == n - 1 ? (int) strlen (label) - start : pango_layout_line_get_length (line);
      g_autofree char *text = g_strndup (label + start, length);

      g_strv_builder_add (out, g_strchomp (text));
    }
  return g_strv_builder_end (out);
}

/* Lane @g's name in the gutter beside the part of its rows in view, [@top, @bottom):
 * on its first row, wrapping between words onto the lines its rows have room for,
 * ellipsized past them (a word wider than the gutter too). Plain text, never markup. */
static void
draw_lane_name (ChronicleTimelineRenderer *self,
                cairo_t                   *cr,
                guint                      g,
                double                     x,
                double                     width,
                double                     top,
                double                     bottom)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->pango);
  g_autofree char *owner = NULL;
  const char *label = _chronicle_timeline_lane_label (self, g, &owner);
  double row_h = chronicle_timeline_renderer_get_row_height (self);
  g_auto(GStrv) texts = NULL;
  int line_h, lines;

  if (label == NULL || *label == '\0' || width <= 0)
    return;
  pango_layout_set_font_description (layout, self->bold_font);
  pango_layout_set_text (layout, "M", 1);
  pango_layout_get_pixel_size (layout, NULL, &line_h);
  lines = MAX (1, (int) floor ((bottom - top - (row_h - line_h)) / MAX (line_h, 1)));
  texts = _chronicle_timeline_lane_name_lines (self->pango, self->bold_font, label, width, lines);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  /* Against the gutter's outer edge. (Pango swaps left and right for a line whose
   * direction differs from the context's: a left-to-right name in a right-to-left
   * interface would go to the left.) */
  pango_layout_set_auto_dir (layout, !rtl (self));
  pango_layout_set_alignment (layout, rtl (self) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);

  cairo_save (cr);
  cairo_rectangle (cr, x, top, width, bottom - top);
  cairo_clip (cr);
  set_source (cr, &self->style.foreground, 0.9);
  for (int i = 0; texts[i] != NULL; i++)
    {
      pango_layout_set_text (layout, texts[i], -1);
      cairo_move_to (cr, x, top + MAX ((row_h - line_h) / 2, 0) + i * line_h);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_restore (cr);
}

/* The lane names' gutter, on the side reading starts from: each lane's name beside
 * its rows, on the lane's shade, kept in view while any of its rows is (scrolled, or
 * a page that continues the lane). Nothing else is drawn there: no label is ever
 * under a name. */
void
_chronicle_timeline_draw_headers (ChronicleTimelineRenderer *self,
                                  cairo_t                   *cr)
{
  double axis_h = chronicle_timeline_renderer_get_axis_height (self);
  double row_h = chronicle_timeline_renderer_get_row_height (self);
  double gutter = chronicle_timeline_renderer_get_gutter (self);
  double limit = self->height - _chronicle_timeline_legend_height (self);
  double gx = rtl (self) ? self->width - gutter : 0;
  double pad = self->em * 0.6;

  if (gutter <= 0)
    return;

  /* The corner over the gutter is the axis band's; below it, the background. */
  set_source (cr, &self->style.axis_background, 1);
  cairo_rectangle (cr, gx, 0, gutter, axis_h);
  cairo_fill (cr);
  set_source (cr, &self->style.foreground, 0.15);
  cairo_rectangle (cr, gx, axis_h - 1, gutter, 1);
  cairo_fill (cr);
  set_source (cr, &self->style.background, 1);
  cairo_rectangle (cr, gx, axis_h, gutter, limit - axis_h);
  cairo_fill (cr);

  for (guint g = 0; g < chronicle_scene_get_n_groups (self->scene); g++)
    {
      double top = group_top (self, g);
      double bottom = top + chronicle_scene_get_group (self->scene, g)->n_rows * row_h;
      double shown_top = MAX (top, axis_h), shown_bottom = MIN (bottom, limit);

      if (shown_bottom <= shown_top)
        continue;
      if (g % 2 == 1)
        {
          set_source (cr, &self->style.alternate_lane, 1);
          cairo_rectangle (cr, gx, shown_top, gutter, shown_bottom - shown_top);
          cairo_fill (cr);
        }
      if (top >= axis_h)
        {
          set_source (cr, &self->style.grid, 1.5);
          cairo_rectangle (cr, gx, top, gutter, 1);
          cairo_fill (cr);
        }
      draw_lane_name (self, cr, g, gx + pad, gutter - 2 * pad, shown_top, shown_bottom);
    }

  /* The gutter's edge, where time starts. */
  set_source (cr, &self->style.foreground, 0.15);
  cairo_rectangle (cr, rtl (self) ? gx : gx + gutter - 1, axis_h, 1, limit - axis_h);
  cairo_fill (cr);
}

/**
 * _chronicle_timeline_lane_label:
 * @owner: (out): set to the translation's owner, for the caller to free with the label
 *
 * Returns: (transfer none): lane @group's name, in the renderer's language
 */
const char *
_chronicle_timeline_lane_label (ChronicleTimelineRenderer  *self,
                                guint                       group,
                                char                      **owner)
{
  const ChronicleLaneGroup *g = chronicle_lane_layout_get_group (self->layout, group);

  *owner = NULL;
  if (chronicle_lane_layout_get_group_by (self->layout) == CHRONICLE_GROUP_BY_KIND)
    {
      *owner = g_strdup_printf ("kind/%s", g->key);
      return chronicle_dataset_translate (self->dataset, *owner, self->language, "label", g->label);
    }
  if (g->key != NULL)
    {
      *owner = g_strdup_printf ("partner/%s", g->key);
      return chronicle_dataset_translate (self->dataset, *owner, self->language, "name", g->label);
    }
  return g->label;
}
