/* chronicle-timelinejs2.c — rewrites TimelineJS 2 JSON as TimelineJS 3.
 *
 * TimelineJS 2 (`{"timeline": {"headline", "text", "asset", "date": [...], "era": [...]}}`)
 * is not read on its own: it is rewritten here as the TimelineJS 3 document it means,
 * and chronicle-timelinejs.c builds that, naming places as the TimelineJS 2 author wrote
 * them (`timeline.date[3]`, "startDate").
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-timelinejs"

#include "config.h"

#include "chronicle-timelinejs-private.h"

#include <glib/gi18n.h>

/* ------------------------------------------------------------------------- */
/* TimelineJS 2                                                              */

/* TimelineJS 2 (`{"timeline": {"headline", "text", "asset", "date": [...], "era": [...]}}`)
 * is rewritten as TimelineJS 3 and built as such: startDate/endDate "YYYY,MM,DD,HH,MM"
 * (as precise as the parts given; seconds dropped) → start_date/end_date,
 * headline and text → text, asset {media, credit, caption} → media, tag → group,
 * era[] → eras. A date that is not of that form is an error at its place. */

static JsonNode *
date_parts_node (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", 7);
  static const char * const names[] = { "year", "month", "day", "hour", "minute", "second" };
  JsonObject *date = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (guint i = 0; i < G_N_ELEMENTS (names) && parts[i] != NULL; i++)
    json_object_set_string_member (date, names[i], g_strstrip (parts[i]));
  json_node_take_object (node, date);
  return node;
}

static gboolean
is_timelinejs2_date (const char *text)
{
  return g_regex_match_simple ("^\\s*-?\\d+\\s*(,\\s*\\d*\\s*){0,5}$", text, 0, 0);
}

/* Copies a TimelineJS 2 date member into @to as a TimelineJS 3 one; FALSE when it
 * is there but is not a date (reported). */
static gboolean
convert_date (ChronicleBuilder         *b,
              const ChronicleJsonPlace *place,
              JsonObject               *from,
              const char               *member,
              JsonObject               *to,
              const char               *to_member)
{
  JsonNode *node = json_object_get_member (from, member);
  const char *text;
  char number[32];

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    {
      /* A year alone, written as a number. */
      g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, json_node_get_int (node));
      text = number;
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    text = json_node_get_string (node);
  else
    {
      _chronicle_builder_report_type (b, place, member, _("a string"), node);
      return FALSE;
    }

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return TRUE;
  if (!is_timelinejs2_date (text))
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                                 /* Translators: %1$s is "startDate" or "endDate", %2$s the text found;
                                  * keep YYYY,MM,DD as it is. */
                                 _("\"%1$s\": \"%2$s\" is not a TimelineJS 2 date (YYYY,MM,DD)"),
                                 member, text);
      return FALSE;
    }
  json_object_set_member (to, to_member, date_parts_node (text));
  return TRUE;
}

static void
copy_string (JsonObject *from,
             const char *member,
             JsonObject *to,
             const char *to_member)
{
  const char *value = _chronicle_timelinejs_get_string (from, member);

  if (value != NULL)
    json_object_set_string_member (to, to_member, value);
}

static JsonObject *
convert_slide (ChronicleBuilder         *b,
               const ChronicleJsonPlace *place,
               JsonObject               *from)
{
  JsonObject *slide = json_object_new ();
  JsonObject *text = json_object_new ();
  JsonNode *asset = json_object_get_member (from, "asset");
  gboolean ok;

  ok = convert_date (b, place, from, "startDate", slide, "start_date");
  ok = convert_date (b, place, from, "endDate", slide, "end_date") && ok;
  if (!ok)
    json_object_set_boolean_member (slide, SKIP_MEMBER, TRUE);

  copy_string (from, "headline", text, "headline");
  copy_string (from, "text", text, "text");
  json_object_set_object_member (slide, "text", text);
  copy_string (from, "tag", slide, "group");
  copy_string (from, "unique_id", slide, "unique_id");

  if (asset != NULL && JSON_NODE_HOLDS_OBJECT (asset))
    {
      JsonObject *media = json_object_new ();

      copy_string (json_node_get_object (asset), "media", media, "url");
      copy_string (json_node_get_object (asset), "credit", media, "credit");
      copy_string (json_node_get_object (asset), "caption", media, "caption");
      copy_string (json_node_get_object (asset), "thumbnail", media, "thumbnail");
      json_object_set_object_member (slide, "media", media);
    }
  return slide;
}

JsonObject *
_chronicle_timelinejs2_to_3 (ChronicleBuilder *b,
                             JsonObject       *timeline)
{
  ChronicleJsonPlace top = { "timeline", -1, NULL };
  g_autoptr(JsonObject) root = json_object_new ();
  JsonArray *events = json_array_new ();
  JsonArray *eras = json_array_new ();
  JsonNode *dates = json_object_get_member (timeline, "date");
  JsonNode *era_node = json_object_get_member (timeline, "era");

  json_object_set_array_member (root, "events", events);
  json_object_set_array_member (root, "eras", eras);
  json_object_set_object_member (root, "title", convert_slide (b, &top, timeline));

  if (dates == NULL || JSON_NODE_HOLDS_NULL (dates))
    {
      _chronicle_builder_report_missing (b, &top, "date");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (dates))
    {
      _chronicle_builder_report_type (b, &top, "date", _("an array"), dates);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (dates)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (dates), i);
      ChronicleJsonPlace place = { "timeline.date", (int) i, NULL };
      guint mark = b->n_errors;

      /* A slide whose date is wrong is reported here, marked and left out. */
      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          json_array_add_object_element (events, convert_slide (b, &place, json_node_get_object (node)));
          _chronicle_builder_item_ok (b, mark);
        }
      else
        /* The builder reports it at the same place. */
        json_array_add_element (events, json_node_copy (node));
    }

  if (era_node != NULL && JSON_NODE_HOLDS_ARRAY (era_node))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (era_node)); i++)
      {
        JsonNode *node = json_array_get_element (json_node_get_array (era_node), i);
        ChronicleJsonPlace place = { "timeline.era", (int) i, NULL };

        if (JSON_NODE_HOLDS_OBJECT (node))
          json_array_add_object_element (eras, convert_slide (b, &place, json_node_get_object (node)));
      }

  return g_steal_pointer (&root);
}
