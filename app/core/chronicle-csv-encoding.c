/* chronicle-csv-encoding.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-csv-reader"

#include "config.h"

#include "chronicle-csv-reader.h"

#include <glib/gi18n.h>
#include <string.h>

/* How a spreadsheet's bytes become the UTF-8 text the CSV reader parses. UTF-8 is
 * taken as it is (its byte-order mark is stripped before). A file that is not, and
 * has fewer UTF-8 letters beyond ASCII than bytes that are not UTF-8, is what Excel
 * saves as "CSV (Comma delimited)": Windows-1252, converted with g_convert() and read with one warning
 * at the file saying how to be sure (save as "CSV UTF-8"). Anything else — UTF-16,
 * a NUL byte, broken bytes among more UTF-8 letters, a byte Windows-1252 does not
 * define — is an error at its line and column. JSON never comes here: it is UTF-8
 * only (chronicle-prescan.c). */

/* Whether @data, which is not valid UTF-8, is mostly UTF-8 all the same: it has more
 * letters beyond ASCII in valid UTF-8 (two to four bytes) than bytes that are not
 * UTF-8. Then it is UTF-8 with broken bytes, not a file in another encoding, and is
 * not read as one (that would garble every letter it has right). A Windows-1252 file
 * rarely makes a UTF-8 letter at all ("é€”" is one). */
static gboolean
is_mostly_utf8 (const char *data,
                gsize       size)
{
  const char *end = data + size;
  gsize letters = 0, broken = 0;

  for (const char *p = data; p < end;)
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          broken++;
          p++;
        }
      else
        {
          letters++;
          p = g_utf8_next_char (p);
        }
    }
  return letters > broken;
}

/* Reports a NUL byte, UTF-16 or invalid UTF-8 at its line and column, and returns
 * FALSE. A spreadsheet that is not UTF-8, nor mostly UTF-8, is what
 * Excel saves as "CSV (Comma delimited)": Windows-1252. It is read as such, in
 * @converted, with one warning saying how to be sure. */
gboolean
_chronicle_csv_decode (ChronicleBuilder  *b,
                       const char        *data,
                       gsize              size,
                       char             **converted,
                       gsize             *converted_size)
{
  const char *bad = NULL;
  const char *line_start = data;
  int line = 1;
  g_autofree char *message = NULL;

  *converted = NULL;
  if (g_utf8_validate_len (data, size, &bad))
    return TRUE;
  if (*bad != '\0' && memchr (data, '\0', size) == NULL && !is_mostly_utf8 (data, size) &&
      !(size >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF))))
    {
      /* Windows-1252: Latin-1 but 0x80–0x9F, its letters ’ “ ” – — € (iconv's table;
       * the five bytes it leaves undefined make the file fail as before). */
      *converted = g_convert (data, size, "UTF-8", "WINDOWS-1252", NULL, converted_size, NULL);
      if (*converted != NULL && g_utf8_validate_len (*converted, *converted_size, NULL))
        {
          ChronicleJsonPlace file = { NULL, -1, NULL };

          _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, &file, "%s",
                                     /* Translators: "CSV UTF-8" and "CSV (Comma delimited)" are the names
                                      * of file types in Excel's "Save As"; use the names your language's
                                      * Excel gives them. */
                                     _("the file is not UTF-8: it is read as Windows-1252, as Excel saves "
                                       "“CSV (Comma delimited)”; save it as “CSV UTF-8” to be sure every "
                                       "letter is right"));
          return TRUE;
        }
      g_clear_pointer (converted, g_free);
    }
  /* Spreadsheets save "Unicode text" as UTF-16. */
  if (size >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                    ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, 1, 1, _("the file is UTF-16 or UTF-32 text; Chronicle reads UTF-8"));
      return FALSE;
    }
  for (const char *p = data; p < bad; p++)
    if (*p == '\n')
      line++, line_start = p + 1;
  if (*bad == '\0')
    message = g_strdup (_("a NUL byte; this is not a text file"));
  else
    /* Translators: "CSV UTF-8" is the name of a file type in Excel's "Save As". */
    message = g_strdup_printf (_("invalid UTF-8 (byte 0x%02X); Chronicle reads UTF-8 text: save the "
                                 "spreadsheet as “CSV UTF-8”"), (guchar) *bad);
  _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, (int) g_utf8_strlen (line_start, bad - line_start) + 1, message);
  return FALSE;
}
