/* chronicle-diagnostic.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-diagnostic"

#include "config.h"

#include "chronicle-diagnostic.h"

#include <glib/gi18n.h>
#include <string.h>

G_DEFINE_BOXED_TYPE (ChronicleDiagnostic, chronicle_diagnostic,
                     chronicle_diagnostic_copy, chronicle_diagnostic_free)

ChronicleDiagnostic *
chronicle_diagnostic_new (ChronicleSeverity  severity,
                          const char        *file,
                          int                line,
                          int                column,
                          const char        *path,
                          const char        *message)
{
  ChronicleDiagnostic *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_new0 (ChronicleDiagnostic, 1);
  self->severity = severity;
  self->file = g_strdup (file);
  self->line = line;
  self->column = column;
  self->path = g_strdup (path);
  self->message = g_strdup (message);
  return self;
}

ChronicleDiagnostic *
chronicle_diagnostic_copy (const ChronicleDiagnostic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return chronicle_diagnostic_new (self->severity, self->file, self->line, self->column,
                                   self->path, self->message);
}

void
chronicle_diagnostic_free (ChronicleDiagnostic *self)
{
  if (self == NULL)
    return;
  g_free (self->file);
  g_free (self->path);
  g_free (self->message);
  g_free (self);
}

/**
 * chronicle_diagnostic_escape:
 * @text: (nullable): a file name, place or message, in UTF-8
 *
 * Control characters (a newline in a file name or an id) written as `\n`, `\t`,
 * `\r` or `\xHH` / `\u{HHHH}`, so that a text is one line and cannot fake another.
 *
 * Returns: (transfer full): @text escaped
 */
char *
chronicle_diagnostic_escape (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8 (callers pass display names, but be safe): one byte. */
          g_string_append_printf (out, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      p = g_utf8_next_char (p);
      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c < 0x20 || c == 0x7F)
        g_string_append_printf (out, "\\x%02X", c);
      else if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        g_string_append_printf (out, "\\u{%04X}", c);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * chronicle_diagnostic_to_string:
 *
 * Returns: (transfer full): the diagnostic as `chronicle --check` prints it, in the
 *   style of compilers: `FILE:LINE:COL: error: …` or `FILE: PATH: error: …`
 */
char *
chronicle_diagnostic_to_string (const ChronicleDiagnostic *self)
{
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  gboolean error;

  g_return_val_if_fail (self != NULL, NULL);

  /* One diagnostic, one line: names, ids and quoted text are escaped. */
  file = chronicle_diagnostic_escape (self->file ? self->file : "-");
  path = chronicle_diagnostic_escape (self->path);
  message = chronicle_diagnostic_escape (self->message);
  error = self->severity == CHRONICLE_SEVERITY_ERROR;

  if (self->line > 0)
    return error
      /* Translators: a line of `chronicle --check`, like a compiler's:
       * %1$s is the file, %2$d the line, %3$d the column, %4$s what is wrong. */
      ? g_strdup_printf (_("%1$s:%2$d:%3$d: error: %4$s"), file, self->line, self->column, message)
      /* Translators: as above, for a warning. */
      : g_strdup_printf (_("%1$s:%2$d:%3$d: warning: %4$s"), file, self->line, self->column, message);

  if (path != NULL)
    return error
      /* Translators: a line of `chronicle --check`: %1$s is the file, %2$s the place
       * in it (like: events[12] "biden-2023"), %3$s what is wrong. */
      ? g_strdup_printf (_("%1$s: %2$s: error: %3$s"), file, path, message)
      /* Translators: as above, for a warning. */
      : g_strdup_printf (_("%1$s: %2$s: warning: %3$s"), file, path, message);

  return error
    /* Translators: %1$s is the file, %2$s what is wrong. */
    ? g_strdup_printf (_("%1$s: error: %2$s"), file, message)
    /* Translators: %1$s is the file, %2$s what is wrong. */
    : g_strdup_printf (_("%1$s: warning: %2$s"), file, message);
}

/**
 * chronicle_diagnostic_describe:
 *
 * Returns: (transfer full): the diagnostic for a person: file, place and problem,
 *   without the severity word (used in messages and GErrors)
 */
char *
chronicle_diagnostic_describe (const ChronicleDiagnostic *self)
{
  const char *file;

  g_return_val_if_fail (self != NULL, NULL);

  file = self->file ? self->file : "-";
  if (self->line > 0)
    /* Translators: %1$s is a file, %2$d a line, %3$d a column, %4$s what is wrong there. */
    return g_strdup_printf (_("%1$s:%2$d:%3$d: %4$s"), file, self->line, self->column, self->message);
  if (self->path != NULL)
    /* Translators: %1$s is a file, %2$s a place in it (like: events[12] "biden-2023"),
     * %3$s what is wrong there. */
    return g_strdup_printf (_("%1$s: %2$s: %3$s"), file, self->path, self->message);
  /* Translators: %1$s is a file, %2$s what is wrong with it. */
  return g_strdup_printf (_("%1$s: %2$s"), file, self->message);
}
