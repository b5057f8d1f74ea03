/* chronicle-prescan.c — one pass over a JSON file's bytes before it is parsed.
 *
 * json-glib 1.6 says little about where or why a file is not JSON, keeps the last of
 * two members with the same name, and recurses without limit. This scan finds, with
 * their line and column: UTF-16/32 files, NUL bytes and bad UTF-8, bad escapes and
 * numbers, single quotes, members named twice and nesting deeper than the limit. It
 * also turns json-glib's own syntax errors into diagnostics. It reads bytes only;
 * what it finds goes to the builder (chronicle-builder.c).
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-loader"

#include "config.h"

#include "chronicle-prescan.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

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
gboolean
_chronicle_prescan_report_encoding (ChronicleBuilder *b,
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
  _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, column_at (line_start, (const guchar *) bad), message);
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
gboolean
_chronicle_prescan_check (ChronicleBuilder *b,
                          const char       *data,
                          gsize             size)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + size;
  const guchar *line_start = p;
  int line = 1;
  int depth = 0;
  guchar opened[CHRONICLE_LOADER_MAX_DEPTH];
  /* Where each open bracket and the open string are, for a file that ends first
   * (columns are counted only then: a file may be one long line). */
  int opened_line[CHRONICLE_LOADER_MAX_DEPTH];
  const guchar *opened_line_start[CHRONICLE_LOADER_MAX_DEPTH];
  const guchar *opened_at[CHRONICLE_LOADER_MAX_DEPTH];
  int string_line = 0;
  const guchar *string_line_start = NULL;
  gboolean in_string = FALSE;
  const guchar *string_start = NULL;
  gboolean string_escaped = FALSE;
  g_autoptr(NameScan) names = g_new0 (NameScan, 1);
  g_autofree char *message = NULL;

  if ((size >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) ||
      (size >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF))
    {
      _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, 1, 1, _("the file is UTF-16 or UTF-32 text; Chronicle reads UTF-8"));
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
        _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, column_at (line_start, first), message);
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
              string_line = line;
              string_line_start = line_start;
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
                  _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, column_at (line_start, string_start - 1), message);
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
              _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, column_at (line_start, p), message);
              return FALSE;
            }
          p = last;
          break;
        case SLASH:
          if (in_string)
            break;
          _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, column_at (line_start, p),
                     _("JSON has no comments: remove the comment (or this \"/\")"));
          return FALSE;
        case NUMBER:
          if (in_string)
            break;
          last = check_number (p, end, &message);
          if (last == NULL)
            {
              _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, column_at (line_start, p), message);
              return FALSE;
            }
          p = last;
          break;
        case APOSTROPHE:
          if (!in_string)
            {
              _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, column_at (line_start, p), _("JSON strings are written in double quotes"));
              return FALSE;
            }
          break;
        case OPEN:
          if (in_string)
            break;
          if (depth >= CHRONICLE_LOADER_MAX_DEPTH)
            {
              message = g_strdup_printf (_("nested more than %d levels deep"), CHRONICLE_LOADER_MAX_DEPTH);
              _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, column_at (line_start, p), message);
              return FALSE;
            }
          if (*p == '{')
            clear_names (&names->objects[depth]);
          opened_line[depth] = line;
          opened_line_start[depth] = line_start;
          opened_at[depth] = p;
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
                  _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, column_at (line_start, rest),
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

  /* The file ends first (cut short, or a bracket or quote left out): said at its end,
   * with what is still open, innermost first (json-glib would blame the last comma). */
  if (in_string)
    message = g_strdup_printf (/* Translators: %1$d and %2$d are the line and column of a
                                * string's opening quote. */
                               _("the file ends inside the string that starts at line %1$d, column %2$d: "
                                 "it may have been cut short"),
                               string_line, column_at (string_line_start, string_start - 1));
  else if (depth > 0 && opened[depth - 1] == '{')
    message = g_strdup_printf (/* Translators: %1$d and %2$d are the line and column of an
                                * object's "{". */
                               _("the file ends before the object that starts at line %1$d, column %2$d "
                                 "is closed with \"}\": it may have been cut short"),
                               opened_line[depth - 1], column_at (opened_line_start[depth - 1], opened_at[depth - 1]));
  else if (depth > 0)
    message = g_strdup_printf (/* Translators: %1$d and %2$d are the line and column of an
                                * array's "[". */
                               _("the file ends before the array that starts at line %1$d, column %2$d "
                                 "is closed with \"]\": it may have been cut short"),
                               opened_line[depth - 1], column_at (opened_line_start[depth - 1], opened_at[depth - 1]));
  if (message != NULL)
    {
      _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, line, column_at (line_start, end), message);
      return FALSE;
    }
  return TRUE;
}

/* json-glib says "<data>:LINE:COL: Parse error: MESSAGE"; keep the place and the message. */
void
_chronicle_prescan_report_syntax_error (ChronicleBuilder *b,
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
  _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, MAX (line, 1), MAX (column, 1), valid);
}

gboolean
_chronicle_strip_utf8_bom (const char **data,
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

gboolean
_chronicle_is_blank (const char *data,
                     gsize       size)
{
  for (gsize i = 0; i < size; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}
