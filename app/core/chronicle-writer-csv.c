/* chronicle-writer-csv.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-writer-csv"

#include "config.h"

#include "chronicle-writer.h"
#include "chronicle-writer-private.h"
#include "chronicle-csv-extras.h"

#include <string.h>

/* A dataset written as TimelineJS's spreadsheet template, which Chronicle opens
 * again (chronicle-csv-reader.c): CSV, UTF-8, CRLF, every cell quoted when it
 * holds a comma, quote or line break, as RFC 4180 and spreadsheets do, so a
 * timeline can be edited in a spreadsheet: a title row (the dataset's title and
 * description), a row per era and per event. Years are written as TimelineJS
 * writes them (-300 is 300 BCE); a date is as precise as it is; Headline and
 * Text are HTML in the template, so plain text is escaped and its line breaks
 * written as <br>; the kind's label is the Group; the first media fills the Media,
 * Media Caption, Media Credit, Media Thumbnail and Alt Text columns (the dataset's
 * own, the title row's); the background's picture, else its colour, the Background
 * column; links go back as <a href> around their text in the description when it
 * has it (as TimelineJS text had them), else in a last paragraph of class
 * "chronicle-links" that TimelineJS shows and Chronicle reads back as links only
 * (event_text_html()); further media are not written. After the template's
 * columns, Chronicle's own, which TimelineJS ignores and Chronicle reads back:
 * Place, People and Partners (names, "; " between them) and Sources (a source a
 * line, "Document title | Publisher | Date | Address: “quote”"), escaped as
 * chronicle-csv-extras.c says. What a spreadsheet cannot hold (translations,
 * tags, directions, levels, figures…) the export dialog and FORMAT.md name. */

static const char * const template_columns[] = {
  "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
  "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
  "Media Thumbnail", "Alt Text", "Type", "Group", "Background",
  /* Chronicle's own, to the right of the template's: TimelineJS ignores them,
   * Chronicle reads them back (chronicle-csv-reader.c). */
  "Place", "People", "Partners", "Sources",
};

enum {
  C_YEAR, C_MONTH, C_DAY, C_TIME, C_END_YEAR, C_END_MONTH, C_END_DAY, C_END_TIME,
  C_DISPLAY_DATE, C_HEADLINE, C_TEXT, C_MEDIA, C_MEDIA_CREDIT, C_MEDIA_CAPTION,
  C_MEDIA_THUMBNAIL, C_ALT_TEXT, C_TYPE, C_GROUP, C_BACKGROUND,
  C_PLACE, C_PEOPLE, C_PARTNERS, C_SOURCES, N_TEMPLATE_COLUMNS
};

static void
append_cell (GString    *out,
             const char *text)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL && text[0] != ' ' && (text[0] == '\0' || text[strlen (text) - 1] != ' '))
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString *out,
            char   **cells)
{
  for (guint i = 0; i < N_TEMPLATE_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_cell (out, cells[i]);
    }
  g_string_append (out, "\r\n");
}

static void
clear_cells (char **cells)
{
  for (guint i = 0; i < N_TEMPLATE_COLUMNS; i++)
    g_clear_pointer (&cells[i], g_free);
}

/* Plain text as the template's HTML: &, < and > escaped, line breaks as <br>. */
static void
append_html (GString    *html,
             const char *text,
             gssize      len)
{
  const char *end = len < 0 ? text + strlen (text) : text + len;

  for (const char *p = text; p < end; p++)
    switch (*p)
      {
      case '&': g_string_append (html, "&amp;"); break;
      case '<': g_string_append (html, "&lt;"); break;
      case '>': g_string_append (html, "&gt;"); break;
      case '\n': g_string_append (html, "<br>"); break;
      default: g_string_append_c (html, *p); break;
      }
}

/* An address as an HTML attribute's value, between double quotes. */
static void
append_attribute (GString    *html,
                  const char *value)
{
  for (const char *p = value; *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (html, "&amp;"); break;
      case '<': g_string_append (html, "&lt;"); break;
      case '>': g_string_append (html, "&gt;"); break;
      case '"': g_string_append (html, "&quot;"); break;
      default: g_string_append_c (html, *p); break;
      }
}

static char *
text_to_html (const char *text)
{
  GString *html;

  if (text == NULL)
    return NULL;
  html = g_string_new (NULL);
  append_html (html, text, -1);
  return g_string_free (html, FALSE);
}

/* An event's text as the template's Text: its description with its links (but the
 * one in the Media column, @media_url) put back as <a href> around their text where
 * the description has it (as TimelineJS text had them). The others, in order, go in
 * a last paragraph of class "chronicle-links": TimelineJS shows it as a paragraph of
 * links; Chronicle reads its links back as links and leaves it out of the text
 * (chronicle-html-text.c), so text and links come back as they were. */
static char *
event_text_html (ChronicleEvent *event,
                 const char     *media_url)
{
  const char *description = chronicle_event_get_description (event);
  const char * const *links = chronicle_event_get_links (event);
  g_autoptr(GString) html = g_string_new (NULL);
  g_autoptr(GString) rest = g_string_new (NULL);
  const char *cursor = description;

  for (guint k = 0; links[k] != NULL; k++)
    {
      const char *title = chronicle_event_get_link_title (event, k);
      /* A link without a text of its own is shown as its address: found as such. */
      const char *needle = title != NULL ? title : links[k];
      /* Once one link follows the text, the later ones do too: the order is kept. */
      const char *found = cursor != NULL && rest->len == 0 ? strstr (cursor, needle) : NULL;
      GString *into = found != NULL ? html : rest;

      if (media_url != NULL && g_str_equal (links[k], media_url))
        continue;

      if (found != NULL)
        {
          append_html (html, cursor, found - cursor);
          cursor = found + strlen (needle);
        }
      else
        g_string_append (rest, rest->len == 0 ? "<p class=\"chronicle-links\">" : " ");
      g_string_append (into, "<a href=\"");
      append_attribute (into, links[k]);
      g_string_append (into, "\">");
      append_html (into, title != NULL ? title : links[k], -1);
      g_string_append (into, "</a>");
    }
  if (cursor != NULL)
    append_html (html, cursor, -1);
  if (rest->len > 0)
    {
      g_string_append (html, rest->str);
      g_string_append (html, "</p>");
    }
  return html->len > 0 ? g_strdup (html->str) : NULL;
}

/* The Media, Media Caption, Media Credit, Media Thumbnail and Alt Text columns. */
static void
set_media_cells (char                 **cells,
                 const ChronicleMedia  *media)
{
  cells[C_MEDIA] = g_strdup (media->url);
  cells[C_MEDIA_THUMBNAIL] = g_strdup (media->thumbnail);
  cells[C_MEDIA_CAPTION] = text_to_html (media->caption);
  cells[C_MEDIA_CREDIT] = text_to_html (media->credit);
  cells[C_ALT_TEXT] = text_to_html (media->alt);
}

/* The Background column holds one thing, as TimelineJS reads it: the picture when
 * there is one (it covers the colour), else the colour. */
static void
set_background_cell (char                      **cells,
                     const ChronicleBackground  *background)
{
  if (background != NULL)
    cells[C_BACKGROUND] = g_strdup (background->url != NULL ? background->url : background->color);
}

static void
set_date_cells (char               **cells,
                guint                first,
                const ChronicleDate *date)
{
  /* TimelineJS's years: 300 BCE is -300 (Chronicle's astronomical -299). */
  gint64 year = date->year <= 0 ? date->year - 1 : date->year;

  cells[first] = g_strdup_printf ("%" G_GINT64_FORMAT, year);
  if (date->precision >= CHRONICLE_PRECISION_MONTH)
    cells[first + 1] = g_strdup_printf ("%u", date->month);
  if (date->precision >= CHRONICLE_PRECISION_DAY)
    cells[first + 2] = g_strdup_printf ("%u", date->day);
  /* The Time column, after Day: 24-hour "14:30", which TimelineJS reads back. */
  if (date->precision >= CHRONICLE_PRECISION_MINUTE)
    cells[first + 3] = g_strdup_printf ("%02u:%02u", date->hour, date->minute);
}

/* The Sources cell: a source a line, "Document title | Publisher | Date | Address:
 * “quote”" (chronicle-csv-extras.c writes and reads it back). */
static char *
sources_cell (ChronicleDataset *dataset,
              ChronicleEvent   *event)
{
  GString *cell;

  if (chronicle_event_get_n_sources (event) == 0)
    return NULL;
  cell = g_string_new (NULL);
  for (guint i = 0; i < chronicle_event_get_n_sources (event); i++)
    {
      const ChronicleSource *source = chronicle_event_get_source (event, i);
      const ChronicleDocument *document = chronicle_dataset_find_document (dataset, source->document);
      ChronicleDocument unknown = { .id = source->document };

      if (i > 0)
        g_string_append_c (cell, '\n');
      _chronicle_csv_append_source (cell, document != NULL ? document : &unknown, source->quote);
    }
  return g_string_free (cell, FALSE);
}

/* The Partners cell: the partners' names, as a spreadsheet's reader knows them. */
static char *
partners_cell (ChronicleDataset *dataset,
               ChronicleEvent   *event)
{
  const char * const *ids = chronicle_event_get_partners (event);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const ChroniclePartner *partner = chronicle_dataset_find_partner (dataset, ids[i]);

      g_ptr_array_add (names, (gpointer) (partner != NULL ? partner->name : ids[i]));
    }
  g_ptr_array_add (names, NULL);
  return _chronicle_csv_list_cell ((const char * const *) names->pdata);
}

/**
 * chronicle_dataset_write_csv:
 * @stream: where to write; not closed
 *
 * Writes @dataset as TimelineJS's spreadsheet template (CSV). Opened again by
 * Chronicle, it gives the same events, dates (with their precision), titles, text,
 * groups and links (see the top of chronicle-writer.c for what the template cannot
 * hold).
 *
 * Returns: %TRUE, or %FALSE with @error set when @stream fails
 */
gboolean
chronicle_dataset_write_csv (ChronicleDataset  *dataset,
                             GOutputStream     *stream,
                             GCancellable      *cancellable,
                             GError           **error)
{
  g_autoptr(GString) out = g_string_new ("");
  g_autoptr(GPtrArray) ordered = NULL;
  char *cells[N_TEMPLATE_COLUMNS] = { NULL };

  g_return_val_if_fail (CHRONICLE_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  for (guint i = 0; i < N_TEMPLATE_COLUMNS; i++)
    cells[i] = g_strdup (template_columns[i]);
  append_row (out, cells);
  clear_cells (cells);

  if (chronicle_dataset_get_title (dataset) != NULL || chronicle_dataset_get_description (dataset) != NULL ||
      chronicle_dataset_get_n_media (dataset) > 0 || chronicle_dataset_get_background (dataset) != NULL)
    {
      cells[C_HEADLINE] = text_to_html (chronicle_dataset_get_title (dataset));
      cells[C_TEXT] = text_to_html (chronicle_dataset_get_description (dataset));
      if (chronicle_dataset_get_n_media (dataset) > 0)
        set_media_cells (cells, chronicle_dataset_get_media (dataset, 0));
      set_background_cell (cells, chronicle_dataset_get_background (dataset));
      cells[C_TYPE] = g_strdup ("title");
      append_row (out, cells);
      clear_cells (cells);
    }

  for (guint i = 0; i < chronicle_dataset_get_n_eras (dataset); i++)
    {
      const ChronicleEra *era = chronicle_dataset_get_era (dataset, i);

      set_date_cells (cells, C_YEAR, &era->start);
      set_date_cells (cells, C_END_YEAR, &era->end);
      cells[C_HEADLINE] = text_to_html (era->title);
      cells[C_TYPE] = g_strdup ("era");
      append_row (out, cells);
      clear_cells (cells);
    }

  ordered = _chronicle_writer_events_in_file_order (dataset);
  for (guint i = 0; i < ordered->len; i++)
    {
      ChronicleEvent *event = g_ptr_array_index (ordered, i);
      const ChronicleKind *kind = chronicle_dataset_find_kind (dataset, chronicle_event_get_kind (event));

      set_date_cells (cells, C_YEAR, chronicle_event_get_start (event));
      if (chronicle_event_get_end (event) != NULL)
        set_date_cells (cells, C_END_YEAR, chronicle_event_get_end (event));
      cells[C_DISPLAY_DATE] = text_to_html (chronicle_event_get_display_date (event));
      /* A headline the author left empty stays empty (Chronicle's label for the slide,
       * its text's first words, would show twice in TimelineJS). */
      if (!chronicle_event_title_is_made (event))
        cells[C_HEADLINE] = text_to_html (chronicle_event_get_title (event));

      /* The Media columns: the event's first media (a link is not media: it stays a
       * link, in the Text). */
      if (chronicle_event_get_n_media (event) > 0)
        set_media_cells (cells, chronicle_event_get_media (event, 0));
      cells[C_TEXT] = event_text_html (event, cells[C_MEDIA]);
      if (kind != NULL && !g_str_equal (kind->id, "other"))
        cells[C_GROUP] = g_strdup (kind->label);
      set_background_cell (cells, chronicle_event_get_background (event));
      cells[C_PLACE] = g_strdup (chronicle_event_get_place (event));
      cells[C_PEOPLE] = _chronicle_csv_list_cell (chronicle_event_get_people (event));
      cells[C_PARTNERS] = partners_cell (dataset, event);
      cells[C_SOURCES] = sources_cell (dataset, event);
      append_row (out, cells);
      clear_cells (cells);
    }

  return _chronicle_writer_write_all (stream, out, cancellable, error);
}
