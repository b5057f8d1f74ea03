/* chronicle-date.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-date"

#include "config.h"

#include "chronicle-date.h"

#include <string.h>

/* Day numbers count from 1970-01-01 (day 0) in the proleptic Gregorian calendar.
 * The conversions are Howard Hinnant's days_from_civil/civil_from_days, which are
 * exact over the whole gint64 range of years we accept (|year| ≤ 1.4e10 gives
 * |days| ≤ 5.1e12, far from overflow). */

gboolean
chronicle_is_leap_year (gint64 year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
chronicle_days_in_month (gint64 year,
                         int    month)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  if (month == 2 && chronicle_is_leap_year (year))
    return 29;
  return days[month - 1];
}

gint64
chronicle_days_from_civil (gint64 year,
                           int    month,
                           int    day)
{
  gint64 y = month <= 2 ? year - 1 : year;
  gint64 era = (y >= 0 ? y : y - 399) / 400;
  gint64 yoe = y - era * 400;
  gint64 mp = (month + 9) % 12;
  gint64 doy = (153 * mp + 2) / 5 + day - 1;
  gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

void
chronicle_civil_from_days (gint64  days,
                           gint64 *year,
                           int    *month,
                           int    *day)
{
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  int d = (int) (doy - (153 * mp + 2) / 5 + 1);
  int m = (int) (mp < 10 ? mp + 3 : mp - 9);

  if (year != NULL)
    *year = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (month != NULL)
    *month = m;
  if (day != NULL)
    *day = d;
}

/* Reads an optionally signed run of ASCII digits; FALSE on overflow past 12 digits. */
static gboolean
parse_number (const char **p,
              gboolean     allow_sign,
              gint64      *value,
              int         *n_digits)
{
  const char *s = *p;
  gboolean negative = FALSE;
  gint64 v = 0;
  int n = 0;

  if (allow_sign && (*s == '-' || *s == '+'))
    {
      negative = *s == '-';
      s++;
    }

  while (*s >= '0' && *s <= '9')
    {
      if (n >= 12)
        return FALSE;
      v = v * 10 + (*s - '0');
      n++;
      s++;
    }

  if (n == 0)
    return FALSE;

  *p = s;
  *value = negative ? -v : v;
  *n_digits = n;
  return TRUE;
}

/**
 * chronicle_date_parse:
 * @text: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (seconds, `:SS`,
 *   are accepted and dropped); the year may be negative and longer than four digits
 * @date: (out): the parsed date, with its precision
 *
 * Returns: %CHRONICLE_DATE_PARSE_OK, or what is wrong with @text.
 */
ChronicleDateParseResult
chronicle_date_parse (const char    *text,
                      ChronicleDate *date)
{
  const char *p = text;
  gint64 year;
  gint64 month = 0;
  gint64 day = 0;
  gint64 hour = 0;
  gint64 minute = 0;
  gint64 second = 0;
  int n;
  ChroniclePrecision precision = CHRONICLE_PRECISION_YEAR;

  g_return_val_if_fail (text != NULL, CHRONICLE_DATE_PARSE_SYNTAX);
  g_return_val_if_fail (date != NULL, CHRONICLE_DATE_PARSE_SYNTAX);

  if (*p == '+')
    return CHRONICLE_DATE_PARSE_SYNTAX;
  if (!parse_number (&p, TRUE, &year, &n))
    {
      /* Only a run of more digits than any accepted year is a range error. */
      const char *digits = *p == '-' ? p + 1 : p;

      return g_ascii_isdigit (*digits) ? CHRONICLE_DATE_PARSE_YEAR_RANGE
                                       : CHRONICLE_DATE_PARSE_SYNTAX;
    }
  /* ISO 8601 years have at least four digits; shorter ones are typos like "223". */
  if (n < 4 && year >= 0)
    return CHRONICLE_DATE_PARSE_SYNTAX;

  if (*p == '-')
    {
      p++;
      if (!parse_number (&p, FALSE, &month, &n) || n != 2)
        return CHRONICLE_DATE_PARSE_SYNTAX;
      precision = CHRONICLE_PRECISION_MONTH;

      if (*p == '-')
        {
          p++;
          if (!parse_number (&p, FALSE, &day, &n) || n != 2)
            return CHRONICLE_DATE_PARSE_SYNTAX;
          precision = CHRONICLE_PRECISION_DAY;

          /* ISO 8601's time of day: THH:MM, seconds tolerated (kept to the minute). */
          if (*p == 'T')
            {
              p++;
              if (!parse_number (&p, FALSE, &hour, &n) || n != 2 || *p != ':')
                return CHRONICLE_DATE_PARSE_SYNTAX;
              p++;
              if (!parse_number (&p, FALSE, &minute, &n) || n != 2)
                return CHRONICLE_DATE_PARSE_SYNTAX;
              if (*p == ':')
                {
                  p++;
                  if (!parse_number (&p, FALSE, &second, &n) || n != 2)
                    return CHRONICLE_DATE_PARSE_SYNTAX;
                }
              precision = CHRONICLE_PRECISION_MINUTE;
            }
        }
    }

  if (*p != '\0')
    return CHRONICLE_DATE_PARSE_SYNTAX;
  if (year < CHRONICLE_DATE_MIN_YEAR || year > CHRONICLE_DATE_MAX_YEAR)
    return CHRONICLE_DATE_PARSE_YEAR_RANGE;
  if (precision >= CHRONICLE_PRECISION_MONTH && (month < 1 || month > 12))
    return CHRONICLE_DATE_PARSE_MONTH;
  if (precision >= CHRONICLE_PRECISION_DAY &&
      (day < 1 || day > chronicle_days_in_month (year, (int) month)))
    return CHRONICLE_DATE_PARSE_DAY;
  if (hour > 23 || minute > 59 || second > 59)
    return CHRONICLE_DATE_PARSE_TIME;

  date->year = year;
  date->month = (guint8) month;
  date->day = (guint8) day;
  date->precision = precision;
  date->hour = (guint8) hour;
  date->minute = (guint8) minute;

  return CHRONICLE_DATE_PARSE_OK;
}

gboolean
chronicle_date_is_valid (const ChronicleDate *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  if (date->year < CHRONICLE_DATE_MIN_YEAR || date->year > CHRONICLE_DATE_MAX_YEAR)
    return FALSE;

  if (date->precision != CHRONICLE_PRECISION_MINUTE && (date->hour != 0 || date->minute != 0))
    return FALSE;

  switch (date->precision)
    {
    case CHRONICLE_PRECISION_YEAR:
      return date->month == 0 && date->day == 0;
    case CHRONICLE_PRECISION_MONTH:
      return date->month >= 1 && date->month <= 12 && date->day == 0;
    case CHRONICLE_PRECISION_DAY:
    case CHRONICLE_PRECISION_MINUTE:
      return date->month >= 1 && date->month <= 12 &&
             date->day >= 1 && date->day <= chronicle_days_in_month (date->year, date->month) &&
             date->hour <= 23 && date->minute <= 59;
    default:
      return FALSE;
    }
}

/**
 * chronicle_date_from_parts:
 * @year: the year
 * @month: 1–12, or 0 when unknown
 * @day: 1–31, or 0 when unknown (ignored when @month is 0)
 * @date: (out): the date, as precise as the parts given
 *
 * Returns: %TRUE when the parts make a real date
 */
gboolean
chronicle_date_from_parts (gint64         year,
                           int            month,
                           int            day,
                           ChronicleDate *date)
{
  ChronicleDate d = { year, 0, 0, CHRONICLE_PRECISION_YEAR };

  g_return_val_if_fail (date != NULL, FALSE);

  if (month != 0)
    {
      if (month < 1 || month > 12)
        return FALSE;
      d.month = (guint8) month;
      d.precision = CHRONICLE_PRECISION_MONTH;

      if (day != 0)
        {
          if (day < 1 || day > 31)
            return FALSE;
          d.day = (guint8) day;
          d.precision = CHRONICLE_PRECISION_DAY;
        }
    }

  if (!chronicle_date_is_valid (&d))
    return FALSE;

  *date = d;
  return TRUE;
}

/**
 * chronicle_date_set_time:
 * @date: a day-precision (or minute-precision) date
 * @hour: 0–23
 * @minute: 0–59
 *
 * Gives @date a time of day: it becomes minute-precision.
 *
 * Returns: %FALSE (and @date unchanged) when @date has no day or the time is not one
 */
gboolean
chronicle_date_set_time (ChronicleDate *date,
                         int            hour,
                         int            minute)
{
  g_return_val_if_fail (date != NULL, FALSE);

  if (date->precision < CHRONICLE_PRECISION_DAY || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return FALSE;
  date->precision = CHRONICLE_PRECISION_MINUTE;
  date->hour = (guint8) hour;
  date->minute = (guint8) minute;
  return TRUE;
}

/* A run of 1 to @max ASCII digits. */
static gboolean
read_digits (const char **p,
             int          max,
             int         *value)
{
  int v = 0, n = 0;

  while (g_ascii_isdigit (**p) && n < max)
    {
      v = v * 10 + (**p - '0');
      (*p)++;
      n++;
    }
  *value = v;
  return n > 0 && !g_ascii_isdigit (**p);
}

/**
 * chronicle_time_parse:
 * @text: a time of day as TimelineJS's spreadsheet template takes it: "14:30",
 *   "14.30", "1430", "14", "2:30 PM", "2:30pm", "2 p.m.", "14:30:15", "14:30:15.250"
 *   (seconds are dropped); spaces around it are ignored
 * @hour: (out): 0–23
 * @minute: (out): 0–59
 *
 * Returns: %TRUE when @text is a time of day
 */
gboolean
chronicle_time_parse (const char *text,
                      int        *hour,
                      int        *minute)
{
  g_autofree char *copy = NULL;
  char *s, *end;
  const char *p;
  char period = 0;
  int h = 0, m = 0, sec = 0, frac = 0;
  gsize len;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  copy = g_strstrip (g_strdup (text));
  s = copy;
  len = strlen (s);
  end = s + len;

  /* A trailing AM or PM, as "am", "PM", "p.m." or "P.M", maybe after a space. */
  if (len >= 2)
    {
      char *q = end;

      if (q > s && q[-1] == '.')
        q--;
      if (q > s && (q[-1] == 'm' || q[-1] == 'M'))
        {
          q--;
          if (q > s && q[-1] == '.')
            q--;
          if (q > s && strchr ("aApP", q[-1]) != NULL)
            {
              q--;
              period = g_ascii_tolower (*q);
              *q = '\0';
              g_strchomp (s);
            }
        }
    }

  p = s;
  if (strspn (s, "0123456789") == strlen (s) && (strlen (s) == 3 || strlen (s) == 4))
    {
      /* "1430", "230": hours then two digits of minutes. */
      h = (int) (g_ascii_strtoll (s, NULL, 10) / 100);
      m = (int) (g_ascii_strtoll (s, NULL, 10) % 100);
    }
  else
    {
      char separator = strchr (s, ':') != NULL ? ':' : '.';

      if (!read_digits (&p, 2, &h))
        return FALSE;
      if (*p == separator)
        {
          p++;
          if (!read_digits (&p, 2, &m))
            return FALSE;
          if (*p == separator)
            {
              p++;
              if (!read_digits (&p, 2, &sec))
                return FALSE;
              if (*p == '.' || *p == ',')
                {
                  p++;
                  if (!read_digits (&p, 9, &frac))
                    return FALSE;
                }
            }
        }
      if (*p != '\0')
        return FALSE;
    }

  if (period != 0)
    {
      if (h < 1 || h > 12)
        return FALSE;
      if (period == 'p' && h != 12)
        h += 12;
      else if (period == 'a' && h == 12)
        h = 0;
    }
  if (h > 23 || m > 59 || sec > 59)
    return FALSE;

  *hour = h;
  *minute = m;
  return TRUE;
}

/* The minutes since midnight of a minute-precision date; 0 for a less precise one. */
int
chronicle_date_get_minute_of_day (const ChronicleDate *date)
{
  g_return_val_if_fail (date != NULL, 0);

  if (date->precision != CHRONICLE_PRECISION_MINUTE)
    return 0;
  return date->hour * 60 + date->minute;
}

/**
 * chronicle_date_start_position:
 *
 * Returns: where @date begins, in days (fractional for a time of day) from the
 *   epoch of chronicle_date_first_day(): 14:30 is 0.604 of its day
 */
double
chronicle_date_start_position (const ChronicleDate *date)
{
  g_return_val_if_fail (date != NULL, 0);

  return (double) chronicle_date_first_day (date) +
         (double) chronicle_date_get_minute_of_day (date) / CHRONICLE_MINUTES_PER_DAY;
}

/**
 * chronicle_date_end_position:
 *
 * Returns: just past what @date covers, in days: a day's end, or a minute's end
 *   for a time of day
 */
double
chronicle_date_end_position (const ChronicleDate *date)
{
  g_return_val_if_fail (date != NULL, 0);

  if (date->precision == CHRONICLE_PRECISION_MINUTE)
    return chronicle_date_start_position (date) + 1.0 / CHRONICLE_MINUTES_PER_DAY;
  return (double) chronicle_date_end_day (date);
}

/**
 * chronicle_date_to_string:
 *
 * Returns: (transfer full): the date in the format's own notation, as precise as it is.
 */
char *
chronicle_date_to_string (const ChronicleDate *date)
{
  /* ISO 8601 pads the magnitude of the year, after the sign: -0044, not -044. */
  const char *sign;
  guint64 magnitude;

  g_return_val_if_fail (date != NULL, NULL);

  sign = date->year < 0 ? "-" : "";
  magnitude = date->year < 0 ? (guint64) -date->year : (guint64) date->year;

  switch (date->precision)
    {
    case CHRONICLE_PRECISION_MINUTE:
      return g_strdup_printf ("%s%04" G_GUINT64_FORMAT "-%02u-%02uT%02u:%02u",
                              sign, magnitude, date->month, date->day, date->hour, date->minute);
    case CHRONICLE_PRECISION_DAY:
      return g_strdup_printf ("%s%04" G_GUINT64_FORMAT "-%02u-%02u",
                              sign, magnitude, date->month, date->day);
    case CHRONICLE_PRECISION_MONTH:
      return g_strdup_printf ("%s%04" G_GUINT64_FORMAT "-%02u", sign, magnitude, date->month);
    case CHRONICLE_PRECISION_YEAR:
    default:
      return g_strdup_printf ("%s%04" G_GUINT64_FORMAT, sign, magnitude);
    }
}

/**
 * chronicle_date_first_day:
 *
 * Returns: the day number of the first day the date covers.
 */
gint64
chronicle_date_first_day (const ChronicleDate *date)
{
  g_return_val_if_fail (date != NULL, 0);

  return chronicle_days_from_civil (date->year,
                                    date->month ? date->month : 1,
                                    date->day ? date->day : 1);
}

/**
 * chronicle_date_end_day:
 *
 * Returns: the day number just past the last day the date covers: a
 *   month-precision date covers its whole month.
 */
gint64
chronicle_date_end_day (const ChronicleDate *date)
{
  g_return_val_if_fail (date != NULL, 0);

  switch (date->precision)
    {
    case CHRONICLE_PRECISION_DAY:
    case CHRONICLE_PRECISION_MINUTE:
      return chronicle_date_first_day (date) + 1;
    case CHRONICLE_PRECISION_MONTH:
      return chronicle_date_first_day (date) + chronicle_days_in_month (date->year, date->month);
    case CHRONICLE_PRECISION_YEAR:
    default:
      return chronicle_days_from_civil (date->year + 1, 1, 1);
    }
}

/* Orders by first day, then time of day (a date without one begins at midnight),
 * then the more precise date first. */
int
chronicle_date_compare (const ChronicleDate *a,
                        const ChronicleDate *b)
{
  gint64 da = chronicle_date_first_day (a);
  gint64 db = chronicle_date_first_day (b);
  int ma = chronicle_date_get_minute_of_day (a);
  int mb = chronicle_date_get_minute_of_day (b);

  if (da != db)
    return da < db ? -1 : 1;
  if (ma != mb)
    return ma < mb ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision > b->precision ? -1 : 1;
  return 0;
}
