/* chronicle-csv-reader.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-csv-reader"

#include "config.h"

#include "chronicle-csv-reader.h"
#include "chronicle-csv-extras.h"
#include "chronicle-media-reader.h"
#include "chronicle-prescan.h"
#include "chronicle-timelinejs-private.h"

#include <csv.h>
#include <glib/gi18n.h>
#include <string.h>

/* TimelineJS's authors mostly write spreadsheets: the template's header row names
 * the columns (Year, Month, Day, Time, End Year, End Month, End Day, End Time,
 * Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
 * Alt Text, Type, Group, Background). A CSV export of it is read with libcsv (quoted
 * fields with commas, quotes and line breaks), its rows rewritten as TimelineJS 3
 * slides, and built by the TimelineJS builder, so each TimelineJS rule is written
 * once. Columns are matched by name (any order, any case, surrounding spaces);
 * other columns are ignored with a warning. Messages name the spreadsheet row (the
 * header is row 1; a line break inside a quoted cell does not start a row) and the
 * column as the header writes it. A row whose Type is "title" is the title slide,
 * "era" an era. Chronicle's own columns, which its writer adds after the template's
 * (Place, People, Partners, Sources), are set on the events once they are built
 * (read_extras(), chronicle-csv-extras.c). The file's bytes become UTF-8 text in
 * chronicle-csv-encoding.c (Excel's Windows-1252 too); whether a file is a
 * spreadsheet at all, and its separator, is chronicle-csv-sniff.c's to say. */

typedef enum
{
  COL_YEAR, COL_MONTH, COL_DAY, COL_TIME,
  COL_END_YEAR, COL_END_MONTH, COL_END_DAY, COL_END_TIME,
  COL_DISPLAY_DATE, COL_HEADLINE, COL_TEXT,
  COL_MEDIA, COL_MEDIA_CREDIT, COL_MEDIA_CAPTION, COL_MEDIA_THUMBNAIL, COL_ALT_TEXT,
  COL_TYPE, COL_GROUP, COL_BACKGROUND,
  COL_PLACE, COL_PEOPLE, COL_PARTNERS, COL_SOURCES,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS] = {
  "Year", "Month", "Day", "Time",
  "End Year", "End Month", "End Day", "End Time",
  "Display Date", "Headline", "Text",
  "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Alt Text",
  "Type", "Group", "Background",
  /* Chronicle's own columns, which its writer adds to the right of the template's
   * (TimelineJS ignores them): read back by read_extras(). */
  "Place", "People", "Partners", "Sources",
};

typedef struct
{
  guint      number;   /* the spreadsheet row, from 1 */
  GPtrArray *cells;    /* char * */
} Row;

typedef struct
{
  GArray    *rows;           /* Row */
  GPtrArray *cells;          /* the row being read */
  guint      number;         /* rows ended so far */
  int        last_end;       /* the character that ended the last row */
} Reading;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_clear_pointer (&row->cells, g_ptr_array_unref);
}

static void
on_field_cb (void   *field,
             size_t  len,
             void   *data)
{
  Reading *reading = data;

  g_ptr_array_add (reading->cells, g_strndup (field != NULL ? field : "", len));
}

static void
on_row_cb (int   c,
           void *data)
{
  Reading *reading = data;
  Row row;

  /* CSV_REPALL_NL reports every line end, blank lines too, so rows keep the
   * spreadsheet's numbers; the LF of a CRLF is not a row of its own. */
  if (c == '\n' && reading->last_end == '\r' && reading->cells->len == 0)
    {
      reading->last_end = c;
      return;
    }
  reading->last_end = c;
  reading->number++;
  row.number = reading->number;
  row.cells = g_steal_pointer (&reading->cells);
  reading->cells = g_ptr_array_new_with_free_func (g_free);
  g_array_append_val (reading->rows, row);
}

static void
report_cell (ChronicleBuilder  *b,
             ChronicleSeverity  severity,
             guint              row,
             const char        *column,
             const char        *message)
{
  g_autofree char *where = _chronicle_timelinejs_row_place (row, column);
  ChronicleJsonPlace place = { where, -1, NULL };

  _chronicle_builder_report (b, severity, &place, "%s", message);
}

/* A Year or End Year cell out of Chronicle's years, in the words JSON files get. */
static void
report_year_range (ChronicleBuilder *b,
                   guint             row,
                   const char       *column,
                   const char       *year)
{
  g_autofree char *where = _chronicle_timelinejs_row_place (row, column);
  g_autofree char *trimmed = g_strstrip (g_strdup (year));

  _chronicle_builder_report_year_range (b, &(ChronicleJsonPlace) { where, -1, NULL }, NULL, trimmed);
}

static const char *
cell (const Row   *row,
      const int   *map,
      Column       column)
{
  int index = map[column];
  const char *text;

  if (index < 0 || (guint) index >= row->cells->len)
    return NULL;
  text = g_ptr_array_index (row->cells, index);
  while (g_ascii_isspace (*text))
    text++;
  return *text != '\0' ? text : NULL;
}

/* An optional sign and digits, in *@n_digits how many. */
static gboolean
is_digits (const char *text,
           gsize      *n_digits)
{
  const char *p = text + (text[0] == '-' || text[0] == '+');
  gsize digits = 0;

  for (; g_ascii_isdigit (*p); p++)
    digits++;
  *n_digits = digits;
  return *p == '\0' && digits >= 1;
}

/* An optional sign and 1 to 12 digits: a year as far back as the Big Bang. */
static gboolean
is_whole_number (const char *text)
{
  gsize digits;

  return is_digits (text, &digits) && digits <= 12;
}

/* A year as a spreadsheet writes a long number in a narrow column ("-1.38E+10",
 * LibreOffice's and Excel's General format, saved as shown): the whole number it
 * stands for, in *@value; FALSE when @text is not one. */
static gboolean
parse_scientific (const char *text,
                  gint64     *value)
{
  g_autofree char *point = NULL;
  char *end = NULL;
  double d;

  if (strpbrk (text, "eE") == NULL || text[strspn (text, "0123456789.,eE+-")] != '\0')
    return FALSE;
  /* "-1,38E+10" where the decimal mark is a comma. */
  point = g_strdelimit (g_strdup (text), ",", '.');
  d = g_ascii_strtod (point, &end);
  if (end == point || *end != '\0' || !(d >= -1e15 && d <= 1e15) || d != (double) (gint64) d)
    return FALSE;
  *value = (gint64) d;
  return TRUE;
}

/* A whole date in one cell, as a teacher types it or a spreadsheet writes it:
 * three groups of digits with the same "-", "/" or "." between them. */
static gboolean
is_whole_date (const char *text)
{
  const char *p = text + (text[0] == '-');
  char separator = '\0';
  guint groups = 0;

  while (*p != '\0')
    {
      gsize digits = strspn (p, "0123456789");

      if (digits == 0 || digits > 4)
        return FALSE;
      p += digits;
      groups++;
      if (*p == '\0')
        break;
      if (strchr ("-/.", *p) == NULL || (separator != '\0' && *p != separator))
        return FALSE;
      separator = *p++;
    }
  return groups == 3;
}

/* A date part: a whole number, maybe signed; reported at its cell when not one. */
static gboolean
read_number (ChronicleBuilder *b,
             const Row        *row,
             const int        *map,
             const char      **header,
             Column            column,
             JsonObject       *date,
             const char       *part)
{
  const char *text = cell (row, map, column);
  g_autofree char *trimmed = NULL;
  g_autofree char *message = NULL;
  gint64 year;
  gsize n_digits;

  if (text == NULL)
    return TRUE;
  trimmed = g_strstrip (g_strdup (text));
  if (is_whole_number (trimmed))
    {
      json_object_set_string_member (date, part, trimmed[0] == '+' ? trimmed + 1 : trimmed);
      return TRUE;
    }
  if ((column == COL_YEAR || column == COL_END_YEAR) && parse_scientific (trimmed, &year))
    {
      char digits[32];

      g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, year);
      json_object_set_string_member (date, part, digits);
      /* Translators: %1$s is a spreadsheet's Year cell as it wrote a long number
       * (-1.38E+10), %2$s the year read from it (-13800000000). */
      message = g_strdup_printf (_("\"%1$s\" is read as %2$s, which the spreadsheet may have rounded: "
                                   "format the column as a number with no decimals to keep every digit"),
                                 trimmed, digits);
      report_cell (b, CHRONICLE_SEVERITY_WARNING, row->number, header[map[column]], message);
      return TRUE;
    }
  if (is_whole_date (trimmed))
    /* Translators: %s is a date written in one spreadsheet cell, such as 2023-09-10. */
    message = g_strdup_printf (_("\"%s\" is a whole date: write its year, month and day in their own columns"),
                               trimmed);
  else if ((column == COL_YEAR || column == COL_END_YEAR) && is_digits (trimmed, &n_digits))
    {
      /* More digits than any year has (a whole number all the same). */
      report_year_range (b, row->number, header[map[column]], trimmed);
      return FALSE;
    }
  else
    /* Translators: %s is the text of a spreadsheet cell that should hold a year, month or day. */
    message = g_strdup_printf (_("\"%s\" is not a whole number"), trimmed);
  report_cell (b, CHRONICLE_SEVERITY_ERROR, row->number, header[map[column]], message);
  return FALSE;
}

/* The Time (or End Time) cell as TimelineJS reads it ("14:30", "2:30 PM", "1430"),
 * into the date's hour and minute; reported at its cell when not a time of day. */
static gboolean
read_time (ChronicleBuilder *b,
           const Row        *row,
           const int        *map,
           const char      **header,
           Column            column,
           JsonObject       *date)
{
  const char *text = cell (row, map, column);
  g_autofree char *message = NULL;
  int hour, minute;

  if (text == NULL)
    return TRUE;
  if (chronicle_time_parse (text, &hour, &minute))
    {
      json_object_set_int_member (date, "hour", hour);
      json_object_set_int_member (date, "minute", minute);
      return TRUE;
    }
  /* Translators: %s is the text of a spreadsheet's Time cell; keep 14:30 and 2:30 PM as examples. */
  message = g_strdup_printf (_("\"%s\" is not a time of day (write it as 14:30 or 2:30 PM)"), text);
  report_cell (b, CHRONICLE_SEVERITY_ERROR, row->number, header[map[column]], message);
  return FALSE;
}

/* The column's name as the header writes it, else as the template does. */
static const char *
column_name (const int   *map,
             const char **header,
             Column       column)
{
  return map[column] >= 0 ? header[map[column]] : column_names[column];
}

/* What the TimelineJS builder would report in TimelineJS's own terms
 * ("end_date", "start_date"), said here at the cells the author filled: an end
 * with a month, day or time but no year (TimelineJS refuses it), a year beyond
 * Chronicle's; and what it would drop without a word: a day with no month, a time
 * with no day. @year: COL_YEAR or COL_END_YEAR; @date: the parts read from them.
 * FALSE on an error. */
static gboolean
check_date_cells (ChronicleBuilder *b,
                  const Row        *row,
                  const int        *map,
                  const char      **header,
                  Column            year,
                  JsonObject       *date)
{
  const char *year_text = cell (row, map, year);

  if (year_text == NULL)
    {
      /* A start without its year is the row's "empty" Year, said by build_rows(). */
      for (Column part = year + 1; year == COL_END_YEAR && part <= year + 3; part++)
        if (cell (row, map, part) != NULL)
          {
            g_autofree char *message =
              /* Translators: %s is the name of a spreadsheet column, such as End Month. */
              g_strdup_printf (_("empty, while \"%s\" is filled: an end needs its year"),
                               column_name (map, header, part));

            report_cell (b, CHRONICLE_SEVERITY_ERROR, row->number, column_name (map, header, year), message);
            return FALSE;
          }
      return TRUE;
    }
  else if (json_object_has_member (date, "year"))
    {
      gint64 y = g_ascii_strtoll (json_object_get_string_member (date, "year"), NULL, 10);

      /* TimelineJS's years: -300 is 300 BCE, astronomical -299. */
      if (y < 0)
        y++;
      if (y < CHRONICLE_DATE_MIN_YEAR || y > CHRONICLE_DATE_MAX_YEAR)
        {
          report_year_range (b, row->number, column_name (map, header, year), year_text);
          return FALSE;
        }
    }

  if (cell (row, map, year + 2) != NULL && cell (row, map, year + 1) == NULL)
    report_cell (b, CHRONICLE_SEVERITY_WARNING, row->number, column_name (map, header, year + 2),
                 /* Translators: said of a spreadsheet's Day cell when its Month cell is empty. */
                 _("ignored: a day needs its month"));
  else if (cell (row, map, year + 3) != NULL && cell (row, map, year + 2) == NULL)
    report_cell (b, CHRONICLE_SEVERITY_WARNING, row->number, column_name (map, header, year + 3),
                 /* Translators: said of a spreadsheet's Time cell when its Day or Month cell is empty. */
                 _("ignored: a time of day needs its day and month"));
  return TRUE;
}

static JsonObject *
read_date (ChronicleBuilder *b,
           const Row        *row,
           const int        *map,
           const char      **header,
           Column            year,
           gboolean         *ok)
{
  JsonObject *date = json_object_new ();

  gboolean parts_ok = TRUE;

  parts_ok = read_number (b, row, map, header, year, date, "year") && parts_ok;
  parts_ok = read_number (b, row, map, header, year + 1, date, "month") && parts_ok;
  parts_ok = read_number (b, row, map, header, year + 2, date, "day") && parts_ok;
  parts_ok = read_time (b, row, map, header, year + 3, date) && parts_ok;

  /* A month or day the calendar does not have is named at its own cell. */
  if (parts_ok && json_object_has_member (date, "year") && json_object_has_member (date, "month"))
    {
      gint64 y = g_ascii_strtoll (json_object_get_string_member (date, "year"), NULL, 10);
      gint64 m = g_ascii_strtoll (json_object_get_string_member (date, "month"), NULL, 10);
      g_autofree char *message = NULL;

      if (m < 1 || m > 12)
        {
          /* Translators: %s is the text of a spreadsheet's Month cell, such as 13. */
          message = g_strdup_printf (_("there is no month %s; months go from 1 to 12"),
                                     json_object_get_string_member (date, "month"));
          report_cell (b, CHRONICLE_SEVERITY_ERROR, row->number, header[map[year + 1]], message);
          parts_ok = FALSE;
        }
      else if (json_object_has_member (date, "day") && y >= CHRONICLE_DATE_MIN_YEAR && y <= CHRONICLE_DATE_MAX_YEAR)
        {
          gint64 d = g_ascii_strtoll (json_object_get_string_member (date, "day"), NULL, 10);

          /* TimelineJS's years: -300 is 300 BCE, astronomical -299. */
          if (d < 1 || d > chronicle_days_in_month (y < 0 ? y + 1 : y, (int) m))
            {
              g_autofree char *month = g_strdup_printf ("%" G_GINT64_FORMAT "-%02d", y, (int) m);

              message = g_strdup_printf (_("%1$s has no day %2$d"), month, (int) CLAMP (d, -999999, 999999));
              report_cell (b, CHRONICLE_SEVERITY_ERROR, row->number, header[map[year + 2]], message);
              parts_ok = FALSE;
            }
        }
    }
  if (parts_ok)
    parts_ok = check_date_cells (b, row, map, header, year, date);
  *ok = parts_ok && *ok;

  if (json_object_get_size (date) == 0)
    g_clear_pointer (&date, json_object_unref);
  return date;
}

static void
set_text (JsonObject *object,
          const char *member,
          const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
}

/* A Background cell that is a picture's address: as TimelineJS reads it, one that
 * starts with http://, https://, // or / (its test is /^(https?:)?\/\/?/); and, so
 * that a picture beside the file comes back as Chronicle writes it, a path such as
 * images/sky.jpg: a / or a . in it, no #, no bracket, no space. TimelineJS takes
 * anything else for a colour. */
static gboolean
is_background_address (const char *text)
{
  if (g_str_has_prefix (text, "http:/") || g_str_has_prefix (text, "https:/") || text[0] == '/')
    return TRUE;
  if (text[0] == '#' || strpbrk (text, "() \t") != NULL)
    return FALSE;
  return strpbrk (text, "/.") != NULL;
}

/* The Background cell: a picture's address, else a colour (#rgb, #rrggbb or a CSS
 * colour name); any other text is a warning at its cell, and left out. */
static void
read_background (ChronicleBuilder *b,
                 const Row        *row,
                 const int        *map,
                 const char      **header,
                 JsonObject       *slide)
{
  const char *text = cell (row, map, COL_BACKGROUND);
  g_autofree char *trimmed = NULL;
  g_autofree char *problem = NULL;
  JsonObject *background;

  if (text == NULL)
    return;
  trimmed = g_strstrip (g_strdup (text));
  if (!is_background_address (trimmed) && !_chronicle_is_background_color (trimmed))
    {
      problem = _chronicle_background_color_problem (NULL, trimmed);
      report_cell (b, CHRONICLE_SEVERITY_WARNING, row->number, header[map[COL_BACKGROUND]], problem);
      return;
    }
  background = json_object_new ();
  json_object_set_string_member (background, is_background_address (trimmed) ? "url" : "color", trimmed);
  json_object_set_object_member (slide, "background", background);
}

static JsonObject *
row_to_slide (ChronicleBuilder *b,
              const Row        *row,
              const int        *map,
              const char      **header,
              gboolean         *ok)
{
  JsonObject *slide = json_object_new ();
  JsonObject *text = json_object_new ();
  JsonObject *media = json_object_new ();
  JsonObject *start, *end;

  start = read_date (b, row, map, header, COL_YEAR, ok);
  end = read_date (b, row, map, header, COL_END_YEAR, ok);
  if (start != NULL)
    json_object_set_object_member (slide, "start_date", start);
  if (end != NULL)
    json_object_set_object_member (slide, "end_date", end);

  set_text (slide, "display_date", cell (row, map, COL_DISPLAY_DATE));
  set_text (text, "headline", cell (row, map, COL_HEADLINE));
  set_text (text, "text", cell (row, map, COL_TEXT));
  json_object_set_object_member (slide, "text", text);
  set_text (media, "url", cell (row, map, COL_MEDIA));
  set_text (media, "credit", cell (row, map, COL_MEDIA_CREDIT));
  set_text (media, "caption", cell (row, map, COL_MEDIA_CAPTION));
  set_text (media, "thumbnail", cell (row, map, COL_MEDIA_THUMBNAIL));
  set_text (media, "alt", cell (row, map, COL_ALT_TEXT));
  json_object_set_object_member (slide, "media", media);
  /* TimelineJS shows a credit or caption only with its media: said, not dropped
   * silently (a sheet with "NASA" in every row's Media Credit and no Media). */
  if (cell (row, map, COL_MEDIA) == NULL)
    for (Column c = COL_MEDIA_CREDIT; c <= COL_ALT_TEXT; c++)
      if (cell (row, map, c) != NULL)
        {
          report_cell (b, CHRONICLE_SEVERITY_WARNING, row->number, column_name (map, header, c),
                       /* Translators: said of a spreadsheet's Media Credit, Media Caption,
                        * Media Thumbnail or Alt Text cell on a row whose Media cell is empty. */
                       _("ignored: it belongs to a medium, and the row's Media cell is empty"));
          break;
        }
  set_text (slide, "group", cell (row, map, COL_GROUP));
  read_background (b, row, map, header, slide);
  return slide;
}

static gboolean
row_is_blank (const Row *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    {
      const char *text = g_ptr_array_index (row->cells, i);

      while (g_ascii_isspace (*text))
        text++;
      if (*text != '\0')
        return FALSE;
    }
  return TRUE;
}

/* Reads the header row into @map (column → cell index, or -1). FALSE, reported,
 * when it names no Year column. */
static gboolean
read_header (ChronicleBuilder *b,
             const Row        *row,
             int              *map,
             const char     ***header)
{
  g_autoptr(GString) unknown = g_string_new (NULL);
  guint n_unknown = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    map[c] = -1;
  *header = g_new0 (const char *, row->cells->len + 1);

  for (guint i = 0; i < row->cells->len; i++)
    {
      char *name = g_strstrip ((char *) g_ptr_array_index (row->cells, i));
      gboolean known = FALSE;

      (*header)[i] = name;
      for (guint c = 0; c < N_COLUMNS && !known; c++)
        if (g_ascii_strcasecmp (name, column_names[c]) == 0)
          {
            if (map[c] < 0)
              map[c] = (int) i;
            known = TRUE;
          }
      if (!known && name[0] != '\0')
        {
          if (unknown->len > 0)
            g_string_append (unknown, ", ");
          g_string_append_printf (unknown, "\"%s\"", name);
          n_unknown++;
        }
    }

  if (map[COL_YEAR] < 0)
    {
      report_cell (b, CHRONICLE_SEVERITY_ERROR, row->number, NULL,
                   _("the header row has no \"Year\" column: TimelineJS spreadsheets name their columns "
                     "Year, Month, Day, Headline, Text, …"));
      return FALSE;
    }
  if (n_unknown > 0)
    {
      g_autofree char *message =
        /* Translators: %s is a list of column names, each in quotes. */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "the column %s is not one of the TimelineJS template's; it is ignored",
                                      "the columns %s are not the TimelineJS template's; they are ignored",
                                      n_unknown),
                         unknown->str);
      report_cell (b, CHRONICLE_SEVERITY_WARNING, row->number, NULL, message);
    }
  return TRUE;
}

/* Chronicle's own columns (Place, People, Partners, Sources), which the template
 * has not: set on the events built from the rows (@event_rows: each slide's row)
 * by chronicle-csv-extras.c. */
static void
read_extras (ChronicleBuilder *b,
             GPtrArray        *events,
             GArray           *rows,
             GArray           *event_rows,
             const int        *map,
             const char      **header)
{
  g_autoptr(ChronicleCsvExtras) extras = NULL;

  if (map[COL_PLACE] < 0 && map[COL_PEOPLE] < 0 && map[COL_PARTNERS] < 0 && map[COL_SOURCES] < 0)
    return;
  extras = _chronicle_csv_extras_new ();
  for (guint i = 0; i < events->len; i++)
    {
      ChronicleEvent *event = g_ptr_array_index (events, i);
      guint slide = chronicle_event_get_file_index (event);
      const Row *row = &g_array_index (rows, Row, g_array_index (event_rows, guint, slide));
      ChronicleCsvExtraCells cells = {
        row->number,
        cell (row, map, COL_PLACE),
        cell (row, map, COL_PEOPLE),
        cell (row, map, COL_PARTNERS),
        cell (row, map, COL_SOURCES),
        map[COL_SOURCES] >= 0 ? header[map[COL_SOURCES]] : NULL,
      };

      _chronicle_csv_extras_read (extras, b, event, &cells);
    }
}

/* A row with an empty Headline is kept, as TimelineJS shows such a slide, and
 * labelled by the builder (its display date, else its text's first words, else its
 * media's caption); the author is told the label it got, at the cell to fill. */
static void
report_untitled (ChronicleBuilder *b,
                 GPtrArray        *events,
                 GArray           *rows,
                 GArray           *event_rows,
                 const int        *map,
                 const char      **header)
{
  for (guint i = 0; i < events->len; i++)
    {
      ChronicleEvent *event = g_ptr_array_index (events, i);
      guint slide = chronicle_event_get_file_index (event);
      const Row *row = &g_array_index (rows, Row, g_array_index (event_rows, guint, slide));
      g_autofree char *message = NULL;

      if (cell (row, map, COL_HEADLINE) != NULL)
        continue;
      /* Translators: said of a spreadsheet's empty Headline cell; %s is the label the
       * event is shown with instead (the start of its text, its display date…). */
      message = g_strdup_printf (_("empty: the event is labelled “%s”; write a headline to name it"),
                                 chronicle_event_get_title (event));
      report_cell (b, CHRONICLE_SEVERITY_WARNING, row->number, column_name (map, header, COL_HEADLINE), message);
    }
}

static GPtrArray *
build_rows (ChronicleBuilder *b,
            GArray           *rows)
{
  static const ChronicleTimelinejsSource base = { "csv", NULL, "Year", NULL, NULL };
  ChronicleTimelinejsSource source = base;
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(GArray) event_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) era_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) event_row_indices = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *result;
  g_autofree const char **header = NULL;
  JsonArray *events = json_array_new ();
  JsonArray *eras = json_array_new ();
  int map[N_COLUMNS];
  guint first = 0;

  json_object_set_array_member (root, "events", events);
  json_object_set_array_member (root, "eras", eras);

  while (first < rows->len && row_is_blank (&g_array_index (rows, Row, first)))
    first++;
  if (first == rows->len)
    {
      _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, 1, 1, _("the file is empty"));
      return NULL;
    }
  if (!read_header (b, &g_array_index (rows, Row, first), map, &header))
    return NULL;

  for (guint i = first + 1; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      const char *type;
      JsonObject *slide;
      gboolean ok = TRUE;
      guint mark;

      if (row_is_blank (row))
        continue;

      mark = b->n_errors;
      slide = row_to_slide (b, row, map, header, &ok);
      /* A row with an error is left out, and the others are read on. */
      if (!_chronicle_builder_item_ok (b, mark) || !ok)
        {
          json_object_unref (slide);
          continue;
        }
      type = cell (row, map, COL_TYPE);
      if (cell (row, map, COL_YEAR) == NULL && (type == NULL || g_ascii_strncasecmp (type, "title", 5) != 0))
        {
          report_cell (b, CHRONICLE_SEVERITY_WARNING, row->number, header[map[COL_YEAR]],
                       _("empty: the row is left out, as TimelineJS leaves it out"));
          json_object_unref (slide);
          continue;
        }
      if (type != NULL && g_ascii_strncasecmp (type, "title", 5) == 0)
        {
          if (!json_object_has_member (root, "title"))
            json_object_set_object_member (root, "title", slide);
          else
            {
              report_cell (b, CHRONICLE_SEVERITY_WARNING, row->number, header[map[COL_TYPE]],
                           _("a second title row; the first one names the timeline"));
              json_object_unref (slide);
            }
        }
      else if (type != NULL && g_ascii_strncasecmp (type, "era", 3) == 0 && cell (row, map, COL_END_YEAR) == NULL)
        {
          /* An era is a span: TimelineJS's "end_date is missing", said at the sheet's cell. */
          report_cell (b, CHRONICLE_SEVERITY_ERROR, row->number, column_name (map, header, COL_END_YEAR),
                       _("empty: an era needs an end; the row is left out"));
          json_object_unref (slide);
          _chronicle_builder_item_ok (b, mark);
        }
      else if (type != NULL && g_ascii_strncasecmp (type, "era", 3) == 0)
        {
          json_array_add_object_element (eras, slide);
          g_array_append_val (era_rows, row->number);
        }
      else
        {
          json_array_add_object_element (events, slide);
          g_array_append_val (event_rows, row->number);
          g_array_append_val (event_row_indices, i);
        }
    }

  if (b->n_errors > b->n_item_errors)
    return NULL;
  source.rows = (const guint *) event_rows->data;
  source.era_rows = (const guint *) era_rows->data;
  result = _chronicle_timelinejs_build_from (b, root, &source);
  if (result != NULL)
    {
      report_untitled (b, result, rows, event_row_indices, map, header);
      read_extras (b, result, rows, event_row_indices, map, header);
    }
  return result;
}

/**
 * _chronicle_csv_load:
 *
 * Reads a TimelineJS spreadsheet (CSV, UTF-8 with or without a byte-order mark; a
 * file that is not UTF-8 as Windows-1252, with a warning).
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with the problems in @b
 */
ChronicleDataset *
_chronicle_csv_load (ChronicleBuilder *b,
                     const char       *data,
                     gsize             size)
{
  GPtrArray *events;
  struct csv_parser parser;
  Reading reading = { 0 };
  g_autofree char *converted = NULL;
  gsize converted_size = 0;
  guint unclosed_row = 0, unclosed_column = 0;

  _chronicle_strip_utf8_bom (&data, &size);
  if (!_chronicle_csv_decode (b, data, size, &converted, &converted_size))
    return NULL;
  if (converted != NULL)
    data = converted, size = converted_size;

  if (b->progress != NULL)
    b->progress (b, CHRONICLE_LOAD_STAGE_PARSING, 0, 0);

  if (csv_init (&parser, CSV_REPALL_NL | CSV_APPEND_NULL) != 0)
    g_error ("libcsv: out of memory");
  csv_set_delim (&parser, _chronicle_csv_guess_delimiter (data, size));
  reading.rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_array_set_clear_func (reading.rows, row_clear);
  reading.cells = g_ptr_array_new_with_free_func (g_free);

  if (csv_parse (&parser, data, size, on_field_cb, on_row_cb, &reading) != size)
    g_error ("libcsv: %s", csv_strerror (csv_error (&parser)));
  /* A quoted cell still open at the end of the file (libcsv's state inside a field,
   * its FIELD_BEGUN, is 2): a forgotten closing quote, which read every row after it
   * into that cell. Said at the cell, as an error: the rows it swallowed are lost. */
  if (parser.pstate == 2 && parser.quoted)
    {
      unclosed_row = reading.number + 1;
      unclosed_column = reading.cells->len;
    }
  csv_fini (&parser, on_field_cb, on_row_cb, &reading);
  csv_free (&parser);
  g_ptr_array_unref (reading.cells);
  if (unclosed_row > 0 && reading.rows->len > 0)
    {
      const Row *header;
      const Row *last = &g_array_index (reading.rows, Row, reading.rows->len - 1);
      const char *column_title = NULL;
      g_autofree char *text = unclosed_column < last->cells->len
                              ? g_strstrip (g_strdup (g_ptr_array_index (last->cells, unclosed_column))) : NULL;
      guint h = 0;

      /* The header is the first row with something in it. */
      while (h + 1 < reading.rows->len && row_is_blank (&g_array_index (reading.rows, Row, h)))
        h++;
      header = &g_array_index (reading.rows, Row, h);
      if (unclosed_row > header->number && unclosed_column < header->cells->len)
        column_title = g_ptr_array_index (header->cells, unclosed_column);

      /* Only its own line (the file's last): it is read, and the author told. */
      if (text != NULL && strpbrk (text, "\r\n") == NULL)
        report_cell (b, CHRONICLE_SEVERITY_WARNING, unclosed_row, column_title,
                     /* Translators: said of a spreadsheet's last cell, which starts with a
                      * quote (") and has no closing quote. */
                     _("its quote (\") never closes; it is read to the end of the file"));
      else
        report_cell (b, CHRONICLE_SEVERITY_ERROR, unclosed_row, column_title,
                     /* Translators: said of a spreadsheet cell that starts with a quote (")
                      * and has no closing quote: every row after it was read into it. */
                     _("its quote (\") never closes: every row after it was read into this cell; "
                       "add the closing quote"));
    }

  events = build_rows (b, reading.rows);
  g_array_unref (reading.rows);

  return _chronicle_builder_finish (b, events, size);
}
