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
 * event, or (at the top level) of the dataset as a whole (data/FORMAT.md). "url" is
 * required: an http(s) address or a path relative to the file; the rest are optional
 * plain text. Nothing is fetched or opened here. */

/* The list, or NULL when there is none; every item in it has a url. */
static ChronicleMedia *
read_media_list (ChronicleBuilder         *b,
                 JsonObject               *object,
                 const ChronicleJsonPlace *place,
                 guint                    *n_media)
{
  CHRONICLE_KNOWN_MEMBERS (known, "url", "caption", "credit", "alt");
  JsonArray *array = _chronicle_builder_get_array (b, object, place, "media");
  ChronicleMedia *media;
  guint n = 0;

  *n_media = 0;
  if (array == NULL)
    return NULL;

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
      m->url = _chronicle_builder_get_item_text (b, item, place, "media", i, "url");
      if (m->url == NULL)
        {
          g_autofree char *name = g_strdup_printf ("media[%u].url", i);

          if (!json_object_has_member (item, "url"))
            _chronicle_builder_report_missing (b, place, name);
          continue;
        }
      m->url = _chronicle_builder_text (b, m->url);
      m->caption = _chronicle_builder_text (b, _chronicle_builder_get_item_text (b, item, place, "media", i, "caption"));
      m->credit = _chronicle_builder_text (b, _chronicle_builder_get_item_text (b, item, place, "media", i, "credit"));
      m->alt = _chronicle_builder_text (b, _chronicle_builder_get_item_text (b, item, place, "media", i, "alt"));
      n++;
    }

  if (n == 0)
    g_clear_pointer (&media, g_free);
  *n_media = n;
  return media;
}

void
_chronicle_read_media (ChronicleBuilder         *b,
                       ChronicleEvent           *event,
                       JsonObject               *object,
                       const ChronicleJsonPlace *place)
{
  guint n;
  ChronicleMedia *media = read_media_list (b, object, place, &n);

  if (media != NULL)
    _chronicle_event_take_media (event, media, n);
}

/* The file's top-level "media": the dataset's own, as a TimelineJS title slide's. */
void
_chronicle_read_dataset_media (ChronicleBuilder         *b,
                               JsonObject               *root,
                               const ChronicleJsonPlace *place)
{
  guint n;
  g_autofree ChronicleMedia *media = read_media_list (b, root, place, &n);

  for (guint i = 0; i < n; i++)
    _chronicle_dataset_add_media (b->dataset, &media[i]);
}
