/* chronicle-writer.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-writer"

#include "config.h"

#include "chronicle-writer.h"

#include <json-glib/json-glib.h>
#include <string.h>

/* Writes what a dataset holds in two forms that Chronicle opens again:
 *
 * - TimelineJS's spreadsheet template (CSV, UTF-8, CRLF, every cell quoted when it
 *   holds a comma, quote or line break, as RFC 4180 and spreadsheets do), so a
 *   timeline can be edited in a spreadsheet: a title row (the dataset's title and
 *   description), a row per era and per event. Years are written as TimelineJS
 *   writes them (-300 is 300 BCE); a date is as precise as it is; Headline and
 *   Text are HTML in the template, so plain text is escaped and its line breaks
 *   written as <br>; the kind's label is the Group; the first media fills the Media,
 *   Media Caption, Media Credit, Media Thumbnail and Alt Text columns (the dataset's
 *   own, the title row's); the background's picture, else its colour, the Background
 *   column; links go back as <a href> around their text in the description when it
 *   has it (as TimelineJS text had them), else in a last paragraph of class
 *   "chronicle-links" that TimelineJS shows and Chronicle reads back as links only
 *   (event_text_html()); further media are not written. After the template's
 *   columns, Chronicle's own, which TimelineJS ignores and Chronicle reads back:
 *   Place, People and Partners (names, "; " between them) and Sources (a source a
 *   line, "Document title: “quote”"). What a spreadsheet cannot hold (translations,
 *   tags, directions, levels, figures…) the export dialog and FORMAT.md name.
 * - Chronicle's own JSON (chronicle/1), through json-glib's generator, losing
 *   nothing the format holds: title, description, language, view, the dataset's
 *   media and background, documents, the kinds the file defines (not the built-in
 *   ones), partners with their levels ("since": "before" as such), the level names'
 *   translations, eras, figures, and the events in the file's order with every
 *   member; every translation (the dataset's, kinds', partners', eras', figures',
 *   levels', events'). tests/core/test-writer.c compares the bundled dataset with
 *   what is written, member by member. */

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

/* A list cell (People, Partners): the names joined by "; ". */
static char *
list_cell (const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return NULL;
  return g_strjoinv ("; ", (char **) items);
}

/* The Sources cell: a source a line, "Document title: “quote”" (the title alone
 * when there is no quote), which chronicle-csv-reader.c reads back. A line break in
 * a quote would start a new source: it is written as a space. */
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
      gsize from;

      if (i > 0)
        g_string_append_c (cell, '\n');
      from = cell->len;
      g_string_append (cell, document != NULL && document->title != NULL ? document->title : source->document);
      if (source->quote != NULL)
        {
          g_string_append (cell, ": “");
          g_string_append (cell, source->quote);
          g_string_append (cell, "”");
        }
      for (gsize k = from; k < cell->len; k++)
        if (cell->str[k] == '\n' || cell->str[k] == '\r')
          cell->str[k] = ' ';
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
  return list_cell ((const char * const *) names->pdata);
}

static gboolean
write_all (GOutputStream  *stream,
           GString        *text,
           GCancellable   *cancellable,
           GError        **error)
{
  return g_output_stream_write_all (stream, text->str, text->len, NULL, cancellable, error);
}

static int
compare_file_order (gconstpointer a,
                    gconstpointer b)
{
  guint ia = chronicle_event_get_file_index (*(ChronicleEvent * const *) a);
  guint ib = chronicle_event_get_file_index (*(ChronicleEvent * const *) b);

  return ia < ib ? -1 : ia > ib;
}

/* The events in the order the file gave them (the store holds them by date), so a
 * file written back keeps its author's order. */
static GPtrArray *
events_in_file_order (ChronicleDataset *dataset)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  guint n = store != NULL ? chronicle_event_store_get_n_events (store) : 0;
  GPtrArray *events = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (events, chronicle_event_store_get_event (store, i));
  g_ptr_array_sort (events, compare_file_order);
  return events;
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

  ordered = events_in_file_order (dataset);
  for (guint i = 0; i < ordered->len; i++)
    {
      ChronicleEvent *event = g_ptr_array_index (ordered, i);
      const ChronicleKind *kind = chronicle_dataset_find_kind (dataset, chronicle_event_get_kind (event));

      set_date_cells (cells, C_YEAR, chronicle_event_get_start (event));
      if (chronicle_event_get_end (event) != NULL)
        set_date_cells (cells, C_END_YEAR, chronicle_event_get_end (event));
      cells[C_DISPLAY_DATE] = text_to_html (chronicle_event_get_display_date (event));
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
      cells[C_PEOPLE] = list_cell (chronicle_event_get_people (event));
      cells[C_PARTNERS] = partners_cell (dataset, event);
      cells[C_SOURCES] = sources_cell (dataset, event);
      append_row (out, cells);
      clear_cells (cells);
    }

  return write_all (stream, out, cancellable, error);
}

/* ------------------------------------------------------------------------- */
/* Chronicle JSON                                                            */

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_date (JsonBuilder         *builder,
          const char          *member,
          const ChronicleDate *date)
{
  g_autofree char *text = chronicle_date_to_string (date);

  add_string (builder, member, text);
}

/* A member that is an array; the caller adds its values and ends it. */
static void
begin_array_member (JsonBuilder *builder,
                    const char  *member)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
}

typedef struct
{
  const char *name;
  const char *value;   /* nullable: not written */
} Member;

/* An object of string members, as an array's value. */
static void
add_object (JsonBuilder  *builder,
            const Member *members,
            guint         n_members)
{
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_members; i++)
    add_string (builder, members[i].name, members[i].value);
  json_builder_end_object (builder);
}

#define ADD_OBJECT(builder, ...) \
  G_STMT_START { \
    const Member members_[] = { __VA_ARGS__ }; \
    add_object ((builder), members_, G_N_ELEMENTS (members_)); \
  } G_STMT_END

static void
add_list (JsonBuilder        *builder,
          const char         *member,
          const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;
  begin_array_member (builder, member);
  for (guint i = 0; items[i] != NULL; i++)
    json_builder_add_string_value (builder, items[i]);
  json_builder_end_array (builder);
}

/* "links": an address alone, or {"url", "text"} when the link has a text. */
static void
add_links (JsonBuilder    *builder,
           ChronicleEvent *event)
{
  const char * const *links = chronicle_event_get_links (event);

  if (links == NULL || links[0] == NULL)
    return;
  begin_array_member (builder, "links");
  for (guint i = 0; links[i] != NULL; i++)
    {
      const char *text = chronicle_event_get_link_title (event, i);

      if (text != NULL)
        ADD_OBJECT (builder, { "url", links[i] }, { "text", text });
      else
        json_builder_add_string_value (builder, links[i]);
    }
  json_builder_end_array (builder);
}

/* "media": [{"url", "caption", "credit", "alt", "thumbnail"}], of an event or the dataset. */
static void
add_media (JsonBuilder          *builder,
           const ChronicleMedia *media,
           guint                 n_media)
{
  if (n_media == 0)
    return;
  begin_array_member (builder, "media");
  for (guint i = 0; i < n_media; i++)
    ADD_OBJECT (builder, { "url", media[i].url }, { "caption", media[i].caption },
                { "credit", media[i].credit }, { "alt", media[i].alt }, { "thumbnail", media[i].thumbnail });
  json_builder_end_array (builder);
}

/* "background": {"color", "url"}, of an event or the dataset (its title slide). */
static void
add_background (JsonBuilder               *builder,
                const ChronicleBackground *background)
{
  if (background == NULL)
    return;
  json_builder_set_member_name (builder, "background");
  json_builder_begin_object (builder);
  add_string (builder, "color", background->color);
  add_string (builder, "url", background->url);
  json_builder_end_object (builder);
}

/* Which of the dataset's translations belong to what: owner ("kind/ID", "level/NAME"…)
 * → the indices of its translations, in the file's order. */
static GHashTable *
index_translations (ChronicleDataset *dataset)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < chronicle_dataset_get_n_translations (dataset); i++)
    {
      const ChronicleTranslation *t = chronicle_dataset_get_translation (dataset, i);
      GArray *indices = g_hash_table_lookup (index, t->owner);

      if (indices == NULL)
        {
          indices = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (index, (gpointer) t->owner, indices);
        }
      g_array_append_val (indices, i);
    }
  return index;
}

/* "translations": {LANG: {FIELD: TEXT, …}, …} of @owner, the languages in the file's order. */
static void
add_translations (JsonBuilder      *builder,
                  ChronicleDataset *dataset,
                  GHashTable       *index,
                  const char       *owner)
{
  GArray *indices = g_hash_table_lookup (index, owner);
  g_autoptr(GHashTable) done = NULL;

  if (indices == NULL)
    return;
  done = g_hash_table_new (g_str_hash, g_str_equal);
  json_builder_set_member_name (builder, "translations");
  json_builder_begin_object (builder);
  for (guint i = 0; i < indices->len; i++)
    {
      const char *language = chronicle_dataset_get_translation (dataset, g_array_index (indices, guint, i))->language;

      if (!g_hash_table_add (done, (gpointer) language))
        continue;
      json_builder_set_member_name (builder, language);
      json_builder_begin_object (builder);
      for (guint k = i; k < indices->len; k++)
        {
          const ChronicleTranslation *t = chronicle_dataset_get_translation (dataset, g_array_index (indices, guint, k));

          if (g_str_equal (t->language, language))
            add_string (builder, t->field, t->value);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static void
add_event_translations (JsonBuilder    *builder,
                        ChronicleEvent *event)
{
  guint n = chronicle_event_get_n_translations (event);

  if (n == 0)
    return;
  json_builder_set_member_name (builder, "translations");
  json_builder_begin_object (builder);
  for (guint i = 0; i < n; i++)
    {
      const char *title, *description, *place;
      const char *language = chronicle_event_get_translation (event, i, &title, &description, &place);

      json_builder_set_member_name (builder, language);
      json_builder_begin_object (builder);
      add_string (builder, "title", title);
      add_string (builder, "description", description);
      add_string (builder, "place", place);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

/* A figure's value: a whole number as the file's number (the reader keeps it as
 * its digits), anything else as the text it is. */
static void
add_figure_value (JsonBuilder *builder,
                  const char  *value)
{
  gint64 number;
  g_autofree char *digits = NULL;

  json_builder_set_member_name (builder, "value");
  if (g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL) &&
      g_str_equal (value, (digits = g_strdup_printf ("%" G_GINT64_FORMAT, number))))
    json_builder_add_int_value (builder, number);
  else
    json_builder_add_string_value (builder, value);
}

static void
add_event (JsonBuilder    *builder,
           ChronicleEvent *event)
{
  const char *partner, *from, *to;

  json_builder_begin_object (builder);
  add_string (builder, "id", chronicle_event_get_id (event));
  add_string (builder, "kind", chronicle_event_get_kind (event));
  if (chronicle_event_get_direction (event) != CHRONICLE_DIRECTION_NONE)
    add_string (builder, "direction",
                chronicle_event_get_direction (event) == CHRONICLE_DIRECTION_INBOUND ? "inbound" : "outbound");
  add_date (builder, "start", chronicle_event_get_start (event));
  if (chronicle_event_get_end (event) != NULL)
    add_date (builder, "end", chronicle_event_get_end (event));
  add_string (builder, "display_date", chronicle_event_get_display_date (event));
  add_string (builder, "title", chronicle_event_get_title (event));
  add_string (builder, "description", chronicle_event_get_description (event));
  add_string (builder, "place", chronicle_event_get_place (event));
  add_list (builder, "people", chronicle_event_get_people (event));
  add_list (builder, "partners", chronicle_event_get_partners (event));
  if (chronicle_event_get_relation (event, &partner, &from, &to))
    {
      json_builder_set_member_name (builder, "relation");
      json_builder_begin_object (builder);
      add_string (builder, "partner", partner);
      add_string (builder, "from", from);
      add_string (builder, "to", to);
      json_builder_end_object (builder);
    }
  if (chronicle_event_get_n_sources (event) > 0)
    {
      begin_array_member (builder, "sources");
      for (guint i = 0; i < chronicle_event_get_n_sources (event); i++)
        {
          const ChronicleSource *source = chronicle_event_get_source (event, i);

          ADD_OBJECT (builder, { "document", source->document }, { "quote", source->quote });
        }
      json_builder_end_array (builder);
    }
  add_links (builder, event);
  add_list (builder, "tags", chronicle_event_get_tags (event));
  if (chronicle_event_get_n_media (event) > 0)
    add_media (builder, chronicle_event_get_media (event, 0), chronicle_event_get_n_media (event));
  add_background (builder, chronicle_event_get_background (event));
  add_event_translations (builder, event);
  json_builder_end_object (builder);
}

/**
 * chronicle_dataset_write_json:
 * @stream: where to write; not closed
 *
 * Writes @dataset in Chronicle's own format (chronicle/1), which Chronicle opens
 * again with the same events, dates, text, kinds, partners, eras and links.
 *
 * Returns: %TRUE, or %FALSE with @error set when @stream fails
 */
gboolean
chronicle_dataset_write_json (ChronicleDataset  *dataset,
                              GOutputStream     *stream,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GHashTable) translations = NULL;
  g_autoptr(GPtrArray) ordered = NULL;
  ChronicleDate view_start, view_end;
  gboolean any_kind = FALSE;

  g_return_val_if_fail (CHRONICLE_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  translations = index_translations (dataset);
  ordered = events_in_file_order (dataset);

  json_builder_begin_object (builder);
  add_string (builder, "format", "chronicle/1");
  add_string (builder, "title", chronicle_dataset_get_title (dataset));
  add_string (builder, "description", chronicle_dataset_get_description (dataset));
  add_string (builder, "language", chronicle_dataset_get_language (dataset));
  add_translations (builder, dataset, translations, "dataset");
  if (chronicle_dataset_get_n_media (dataset) > 0)
    add_media (builder, chronicle_dataset_get_media (dataset, 0), chronicle_dataset_get_n_media (dataset));
  add_background (builder, chronicle_dataset_get_background (dataset));
  if (chronicle_dataset_get_view_dates (dataset, &view_start, &view_end))
    {
      json_builder_set_member_name (builder, "view");
      json_builder_begin_object (builder);
      add_date (builder, "start", &view_start);
      add_date (builder, "end", &view_end);
      json_builder_end_object (builder);
    }

  if (chronicle_dataset_get_n_documents (dataset) > 0)
    {
      begin_array_member (builder, "documents");
      for (guint i = 0; i < chronicle_dataset_get_n_documents (dataset); i++)
        {
          const ChronicleDocument *doc = chronicle_dataset_get_document (dataset, i);

          ADD_OBJECT (builder, { "id", doc->id }, { "title", doc->title }, { "publisher", doc->publisher },
                      { "date", doc->date }, { "url", doc->url }, { "file", doc->file });
        }
      json_builder_end_array (builder);
    }

  for (guint i = 0; i < chronicle_dataset_get_n_kinds (dataset); i++)
    {
      const ChronicleKind *kind = chronicle_dataset_get_kind (dataset, i);
      g_autofree char *owner = NULL;

      /* Every kind the file defines (used or not) or its events name (a TimelineJS
       * group); not the built-in ones, which Chronicle adds again, labelled in the
       * language of whoever opens the file. */
      if (chronicle_dataset_is_builtin_kind (dataset, kind))
        continue;
      if (!any_kind)
        begin_array_member (builder, "kinds");
      any_kind = TRUE;
      owner = g_strdup_printf ("kind/%s", kind->id);
      json_builder_begin_object (builder);
      add_string (builder, "id", kind->id);
      add_string (builder, "label", kind->label);
      add_string (builder, "color", kind->color);
      add_string (builder, "shape", kind->shape);
      add_translations (builder, dataset, translations, owner);
      json_builder_end_object (builder);
    }
  if (any_kind)
    json_builder_end_array (builder);

  if (chronicle_dataset_get_n_partners (dataset) > 0)
    {
      begin_array_member (builder, "partners");
      for (guint i = 0; i < chronicle_dataset_get_n_partners (dataset); i++)
        {
          const ChroniclePartner *partner = chronicle_dataset_get_partner (dataset, i);
          g_autofree char *owner = g_strdup_printf ("partner/%s", partner->id);

          json_builder_begin_object (builder);
          add_string (builder, "id", partner->id);
          add_string (builder, "name", partner->name);
          if (partner->n_levels > 0)
            {
              begin_array_member (builder, "levels");
              for (guint k = 0; k < partner->n_levels; k++)
                {
                  const ChronicleLevel *level = &partner->levels[k];
                  /* Held since before the data, from a date the sources do not give. */
                  g_autofree char *since = level->before_data ? g_strdup ("before")
                                                              : chronicle_date_to_string (&level->since);

                  ADD_OBJECT (builder, { "level", level->level }, { "since", since });
                }
              json_builder_end_array (builder);
            }
          add_translations (builder, dataset, translations, owner);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  if (chronicle_dataset_get_n_eras (dataset) > 0)
    {
      begin_array_member (builder, "eras");
      for (guint i = 0; i < chronicle_dataset_get_n_eras (dataset); i++)
        {
          const ChronicleEra *era = chronicle_dataset_get_era (dataset, i);

          g_autofree char *start = chronicle_date_to_string (&era->start);
          g_autofree char *end = chronicle_date_to_string (&era->end);
          g_autofree char *span = g_strdup_printf ("%s – %s", start, end);

          g_autofree char *owner = g_strdup_printf ("era/%u", i);

          /* The format needs a title: an untitled TimelineJS era is named by its span. */
          json_builder_begin_object (builder);
          add_string (builder, "title", era->title != NULL && era->title[0] != '\0' ? era->title : span);
          add_string (builder, "start", start);
          add_string (builder, "end", end);
          add_translations (builder, dataset, translations, owner);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  /* The names of relationship levels the file translates, in its order. */
  {
    gboolean any = FALSE;
    g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < chronicle_dataset_get_n_translations (dataset); i++)
      {
        const char *owner = chronicle_dataset_get_translation (dataset, i)->owner;

        if (!g_str_has_prefix (owner, "level/") || !g_hash_table_add (done, (gpointer) owner))
          continue;
        if (!any)
          begin_array_member (builder, "levels");
        any = TRUE;
        json_builder_begin_object (builder);
        add_string (builder, "name", owner + strlen ("level/"));
        add_translations (builder, dataset, translations, owner);
        json_builder_end_object (builder);
      }
    if (any)
      json_builder_end_array (builder);
  }

  if (chronicle_dataset_get_n_figures (dataset) > 0)
    {
      begin_array_member (builder, "figures");
      for (guint i = 0; i < chronicle_dataset_get_n_figures (dataset); i++)
        {
          const ChronicleFigure *figure = chronicle_dataset_get_figure (dataset, i);

          json_builder_begin_object (builder);
          add_string (builder, "id", figure->id);
          add_string (builder, "label", figure->label);
          add_figure_value (builder, figure->value);
          add_string (builder, "as_of", figure->as_of);
          add_string (builder, "note", figure->note);
          if (figure->n_sources > 0)
            {
              begin_array_member (builder, "sources");
              for (guint k = 0; k < figure->n_sources; k++)
                ADD_OBJECT (builder, { "document", figure->sources[k].document },
                            { "quote", figure->sources[k].quote });
              json_builder_end_array (builder);
            }
          if (figure->id != NULL)
            {
              g_autofree char *owner = g_strdup_printf ("figure/%s", figure->id);

              add_translations (builder, dataset, translations, owner);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  begin_array_member (builder, "events");
  for (guint i = 0; i < ordered->len; i++)
    add_event (builder, g_ptr_array_index (ordered, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  out = json_generator_to_gstring (generator, g_string_new (NULL));
  g_string_append_c (out, '\n');
  return write_all (stream, out, cancellable, error);
}
