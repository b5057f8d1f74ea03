/* chronicle-timelinejs.c — reads TimelineJS 3 JSON into Chronicle's model.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-timelinejs"

#include "config.h"

#include "chronicle-timelinejs-private.h"
#include "chronicle-media-reader.h"
#include "chronicle-html-text.h"

#include <glib/gi18n.h>
#include <string.h>

/* TimelineJS (https://timeline.knightlab.com/docs/json-format.html) keeps dates as
 * objects of parts that may be strings, numbers or "" blanks, text as HTML, and
 * lanes as "group". Mapping (data/FORMAT.md says it for authors):
 *   text.headline → title (else the display date, the text's first words, the media
 *   caption); text.text → description, as plain text through libxml2's HTML parser,
 *   its links → links with their text; start_date/end_date → dates as precise as the
 *   parts given, negative years as BCE years (chronicle-timelinejs-dates.c);
 *   display_date → display date; group
 *   (trimmed) → tag and kind (one kind per group, so the default lanes are the
 *   groups); eras → eras; the title slide → dataset title (on one line),
 *   description and media; unique_id → id; media → the event's one media item (url,
 *   caption, credit, alt), and a url on the web (http/https, or //host) also → a
 *   link titled by the caption; a url that is embed code → its quotes' text after
 *   the description (else a warning that it is left out).
 * TimelineJS's leniency is kept, as warnings: a slide with no start_date is left
 * out, a repeated unique_id renamed, an end before the start drawn as a point.
 * TimelineJS 2 files and spreadsheets are rewritten as TimelineJS 3 and built here. */

/* A file is TimelineJS 3 when its events use "start_date" or its title is a slide,
 * TimelineJS 2 when it is one "timeline" object. */
gboolean
_chronicle_timelinejs_detect (JsonObject *root)
{
  JsonNode *title = json_object_get_member (root, "title");
  JsonNode *events = json_object_get_member (root, "events");
  JsonNode *timeline = json_object_get_member (root, "timeline");

  /* TimelineJS 2: {"timeline": {"date": [...]}}. */
  if (timeline != NULL && JSON_NODE_HOLDS_OBJECT (timeline) && events == NULL)
    return TRUE;

  if (title != NULL && JSON_NODE_HOLDS_OBJECT (title))
    return TRUE;

  if (events != NULL && JSON_NODE_HOLDS_ARRAY (events))
    {
      JsonArray *array = json_node_get_array (events);

      for (guint i = 0; i < json_array_get_length (array) && i < 8; i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (node) &&
              json_object_has_member (json_node_get_object (node), "start_date"))
            return TRUE;
        }
    }

  return FALSE;
}

/* ------------------------------------------------------------------------- */
/* HTML → plain text                                                         */

/**
 * _chronicle_html_to_text:
 *
 * Returns: (transfer full): @html as plain text, through libxml2's HTML parser: see
 *   chronicle_html_text_parse()
 */
char *
_chronicle_html_to_text (const char *html)
{
  return chronicle_html_text_parse (html, NULL);
}

static const char *
get_text_member (JsonObject *object,
                 const char *slide_member,
                 const char *text_member)
{
  JsonNode *node = json_object_get_member (object, slide_member);
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  value = json_object_get_member (json_node_get_object (node), text_member);
  if (value == NULL || !JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (value);
}

/* @member of @object when it is a string, else NULL. */
const char *
_chronicle_timelinejs_get_string (JsonObject *object,
                                  const char *member)
{
  JsonNode *value = json_object_get_member (object, member);

  if (value == NULL || !JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (value);
}

static char *
plain_or_null (const char *html)
{
  char *text;

  if (html == NULL)
    return NULL;
  text = _chronicle_html_to_text (html);
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* Text for one line (a window title, a label): its lines and runs of white space
 * become single spaces. Takes @text; NULL when nothing is left. */
static char *
one_line (char *text)
{
  g_auto(GStrv) words = NULL;
  char *line;

  if (text == NULL)
    return NULL;
  words = g_strsplit_set (text, " \t\n\r", -1);
  g_free (text);
  for (guint i = 0, j = 0; ; i++)
    {
      if (words[i] != NULL && words[i][0] == '\0')
        {
          g_free (words[i]);
          continue;
        }
      words[j++] = words[i];
      if (words[i] == NULL)
        break;
    }
  line = g_strjoinv (" ", words);
  if (line[0] == '\0')
    g_clear_pointer (&line, g_free);
  return line;
}

/* A title for a slide with no headline: its first words, cut at a word near
 * 60 characters with "…". */
static char *
first_words (const char *text)
{
  g_autofree char *line = one_line (g_strdup (text));
  const char *cut;
  glong n;

  if (line == NULL)
    return NULL;
  n = g_utf8_strlen (line, -1);
  if (n <= 60)
    return g_steal_pointer (&line);

  cut = g_utf8_offset_to_pointer (line, 60);
  for (const char *p = cut; p > line + 20; p--)
    if (*p == ' ')
      {
        cut = p;
        break;
      }
  return g_strdup_printf ("%.*s…", (int) (cut - line), line);
}

static const char *
kind_for_group (ChronicleBuilder *b,
                const char       *group)
{
  GArray *kinds = _chronicle_dataset_get_kinds (b->dataset);
  g_autofree char *id = NULL;
  ChronicleKind kind = { 0 };
  const char *known;
  /* Groups take colours from a fixed palette, each with its own shape. */
  static const struct { const char *color; const char *shape; } palette[] = {
    { "#3584e4", "circle" }, { "#e66100", "square" }, { "#2ec27e", "diamond" },
    { "#9141ac", "triangle" }, { "#c01c28", "star" }, { "#986a44", "hexagon" },
  };

  /* One lookup per event: a file with 100k groups must not take quadratic time. */
  if (b->group_kinds == NULL)
    b->group_kinds = g_hash_table_new (g_str_hash, g_str_equal);
  if ((known = g_hash_table_lookup (b->group_kinds, group)) != NULL)
    return known;

  id = g_strdup_printf ("group:%s", group);
  kind.id = _chronicle_dataset_intern (b->dataset, id);
  kind.label = _chronicle_dataset_intern (b->dataset, group);
  kind.color = palette[kinds->len % G_N_ELEMENTS (palette)].color;
  kind.shape = palette[kinds->len % G_N_ELEMENTS (palette)].shape;
  g_array_append_val (kinds, kind);
  g_hash_table_insert (b->group_kinds, (gpointer) kind.label, (gpointer) kind.id);
  return kind.id;
}

/**
 * _chronicle_timelinejs_row_place:
 * @row: a spreadsheet row, counted from 1 (the header row)
 * @column: (nullable): a column's name as the header row writes it
 *
 * Returns: (transfer full): the place in a spreadsheet, as messages name it
 */
char *
_chronicle_timelinejs_row_place (guint       row,
                                 const char *column)
{
  if (column == NULL)
    /* Translators: a place in a spreadsheet, as in: "events.csv: row 12: warning: …". */
    return g_strdup_printf (_("row %u"), row);
  /* Translators: a place in a spreadsheet: %1$u is a row number, %2$s a column's name
   * as the file's header row writes it, as in: row 12, column "Month". */
  return g_strdup_printf (_("row %1$u, column \"%2$s\""), row, column);
}

/* The place of slide @i of @section (events or eras), formatted into @buffer when
 * the slides are spreadsheet rows. */
static void
slide_place (const ChronicleTimelinejsSource *source,
             const char                      *section,
             const guint                     *rows,
             guint                            i,
             ChronicleJsonPlace              *place,
             char                           **buffer)
{
  g_clear_pointer (buffer, g_free);
  if (rows != NULL)
    {
      *buffer = _chronicle_timelinejs_row_place (rows[i], NULL);
      *place = (ChronicleJsonPlace) { *buffer, -1, NULL };
    }
  else
    *place = (ChronicleJsonPlace) { section, (int) i, NULL };
}

/* A media address as written, trimmed, with a protocol-relative "//host/…" as https. */
static char *
media_address (const char *url)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (url));

  if (g_str_has_prefix (trimmed, "//"))
    return g_strconcat ("https:", trimmed, NULL);
  return g_steal_pointer (&trimmed);
}

/* A link for an event: a web link (see _chronicle_web_link_rest()) with a host, and
 * nothing in it that could not be in an address. */
static char *
web_address (const char *url)
{
  g_autofree char *address = NULL;
  const char *rest;

  if (url == NULL)
    return NULL;
  address = media_address (url);
  if ((rest = _chronicle_web_link_rest (address)) == NULL || *rest == '\0')
    return NULL;
  for (const char *p = address; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == '<' || *p == '>' || *p == '"')
      return NULL;
  return g_steal_pointer (&address);
}

static void
add_link (GPtrArray  *urls,
          GPtrArray  *titles,
          const char *url,
          const char *title)
{
  for (guint i = 0; i < urls->len; i++)
    if (g_str_equal (g_ptr_array_index (urls, i), url))
      return;
  g_ptr_array_add (urls, g_strdup (url));
  /* A text that is the address itself says no more than the address. */
  g_ptr_array_add (titles, g_strdup (title != NULL && !g_str_equal (title, url) ? title : ""));
}

static void
read_eras (ChronicleBuilder                *b,
           JsonObject                      *root,
           const ChronicleTimelinejsSource *source)
{
  JsonNode *eras_node = json_object_get_member (root, "eras");
  JsonArray *eras;

  if (eras_node == NULL || !JSON_NODE_HOLDS_ARRAY (eras_node))
    return;

  eras = json_node_get_array (eras_node);
  for (guint i = 0; i < json_array_get_length (eras); i++)
    {
      JsonNode *node = json_array_get_element (eras, i);
      g_autofree char *buffer = NULL;
      ChronicleJsonPlace place;
      ChronicleEra era = { 0 };
      JsonObject *object;
      g_autofree char *era_title = NULL;
      gboolean ok;
      guint row;

      slide_place (source, "eras", source->rows != NULL ? source->era_rows : NULL, i, &place, &buffer);
      if ((object = _chronicle_builder_element_object (b, node, &place)) == NULL ||
          json_object_has_member (object, SKIP_MEMBER))
        continue;
      row = source->rows != NULL ? source->era_rows[i] : 0;
      ok = _chronicle_timelinejs_read_date (b, object, &place, row, "start_date", TRUE, &era.start);
      ok = _chronicle_timelinejs_read_date (b, object, &place, row, "end_date", TRUE, &era.end) && ok;
      if (!ok || !_chronicle_builder_check_span (b, &place, &era.start, &era.end, CHRONICLE_SPAN_ERA_LEFT_OUT))
        continue;
      era_title = one_line (plain_or_null (get_text_member (object, "text", "headline")));
      era.title = _chronicle_dataset_intern (b->dataset, era_title ? era_title : "");
      g_array_append_val (_chronicle_dataset_get_eras (b->dataset), era);
    }
}

/* An address as the slide writes it (a picture, a thumbnail, a background), trimmed,
 * //host as https; NULL when there is none, or when it is an embed code (HTML, such
 * as a <blockquote> or an <iframe>), which is no picture Chronicle can show. */
static char *
slide_address (const char *written)
{
  g_autofree char *trimmed = NULL;

  if (written == NULL)
    return NULL;
  trimmed = media_address (written);
  if (trimmed[0] == '\0' || trimmed[0] == '<')
    return NULL;
  return g_steal_pointer (&trimmed);
}

/* Embed code in a slide's media.url (HTML, which TimelineJS shows in a frame: a
 * <blockquote>, a tweet, an <iframe>): the text of its quotes, with their <cite>, to
 * be part of the slide's text (for a slide whose only content is a quote, all there
 * is to read), and their links in @links; NULL when media.url is no embed code, or,
 * having warned at the slide (@row > 0: at its Media cell) that it is left out, when
 * it has no quote. @member is media.url as the file's format names it. */
static char *
read_embed (ChronicleBuilder         *b,
            JsonObject               *object,
            const ChronicleJsonPlace *place,
            guint                     row,
            const char               *member,
            GPtrArray               **links)
{
  const char *written = get_text_member (object, "media", "url");
  g_autofree char *trimmed = written != NULL ? g_strstrip (g_strdup (written)) : NULL;
  char *quote;

  if (trimmed == NULL || trimmed[0] != '<')
    return NULL;
  quote = chronicle_html_text_parse_quote (trimmed, links);
  if (quote != NULL)
    return quote;
  if (row > 0)
    {
      g_autofree char *cell = _chronicle_timelinejs_row_place (row, "Media");

      _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, &(ChronicleJsonPlace) { cell, -1, NULL },
                                 /* Translators: said of a spreadsheet cell that holds HTML such as
                                  * an <iframe> (embed code), where a picture's address was expected. */
                                 _("this is embed code (HTML), which Chronicle cannot show: it is left out"));
    }
  else
    _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, place,
                               /* Translators: %s is a member ("media.url") that holds HTML such as
                                * an <iframe> (embed code), where a picture's address was expected. */
                               _("\"%s\" is embed code (HTML), which Chronicle cannot show: it is left out"),
                               member);
  return NULL;
}

/* media.url as the format names it, by the name it gives start_date (@start_member). */
static const char *
media_member (const char *start_member)
{
  if (g_str_equal (start_member, "startDate"))
    return "asset.media";
  if (g_str_equal (start_member, "Year"))
    return "Media";
  return "media.url";
}

/* @text with @quote after it, as a paragraph of its own; takes both. */
static char *
add_quote (char *text,
           char *quote)
{
  char *joined;

  if (quote == NULL)
    return text;
  if (text == NULL)
    return quote;
  joined = g_strconcat (text, "\n\n", quote, NULL);
  g_free (text);
  g_free (quote);
  return joined;
}

/* The slide's background: its colour (checked: a colour that is not one is a
 * warning at @place, left out) and its picture's address. */
static void
slide_background (ChronicleBuilder         *b,
                  JsonObject               *object,
                  const ChronicleJsonPlace *place,
                  char                    **color,
                  char                    **url)
{
  const char *written = get_text_member (object, "background", "color");
  g_autofree char *trimmed = written != NULL ? g_strstrip (g_strdup (written)) : NULL;

  *url = slide_address (get_text_member (object, "background", "url"));
  *color = NULL;
  if (trimmed != NULL && trimmed[0] != '\0' &&
      _chronicle_builder_background_color (b, place, "background.color", trimmed) != NULL)
    *color = g_steal_pointer (&trimmed);
}

/* The slide's media: an address (http(s), //host, or a path relative to the file),
 * its credit and alt text, as plain text on one line, and its thumbnail's address.
 * Embed codes (media.url holding HTML, such as a <blockquote> or an <iframe>) are not
 * media Chronicle can show: FALSE, as for a slide with no media (read_embed() keeps
 * a quote's text). */
static gboolean
slide_media (JsonObject  *object,
             char       **url,
             char       **credit,
             char       **alt,
             char       **thumbnail)
{
  *url = slide_address (get_text_member (object, "media", "url"));
  if (*url == NULL)
    return FALSE;
  *credit = one_line (plain_or_null (get_text_member (object, "media", "credit")));
  *alt = one_line (plain_or_null (get_text_member (object, "media", "alt")));
  *thumbnail = slide_address (get_text_member (object, "media", "thumbnail"));
  return TRUE;
}

/* The slide's media, as the event's one media item, with @caption. */
static void
read_slide_media (ChronicleBuilder *b,
                  ChronicleEvent   *event,
                  JsonObject       *object,
                  const char       *caption)
{
  g_autofree char *url = NULL;
  g_autofree char *credit = NULL;
  g_autofree char *alt = NULL;
  g_autofree char *thumbnail = NULL;
  ChronicleMedia *media;

  if (!slide_media (object, &url, &credit, &alt, &thumbnail))
    return;
  media = g_new0 (ChronicleMedia, 1);
  media->url = _chronicle_builder_text (b, url);
  media->caption = _chronicle_builder_text (b, caption);
  media->credit = _chronicle_builder_text (b, credit);
  media->alt = _chronicle_builder_text (b, alt);
  media->thumbnail = _chronicle_builder_text (b, thumbnail);
  _chronicle_event_take_media (event, media, 1);
}

/* The title slide's media and background, as the dataset's. */
static void
read_title_media (ChronicleBuilder *b,
                  JsonObject       *slide)
{
  ChronicleJsonPlace place = { "title", -1, NULL };
  g_autofree char *url = NULL;
  g_autofree char *credit = NULL;
  g_autofree char *alt = NULL;
  g_autofree char *thumbnail = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *color = NULL;
  g_autofree char *background = NULL;

  slide_background (b, slide, &place, &color, &background);
  _chronicle_dataset_set_background (b->dataset, color, background);
  if (!slide_media (slide, &url, &credit, &alt, &thumbnail))
    return;
  caption = one_line (plain_or_null (get_text_member (slide, "media", "caption")));
  _chronicle_dataset_add_media (b->dataset, &(ChronicleMedia) {
    .url = url, .caption = caption, .credit = credit, .alt = alt, .thumbnail = thumbnail });
}

/* Builds one slide, or returns NULL having reported why. TimelineJS's own leniency
 * is kept, as warnings: a slide with no start_date is left out, a repeated
 * unique_id is renamed, an end before the start is drawn as a point. */
static ChronicleEvent *
read_slide (ChronicleBuilder   *b,
            const char         *start_member,
            JsonObject         *object,
            guint               i,
            guint               row,
            ChronicleJsonPlace *place,
            GHashTable         *ids)
{
  g_autoptr(ChronicleEvent) event = NULL;
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) text_links = NULL;
  g_autoptr(GPtrArray) quote_links = NULL;
  JsonNode *start_node;
  const char *unique_id;
  g_autofree char *id = NULL;
  g_autofree char *group = NULL;
  g_autofree char *headline = NULL;
  gboolean made_title;
  g_autofree char *text = NULL;
  g_autofree char *display_date = NULL;
  g_autofree char *media_url = NULL;
  g_autofree char *caption = NULL;
  const char *html;
  ChronicleDate start, end;
  gboolean has_end;
  guint n_errors = b->n_errors;

  unique_id = _chronicle_timelinejs_get_string (object, "unique_id");
  if (unique_id != NULL)
    id = g_strstrip (g_strdup (unique_id));
  if (id == NULL || id[0] == '\0')
    {
      g_free (id);
      id = g_strdup_printf ("event-%u", i + 1);
    }
  if (g_hash_table_contains (ids, id))
    {
      char *renamed = NULL;

      for (guint n = 2; renamed == NULL || g_hash_table_contains (ids, renamed); n++)
        {
          g_free (renamed);
          renamed = g_strdup_printf ("%s-%u", id, n);
        }
      if (place->index >= 0)
        place->id = _chronicle_builder_intern (b, renamed);
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, place,
                                 /* Translators: %1$s is an id used twice, %2$s the new id. */
                                 _("the id \"%1$s\" is used twice; this one is renamed \"%2$s\""),
                                 id, renamed);
      g_free (id);
      id = renamed;
    }
  if (place->index >= 0)
    place->id = _chronicle_builder_intern (b, id);

  start_node = json_object_get_member (object, "start_date");
  if (start_node == NULL || JSON_NODE_HOLDS_NULL (start_node))
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, place,
                                 /* Translators: %s is the member the file's format names the
                                  * start date with, "start_date" or "startDate". */
                                 _("no \"%s\": left out, as TimelineJS leaves it out"), start_member);
      return NULL;
    }
  if (!_chronicle_timelinejs_read_date (b, object, place, row, "start_date", TRUE, &start))
    return NULL;
  has_end = _chronicle_timelinejs_read_date (b, object, place, row, "end_date", FALSE, &end);
  if (b->n_errors != n_errors)
    return NULL;
  if (has_end && !_chronicle_builder_check_span (b, place, &start, &end, CHRONICLE_SPAN_DRAWN_AS_POINT))
    has_end = FALSE;

  event = _chronicle_event_new (b->pool, i);
  _chronicle_event_set_id (event, _chronicle_builder_intern (b, id));
  _chronicle_event_set_dates (event, &start, has_end ? &end : NULL);

  /* The slide's own display date, else its start date's. */
  display_date = one_line (plain_or_null (_chronicle_timelinejs_get_string (object, "display_date")));
  if (display_date == NULL)
    display_date = one_line (plain_or_null (get_text_member (object, "start_date", "display_date")));
  if (display_date != NULL)
    _chronicle_event_set_display_date (event, _chronicle_builder_text (b, display_date));

  html = get_text_member (object, "text", "text");
  text = html != NULL ? chronicle_html_text_parse (html, &text_links) : NULL;
  if (text != NULL && text[0] == '\0')
    g_clear_pointer (&text, g_free);
  /* A quote in media.url is the slide's to read, after its text. */
  text = add_quote (text, read_embed (b, object, place, row, media_member (start_member), &quote_links));

  caption = one_line (plain_or_null (get_text_member (object, "media", "caption")));

  /* A slide with no headline is named by its display date, else its text's first
   * words, else its media's caption; never by an ISO date the author did not write. */
  headline = one_line (plain_or_null (get_text_member (object, "text", "headline")));
  made_title = headline == NULL;
  if (headline == NULL)
    headline = g_strdup (display_date);
  if (headline == NULL)
    headline = first_words (text);
  if (headline == NULL)
    headline = g_strdup (caption);
  if (headline == NULL)
    /* Translators: the title of a TimelineJS slide that has no headline, text or caption. */
    headline = g_strdup (_("Untitled"));
  _chronicle_event_set_text (event, _chronicle_builder_text (b, headline), _chronicle_builder_text (b, text), NULL);
  _chronicle_event_set_title_made (event, made_title);

  group = g_strdup (_chronicle_timelinejs_get_string (object, "group"));
  if (group != NULL)
    g_strstrip (group);
  if (group != NULL && group[0] == '\0')
    g_clear_pointer (&group, g_free);
  _chronicle_event_set_kind (event, _chronicle_builder_intern (b, group ? kind_for_group (b, group) : "other"));

  read_slide_media (b, event, object, caption);
  {
    g_autofree char *color = NULL;
    g_autofree char *background = NULL;

    slide_background (b, object, place, &color, &background);
    _chronicle_event_set_background (event, _chronicle_builder_text (b, color), _chronicle_builder_text (b, background));
  }

  /* Links: the media's address with its caption, then the text's links with theirs. */
  media_url = web_address (get_text_member (object, "media", "url"));
  if (media_url != NULL)
    add_link (urls, titles, media_url, caption);
  for (guint k = 0; text_links != NULL && k < text_links->len; k++)
    {
      ChronicleHtmlLink *link = g_ptr_array_index (text_links, k);

      add_link (urls, titles, link->url, link->text);
    }
  for (guint k = 0; quote_links != NULL && k < quote_links->len; k++)
    {
      ChronicleHtmlLink *link = g_ptr_array_index (quote_links, k);

      add_link (urls, titles, link->url, link->text);
    }

  {
    const char **links = NULL;
    const char **link_titles = NULL;
    const char **tags = NULL;

    if (urls->len > 0)
      {
        links = g_new0 (const char *, urls->len + 1);
        link_titles = g_new0 (const char *, urls->len + 1);
        for (guint k = 0; k < urls->len; k++)
          {
            links[k] = _chronicle_builder_text (b, g_ptr_array_index (urls, k));
            link_titles[k] = _chronicle_builder_text (b, g_ptr_array_index (titles, k));
          }
      }
    if (group != NULL)
      {
        tags = g_new0 (const char *, 2);
        tags[0] = _chronicle_builder_intern (b, group);
      }
    _chronicle_event_take_lists (event, NULL, NULL, links, tags);
    _chronicle_event_take_link_titles (event, link_titles);
  }

  g_hash_table_add (ids, g_steal_pointer (&id));
  return g_steal_pointer (&event);
}


GPtrArray *
_chronicle_timelinejs_build_from (ChronicleBuilder                *b,
                                  JsonObject                      *root,
                                  const ChronicleTimelinejsSource *source)
{
  ChronicleJsonPlace top = { NULL, -1, NULL };
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  JsonNode *title_node;
  JsonArray *events;
  guint n;

  /* The title slide names the dataset: its headline on one line (it becomes the
   * window's title), its text as the description, its media as the dataset's. */
  title_node = json_object_get_member (root, "title");
  if (title_node != NULL && JSON_NODE_HOLDS_OBJECT (title_node))
    {
      JsonObject *slide = json_node_get_object (title_node);

      ChronicleJsonPlace place = { "title", -1, NULL };

      title = one_line (plain_or_null (get_text_member (slide, "text", "headline")));
      description = plain_or_null (get_text_member (slide, "text", "text"));
      description = add_quote (description, read_embed (b, slide, &place, 0, media_member (source->start_member),
                                                        NULL));
      read_title_media (b, slide);
    }
  _chronicle_dataset_set_info (b->dataset, title, description, NULL, source->format);

  events = _chronicle_builder_require_array (b, root, &top, "events");
  if (events == NULL)
    return NULL;

  _chronicle_dataset_add_builtin_kinds (b->dataset);
  read_eras (b, root, source);

  n = json_array_get_length (events);
  result = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (events, i);
      g_autofree char *buffer = NULL;
      ChronicleJsonPlace place;
      ChronicleEvent *event;
      JsonObject *object;
      guint mark = b->n_errors;

      if (!_chronicle_builder_tick (b, i, n))
        return NULL;

      slide_place (source, source->section, source->rows, i, &place, &buffer);
      /* A TimelineJS 2 slide whose dates were reported while converting it is skipped. */
      if ((object = _chronicle_builder_element_object (b, node, &place)) == NULL ||
          json_object_has_member (object, SKIP_MEMBER))
        continue;
      event = read_slide (b, source->start_member, object, i, source->rows != NULL ? source->rows[i] : 0,
                          &place, ids);
      /* A slide with an error is left out, and the others are read on. */
      if (_chronicle_builder_item_ok (b, mark) && event != NULL)
        g_ptr_array_add (result, event);
      else
        g_clear_object (&event);
    }

  return g_steal_pointer (&result);
}

GPtrArray *
_chronicle_timelinejs_build (ChronicleBuilder *b,
                             JsonObject       *root)
{
  static const ChronicleTimelinejsSource v3 = { "timelinejs/3", "events", "start_date", NULL, NULL };
  static const ChronicleTimelinejsSource v2 = { "timelinejs/2", "timeline.date", "startDate", NULL, NULL };
  JsonNode *timeline = json_object_get_member (root, "timeline");

  if (timeline != NULL && JSON_NODE_HOLDS_OBJECT (timeline) && !json_object_has_member (root, "events"))
    {
      g_autoptr(JsonObject) converted = _chronicle_timelinejs2_to_3 (b, json_node_get_object (timeline));

      if (converted == NULL)
        return NULL;
      return _chronicle_timelinejs_build_from (b, converted, &v2);
    }
  return _chronicle_timelinejs_build_from (b, root, &v3);
}
