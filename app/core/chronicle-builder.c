/* chronicle-builder.c — one load's state and the rules every reader shares.
 *
 * Reporting (places, limits), interning, typed member access, section elements,
 * dates, spans, web links and unknown members: written here once, used by the
 * Chronicle reader (chronicle-native-reader.c), the TimelineJS reader
 * (chronicle-timelinejs.c), the spreadsheet reader (chronicle-csv-reader.c) and the
 * media list (chronicle-media-reader.c). See chronicle-builder.h.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-loader"

#include "config.h"

#include "chronicle-builder.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
# include <malloc.h>
#endif
#include <string.h>

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

/* A place given by line and column (the bytes, not the tree): kept whatever the limit. */
void
_chronicle_builder_report_at (ChronicleBuilder  *b,
                              ChronicleSeverity  severity,
                              int                line,
                              int                column,
                              const char        *message)
{
  if (severity == CHRONICLE_SEVERITY_ERROR)
    b->n_errors++;
  g_ptr_array_add (b->diagnostics,
                   chronicle_diagnostic_new (severity, b->display_name, line, column, NULL, message));
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

void
_chronicle_builder_report_type (ChronicleBuilder         *b,
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

const char *
_chronicle_builder_get_string (ChronicleBuilder         *b,
                               JsonObject               *object,
                               const ChronicleJsonPlace *place,
                               const char               *member,
                               gboolean                  required)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    {
      if (required)
        _chronicle_builder_report_missing (b, place, member);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _chronicle_builder_report_type (b, place, member, _("a string"), node);
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

/* An optional member of type @type (absent or null: NULL); another type is reported. */
static JsonNode *
get_typed (ChronicleBuilder         *b,
           JsonObject               *object,
           const ChronicleJsonPlace *place,
           const char               *member,
           JsonNodeType              type)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_TYPE (node) != type)
    {
      _chronicle_builder_report_type (b, place, member,
                                      type == JSON_NODE_ARRAY ? _("an array") : _("an object"), node);
      return NULL;
    }
  return node;
}

JsonArray *
_chronicle_builder_get_array (ChronicleBuilder         *b,
                              JsonObject               *object,
                              const ChronicleJsonPlace *place,
                              const char               *member)
{
  JsonNode *node = get_typed (b, object, place, member, JSON_NODE_ARRAY);

  return node != NULL ? json_node_get_array (node) : NULL;
}

JsonObject *
_chronicle_builder_get_object (ChronicleBuilder         *b,
                               JsonObject               *object,
                               const ChronicleJsonPlace *place,
                               const char               *member)
{
  JsonNode *node = get_typed (b, object, place, member, JSON_NODE_OBJECT);

  return node != NULL ? json_node_get_object (node) : NULL;
}

/* An optional text member of item @index of an event's list (media[0].caption,
 * links[2].text): NULL when absent, null or empty; another type is reported as
 * "LIST[INDEX].MEMBER". */
const char *
_chronicle_builder_get_item_text (ChronicleBuilder         *b,
                                  JsonObject               *item,
                                  const ChronicleJsonPlace *place,
                                  const char               *list,
                                  guint                     index,
                                  const char               *member)
{
  JsonNode *node = json_object_get_member (item, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *name = g_strdup_printf ("%s[%u].%s", list, index, member);

      _chronicle_builder_report_type (b, place, name, _("a string"), node);
      return NULL;
    }
  return json_node_get_string (node)[0] != '\0' ? json_node_get_string (node) : NULL;
}

/* A required member that is not there. */
void
_chronicle_builder_report_missing (ChronicleBuilder         *b,
                                   const ChronicleJsonPlace *place,
                                   const char               *member)
{
  _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                             /* Translators: %s is a member name such as "title". */
                             _("\"%s\" is missing"), member);
}

/* A member that must be there and be an array ("events"): reported when not. */
JsonArray *
_chronicle_builder_require_array (ChronicleBuilder         *b,
                                  JsonObject               *object,
                                  const ChronicleJsonPlace *place,
                                  const char               *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      _chronicle_builder_report_missing (b, place, member);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _chronicle_builder_report_type (b, place, member, _("an array"), node);
      return NULL;
    }
  return json_node_get_array (node);
}

/* An element of a section (events[3], kinds[0]) as an object, or NULL, reported at
 * @place, when it is something else. */
JsonObject *
_chronicle_builder_element_object (ChronicleBuilder         *b,
                                   JsonNode                 *node,
                                   const ChronicleJsonPlace *place)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);
  _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                             /* Translators: %s is a JSON type ("an array"). */
                             _("must be an object, not %s"), _chronicle_json_type_name (node));
  return NULL;
}

void
_chronicle_section_init (ChronicleSection *section,
                         ChronicleBuilder *b,
                         JsonObject       *root,
                         const char       *name)
{
  ChronicleJsonPlace place = { name, -1, NULL };

  section->b = b;
  section->name = name;
  section->array = _chronicle_builder_get_array (b, root, &place, name);
  section->next = 0;
}

gboolean
_chronicle_section_next (ChronicleSection    *section,
                         ChronicleJsonPlace  *place,
                         JsonObject         **object)
{
  while (section->array != NULL && section->next < json_array_get_length (section->array))
    {
      guint i = section->next++;

      *place = (ChronicleJsonPlace) { section->name, (int) i, NULL };
      *object = _chronicle_builder_element_object (section->b, json_array_get_element (section->array, i), place);
      if (*object != NULL)
        return TRUE;
    }
  return FALSE;
}

gboolean
_chronicle_builder_check_unique (ChronicleBuilder         *b,
                                 GHashTable               *seen,
                                 const ChronicleJsonPlace *place,
                                 const char               *id)
{
  if (g_hash_table_add (seen, (gpointer) id))
    return TRUE;
  _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                             /* Translators: %s is an id used twice. */
                             _("the id \"%s\" is used twice"), id);
  return FALSE;
}

/* Every 1024th element of a long section: gives progress; FALSE when cancelled. */
gboolean
_chronicle_builder_tick (ChronicleBuilder *b,
                         guint             done,
                         guint             total)
{
  if ((done & 1023) != 0)
    return TRUE;
  if (_chronicle_builder_cancelled (b))
    return FALSE;
  if (b->progress != NULL)
    b->progress (b, CHRONICLE_LOAD_STAGE_BUILDING, done, total);
  return TRUE;
}

/* TRUE when @end is after @start (the end of its day, month or year after the first
 * day of @start); otherwise says so as @policy has it and returns FALSE. */
gboolean
_chronicle_builder_check_span (ChronicleBuilder         *b,
                               const ChronicleJsonPlace *place,
                               const ChronicleDate      *start,
                               const ChronicleDate      *end,
                               ChronicleSpanPolicy       policy)
{
  g_autofree char *s = NULL;
  g_autofree char *e = NULL;

  if (chronicle_date_end_day (end) > chronicle_date_first_day (start))
    return TRUE;

  s = chronicle_date_to_string (start);
  e = chronicle_date_to_string (end);
  switch (policy)
    {
    case CHRONICLE_SPAN_ERA_LEFT_OUT:
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, place,
                                 /* Translators: %1$s and %2$s are dates. */
                                 _("the era ends (%1$s) before it starts (%2$s): left out"), e, s);
      break;
    case CHRONICLE_SPAN_DRAWN_AS_POINT:
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, place,
                                 /* Translators: %1$s and %2$s are dates. */
                                 _("the end (%1$s) is before the start (%2$s): drawn at its start only, as TimelineJS draws it"),
                                 e, s);
      break;
    case CHRONICLE_SPAN_REFUSED:
    default:
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                                 /* Translators: %1$s and %2$s are dates as written in the file. */
                                 _("\"end\" (%1$s) is before \"start\" (%2$s)"), e, s);
      break;
    }
  return FALSE;
}

/**
 * _chronicle_builder_report_year_range:
 * @member: (nullable): the member the year is written in ("start", "start_date"), or
 *   %NULL when @place names it (a spreadsheet's cell)
 * @year: the year as written
 *
 * Reports, as an error at @place, that @year is out of the range of years Chronicle
 * reads, and which that is: the problem is its size, not its digits (a spreadsheet's
 * year, a TimelineJS year part and a Chronicle date all say it so).
 */
void
_chronicle_builder_report_year_range (ChronicleBuilder         *b,
                                      const ChronicleJsonPlace *place,
                                      const char               *member,
                                      const char               *year)
{
  g_autofree char *shown = NULL;
  char first[32], last[32];

  /* A run of digits long enough to be a mistake is shown cut, as a start. */
  shown = g_utf8_strlen (year, -1) > 24 ? g_strdup_printf ("%.*s…", 24, year) : g_strdup (year);
  g_snprintf (first, sizeof first, "%" G_GINT64_FORMAT, (gint64) CHRONICLE_DATE_MIN_YEAR);
  g_snprintf (last, sizeof last, "%" G_GINT64_FORMAT, (gint64) CHRONICLE_DATE_MAX_YEAR);
  if (member != NULL)
    _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                               /* Translators: %1$s is a member name ("start"), %2$s a year as
                                * written, %3$s and %4$s the first and last years Chronicle reads
                                * (-13800000000 and 9999). */
                               _("\"%1$s\": the year %2$s is out of range (years go from %3$s to %4$s)"),
                               member, shown, first, last);
  else
    _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                               /* Translators: %1$s is a year as written, %2$s and %3$s the first
                                * and last years Chronicle reads (-13800000000 and 9999). */
                               _("the year %1$s is out of range (years go from %2$s to %3$s)"),
                               shown, first, last);
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

gboolean
_chronicle_builder_get_date (ChronicleBuilder         *b,
                             JsonObject               *object,
                             const ChronicleJsonPlace *place,
                             const char               *member,
                             gboolean                  required,
                             ChronicleDate            *date)
{
  const char *text = _chronicle_builder_get_string (b, object, place, member, required);
  ChronicleDateParseResult result;
  char buffer[128];

  if (text == NULL)
    return FALSE;

  result = chronicle_date_parse (text, date);
  if (result == CHRONICLE_DATE_PARSE_OK)
    return TRUE;
  if (result == CHRONICLE_DATE_PARSE_YEAR_RANGE)
    {
      /* The year: a sign and its digits. */
      gsize n = (text[0] == '-') + strspn (text + (text[0] == '-'), "0123456789");
      g_autofree char *year = g_strndup (text, n);

      _chronicle_builder_report_year_range (b, place, member, year);
      return FALSE;
    }

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

/* An array of strings from the pool (interned when @intern), NULL-terminated and
 * g_malloc'd; NULL when absent or empty. */
const char **
_chronicle_builder_get_string_list (ChronicleBuilder         *b,
                                    JsonObject               *object,
                                    const ChronicleJsonPlace *place,
                                    const char               *member,
                                    gboolean                  intern)
{
  JsonArray *array = _chronicle_builder_get_array (b, object, place, member);
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

          _chronicle_builder_report_type (b, place, item, _("a string"), node);
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

/* What follows "http://" or "https://" (any case) in @url, or NULL when @url is not
 * a web link: the one definition of a web link, for every format. */
const char *
_chronicle_web_link_rest (const char *url)
{
  if (g_ascii_strncasecmp (url, "https://", 8) == 0)
    return url + 8;
  if (g_ascii_strncasecmp (url, "http://", 7) == 0)
    return url + 7;
  return NULL;
}

gboolean
_chronicle_is_web_link (const char *url)
{
  return _chronicle_web_link_rest (url) != NULL;
}

/* Says that links[@index], @url, is left out for not being a web link. */
void
_chronicle_builder_warn_not_web_link (ChronicleBuilder         *b,
                                      const ChronicleJsonPlace *place,
                                      guint                     index,
                                      const char               *url)
{
  _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, place,
                             /* Translators: %1$u is a position in the list, %2$s the address. */
                             _("\"links[%1$u]\": only http and https links are kept; \"%2$s\" ignored"),
                             index, url);
}

/* Large loads free hundreds of thousands of small allocations at once (the parse
 * tree; on failure or cancel also the events built so far and their strings).
 * Freed the usual way they land in glibc's "fastbins" unmerged, the pages stay
 * resident (100k events: ~500 MB; a cancelled 1M-event load: 1.5 GB), and trimming
 * millions of such chunks afterwards costs a quarter of the load. With fastbins off
 * while they go, each free merges with its neighbours, and the trim that follows is
 * cheap (100k events: 63 MB, 35 ms). Bracket such frees with these two. */
gboolean
_chronicle_bulk_free_begin (gsize size)
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

void
_chronicle_bulk_free_end (gboolean began)
{
#ifdef __GLIBC__
  if (began)
    {
      mallopt (M_MXFAST, 64 * sizeof (size_t) / 4);   /* glibc's default */
      malloc_trim (0);
    }
#endif
}

void
_chronicle_builder_init (ChronicleBuilder *b,
                         const char       *display_name,
                         GCancellable     *cancellable)
{
  memset (b, 0, sizeof *b);
  b->dataset = _chronicle_dataset_new ();
  b->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_diagnostic_free);
  b->display_name = display_name;
  b->pool = _chronicle_string_pool_new ();
  b->cancellable = cancellable;
}

void
_chronicle_builder_clear (ChronicleBuilder *b)
{
  g_clear_object (&b->dataset);
  g_clear_pointer (&b->diagnostics, g_ptr_array_unref);
  g_clear_pointer (&b->pool, _chronicle_string_pool_unref);
  g_clear_pointer (&b->group_kinds, g_hash_table_unref);
}

/* Says how many warnings were not kept, as the last diagnostic. */
void
_chronicle_builder_note_dropped_warnings (ChronicleBuilder *b)
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

/* One bad event never hides the rest: an event (a slide, a row) with errors is left
 * out, and its errors, reported since @mark (the error count when it began), do not
 * refuse the file. Returns %TRUE when it had none. */
gboolean
_chronicle_builder_item_ok (ChronicleBuilder *b,
                            guint             mark)
{
  if (b->n_errors == mark)
    return TRUE;
  b->n_item_errors += b->n_errors - mark;
  return FALSE;
}

/* Sets @dataset's events and indexes it, or gives up (%NULL) when the load had errors
 * outside its events, left none of its events after errors in them, or was
 * cancelled. Takes @events; @size (of the input) says whether freeing them is
 * a bulk free (see _chronicle_bulk_free_begin()). */
ChronicleDataset *
_chronicle_builder_finish (ChronicleBuilder *b,
                           GPtrArray        *events,
                           gsize             size)
{
  ChronicleDataset *dataset;

  if (events == NULL || b->n_errors > b->n_item_errors || _chronicle_builder_cancelled (b) ||
      (b->n_item_errors > 0 && events->len == 0))
    {
      gboolean bulk = _chronicle_bulk_free_begin (size);

      g_clear_pointer (&events, g_ptr_array_unref);
      _chronicle_bulk_free_end (bulk);
      return NULL;
    }

  dataset = g_object_ref (b->dataset);
  _chronicle_dataset_index (dataset);
  _chronicle_dataset_take_events (dataset, chronicle_event_store_new (events));
  return dataset;
}
