/* chronicle-export.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-export"

#include "config.h"

#include "chronicle-export.h"
#include "chronicle-export-private.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "chronicle-date-format.h"
#include "chronicle-time-scale.h"
#include "chronicle-timeline-pages.h"
#include "chronicle-timeline-renderer.h"

/* Timelines for people to print, project or put in a report: pages with the title,
 * the events' range, the timeline (drawn by the canvas's own renderer, as vectors for
 * SVG and PDF), a legend of kinds with their shapes, and every source. Not a
 * screenshot: the same scene laid out for the size asked. Paper (PDF, print) keeps
 * its text readable and adds pages — whole years or months, continued while the
 * rows need — while an image (PNG, SVG) is one picture, drawn a little smaller to fit or refused. */

void
chronicle_export_size (ChronicleExportSize    size,
                       ChronicleExportFormat  format,
                       double                *width,
                       double                *height)
{
  /* Paper in points for PDF, in pixels at 150 dpi for PNG and at 96 dpi (CSS's pixel,
   * what a browser shows an SVG at) for SVG. */
  double scale = format == CHRONICLE_EXPORT_PNG ? 150.0 / 72.0
               : format == CHRONICLE_EXPORT_SVG ? 96.0 / 72.0 : 1.0;

  switch (size)
    {
    case CHRONICLE_EXPORT_A4:
      *width = round (842 * scale), *height = round (595 * scale);
      break;
    case CHRONICLE_EXPORT_A3:
      *width = round (1191 * scale), *height = round (842 * scale);
      break;
    case CHRONICLE_EXPORT_SCREEN:
    default:
      *width = 1920, *height = 1080;
      break;
    }
}

G_DEFINE_QUARK (chronicle-export-error-quark, chronicle_export_error)

static void
show_text (cairo_t              *cr,
           PangoContext         *context,
           PangoFontDescription *font,
           const char           *text,
           double                x,
           double                y,
           double                max_width,
           double               *height_out)
{
  PangoLayout *layout = pango_layout_new (context);
  int h;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  /* Plain text: data is never markup. */
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, NULL, &h);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  if (height_out != NULL)
    *height_out = h;
  g_object_unref (layout);
}

/* ---- pages ------------------------------------------------------------------ */

/* The smallest an image's timeline is drawn, against its normal size: labels stay
 * readable (10 pt text drawn at 7 pt, 9 pixels high). Paper never shrinks: it has
 * more pages. */
#define MIN_SHRINK 0.7

/* A page of a document: a time range (whole years or months, or the whole range),
 * the rows of its timeline on this page, which of the pages its range takes it is
 * (part @part of @n_parts: a range continued over more than one), and the events
 * left out of its layout as earlier pages show them (or NULL). */
typedef struct
{
  double  first_day;
  double  end_day;
  guint   first_row;
  guint   end_row;
  guint   part;
  guint   n_parts;
  guint8 *hidden;
} ExportPage;

static void
export_page_clear (gpointer data)
{
  g_clear_pointer (&((ExportPage *) data)->hidden, g_free);
}

/* What every page of one export shares: its fonts and frame (title, subtitle, the
 * timeline's box, the legend and the sources), and the renderer, laid out for one
 * time range at a time. */
typedef struct
{
  const ChronicleExportOptions *options;
  PangoContext                 *context;
  PangoFontDescription         *font;
  PangoFontDescription         *title_font;
  PangoFontDescription         *small_font;
  PangoLayout                  *sources;
  int                           sources_h;
  double                        width;
  double                        height;
  double                        margin;
  double                        inner_w;
  double                        title_h;
  double                        subtitle_h;
  double                        timeline_y;
  double                        timeline_h;
  double                        legend_h;
  double                        shrink;
  gboolean                      grow;       /* as tall as the rows need */
  ChronicleTimelineRenderer    *renderer;
  ChronicleLaneLayout          *layout;
  ChronicleTimeScale           *scale;
  guint8                       *mask;       /* the filter's, and in the range laid out */
} Document;

/* The footer under the timeline: the legend, the sources and the margins. */
static double
footer_height (Document *doc)
{
  return doc->legend_h + doc->margin * 1.5 + (doc->sources_h > 0 ? doc->sources_h + doc->margin / 3 : 0);
}

static void
document_set_height (Document *doc,
                     double    height)
{
  doc->height = height;
  doc->timeline_h = MAX (height - doc->timeline_y - footer_height (doc), height / 4);
}

static void
document_init (Document                     *doc,
               const ChronicleExportOptions *options,
               cairo_t                      *cr,
               double                        width,
               double                        height,
               double                        resolution)
{
  ChronicleTimelineStyle style;
  PangoLayout *text;
  int h;

  memset (doc, 0, sizeof *doc);
  doc->options = options;
  doc->width = width;
  doc->height = height;
  doc->shrink = 1;
  doc->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (doc->context, resolution);
  pango_cairo_update_context (cr, doc->context);
  /* Sizes on paper: the timeline's labels 10 pt, lane names and ticks 8.5 pt, the
   * legend and the sources 9 pt. */
  doc->font = pango_font_description_from_string ("Sans 10");
  doc->title_font = pango_font_description_from_string ("Sans Bold 18");
  doc->small_font = pango_font_description_from_string ("Sans 9");
  /* An image as tall as it needs has its margins from its 16:9 least height. */
  doc->margin = MIN (width, height > 1 ? height : width * 9 / 16) / 28;
  doc->inner_w = width - 2 * doc->margin;

  text = pango_layout_new (doc->context);
  pango_layout_set_text (text, "Mg", -1);
  pango_layout_set_font_description (text, doc->title_font);
  pango_layout_get_pixel_size (text, NULL, &h);
  doc->title_h = h;
  pango_layout_set_font_description (text, doc->font);
  pango_layout_get_pixel_size (text, NULL, &h);
  doc->subtitle_h = h;
  g_object_unref (text);

  /* The footer, measured first: the legend and the sources take what they need. */
  doc->legend_h = _chronicle_export_legend (options, doc->context, doc->small_font, NULL, 0, 0, doc->inner_w);
  doc->sources = _chronicle_export_sources (options, doc->context, doc->small_font, doc->inner_w);
  if (doc->sources != NULL)
    pango_layout_get_pixel_size (doc->sources, NULL, &doc->sources_h);
  doc->timeline_y = doc->margin + doc->title_h + doc->margin / 4 + doc->subtitle_h + doc->margin / 2;
  document_set_height (doc, height);

  doc->layout = chronicle_lane_layout_new ();
  doc->scale = chronicle_time_scale_new ();
  doc->renderer = chronicle_timeline_renderer_new ();
  chronicle_time_scale_set_span_limits (doc->scale, 1, 1e13);
  pango_context_set_font_description (doc->context, doc->font);
  chronicle_timeline_style_init_default (&style, FALSE);
  chronicle_timeline_renderer_set_style (doc->renderer, &style);
  chronicle_timeline_renderer_set_font (doc->renderer, doc->context, 1.0);
  chronicle_timeline_renderer_set_language (doc->renderer, options->language);
  chronicle_timeline_renderer_set_scale (doc->renderer, doc->scale);
  /* Every row the labels need: nothing is merged into "+N", pages are added instead. */
  chronicle_timeline_renderer_set_row_budget (doc->renderer, 100000);
  doc->mask = g_new0 (guint8, MAX (chronicle_event_store_get_n_events (chronicle_dataset_get_events (options->dataset)), 1));
}

static void
document_clear (Document *doc)
{
  g_clear_object (&doc->renderer);
  g_clear_object (&doc->layout);
  g_clear_object (&doc->scale);
  g_clear_object (&doc->sources);
  g_clear_object (&doc->context);
  g_clear_pointer (&doc->font, pango_font_description_free);
  g_clear_pointer (&doc->title_font, pango_font_description_free);
  g_clear_pointer (&doc->small_font, pango_font_description_free);
  g_clear_pointer (&doc->mask, g_free);
}

/* Lays the timeline out for [@first_day, @end_day): only the lanes with events there,
 * but those of @hidden (nullable), at the page's width. Returns how many rows it has. */
static guint
document_lay_out (Document     *doc,
                  double        first_day,
                  double        end_day,
                  const guint8 *hidden)
{
  const ChronicleExportOptions *options = doc->options;
  ChronicleEventStore *store = chronicle_dataset_get_events (options->dataset);
  const gint64 *starts = chronicle_event_store_get_starts (store);
  const gint64 *ends = chronicle_event_store_get_ends (store);
  double w = doc->inner_w / doc->shrink, time_w, reach, pad;

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    doc->mask[i] = (options->mask == NULL || options->mask[i]) && (hidden == NULL || !hidden[i]) &&
                   (double) starts[i] < end_day && (double) MAX (ends[i], starts[i] + 1) > first_day;
  chronicle_lane_layout_compute (doc->layout, options->dataset, doc->mask, options->group_by, 1);
  chronicle_timeline_renderer_set_data (doc->renderer, options->dataset, doc->layout, NULL);
  /* The width time has beside the lane names, then room at either end for a marker's
   * reach, so that a marker on the range's first or last day (a year's event on 1
   * January, the last of a deep-time range a day before its end) is drawn whole
   * inside the frame, not cut by it. */
  chronicle_timeline_renderer_set_size (doc->renderer, w, doc->timeline_h / doc->shrink);
  time_w = chronicle_time_scale_get_width (doc->scale);
  reach = chronicle_timeline_renderer_get_marker_reach (doc->renderer);
  pad = (end_day - first_day) * reach / MAX (time_w - 2 * reach, 1);
  chronicle_time_scale_set_visible (doc->scale, first_day - pad, end_day + pad);
  /* A page begins and ends: labels that would run off its end go before their markers,
   * and none turns before its start. */
  chronicle_scene_set_limits (chronicle_timeline_renderer_get_scene (doc->renderer), first_day, end_day);
  chronicle_timeline_renderer_layout (doc->renderer, w, doc->timeline_h / doc->shrink);
  return chronicle_scene_get_n_rows (chronicle_timeline_renderer_get_scene (doc->renderer));
}

/* Whether [@first_day, @end_day) holds an event the filter keeps, and, with @shown,
 * one that no page before shows. */
static gboolean
range_has_events (const ChronicleExportOptions *options,
                  const guint8                 *shown,
                  double                        first_day,
                  double                        end_day)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (options->dataset);
  const gint64 *starts = chronicle_event_store_get_starts (store);
  const gint64 *ends = chronicle_event_store_get_ends (store);

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    if ((options->mask == NULL || options->mask[i]) && (shown == NULL || !shown[i]) &&
        (double) starts[i] < end_day && (double) MAX (ends[i], starts[i] + 1) > first_day)
      return TRUE;
  return FALSE;
}

/**
 * chronicle_export_check_events:
 * @error: set to %CHRONICLE_EXPORT_ERROR_NO_EVENTS, saying the range, when the
 *   range of @options holds no event that the filter keeps
 *
 * Whether there is anything to draw: an export or a print of a range with no
 * events would be an empty frame, so it is refused with a message instead.
 */
gboolean
chronicle_export_check_events (const ChronicleExportOptions *options,
                               GError                      **error)
{
  g_autofree char *range = NULL;
  ChronicleExportOptions everything;

  g_return_val_if_fail (options != NULL && CHRONICLE_IS_DATASET (options->dataset), FALSE);

  if (range_has_events (options, NULL, options->first_day, options->end_day))
    return TRUE;
  range = _chronicle_export_range_text (options, options->first_day, options->end_day);
  everything = *options;
  everything.mask = NULL;
  if (options->mask != NULL && range_has_events (&everything, NULL, options->first_day, options->end_day))
    g_set_error (error, CHRONICLE_EXPORT_ERROR, CHRONICLE_EXPORT_ERROR_NO_EVENTS,
                 /* Translators: %s is a time range, as in "2000–2010" or "March – May 2023". */
                 _("The filters hide every event in %s, so there is nothing to export"), range);
  else
    g_set_error (error, CHRONICLE_EXPORT_ERROR, CHRONICLE_EXPORT_ERROR_NO_EVENTS,
                 /* Translators: %s is a time range, as in "2000–2010" or "March – May 2023". */
                 _("There are no events in %s, so there is nothing to export"), range);
  return FALSE;
}

/* How many pages [@first_day, @end_day) takes, laid out with @mask: one unless its
 * rows go on. */
static guint
document_count_pages (Document     *doc,
                      double        first_day,
                      double        end_day,
                      const guint8 *shown)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));

  document_lay_out (doc, first_day, end_day, shown);
  return chronicle_timeline_renderer_paginate_rows (doc->renderer, doc->timeline_h / doc->shrink, rows);
}

/* Appends the pages of [@first_day, @end_day) to @pages: its rows cut to the page,
 * without the events of @shown (nullable). */
static guint
document_add_pages (Document     *doc,
                    double        first_day,
                    double        end_day,
                    const guint8 *shown,
                    GArray       *pages)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n;

  document_lay_out (doc, first_day, end_day, shown);
  n = chronicle_timeline_renderer_paginate_rows (doc->renderer, doc->timeline_h / doc->shrink, rows);
  for (guint i = 0; i < n; i++)
    {
      ExportPage page = { first_day, end_day, g_array_index (rows, guint, i), g_array_index (rows, guint, i + 1),
                          i, n, NULL };

      if (shown != NULL)
        page.hidden = g_memdup2 (shown, chronicle_event_store_get_n_events (
                                          chronicle_dataset_get_events (doc->options->dataset)));
      g_array_append_val (pages, page);
    }
  return n;
}

/* Lays [@first_day, @end_day) out (without @hidden) and sets @labelled to the events
 * it labels in full. Returns how many pages it takes. */
static guint
document_try (Document     *doc,
              double        first_day,
              double        end_day,
              const guint8 *hidden,
              guint8       *labelled)
{
  guint n = document_count_pages (doc, first_day, end_day, hidden);

  memset (labelled, 0, MAX (chronicle_event_store_get_n_events (chronicle_dataset_get_events (doc->options->dataset)), 1));
  chronicle_timeline_renderer_mark_labelled (doc->renderer, labelled);
  return n;
}

/* A whole document, for paper: whole units of time (chronicle_export_paginate():
 * months of a short range, else years, or round numbers of years over a long one)
 * on each page, as many consecutive ones as fit a page together without cutting a
 * label that either had alone (of an event ending on the page), and a unit whose rows do not fit a page continued
 * on as many as they need. Every page labels an event no page before it labels in
 * full: a unit with nothing new has no page (a membership of 2021–2025 is not drawn
 * again, alone, on a page of 2024–2025), and a unit that is continued leaves out
 * what earlier pages labelled, so that a continued page is never their bars alone. */
static void
document_paginate (Document *doc,
                   GArray   *pages)
{
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (double));
  const ChronicleExportOptions *options = doc->options;
  ChronicleEventStore *store = chronicle_dataset_get_events (options->dataset);
  const gint64 *ends = chronicle_event_store_get_ends (store);
  guint n_events = chronicle_event_store_get_n_events (store);
  g_autofree guint8 *shown = g_new0 (guint8, MAX (n_events, 1));
  g_autofree guint8 *page = g_new0 (guint8, MAX (n_events, 1));
  g_autofree guint8 *alone = g_new0 (guint8, MAX (n_events, 1));
  g_autofree guint8 *merged = g_new0 (guint8, MAX (n_events, 1));
  guint n_units;

  g_array_set_size (pages, 0);
  n_units = chronicle_export_paginate (options, units);
  for (guint i = 0; i < n_units; )
    {
      double first = g_array_index (units, double, 2 * i);
      double end = g_array_index (units, double, 2 * i + 1);
      guint last = i;

      if (!range_has_events (options, shown, first, end))
        {
          i++;
          continue;
        }
      /* The units after it that fit its page with it, while no label is lost; units
       * with nothing new are left to the next page, or to none. */
      if (document_try (doc, first, end, NULL, page) == 1)
        for (guint j = i + 1; j < n_units; j++)
          {
            double unit_first = g_array_index (units, double, 2 * j);
            double unit_end = g_array_index (units, double, 2 * j + 1);
            gboolean lost = FALSE;

            if (!range_has_events (options, shown, unit_first, unit_end))
              continue;
            document_try (doc, unit_first, unit_end, NULL, alone);
            if (document_try (doc, first, unit_end, NULL, merged) != 1)
              break;
            /* A label lost is one the page had, or the unit alone, and now cuts,
             * of an event that ends on the page: one that goes on past it comes
             * again on the next page. */
            for (guint e = 0; e < n_events && !lost; e++)
              lost = (page[e] || alone[e]) && !merged[e] && !shown[e] && (double) ends[e] <= unit_end;
            if (lost)
              break;
            memcpy (page, merged, MAX (n_events, 1));
            last = j;
          }
      end = g_array_index (units, double, 2 * last + 1);
      if (document_try (doc, first, end, NULL, page) == 1)
        document_add_pages (doc, first, end, NULL, pages);
      else
        {
          /* Continued: without what earlier pages labelled (it has something new). */
          document_try (doc, first, end, shown, page);
          document_add_pages (doc, first, end, shown, pages);
        }
      for (guint e = 0; e < n_events; e++)
        shown[e] |= page[e];
      i = last + 1;
    }
  if (pages->len == 0)
    document_add_pages (doc, options->first_day, options->end_day, NULL, pages);
}

/* One image: the whole range, drawn smaller (down to MIN_SHRINK) until its rows fit.
 * FALSE, with @error, when they do not. */
static gboolean
document_fit (Document  *doc,
              GArray    *pages,
              GError   **error)
{
  const ChronicleExportOptions *options = doc->options;
  guint n = 0;

  if (doc->grow)
    {
      /* As tall as the rows need, and no less than 16:9. */
      double needed;

      document_set_height (doc, 100000);
      document_lay_out (doc, options->first_day, options->end_day, NULL);
      needed = chronicle_timeline_renderer_get_needed_height (doc->renderer);
      document_set_height (doc, MAX (ceil (doc->width * 9 / 16), ceil (doc->timeline_y + needed + footer_height (doc))));
    }
  for (int i = 0; i < 8; i++)
    {
      g_array_set_size (pages, 0);
      n = document_add_pages (doc, options->first_day, options->end_day, NULL, pages);
      if (n <= 1 || doc->shrink <= MIN_SHRINK)
        break;
      doc->shrink = MAX (MIN_SHRINK, doc->shrink * 0.9);
    }
  if (n > 1)
    {
      g_set_error (error, CHRONICLE_EXPORT_ERROR, CHRONICLE_EXPORT_ERROR_TOO_SMALL,
                   /* Translators: an export that would need text too small to read; %1$.0f × %2$.0f
                    * is the image's size in pixels (or points). */
                   _("The timeline does not fit in %1$.0f × %2$.0f at a readable size: choose a larger size, "
                     "a shorter range, or a PDF, which continues on further pages"),
                   doc->width, doc->height);
      return FALSE;
    }
  return TRUE;
}

/* Draws @page (number @number of @n_pages) of the document into @cr. */
static void
document_draw_page (Document         *doc,
                    cairo_t          *cr,
                    const ExportPage *page,
                    guint             number,
                    guint             n_pages)
{
  const ChronicleExportOptions *options = doc->options;
  g_autofree char *range = NULL;
  const char *title;
  double margin = doc->margin, inner_w = doc->inner_w, y = margin, h = 0, page_w = 0;

  pango_cairo_update_context (cr, doc->context);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  /* Title, the range, and which page of how many. */
  title = chronicle_dataset_translate (options->dataset, "dataset", options->language, "title",
                                       chronicle_dataset_get_title (options->dataset));
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  show_text (cr, doc->context, doc->title_font, title ? title : _("Untitled Timeline"), margin, y, inner_w, &h);
  y += doc->title_h + margin / 4;
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  /* Its time, and whether that goes on from or to another page. */
  range = _chronicle_export_page_subtitle (doc->options, page->first_day, page->end_day, page->part, page->n_parts);
  if (n_pages > 1)
    {
      /* Translators: the corner of a page of an exported or printed timeline. */
      g_autofree char *of = g_strdup_printf (_("Page %1$u of %2$u"), number + 1, n_pages);
      PangoLayout *layout = pango_layout_new (doc->context);
      int w;

      pango_layout_set_font_description (layout, doc->font);
      pango_layout_set_text (layout, of, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      page_w = w + margin / 2;
      show_text (cr, doc->context, doc->font, range, margin, y, inner_w - page_w, &h);
      cairo_move_to (cr, margin + inner_w - w, y);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }
  else
    show_text (cr, doc->context, doc->font, range, margin, y, inner_w, &h);

  /* The timeline: the page's rows, laid out for the page. */
  document_lay_out (doc, page->first_day, page->end_day, page->hidden);
  y = doc->timeline_y;
  cairo_save (cr);
  cairo_translate (cr, margin, y);
  cairo_rectangle (cr, 0, 0, inner_w, doc->timeline_h);
  cairo_clip (cr);
  cairo_scale (cr, doc->shrink, doc->shrink);
  chronicle_timeline_renderer_draw_rows (doc->renderer, cr, inner_w / doc->shrink, doc->timeline_h / doc->shrink,
                                         page->first_row, page->end_row);
  cairo_restore (cr);
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, margin, y, inner_w, doc->timeline_h);
  cairo_stroke (cr);
  y += doc->timeline_h + margin / 2;

  _chronicle_export_legend (options, doc->context, doc->small_font, cr, margin, y, inner_w);
  y += doc->legend_h + margin / 3;
  if (doc->sources != NULL)
    {
      cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
      cairo_move_to (cr, margin, y);
      pango_cairo_show_layout (cr, doc->sources);
    }
}

/**
 * chronicle_export_to_file:
 *
 * Writes a page of timeline to @path in @format, at @size.
 */
gboolean
chronicle_export_to_file (const ChronicleExportOptions *options,
                          ChronicleExportFormat         format,
                          ChronicleExportSize           size,
                          const char                   *path,
                          GError                      **error)
{
  double width, height;

  chronicle_export_size (size, format, &width, &height);
  return chronicle_export_to_file_sized (options, format, width, height, path, error);
}

/**
 * chronicle_export_to_file_sized:
 * @width: in pixels for PNG and SVG, in points for PDF
 *
 * Writes the timeline of @options to @path in @format, every lane and every event
 * of the range labelled. PNG and SVG are one image of @width × @height: the
 * timeline is drawn smaller (down to a readable size) until its rows fit, else an
 * error says it does not fit; a @height of 0 makes the image as tall as its rows
 * need (at least 16:9). PDF has pages of @width × @height, of whole years (or
 * months, for a short range) as document_paginate() puts them, a year continued on
 * further pages while its rows need them, with the lanes' names repeated. A range
 * with no event the filter keeps is an error (chronicle_export_check_events()):
 * nothing is written.
 */
gboolean
chronicle_export_to_file_sized (const ChronicleExportOptions *options,
                                ChronicleExportFormat         format,
                                double                        width,
                                double                        height,
                                const char                   *path,
                                GError                      **error)
{
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (ExportPage));
  cairo_surface_t *surface;
  cairo_status_t status;
  Document doc;
  gboolean ok = TRUE;
  cairo_t *cr;

  g_return_val_if_fail (options != NULL && CHRONICLE_IS_DATASET (options->dataset), FALSE);
  g_return_val_if_fail (options->end_day > options->first_day, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width >= 1, FALSE);
  g_return_val_if_fail (height >= 1 || format != CHRONICLE_EXPORT_PDF, FALSE);

  g_array_set_clear_func (pages, export_page_clear);

  /* An empty frame is no export: nothing is written. */
  if (!chronicle_export_check_events (options, error))
    return FALSE;

  /* Laid out first, nothing written when it does not fit; on a surface of the same
   * kind, so text measures the same (hinted on images, not on vectors). */
  if (format == CHRONICLE_EXPORT_PNG)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  else
    surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  /* Text sizes in points: 96 pixels to the inch on images (an SVG's pixels are CSS's),
   * 72 points on PDF pages. */
  document_init (&doc, options, cr, width, MAX (height, 1), format == CHRONICLE_EXPORT_PDF ? 72 : 96);
  doc.grow = height < 1;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (format == CHRONICLE_EXPORT_PDF)
    document_paginate (&doc, pages);
  else
    ok = document_fit (&doc, pages, error);
  if (!ok)
    {
      document_clear (&doc);
      return FALSE;
    }
  height = doc.height;

  switch (format)
    {
    case CHRONICLE_EXPORT_SVG:
      surface = cairo_svg_surface_create (path, width, height);
      /* In pixels, as the size is asked: 1920 × 1080 is shown 1920 pixels wide in a
       * browser or a slide (in points it would be 2560). */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case CHRONICLE_EXPORT_PDF:
      surface = cairo_pdf_surface_create (path, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      chronicle_dataset_get_title (options->dataset)
                                        ? chronicle_dataset_get_title (options->dataset) : "");
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Chronicle");
      break;
    case CHRONICLE_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
      break;
    }

  cr = cairo_create (surface);
  for (guint i = 0; i < pages->len; i++)
    {
      document_draw_page (&doc, cr, &g_array_index (pages, ExportPage, i), i, pages->len);
      if (format == CHRONICLE_EXPORT_PDF)
        cairo_show_page (cr);
    }
  cairo_destroy (cr);
  document_clear (&doc);

  if (format == CHRONICLE_EXPORT_PNG)
    status = cairo_surface_write_to_png (surface, path);
  else
    {
      /* Vector surfaces write their file when finished. */
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %1$s is a file, %2$s the reason it could not be written. */
                   _("Could not write %1$s: %2$s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* ---- printing ---------------------------------------------------------------- */

/* Appends [@first_day, @end_day) to @units when it holds an event the filter keeps. */
static void
add_unit (const ChronicleExportOptions *options,
          GArray                       *units,
          double                        first_day,
          double                        end_day)
{
  first_day = MAX (first_day, options->first_day);
  end_day = MIN (end_day, options->end_day);
  if (end_day > first_day && range_has_events (options, NULL, first_day, end_day))
    {
      g_array_append_val (units, first_day);
      g_array_append_val (units, end_day);
    }
}

/**
 * chronicle_export_paginate:
 * @units: (out): the units' ranges, first and end day each (pairs of doubles)
 *
 * The units of time a range prints in: calendar months (the part of each in the
 * range) for a range of up to about a year and a half that is not whole calendar
 * years (a chosen year prints as a year), else calendar years, so that a month stays
 * wide enough to read; over more than 30 years, a round number of
 * years (2, 5, 10, 20, 50, …) each, so that there are at most 30. Units with nothing
 * the filter keeps are left out. A page holds one or more consecutive whole units (a
 * unit is only split when its rows go on to another page). At least one unit.
 *
 * Returns: the number of units
 */
guint
chronicle_export_paginate (const ChronicleExportOptions *options,
                           GArray                       *units)
{
  gint64 year, last_year, unit = 1;
  gboolean whole_years;
  int month, day;

  g_return_val_if_fail (options != NULL && units != NULL, 0);

  g_array_set_size (units, 0);
  chronicle_civil_from_days ((gint64) floor (options->first_day), &year, &month, &day);
  chronicle_civil_from_days ((gint64) ceil (options->end_day) - 1, &last_year, NULL, NULL);
  /* Chosen years stay years, however short. */
  whole_years = month == 1 && day == 1 && options->first_day == floor (options->first_day) &&
                options->end_day == (double) chronicle_days_from_civil (last_year + 1, 1, 1);
  if (options->end_day - options->first_day <= 548 && !whole_years)
    {
      /* Months: a short range's pages. */
      for (; (double) chronicle_days_from_civil (year, month, 1) < options->end_day; )
        {
          gint64 next_year = month == 12 ? year + 1 : year;
          int next_month = month == 12 ? 1 : month + 1;

          add_unit (options, units, chronicle_days_from_civil (year, month, 1),
                    chronicle_days_from_civil (next_year, next_month, 1));
          year = next_year;
          month = next_month;
        }
    }
  else
    {
      for (gint64 decade = 1; (last_year - year + 1) / unit > 30; )
        {
          unit = unit == decade ? 2 * decade : unit == 2 * decade ? 5 * decade : 10 * decade;
          if (unit == 10 * decade)
            decade *= 10;
        }
      /* Units begin at a multiple of the unit (floored, for years before 0). */
      year -= ((year % unit) + unit) % unit;
      for (; year <= last_year; year += unit)
        add_unit (options, units, chronicle_days_from_civil (year, 1, 1), chronicle_days_from_civil (year + unit, 1, 1));
    }
  if (units->len == 0)
    {
      g_array_append_val (units, options->first_day);
      g_array_append_val (units, options->end_day);
    }
  return units->len / 2;
}

/* What a print operation draws: a copy, as the window may change while the dialog is up. */
typedef struct
{
  ChronicleExportOptions  options;
  guint8                 *mask;
  char                   *language;
  Document                doc;
  gboolean                has_doc;
  GArray                 *pages;   /* ExportPage */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  if (job->has_doc)
    document_clear (&job->doc);
  g_clear_object (&job->options.dataset);
  g_free (job->mask);
  g_free (job->language);
  g_array_unref (job->pages);
  g_free (job);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  /* The pages, for this paper: whole years or months, continued while rows need. */
  if (job->has_doc)
    document_clear (&job->doc);
  document_init (&job->doc, &job->options, gtk_print_context_get_cairo_context (context),
                 gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                 gtk_print_context_get_dpi_x (context));
  job->has_doc = TRUE;
  document_paginate (&job->doc, job->pages);
  gtk_print_operation_set_n_pages (operation, (int) MAX (job->pages->len, 1));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  if (!job->has_doc || page < 0 || (guint) page >= job->pages->len)
    return;
  document_draw_page (&job->doc, gtk_print_context_get_cairo_context (context),
                      &g_array_index (job->pages, ExportPage, page), (guint) page, job->pages->len);
}

/**
 * chronicle_export_print_operation_new:
 *
 * A print operation for @options: landscape, pages of whole years (or months, for
 * a short range) as a PDF export's (chronicle_export_paginate()). @options is
 * copied.
 *
 * Returns: (transfer full): the operation, to run
 */
GtkPrintOperation *
chronicle_export_print_operation_new (const ChronicleExportOptions *options)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  PrintJob *job;

  g_return_val_if_fail (options != NULL && CHRONICLE_IS_DATASET (options->dataset), NULL);

  job = g_new0 (PrintJob, 1);
  job->options = *options;
  g_object_ref (job->options.dataset);
  if (options->mask != NULL)
    job->mask = g_memdup2 (options->mask,
                           chronicle_event_store_get_n_events (chronicle_dataset_get_events (options->dataset)));
  job->options.mask = job->mask;
  job->language = g_strdup (options->language);
  job->options.language = job->language;
  job->pages = g_array_new (FALSE, FALSE, sizeof (ExportPage));
  g_array_set_clear_func (job->pages, export_page_clear);

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (chronicle_dataset_get_title (options->dataset) != NULL)
    gtk_print_operation_set_job_name (operation, chronicle_dataset_get_title (options->dataset));
  g_object_set_data_full (G_OBJECT (operation), "chronicle-print-job", job, print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);
  return operation;
}
