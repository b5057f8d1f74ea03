/* chronicle-export-frame.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What frames the timeline on an exported or printed page, apart from it: the
 * subtitle saying which time the page shows (whole years or months by name, else the
 * dates of its events), the legend of the kinds drawn, each with its shape at the
 * size of its text, and the line of every source, wrapped. Part of chronicle-export.c,
 * which lays the pages out. */

#define G_LOG_DOMAIN "chronicle-export"

#include "config.h"

#include "chronicle-export-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "chronicle-date-format.h"
#include "chronicle-shape.h"
#include "chronicle-timeline-style.h"

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
double
_chronicle_export_legend (const ChronicleExportOptions *options,
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
PangoLayout *
_chronicle_export_sources (const ChronicleExportOptions *options,
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

/* A day as a date for a subtitle: the deep past reads as years; BCE days as any other
 * ("21 April 753 BCE"). */
static void
date_for_day (double              day,
              ChroniclePrecision  precision,
              ChronicleDate      *date)
{
  gint64 year;
  int month, d;

  chronicle_civil_from_days ((gint64) floor (day), &year, &month, &d);
  if (year <= 1 - 10000 || precision == CHRONICLE_PRECISION_YEAR || !chronicle_date_from_parts (year, month, d, date))
    {
      date->year = CLAMP (year, CHRONICLE_DATE_MIN_YEAR, CHRONICLE_DATE_MAX_YEAR);
      date->month = date->day = 0;
      date->precision = CHRONICLE_PRECISION_YEAR;
    }
}

static void
readable_date (ChronicleDate *date)
{
  /* Deep time reads as years ago, without a day or month ("13.8 billion years ago");
   * a BCE date keeps its precision, as any other ("21 April 753 BCE"). */
  if (date->year <= 1 - 10000)
    {
      date->month = date->day = 0;
      date->precision = CHRONICLE_PRECISION_YEAR;
    }
}

/* What a page's subtitle says: a calendar year's page, its year; else the range of
 * its events as the data dates them (not the margin around them), cut at the page. */
char *
_chronicle_export_range_text (const ChronicleExportOptions *options,
                              double                        first_day,
                              double                        end_day)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (options->dataset);
  const gint64 *starts = chronicle_event_store_get_starts (store);
  const gint64 *ends = chronicle_event_store_get_ends (store);
  gint64 lo = G_MAXINT64, hi = G_MININT64, year, end_year;
  ChronicleDate first = { 0 }, last = { 0 };
  int month, day, end_month, end_d;

  /* Whole months or years: what they are ("2015–2017", "September – October 2017"). */
  chronicle_civil_from_days ((gint64) floor (first_day), &year, &month, &day);
  chronicle_civil_from_days ((gint64) ceil (end_day), &end_year, &end_month, &end_d);
  /* (Not in deep time, where page edges are round numbers of days, not of years:
   * the events' own range says more there.) */
  if (day == 1 && end_d == 1 && first_day == floor (first_day) && end_day == floor (end_day) &&
      year > 1 - 10000)
    {
      gint64 last_year = end_month == 1 ? end_year - 1 : end_year;
      int last_month = end_month == 1 ? 12 : end_month - 1;

      if (month == 1 && last_month == 12)
        {
          if (last_year == year)
            return chronicle_year_format (year);
          first = (ChronicleDate) { year, 0, 0, CHRONICLE_PRECISION_YEAR };
          last = (ChronicleDate) { last_year, 0, 0, CHRONICLE_PRECISION_YEAR };
          return chronicle_date_format_range (&first, &last);
        }
      first = (ChronicleDate) { year, month, 0, CHRONICLE_PRECISION_MONTH };
      last = (ChronicleDate) { last_year, last_month, 0, CHRONICLE_PRECISION_MONTH };
      return chronicle_date_format_range (&first, &last);
    }

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      ChronicleEvent *event;
      const ChronicleDate *end_date;
      gint64 end = MAX (ends[i], starts[i] + 1);

      if ((options->mask != NULL && !options->mask[i]) ||
          (double) starts[i] >= end_day || (double) end <= first_day)
        continue;
      event = chronicle_event_store_get_event (store, i);
      end_date = chronicle_event_get_end (event) ? chronicle_event_get_end (event) : chronicle_event_get_start (event);
      if (starts[i] < lo)
        {
          lo = starts[i];
          if ((double) lo < first_day)
            date_for_day (first_day, chronicle_event_get_start (event)->precision, &first);
          else
            first = *chronicle_event_get_start (event);
        }
      if (end > hi)
        {
          hi = end;
          if ((double) hi > end_day)
            date_for_day (end_day - 1, end_date->precision, &last);
          else
            last = *end_date;
        }
    }
  if (lo == G_MAXINT64)
    {
      date_for_day (first_day, CHRONICLE_PRECISION_DAY, &first);
      date_for_day (end_day - 1, CHRONICLE_PRECISION_DAY, &last);
    }
  readable_date (&first);
  readable_date (&last);
  return chronicle_date_format_range (&first, &last);
}

/* A page's subtitle: its time (_chronicle_export_range_text()), and, when that time
 * takes more than one page (its rows go on), that it goes on to the next page, or
 * comes from the one before, so that two pages saying "2023" read as one year. */
char *
_chronicle_export_page_subtitle (const ChronicleExportOptions *options,
                                 double                        first_day,
                                 double                        end_day,
                                 guint                         part,
                                 guint                         n_parts)
{
  g_autofree char *range = _chronicle_export_range_text (options, first_day, end_day);

  if (n_parts <= 1)
    return g_steal_pointer (&range);
  if (part == 0)
    /* Translators: the subtitle of a printed page whose year (or months), %1$s, goes
     * on over the next page, e.g. "2023 (continues on the next page)". */
    return g_strdup_printf (_("%1$s (continues on the next page)"), range);
  if (part + 1 < n_parts)
    /* Translators: the subtitle of a printed page that goes on from the page before
     * and over the next one; %1$s is its year (or months), e.g. "2023". */
    return g_strdup_printf (_("%1$s (continued; continues on the next page)"), range);
  /* Translators: the subtitle of a printed page that goes on from the page before;
   * %1$s is its year (or months), e.g. "2023 (continued)". */
  return g_strdup_printf (_("%1$s (continued)"), range);
}
