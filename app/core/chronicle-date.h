/* chronicle-date.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * ChroniclePrecision:
 *
 * How precisely the source text dates something. A month-precision date
 * covers its whole month, a year-precision date its whole year; a
 * minute-precision date is a time of day on its day ("2023-09-10T14:30").
 */
typedef enum
{
  CHRONICLE_PRECISION_YEAR = 1,
  CHRONICLE_PRECISION_MONTH,
  CHRONICLE_PRECISION_DAY,
  CHRONICLE_PRECISION_MINUTE,
} ChroniclePrecision;

/* Years the format accepts: TimelineJS's cosmological samples go back to the Big Bang. */
#define CHRONICLE_DATE_MIN_YEAR (-13800000000LL)
#define CHRONICLE_DATE_MAX_YEAR (9999LL)

/**
 * ChronicleDate:
 * @year: proleptic Gregorian year; year 0 is 1 BCE
 * @month: 1–12, or 0 at year precision
 * @day: 1–31, or 0 at year or month precision
 * @precision: how much of the date is known
 * @hour: 0–23 at minute precision, else 0
 * @minute: 0–59 at minute precision, else 0
 *
 * A calendar date as precise as its source, with no time zone (a time of day is
 * as the source wrote it). A small value type: copy it freely. The time comes
 * after @precision so that `{ year, month, day, precision }` initialisers stay
 * right.
 */
typedef struct
{
  gint64             year;
  guint8             month;
  guint8             day;
  ChroniclePrecision precision;
  guint8             hour;
  guint8             minute;
} ChronicleDate;

typedef enum
{
  CHRONICLE_DATE_PARSE_OK = 0,
  CHRONICLE_DATE_PARSE_SYNTAX,       /* not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM */
  CHRONICLE_DATE_PARSE_YEAR_RANGE,   /* outside CHRONICLE_DATE_MIN_YEAR..MAX_YEAR */
  CHRONICLE_DATE_PARSE_MONTH,        /* month outside 1–12 */
  CHRONICLE_DATE_PARSE_DAY,          /* day that month does not have */
  CHRONICLE_DATE_PARSE_TIME,         /* hour outside 0–23 or minute outside 0–59 */
} ChronicleDateParseResult;

/* Minutes in a day: a time of day is a fraction of its day in positions. */
#define CHRONICLE_MINUTES_PER_DAY 1440

ChronicleDateParseResult chronicle_date_parse          (const char          *text,
                                                        ChronicleDate       *date);
gboolean                 chronicle_date_is_valid       (const ChronicleDate *date);
gboolean                 chronicle_date_from_parts     (gint64               year,
                                                        int                  month,
                                                        int                  day,
                                                        ChronicleDate       *date);
gboolean                 chronicle_date_set_time       (ChronicleDate       *date,
                                                        int                  hour,
                                                        int                  minute);
gboolean                 chronicle_time_parse          (const char          *text,
                                                        int                 *hour,
                                                        int                 *minute);
int                      chronicle_date_get_minute_of_day (const ChronicleDate *date);
double                   chronicle_date_start_position (const ChronicleDate *date);
double                   chronicle_date_end_position   (const ChronicleDate *date);
char                    *chronicle_date_to_string      (const ChronicleDate *date);
gint64                   chronicle_date_first_day      (const ChronicleDate *date);
gint64                   chronicle_date_end_day        (const ChronicleDate *date);
int                      chronicle_date_compare        (const ChronicleDate *a,
                                                        const ChronicleDate *b);

gboolean                 chronicle_is_leap_year        (gint64               year);
int                      chronicle_days_in_month       (gint64               year,
                                                        int                  month);
gint64                   chronicle_days_from_civil     (gint64               year,
                                                        int                  month,
                                                        int                  day);
void                     chronicle_civil_from_days     (gint64               days,
                                                        gint64              *year,
                                                        int                 *month,
                                                        int                 *day);

G_END_DECLS
