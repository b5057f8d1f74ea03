/* chronicle-date.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-date"

#include "config.h"

#include "chronicle-date.h"

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
 * @text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the year may be negative and longer
 *   than four digits
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
        }
    }

  if (*p != '\0')
    return CHRONICLE_DATE_PARSE_SYNTAX;
  if (year < CHRONICLE_DATE_MIN_YEAR || year > CHRONICLE_DATE_MAX_YEAR)
    return CHRONICLE_DATE_PARSE_YEAR_RANGE;
  if (precision >= CHRONICLE_PRECISION_MONTH && (month < 1 || month > 12))
    return CHRONICLE_DATE_PARSE_MONTH;
  if (precision == CHRONICLE_PRECISION_DAY &&
      (day < 1 || day > chronicle_days_in_month (year, (int) month)))
    return CHRONICLE_DATE_PARSE_DAY;

  date->year = year;
  date->month = (guint8) month;
  date->day = (guint8) day;
  date->precision = precision;

  return CHRONICLE_DATE_PARSE_OK;
}

gboolean
chronicle_date_is_valid (const ChronicleDate *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  if (date->year < CHRONICLE_DATE_MIN_YEAR || date->year > CHRONICLE_DATE_MAX_YEAR)
    return FALSE;

  switch (date->precision)
    {
    case CHRONICLE_PRECISION_YEAR:
      return date->month == 0 && date->day == 0;
    case CHRONICLE_PRECISION_MONTH:
      return date->month >= 1 && date->month <= 12 && date->day == 0;
    case CHRONICLE_PRECISION_DAY:
      return date->month >= 1 && date->month <= 12 &&
             date->day >= 1 && date->day <= chronicle_days_in_month (date->year, date->month);
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
      return chronicle_date_first_day (date) + 1;
    case CHRONICLE_PRECISION_MONTH:
      return chronicle_date_first_day (date) + chronicle_days_in_month (date->year, date->month);
    case CHRONICLE_PRECISION_YEAR:
    default:
      return chronicle_days_from_civil (date->year + 1, 1, 1);
    }
}

/* Orders by first day, then the more precise date first. */
int
chronicle_date_compare (const ChronicleDate *a,
                        const ChronicleDate *b)
{
  gint64 da = chronicle_date_first_day (a);
  gint64 db = chronicle_date_first_day (b);

  if (da != db)
    return da < db ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision > b->precision ? -1 : 1;
  return 0;
}
