/* chronicle-media-reader.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-media-reader"

#include "config.h"

#include "chronicle-media-reader.h"

#include <glib/gi18n.h>
#include <string.h>

/* "media": [{"url", "caption", "credit", "alt", "thumbnail"}]: pictures, videos or
 * sounds of an event, or (at the top level) of the dataset as a whole
 * (data/FORMAT.md). "url" is required: an http(s) address or a path relative to the
 * file; "thumbnail" is an address too; the rest are optional plain text. And
 * "background": {"color", "url"}, a TimelineJS slide's background, of an event or
 * (at the top level) of the title slide; its colour is checked here for every
 * format. Nothing is fetched or opened here. */

/* CSS's colour names (CSS Color Module Level 4), which TimelineJS hands to the
 * browser as they are: "papayawhip" is a colour in TimelineJS's own samples. */
static const char * const css_color_names[] = {
  "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black",
  "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse",
  "chocolate", "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue", "darkcyan",
  "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki", "darkmagenta",
  "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon", "darkseagreen",
  "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise", "darkviolet", "deeppink",
  "deepskyblue", "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite", "forestgreen",
  "fuchsia", "gainsboro", "ghostwhite", "gold", "goldenrod", "gray", "green", "greenyellow",
  "grey", "honeydew", "hotpink", "indianred", "indigo", "ivory", "khaki", "lavender",
  "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral", "lightcyan",
  "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon",
  "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue",
  "lightyellow", "lime", "limegreen", "linen", "magenta", "maroon", "mediumaquamarine",
  "mediumblue", "mediumorchid", "mediumpurple", "mediumseagreen", "mediumslateblue",
  "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream",
  "mistyrose", "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab", "orange",
  "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise", "palevioletred",
  "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue", "purple", "rebeccapurple",
  "red", "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown", "seagreen",
  "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow",
  "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "turquoise", "violet",
  "wheat", "white", "whitesmoke", "yellow", "yellowgreen",
};

/**
 * _chronicle_is_background_color:
 *
 * Returns: whether @color is a colour Chronicle keeps as a slide's background:
 *   `#rgb`, `#rrggbb`, or a CSS colour name (any case), exactly as written
 */
gboolean
_chronicle_is_background_color (const char *color)
{
  gsize len = strlen (color);

  if (color[0] == '#')
    {
      if (len != 4 && len != 7)
        return FALSE;
      for (gsize i = 1; i < len; i++)
        if (!g_ascii_isxdigit (color[i]))
          return FALSE;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (css_color_names); i++)
    if (g_ascii_strcasecmp (color, css_color_names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* What is wrong with a background colour that is not one, to be said at its place:
 * a spreadsheet's cell, or @member ("background.color") of a slide or event. */
char *
_chronicle_background_color_problem (const char *member,
                                     const char *color)
{
  if (member == NULL)
    /* Translators: %s is the text of a spreadsheet's Background cell, taken for a colour;
     * keep #rgb and #rrggbb as they are. */
    return g_strdup_printf (_("\"%s\" is not a colour (#rgb, #rrggbb or a CSS colour name); "
                              "the background colour is left out"), color);
  /* Translators: %1$s is a member such as "background.color", %2$s the text found;
   * keep #rgb and #rrggbb as they are. */
  return g_strdup_printf (_("\"%1$s\": \"%2$s\" is not a colour (#rgb, #rrggbb or a CSS colour name); "
                            "it is left out"), member, color);
}

/* @color if it is a background colour, else NULL with a warning at @place naming
 * @member ("background.color"). */
const char *
_chronicle_builder_background_color (ChronicleBuilder         *b,
                                     const ChronicleJsonPlace *place,
                                     const char               *member,
                                     const char               *color)
{
  g_autofree char *problem = NULL;

  if (color == NULL || _chronicle_is_background_color (color))
    return color;
  problem = _chronicle_background_color_problem (member, color);
  _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, place, "%s", problem);
  return NULL;
}

/* A string member of "background", reported as "background.MEMBER" when it is of
 * another type; NULL when absent, null or empty. */
static const char *
background_member (ChronicleBuilder         *b,
                   JsonObject               *background,
                   const ChronicleJsonPlace *place,
                   const char               *member)
{
  JsonNode *node = json_object_get_member (background, member);
  g_autofree char *name = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node)[0] != '\0' ? json_node_get_string (node) : NULL;
  name = g_strdup_printf ("background.%s", member);
  _chronicle_builder_report_type (b, place, name, _("a string"), node);
  return NULL;
}

/* "background": {"color", "url"} of @object: the event's, or with @event NULL the
 * dataset's (the title slide's). A colour that is not one is a warning, left out. */
void
_chronicle_read_background (ChronicleBuilder         *b,
                            ChronicleEvent           *event,
                            JsonObject               *object,
                            const ChronicleJsonPlace *place)
{
  JsonObject *background = _chronicle_builder_get_object (b, object, place, "background");
  const char *color, *url;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (background == NULL)
    return;
  /* Named in full, as "background.opacity", since the event has members too. */
  json_object_iter_init (&iter, background);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_str_equal (name, "color") && !g_str_equal (name, "url"))
      {
        g_autofree char *member = g_strdup_printf ("background.%s", name);

        /* Translators: %s is a member name the format does not define. */
        _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, place, _("unknown member \"%s\" ignored"), member);
      }
  color = _chronicle_builder_background_color (b, place, "background.color",
                                               background_member (b, background, place, "color"));
  url = background_member (b, background, place, "url");
  if (event != NULL)
    _chronicle_event_set_background (event, _chronicle_builder_text (b, color), _chronicle_builder_text (b, url));
  else
    _chronicle_dataset_set_background (b->dataset, color, url);
}

/* The list, or NULL when there is none; every item in it has a url. */
static ChronicleMedia *
read_media_list (ChronicleBuilder         *b,
                 JsonObject               *object,
                 const ChronicleJsonPlace *place,
                 guint                    *n_media)
{
  CHRONICLE_KNOWN_MEMBERS (known, "url", "caption", "credit", "alt", "thumbnail");
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
      m->thumbnail = _chronicle_builder_text (b, _chronicle_builder_get_item_text (b, item, place, "media", i,
                                                                                   "thumbnail"));
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
