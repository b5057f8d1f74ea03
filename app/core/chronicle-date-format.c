/* chronicle-date-format.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-date-format"

#include "config.h"

#include "chronicle-date-format.h"

#include <glib/gi18n.h>
#include <string.h>

/* Every format here is a translatable string or a GDateTime format, so dates read
 * naturally in the UI language, as a teacher would write them on the board:
 * "10 September 2023", "September 2023", "2023" in English; "ngày 10 tháng 9 năm 2023",
 * "tháng 9 năm 2023", "năm 2023" in Vietnamese. Years outside GDateTime's 1–9999 (and
 * BCE years) are formatted by hand. Precision is always kept: a month-precision date
 * never gains a day. */

static GDateTime *
date_time_for (gint64 year,
               int    month,
               int    day)
{
  if (year < 1 || year > 9999)
    return NULL;
  return g_date_time_new_utc ((int) year, MAX (month, 1), MAX (day, 1), 0, 0, 0);
}

/**
 * chronicle_year_format:
 *
 * Returns: (transfer full): a year for people: "2023", "44 BCE", "13,800,000,000 BCE"
 */
char *
chronicle_year_format (gint64 year)
{
  g_autofree char *digits = NULL;
  gint64 bce;

  if (year >= 1)
    return g_strdup_printf ("%" G_GINT64_FORMAT, year);

  /* Year 0 is 1 BCE; beyond ten thousand years that one-year offset is noise (a
   * cosmological "-13800000000" means 13.8 billion years ago). */
  bce = year <= -10000 ? -year : 1 - year;
  if (bce >= 100000)
    {
      GString *grouped = g_string_new (NULL);
      g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT, bce);
      gsize len = strlen (plain);

      for (gsize i = 0; i < len; i++)
        {
          if (i > 0 && (len - i) % 3 == 0)
            /* Translators: the thousands separator in very large years, like 13,800,000,000 BCE. */
            g_string_append (grouped, C_("thousands separator", ","));
          g_string_append_c (grouped, plain[i]);
        }
      digits = g_string_free (grouped, FALSE);
    }
  else
    digits = g_strdup_printf ("%" G_GINT64_FORMAT, bce);

  /* Translators: a year before the common era; %s is the number. */
  return g_strdup_printf (_("%s BCE"), digits);
}

static char *
format_month (gint64 year,
              int    month)
{
  g_autoptr(GDateTime) dt = date_time_for (year, month, 1);
  g_autofree char *y = NULL;

  if (dt != NULL)
    /* Translators: a month and year as in "November 2023"; a GDateTime format
     * (%B is the month's name, %Y the year). */
    return g_date_time_format (dt, C_("month and year", "%B %Y"));

  y = chronicle_year_format (year);
  /* Translators: a month number and a year outside the calendar GLib knows;
   * %1$d is the month, %2$s the year. */
  return g_strdup_printf (_("month %1$d of %2$s"), month, y);
}

static char *
format_day (gint64 year,
            int    month,
            int    day)
{
  g_autoptr(GDateTime) dt = date_time_for (year, month, day);
  g_autofree char *m = NULL;

  if (dt != NULL)
    /* Translators: a full date as in "10 September 2023"; a GDateTime format
     * (%-d is the day without padding, %B the month's name, %Y the year). */
    return g_date_time_format (dt, C_("full date", "%-d %B %Y"));

  m = format_month (year, month);
  /* Translators: a day and a month outside the calendar GLib knows; %1$d is the
   * day, %2$s the month and year. */
  return g_strdup_printf (_("%1$d, %2$s"), day, m);
}

static char *
format_year (gint64 year)
{
  g_autofree char *y = chronicle_year_format (year);

  /* Translators: a date known only to its year, as in "2022" (where a Vietnamese
   * teacher writes "năm 2022"); %s is the year, "2022" or "44 BCE". */
  return g_strdup_printf (C_("year-precision date", "%s"), y);
}

/**
 * chronicle_date_format:
 *
 * Returns: (transfer full): @date as precise as it is: "10 September 2023",
 *   "November 2023", "2022"
 */
char *
chronicle_date_format (const ChronicleDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case CHRONICLE_PRECISION_DAY:
      return format_day (date->year, date->month, date->day);
    case CHRONICLE_PRECISION_MONTH:
      return format_month (date->year, date->month);
    case CHRONICLE_PRECISION_YEAR:
    default:
      return format_year (date->year);
    }
}

/**
 * chronicle_date_format_range:
 * @end: (nullable): the last date, or %NULL for a single date
 *
 * Returns: (transfer full): "10–11 September 2023", "30 October – 1 November 2022",
 *   "2021–2025", with what the two dates share written once
 */
char *
chronicle_date_format_range (const ChronicleDate *start,
                             const ChronicleDate *end)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (start != NULL, NULL);

  if (end == NULL || chronicle_date_compare (start, end) == 0)
    return chronicle_date_format (start);

  if (start->precision == CHRONICLE_PRECISION_DAY && end->precision == CHRONICLE_PRECISION_DAY &&
      start->year == end->year)
    {
      g_autoptr(GDateTime) ds = date_time_for (start->year, start->month, start->day);
      g_autoptr(GDateTime) de = date_time_for (end->year, end->month, end->day);

      if (ds != NULL && de != NULL && start->month == end->month)
        {
          /* Translators: the last day of days in one month, with its month and
           * year, as in "11 September 2023" in "10–11 September 2023"; a GDateTime
           * format, like "full date" but what comes after the dash. */
          b = g_date_time_format (de, C_("last day of a range in one month", "%-d %B %Y"));
          /* Translators: days in one month, as in "10–11 September 2023": %1$d is
           * the first day, %2$s the last day with its month and year. */
          return g_strdup_printf (_("%1$d–%2$s"), start->day, b);
        }
      if (ds != NULL && de != NULL)
        {
          /* Translators: a day and month without the year, as in "30 October";
           * a GDateTime format. */
          a = g_date_time_format (ds, C_("day and month", "%-d %B"));
          b = g_date_time_format (de, C_("full date", "%-d %B %Y"));
          /* Translators: a range of dates in one year, as in "30 October – 1 November
           * 2022": %1$s is the first day and month, %2$s the last full date. */
          return g_strdup_printf (_("%1$s – %2$s"), a, b);
        }
    }

  if (start->precision == CHRONICLE_PRECISION_YEAR && end->precision == CHRONICLE_PRECISION_YEAR)
    {
      a = chronicle_year_format (start->year);
      b = chronicle_year_format (end->year);
      /* Translators: a range of years, as in "2021–2025"; %1$s and %2$s are bare years. */
      return g_strdup_printf (_("%1$s–%2$s"), a, b);
    }
  a = chronicle_date_format (start);
  b = chronicle_date_format (end);
  /* Translators: a range of dates, as in "May 2023 – December 2023". */
  return g_strdup_printf (_("%1$s – %2$s"), a, b);
}

/**
 * chronicle_tick_format:
 * @step: the axis step the tick belongs to
 * @day: the tick's day
 *
 * Returns: (transfer full): a short axis label: "10 Sep", "Sep", "Q3 2023", "2023"
 */
char *
chronicle_tick_format (ChronicleTickStep step,
                       gint64            day)
{
  gint64 year;
  int month, d;
  g_autoptr(GDateTime) dt = NULL;

  chronicle_civil_from_days (day, &year, &month, &d);
  dt = date_time_for (year, month, d);

  switch (step.unit)
    {
    case CHRONICLE_TICK_DAY:
    case CHRONICLE_TICK_WEEK:
      if (dt != NULL)
        /* Translators: a short day label on the time axis, as in "10 Sep"; a GDateTime format. */
        return g_date_time_format (dt, C_("axis day", "%-d %b"));
      return g_strdup_printf ("%d/%d", d, month);
    case CHRONICLE_TICK_MONTH:
      if (step.count == 3)
        {
          g_autofree char *y = chronicle_year_format (year);
          /* Translators: a quarter on the time axis, as in "Q3 2023": %1$d is the
           * quarter (1–4), %2$s the year. */
          return g_strdup_printf (_("Q%1$d %2$s"), (month - 1) / 3 + 1, y);
        }
      if (dt != NULL && month == 1)
        /* Translators: January on the time axis, with the year: "Jan 2023"; a GDateTime format. */
        return g_date_time_format (dt, C_("axis month with year", "%b %Y"));
      if (dt != NULL)
        /* Translators: a month on the time axis, as in "Sep"; a GDateTime format. */
        return g_date_time_format (dt, C_("axis month", "%b"));
      return g_strdup_printf ("%d", month);
    case CHRONICLE_TICK_YEAR:
    default:
      return chronicle_year_format (year);
    }
}
