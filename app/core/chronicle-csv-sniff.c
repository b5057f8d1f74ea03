/* chronicle-csv-sniff.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-csv-sniff"

#include "config.h"

#include "chronicle-csv-reader.h"
#include "chronicle-prescan.h"

#include <glib/gi18n.h>
#include <string.h>

/* What a file is, before it is read: a spreadsheet (its name, or a first row naming
 * the template's Year column), the character between its cells, and, for a file
 * that plainly is not JSON, one sentence saying what it looks like (a web page, XML,
 * JavaScript, a spreadsheet without the template's columns) at its first character.
 * The loader asks here before choosing a reader; chronicle-csv-reader.c reads the
 * spreadsheet itself. */

/* The first line, up to 4 KiB of it, lower-cased. */
static char *
first_line (const char *data,
            gsize       size)
{
  gsize n = 0;

  while (n < size && n < 4096 && data[n] != '\n' && data[n] != '\r')
    n++;
  return g_ascii_strdown (data, n);
}

/* The separator of the header row: a comma, or what a spreadsheet saved in a locale
 * whose decimal mark is a comma writes instead (Excel's ";"), or a tab. Whichever of
 * them the first line, outside quotes, has most of. */
char
_chronicle_csv_guess_delimiter (const char *data,
                                gsize       size)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < size && i < 4096 && (quoted || (data[i] != '\n' && data[i] != '\r')); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted)
        commas += data[i] == ',', semicolons += data[i] == ';', tabs += data[i] == '\t';
    }
  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

/**
 * _chronicle_csv_detect:
 *
 * Returns: %TRUE when @data is to be read as a spreadsheet: its name ends in .csv,
 *   or it does not start like JSON and its first row names a "Year" column
 */
gboolean
_chronicle_csv_detect (const char *data,
                       gsize       size,
                       const char *display_name)
{
  g_autofree char *line = NULL;
  g_auto(GStrv) cells = NULL;
  gsize i = 0;

  if (display_name != NULL)
    {
      gsize len = strlen (display_name);

      if (len >= 4 && g_ascii_strcasecmp (display_name + len - 4, ".csv") == 0)
        return TRUE;
    }

  _chronicle_strip_utf8_bom (&data, &size);
  while (i < size && g_ascii_isspace (data[i]))
    i++;
  if (i == size || data[i] == '{' || data[i] == '[')
    return FALSE;

  line = first_line (data + i, size - i);
  cells = g_strsplit (line, (const char[]) { _chronicle_csv_guess_delimiter (data + i, size - i), '\0' }, -1);
  for (guint k = 0; cells[k] != NULL; k++)
    {
      char *cell = g_strstrip (cells[k]);

      if (g_str_equal (cell, "year") || g_str_equal (cell, "\"year\""))
        return TRUE;
    }
  return FALSE;
}

static gboolean
starts_with_word (const char *p,
                  const char *end,
                  const char *word)
{
  gsize n = strlen (word);

  return (gsize) (end - p) >= n && g_ascii_strncasecmp (p, word, n) == 0;
}

/**
 * _chronicle_report_not_json:
 *
 * Reports, in one sentence at its first character, what @data looks like when it is
 * clearly not a JSON file: a web page, XML, JavaScript, a spreadsheet without the
 * template's columns.
 *
 * Returns: %TRUE when it reported
 */
gboolean
_chronicle_report_not_json (ChronicleBuilder *b,
                            const char       *data,
                            gsize             size)
{
  const char *p = data;
  const char *end = data + size;
  const char *message = NULL;
  int line = 1;
  const char *line_start = data;

  if (size >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3, line_start = p;
  for (; p < end && g_ascii_isspace (*p); p++)
    if (*p == '\n')
      line++, line_start = p + 1;
  /* JSON's own first characters, and byte-order marks and binary, are the JSON
   * reader's to report; so is a comment (JSON has none: the pre-scan says so). */
  if (p == end || *p == '\0' || strchr ("{[\"-0123456789", *p) != NULL || (guchar) *p >= 0x80 ||
      (*p == '/' && p + 1 < end && (p[1] == '/' || p[1] == '*')) ||
      g_ascii_iscntrl (*p) || starts_with_word (p, end, "true") || starts_with_word (p, end, "false") ||
      starts_with_word (p, end, "null"))
    return FALSE;

  if (*p == '<')
    {
      g_autofree char *head = g_ascii_strdown (p, MIN ((gsize) (end - p), 2048));

      if (strstr (head, "<html") != NULL || strstr (head, "<!doctype html") != NULL ||
          strstr (head, "<body") != NULL || strstr (head, "<div") != NULL)
        message = _("this is a web page (HTML), not timeline data: open the JSON or spreadsheet file it shows");
      else
        message = _("this is XML or HTML, not timeline data: Chronicle reads JSON (Chronicle, TimelineJS 2 and 3) and TimelineJS spreadsheets (CSV)");
    }
  else if (starts_with_word (p, end, "var ") || starts_with_word (p, end, "let ") ||
           starts_with_word (p, end, "const ") || starts_with_word (p, end, "window.") ||
           starts_with_word (p, end, "storyjs_jsonp_data") || starts_with_word (p, end, "timeline_json"))
    message = _("this is JavaScript, not JSON: keep only the object between the first \"{\" and its \"}\"");
  else
    {
      g_autofree char *first = first_line (p, end - p);

      if (strchr (first, ',') != NULL || strchr (first, '\t') != NULL || strchr (first, ';') != NULL)
        message = _("this looks like a spreadsheet, but its first row does not name the TimelineJS template's columns (Year, Month, Day, Headline, Text, …)");
      else
        message = _("this is neither JSON nor a spreadsheet: Chronicle reads JSON (Chronicle, TimelineJS 2 and 3) and TimelineJS spreadsheets (CSV)");
    }

  _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, (int) g_utf8_strlen (line_start, p - line_start) + 1, message);
  return TRUE;
}
