/* chronicle-native-reader.c — Chronicle's own format, chronicle/1.
 *
 * Reads a parsed chronicle/1 document (data/FORMAT.md) into the builder's dataset:
 * the dataset's info and translations, documents, kinds, partners with their levels,
 * level names, eras, figures, the opening view, then the events. Every member's type
 * is checked with the builder's getters, and every problem is reported at its place.
 * The bytes and the parse are the loader's (chronicle-loader.c); the shared rules
 * are the builder's (chronicle-builder.c).
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-loader"

#include "config.h"

#include "chronicle-native-reader.h"
#include "chronicle-media-reader.h"

#include <glib/gi18n.h>
#include <string.h>

static void
read_translations (ChronicleBuilder         *b,
                   JsonObject               *object,
                   const ChronicleJsonPlace *place,
                   const char               *owner,
                   const char * const       *fields)
{
  JsonObject *translations = _chronicle_builder_get_object (b, object, place, "translations");
  JsonObjectIter iter;
  const char *language;
  JsonNode *node;

  if (translations == NULL)
    return;

  json_object_iter_init (&iter, translations);
  while (json_object_iter_next (&iter, &language, &node))
    {
      g_autofree char *member = g_strdup_printf ("translations.%s", language);
      JsonObject *t;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _chronicle_builder_report_type (b, place, member, _("an object"), node);
          continue;
        }
      t = json_node_get_object (node);
      for (guint i = 0; fields[i] != NULL; i++)
        {
          g_autofree char *name = g_strdup_printf ("%s.%s", member, fields[i]);
          JsonNode *value = json_object_get_member (t, fields[i]);

          if (value == NULL || JSON_NODE_HOLDS_NULL (value))
            continue;
          if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
            {
              _chronicle_builder_report_type (b, place, name, _("a string"), value);
              continue;
            }
          _chronicle_dataset_add_translation (b->dataset, owner, language, fields[i],
                                              json_node_get_string (value));
        }
    }
}

static void
read_documents (ChronicleBuilder *b,
                JsonObject       *root)
{
  CHRONICLE_KNOWN_MEMBERS (known, "id", "title", "publisher", "date", "url", "file");
  ChronicleSection section;
  ChronicleJsonPlace place;
  JsonObject *object;
  GArray *documents = _chronicle_dataset_get_documents (b->dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  _chronicle_section_init (&section, b, root, "documents");
  while (_chronicle_section_next (&section, &place, &object))
    {
      ChronicleDocument doc = { 0 };

      doc.id = _chronicle_builder_get_string (b, object, &place, "id", TRUE);
      place.id = doc.id;
      doc.title = _chronicle_builder_get_string (b, object, &place, "title", TRUE);
      doc.publisher = _chronicle_builder_get_string (b, object, &place, "publisher", FALSE);
      doc.date = _chronicle_builder_get_string (b, object, &place, "date", FALSE);
      doc.url = _chronicle_builder_get_string (b, object, &place, "url", FALSE);
      doc.file = _chronicle_builder_get_string (b, object, &place, "file", FALSE);
      _chronicle_builder_warn_unknown (b, object, &place, &known);

      if (doc.url != NULL && !_chronicle_is_web_link (doc.url))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, &place,
                                     /* Translators: %s is an address that is not http(s). */
                                     _("\"url\": only http and https addresses are kept; \"%s\" ignored"),
                                     doc.url);
          doc.url = NULL;
        }
      if (doc.id == NULL)
        continue;
      if (!_chronicle_builder_check_unique (b, seen, &place, doc.id))
        continue;

      doc.id = _chronicle_dataset_intern (b->dataset, doc.id);
      doc.title = _chronicle_dataset_intern (b->dataset, doc.title);
      doc.publisher = _chronicle_dataset_intern (b->dataset, doc.publisher);
      doc.date = _chronicle_dataset_intern (b->dataset, doc.date);
      doc.url = _chronicle_dataset_intern (b->dataset, doc.url);
      doc.file = _chronicle_dataset_intern (b->dataset, doc.file);
      g_array_append_val (documents, doc);
    }
}

static gboolean
is_known_shape (const char *shape)
{
  static const char * const shapes[] = {
    "circle", "square", "diamond", "triangle", "star", "hexagon", "bar", NULL
  };
  return g_strv_contains (shapes, shape);
}

static gboolean
is_color (const char *color)
{
  if (color[0] != '#' || strlen (color) != 7)
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;
  return TRUE;
}

static void
read_kinds (ChronicleBuilder *b,
            JsonObject       *root)
{
  CHRONICLE_KNOWN_MEMBERS (known, "id", "label", "color", "shape", "translations");
  static const char * const fields[] = { "label", NULL };
  ChronicleSection section;
  ChronicleJsonPlace place;
  JsonObject *object;
  GArray *kinds = _chronicle_dataset_get_kinds (b->dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  _chronicle_section_init (&section, b, root, "kinds");
  while (_chronicle_section_next (&section, &place, &object))
    {
      ChronicleKind kind = { 0 };
      g_autofree char *owner = NULL;

      kind.id = _chronicle_builder_get_string (b, object, &place, "id", TRUE);
      place.id = kind.id;
      kind.label = _chronicle_builder_get_string (b, object, &place, "label", TRUE);
      kind.color = _chronicle_builder_get_string (b, object, &place, "color", FALSE);
      kind.shape = _chronicle_builder_get_string (b, object, &place, "shape", FALSE);
      _chronicle_builder_warn_unknown (b, object, &place, &known);

      if (kind.color != NULL && !is_color (kind.color))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     /* Translators: %s is the text found. */
                                     _("\"color\": \"%s\" is not a colour like #3584e4"), kind.color);
          kind.color = NULL;
        }
      if (kind.shape != NULL && !is_known_shape (kind.shape))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     /* Translators: %s is the text found; keep the shape names in English. */
                                     _("\"shape\": \"%s\" is not one of circle, square, diamond, triangle, star, hexagon, bar"),
                                     kind.shape);
          kind.shape = NULL;
        }
      if (kind.id == NULL || kind.label == NULL)
        continue;
      if (!_chronicle_builder_check_unique (b, seen, &place, kind.id))
        continue;

      kind.id = _chronicle_dataset_intern (b->dataset, kind.id);
      kind.label = _chronicle_dataset_intern (b->dataset, kind.label);
      kind.color = _chronicle_dataset_intern (b->dataset, kind.color);
      kind.shape = _chronicle_dataset_intern (b->dataset, kind.shape ? kind.shape : "circle");
      g_array_append_val (kinds, kind);

      owner = g_strdup_printf ("kind/%s", kind.id);
      read_translations (b, object, &place, owner, fields);
    }
}

static int
compare_levels (gconstpointer a,
                gconstpointer b)
{
  return chronicle_date_compare (&((const ChronicleLevel *) a)->since,
                                 &((const ChronicleLevel *) b)->since);
}

static void
read_partners (ChronicleBuilder *b,
               JsonObject       *root)
{
  CHRONICLE_KNOWN_MEMBERS (known, "id", "name", "levels", "translations");
  CHRONICLE_KNOWN_MEMBERS (level_known, "level", "since");
  static const char * const fields[] = { "name", NULL };
  ChronicleSection section;
  ChronicleJsonPlace place;
  JsonObject *object;
  GArray *partners = _chronicle_dataset_get_partners (b->dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  _chronicle_section_init (&section, b, root, "partners");
  while (_chronicle_section_next (&section, &place, &object))
    {
      ChroniclePartner partner = { 0 };
      JsonArray *levels;
      g_autofree char *owner = NULL;

      partner.id = _chronicle_builder_get_string (b, object, &place, "id", TRUE);
      place.id = partner.id;
      partner.name = _chronicle_builder_get_string (b, object, &place, "name", TRUE);
      levels = _chronicle_builder_get_array (b, object, &place, "levels");
      _chronicle_builder_warn_unknown (b, object, &place, &known);

      if (partner.id == NULL || partner.name == NULL)
        continue;
      if (!_chronicle_builder_check_unique (b, seen, &place, partner.id))
        continue;

      if (levels != NULL && json_array_get_length (levels) > 0)
        {
          guint n = json_array_get_length (levels);
          guint n_before = 0;

          partner.levels = g_new0 (ChronicleLevel, n);
          for (guint j = 0; j < n; j++)
            {
              JsonNode *level_node = json_array_get_element (levels, j);
              g_autofree char *section_name = g_strdup_printf ("partners[%d] \"%s\": levels", place.index, partner.id);
              ChronicleJsonPlace level_place = { section_name, (int) j, NULL };
              JsonObject *level_object;
              ChronicleLevel level = { 0 };
              const char *since;

              if ((level_object = _chronicle_builder_element_object (b, level_node, &level_place)) == NULL)
                continue;
              level.level = _chronicle_builder_get_string (b, level_object, &level_place, "level", TRUE);
              _chronicle_builder_warn_unknown (b, level_object, &level_place, &level_known);
              since = _chronicle_builder_get_string (b, level_object, &level_place, "since", TRUE);
              if (since != NULL && g_str_equal (since, "before"))
                {
                  /* Held before the data begins, since a date the sources do not give:
                   * it sorts first, and only one level can be the first. */
                  if (n_before++ > 0)
                    {
                      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &level_place,
                                                 /* Translators: "since" and "before" are JSON, not to be translated. */
                                                 _("\"since\": \"before\" is given to more than one level"));
                      continue;
                    }
                  level.before_data = TRUE;
                  level.since = (ChronicleDate) { CHRONICLE_DATE_MIN_YEAR, 0, 0, CHRONICLE_PRECISION_YEAR };
                }
              else if (since == NULL ||
                       !_chronicle_builder_get_date (b, level_object, &level_place, "since", TRUE, &level.since))
                continue;
              if (level.level == NULL)
                continue;
              level.level = _chronicle_dataset_intern (b->dataset, level.level);
              partner.levels[partner.n_levels++] = level;
            }
          qsort (partner.levels, partner.n_levels, sizeof (ChronicleLevel), compare_levels);
        }

      partner.id = _chronicle_dataset_intern (b->dataset, partner.id);
      partner.name = _chronicle_dataset_intern (b->dataset, partner.name);
      g_array_append_val (partners, partner);

      owner = g_strdup_printf ("partner/%s", partner.id);
      read_translations (b, object, &place, owner, fields);
    }
}

static void
read_eras (ChronicleBuilder *b,
           JsonObject       *root)
{
  CHRONICLE_KNOWN_MEMBERS (known, "title", "start", "end", "translations");
  static const char * const fields[] = { "title", NULL };
  ChronicleSection section;
  ChronicleJsonPlace place;
  JsonObject *object;
  GArray *eras = _chronicle_dataset_get_eras (b->dataset);

  _chronicle_section_init (&section, b, root, "eras");
  while (_chronicle_section_next (&section, &place, &object))
    {
      ChronicleEra era = { 0 };
      gboolean ok;
      g_autofree char *owner = NULL;

      era.title = _chronicle_builder_get_string (b, object, &place, "title", TRUE);
      ok = _chronicle_builder_get_date (b, object, &place, "start", TRUE, &era.start);
      ok = _chronicle_builder_get_date (b, object, &place, "end", TRUE, &era.end) && ok;
      _chronicle_builder_warn_unknown (b, object, &place, &known);
      if (!ok || era.title == NULL ||
          !_chronicle_builder_check_span (b, &place, &era.start, &era.end, CHRONICLE_SPAN_REFUSED))
        continue;
      era.title = _chronicle_dataset_intern (b->dataset, era.title);
      g_array_append_val (eras, era);

      owner = g_strdup_printf ("era/%u", eras->len - 1);
      read_translations (b, object, &place, owner, fields);
    }
}

/* Where the timeline opens: "view": { "start": DATE, "end": DATE }. */
static void
read_view (ChronicleBuilder *b,
           JsonObject       *root)
{
  CHRONICLE_KNOWN_MEMBERS (known, "start", "end");
  ChronicleJsonPlace top = { NULL, -1, NULL };
  ChronicleJsonPlace place = { "view", -1, NULL };
  JsonNode *node = json_object_get_member (root, "view");
  ChronicleDate start, end;
  JsonObject *object;
  gboolean ok;

  if (node == NULL)
    return;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _chronicle_builder_report_type (b, &top, "view", _("an object"), node);
      return;
    }
  object = json_node_get_object (node);
  ok = _chronicle_builder_get_date (b, object, &place, "start", TRUE, &start);
  ok = _chronicle_builder_get_date (b, object, &place, "end", TRUE, &end) && ok;
  _chronicle_builder_warn_unknown (b, object, &place, &known);
  if (!ok || !_chronicle_builder_check_span (b, &place, &start, &end, CHRONICLE_SPAN_REFUSED))
    return;
  _chronicle_dataset_set_view (b->dataset, &start, &end);
}

/* The names of relationship levels, which partners and upgrades share, with their
 * translations: [{ "name": "comprehensive strategic partnership", "translations": … }]. */
static void
read_levels (ChronicleBuilder *b,
             JsonObject       *root)
{
  CHRONICLE_KNOWN_MEMBERS (known, "name", "translations");
  static const char * const fields[] = { "name", NULL };
  ChronicleSection section;
  ChronicleJsonPlace place;
  JsonObject *object;

  _chronicle_section_init (&section, b, root, "levels");
  while (_chronicle_section_next (&section, &place, &object))
    {
      const char *name;
      g_autofree char *owner = NULL;

      name = _chronicle_builder_get_string (b, object, &place, "name", TRUE);
      _chronicle_builder_warn_unknown (b, object, &place, &known);
      if (name == NULL)
        continue;
      owner = g_strdup_printf ("level/%s", name);
      read_translations (b, object, &place, owner, fields);
    }
}

static void
read_figures (ChronicleBuilder *b,
              JsonObject       *root)
{
  CHRONICLE_KNOWN_MEMBERS (known, "id", "label", "value", "as_of", "note", "sources", "translations");
  CHRONICLE_KNOWN_MEMBERS (source_known, "document", "quote");
  static const char * const fields[] = { "label", "value", "note", NULL };
  ChronicleSection section;
  ChronicleJsonPlace place;
  JsonObject *object;
  GArray *figures = _chronicle_dataset_get_figures (b->dataset);

  _chronicle_section_init (&section, b, root, "figures");
  while (_chronicle_section_next (&section, &place, &object))
    {
      ChronicleFigure figure = { 0 };
      JsonArray *sources;
      JsonNode *value;
      g_autofree char *owner = NULL;
      g_autofree char *number = NULL;

      figure.id = _chronicle_builder_get_string (b, object, &place, "id", FALSE);
      place.id = figure.id;
      figure.label = _chronicle_builder_get_string (b, object, &place, "label", TRUE);
      figure.as_of = _chronicle_builder_get_string (b, object, &place, "as_of", FALSE);
      figure.note = _chronicle_builder_get_string (b, object, &place, "note", FALSE);

      /* A value is text ("$700 billion") or a plain number. */
      value = json_object_get_member (object, "value");
      if (value == NULL)
        _chronicle_builder_report_missing (b, &place, "value");
      else if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
        figure.value = json_node_get_string (value);
      else if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_INT64)
        figure.value = number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (value));
      else if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_DOUBLE)
        figure.value = number = g_strdup_printf ("%g", json_node_get_double (value));
      else
        _chronicle_builder_report_type (b, &place, "value", _("a string"), value);

      if (figure.as_of != NULL)
        {
          ChronicleDate as_of;
          _chronicle_builder_get_date (b, object, &place, "as_of", FALSE, &as_of);
        }
      _chronicle_builder_warn_unknown (b, object, &place, &known);

      sources = _chronicle_builder_get_array (b, object, &place, "sources");
      if (sources != NULL)
        figure.sources = g_new0 (ChronicleFigureSource, MAX (1, json_array_get_length (sources)));
      for (guint j = 0; sources != NULL && j < json_array_get_length (sources); j++)
        {
          JsonNode *source_node = json_array_get_element (sources, j);
          g_autofree char *name = g_strdup_printf ("sources[%u]", j);
          JsonObject *source_object;
          const char *document;
          const char *quote;

          if (!JSON_NODE_HOLDS_OBJECT (source_node))
            {
              _chronicle_builder_report_type (b, &place, name, _("an object"), source_node);
              continue;
            }
          source_object = json_node_get_object (source_node);
          document = _chronicle_builder_get_string (b, source_object, &place, "document", TRUE);
          quote = _chronicle_builder_get_string (b, source_object, &place, "quote", FALSE);
          _chronicle_builder_warn_unknown (b, source_object, &place, &source_known);
          if (document == NULL)
            continue;
          if (chronicle_dataset_find_document (b->dataset, document) == NULL)
            {
              _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                         /* Translators: %1$s is a member ("sources[0]"), %2$s an id. */
                                         _("\"%1$s\": no document has the id \"%2$s\""), name, document);
              continue;
            }
          figure.sources[figure.n_sources].document = chronicle_dataset_find_document (b->dataset, document)->id;
          figure.sources[figure.n_sources].quote = _chronicle_dataset_intern (b->dataset, quote);
          figure.n_sources++;
        }

      if (figure.label == NULL || figure.value == NULL)
        {
          g_free (figure.sources);
          continue;
        }
      figure.id = _chronicle_dataset_intern (b->dataset, figure.id);
      figure.label = _chronicle_dataset_intern (b->dataset, figure.label);
      figure.value = _chronicle_dataset_intern (b->dataset, figure.value);
      figure.as_of = _chronicle_dataset_intern (b->dataset, figure.as_of);
      figure.note = _chronicle_dataset_intern (b->dataset, figure.note);
      g_array_append_val (figures, figure);

      owner = g_strdup_printf ("figure/%s", figure.id ? figure.id : "");
      if (figure.id != NULL)
        read_translations (b, object, &place, owner, fields);
    }
}

static void
read_sources (ChronicleBuilder         *b,
              ChronicleEvent           *event,
              JsonObject               *object,
              const ChronicleJsonPlace *place)
{
  CHRONICLE_KNOWN_MEMBERS (known, "document", "quote");
  JsonArray *array = _chronicle_builder_get_array (b, object, place, "sources");
  ChronicleSource *sources;
  guint n_sources = 0;
  guint n;

  if (array == NULL || (n = json_array_get_length (array)) == 0)
    return;

  sources = g_new (ChronicleSource, n);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *source_object;
      const char *document;
      const char *quote;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_autofree char *name = g_strdup_printf ("sources[%u]", i);

          _chronicle_builder_report_type (b, place, name, _("an object"), node);
          continue;
        }
      source_object = json_node_get_object (node);
      document = _chronicle_builder_get_string (b, source_object, place, "document", TRUE);
      quote = _chronicle_builder_get_string (b, source_object, place, "quote", FALSE);
      _chronicle_builder_warn_unknown (b, source_object, place, &known);
      if (document == NULL)
        continue;
      if (chronicle_dataset_find_document (b->dataset, document) == NULL)
        {
          g_autofree char *name = g_strdup_printf ("sources[%u]", i);

          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                                     _("\"%1$s\": no document has the id \"%2$s\""), name, document);
          continue;
        }
      sources[n_sources].document = _chronicle_builder_intern (b, document);
      sources[n_sources].quote = _chronicle_builder_text (b, quote);
      n_sources++;
    }

  if (n_sources == 0)
    g_clear_pointer (&sources, g_free);
  _chronicle_event_take_sources (event, sources, n_sources);
}

static void
read_event_translations (ChronicleBuilder         *b,
                         ChronicleEvent           *event,
                         JsonObject               *object,
                         const ChronicleJsonPlace *place)
{
  CHRONICLE_KNOWN_MEMBERS (known, "title", "description", "place");
  JsonObject *translations = _chronicle_builder_get_object (b, object, place, "translations");
  JsonObjectIter iter;
  const char *language;
  JsonNode *node;

  if (translations == NULL)
    return;

  json_object_iter_init (&iter, translations);
  while (json_object_iter_next (&iter, &language, &node))
    {
      JsonObject *t;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_autofree char *member = g_strdup_printf ("translations.%s", language);

          _chronicle_builder_report_type (b, place, member, _("an object"), node);
          continue;
        }
      t = json_node_get_object (node);
      _chronicle_builder_warn_unknown (b, t, place, &known);
      _chronicle_event_add_translation (event,
                                        _chronicle_builder_intern (b, language),
                                        _chronicle_builder_text (b, _chronicle_builder_get_string (b, t, place, "title", FALSE)),
                                        _chronicle_builder_text (b, _chronicle_builder_get_string (b, t, place, "description", FALSE)),
                                        _chronicle_builder_text (b, _chronicle_builder_get_string (b, t, place, "place", FALSE)));
    }
}

/* "links": each a web address, or an object {"url", "text"} that gives the link's text
 * too. Only http(s) links are kept (others: a warning). Returns the addresses and sets
 * @texts to their texts (each nullable), both NULL when none is kept. */
static const char **
read_links (ChronicleBuilder         *b,
            JsonObject               *object,
            const ChronicleJsonPlace *place,
            const char             ***texts)
{
  CHRONICLE_KNOWN_MEMBERS (known, "url", "text");
  JsonArray *array = _chronicle_builder_get_array (b, object, place, "links");
  const char **links;
  guint n, kept = 0;

  *texts = NULL;
  if (array == NULL || (n = json_array_get_length (array)) == 0)
    return NULL;

  links = g_new0 (const char *, n + 1);
  *texts = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *member = g_strdup_printf ("links[%u]", i);
      const char *url = NULL;
      const char *text = NULL;

      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *link = json_node_get_object (node);

          _chronicle_builder_warn_unknown (b, link, place, &known);
          url = _chronicle_builder_get_item_text (b, link, place, "links", i, "url");
          text = _chronicle_builder_get_item_text (b, link, place, "links", i, "text");
          if (url == NULL && !json_object_has_member (link, "url"))
            {
              g_autofree char *name = g_strdup_printf ("links[%u].url", i);

              _chronicle_builder_report_missing (b, place, name);
            }
        }
      else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        url = json_node_get_string (node);
      else
        _chronicle_builder_report_type (b, place, member, _("a string"), node);

      if (url == NULL)
        continue;
      if (!_chronicle_is_web_link (url))
        {
          _chronicle_builder_warn_not_web_link (b, place, i, url);
          continue;
        }
      links[kept] = _chronicle_builder_text (b, url);
      (*texts)[kept++] = _chronicle_builder_text (b, text);
    }
  if (kept == 0)
    {
      g_clear_pointer (&links, g_free);
      g_clear_pointer (texts, g_free);
    }
  return links;
}

static ChronicleEvent *
read_event (ChronicleBuilder *b,
            JsonNode         *node,
            guint             index,
            GHashTable       *ids)
{
  CHRONICLE_KNOWN_MEMBERS (known, "id", "kind", "direction", "start", "end", "title", "description",
                           "people", "partners", "place", "relation", "sources", "links", "tags", "display_date",
                           "media", "background", "translations");
  CHRONICLE_KNOWN_MEMBERS (relation_known, "partner", "from", "to");
  ChronicleJsonPlace place = { "events", (int) index, NULL };
  g_autoptr(ChronicleEvent) event = NULL;
  guint n_errors = b->n_errors;
  JsonObject *object;
  JsonObject *relation;
  const char *id;
  const char *kind;
  const char *direction;
  const char *title;
  ChronicleDate start, end;
  gboolean has_start, has_end;
  const char **partners;
  const char **link_texts = NULL;

  if ((object = _chronicle_builder_element_object (b, node, &place)) == NULL)
    return NULL;
  event = _chronicle_event_new (b->pool, index);

  id = _chronicle_builder_get_string (b, object, &place, "id", TRUE);
  place.id = id;
  if (id != NULL)
    {
      gpointer first;

      id = _chronicle_builder_intern (b, id);
      if (g_hash_table_lookup_extended (ids, id, NULL, &first))
        _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                   /* Translators: %1$s is an id, %2$u the index of the event that has it. */
                                   _("the id \"%1$s\" is already used by events[%2$u]"),
                                   id, GPOINTER_TO_UINT (first));
      else
        g_hash_table_insert (ids, (gpointer) id, GUINT_TO_POINTER (index));
      _chronicle_event_set_id (event, id);
    }

  kind = _chronicle_builder_get_string (b, object, &place, "kind", FALSE);
  if (kind == NULL)
    kind = "other";
  else if (chronicle_dataset_find_kind (b->dataset, kind) == NULL)
    _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, &place,
                               /* Translators: %s is a kind id the dataset does not define. */
                               _("\"kind\": unknown kind \"%s\": it gets a lane and a filter of its own under that "
                                 "name, in grey; define it in \"kinds\" to name and colour it"), kind);
  _chronicle_event_set_kind (event, _chronicle_builder_intern (b, kind));

  direction = _chronicle_builder_get_string (b, object, &place, "direction", FALSE);
  if (direction != NULL)
    {
      if (g_str_equal (direction, "inbound"))
        _chronicle_event_set_direction (event, CHRONICLE_DIRECTION_INBOUND);
      else if (g_str_equal (direction, "outbound"))
        _chronicle_event_set_direction (event, CHRONICLE_DIRECTION_OUTBOUND);
      else
        _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                   /* Translators: %s is the text found; keep inbound/outbound in English. */
                                   _("\"direction\" must be \"inbound\" or \"outbound\", not \"%s\""),
                                   direction);
    }

  has_start = _chronicle_builder_get_date (b, object, &place, "start", TRUE, &start);
  has_end = _chronicle_builder_get_date (b, object, &place, "end", FALSE, &end);
  if (has_start && has_end)
    _chronicle_builder_check_span (b, &place, &start, &end, CHRONICLE_SPAN_REFUSED);
  if (has_start)
    _chronicle_event_set_dates (event, &start, has_end ? &end : NULL);

  title = _chronicle_builder_get_string (b, object, &place, "title", TRUE);
  _chronicle_event_set_text (event,
                             _chronicle_builder_text (b, title),
                             _chronicle_builder_text (b, _chronicle_builder_get_string (b, object, &place, "description", FALSE)),
                             _chronicle_builder_intern (b, _chronicle_builder_get_string (b, object, &place, "place", FALSE)));

  partners = _chronicle_builder_get_string_list (b, object, &place, "partners", TRUE);
  for (guint i = 0; partners != NULL && partners[i] != NULL; i++)
    if (chronicle_dataset_find_partner (b->dataset, partners[i]) == NULL)
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                 /* Translators: %1$u is a position in the list, %2$s an id. */
                                 _("\"partners[%1$u]\": no partner has the id \"%2$s\""), i, partners[i]);

  _chronicle_event_take_lists (event,
                               _chronicle_builder_get_string_list (b, object, &place, "people", TRUE),
                               partners,
                               read_links (b, object, &place, &link_texts),
                               _chronicle_builder_get_string_list (b, object, &place, "tags", TRUE));
  _chronicle_event_take_link_titles (event, link_texts);
  _chronicle_event_set_display_date (event,
                                     _chronicle_builder_text (b, _chronicle_builder_get_string (b, object, &place,
                                                                                                "display_date", FALSE)));

  relation = _chronicle_builder_get_object (b, object, &place, "relation");
  if (relation != NULL)
    {
      const char *partner = _chronicle_builder_get_string (b, relation, &place, "partner", TRUE);
      const char *from = _chronicle_builder_get_string (b, relation, &place, "from", FALSE);
      const char *to = _chronicle_builder_get_string (b, relation, &place, "to", FALSE);

      _chronicle_builder_warn_unknown (b, relation, &place, &relation_known);
      if (partner != NULL && chronicle_dataset_find_partner (b->dataset, partner) == NULL)
        _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                   /* Translators: %s is an id. */
                                   _("\"relation.partner\": no partner has the id \"%s\""), partner);
      else if (partner != NULL)
        _chronicle_event_set_relation (event,
                                       _chronicle_builder_intern (b, partner),
                                       _chronicle_builder_intern (b, from),
                                       _chronicle_builder_intern (b, to));
    }

  read_sources (b, event, object, &place);
  _chronicle_read_media (b, event, object, &place);
  _chronicle_read_background (b, event, object, &place);
  read_event_translations (b, event, object, &place);
  _chronicle_builder_warn_unknown (b, object, &place, &known);

  if (b->n_errors != n_errors || !has_start || title == NULL || id == NULL)
    return NULL;
  return g_steal_pointer (&event);
}

GPtrArray *
_chronicle_native_read (ChronicleBuilder *b,
                        JsonObject       *root)
{
  CHRONICLE_KNOWN_MEMBERS (known, "format", "title", "description", "language", "documents", "kinds", "partners",
    "levels", "eras", "figures", "events", "translations", "view", "media", "background");
  static const char * const fields[] = { "title", "description", NULL };
  ChronicleJsonPlace top = { NULL, -1, NULL };
  const char *format;
  JsonArray *events;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) ids = NULL;
  guint n;

  format = _chronicle_builder_get_string (b, root, &top, "format", FALSE);
  if (format != NULL && !g_str_equal (format, "chronicle/1"))
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &top,
                                 /* Translators: %s is the format named in the file. */
                                 _("\"format\": \"%s\" is not a format Chronicle reads (it reads \"chronicle/1\" and TimelineJS 3)"),
                                 format);
      return NULL;
    }

  _chronicle_dataset_set_info (b->dataset,
                               _chronicle_builder_get_string (b, root, &top, "title", FALSE),
                               _chronicle_builder_get_string (b, root, &top, "description", FALSE),
                               _chronicle_builder_get_string (b, root, &top, "language", FALSE),
                               "chronicle/1");
  read_translations (b, root, &top, "dataset", fields);
  _chronicle_builder_warn_unknown (b, root, &top, &known);
  _chronicle_read_dataset_media (b, root, &top);
  _chronicle_read_background (b, NULL, root, &top);

  read_documents (b, root);
  read_kinds (b, root);
  _chronicle_dataset_add_builtin_kinds (b->dataset);
  read_partners (b, root);
  _chronicle_dataset_index (b->dataset);
  read_levels (b, root);
  read_eras (b, root);
  read_figures (b, root);
  read_view (b, root);

  events = _chronicle_builder_require_array (b, root, &top, "events");
  if (events == NULL)
    return NULL;

  n = json_array_get_length (events);
  result = g_ptr_array_new_full (n, g_object_unref);
  ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      ChronicleEvent *event;
      guint mark = b->n_errors;

      if (!_chronicle_builder_tick (b, i, n))
        return NULL;

      /* An event with an error is left out, and the others are read on. */
      event = read_event (b, json_array_get_element (events, i), i, ids);
      if (_chronicle_builder_item_ok (b, mark) && event != NULL)
        g_ptr_array_add (result, event);
      else
        g_clear_object (&event);
    }

  /* Kinds the events name but "kinds" does not define get a lane and a filter of their
   * own, under their id, in grey (in the order the events name them). */
  {
    g_autoptr(GHashTable) added = g_hash_table_new (g_str_hash, g_str_equal);
    GArray *kinds = _chronicle_dataset_get_kinds (b->dataset);

    for (guint i = 0; i < result->len; i++)
      {
        const char *id = chronicle_event_get_kind (g_ptr_array_index (result, i));
        ChronicleKind kind = { 0 };

        if (chronicle_dataset_find_kind (b->dataset, id) != NULL || !g_hash_table_add (added, (gpointer) id))
          continue;
        kind.id = id;
        kind.label = id;
        kind.color = "#77767b";
        kind.shape = "circle";
        g_array_append_val (kinds, kind);
      }
  }

  return g_steal_pointer (&result);
}
