/* chronicle-loader.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-loader"

#include "config.h"

#include "chronicle-loader-private.h"
#include "chronicle-csv-reader.h"
#include "chronicle-media-reader.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
# include <malloc.h>
#endif
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>

/* Reads a Chronicle (chronicle/1) or TimelineJS 3 JSON file into an immutable
 * ChronicleDataset. Bytes are checked first (encoding, nesting), then json-glib
 * parses them, then every member is read with its type checked: a wrong file gives
 * errors that name the file and the place, never a crash. The JSON tree is freed
 * before the dataset is returned. */

struct _ChronicleLoader
{
  GObject       parent_instance;

  GPtrArray    *diagnostics;
  guint         n_errors;
  guint         n_warnings;
  GMainContext *context;
};

enum {
  PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ChronicleLoader, chronicle_loader, G_TYPE_OBJECT)

G_DEFINE_QUARK (chronicle-load-error-quark, chronicle_load_error)

/* ------------------------------------------------------------------------- */
/* Reporting                                                                 */

static char *
format_place (const ChronicleJsonPlace *place)
{
  if (place == NULL || place->section == NULL)
    return NULL;
  if (place->index < 0)
    return g_strdup (place->section);
  if (place->id != NULL)
    return g_strdup_printf ("%s[%d] \"%s\"", place->section, place->index, place->id);
  return g_strdup_printf ("%s[%d]", place->section, place->index);
}

void
_chronicle_builder_report (ChronicleBuilder         *b,
                           ChronicleSeverity         severity,
                           const ChronicleJsonPlace *place,
                           const char               *format,
                           ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  /* Errors and warnings are kept up to a limit each, so that warnings can never
   * crowd out the error that makes a load fail. */
  if (severity == CHRONICLE_SEVERITY_ERROR && ++b->n_errors > CHRONICLE_BUILDER_MAX_ERRORS)
    return;
  if (severity == CHRONICLE_SEVERITY_WARNING && ++b->n_warnings > CHRONICLE_BUILDER_MAX_ERRORS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  path = format_place (place);

  g_ptr_array_add (b->diagnostics,
                   chronicle_diagnostic_new (severity, b->display_name, 0, 0, path, message));
}

static void
report_at (ChronicleBuilder *b,
           int               line,
           int               column,
           const char       *message)
{
  b->n_errors++;
  g_ptr_array_add (b->diagnostics,
                   chronicle_diagnostic_new (CHRONICLE_SEVERITY_ERROR, b->display_name,
                                             line, column, NULL, message));
}

/* Strings that repeat (ids, kinds, partners, people, tags): stored once per load. */
const char *
_chronicle_builder_intern (ChronicleBuilder *b,
                           const char       *text)
{
  return _chronicle_string_pool_intern (b->pool, text);
}

/* Other event text: copied into the load's pool. */
const char *
_chronicle_builder_text (ChronicleBuilder *b,
                         const char       *text)
{
  return _chronicle_string_pool_add (b->pool, text);
}

const char *
_chronicle_json_type_name (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return _("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("an array");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

gboolean
_chronicle_builder_cancelled (ChronicleBuilder *b)
{
  return g_cancellable_is_cancelled (b->cancellable);
}

static void
report_type (ChronicleBuilder         *b,
             const ChronicleJsonPlace *place,
             const char               *member,
             const char               *expected,
             JsonNode                 *node)
{
  _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                             /* Translators: %1$s is a member name, %2$s the type it must
                              * have ("a string"), %3$s the type it has ("a number"). */
                             _("\"%1$s\" must be %2$s, not %3$s"),
                             member, expected, _chronicle_json_type_name (node));
}

/* ------------------------------------------------------------------------- */
/* Typed member access: never a typed json-glib getter on an unchecked node.  */

static const char *
get_string (ChronicleBuilder         *b,
            JsonObject               *object,
            const ChronicleJsonPlace *place,
            const char               *member,
            gboolean                  required)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    {
      if (required)
        _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                                   /* Translators: %s is a member name such as "title". */
                                   _("\"%s\" is missing"), member);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report_type (b, place, member, _("a string"), node);
      return NULL;
    }

  if (required && json_node_get_string (node)[0] == '\0')
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                                 /* Translators: %s is a member name such as "title". */
                                 _("\"%s\" is empty"), member);
      return NULL;
    }

  return json_node_get_string (node);
}

static JsonArray *
get_array (ChronicleBuilder         *b,
           JsonObject               *object,
           const ChronicleJsonPlace *place,
           const char               *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_type (b, place, member, _("an array"), node);
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
get_object (ChronicleBuilder         *b,
            JsonObject               *object,
            const ChronicleJsonPlace *place,
            const char               *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report_type (b, place, member, _("an object"), node);
      return NULL;
    }
  return json_node_get_object (node);
}

static const char *
date_problem (ChronicleDateParseResult  result,
              const char               *text,
              char                     *buffer,
              gsize                     size)
{
  ChronicleDate month_only;

  switch (result)
    {
    case CHRONICLE_DATE_PARSE_YEAR_RANGE:
      return _("years go from -13800000000 to 9999");
    case CHRONICLE_DATE_PARSE_MONTH:
      {
        const char *dash = strchr (text + 1, '-');
        /* Translators: why a date is wrong, as in: "2023-13-01" is not a date (month 13). */
        g_snprintf (buffer, size, _("month %d"), dash ? atoi (dash + 1) : 0);
        return buffer;
      }
    case CHRONICLE_DATE_PARSE_DAY:
      {
        const char *last = strrchr (text, '-');
        g_autofree char *month = g_strndup (text, last - text);

        if (chronicle_date_parse (month, &month_only) == CHRONICLE_DATE_PARSE_OK)
          /* Translators: why a date is wrong: %1$s is a month such as 2023-02,
           * %2$d the day it does not have, as in: 2023-02 has no day 30. */
          g_snprintf (buffer, size, _("%1$s has no day %2$d"), month, atoi (last + 1));
        else
          g_snprintf (buffer, size, "%s", month);
        return buffer;
      }
    case CHRONICLE_DATE_PARSE_TIME:
      /* Translators: why a date's time of day is wrong, as in "2023-09-10T25:00". */
      return _("hours go from 00 to 23, minutes from 00 to 59");
    case CHRONICLE_DATE_PARSE_SYNTAX:
    case CHRONICLE_DATE_PARSE_OK:
    default:
      return _("dates are written YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM");
    }
}

static gboolean
get_date (ChronicleBuilder         *b,
          JsonObject               *object,
          const ChronicleJsonPlace *place,
          const char               *member,
          gboolean                  required,
          ChronicleDate            *date)
{
  const char *text = get_string (b, object, place, member, required);
  ChronicleDateParseResult result;
  char buffer[128];

  if (text == NULL)
    return FALSE;

  result = chronicle_date_parse (text, date);
  if (result == CHRONICLE_DATE_PARSE_OK)
    return TRUE;

  _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                             /* Translators: %1$s is a member name ("start"), %2$s the text
                              * found, %3$s why it is not a date ("month 13"). */
                             _("\"%1$s\": \"%2$s\" is not a date (%3$s)"),
                             member, text, date_problem (result, text, buffer, sizeof buffer));
  return FALSE;
}

static GHashTable *
known_set (ChronicleKnownMembers *known)
{
  if (g_once_init_enter (&known->set))
    {
      /* Hashed once per process and kept for its life. */
      GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; known->names[i] != NULL; i++)
        g_hash_table_add (set, (gpointer) known->names[i]);
      g_once_init_leave (&known->set, (gsize) set);
    }
  return (GHashTable *) known->set;
}

void
_chronicle_builder_warn_unknown (ChronicleBuilder         *b,
                                 JsonObject               *object,
                                 const ChronicleJsonPlace *place,
                                 ChronicleKnownMembers    *known)
{
  GHashTable *set = known_set (known);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_hash_table_contains (set, name))
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, place,
                                 /* Translators: %s is a member name the format does not define. */
                                 _("unknown member \"%s\" ignored"), name);
}

#define warn_unknown_members _chronicle_builder_warn_unknown

/* An array of strings from the pool (interned when @intern), NULL-terminated and
 * g_malloc'd; NULL when absent or empty. */
static const char **
get_string_list (ChronicleBuilder         *b,
                 JsonObject               *object,
                 const ChronicleJsonPlace *place,
                 const char               *member,
                 gboolean                  intern)
{
  JsonArray *array = get_array (b, object, place, member);
  const char **list;
  guint len = 0;
  guint n;

  if (array == NULL || (n = json_array_get_length (array)) == 0)
    return NULL;

  list = g_new (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *item = g_strdup_printf ("%s[%u]", member, i);

          report_type (b, place, item, _("a string"), node);
          continue;
        }
      list[len++] = intern ? _chronicle_builder_intern (b, json_node_get_string (node))
                           : _chronicle_builder_text (b, json_node_get_string (node));
    }
  list[len] = NULL;
  if (len == 0)
    g_clear_pointer (&list, g_free);
  return list;
}

static gboolean
is_web_link (const char *url)
{
  return g_ascii_strncasecmp (url, "https://", 8) == 0 ||
         g_ascii_strncasecmp (url, "http://", 7) == 0;
}

/* ------------------------------------------------------------------------- */
/* The Chronicle format                                                      */

static void
read_translations (ChronicleBuilder         *b,
                   JsonObject               *object,
                   const ChronicleJsonPlace *place,
                   const char               *owner,
                   const char * const       *fields)
{
  JsonObject *translations = get_object (b, object, place, "translations");
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
          report_type (b, place, member, _("an object"), node);
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
              report_type (b, place, name, _("a string"), value);
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
  ChronicleJsonPlace section = { "documents", -1, NULL };
  JsonArray *array = get_array (b, root, &section, "documents");
  GArray *documents = _chronicle_dataset_get_documents (b->dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      ChronicleJsonPlace place = { "documents", (int) i, NULL };
      ChronicleDocument doc = { 0 };
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     _("must be an object, not %s"), _chronicle_json_type_name (node));
          continue;
        }
      object = json_node_get_object (node);
      doc.id = get_string (b, object, &place, "id", TRUE);
      place.id = doc.id;
      doc.title = get_string (b, object, &place, "title", TRUE);
      doc.publisher = get_string (b, object, &place, "publisher", FALSE);
      doc.date = get_string (b, object, &place, "date", FALSE);
      doc.url = get_string (b, object, &place, "url", FALSE);
      doc.file = get_string (b, object, &place, "file", FALSE);
      warn_unknown_members (b, object, &place, &known);

      if (doc.url != NULL && !is_web_link (doc.url))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, &place,
                                     /* Translators: %s is an address that is not http(s). */
                                     _("\"url\": only http and https addresses are kept; \"%s\" ignored"),
                                     doc.url);
          doc.url = NULL;
        }
      if (doc.id == NULL)
        continue;
      if (!g_hash_table_add (seen, (gpointer) doc.id))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     /* Translators: %s is an id used twice. */
                                     _("the id \"%s\" is used twice"), doc.id);
          continue;
        }

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
  ChronicleJsonPlace section = { "kinds", -1, NULL };
  JsonArray *array = get_array (b, root, &section, "kinds");
  GArray *kinds = _chronicle_dataset_get_kinds (b->dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      ChronicleJsonPlace place = { "kinds", (int) i, NULL };
      ChronicleKind kind = { 0 };
      JsonObject *object;
      g_autofree char *owner = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     _("must be an object, not %s"), _chronicle_json_type_name (node));
          continue;
        }
      object = json_node_get_object (node);
      kind.id = get_string (b, object, &place, "id", TRUE);
      place.id = kind.id;
      kind.label = get_string (b, object, &place, "label", TRUE);
      kind.color = get_string (b, object, &place, "color", FALSE);
      kind.shape = get_string (b, object, &place, "shape", FALSE);
      warn_unknown_members (b, object, &place, &known);

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
      if (!g_hash_table_add (seen, (gpointer) kind.id))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     _("the id \"%s\" is used twice"), kind.id);
          continue;
        }

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
  ChronicleJsonPlace section = { "partners", -1, NULL };
  JsonArray *array = get_array (b, root, &section, "partners");
  GArray *partners = _chronicle_dataset_get_partners (b->dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      ChronicleJsonPlace place = { "partners", (int) i, NULL };
      ChroniclePartner partner = { 0 };
      JsonObject *object;
      JsonArray *levels;
      g_autofree char *owner = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     _("must be an object, not %s"), _chronicle_json_type_name (node));
          continue;
        }
      object = json_node_get_object (node);
      partner.id = get_string (b, object, &place, "id", TRUE);
      place.id = partner.id;
      partner.name = get_string (b, object, &place, "name", TRUE);
      levels = get_array (b, object, &place, "levels");
      warn_unknown_members (b, object, &place, &known);

      if (partner.id == NULL || partner.name == NULL)
        continue;
      if (!g_hash_table_add (seen, (gpointer) partner.id))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     _("the id \"%s\" is used twice"), partner.id);
          continue;
        }

      if (levels != NULL && json_array_get_length (levels) > 0)
        {
          guint n = json_array_get_length (levels);
          guint n_before = 0;

          partner.levels = g_new0 (ChronicleLevel, n);
          for (guint j = 0; j < n; j++)
            {
              JsonNode *level_node = json_array_get_element (levels, j);
              g_autofree char *section_name = g_strdup_printf ("partners[%u] \"%s\": levels", i, partner.id);
              ChronicleJsonPlace level_place = { section_name, (int) j, NULL };
              JsonObject *level_object;
              ChronicleLevel level = { 0 };
              const char *since;

              if (!JSON_NODE_HOLDS_OBJECT (level_node))
                {
                  _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &level_place,
                                             _("must be an object, not %s"),
                                             _chronicle_json_type_name (level_node));
                  continue;
                }
              level_object = json_node_get_object (level_node);
              level.level = get_string (b, level_object, &level_place, "level", TRUE);
              warn_unknown_members (b, level_object, &level_place, &level_known);
              since = get_string (b, level_object, &level_place, "since", TRUE);
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
                       !get_date (b, level_object, &level_place, "since", TRUE, &level.since))
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
  ChronicleJsonPlace section = { "eras", -1, NULL };
  JsonArray *array = get_array (b, root, &section, "eras");
  GArray *eras = _chronicle_dataset_get_eras (b->dataset);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      ChronicleJsonPlace place = { "eras", (int) i, NULL };
      ChronicleEra era = { 0 };
      JsonObject *object;
      gboolean ok;
      g_autofree char *owner = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     _("must be an object, not %s"), _chronicle_json_type_name (node));
          continue;
        }
      object = json_node_get_object (node);
      era.title = get_string (b, object, &place, "title", TRUE);
      ok = get_date (b, object, &place, "start", TRUE, &era.start);
      ok = get_date (b, object, &place, "end", TRUE, &era.end) && ok;
      warn_unknown_members (b, object, &place, &known);
      if (!ok || era.title == NULL)
        continue;
      if (chronicle_date_end_day (&era.end) <= chronicle_date_first_day (&era.start))
        {
          g_autofree char *s = chronicle_date_to_string (&era.start);
          g_autofree char *e = chronicle_date_to_string (&era.end);

          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     /* Translators: %1$s and %2$s are dates as written in the file. */
                                     _("\"end\" (%1$s) is before \"start\" (%2$s)"), e, s);
          continue;
        }
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
      report_type (b, &top, "view", _("an object"), node);
      return;
    }
  object = json_node_get_object (node);
  ok = get_date (b, object, &place, "start", TRUE, &start);
  ok = get_date (b, object, &place, "end", TRUE, &end) && ok;
  warn_unknown_members (b, object, &place, &known);
  if (!ok)
    return;
  if (chronicle_date_end_day (&end) <= chronicle_date_first_day (&start))
    {
      g_autofree char *s = chronicle_date_to_string (&start);
      g_autofree char *e = chronicle_date_to_string (&end);

      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                 /* Translators: %1$s and %2$s are dates as written in the file. */
                                 _("\"end\" (%1$s) is before \"start\" (%2$s)"), e, s);
      return;
    }
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
  ChronicleJsonPlace section = { "levels", -1, NULL };
  JsonArray *array = get_array (b, root, &section, "levels");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      ChronicleJsonPlace place = { "levels", (int) i, NULL };
      JsonObject *object;
      const char *name;
      g_autofree char *owner = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     _("must be an object, not %s"), _chronicle_json_type_name (node));
          continue;
        }
      object = json_node_get_object (node);
      name = get_string (b, object, &place, "name", TRUE);
      warn_unknown_members (b, object, &place, &known);
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
  ChronicleJsonPlace section = { "figures", -1, NULL };
  JsonArray *array = get_array (b, root, &section, "figures");
  GArray *figures = _chronicle_dataset_get_figures (b->dataset);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      ChronicleJsonPlace place = { "figures", (int) i, NULL };
      ChronicleFigure figure = { 0 };
      JsonObject *object;
      JsonArray *sources;
      JsonNode *value;
      g_autofree char *owner = NULL;
      g_autofree char *number = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                     _("must be an object, not %s"), _chronicle_json_type_name (node));
          continue;
        }
      object = json_node_get_object (node);
      figure.id = get_string (b, object, &place, "id", FALSE);
      place.id = figure.id;
      figure.label = get_string (b, object, &place, "label", TRUE);
      figure.as_of = get_string (b, object, &place, "as_of", FALSE);
      figure.note = get_string (b, object, &place, "note", FALSE);

      /* A value is text ("$700 billion") or a plain number. */
      value = json_object_get_member (object, "value");
      if (value == NULL)
        _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place, _("\"%s\" is missing"), "value");
      else if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
        figure.value = json_node_get_string (value);
      else if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_INT64)
        figure.value = number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (value));
      else if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_DOUBLE)
        figure.value = number = g_strdup_printf ("%g", json_node_get_double (value));
      else
        report_type (b, &place, "value", _("a string"), value);

      if (figure.as_of != NULL)
        {
          ChronicleDate as_of;
          get_date (b, object, &place, "as_of", FALSE, &as_of);
        }
      warn_unknown_members (b, object, &place, &known);

      sources = get_array (b, object, &place, "sources");
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
              report_type (b, &place, name, _("an object"), source_node);
              continue;
            }
          source_object = json_node_get_object (source_node);
          document = get_string (b, source_object, &place, "document", TRUE);
          quote = get_string (b, source_object, &place, "quote", FALSE);
          warn_unknown_members (b, source_object, &place, &source_known);
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
  JsonArray *array = get_array (b, object, place, "sources");
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

          report_type (b, place, name, _("an object"), node);
          continue;
        }
      source_object = json_node_get_object (node);
      document = get_string (b, source_object, place, "document", TRUE);
      quote = get_string (b, source_object, place, "quote", FALSE);
      warn_unknown_members (b, source_object, place, &known);
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
  JsonObject *translations = get_object (b, object, place, "translations");
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

          report_type (b, place, member, _("an object"), node);
          continue;
        }
      t = json_node_get_object (node);
      warn_unknown_members (b, t, place, &known);
      _chronicle_event_add_translation (event,
                                        _chronicle_builder_intern (b, language),
                                        _chronicle_builder_text (b, get_string (b, t, place, "title", FALSE)),
                                        _chronicle_builder_text (b, get_string (b, t, place, "description", FALSE)),
                                        _chronicle_builder_text (b, get_string (b, t, place, "place", FALSE)));
    }
}

/* Keeps only http(s) links, warning about the others. */
static const char **
keep_web_links (ChronicleBuilder         *b,
                const ChronicleJsonPlace *place,
                const char              **links)
{
  guint kept = 0;

  if (links == NULL)
    return NULL;

  for (guint i = 0; links[i] != NULL; i++)
    {
      if (is_web_link (links[i]))
        {
          links[kept++] = links[i];
          continue;
        }
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, place,
                                 /* Translators: %1$u is a position in the list, %2$s the address. */
                                 _("\"links[%1$u]\": only http and https links are kept; \"%2$s\" ignored"),
                                 i, links[i]);
    }
  links[kept] = NULL;
  if (kept == 0)
    g_clear_pointer (&links, g_free);
  return links;
}

static ChronicleEvent *
read_event (ChronicleBuilder *b,
            JsonNode         *node,
            guint             index,
            GHashTable       *ids)
{
  CHRONICLE_KNOWN_MEMBERS (known, "id", "kind", "direction", "start", "end", "title", "description",
                           "people", "partners", "place", "relation", "sources", "links", "tags",
                           "media", "translations");
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

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                 /* Translators: %s is a JSON type ("an array"). */
                                 _("must be an object, not %s"), _chronicle_json_type_name (node));
      return NULL;
    }
  object = json_node_get_object (node);
  event = _chronicle_event_new (b->pool, index);

  id = get_string (b, object, &place, "id", TRUE);
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

  kind = get_string (b, object, &place, "kind", FALSE);
  if (kind == NULL)
    kind = "other";
  else if (chronicle_dataset_find_kind (b->dataset, kind) == NULL)
    _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, &place,
                               /* Translators: %s is a kind id the dataset does not define. */
                               _("\"kind\": unknown kind \"%s\", shown as Other"), kind);
  _chronicle_event_set_kind (event, _chronicle_builder_intern (b, kind));

  direction = get_string (b, object, &place, "direction", FALSE);
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

  has_start = get_date (b, object, &place, "start", TRUE, &start);
  has_end = get_date (b, object, &place, "end", FALSE, &end);
  if (has_start && has_end && chronicle_date_end_day (&end) <= chronicle_date_first_day (&start))
    {
      g_autofree char *s = chronicle_date_to_string (&start);
      g_autofree char *e = chronicle_date_to_string (&end);

      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                 _("\"end\" (%1$s) is before \"start\" (%2$s)"), e, s);
    }
  if (has_start)
    _chronicle_event_set_dates (event, &start, has_end ? &end : NULL);

  title = get_string (b, object, &place, "title", TRUE);
  _chronicle_event_set_text (event,
                             _chronicle_builder_text (b, title),
                             _chronicle_builder_text (b, get_string (b, object, &place, "description", FALSE)),
                             _chronicle_builder_intern (b, get_string (b, object, &place, "place", FALSE)));

  partners = get_string_list (b, object, &place, "partners", TRUE);
  for (guint i = 0; partners != NULL && partners[i] != NULL; i++)
    if (chronicle_dataset_find_partner (b->dataset, partners[i]) == NULL)
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &place,
                                 /* Translators: %1$u is a position in the list, %2$s an id. */
                                 _("\"partners[%1$u]\": no partner has the id \"%2$s\""), i, partners[i]);

  _chronicle_event_take_lists (event,
                               get_string_list (b, object, &place, "people", TRUE),
                               partners,
                               keep_web_links (b, &place, get_string_list (b, object, &place, "links", FALSE)),
                               get_string_list (b, object, &place, "tags", TRUE));

  relation = get_object (b, object, &place, "relation");
  if (relation != NULL)
    {
      const char *partner = get_string (b, relation, &place, "partner", TRUE);
      const char *from = get_string (b, relation, &place, "from", FALSE);
      const char *to = get_string (b, relation, &place, "to", FALSE);

      warn_unknown_members (b, relation, &place, &relation_known);
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
  read_event_translations (b, event, object, &place);
  warn_unknown_members (b, object, &place, &known);

  if (b->n_errors != n_errors || !has_start || title == NULL || id == NULL)
    return NULL;
  return g_steal_pointer (&event);
}

static GPtrArray *
read_chronicle (ChronicleBuilder *b,
                JsonObject       *root)
{
  CHRONICLE_KNOWN_MEMBERS (known, "format", "title", "description", "language", "documents", "kinds", "partners",
    "levels", "eras", "figures", "events", "translations", "view");
  static const char * const fields[] = { "title", "description", NULL };
  ChronicleJsonPlace top = { NULL, -1, NULL };
  const char *format;
  JsonNode *events_node;
  JsonArray *events;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) ids = NULL;
  guint n;

  format = get_string (b, root, &top, "format", FALSE);
  if (format != NULL && !g_str_equal (format, "chronicle/1"))
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &top,
                                 /* Translators: %s is the format named in the file. */
                                 _("\"format\": \"%s\" is not a format Chronicle reads (it reads \"chronicle/1\" and TimelineJS 3)"),
                                 format);
      return NULL;
    }

  _chronicle_dataset_set_info (b->dataset,
                               get_string (b, root, &top, "title", FALSE),
                               get_string (b, root, &top, "description", FALSE),
                               get_string (b, root, &top, "language", FALSE),
                               "chronicle/1");
  read_translations (b, root, &top, "dataset", fields);
  warn_unknown_members (b, root, &top, &known);

  read_documents (b, root);
  read_kinds (b, root);
  _chronicle_dataset_add_builtin_kinds (b->dataset);
  read_partners (b, root);
  _chronicle_dataset_index (b->dataset);
  read_levels (b, root);
  read_eras (b, root);
  read_figures (b, root);
  read_view (b, root);

  events_node = json_object_get_member (root, "events");
  if (events_node == NULL)
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &top, _("\"%s\" is missing"), "events");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (events_node))
    {
      report_type (b, &top, "events", _("an array"), events_node);
      return NULL;
    }

  events = json_node_get_array (events_node);
  n = json_array_get_length (events);
  result = g_ptr_array_new_full (n, g_object_unref);
  ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      ChronicleEvent *event;

      if ((i & 1023) == 0)
        {
          if (_chronicle_builder_cancelled (b))
            return NULL;
          if (b->progress != NULL)
            b->progress (b, CHRONICLE_LOAD_STAGE_BUILDING, i, n);
        }

      event = read_event (b, json_array_get_element (events, i), i, ids);
      if (event != NULL)
        g_ptr_array_add (result, event);
      if (b->n_errors >= CHRONICLE_BUILDER_MAX_ERRORS)
        break;
    }

  return g_steal_pointer (&result);
}

/* ------------------------------------------------------------------------- */
/* Bytes → JSON tree                                                         */

static int
column_at (const guchar *line_start,
           const guchar *p)
{
  /* Columns count characters, as editors do; invalid bytes count one each. */
  int column = 1;

  for (const guchar *q = line_start; q < p; column++)
    {
      const char *next = g_utf8_find_next_char ((const char *) q, (const char *) p);
      q = next != NULL ? (const guchar *) next : p;
    }
  return column;
}

/* Reports the first NUL byte or invalid UTF-8 with its line and column; FALSE if none. */
static gboolean
report_encoding (ChronicleBuilder *b,
                 const char       *data,
                 gsize             size)
{
  const char *bad = NULL;
  const guchar *line_start = (const guchar *) data;
  int line = 1;
  g_autofree char *message = NULL;

  if (g_utf8_validate_len (data, size, &bad))
    return FALSE;

  for (const guchar *p = (const guchar *) data; p < (const guchar *) bad; p++)
    if (*p == '\n')
      {
        line++;
        line_start = p + 1;
      }

  if (*bad == '\0')
    message = g_strdup (_("a NUL byte; this is not a text file"));
  else
    message = g_strdup_printf (_("invalid UTF-8 (byte 0x%02X); Chronicle reads UTF-8 text"), (guchar) *bad);
  report_at (b, line, column_at (line_start, (const guchar *) bad), message);
  return TRUE;
}

/* The bytes that matter to the structure scan below. */
enum { PLAIN = 0, QUOTE, BACKSLASH, NEWLINE, OPEN, CLOSE, APOSTROPHE, SLASH, NUMBER };

static const guint8 byte_class[256] = {
  ['"'] = QUOTE, ['\\'] = BACKSLASH, ['\n'] = NEWLINE,
  ['['] = OPEN, ['{'] = OPEN, [']'] = CLOSE, ['}'] = CLOSE, ['\''] = APOSTROPHE,
  ['/'] = SLASH, ['-'] = NUMBER, ['+'] = NUMBER, ['.'] = NUMBER,
  ['0'] = NUMBER, ['1'] = NUMBER, ['2'] = NUMBER, ['3'] = NUMBER, ['4'] = NUMBER,
  ['5'] = NUMBER, ['6'] = NUMBER, ['7'] = NUMBER, ['8'] = NUMBER, ['9'] = NUMBER,
};

static int
hex_value (const guchar *p,
           const guchar *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;
  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return -1;
      value = value * 16 + g_ascii_xdigit_value (p[i]);
    }
  return value;
}

/* Checks the escape at @p (a backslash in a string) and returns its last byte, or
 * NULL with @message set. json-glib 1.6 turns "\u0000" into the end of the string,
 * an unpaired surrogate into invalid UTF-8 (and one before a quote swallows the
 * quote), and an unknown escape such as "\q" into the letter: all are refused. */
static const guchar *
check_escape (const guchar  *p,
              const guchar  *end,
              char         **message)
{
  int high, low;

  if (p + 1 >= end)
    return p;   /* the string is unterminated: json-glib says so */

  switch (p[1])
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      return p + 1;
    case 'u':
      break;
    default:
      if (p[1] < 0x20 || p[1] >= 0x7F)
        *message = g_strdup (_("a backslash must be followed by one of \" \\ / b f n r t u"));
      else
        /* Translators: %c is the character after a backslash in a JSON string. */
        *message = g_strdup_printf (_("\"\\%c\" is not a JSON escape (a backslash must be followed by one of \" \\ / b f n r t u)"),
                                    p[1]);
      return NULL;
    }

  high = hex_value (p + 2, end);
  if (high < 0)
    {
      *message = g_strdup (_("\"\\u\" must be followed by four hexadecimal digits"));
      return NULL;
    }
  if (high == 0)
    {
      *message = g_strdup (_("\"\\u0000\" (the NUL character) cannot be part of a text"));
      return NULL;
    }
  if (high >= 0xDC00 && high <= 0xDFFF)
    {
      /* Translators: %04X is the escape's number, such as DC00. */
      *message = g_strdup_printf (_("\"\\u%04X\" is the second half of a surrogate pair, without the first"),
                                  (guint) high);
      return NULL;
    }
  if (high < 0xD800 || high > 0xDBFF)
    return p + 5;

  low = (end - p >= 12 && p[6] == '\\' && p[7] == 'u') ? hex_value (p + 8, end) : -1;
  if (low < 0xDC00 || low > 0xDFFF)
    {
      /* Translators: %04X is the escape's number, such as D800. */
      *message = g_strdup_printf (_("\"\\u%04X\" is the first half of a surrogate pair, without the second"),
                                  (guint) high);
      return NULL;
    }
  return p + 11;
}

static gboolean
ends_value (guchar c)
{
  return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Checks the number at @p (outside strings) and returns its last byte, or NULL with
 * @message set. json-glib 1.6 reads "012" as octal, "0x10" as hexadecimal and
 * integers beyond 64 bits as wrapped-around values, and "1e999" as infinity: only
 * JSON's own numbers, and those it keeps exactly, are accepted. */
static const guchar *
check_number (const guchar  *p,
              const guchar  *end,
              char         **message)
{
  const guchar *q = p;
  gboolean is_integer = TRUE;
  g_autofree char *owned = NULL;
  char buffer[64];
  const char *text;

  if (q < end && *q == '-')
    q++;
  if (q < end && *q == '0')
    q++;
  else if (q < end && g_ascii_isdigit (*q))
    while (q < end && g_ascii_isdigit (*q))
      q++;
  else
    goto bad;
  if (q < end && *q == '.')
    {
      is_integer = FALSE;
      q++;
      if (q >= end || !g_ascii_isdigit (*q))
        goto bad;
      while (q < end && g_ascii_isdigit (*q))
        q++;
    }
  if (q < end && (*q == 'e' || *q == 'E'))
    {
      is_integer = FALSE;
      q++;
      if (q < end && (*q == '+' || *q == '-'))
        q++;
      if (q >= end || !g_ascii_isdigit (*q))
        goto bad;
      while (q < end && g_ascii_isdigit (*q))
        q++;
    }
  if (q < end && !ends_value (*q))
    goto bad;

  /* Numbers are short: no allocation for them. */
  if (q - p < (gssize) sizeof buffer)
    {
      memcpy (buffer, p, q - p);
      buffer[q - p] = '\0';
      text = buffer;
    }
  else
    text = owned = g_strndup ((const char *) p, q - p);
  if (is_integer)
    {
      gint64 value;

      if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &value, NULL))
        {
          /* Translators: %s is a number as written in the file. */
          *message = g_strdup_printf (_("the number %s is out of range (whole numbers go from -9223372036854775808 to 9223372036854775807)"),
                                      text);
          return NULL;
        }
    }
  else if (!isfinite (g_ascii_strtod (text, NULL)))
    {
      *message = g_strdup_printf (_("the number %s is too large"), text);
      return NULL;
    }
  return q - 1;

bad:
  while (q < end && !ends_value (*q) && q - p < 40)
    q++;
  owned = g_utf8_make_valid ((const char *) p, q - p);
  /* Translators: %s is the text found where a number starts. */
  *message = g_strdup_printf (_("\"%s\" is not a JSON number"), owned);
  return NULL;
}

/* Member names seen in each open object, for finding one used twice: json-glib 1.6
 * keeps the last of them (a silent change of the data) and looks for the earlier one
 * linearly, so 50k repeats of a name took a minute to parse. An object's first 32
 * names (every object in a usual file) are compared directly, without allocating; a
 * larger object gets a hash table. */
#define FEW_NAMES 32

typedef struct
{
  const char *name;
  gsize       len;
} NameRef;

typedef struct
{
  guint       n_names;
  NameRef     few[FEW_NAMES];
  GHashTable *many;          /* name (owned) → itself */
} ObjectNames;

typedef struct
{
  ObjectNames objects[CHRONICLE_LOADER_MAX_DEPTH];
  GPtrArray  *decoded;       /* names with escapes, decoded, owned */
} NameScan;

static void
name_scan_free (NameScan *scan)
{
  for (guint i = 0; i < CHRONICLE_LOADER_MAX_DEPTH; i++)
    g_clear_pointer (&scan->objects[i].many, g_hash_table_unref);
  g_clear_pointer (&scan->decoded, g_ptr_array_unref);
  g_free (scan);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NameScan, name_scan_free)

/* The name between @start and @end as json-glib will read it (escapes checked already). */
static char *
decode_name (const guchar *start,
             const guchar *end)
{
  GString *out = g_string_sized_new (end - start);

  for (const guchar *p = start; p < end; p++)
    {
      int high, low;

      if (*p != '\\' || p + 1 >= end)
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          high = hex_value (p + 1, end);
          p += 4;
          if (high >= 0xD800 && high <= 0xDBFF && (low = hex_value (p + 3, end)) >= 0)
            {
              high = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
              p += 6;
            }
          g_string_append_unichar (out, (gunichar) high);
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

/* Records the name at @start…@end (raw; @escaped if it holds a backslash) in @names;
 * FALSE if the object has it already. */
static gboolean
add_name (NameScan     *scan,
          ObjectNames  *names,
          const guchar *start,
          const guchar *end,
          gboolean      escaped)
{
  NameRef ref = { (const char *) start, end - start };

  if (escaped)
    {
      char *decoded = decode_name (start, end);

      if (scan->decoded == NULL)
        scan->decoded = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (scan->decoded, decoded);
      ref.name = decoded;
      ref.len = strlen (decoded);
    }

  if (names->n_names < FEW_NAMES)
    {
      for (guint i = 0; i < names->n_names; i++)
        if (names->few[i].len == ref.len && memcmp (names->few[i].name, ref.name, ref.len) == 0)
          return FALSE;
      names->few[names->n_names++] = ref;
      return TRUE;
    }

  if (names->many == NULL)
    names->many = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (names->n_names == FEW_NAMES)
    for (guint i = 0; i < FEW_NAMES; i++)
      g_hash_table_add (names->many, g_strndup (names->few[i].name, names->few[i].len));
  names->n_names++;
  return g_hash_table_add (names->many, g_strndup (ref.name, ref.len));
}

static void
clear_names (ObjectNames *names)
{
  names->n_names = 0;
  if (names->many != NULL)
    g_hash_table_remove_all (names->many);
}

/* One pass over the raw bytes before json-glib sees them: UTF-16/32 byte-order marks,
 * comments and single-quoted strings (which json-glib would accept), escapes and
 * numbers json-glib would change, and runaway nesting (json-glib recurses once per
 * level) are reported with their line and column. The scan must agree with json-glib
 * on where every string starts and ends, which is why nothing but JSON is let
 * through. Encoding errors are json-glib's to find; report_encoding() places them
 * afterwards. */
static gboolean
check_bytes (ChronicleBuilder *b,
             const char       *data,
             gsize             size)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + size;
  const guchar *line_start = p;
  int line = 1;
  int depth = 0;
  guchar opened[CHRONICLE_LOADER_MAX_DEPTH];
  gboolean in_string = FALSE;
  const guchar *string_start = NULL;
  gboolean string_escaped = FALSE;
  g_autoptr(NameScan) names = g_new0 (NameScan, 1);
  g_autofree char *message = NULL;

  if ((size >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) ||
      (size >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF))
    {
      report_at (b, 1, 1, _("the file is UTF-16 or UTF-32 text; Chronicle reads UTF-8"));
      return FALSE;
    }

  /* Only an object may be the root. json-glib 1.6 would take a string or number
   * root and then parse, and leak, whatever follows it: refuse those here. */
  {
    const guchar *first = p;
    const char *what = NULL;

    while (first < end && g_ascii_isspace (*first))
      first++;
    if (first < end && *first == '[')
      what = _("an array");
    else if (first < end && *first == '"')
      what = _("a string");
    else if (first < end && (*first == '-' || g_ascii_isdigit (*first)))
      what = _("a number");
    else if (first < end && (*first == 't' || *first == 'f'))
      what = _("true or false");
    else if (first < end && *first == 'n')
      what = _("null");

    if (what != NULL)
      {
        for (const guchar *q = p; q < first; q++)
          if (*q == '\n')
            {
              line++;
              line_start = q + 1;
            }
        /* Translators: %s is a JSON type ("an array"). */
        message = g_strdup_printf (_("the file must hold one JSON object, not %s"), what);
        report_at (b, line, column_at (line_start, first), message);
        return FALSE;
      }
  }

  for (; p < end; p++)
    {
      const guchar *last;

      switch (byte_class[*p])
        {
        case PLAIN:
          break;
        case NEWLINE:
          line++;
          line_start = p + 1;
          break;
        case QUOTE:
          in_string = !in_string;
          if (in_string)
            {
              string_start = p + 1;
              string_escaped = FALSE;
            }
          else if (depth > 0 && opened[depth - 1] == '{')
            {
              /* A string in an object followed by ':' is a member name. */
              const guchar *next = p + 1;

              while (next < end && (*next == ' ' || *next == '\t' || *next == '\r' || *next == '\n'))
                next++;
              if (next < end && *next == ':' &&
                  memchr (string_start, '\0', p - string_start) == NULL &&
                  !add_name (names, &names->objects[depth - 1], string_start, p, string_escaped))
                {
                  g_autofree char *raw = g_utf8_make_valid ((const char *) string_start, p - string_start);
                  g_autofree char *shown = g_utf8_strlen (raw, -1) > 60 ? g_utf8_substring (raw, 0, 60) : g_strdup (raw);

                  /* Translators: %s is a member name, as written in the file. */
                  message = g_strdup_printf (_("the member \"%s\" appears twice in this object (JSON names must be unique)"),
                                             shown);
                  report_at (b, line, column_at (line_start, string_start - 1), message);
                  return FALSE;
                }
            }
          break;
        case BACKSLASH:
          if (!in_string)
            break;
          string_escaped = TRUE;
          last = check_escape (p, end, &message);
          if (last == NULL)
            {
              report_at (b, line, column_at (line_start, p), message);
              return FALSE;
            }
          p = last;
          break;
        case SLASH:
          if (in_string)
            break;
          report_at (b, line, column_at (line_start, p),
                     _("JSON has no comments: remove the comment (or this \"/\")"));
          return FALSE;
        case NUMBER:
          if (in_string)
            break;
          last = check_number (p, end, &message);
          if (last == NULL)
            {
              report_at (b, line, column_at (line_start, p), message);
              return FALSE;
            }
          p = last;
          break;
        case APOSTROPHE:
          if (!in_string)
            {
              report_at (b, line, column_at (line_start, p), _("JSON strings are written in double quotes"));
              return FALSE;
            }
          break;
        case OPEN:
          if (in_string)
            break;
          if (depth >= CHRONICLE_LOADER_MAX_DEPTH)
            {
              message = g_strdup_printf (_("nested more than %d levels deep"), CHRONICLE_LOADER_MAX_DEPTH);
              report_at (b, line, column_at (line_start, p), message);
              return FALSE;
            }
          if (*p == '{')
            clear_names (&names->objects[depth]);
          opened[depth++] = *p;
          break;
        case CLOSE:
          if (in_string)
            break;
          /* A closing bracket that does not match: json-glib says it best. */
          if (depth == 0 || opened[depth - 1] != (*p == '}' ? '{' : '['))
            return TRUE;
          if (--depth == 0)
            {
              /* The root object is complete. json-glib 1.6 would go on to parse,
               * and leak, any value after it: anything but white space is refused. */
              const guchar *rest = p + 1;

              while (rest < end && g_ascii_isspace (*rest))
                {
                  if (*rest == '\n')
                    {
                      line++;
                      line_start = rest + 1;
                    }
                  rest++;
                }
              if (rest < end)
                {
                  report_at (b, line, column_at (line_start, rest),
                             _("unexpected text after the end of the JSON object"));
                  return FALSE;
                }
              return TRUE;
            }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

/* json-glib says "<data>:LINE:COL: Parse error: MESSAGE"; keep the place and the message. */
static void
report_syntax_error (ChronicleBuilder *b,
                     const GError     *error)
{
  const char *message = error->message;
  const char *rest;
  int line = 0;
  int column = 0;
  const char *prefix = "<data>:";
  g_autofree char *valid = NULL;

  if (g_str_has_prefix (message, prefix) &&
      sscanf (message + strlen (prefix), "%d:%d:", &line, &column) == 2 &&
      (rest = strstr (message + strlen (prefix), ": ")) != NULL)
    {
      const char *detail = strstr (rest + 2, ": ");

      /* Skip json-glib's own "Parse error" word: the severity says it already. */
      message = detail != NULL ? detail + 2 : rest + 2;
    }

  /* json-glib may quote the input; diagnostics go to labels, which need UTF-8. */
  valid = g_utf8_make_valid (message, -1);
  report_at (b, MAX (line, 1), MAX (column, 1), valid);
}

static gboolean
strip_utf8_bom (const char **data,
                gsize       *size)
{
  if (*size >= 3 && memcmp (*data, "\xEF\xBB\xBF", 3) == 0)
    {
      *data += 3;
      *size -= 3;
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_blank (const char *data,
          gsize       size)
{
  for (gsize i = 0; i < size; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

/* Large loads free hundreds of thousands of small allocations at once (the parse
 * tree; on failure or cancel also the events built so far and their strings).
 * Freed the usual way they land in glibc's "fastbins" unmerged, the pages stay
 * resident (100k events: ~500 MB; a cancelled 1M-event load: 1.5 GB), and trimming
 * millions of such chunks afterwards costs a quarter of the load. With fastbins off
 * while they go, each free merges with its neighbours, and the trim that follows is
 * cheap (100k events: 63 MB, 35 ms). Bracket such frees with these two. */
static gboolean
bulk_free_begin (gsize size)
{
#ifdef __GLIBC__
  if (size >= 1024 * 1024)
    {
      mallopt (M_MXFAST, 0);
      return TRUE;
    }
#endif
  return FALSE;
}

static void
bulk_free_end (gboolean began)
{
#ifdef __GLIBC__
  if (began)
    {
      mallopt (M_MXFAST, 64 * sizeof (size_t) / 4);   /* glibc's default */
      malloc_trim (0);
    }
#endif
}

/* Frees a parse tree and gives its pages back to the system. */
static void
free_tree (JsonParser *parser,
           gsize       size)
{
  gboolean bulk = bulk_free_begin (size);

  g_object_unref (parser);
  bulk_free_end (bulk);
}

static ChronicleDataset *
build_from_bytes (ChronicleBuilder *b,
                  GBytes           *bytes)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(ChronicleDataset) dataset = NULL;
  ChronicleJsonPlace top = { NULL, -1, NULL };
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *root;

  if (data == NULL)
    data = "";

  /* A TimelineJS spreadsheet, or a file that is plainly not JSON: see chronicle-csv-reader.c. */
  if (_chronicle_csv_detect (data, size, b->display_name))
    return _chronicle_csv_load (b, data, size);
  if (_chronicle_report_not_json (b, data, size))
    return NULL;

  if (strip_utf8_bom (&data, &size))
    _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, &top,
                               _("the file starts with a byte-order mark, which JSON does not need"));

  if (is_blank (data, size))
    {
      report_at (b, 1, 1, _("the file is empty"));
      return NULL;
    }

  if (!check_bytes (b, data, size))
    return NULL;

  if (b->progress != NULL)
    b->progress (b, CHRONICLE_LOAD_STAGE_PARSING, 0, 0);

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) size, &parse_error))
    {
      /* json-glib refuses bad encoding without saying where: say it ourselves. */
      if (!report_encoding (b, data, size))
        report_syntax_error (b, parse_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &top,
                                 /* Translators: %s is a JSON type ("an array"). */
                                 _("the file must hold one JSON object, not %s"),
                                 _chronicle_json_type_name (root));
      return NULL;
    }

  if (_chronicle_timelinejs_detect (json_node_get_object (root)))
    events = _chronicle_timelinejs_build (b, json_node_get_object (root));
  else
    events = read_chronicle (b, json_node_get_object (root));

  if (events == NULL || b->n_errors > 0 || _chronicle_builder_cancelled (b))
    {
      /* What was built goes as the tree does: see bulk_free_begin(). */
      gboolean bulk = bulk_free_begin (size);

      g_clear_pointer (&events, g_ptr_array_unref);
      g_clear_object (&parser);
      bulk_free_end (bulk);
      return NULL;
    }

  dataset = g_object_ref (b->dataset);
  _chronicle_dataset_index (dataset);
  _chronicle_dataset_take_events (dataset, chronicle_event_store_new (g_steal_pointer (&events)));

  /* The JSON tree is not needed any more: free it now. */
  free_tree (g_steal_pointer (&parser), size);

  return g_steal_pointer (&dataset);
}

/* ------------------------------------------------------------------------- */
/* The loader object                                                         */

typedef struct
{
  ChronicleLoader    *loader;
  ChronicleLoadStage  stage;
  guint               done;
  guint               total;
} ProgressReport;

static gboolean
emit_progress_cb (gpointer data)
{
  ProgressReport *report = data;

  g_signal_emit (report->loader, signals[PROGRESS], 0, report->stage, report->done, report->total);
  return G_SOURCE_REMOVE;
}

static void
progress_report_free (gpointer data)
{
  ProgressReport *report = data;

  g_object_unref (report->loader);
  g_free (report);
}

/* Progress goes out as a signal on the context that created the loader. */
static void
report_progress (ChronicleBuilder   *b,
                 ChronicleLoadStage  stage,
                 guint               done,
                 guint               total)
{
  ChronicleLoader *self = b->progress_data;
  ProgressReport *report = g_new0 (ProgressReport, 1);

  report->loader = g_object_ref (self);
  report->stage = stage;
  report->done = done;
  report->total = total;

  /* Called directly when the caller runs that context, else queued to it. */
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_progress_cb,
                              report, progress_report_free);
}

static void
builder_init (ChronicleBuilder *b,
              ChronicleLoader  *self,
              const char       *display_name,
              GCancellable     *cancellable)
{
  memset (b, 0, sizeof *b);
  b->dataset = _chronicle_dataset_new ();
  b->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_diagnostic_free);
  b->display_name = display_name;
  b->pool = _chronicle_string_pool_new ();
  b->cancellable = cancellable;
  b->progress = report_progress;
  b->progress_data = self;
}

static void
builder_clear (ChronicleBuilder *b)
{
  g_clear_object (&b->dataset);
  g_clear_pointer (&b->diagnostics, g_ptr_array_unref);
  g_clear_pointer (&b->pool, _chronicle_string_pool_unref);
  g_clear_pointer (&b->group_kinds, g_hash_table_unref);
}

/* A failed or cancelled load gives its memory back as a successful one does. */
static void
clear_failed (ChronicleBuilder *b,
              GBytes           *bytes)
{
  gboolean bulk = bulk_free_begin (g_bytes_get_size (bytes));

  builder_clear (b);
  bulk_free_end (bulk);
}

/* Says how many warnings were not kept, as the last diagnostic. */
static void
note_dropped_warnings (ChronicleBuilder *b)
{
  g_autofree char *message = NULL;
  guint n;

  if (b->n_warnings <= CHRONICLE_BUILDER_MAX_ERRORS)
    return;
  n = b->n_warnings - CHRONICLE_BUILDER_MAX_ERRORS;
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: %u is a number of warnings. */
                                          "%u more warning not listed", "%u more warnings not listed", n),
                             n);
  g_ptr_array_add (b->diagnostics,
                   chronicle_diagnostic_new (CHRONICLE_SEVERITY_WARNING, b->display_name, 0, 0, NULL, message));
}

/* How many errors and warnings a load found, listed or not. */
typedef struct
{
  guint errors;
  guint warnings;
} LoadCounts;

static ChronicleDataset *
load_bytes (ChronicleLoader  *self,
            GBytes           *bytes,
            const char       *display_name,
            GCancellable     *cancellable,
            GPtrArray       **diagnostics,
            LoadCounts       *counts,
            GError          **error)
{
  ChronicleBuilder b;
  g_autoptr(ChronicleDataset) dataset = NULL;

  builder_init (&b, self, display_name, cancellable);
  dataset = build_from_bytes (&b, bytes);

  counts->errors = b.n_errors;
  counts->warnings = b.n_warnings;
  *diagnostics = g_ptr_array_ref (b.diagnostics);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      clear_failed (&b, bytes);
      return NULL;
    }

  note_dropped_warnings (&b);
  if (dataset == NULL)
    {
      const ChronicleDiagnostic *first = NULL;
      g_autofree char *text = NULL;

      for (guint i = 0; i < b.diagnostics->len && first == NULL; i++)
        {
          const ChronicleDiagnostic *d = g_ptr_array_index (b.diagnostics, i);

          if (d->severity == CHRONICLE_SEVERITY_ERROR)
            first = d;
        }
      g_assert (first != NULL);
      text = chronicle_diagnostic_describe (first);

      if (b.n_errors > 1)
        g_set_error (error, CHRONICLE_LOAD_ERROR,
                     first->line > 0 ? CHRONICLE_LOAD_ERROR_SYNTAX : CHRONICLE_LOAD_ERROR_INVALID,
                     /* Translators: %1$s is the first error; %2$u how many more there are. */
                     g_dngettext (GETTEXT_PACKAGE, "%1$s (and %2$u more error)",
                                  "%1$s (and %2$u more errors)", b.n_errors - 1),
                     text, b.n_errors - 1);
      else
        g_set_error_literal (error, CHRONICLE_LOAD_ERROR,
                             first->line > 0 ? CHRONICLE_LOAD_ERROR_SYNTAX : CHRONICLE_LOAD_ERROR_INVALID,
                             text);
      clear_failed (&b, bytes);
      return NULL;
    }

  _chronicle_dataset_take_warnings (dataset, g_ptr_array_ref (b.diagnostics));
  builder_clear (&b);

  report_progress (&(ChronicleBuilder) { .progress_data = self },
                     CHRONICLE_LOAD_STAGE_DONE,
                     chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)),
                     chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)));

  return g_steal_pointer (&dataset);
}

static void
set_result (ChronicleLoader  *self,
            GPtrArray        *diagnostics,
            const LoadCounts *counts)
{
  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);
  self->diagnostics = diagnostics;
  self->n_errors = counts->errors;
  self->n_warnings = counts->warnings;
}

static void
set_too_large (GError **error)
{
  g_autofree char *limit = g_format_size (CHRONICLE_LOADER_MAX_SIZE);

  g_set_error (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_TOO_LARGE,
               /* Translators: %s is a size such as "1.1 GB". */
               _("the file is larger than %s"), limit);
}

static void
set_not_regular (GError **error)
{
  g_set_error_literal (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO,
                       _("this is not a regular file (it is a device, a pipe or a socket); Chronicle reads files"));
}

static void
set_from_errno (GError     **error,
                int          saved_errno)
{
  g_set_error_literal (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO, g_strerror (saved_errno));
}

/* For tests: a read of a held path waits until it is released, so that a test can
 * keep a load in flight for as long as it looks (a FIFO once served, but FIFOs are
 * now refused). Nothing outside tests holds a path. */
static GMutex held_lock;
static GCond held_cond;
static GHashTable *held_paths;
static gint n_finished_loads;

/* For tests: how many loads have handed their result back (to wait for a late one). */
guint
_chronicle_loader_get_n_finished_loads (void)
{
  return (guint) g_atomic_int_get (&n_finished_loads);
}

void
_chronicle_loader_hold_path (const char *path)
{
  g_mutex_lock (&held_lock);
  if (held_paths == NULL)
    held_paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (held_paths, g_strdup (path));
  g_mutex_unlock (&held_lock);
}

void
_chronicle_loader_release_path (const char *path)
{
  g_mutex_lock (&held_lock);
  if (held_paths != NULL)
    g_hash_table_remove (held_paths, path);
  g_cond_broadcast (&held_cond);
  g_mutex_unlock (&held_lock);
}

static void
wait_while_held (const char *path)
{
  g_mutex_lock (&held_lock);
  while (held_paths != NULL && g_hash_table_contains (held_paths, path))
    g_cond_wait (&held_cond, &held_lock);
  g_mutex_unlock (&held_lock);
}

/* Reads a local file: only a regular file, opened without blocking (a FIFO nobody
 * writes to would block open() and read() for ever), read in slices so that a cancel
 * is seen within one slice, and never more than the size limit, whatever the file
 * claims its size is (a device says 0) or however it grows while read. */
static GBytes *
read_local_file (const char    *path,
                 GCancellable  *cancellable,
                 GError       **error)
{
  const gsize slice = 4 * 1024 * 1024;
  g_autofree char *data = NULL;
  gsize capacity, length = 0;
  struct stat st;
  int fd;

  wait_while_held (path);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      /* A socket cannot be opened at all: say what it is rather than ENXIO. */
      if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
        set_not_regular (error);
      else
        set_from_errno (error, saved_errno);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      set_from_errno (error, errno);
      close (fd);
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO,
                           _("this is a folder, not a file"));
      close (fd);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      set_not_regular (error);
      close (fd);
      return NULL;
    }
  if ((guint64) st.st_size > CHRONICLE_LOADER_MAX_SIZE)
    {
      set_too_large (error);
      close (fd);
      return NULL;
    }

  capacity = (gsize) st.st_size + 1;
  data = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return NULL;
        }
      if (length == capacity)
        {
          /* The file grew since fstat(). */
          if (length > CHRONICLE_LOADER_MAX_SIZE)
            {
              set_too_large (error);
              close (fd);
              return NULL;
            }
          capacity = MIN (capacity * 2, CHRONICLE_LOADER_MAX_SIZE + 1);
          data = g_realloc (data, capacity);
        }
      n = read (fd, data + length, MIN (slice, capacity - length));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_from_errno (error, errno);
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
    }
  close (fd);

  if (length > CHRONICLE_LOADER_MAX_SIZE)
    {
      set_too_large (error);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/* Fails with the reason alone: see read_failed(). */
static GBytes *
read_file (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = NULL;
  g_autoptr(GError) local_error = NULL;

  if (path != NULL)
    return read_local_file (path, cancellable, error);

  /* Anything else (a GVfs location, a resource) through GIO, with the same rules. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO,
                           _("this is a folder, not a file"));
      return NULL;
    }
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    {
      set_not_regular (error);
      return NULL;
    }
  if (info != NULL && (guint64) g_file_info_get_size (info) > CHRONICLE_LOADER_MAX_SIZE)
    {
      set_too_large (error);
      return NULL;
    }

  if (info != NULL)
    stream = g_file_read (file, cancellable, &local_error);
  data = g_byte_array_new ();
  while (stream != NULL)
    {
      guint8 buffer[64 * 1024];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer, cancellable, &local_error);

      if (n <= 0)
        break;
      if ((guint64) data->len + n > CHRONICLE_LOADER_MAX_SIZE)
        {
          set_too_large (error);
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }

  if (local_error != NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO, local_error->message);
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Turns a read error into a diagnostic naming the file, and the GError to match. */
static void
read_failed (const char  *display_name,
             GError      *reason,
             GPtrArray  **diagnostics,
             LoadCounts  *counts,
             GError     **error)
{
  g_autoptr(ChronicleDiagnostic) d = NULL;
  g_autofree char *text = NULL;

  *diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_diagnostic_free);
  counts->errors = counts->warnings = 0;
  if (g_error_matches (reason, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, reason);
      return;
    }

  d = chronicle_diagnostic_new (CHRONICLE_SEVERITY_ERROR, display_name, 0, 0, NULL, reason->message);
  text = chronicle_diagnostic_describe (d);
  g_set_error_literal (error, CHRONICLE_LOAD_ERROR, reason->code, text);
  g_ptr_array_add (*diagnostics, g_steal_pointer (&d));
  counts->errors = 1;
  g_error_free (reason);
}

static char *
dup_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path != NULL ? g_filename_display_name (path) : g_file_get_parse_name (file);
}

static void
chronicle_loader_finalize (GObject *object)
{
  ChronicleLoader *self = CHRONICLE_LOADER (object);

  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (chronicle_loader_parent_class)->finalize (object);
}

static void
chronicle_loader_class_init (ChronicleLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = chronicle_loader_finalize;

  /**
   * ChronicleLoader::progress:
   * @stage: a #ChronicleLoadStage
   * @done: events built so far (building stage)
   * @total: events in the file (building stage)
   *
   * Emitted on the thread-default main context of the loader's creator.
   */
  signals[PROGRESS] =
    g_signal_new ("progress",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
chronicle_loader_init (ChronicleLoader *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_diagnostic_free);
}

ChronicleLoader *
chronicle_loader_new (void)
{
  return g_object_new (CHRONICLE_TYPE_LOADER, NULL);
}

/**
 * chronicle_loader_load_bytes:
 * @bytes: the file's contents
 * @display_name: the name to use in messages
 *
 * Returns: (transfer full): the dataset, or %NULL with @error naming the first
 *   problem; chronicle_loader_get_diagnostics() lists them all
 */
ChronicleDataset *
chronicle_loader_load_bytes (ChronicleLoader  *self,
                             GBytes           *bytes,
                             const char       *display_name,
                             GCancellable     *cancellable,
                             GError          **error)
{
  GPtrArray *diagnostics = NULL;
  LoadCounts counts = { 0, 0 };
  ChronicleDataset *dataset;

  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  dataset = load_bytes (self, bytes, display_name, cancellable, &diagnostics, &counts, error);
  set_result (self, diagnostics, &counts);
  return dataset;
}

ChronicleDataset *
chronicle_loader_load_file (ChronicleLoader  *self,
                            GFile            *file,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *read_error = NULL;

  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = dup_display_name (file);
  report_progress (&(ChronicleBuilder) { .progress_data = self }, CHRONICLE_LOAD_STAGE_READING, 0, 0);
  bytes = read_file (file, cancellable, &read_error);
  if (bytes == NULL)
    {
      GPtrArray *diagnostics;
      LoadCounts counts;

      read_failed (display_name, g_steal_pointer (&read_error), &diagnostics, &counts, error);
      set_result (self, diagnostics, &counts);
      return NULL;
    }

  return chronicle_loader_load_bytes (self, bytes, display_name, cancellable, error);
}

typedef struct
{
  GFile     *file;          /* read in the thread… */
  GBytes    *bytes;         /* …or already in memory, */
  char      *display_name;  /* with this name */
  GPtrArray *diagnostics;
  LoadCounts counts;
} LoadJob;

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_clear_pointer (&job->display_name, g_free);
  g_clear_pointer (&job->diagnostics, g_ptr_array_unref);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ChronicleLoader *self = source_object;
  LoadJob *job = task_data;
  g_autofree char *display_name = job->file ? dup_display_name (job->file) : g_strdup (job->display_name);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset;

  report_progress (&(ChronicleBuilder) { .progress_data = self }, CHRONICLE_LOAD_STAGE_READING, 0, 0);
  bytes = job->file ? read_file (job->file, cancellable, &error) : g_bytes_ref (job->bytes);
  if (bytes == NULL)
    {
      GError *described = NULL;

      read_failed (display_name, g_steal_pointer (&error), &job->diagnostics, &job->counts, &described);
      g_task_return_error (task, described);
      g_atomic_int_inc (&n_finished_loads);
      return;
    }

  dataset = load_bytes (self, bytes, display_name, cancellable, &job->diagnostics, &job->counts, &error);
  if (dataset == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dataset, g_object_unref);
  g_atomic_int_inc (&n_finished_loads);
}

/* Runs @job (owned) in a worker thread; both async loads end here. */
static void
run_load_job (ChronicleLoader     *self,
              LoadJob             *job,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, load_job_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * chronicle_loader_load_file_async:
 *
 * Reads, parses and builds @file in a worker thread; the caller's thread never
 * blocks on the file. Progress is reported through #ChronicleLoader::progress.
 */
void
chronicle_loader_load_file_async (ChronicleLoader     *self,
                                  GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  LoadJob *job;

  g_return_if_fail (CHRONICLE_IS_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (LoadJob, 1);
  job->file = g_object_ref (file);
  run_load_job (self, job, chronicle_loader_load_file_async, cancellable, callback, user_data);
}

/**
 * chronicle_loader_load_bytes_async:
 *
 * Parses and builds @bytes in a worker thread, as chronicle_loader_load_file_async()
 * does a file's contents; finish with chronicle_loader_load_file_finish(). For data
 * already in memory (the bundled dataset, a GResource), with no #GFile and so no
 * GVfs to set up.
 */
void
chronicle_loader_load_bytes_async (ChronicleLoader     *self,
                                   GBytes              *bytes,
                                   const char          *display_name,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  LoadJob *job;

  g_return_if_fail (CHRONICLE_IS_LOADER (self));
  g_return_if_fail (bytes != NULL);
  g_return_if_fail (display_name != NULL);

  job = g_new0 (LoadJob, 1);
  job->bytes = g_bytes_ref (bytes);
  job->display_name = g_strdup (display_name);

  run_load_job (self, job, chronicle_loader_load_bytes_async, cancellable, callback, user_data);
}

/**
 * chronicle_loader_load_file_finish:
 *
 * Finishes chronicle_loader_load_file_async() or chronicle_loader_load_bytes_async().
 */
ChronicleDataset *
chronicle_loader_load_file_finish (ChronicleLoader  *self,
                                   GAsyncResult     *result,
                                   GError          **error)
{
  LoadJob *job;

  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  job = g_task_get_task_data (G_TASK (result));
  set_result (self,
              job->diagnostics ? g_steal_pointer (&job->diagnostics)
                               : g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_diagnostic_free),
              &job->counts);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * chronicle_loader_get_diagnostics:
 *
 * Returns: (transfer none) (element-type ChronicleDiagnostic): errors and warnings
 *   of the last load, in document order
 */
GPtrArray *
chronicle_loader_get_diagnostics (ChronicleLoader *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), NULL);
  return self->diagnostics;
}

guint
chronicle_loader_get_n_errors (ChronicleLoader *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), 0);
  return self->n_errors;
}

/**
 * chronicle_loader_get_n_warnings:
 *
 * Returns: how many warnings the last load found, including those not listed in
 *   chronicle_loader_get_diagnostics() (which keeps the first 100)
 */
guint
chronicle_loader_get_n_warnings (ChronicleLoader *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), 0);
  return self->n_warnings;
}
