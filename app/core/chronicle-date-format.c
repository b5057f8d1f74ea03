/* chronicle-date-format.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-date-format"

#include "config.h"

#include "chronicle-date-format.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/* Every format here is a translatable string or a GDateTime format, so dates read
 * naturally in the UI language, as a teacher would write them on the board:
 * "10 September 2023", "September 2023", "2023" in English; "ngày 10 tháng 9 năm 2023",
 * "tháng 9 năm 2023", "năm 2023" in Vietnamese. Years outside GDateTime's 1–9999 (and
 * BCE years) are formatted by hand, deep time in words ("13.8 billion years ago").
 * Precision is always kept: a month-precision date never gains a day, a day never
 * gains a time. */

static GDateTime *
date_time_for (gint64 year,
               int    month,
               int    day)
{
  if (year < 1 || year > 9999)
    return NULL;
  return g_date_time_new_utc ((int) year, MAX (month, 1), MAX (day, 1), 0, 0, 0);
}

/* @format (a translated GDateTime format) for a day of any year. GDateTime knows
 * the years 1–9999; for the others ("15 March 44 BCE") the day and month come from
 * a leap year GDateTime knows, and %Y is the year as people write it. */
static char *
format_calendar (const char *format,
                 gint64      year,
                 int         month,
                 int         day)
{
  g_autoptr(GDateTime) dt = date_time_for (year, month, day);
  g_autoptr(GDateTime) proxy = NULL;
  g_autofree char *y = NULL;
  GString *escaped;
  g_auto(GStrv) parts = NULL;
  g_autofree char *with_year = NULL;

  if (dt != NULL)
    return g_date_time_format (dt, format);

  proxy = g_date_time_new_utc (2000, CLAMP (month, 1, 12), CLAMP (day, 1, 31), 0, 0, 0);
  if (proxy == NULL)
    proxy = g_date_time_new_utc (2000, CLAMP (month, 1, 12), 1, 0, 0, 0);

  y = chronicle_year_format (year);
  escaped = g_string_new (NULL);
  for (const char *c = y; *c != '\0'; c++)
    {
      if (*c == '%')
        g_string_append_c (escaped, '%');
      g_string_append_c (escaped, *c);
    }
  parts = g_strsplit (format, "%Y", -1);
  with_year = g_strjoinv (escaped->str, parts);
  g_string_free (escaped, TRUE);
  return g_date_time_format (proxy, with_year);
}

/* @n in digits, grouped in thousands from 10,000 up ("13,800,000,000"), as years
 * are written; 4-digit numbers stay whole ("2023", "3500"). */
static char *
group_digits (guint64 n)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GUINT64_FORMAT, n);
  GString *grouped;
  gsize len = strlen (plain);

  if (n < 10000)
    return g_steal_pointer (&plain);

  grouped = g_string_new (NULL);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        /* Translators: the thousands separator in very large numbers of years,
         * like 13,800,000,000 or 315,000 years ago. */
        g_string_append (grouped, C_("thousands separator", ","));
      g_string_append_c (grouped, plain[i]);
    }
  return g_string_free (grouped, FALSE);
}

/* @n / @unit with as many decimals as it takes, none when whole: "13.8", "13.79963",
 * "65"; @whole gets the number rounded up, for choosing a plural form. */
static char *
scaled_number (guint64  n,
               guint64  unit,
               gulong  *whole)
{
  guint64 integer = n / unit, fraction = n % unit;
  g_autofree char *digits = group_digits (integer);
  char decimals[32];
  int width = 0;
  gsize len;

  *whole = (gulong) MIN (integer + (fraction != 0), G_MAXULONG);
  if (fraction == 0)
    return g_steal_pointer (&digits);

  for (guint64 u = unit; u > 1; u /= 10)
    width++;
  g_snprintf (decimals, sizeof decimals, "%0*" G_GUINT64_FORMAT, width, fraction);
  len = strlen (decimals);
  while (len > 0 && decimals[len - 1] == '0')
    decimals[--len] = '\0';

  /* Translators: the decimal separator, as in 13.8 billion years ago. */
  return g_strdup_printf ("%s%s%s", digits, C_("decimal separator", "."), decimals);
}

/* Deep time in the future, on an axis of deep time that runs past the present:
 * "in 5 billion years". */
static char *
format_years_ahead (guint64 years)
{
  g_autofree char *number = NULL;
  gulong n;

  if (years >= G_GUINT64_CONSTANT (1000000000))
    {
      number = scaled_number (years, G_GUINT64_CONSTANT (1000000000), &n);
      /* Translators: deep time to come, on the time axis, as in "in 5 billion years"; %s
       * is the number of billions; the plural form goes by that number rounded up. */
      return g_strdup_printf (ngettext ("in %s billion years", "in %s billion years", n), number);
    }
  if (years >= 1000000)
    {
      number = scaled_number (years, 1000000, &n);
      /* Translators: deep time to come, on the time axis, as in "in 5 million years"; %s
       * is the number of millions; the plural form goes by that number rounded up. */
      return g_strdup_printf (ngettext ("in %s million years", "in %s million years", n), number);
    }
  number = group_digits (years);
  /* Translators: deep time to come, on the time axis, as in "in 20,000 years"; %s is
   * the number of years (10,000 or more, with thousands separators). */
  return g_strdup_printf (ngettext ("in %s year", "in %s years", (gulong) years), number);
}

/* Deep time, for years at least 10,000 before the common era, where the two
 * thousand years since are noise: "13.8 billion years ago", "65 million years
 * ago", "315,000 years ago". */
static char *
format_years_ago (guint64 years)
{
  g_autofree char *number = NULL;
  gulong n;

  if (years >= G_GUINT64_CONSTANT (1000000000))
    {
      number = scaled_number (years, G_GUINT64_CONSTANT (1000000000), &n);
      /* Translators: deep time, as in "13.8 billion years ago"; %s is the number of
       * billions, with decimals when needed; the plural form goes by that number
       * rounded up (13.8 as 14). */
      return g_strdup_printf (ngettext ("%s billion years ago", "%s billion years ago", n), number);
    }
  if (years >= 1000000)
    {
      number = scaled_number (years, 1000000, &n);
      /* Translators: deep time, as in "65 million years ago"; %s is the number of
       * millions, with decimals when needed; the plural form goes by that number
       * rounded up (538.8 as 539). */
      return g_strdup_printf (ngettext ("%s million years ago", "%s million years ago", n), number);
    }
  number = group_digits (years);
  n = (gulong) years;
  /* Translators: deep time, as in "315,000 years ago"; %s is the number of years
   * (10,000 or more, with thousands separators). */
  return g_strdup_printf (ngettext ("%s year ago", "%s years ago", n), number);
}

/* How many decimals @n / @unit is written with ("13.8": 1, "13.79963": 5, "65": 0). */
static guint
n_decimals (guint64 n,
            guint64 unit)
{
  guint64 fraction = n % unit;
  guint decimals = 0;

  if (fraction == 0)
    return 0;
  for (guint64 u = unit; u > 1; u /= 10)
    decimals++;
  while (fraction % 10 == 0)
    fraction /= 10, decimals--;
  return decimals;
}

/* @n rounded to @decimals decimals of @unit (half up), back in years. */
static guint64
round_to_decimals (guint64 n,
                   guint64 unit,
                   guint   decimals)
{
  guint64 step = unit;

  for (guint d = 0; d < decimals && step > 1; d++)
    step /= 10;
  return (n / step + (n % step >= (step + 1) / 2)) * step;
}

/* Two years of deep time in one unit, written once: "538.8–251.902 million years ago",
 * "4.6–3.8 billion years ago", "315,000–200,000 years ago"; one figure when both
 * round to it at the coarser end's precision ("13.8–13.79963 billion" is "13.8
 * billion years ago": the span is below what its start states); NULL when their
 * units differ. */
static char *
format_years_ago_range (guint64 from,
                        guint64 to)
{
  static const guint64 units[] = { G_GUINT64_CONSTANT (1000000000), 1000000, 1 };
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gulong n;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      gboolean a_here = from >= units[i], b_here = to >= units[i];

      if (a_here != b_here)
        return NULL;
      if (!a_here)
        continue;

      if (units[i] > 1)
        {
          guint decimals = MIN (n_decimals (from, units[i]), n_decimals (to, units[i]));
          guint64 rounded = round_to_decimals (from, units[i], decimals);

          if (rounded == round_to_decimals (to, units[i], decimals) && rounded >= units[i])
            return format_years_ago (rounded);
        }
      a = units[i] > 1 ? scaled_number (from, units[i], &n) : group_digits (from);
      b = units[i] > 1 ? scaled_number (to, units[i], &n) : group_digits (to);
      if (units[i] == 1)
        n = (gulong) MIN (to, G_MAXULONG);
      if (i == 0)
        /* Translators: a span of deep time, as in "4.6–3.8 billion years ago": %1$s and
         * %2$s are numbers of billions; the plural form goes by the second, rounded up. */
        return g_strdup_printf (ngettext ("%1$s–%2$s billion years ago", "%1$s–%2$s billion years ago", n), a, b);
      if (i == 1)
        /* Translators: a span of deep time, as in "538.8–251.902 million years ago": %1$s
         * and %2$s are numbers of millions; the plural form goes by the second, rounded up. */
        return g_strdup_printf (ngettext ("%1$s–%2$s million years ago", "%1$s–%2$s million years ago", n), a, b);
      /* Translators: a span of deep time, as in "315,000–200,000 years ago": %1$s and
       * %2$s are numbers of years, 10,000 or more. */
      return g_strdup_printf (ngettext ("%1$s–%2$s year ago", "%1$s–%2$s years ago", n), a, b);
    }
  return NULL;
}

static guint
trailing_zeros (guint64 n)
{
  guint zeros = 0;

  while (n != 0 && n % 10 == 0)
    n /= 10, zeros++;
  return zeros;
}

/* How many years ago astronomical @year (at most 0) reads. Data write deep time in two
 * ways: as the BCE number (TimelineJS's and the spreadsheets' -13800000000, which is
 * Chronicle's -13799999999) or as the astronomical year (Chronicle's own
 * "-13800000000", one year earlier since year 0 is 1 BCE). One year is below deep
 * time's precision, and the figure meant is the round one: of the two readings, the
 * rounder (the BCE number when neither is), so both read "13.8 billion years ago",
 * not "13.800000001". */
static guint64
years_ago (gint64 year)
{
  guint64 bce = (guint64) (1 - year), astronomical = (guint64) -year;

  return trailing_zeros (astronomical) > trailing_zeros (bce) ? astronomical : bce;
}

/* "44 BCE", "3500 BCE", "65,000,100 BCE": the year as a BCE number at any size. */
static char *
format_bce (gint64 year)
{
  g_autofree char *digits = group_digits ((guint64) (1 - year));

  /* Translators: a year before the common era; %s is the number. */
  return g_strdup_printf (_("%s BCE"), digits);
}

/* Years of 10,000 years ago and more read as deep time. */
static gboolean
is_deep_time (gint64 year)
{
  return year <= 1 - 10000;
}

/**
 * chronicle_year_format:
 *
 * Returns: (transfer full): a year for people: "2023", "44 BCE" (year 0 is 1 BCE),
 *   and from 10,000 years back, deep time: "315,000 years ago", "65 million years
 *   ago", "13.8 billion years ago"
 */
char *
chronicle_year_format (gint64 year)
{
  if (year >= 1)
    return group_digits ((guint64) year);
  if (is_deep_time (year))
    return format_years_ago (years_ago (year));
  return format_bce (year);
}

static char *
format_month (gint64 year,
              int    month)
{
  /* Translators: a month and year as in "November 2023"; a GDateTime format
   * (%B is the month's name, %Y the year, which may read "44 BCE"). */
  return format_calendar (C_("month and year", "%B %Y"), year, month, 1);
}

static char *
format_day (gint64 year,
            int    month,
            int    day)
{
  /* Translators: a full date as in "10 September 2023"; a GDateTime format
   * (%-d is the day without padding, %B the month's name, %Y the year, which may
   * read "44 BCE"). */
  return format_calendar (C_("full date", "%-d %B %Y"), year, month, day);
}

static char *
format_year (gint64 year)
{
  g_autofree char *y = chronicle_year_format (year);

  if (is_deep_time (year))
    return g_steal_pointer (&y);

  /* Translators: a date known only to its year, as in "2022" (where a Vietnamese
   * teacher writes "năm 2022"); %s is the year, "2022" or "44 BCE". */
  return g_strdup_printf (C_("year-precision date", "%s"), y);
}

/* "14:30", in the UI language's time format. */
static char *
format_time (int hour,
             int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2000, 1, 1, hour, minute, 0);

  /* Translators: a time of day, as in "14:30"; a GDateTime format (%H is the hour
   * 00–23, %M the minute; "%l:%M %p" gives "2:30 PM" where that is the custom). */
  return g_date_time_format (dt, C_("time of day", "%H:%M"));
}

static char *
format_minute (const ChronicleDate *date)
{
  g_autofree char *day = format_day (date->year, date->month, date->day);
  g_autofree char *time = format_time (date->hour, date->minute);

  /* Translators: a date with its time of day, as in "10 September 2023, 14:30":
   * %1$s is the date, %2$s the time. */
  return g_strdup_printf (C_("date and time", "%1$s, %2$s"), day, time);
}

/**
 * chronicle_date_format:
 *
 * Returns: (transfer full): @date as precise as it is: "10 September 2023, 14:30",
 *   "10 September 2023", "November 2023", "2022", "13.8 billion years ago"
 */
char *
chronicle_date_format (const ChronicleDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case CHRONICLE_PRECISION_MINUTE:
      return format_minute (date);
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

  if (start->precision == CHRONICLE_PRECISION_MINUTE && end->precision == CHRONICLE_PRECISION_MINUTE &&
      start->year == end->year && start->month == end->month && start->day == end->day)
    {
      g_autofree char *day = format_day (start->year, start->month, start->day);

      a = format_time (start->hour, start->minute);
      b = format_time (end->hour, end->minute);
      /* Translators: times in one day, as in "10 September 2023, 14:30–16:00": %1$s is
       * the date, %2$s the first time, %3$s the last. */
      return g_strdup_printf (C_("times in one day", "%1$s, %2$s–%3$s"), day, a, b);
    }

  if (start->precision == CHRONICLE_PRECISION_DAY && end->precision == CHRONICLE_PRECISION_DAY &&
      start->year == end->year)
    {
      if (start->month == end->month)
        {
          /* Translators: the last day of days in one month, with its month and
           * year, as in "11 September 2023" in "10–11 September 2023"; a GDateTime
           * format, like "full date" but what comes after the dash. */
          b = format_calendar (C_("last day of a range in one month", "%-d %B %Y"),
                               end->year, end->month, end->day);
          /* Translators: days in one month, as in "10–11 September 2023": %1$d is
           * the first day, %2$s the last day with its month and year. */
          return g_strdup_printf (_("%1$d–%2$s"), start->day, b);
        }
      /* Translators: a day and month without the year, as in "30 October";
       * a GDateTime format. */
      a = format_calendar (C_("day and month", "%-d %B"), start->year, start->month, start->day);
      b = format_day (end->year, end->month, end->day);
      /* Translators: a range of dates in one year, as in "30 October – 1 November
       * 2022": %1$s is the first day and month, %2$s the last full date. */
      return g_strdup_printf (_("%1$s – %2$s"), a, b);
    }

  if (start->precision == CHRONICLE_PRECISION_YEAR && end->precision == CHRONICLE_PRECISION_YEAR &&
      is_deep_time (start->year) && is_deep_time (end->year))
    {
      char *deep = format_years_ago_range (years_ago (start->year), years_ago (end->year));

      if (deep != NULL)
        return deep;
    }
  if (start->precision == CHRONICLE_PRECISION_YEAR && end->precision == CHRONICLE_PRECISION_YEAR &&
      !is_deep_time (start->year) && !is_deep_time (end->year))
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
 * @position: the tick's position, in days (hour ticks fall within a day)
 *
 * Returns: (transfer full): a short axis label: "14:00", "10 Sep", "Sep",
 *   "Q3 2023", "2023", "500 BCE", "1 CE" (the era's first year); with steps of 10,000 years and more every year
 *   reads as deep time ("65 million years ago", "now", "in 5 billion years"), so an
 *   axis has one style
 */
char *
chronicle_tick_format (ChronicleTickStep step,
                       double            position)
{
  gint64 day = (gint64) floor (position);
  gint64 year;
  int month, d;

  chronicle_civil_from_days (day, &year, &month, &d);

  switch (step.unit)
    {
    case CHRONICLE_TICK_MINUTE:
    case CHRONICLE_TICK_HOUR:
      {
        int minutes = (int) round ((position - (double) day) * CHRONICLE_MINUTES_PER_DAY);

        /* Midnight names its day: "10 Sep", then "06:00", "12:00", "18:00". */
        if (minutes > 0 && minutes < CHRONICLE_MINUTES_PER_DAY)
          return format_time (minutes / 60, minutes % 60);
      }
      G_GNUC_FALLTHROUGH;
    case CHRONICLE_TICK_DAY:
    case CHRONICLE_TICK_WEEK:
      /* Translators: a short day label on the time axis, as in "10 Sep"; a GDateTime format. */
      return format_calendar (C_("axis day", "%-d %b"), year, month, d);
    case CHRONICLE_TICK_MONTH:
      if (step.count == 3)
        {
          g_autofree char *y = chronicle_year_format (year);
          /* Translators: a quarter on the time axis, as in "Q3 2023": %1$d is the
           * quarter (1–4), %2$s the year. */
          return g_strdup_printf (_("Q%1$d %2$s"), (month - 1) / 3 + 1, y);
        }
      if (month == 1)
        /* Translators: a month on the time axis with its year: January's ("Jan 2023"),
         * and the first month in view when no January is ("Jul 1914"); a GDateTime
         * format (%Y may read "44 BCE"). */
        return format_calendar (C_("axis month with year", "%b %Y"), year, month, 1);
      /* Translators: a month on the time axis, as in "Sep"; a GDateTime format. */
      return format_calendar (C_("axis month", "%b"), year, month, 1);
    case CHRONICLE_TICK_YEAR:
    default:
      /* Deep time counts from the start of the era, as "years ago" does: the two
       * thousand years since are below a step of 10,000 years. */
      if (step.count >= CHRONICLE_TICK_DEEP_YEARS)
        {
          if (year <= 0)
            return format_years_ago (years_ago (year));
          if (year == 1)
            /* Translators: the present on a time axis of deep time, between "5 billion
             * years ago" and "in 5 billion years". */
            return g_strdup (C_("deep time axis", "now"));
          return format_years_ahead ((guint64) (year - 1));
        }
      /* The era's first year, where the axis turns from BCE to CE, says so: there is
       * no year 0, and a bare "1" among round years reads as a misprint. */
      if (year == 1)
        /* Translators: the first year of the common era on the time axis, where "1 BCE"
         * turns into it ("500 BCE | 1 CE | 500"); after it years are bare ("500"). */
        return g_strdup (C_("time axis", "1 CE"));
      if (year >= 1)
        return group_digits ((guint64) year);
      return format_bce (year);
    }
}

/**
 * chronicle_tick_format_with_year:
 * @step: the axis step the tick belongs to
 * @position: the tick's position, in days
 *
 * The label of the first tick labelled in view, which says the year when the others
 * do not (an axis a few weeks or months wide, a page starting in July).
 *
 * Returns: (transfer full): chronicle_tick_format()'s label with its year: "Jul 1914",
 *   "10 Sep 2023", "10 Sep 2023, 15:00"; quarters and years are as they are
 */
char *
chronicle_tick_format_with_year (ChronicleTickStep step,
                                 double            position)
{
  gint64 day = (gint64) floor (position);
  gint64 year;
  int month, d;

  chronicle_civil_from_days (day, &year, &month, &d);

  switch (step.unit)
    {
    case CHRONICLE_TICK_MINUTE:
    case CHRONICLE_TICK_HOUR:
    case CHRONICLE_TICK_DAY:
    case CHRONICLE_TICK_WEEK:
      {
        int minutes = (int) round ((position - (double) day) * CHRONICLE_MINUTES_PER_DAY);
        /* Translators: a short day label on the time axis with its year, on the first
         * tick in view, as in "10 Sep 2023" (the others read "11 Sep"); a GDateTime
         * format (%Y may read "44 BCE"). */
        g_autofree char *date = format_calendar (C_("axis day with year", "%-d %b %Y"), year, month, d);
        g_autofree char *time = NULL;

        if ((step.unit != CHRONICLE_TICK_HOUR && step.unit != CHRONICLE_TICK_MINUTE) ||
            minutes <= 0 || minutes >= CHRONICLE_MINUTES_PER_DAY)
          return g_steal_pointer (&date);
        time = format_time (minutes / 60, minutes % 60);
        /* Translators: the first hour tick in view on the time axis, with its day and
         * year, as in "10 Sep 2023, 15:00" (the others read "18:00"): %1$s is the day,
         * %2$s the time. */
        return g_strdup_printf (C_("axis time with day", "%1$s, %2$s"), date, time);
      }
    case CHRONICLE_TICK_MONTH:
      if (step.count != 3)
        return format_calendar (C_("axis month with year", "%b %Y"), year, month, 1);
      G_GNUC_FALLTHROUGH;
    case CHRONICLE_TICK_YEAR:
    default:
      return chronicle_tick_format (step, position);
    }
}
