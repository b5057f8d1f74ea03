/* chronicle-media-reader.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-media-reader"

#include "config.h"

#include "chronicle-media-reader.h"

#include <glib/gi18n.h>

/* "media": [{"url", "caption", "credit", "alt"}]: pictures, videos or sounds of an
 * event (data/FORMAT.md). "url" is required: an http(s) address or a path relative to
 * the file; the rest are optional plain text. Nothing is fetched or opened here. */

static const char *
get_text (ChronicleBuilder         *b,
          JsonObject               *item,
          const ChronicleJsonPlace *place,
          guint                     index,
          const char               *member)
{
  JsonNode *node = json_object_get_member (item, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *name = g_strdup_printf ("media[%u].%s", index, member);

      _chronicle_builder_report_type (b, place, name, _("a string"), node);
      return NULL;
    }
  return json_node_get_string (node)[0] != '\0' ? json_node_get_string (node) : NULL;
}

void
_chronicle_read_media (ChronicleBuilder         *b,
                       ChronicleEvent           *event,
                       JsonObject               *object,
                       const ChronicleJsonPlace *place)
{
  CHRONICLE_KNOWN_MEMBERS (known, "url", "caption", "credit", "alt");
  JsonNode *node = json_object_get_member (object, "media");
  JsonArray *array;
  ChronicleMedia *media;
  guint n = 0;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _chronicle_builder_report_type (b, place, "media", _("an array"), node);
      return;
    }

  array = json_node_get_array (node);
  media = g_new0 (ChronicleMedia, json_array_get_length (array) + 1);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *item;
      ChronicleMedia *m = &media[n];

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_autofree char *name = g_strdup_printf ("media[%u]", i);

          _chronicle_builder_report_type (b, place, name, _("an object"), element);
          continue;
        }
      item = json_node_get_object (element);
      _chronicle_builder_warn_unknown (b, item, place, &known);
      m->url = get_text (b, item, place, i, "url");
      if (m->url == NULL)
        {
          g_autofree char *name = g_strdup_printf ("media[%u].url", i);

          if (!json_object_has_member (item, "url"))
            _chronicle_builder_report_missing (b, place, name);
          continue;
        }
      m->url = _chronicle_builder_text (b, m->url);
      m->caption = _chronicle_builder_text (b, get_text (b, item, place, i, "caption"));
      m->credit = _chronicle_builder_text (b, get_text (b, item, place, i, "credit"));
      m->alt = _chronicle_builder_text (b, get_text (b, item, place, i, "alt"));
      n++;
    }

  if (n == 0)
    g_free (media);
  else
    _chronicle_event_take_media (event, media, n);
}
