/* chronicle-export.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-export"

#include "config.h"

#include "chronicle-export.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "chronicle-date-format.h"
#include "chronicle-time-scale.h"
#include "chronicle-timeline-renderer.h"

/* A page of timeline for people to print, project or put in a report: the title,
 * the range, the timeline (drawn by the canvas's own renderer, as vectors for SVG
 * and PDF), a legend of kinds with their shapes, and a line naming the sources.
 * Not a screenshot: the same drawing code onto a cairo surface of the size asked. */

void
chronicle_export_size (ChronicleExportSize    size,
                       ChronicleExportFormat  format,
                       double                *width,
                       double                *height)
{
  /* Paper in points for SVG and PDF, in pixels at 150 dpi for PNG. */
  double scale = format == CHRONICLE_EXPORT_PNG ? 150.0 / 72.0 : 1.0;

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

/* Whether the filter keeps any event of @kind. */
static gboolean
kind_used (const ChronicleExportOptions *options,
           const char                   *kind)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (options->dataset);

  for (guint e = 0; e < chronicle_event_store_get_n_events (store); e++)
    if ((options->mask == NULL || options->mask[e]) &&
        g_str_equal (chronicle_event_get_kind (chronicle_event_store_get_event (store, e)), kind))
      return TRUE;
  return FALSE;
}

/* The legend of kinds, each with its shape at the size of the text beside it, in
 * lines that wrap; returns its height, drawing it too with @cr. */
static double
layout_legend (const ChronicleExportOptions *options,
               PangoContext                 *context,
               PangoFontDescription         *font,
               cairo_t                      *cr,
               double                        left,
               double                        top,
               double                        width)
{
  PangoLayout *text = pango_layout_new (context);
  double x = left, y = top, line_h = 0, r;
  int th;

  pango_layout_set_font_description (text, font);
  pango_layout_set_text (text, "Mg", -1);
  pango_layout_get_pixel_size (text, NULL, &th);
  line_h = th * 1.35;
  r = th * 0.36;

  for (guint i = 0; i < chronicle_dataset_get_n_kinds (options->dataset); i++)
    {
      const ChronicleKind *kind = chronicle_dataset_get_kind (options->dataset, i);
      g_autofree char *owner = g_strdup_printf ("kind/%s", kind->id);
      const char *label = chronicle_dataset_translate (options->dataset, owner, options->language, "label", kind->label);
      ChronicleColor color = chronicle_color_parse (kind->color);
      double item_w;
      int tw;

      /* The legend lists what is drawn: kinds the filter kept. */
      if (!kind_used (options, kind->id))
        continue;
      pango_layout_set_text (text, label, -1);
      pango_layout_get_pixel_size (text, &tw, NULL);
      item_w = r * 2 + th * 0.4 + tw;
      /* Wrap onto another line rather than leave kinds out. */
      if (x > left && x + item_w > left + width)
        {
          x = left;
          y += line_h;
        }
      if (cr != NULL)
        {
          chronicle_shape_path (cr, chronicle_shape_from_name (kind->shape), x + r, y + line_h / 2, r);
          chronicle_color_set_source (cr, &color, 1);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
          cairo_move_to (cr, x + r * 2 + th * 0.4, y + (line_h - th) / 2);
          pango_cairo_show_layout (cr, text);
        }
      x += item_w + th * 1.2;
    }
  g_object_unref (text);
  return y + line_h - top;
}

/* Every source, wrapped over as many lines as it takes. */
static PangoLayout *
sources_layout (const ChronicleExportOptions *options,
                PangoContext                 *context,
                PangoFontDescription         *font,
                double                        width)
{
  g_autoptr(GString) sources = g_string_new (NULL);
  g_autofree char *line = NULL;
  PangoLayout *layout;

  for (guint i = 0; i < chronicle_dataset_get_n_documents (options->dataset); i++)
    {
      const ChronicleDocument *doc = chronicle_dataset_get_document (options->dataset, i);

      g_string_append (sources, i ? "; " : "");
      g_string_append (sources, doc->title);
      if (doc->publisher != NULL)
        g_string_append_printf (sources, " (%s)", doc->publisher);
    }
  if (sources->len == 0)
    return NULL;
  /* Translators: the footer of an exported timeline; %s lists the articles it cites. */
  line = g_strdup_printf (_("Sources: %s"), sources->str);
  layout = pango_layout_new (context);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* Plain text: data is never markup. */
  pango_layout_set_text (layout, line, -1);
  return layout;
}

/**
 * chronicle_export_draw:
 * @resolution: pixels per inch of @cr's units (96 on screen, 72 for points)
 *
 * Draws a page of @options into @width × @height: the title and range, the timeline
 * (the canvas's own scene and renderer), the legend and every source. No lane and no
 * event is left out: when the rows every label needs are taller than the page, the
 * timeline is drawn smaller (laid out again for the wider virtual page, so it needs
 * fewer rows), down to 20 %; only beyond that do "+N" badges count what is left.
 */
void
chronicle_export_draw (const ChronicleExportOptions *options,
                       cairo_t                      *cr,
                       double                        width,
                       double                        height,
                       double                        resolution)
{
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  g_autoptr(ChronicleTimelineRenderer) renderer = chronicle_timeline_renderer_new ();
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoFontDescription *font = pango_font_description_from_string ("Sans 10");
  PangoFontDescription *title_font = pango_font_description_from_string ("Sans Bold 18");
  PangoFontDescription *small_font = pango_font_description_from_string ("Sans 8");
  PangoLayout *sources = NULL;
  ChronicleTimelineStyle style;
  ChronicleDate first, last;
  g_autofree char *range = NULL;
  const char *title;
  double margin = width / 40, y = margin, h = 0, legend_h, footer_h, timeline_h, inner_w;
  double shrink = 1;
  gint64 y0, y1;
  int m0, m1, d0, d1, sources_h = 0;

  g_return_if_fail (options != NULL && CHRONICLE_IS_DATASET (options->dataset));
  g_return_if_fail (options->end_day > options->first_day);

  pango_cairo_context_set_resolution (context, resolution);
  pango_cairo_update_context (cr, context);
  inner_w = width - 2 * margin;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  /* Title and range. */
  title = chronicle_dataset_translate (options->dataset, "dataset", options->language, "title",
                                       chronicle_dataset_get_title (options->dataset));
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  show_text (cr, context, title_font, title ? title : _("Untitled Timeline"), margin, y, inner_w, &h);
  y += h + margin / 4;
  chronicle_civil_from_days ((gint64) options->first_day, &y0, &m0, &d0);
  chronicle_civil_from_days ((gint64) options->end_day - 1, &y1, &m1, &d1);
  chronicle_date_from_parts (y0, m0, d0, &first);
  chronicle_date_from_parts (y1, m1, d1, &last);
  range = chronicle_date_format_range (&first, &last);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  show_text (cr, context, font, range, margin, y, inner_w, &h);
  y += h + margin / 2;

  /* The footer, measured first: the legend and the sources take what they need. */
  legend_h = layout_legend (options, context, small_font, NULL, margin, 0, inner_w);
  sources = sources_layout (options, context, small_font, inner_w);
  if (sources != NULL)
    pango_layout_get_pixel_size (sources, NULL, &sources_h);
  footer_h = legend_h + (sources_h > 0 ? sources_h + margin / 3 : 0);
  timeline_h = MAX (height - y - footer_h - margin * 1.5, height / 4);

  /* The timeline, laid out for its page. */
  chronicle_lane_layout_compute (layout, options->dataset, options->mask, options->group_by, 1);
  chronicle_time_scale_set_span_limits (scale, 1, 1e13);
  pango_context_set_font_description (context, font);
  chronicle_timeline_style_init_default (&style, FALSE);
  chronicle_timeline_renderer_set_style (renderer, &style);
  chronicle_timeline_renderer_set_font (renderer, context, 1.0);
  chronicle_timeline_renderer_set_language (renderer, options->language);
  chronicle_timeline_renderer_set_scale (renderer, scale);
  chronicle_timeline_renderer_set_data (renderer, options->dataset, layout, NULL);
  /* A page ends: labels that would run off it go before their markers. */
  chronicle_scene_set_limit (chronicle_timeline_renderer_get_scene (renderer), options->end_day);
  for (int i = 0; i < 6; i++)
    {
      double needed;

      chronicle_time_scale_set_width (scale, inner_w / shrink);
      chronicle_time_scale_set_visible (scale, options->first_day, options->end_day);
      chronicle_timeline_renderer_set_size (renderer, inner_w / shrink, timeline_h / shrink);
      needed = chronicle_timeline_renderer_get_needed_height (renderer);
      if (needed <= timeline_h / shrink + 0.5 || shrink <= 0.2)
        break;
      shrink = MAX (0.2, MIN (shrink * 0.92, timeline_h / needed));
    }

  cairo_save (cr);
  cairo_translate (cr, margin, y);
  cairo_rectangle (cr, 0, 0, inner_w, timeline_h);
  cairo_clip (cr);
  cairo_scale (cr, shrink, shrink);
  chronicle_timeline_renderer_draw (renderer, cr, inner_w / shrink, timeline_h / shrink);
  cairo_restore (cr);
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, margin, y, inner_w, timeline_h);
  cairo_stroke (cr);
  y += timeline_h + margin / 2;

  layout_legend (options, context, small_font, cr, margin, y, inner_w);
  y += legend_h + margin / 3;
  if (sources != NULL)
    {
      cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
      cairo_move_to (cr, margin, y);
      pango_cairo_show_layout (cr, sources);
      g_object_unref (sources);
    }

  pango_font_description_free (font);
  pango_font_description_free (title_font);
  pango_font_description_free (small_font);
  g_object_unref (context);
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
 * @width: in pixels for PNG, in points for SVG and PDF
 *
 * Writes a page of timeline of @width × @height to @path in @format.
 */
gboolean
chronicle_export_to_file_sized (const ChronicleExportOptions *options,
                                ChronicleExportFormat         format,
                                double                        width,
                                double                        height,
                                const char                   *path,
                                GError                      **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width >= 1 && height >= 1, FALSE);

  switch (format)
    {
    case CHRONICLE_EXPORT_SVG:
      surface = cairo_svg_surface_create (path, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
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
  chronicle_export_draw (options, cr, width, height, format == CHRONICLE_EXPORT_PNG ? 96 : 72);
  cairo_destroy (cr);

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

/* Whether any event the filter keeps is in [first_day, end_day). */
static gboolean
range_has_events (const ChronicleExportOptions *options,
                  double                        first_day,
                  double                        end_day)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (options->dataset);
  const gint64 *starts = chronicle_event_store_get_starts (store);
  const gint64 *ends = chronicle_event_store_get_ends (store);

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    if ((options->mask == NULL || options->mask[i]) &&
        (double) starts[i] < end_day && (double) MAX (ends[i], starts[i] + 1) > first_day)
      return TRUE;
  return FALSE;
}

/**
 * chronicle_export_paginate:
 * @pages: (out): the pages' ranges, first and end day each (pairs of doubles)
 *
 * How a range prints: one page per calendar year (the part of it in the range), so
 * that a month stays wide enough to read; a range shorter than about a year and a
 * half on one page. Years with nothing the filter keeps give no page. At least one
 * page, at most 100.
 *
 * Returns: the number of pages
 */
guint
chronicle_export_paginate (const ChronicleExportOptions *options,
                           GArray                       *pages)
{
  gint64 year, last_year;
  int month, day;

  g_return_val_if_fail (options != NULL && pages != NULL, 0);

  g_array_set_size (pages, 0);
  if (options->end_day - options->first_day > 548)
    {
      chronicle_civil_from_days ((gint64) floor (options->first_day), &year, &month, &day);
      chronicle_civil_from_days ((gint64) ceil (options->end_day) - 1, &last_year, &month, &day);
      for (; year <= last_year && pages->len < 200; year++)
        {
          double a = MAX (options->first_day, (double) chronicle_days_from_civil (year, 1, 1));
          double b = MIN (options->end_day, (double) chronicle_days_from_civil (year + 1, 1, 1));

          if (b > a && range_has_events (options, a, b))
            {
              g_array_append_val (pages, a);
              g_array_append_val (pages, b);
            }
        }
    }
  if (pages->len == 0)
    {
      g_array_append_val (pages, options->first_day);
      g_array_append_val (pages, options->end_day);
    }
  return pages->len / 2;
}

/* What a print operation draws: a copy, as the window may change while the dialog is up. */
typedef struct
{
  ChronicleExportOptions  options;
  guint8                 *mask;
  char                   *language;
  GArray                 *pages;   /* first and end day per page */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

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
  gtk_print_operation_set_n_pages (operation, (int) chronicle_export_paginate (&job->options, job->pages));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  ChronicleExportOptions options = job->options;

  /* Each page: its year, fitted to the page's width, with title, legend and sources. */
  if ((guint) page * 2 + 1 >= job->pages->len)
    return;
  options.first_day = g_array_index (job->pages, double, page * 2);
  options.end_day = g_array_index (job->pages, double, page * 2 + 1);
  chronicle_export_draw (&options, gtk_print_context_get_cairo_context (context),
                         gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                         gtk_print_context_get_dpi_x (context));
}

/**
 * chronicle_export_print_operation_new:
 *
 * A print operation for @options: landscape, a page per year of the range
 * (chronicle_export_paginate()). @options is copied.
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
  job->pages = g_array_new (FALSE, FALSE, sizeof (double));

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
