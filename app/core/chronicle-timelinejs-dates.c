/* chronicle-timelinejs-dates.c — a TimelineJS slide's dates: its start_date and
 * end_date objects of parts (year, month, day, hour, minute, second), each a number, a
 * string of digits or a "" blank, read as TimelineJS reads them (years as people write
 * them, -300 for 300 BCE) into Chronicle's dates, or reported at the slide (a
 * spreadsheet's Year cell) with what is wrong: a part that is no whole number, a year
 * out of range, a month or day the calendar does not have, a time of day that is none.
 * Shared by the readers of TimelineJS 3 and 2 JSON and of the spreadsheet template.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-timelinejs"

#include "config.h"

#include "chronicle-timelinejs-private.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <math.h>

/* PART_RANGE: a whole number too large to read (a year out of range, said so). */
typedef enum { PART_ABSENT, PART_OK, PART_BAD, PART_RANGE } PartResult;

/* A date part: a number, a string of digits (maybe signed), or "" / null for blank. */
static PartResult
read_part (JsonObject *date,
           const char *name,
           gint64     *value)
{
  JsonNode *node = json_object_get_member (date, name);
  const char *text;
  char *end = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return PART_ABSENT;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return PART_BAD;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *value = json_node_get_int (node);
      return PART_OK;
    case G_TYPE_DOUBLE:
      {
        double d = json_node_get_double (node);

        /* The range first: casting a double beyond gint64 is undefined. */
        if (!isfinite (d) || d != floor (d))
          return PART_BAD;
        if (!(d >= -1e15 && d <= 1e15))
          return PART_RANGE;
        *value = (gint64) d;
        return PART_OK;
      }
    case G_TYPE_STRING:
      text = json_node_get_string (node);
      while (g_ascii_isspace (*text))
        text++;
      if (*text == '\0')
        return PART_ABSENT;
      errno = 0;
      *value = g_ascii_strtoll (text, &end, 10);
      while (end != NULL && g_ascii_isspace (*end))
        end++;
      if (end == text || *end != '\0')
        return PART_BAD;
      if (errno == ERANGE)
        return PART_RANGE;
      if (errno != 0)
        return PART_BAD;
      return PART_OK;
    default:
      return PART_BAD;
    }
}

/* A date part (one read_part() found a number in) as the file writes it. */
static char *
part_text (JsonObject *date,
           const char *name)
{
  JsonNode *node = json_object_get_member (date, name);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", json_node_get_double (node)));
    default:
      return g_strstrip (g_strdup (json_node_get_string (node)));
    }
}

/* TimelineJS's hour, minute (and second, dropped) on a date with a day; a time on a
 * less precise date is ignored, as TimelineJS shows only the day's part it has. */
static gboolean
read_tl_time (ChronicleBuilder         *b,
              JsonObject               *parts,
              const ChronicleJsonPlace *place,
              const char               *member,
              ChronicleDate            *date)
{
  gint64 hour = 0, minute = 0, second = 0;
  PartResult rh = read_part (parts, "hour", &hour);
  PartResult rmin = read_part (parts, "minute", &minute);
  PartResult rs = read_part (parts, "second", &second);

  if (rh == PART_ABSENT && rmin == PART_ABSENT)
    return TRUE;
  if (rh == PART_BAD || rmin == PART_BAD || rs == PART_BAD ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    {
      char h[32], m[32];

      g_snprintf (h, sizeof h, "%" G_GINT64_FORMAT, hour);
      g_snprintf (m, sizeof m, "%" G_GINT64_FORMAT, minute);
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                                 /* Translators: %1$s is "start_date" or "end_date"; %2$s and %3$s
                                  * are the hour and minute found, as in: hour 25, minute 0. */
                                 _("\"%1$s\": hour %2$s, minute %3$s is not a time of day (hours go from 0 to 23, minutes from 0 to 59)"),
                                 member, rh == PART_OK ? h : "-", rmin == PART_OK ? m : "-");
      return FALSE;
    }
  if (date->precision == CHRONICLE_PRECISION_DAY)
    chronicle_date_set_time (date, (int) hour, (int) minute);
  return TRUE;
}

/* The date in @member of @object; a problem reported at @place, or, for a spreadsheet's
 * @row (0: a JSON file), a year out of range at its Year or End Year cell. FALSE when
 * there is none (reported if @required) or it is not a date (reported). */
gboolean
_chronicle_timelinejs_read_date (ChronicleBuilder         *b,
                                 JsonObject               *object,
                                 const ChronicleJsonPlace *place,
                                 guint                     row,
                                 const char               *member,
                                 gboolean                  required,
                                 ChronicleDate            *date)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonObject *parts;
  gint64 year = 0, month = 0, day = 0;
  PartResult ry, rm, rd;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        _chronicle_builder_report_missing (b, place, member);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _chronicle_builder_report_type (b, place, member, _("an object"), node);
      return FALSE;
    }

  parts = json_node_get_object (node);
  ry = read_part (parts, "year", &year);
  rm = read_part (parts, "month", &month);
  rd = read_part (parts, "day", &day);

  if (ry == PART_ABSENT && rm == PART_ABSENT && rd == PART_ABSENT && !required)
    return FALSE;
  /* Out of Chronicle's years, as the file writes them (-300 is 300 BCE): said so, with
   * the range, at the cell in a spreadsheet. */
  if (ry == PART_RANGE ||
      (ry == PART_OK && (year < CHRONICLE_DATE_MIN_YEAR || year > CHRONICLE_DATE_MAX_YEAR)))
    {
      g_autofree char *written = part_text (parts, "year");

      if (row > 0)
        {
          g_autofree char *cell = _chronicle_timelinejs_row_place (row, g_str_equal (member, "start_date")
                                                                          ? "Year" : "End Year");

          _chronicle_builder_report_year_range (b, &(ChronicleJsonPlace) { cell, -1, NULL }, NULL, written);
        }
      else
        _chronicle_builder_report_year_range (b, place, member, written);
      return FALSE;
    }
  if (ry != PART_OK || rm == PART_BAD || rd == PART_BAD)
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                                 /* Translators: %s is "start_date" or "end_date". */
                                 _("\"%s\" needs a year, and its parts must be whole numbers"), member);
      return FALSE;
    }
  /* A day without a month says nothing precise: keep the year. */
  if (rm != PART_OK)
    day = 0, month = 0;

  /* TimelineJS counts years as people write them: -300 is 300 BCE, shown "300 BCE".
   * Chronicle's years are astronomical (year 0 is 1 BCE): year -300 is 301 BCE. A
   * year 0, which TimelineJS shows as "0", stays year 0 (1 BCE). */
  if (!chronicle_date_from_parts (year < 0 ? year + 1 : year,
                                  (int) CLAMP (month, -1, 99), (int) CLAMP (day, -1, 99), date))
    {
      char y[32], m[32], d[32];

      g_snprintf (y, sizeof y, "%" G_GINT64_FORMAT, year);
      g_snprintf (m, sizeof m, "%" G_GINT64_FORMAT, month);
      g_snprintf (d, sizeof d, "%" G_GINT64_FORMAT, day);
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, place,
                                 /* Translators: %1$s is "start_date"; %2$s, %3$s, %4$s are year, month, day. */
                                 _("\"%1$s\": year %2$s, month %3$s, day %4$s is not a date"),
                                 member, y, rm == PART_OK ? m : "-", rd == PART_OK ? d : "-");
      return FALSE;
    }
  return read_tl_time (b, parts, place, member, date);
}
