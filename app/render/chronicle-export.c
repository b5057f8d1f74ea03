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
#include <stdio.h>

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

/**
 * chronicle_export_draw:
 * @resolution: pixels per inch of @cr's units (96 on screen, 72 for points)
 *
 * Draws a page of @options into @width × @height.
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
  ChronicleTimelineStyle style;
  ChronicleDate first, last;
  g_autofree char *range = NULL;
  GString *sources = g_string_new (NULL);
  const char *title;
  double margin = width / 40, y = margin, h = 0, legend_h, footer_h, timeline_h;
  double legend_top;
  gint64 y0, y1;
  int m0, m1, d0, d1;

  g_return_if_fail (options != NULL && CHRONICLE_IS_DATASET (options->dataset));
  g_return_if_fail (options->end_day > options->first_day);

  pango_cairo_context_set_resolution (context, resolution);
  pango_cairo_update_context (cr, context);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  /* Title and range. */
  title = chronicle_dataset_translate (options->dataset, "dataset", options->language, "title",
                                       chronicle_dataset_get_title (options->dataset));
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  show_text (cr, context, title_font, title ? title : _("Untitled Timeline"), margin, y, width - 2 * margin, &h);
  y += h + margin / 4;
  chronicle_civil_from_days ((gint64) options->first_day, &y0, &m0, &d0);
  chronicle_civil_from_days ((gint64) options->end_day - 1, &y1, &m1, &d1);
  chronicle_date_from_parts (y0, m0, d0, &first);
  chronicle_date_from_parts (y1, m1, d1, &last);
  range = chronicle_date_format_range (&first, &last);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  show_text (cr, context, font, range, margin, y, width - 2 * margin, &h);
  y += h + margin / 2;

  /* The timeline, in the middle. */
  legend_h = height / 9;
  footer_h = height / 22;
  timeline_h = height - y - legend_h - footer_h - margin;
  chronicle_lane_layout_compute (layout, options->dataset, options->mask, options->group_by,
                                 MAX (1, (gint64) ((options->end_day - options->first_day) / 90)));
  chronicle_time_scale_set_span_limits (scale, 1, 1e13);
  chronicle_time_scale_set_width (scale, width - 2 * margin);
  chronicle_time_scale_set_visible (scale, options->first_day, options->end_day);
  pango_context_set_font_description (context, font);
  chronicle_timeline_style_init_default (&style, FALSE);
  chronicle_timeline_renderer_set_style (renderer, &style);
  chronicle_timeline_renderer_set_font (renderer, context, 1.0);
  chronicle_timeline_renderer_set_language (renderer, options->language);
  chronicle_timeline_renderer_set_scale (renderer, scale);
  chronicle_timeline_renderer_set_data (renderer, options->dataset, layout, NULL);

  cairo_save (cr);
  cairo_translate (cr, margin, y);
  cairo_rectangle (cr, 0, 0, width - 2 * margin, timeline_h);
  cairo_clip (cr);
  chronicle_timeline_renderer_draw (renderer, cr, width - 2 * margin, timeline_h);
  cairo_restore (cr);
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, margin, y, width - 2 * margin, timeline_h);
  cairo_stroke (cr);
  y += timeline_h + margin / 2;

  /* Legend: each kind drawn, with its shape and colour. */
  legend_top = y;
  (void) legend_top;
  {
    double x = margin;
    double r = legend_h / 6;

    for (guint i = 0; i < chronicle_dataset_get_n_kinds (options->dataset); i++)
      {
        const ChronicleKind *kind = chronicle_dataset_get_kind (options->dataset, i);
        g_autofree char *owner = g_strdup_printf ("kind/%s", kind->id);
        const char *label = chronicle_dataset_translate (options->dataset, owner, options->language, "label", kind->label);
        unsigned int cr_, cg, cb;
        PangoLayout *text = pango_layout_new (context);
        int tw, th;
        gboolean used = FALSE;
        ChronicleEventStore *store = chronicle_dataset_get_events (options->dataset);

        /* The legend lists what is drawn: kinds the filter kept. */
        for (guint e = 0; e < chronicle_event_store_get_n_events (store) && !used; e++)
          used = (options->mask == NULL || options->mask[e]) &&
                 g_str_equal (chronicle_event_get_kind (chronicle_event_store_get_event (store, e)), kind->id);
        if (!used)
          {
            g_object_unref (text);
            continue;
          }

        pango_layout_set_font_description (text, small_font);
        pango_layout_set_text (text, label, -1);
        pango_layout_get_pixel_size (text, &tw, &th);
        /* Wrap onto another line rather than leave kinds out. */
        if (x + r * 3 + tw > width - margin)
          {
            x = margin;
            y += th * 1.5;
          }
        if (kind->color == NULL || sscanf (kind->color + 1, "%02x%02x%02x", &cr_, &cg, &cb) != 3)
          cr_ = 0x77, cg = 0x76, cb = 0x7b;
        chronicle_shape_path (cr, chronicle_shape_from_name (kind->shape), x + r, y + th / 2.0, r);
        cairo_set_source_rgb (cr, cr_ / 255.0, cg / 255.0, cb / 255.0);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
        cairo_move_to (cr, x + r * 2.6, y);
        pango_cairo_show_layout (cr, text);
        x += r * 3 + tw + margin / 2;
        g_object_unref (text);
      }
  }
  y = height - footer_h - margin / 2;

  /* Sources. */
  for (guint i = 0; i < chronicle_dataset_get_n_documents (options->dataset); i++)
    {
      const ChronicleDocument *doc = chronicle_dataset_get_document (options->dataset, i);

      g_string_append (sources, i ? "; " : "");
      g_string_append (sources, doc->title);
      if (doc->publisher != NULL)
        g_string_append_printf (sources, " (%s)", doc->publisher);
    }
  if (sources->len > 0)
    {
      /* Translators: the footer of an exported timeline; %s lists the articles it cites. */
      g_autofree char *line = g_strdup_printf (_("Sources: %s"), sources->str);

      cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
      show_text (cr, context, small_font, line, margin, y, width - 2 * margin, NULL);
    }

  g_string_free (sources, TRUE);
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
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  chronicle_export_size (size, format, &width, &height);
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

/**
 * chronicle_export_count_pages:
 *
 * How many landscape pages a range prints on: about a year each, so that a month stays
 * wide enough to read, and at most 20.
 */
guint
chronicle_export_count_pages (double first_day,
                              double end_day)
{
  if (!(end_day > first_day))
    return 1;
  return (guint) CLAMP (ceil ((end_day - first_day) / 366.0), 1, 20);
}

/* What a print operation draws: a copy, as the window may change while the dialog is up. */
typedef struct
{
  ChronicleExportOptions  options;
  guint8                 *mask;
  char                   *language;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->options.dataset);
  g_free (job->mask);
  g_free (job->language);
  g_free (job);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  gtk_print_operation_set_n_pages (operation,
                                   (int) chronicle_export_count_pages (job->options.first_day, job->options.end_day));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  ChronicleExportOptions options = job->options;
  guint pages = chronicle_export_count_pages (options.first_day, options.end_day);
  double span = (options.end_day - options.first_day) / pages;

  /* Each page: its slice of the range, fitted to the page's width, with title and legend. */
  options.first_day += span * page;
  options.end_day = options.first_day + span;
  chronicle_export_draw (&options, gtk_print_context_get_cairo_context (context),
                         gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                         gtk_print_context_get_dpi_x (context));
}

/**
 * chronicle_export_print_operation_new:
 *
 * A print operation for @options: landscape, the range spread over
 * chronicle_export_count_pages() pages. @options is copied.
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
