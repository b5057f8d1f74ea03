/* chronicle-timeline-view-style.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-timeline-view"

#include "config.h"

#include "chronicle-timeline-view-private.h"

/* How the timeline looks: its colours come from style.css (the timeline_* named
 * colours, so light, dark and high-contrast stylesheets each give theirs), its text
 * follows the desktop's font and text scale, and presenting it grows the text with the
 * height and draws outlines and full-strength text for a projector. */

static ChronicleColor
lookup (GtkWidget  *widget,
        const char *name,
        double      fallback_alpha)
{
  GdkRGBA rgba = { 0.5, 0.5, 0.5, fallback_alpha };

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &rgba);
G_GNUC_END_IGNORE_DEPRECATIONS
  return (ChronicleColor) { rgba.red, rgba.green, rgba.blue, rgba.alpha };
}

/**
 * chronicle_widget_get_font_pixels:
 *
 * The size of @widget's text in pixels, the desktop's text scale included.
 */
double
chronicle_widget_get_font_pixels (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double px, resolution;

  if (font == NULL || pango_font_description_get_size (font) <= 0)
    return 96.0 / 72.0 * 11;
  px = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (font))
    {
      resolution = pango_cairo_context_get_resolution (context);
      px *= (resolution > 0 ? resolution : 96.0) / 72.0;
    }
  return px;
}

/* The zoom the text is drawn at. Presenting, text is about a 28th of the screen's
 * height, so that it grows with the projector's resolution (39 px on a 1080-line one),
 * and never less than twice the default 11 pt text (29 px, what a 720-line one gets),
 * nor smaller than the desktop's: with the desktop's text already at 200 %, it grows
 * only past that. (A 25th, the same share as at 720 lines, made the camera change its
 * zoom at 12 of the 54 bundled steps at 1080 lines, where labels 43 px high fit fewer
 * spans; a 28th changes it at 4.) Behind a title slide, where the board shows the whole
 * story and the caption is what is read, the text is the caption's: a 40th of the height,
 * at least the desktop's. (At a 28th the bundled title slide at 1080 lines had room for
 * 11 of its 13 lanes, one row each, mostly "+N" badges; at a 40th all 13 show, with
 * most of their labels.) */
double
_chronicle_timeline_view_get_effective_zoom (ChronicleTimelineView *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  int height = root != NULL ? gtk_widget_get_height (root) : 0;
  double px, lower;

  if (!self->presenting || height <= 0)
    return self->zoom;
  px = chronicle_widget_get_font_pixels (GTK_WIDGET (self));
  if (self->overview)
    return MAX (height / 40.0 / px, 1.0);
  lower = MAX (1.0, 2 * 11 * 96.0 / 72.0 / px);
  return MAX (height / 28.0 / px, lower);
}

void
_chronicle_timeline_view_update_style (ChronicleTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  ChronicleTimelineStyle style;
  ChronicleColor bg;

  /* Colours come from style.css (timeline_* names), so light, dark and high-contrast
   * stylesheets each give theirs. */
  bg = lookup (widget, "timeline_bg_color", 1);
  chronicle_timeline_style_init_default (&style, 0.2126 * bg.red + 0.7152 * bg.green + 0.0722 * bg.blue < 0.5);
  style.background = bg;
  style.foreground = lookup (widget, "timeline_fg_color", 1);
  style.dim_foreground = lookup (widget, "timeline_dim_fg_color", 1);
  style.axis_background = lookup (widget, "timeline_axis_bg_color", 1);
  style.grid = lookup (widget, "timeline_grid_color", 1);
  style.era = lookup (widget, "timeline_era_color", 1);
  style.alternate_lane = lookup (widget, "timeline_alternate_lane_color", 1);
  style.header_background = lookup (widget, "timeline_header_bg_color", 1);
  style.accent = lookup (widget, "timeline_accent_color", 1);
  style.cluster = lookup (widget, "timeline_cluster_color", 1);
  style.band[0] = lookup (widget, "timeline_band_1_color", 1);
  style.band[1] = lookup (widget, "timeline_band_2_color", 1);
  style.band[2] = lookup (widget, "timeline_band_3_color", 1);
  style.band[3] = lookup (widget, "timeline_band_4_color", 1);
  style.high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  /* On a projector: outlines and full-strength text, whatever the theme. */
  if (self->presenting)
    {
      style.high_contrast = TRUE;
      style.dim_foreground = style.foreground;
      style.dim_foreground.alpha = 0.75;
    }

  chronicle_timeline_renderer_set_style (self->renderer, &style);
  self->applied_zoom = _chronicle_timeline_view_get_effective_zoom (self);
  chronicle_timeline_renderer_set_font (self->renderer, gtk_widget_get_pango_context (widget), self->applied_zoom);
  _chronicle_timeline_view_configure_vadjustment (self);
  _chronicle_timeline_view_invalidate (self);
}

void
_chronicle_timeline_view_css_changed (GtkWidget         *widget,
                                      GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->css_changed (widget, change);
  _chronicle_timeline_view_update_style (CHRONICLE_TIMELINE_VIEW (widget));
}
