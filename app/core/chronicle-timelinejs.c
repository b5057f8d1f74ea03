/* chronicle-timelinejs.c — reads TimelineJS 3 JSON into Chronicle's model.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-timelinejs"

#include "config.h"

#include "chronicle-loader-private.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <math.h>
#include <string.h>

/* TimelineJS (https://timeline.knightlab.com/docs/json-format.html) keeps dates as
 * objects of parts that may be strings, numbers or "" blanks, text as HTML, and
 * lanes as "group". Mapping:
 *   text.headline → title; text.text → description, HTML stripped to plain text;
 *   start_date/end_date → dates as precise as the parts given; group → tag and kind
 *   (one kind per group, so the default lanes are the groups); eras → eras;
 *   the title slide → dataset title and description; unique_id → id;
 *   media.url → link (http/https only). */

/* A file is TimelineJS when its events use "start_date" or its title is a slide. */
gboolean
_chronicle_timelinejs_detect (JsonObject *root)
{
  JsonNode *title = json_object_get_member (root, "title");
  JsonNode *events = json_object_get_member (root, "events");

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

static void
append_entity (GString    *out,
               const char *entity,
               gsize       len)
{
  static const struct { const char *name; const char *text; } named[] = {
    { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" },
    { "nbsp", " " }, { "ndash", "–" }, { "mdash", "—" }, { "hellip", "…" },
    { "lsquo", "‘" }, { "rsquo", "’" }, { "ldquo", "“" }, { "rdquo", "”" }, { "copy", "©" },
  };

  if (len > 1 && entity[0] == '#')
    {
      gunichar c = (entity[1] == 'x' || entity[1] == 'X')
                   ? (gunichar) g_ascii_strtoull (entity + 2, NULL, 16)
                   : (gunichar) g_ascii_strtoull (entity + 1, NULL, 10);

      if (c != 0 && g_unichar_validate (c))
        g_string_append_unichar (out, c);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (strlen (named[i].name) == len && strncmp (named[i].name, entity, len) == 0)
      {
        g_string_append (out, named[i].text);
        return;
      }

  /* Unknown entity: keep it as written. */
  g_string_append_c (out, '&');
  g_string_append_len (out, entity, len);
  g_string_append_c (out, ';');
}

static gboolean
tag_breaks_line (const char *tag,
                 gsize       len)
{
  static const char * const breaking[] = { "br", "p", "/p", "div", "/div", "li", "blockquote", "/blockquote", "h1", "h2", "h3", "/h1", "/h2", "/h3", NULL };

  for (guint i = 0; breaking[i] != NULL; i++)
    {
      gsize n = strlen (breaking[i]);

      if (len >= n && g_ascii_strncasecmp (tag, breaking[i], n) == 0 &&
          (len == n || tag[n] == ' ' || tag[n] == '/' || tag[n] == '>'))
        return TRUE;
    }
  return FALSE;
}

/**
 * _chronicle_html_to_text:
 *
 * Returns: (transfer full): @html with tags removed, entities decoded, paragraph and
 *   line breaks kept as single newlines and other white space collapsed
 */
char *
_chronicle_html_to_text (const char *html)
{
  GString *out = g_string_new (NULL);
  const char *p = html;
  gboolean space = FALSE;
  gboolean no_more_close = FALSE;   /* no '>' left: each '<' need not look again */

  while (*p != '\0')
    {
      /* A tag starts with a letter, '/' or '!' ("5 < 6" is text) and ends at '>'. */
      if (*p == '<' && !no_more_close && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!'))
        {
          const char *close = strchr (p, '>');

          if (close == NULL)
            {
              no_more_close = TRUE;
              continue;
            }
          /* Inline tags keep the space around them; block tags become a line break. */
          if (tag_breaks_line (p + 1, close - p - 1))
            {
              if (out->len > 0 && out->str[out->len - 1] != '\n')
                g_string_append_c (out, '\n');
              space = FALSE;
            }
          p = close + 1;
          continue;
        }

      if (*p == '&')
        {
          /* Entities are short: look no further than that for the ';'. */
          const char *semi = memchr (p, ';', strnlen (p, 11));

          if (semi != NULL)
            {
              if (space && out->len > 0 && out->str[out->len - 1] != '\n')
                g_string_append_c (out, ' ');
              space = FALSE;
              append_entity (out, p + 1, semi - p - 1);
              p = semi + 1;
              continue;
            }
        }

      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          p++;
          continue;
        }

      if (space && out->len > 0 && out->str[out->len - 1] != '\n')
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
      p++;
    }

  while (out->len > 0 && (out->str[out->len - 1] == '\n' || out->str[out->len - 1] == ' '))
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------- */
/* Dates                                                                     */

typedef enum { PART_ABSENT, PART_OK, PART_BAD } PartResult;

/* A date part: a number, a string of digits (maybe signed), or "" / null for blank. */
static PartResult
read_part (JsonObject *date,
           const char *name,
           gint64     *value)
{
  JsonNode *node = json_object_get_member (date, name);
  const char *text;
  char *end = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return PART_ABSENT;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return PART_BAD;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *value = json_node_get_int (node);
      return PART_OK;
    case G_TYPE_DOUBLE:
      {
        double d = json_node_get_double (node);

        /* The range first: casting a double beyond gint64 is undefined. */
        if (!(d >= -1e15 && d <= 1e15) || d != floor (d))
          return PART_BAD;
        *value = (gint64) d;
        return PART_OK;
      }
    case G_TYPE_STRING:
      text = json_node_get_string (node);
      while (g_ascii_isspace (*text))
        text++;
      if (*text == '\0')
        return PART_ABSENT;
      errno = 0;
      *value = g_ascii_strtoll (text, &end, 10);
      while (end != NULL && g_ascii_isspace (*end))
        end++;
      if (errno != 0 || end == text || *end != '\0')
        return PART_BAD;
      return PART_OK;
    default:
      return PART_BAD;
    }
}

static gboolean
read_tl_date (ChronicleBuilder         *b,
              JsonObject               *object,
              const ChronicleJsonPlace *place,
              const char               *member,
              gboolean                  required,
              ChronicleDate            *date)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonObject *parts;
  gint64 year = 0, month = 0, day = 0;
  PartResult ry, rm, rd;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place, _("\"%s\" is missing"), member);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place, _("\"%1$s\" must be %2$s, not %3$s"),
                                 member, _("an object"), _chronicle_json_type_name (node));
      return FALSE;
    }

  parts = json_node_get_object (node);
  ry = read_part (parts, "year", &year);
  rm = read_part (parts, "month", &month);
  rd = read_part (parts, "day", &day);

  if (ry == PART_ABSENT && rm == PART_ABSENT && rd == PART_ABSENT && !required)
    return FALSE;
  if (ry != PART_OK || rm == PART_BAD || rd == PART_BAD)
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                                 /* Translators: %s is "start_date" or "end_date". */
                                 _("\"%s\" needs a year, and its parts must be whole numbers"), member);
      return FALSE;
    }
  /* A day without a month says nothing precise: keep the year. */
  if (rm != PART_OK)
    day = 0, month = 0;

  if (!chronicle_date_from_parts (year, (int) CLAMP (month, -1, 99), (int) CLAMP (day, -1, 99), date))
    {
      char y[32], m[32], d[32];

      g_snprintf (y, sizeof y, "%" G_GINT64_FORMAT, year);
      g_snprintf (m, sizeof m, "%" G_GINT64_FORMAT, month);
      g_snprintf (d, sizeof d, "%" G_GINT64_FORMAT, day);
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                                 /* Translators: %1$s is "start_date"; %2$s, %3$s, %4$s are year, month, day. */
                                 _("\"%1$s\": year %2$s, month %3$s, day %4$s is not a date"),
                                 member, y, rm == PART_OK ? m : "-", rd == PART_OK ? d : "-");
      return FALSE;
    }
  return TRUE;
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

GPtrArray *
_chronicle_timelinejs_build (ChronicleBuilder *b,
                             JsonObject       *root)
{
  ChronicleJsonPlace top = { NULL, -1, NULL };
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  JsonNode *title_node;
  JsonNode *events_node;
  JsonNode *eras_node;
  JsonArray *events;
  guint n;

  /* The title slide names the dataset. */
  title_node = json_object_get_member (root, "title");
  if (title_node != NULL && JSON_NODE_HOLDS_OBJECT (title_node))
    {
      JsonObject *slide = json_node_get_object (title_node);

      title = plain_or_null (get_text_member (slide, "text", "headline"));
      description = plain_or_null (get_text_member (slide, "text", "text"));
    }
  _chronicle_dataset_set_info (b->dataset, title, description, NULL, "timelinejs/3");

  events_node = json_object_get_member (root, "events");
  if (events_node == NULL)
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &top, _("\"%s\" is missing"), "events");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (events_node))
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &top, _("\"%1$s\" must be %2$s, not %3$s"),
                                 "events", _("an array"), _chronicle_json_type_name (events_node));
      return NULL;
    }

  _chronicle_dataset_add_builtin_kinds (b->dataset);

  eras_node = json_object_get_member (root, "eras");
  if (eras_node != NULL && JSON_NODE_HOLDS_ARRAY (eras_node))
    {
      JsonArray *eras = json_node_get_array (eras_node);

      for (guint i = 0; i < json_array_get_length (eras); i++)
        {
          JsonNode *node = json_array_get_element (eras, i);
          ChronicleJsonPlace place = { "eras", (int) i, NULL };
          ChronicleEra era = { 0 };
          g_autofree char *era_title = NULL;
          gboolean ok;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            {
              _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place, _("must be an object, not %s"),
                                         _chronicle_json_type_name (node));
              continue;
            }
          ok = read_tl_date (b, json_node_get_object (node), &place, "start_date", TRUE, &era.start);
          ok = read_tl_date (b, json_node_get_object (node), &place, "end_date", TRUE, &era.end) && ok;
          if (!ok)
            continue;
          era_title = plain_or_null (get_text_member (json_node_get_object (node), "text", "headline"));
          era.title = _chronicle_dataset_intern (b->dataset, era_title ? era_title : "");
          g_array_append_val (_chronicle_dataset_get_eras (b->dataset), era);
        }
    }

  events = json_node_get_array (events_node);
  n = json_array_get_length (events);
  result = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n && b->n_errors < CHRONICLE_BUILDER_MAX_ERRORS; i++)
    {
      JsonNode *node = json_array_get_element (events, i);
      ChronicleJsonPlace place = { "events", (int) i, NULL };
      g_autoptr(ChronicleEvent) event = NULL;
      JsonObject *object;
      JsonNode *id_node;
      JsonNode *group_node;
      const char *group = NULL;
      const char *media_url;
      ChronicleDate start, end;
      gboolean has_end;
      g_autofree char *id = NULL;
      g_autofree char *headline = NULL;
      g_autofree char *text = NULL;
      guint n_errors = b->n_errors;

      if ((i & 1023) == 0 && _chronicle_builder_cancelled (b))
        return NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place, _("must be an object, not %s"),
                                     _chronicle_json_type_name (node));
          continue;
        }
      object = json_node_get_object (node);

      id_node = json_object_get_member (object, "unique_id");
      if (id_node != NULL && JSON_NODE_HOLDS_VALUE (id_node) &&
          json_node_get_value_type (id_node) == G_TYPE_STRING && json_node_get_string (id_node)[0] != '\0')
        id = g_strdup (json_node_get_string (id_node));
      else
        id = g_strdup_printf ("event-%u", i + 1);
      place.id = id;
      if (g_hash_table_contains (ids, id))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place, _("the id \"%s\" is used twice"), id);
          continue;
        }

      if (!read_tl_date (b, object, &place, "start_date", TRUE, &start))
        continue;
      has_end = read_tl_date (b, object, &place, "end_date", FALSE, &end);
      if (b->n_errors != n_errors)
        continue;
      if (has_end && chronicle_date_end_day (&end) <= chronicle_date_first_day (&start))
        {
          g_autofree char *s = chronicle_date_to_string (&start);
          g_autofree char *e = chronicle_date_to_string (&end);

          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     _("\"end\" (%1$s) is before \"start\" (%2$s)"), e, s);
          continue;
        }

      event = _chronicle_event_new (b->pool, i);
      _chronicle_event_set_id (event, _chronicle_builder_intern (b, id));
      _chronicle_event_set_dates (event, &start, has_end ? &end : NULL);

      headline = plain_or_null (get_text_member (object, "text", "headline"));
      if (headline == NULL)
        {
          /* A slide may have only media or a date; name it by its date. */
          headline = chronicle_date_to_string (&start);
        }
      text = plain_or_null (get_text_member (object, "text", "text"));
      _chronicle_event_set_text (event, _chronicle_builder_text (b, headline), _chronicle_builder_text (b, text), NULL);

      group_node = json_object_get_member (object, "group");
      if (group_node != NULL && JSON_NODE_HOLDS_VALUE (group_node) &&
          json_node_get_value_type (group_node) == G_TYPE_STRING && json_node_get_string (group_node)[0] != '\0')
        group = json_node_get_string (group_node);
      _chronicle_event_set_kind (event, _chronicle_builder_intern (b, group ? kind_for_group (b, group) : "other"));

      media_url = get_text_member (object, "media", "url");
      {
        const char **links = NULL;
        const char **tags = NULL;

        if (media_url != NULL && g_regex_match_simple ("^https?://[^\\s<>\"]+$", media_url, G_REGEX_CASELESS, 0))
          {
            links = g_new0 (const char *, 2);
            links[0] = _chronicle_builder_text (b, media_url);
          }
        if (group != NULL)
          {
            tags = g_new0 (const char *, 2);
            tags[0] = _chronicle_builder_intern (b, group);
          }
        _chronicle_event_take_lists (event, NULL, NULL, links, tags);
      }

      g_hash_table_add (ids, g_steal_pointer (&id));
      g_ptr_array_add (result, g_steal_pointer (&event));
    }

  return g_steal_pointer (&result);
}
