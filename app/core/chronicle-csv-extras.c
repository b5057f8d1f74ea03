/* chronicle-csv-extras.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-csv-extras"

#include "config.h"

#include "chronicle-csv-extras.h"
#include "chronicle-dataset-private.h"
#include "chronicle-event-private.h"
#include "chronicle-timelinejs-private.h"

#include <glib/gi18n.h>
#include <string.h>

/* Chronicle's own spreadsheet columns, which its writer adds to the right of
 * TimelineJS's template (TimelineJS ignores them) and its reader sets on the events
 * built from the rows: Place (plain text), People and Partners (names separated by
 * ";"), Sources (a source a line: "Document title | Publisher | Date | Address:
 * “quote”", every part but the title optional). Both directions live here, so the
 * escaping rule is written once: a backslash before ";", "|", ":" or another
 * backslash makes that character plain text ("Bosnia\; Herzegovina" is one name);
 * a backslash before anything else is itself, so a teacher typing C:\files gets
 * what they typed. A partner or document is declared by its name or title the first
 * time a row names it (its id is its name); a document's publisher, date and
 * address are taken from the first row that gives each, and a row giving another
 * gets a warning. */

#define SPECIALS "\\;|:"

struct _ChronicleCsvExtras
{
  GHashTable *partners;    /* name → id, both in the dataset */
  GHashTable *documents;   /* title (in the dataset) → DocumentInfo */
};

typedef struct
{
  guint index;             /* in the dataset's documents */
  guint rows[3];           /* the rows that gave its publisher, date and address */
} DocumentInfo;

ChronicleCsvExtras *
_chronicle_csv_extras_new (void)
{
  ChronicleCsvExtras *self = g_new0 (ChronicleCsvExtras, 1);

  self->partners = g_hash_table_new (g_str_hash, g_str_equal);
  self->documents = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  return self;
}

void
_chronicle_csv_extras_free (ChronicleCsvExtras *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->partners, g_hash_table_unref);
  g_clear_pointer (&self->documents, g_hash_table_unref);
  g_free (self);
}

/* ------------------------------------------------------------------------- */
/* Writing                                                                   */

/* @text with a backslash before each of @specials, and before a backslash that
 * the reader would take for an escape (one before a special character, or last). */
static void
append_escaped (GString    *out,
                const char *text,
                const char *specials)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' ? (p[1] == '\0' || strchr (SPECIALS, p[1]) != NULL) : strchr (specials, *p) != NULL)
        g_string_append_c (out, '\\');
      /* A ":" is special only before the opening quote of a quote. */
      else if (*p == ':' && (g_str_has_prefix (p + 1, " “") || g_str_has_prefix (p + 1, " \"")))
        g_string_append_c (out, '\\');
      /* A line break would start a new source: a space. */
      if (*p == '\n' || *p == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
}

/**
 * _chronicle_csv_list_cell:
 *
 * Returns: (transfer full) (nullable): a People or Partners cell: @names joined by
 *   "; ", a ";" or "\" in a name escaped
 */
char *
_chronicle_csv_list_cell (const char * const *names)
{
  GString *cell;

  if (names == NULL || names[0] == NULL)
    return NULL;
  cell = g_string_new (NULL);
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (cell, "; ");
      append_escaped (cell, names[i], ";");
    }
  return g_string_free (cell, FALSE);
}

/**
 * _chronicle_csv_append_source:
 *
 * Appends a Sources line: the document's title, then " | " and its publisher, date
 * and address as far as it has them (an empty part for one it lacks before one it
 * has; the address alone as "Title | https://…", which the reader knows by its
 * "://"), then ": “@quote”" when there is a quote.
 */
void
_chronicle_csv_append_source (GString                 *cell,
                              const ChronicleDocument *document,
                              const char              *quote)
{
  const char *parts[] = { document->publisher, document->date, document->url };
  guint n = G_N_ELEMENTS (parts);
  guint first = 0;

  while (n > 0 && (parts[n - 1] == NULL || parts[n - 1][0] == '\0'))
    n--;
  if (n == 3 && (document->publisher == NULL || document->publisher[0] == '\0') &&
      (document->date == NULL || document->date[0] == '\0') && strstr (document->url, "://") != NULL)
    first = 2;
  append_escaped (cell, document->title != NULL ? document->title : document->id, "|");
  for (guint i = first; i < n; i++)
    {
      g_string_append (cell, " |");
      if (parts[i] != NULL && parts[i][0] != '\0')
        {
          g_string_append_c (cell, ' ');
          append_escaped (cell, parts[i], "|");
        }
    }
  /* A publisher alone that looks like an address is kept a publisher. */
  if (n == 1 && strstr (parts[0], "://") != NULL)
    g_string_append (cell, " |");
  if (quote != NULL)
    {
      g_string_append (cell, ": “");
      for (const char *p = quote; *p != '\0'; p++)
        g_string_append_c (cell, *p == '\n' || *p == '\r' ? ' ' : *p);
      g_string_append (cell, "”");
    }
}

/* ------------------------------------------------------------------------- */
/* Reading                                                                   */

/* Splits @text at each @separator that no backslash escapes, unescaping the parts
 * and trimming them; empty parts are kept (as "") with @keep_empty. */
static GPtrArray *
split_escaped (const char *text,
               char        separator,
               gboolean    keep_empty)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) part = g_string_new (NULL);

  for (const char *p = text; ; p++)
    {
      if (*p == '\\' && p[1] != '\0' && strchr (SPECIALS, p[1]) != NULL)
        g_string_append_c (part, *++p);
      else if (*p == separator || *p == '\0')
        {
          g_strstrip (part->str);
          part->len = strlen (part->str);
          if (keep_empty || part->len > 0)
            g_ptr_array_add (parts, g_strdup (part->str));
          g_string_truncate (part, 0);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (part, *p);
    }
  return parts;
}

/* A People or Partners cell as a NULL-terminated list of names (in the pool). */
static const char **
read_list (ChronicleBuilder *b,
           const char       *text)
{
  g_autoptr(GPtrArray) parts = NULL;
  const char **items;

  if (text == NULL)
    return NULL;
  parts = split_escaped (text, ';', FALSE);
  if (parts->len == 0)
    return NULL;
  items = g_new0 (const char *, parts->len + 1);
  for (guint i = 0; i < parts->len; i++)
    items[i] = _chronicle_builder_text (b, g_ptr_array_index (parts, i));
  return items;
}

/* The partner named @name, declared the first time a row names it (its id is its name). */
static const char *
partner_named (ChronicleCsvExtras *self,
               ChronicleBuilder   *b,
               const char         *name)
{
  const char *id = g_hash_table_lookup (self->partners, name);

  if (id == NULL)
    {
      ChroniclePartner partner = { 0 };

      partner.id = partner.name = _chronicle_dataset_intern (b->dataset, name);
      g_array_append_val (_chronicle_dataset_get_partners (b->dataset), partner);
      id = partner.id;
      g_hash_table_insert (self->partners, (gpointer) id, (gpointer) id);
    }
  return id;
}

/* Where a Sources line's quote is: after its first ": “" (or ': "') that no
 * backslash escapes, up to the closing mark that ends the line. Returns the ":"
 * before it, or NULL when the line has no quote. */
static char *
find_quote (char        *line,
            const char **quote,
            const char **quote_end)
{
  gsize len = strlen (line);
  const char *curly_end = g_str_has_suffix (line, "”") ? line + len - strlen ("”") : NULL;
  const char *straight_end = len > 0 && line[len - 1] == '"' ? line + len - 1 : NULL;

  for (char *p = line; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0' && strchr (SPECIALS, p[1]) != NULL)
        p++;
      else if (curly_end != NULL && g_str_has_prefix (p, ": “") && p + strlen (": “") <= curly_end)
        {
          *quote = p + strlen (": “");
          *quote_end = curly_end;
          return p;
        }
      else if (straight_end != NULL && g_str_has_prefix (p, ": \"") && p + strlen (": \"") <= straight_end)
        {
          *quote = p + strlen (": \"");
          *quote_end = straight_end;
          return p;
        }
    }
  return NULL;
}

/* Sets @member of a document (in the dataset) from a Sources line's @value, on
 * @row, unless it has one (given on *@given_row); TRUE when it has another. */
static gboolean
fill_detail (ChronicleBuilder  *b,
             const char       **member,
             guint             *given_row,
             const char        *value,
             guint              row)
{
  if (value == NULL || value[0] == '\0')
    return FALSE;
  if (*member == NULL)
    {
      *member = _chronicle_dataset_intern (b->dataset, value);
      *given_row = row;
      return FALSE;
    }
  return !g_str_equal (*member, value);
}

/* One line of a Sources cell into @source; FALSE for a blank line. */
static gboolean
read_source_line (ChronicleCsvExtras           *self,
                  ChronicleBuilder             *b,
                  const ChronicleCsvExtraCells *cells,
                  char                         *line,
                  ChronicleSource              *source)
{
  const char *quote = NULL, *quote_end = NULL;
  char *colon = find_quote (line, &quote, &quote_end);
  g_autofree char *quote_text = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  const char *title, *publisher = NULL, *date = NULL, *url = NULL;
  DocumentInfo *info;
  ChronicleDocument *document;
  guint kept_row = 0;

  if (colon != NULL)
    {
      quote_text = g_strndup (quote, quote_end - quote);
      *colon = '\0';
    }
  parts = split_escaped (line, '|', TRUE);
  title = g_ptr_array_index (parts, 0);
  if (title[0] == '\0')
    return FALSE;
  /* Title | Publisher | Date | Address; "Title | https://…" gives the address alone. */
  if (parts->len == 2 && strstr (g_ptr_array_index (parts, 1), "://") != NULL)
    url = g_ptr_array_index (parts, 1);
  else
    {
      publisher = parts->len > 1 ? g_ptr_array_index (parts, 1) : NULL;
      date = parts->len > 2 ? g_ptr_array_index (parts, 2) : NULL;
      url = parts->len > 3 ? g_ptr_array_index (parts, 3) : NULL;
    }
  if (parts->len > 4)
    {
      g_autofree char *where = _chronicle_timelinejs_row_place (cells->row, cells->sources_column);
      ChronicleJsonPlace place = { where, -1, NULL };

      _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, &place,
                                 /* Translators: %s is a document's title. Keep "|" as it is:
                                  * it separates a source's parts in a spreadsheet cell. */
                                 _("“%s”: a source has at most four parts separated by \"|\" (title, publisher, date, address); the rest is ignored"),
                                 title);
    }

  info = g_hash_table_lookup (self->documents, title);
  if (info == NULL)
    {
      ChronicleDocument created = { 0 };
      GArray *documents = _chronicle_dataset_get_documents (b->dataset);

      created.id = created.title = _chronicle_dataset_intern (b->dataset, title);
      g_array_append_val (documents, created);
      info = g_new0 (DocumentInfo, 1);
      info->index = documents->len - 1;
      g_hash_table_insert (self->documents, (gpointer) created.title, info);
    }
  document = &g_array_index (_chronicle_dataset_get_documents (b->dataset), ChronicleDocument, info->index);
  if (fill_detail (b, &document->publisher, &info->rows[0], publisher, cells->row))
    kept_row = info->rows[0];
  if (fill_detail (b, &document->date, &info->rows[1], date, cells->row) && kept_row == 0)
    kept_row = info->rows[1];
  if (fill_detail (b, &document->url, &info->rows[2], url, cells->row) && kept_row == 0)
    kept_row = info->rows[2];
  if (kept_row != 0)
    {
      g_autofree char *where = _chronicle_timelinejs_row_place (cells->row, cells->sources_column);
      ChronicleJsonPlace place = { where, -1, NULL };

      _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, &place,
                                 /* Translators: %1$s is a document's title, %2$u a spreadsheet row. */
                                 _("“%1$s”: row %2$u gives it another publisher, date or address, which is kept; this one is ignored"),
                                 document->title, kept_row);
    }

  source->document = _chronicle_builder_intern (b, document->id);
  source->quote = _chronicle_builder_text (b, quote_text);
  return TRUE;
}

/**
 * _chronicle_csv_extras_read:
 *
 * Sets Chronicle's own columns of a row on the @event built from it: its place,
 * people, partners (declared by their names) and sources (their documents declared
 * by their titles, with the details the lines give).
 */
void
_chronicle_csv_extras_read (ChronicleCsvExtras           *self,
                            ChronicleBuilder             *b,
                            ChronicleEvent               *event,
                            const ChronicleCsvExtraCells *cells)
{
  const char **partners = read_list (b, cells->partners);
  const char * const *links = chronicle_event_get_links (event);
  const char * const *tags = chronicle_event_get_tags (event);
  g_autofree char *place = g_strdup (cells->place);

  for (guint k = 0; partners != NULL && partners[k] != NULL; k++)
    partners[k] = _chronicle_builder_intern (b, partner_named (self, b, partners[k]));
  if (place != NULL)
    g_strstrip (place);
  _chronicle_event_set_text (event, chronicle_event_get_title (event), chronicle_event_get_description (event),
                             place != NULL && place[0] != '\0' ? _chronicle_builder_text (b, place) : NULL);
  /* The event's links and tags, copied: taking the lists replaces all four. */
  _chronicle_event_take_lists (event, read_list (b, cells->people), partners,
                               links != NULL ? g_memdup2 (links, (g_strv_length ((char **) links) + 1) * sizeof (char *)) : NULL,
                               tags != NULL ? g_memdup2 (tags, (g_strv_length ((char **) tags) + 1) * sizeof (char *)) : NULL);

  if (cells->sources != NULL)
    {
      g_auto(GStrv) lines = g_strsplit_set (cells->sources, "\r\n", -1);
      ChronicleSource *sources = g_new0 (ChronicleSource, g_strv_length (lines));
      guint n = 0;

      for (guint i = 0; lines[i] != NULL; i++)
        if (read_source_line (self, b, cells, g_strstrip (lines[i]), &sources[n]))
          n++;
      if (n == 0)
        g_clear_pointer (&sources, g_free);
      _chronicle_event_take_sources (event, sources, n);
    }
}
