/* test-date.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "chronicle-date.h"

typedef struct
{
  const char               *text;
  ChronicleDateParseResult  result;
  gint64                    year;
  int                       month;
  int                       day;
  ChroniclePrecision        precision;
  int                       hour;
  int                       minute;
} ParseCase;

static const ParseCase parse_cases[] = {
  { "2023-09-10", CHRONICLE_DATE_PARSE_OK, 2023, 9, 10, CHRONICLE_PRECISION_DAY },
  { "2023-11", CHRONICLE_DATE_PARSE_OK, 2023, 11, 0, CHRONICLE_PRECISION_MONTH },
  { "2023", CHRONICLE_DATE_PARSE_OK, 2023, 0, 0, CHRONICLE_PRECISION_YEAR },
  { "2024-02-29", CHRONICLE_DATE_PARSE_OK, 2024, 2, 29, CHRONICLE_PRECISION_DAY },
  { "2000-02-29", CHRONICLE_DATE_PARSE_OK, 2000, 2, 29, CHRONICLE_PRECISION_DAY },
  { "0000", CHRONICLE_DATE_PARSE_OK, 0, 0, 0, CHRONICLE_PRECISION_YEAR },
  { "-500", CHRONICLE_DATE_PARSE_OK, -500, 0, 0, CHRONICLE_PRECISION_YEAR },
  { "-0044-03-15", CHRONICLE_DATE_PARSE_OK, -44, 3, 15, CHRONICLE_PRECISION_DAY },
  { "-13800000000", CHRONICLE_DATE_PARSE_OK, -13800000000LL, 0, 0, CHRONICLE_PRECISION_YEAR },
  { "9999-12-31", CHRONICLE_DATE_PARSE_OK, 9999, 12, 31, CHRONICLE_PRECISION_DAY },
  /* A time of day, to the minute; seconds are read and dropped. */
  { "2023-09-10T14:30", CHRONICLE_DATE_PARSE_OK, 2023, 9, 10, CHRONICLE_PRECISION_MINUTE, 14, 30 },
  { "2023-09-10T00:00", CHRONICLE_DATE_PARSE_OK, 2023, 9, 10, CHRONICLE_PRECISION_MINUTE, 0, 0 },
  { "2023-09-10T23:59:59", CHRONICLE_DATE_PARSE_OK, 2023, 9, 10, CHRONICLE_PRECISION_MINUTE, 23, 59 },
  { "-0044-03-15T11:00", CHRONICLE_DATE_PARSE_OK, -44, 3, 15, CHRONICLE_PRECISION_MINUTE, 11, 0 },
  { "-13800000001", CHRONICLE_DATE_PARSE_YEAR_RANGE, 0, 0, 0, 0 },
  { "10000", CHRONICLE_DATE_PARSE_YEAR_RANGE, 0, 0, 0, 0 },
  { "-99999999999999999999", CHRONICLE_DATE_PARSE_YEAR_RANGE, 0, 0, 0, 0 },
  { "2023-02-30", CHRONICLE_DATE_PARSE_DAY, 0, 0, 0, 0 },
  { "2023-02-29", CHRONICLE_DATE_PARSE_DAY, 0, 0, 0, 0 },
  { "1900-02-29", CHRONICLE_DATE_PARSE_DAY, 0, 0, 0, 0 },
  { "2023-04-31", CHRONICLE_DATE_PARSE_DAY, 0, 0, 0, 0 },
  { "2023-01-00", CHRONICLE_DATE_PARSE_DAY, 0, 0, 0, 0 },
  { "2023-13-01", CHRONICLE_DATE_PARSE_MONTH, 0, 0, 0, 0 },
  { "2023-00", CHRONICLE_DATE_PARSE_MONTH, 0, 0, 0, 0 },
  { "", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "23", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023-9-10", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023-09-1", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023/09/10", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023-09-10T1:00", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023-09-10T14", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023-09-10T14:3", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023-09-10 14:30", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023-09T14:30", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023-09-10T24:00", CHRONICLE_DATE_PARSE_TIME, 0, 0, 0, 0 },
  { "2023-09-10T14:60", CHRONICLE_DATE_PARSE_TIME, 0, 0, 0, 0 },
  { "2023-09-31T14:30", CHRONICLE_DATE_PARSE_DAY, 0, 0, 0, 0 },
  { " 2023", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023 ", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "+2023", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "September 2023", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023-", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "2023--01", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
  { "-", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
};

static void
test_date_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      const ParseCase *c = &parse_cases[i];
      ChronicleDate date = { 0 };
      ChronicleDateParseResult result = chronicle_date_parse (c->text, &date);

      g_test_message ("parsing \"%s\"", c->text);
      g_assert_cmpint (result, ==, c->result);
      if (result != CHRONICLE_DATE_PARSE_OK)
        continue;

      g_assert_cmpint (date.year, ==, c->year);
      g_assert_cmpint (date.month, ==, c->month);
      g_assert_cmpint (date.day, ==, c->day);
      g_assert_cmpint (date.precision, ==, c->precision);
      g_assert_cmpint (date.hour, ==, c->hour);
      g_assert_cmpint (date.minute, ==, c->minute);
      g_assert_true (chronicle_date_is_valid (&date));
    }
}

static void
test_date_round_trip (void)
{
  static const char *texts[] = { "2023-09-10", "2023-11", "2023", "-0044-03-15", "-13800000000", "0001-01-01",
                                 "2023-09-10T14:30", "2023-09-10T00:05", "-0044-03-15T11:00" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      ChronicleDate date;
      g_autofree char *again = NULL;

      g_assert_cmpint (chronicle_date_parse (texts[i], &date), ==, CHRONICLE_DATE_PARSE_OK);
      again = chronicle_date_to_string (&date);
      g_assert_cmpstr (again, ==, texts[i]);
    }
}

static void
test_date_days (void)
{
  /* Known anchors, then a sweep that both conversions agree over. */
  g_assert_cmpint (chronicle_days_from_civil (1970, 1, 1), ==, 0);
  g_assert_cmpint (chronicle_days_from_civil (2000, 3, 1), ==, 11017);
  g_assert_cmpint (chronicle_days_from_civil (2023, 9, 10), ==, 19610);
  g_assert_cmpint (chronicle_days_from_civil (1969, 12, 31), ==, -1);

  for (gint64 days = -800000; days < 800000; days += 7)
    {
      gint64 year;
      int month, day;

      chronicle_civil_from_days (days, &year, &month, &day);
      g_assert_cmpint (chronicle_days_from_civil (year, month, day), ==, days);
      g_assert_cmpint (day, <=, chronicle_days_in_month (year, month));
    }

  /* The cosmological end of the range converts without overflow and exactly. */
  {
    gint64 big = chronicle_days_from_civil (-13800000000LL, 1, 1);
    gint64 year;
    int month, day;

    g_assert_cmpint (big, <, -5000000000000LL);
    chronicle_civil_from_days (big, &year, &month, &day);
    g_assert_cmpint (year, ==, -13800000000LL);
    g_assert_cmpint (month, ==, 1);
    g_assert_cmpint (day, ==, 1);
  }
}

static void
test_date_span (void)
{
  ChronicleDate d;

  /* A month-precision date covers its whole month, not only the first. */
  g_assert_cmpint (chronicle_date_parse ("2023-11", &d), ==, CHRONICLE_DATE_PARSE_OK);
  g_assert_cmpint (chronicle_date_end_day (&d) - chronicle_date_first_day (&d), ==, 30);

  g_assert_cmpint (chronicle_date_parse ("2024-02", &d), ==, CHRONICLE_DATE_PARSE_OK);
  g_assert_cmpint (chronicle_date_end_day (&d) - chronicle_date_first_day (&d), ==, 29);

  g_assert_cmpint (chronicle_date_parse ("2023", &d), ==, CHRONICLE_DATE_PARSE_OK);
  g_assert_cmpint (chronicle_date_end_day (&d) - chronicle_date_first_day (&d), ==, 365);
  g_assert_cmpint (chronicle_date_first_day (&d), ==, chronicle_days_from_civil (2023, 1, 1));

  g_assert_cmpint (chronicle_date_parse ("2023-09-10", &d), ==, CHRONICLE_DATE_PARSE_OK);
  g_assert_cmpint (chronicle_date_end_day (&d) - chronicle_date_first_day (&d), ==, 1);
}

static void
test_date_from_parts (void)
{
  ChronicleDate d;

  g_assert_true (chronicle_date_from_parts (2023, 9, 0, &d));
  g_assert_cmpint (d.precision, ==, CHRONICLE_PRECISION_MONTH);
  g_assert_true (chronicle_date_from_parts (-13700000000LL, 0, 0, &d));
  g_assert_cmpint (d.precision, ==, CHRONICLE_PRECISION_YEAR);
  g_assert_false (chronicle_date_from_parts (2023, 2, 30, &d));
  g_assert_false (chronicle_date_from_parts (2023, 13, 0, &d));
  g_assert_false (chronicle_date_from_parts (20000, 1, 1, &d));
}

static void
test_date_compare (void)
{
  ChronicleDate a, b;

  chronicle_date_parse ("2023-09", &a);
  chronicle_date_parse ("2023-09-01", &b);
  /* Same first day: the more precise date sorts first. */
  g_assert_cmpint (chronicle_date_compare (&b, &a), <, 0);
  g_assert_cmpint (chronicle_date_compare (&a, &b), >, 0);
  chronicle_date_parse ("2022-12-31", &b);
  g_assert_cmpint (chronicle_date_compare (&b, &a), <, 0);
  g_assert_cmpint (chronicle_date_compare (&a, &a), ==, 0);
}

/* TimelineJS spreadsheets' Time column, as TimelineJS's parseTime takes it. */
static void
test_date_time_parse (void)
{
  static const struct {
    const char *text;
    int         hour;       /* -1: not a time */
    int         minute;
  } cases[] = {
    { "14:30", 14, 30 },
    { " 9:05 ", 9, 5 },
    { "14", 14, 0 },
    { "2:30 PM", 14, 30 },
    { "2:30pm", 14, 30 },
    { "2 p.m.", 14, 0 },
    { "12:15 AM", 0, 15 },
    { "12:15 PM", 12, 15 },
    { "11 am", 11, 0 },
    { "14.30", 14, 30 },
    { "1430", 14, 30 },
    { "230", 2, 30 },
    { "14:30:15", 14, 30 },
    { "14:30:15.250", 14, 30 },
    { "00:00", 0, 0 },
    { "24:00", -1, 0 },
    { "14:60", -1, 0 },
    { "13 PM", -1, 0 },
    { "0 AM", -1, 0 },
    { "PM", -1, 0 },
    { "", -1, 0 },
    { "noon", -1, 0 },
    { "14:30 CET", -1, 0 },
    { "14:30:15:10", -1, 0 },
    { "12345", -1, 0 },
    { "-1:00", -1, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int hour = -7, minute = -7;
      gboolean ok = chronicle_time_parse (cases[i].text, &hour, &minute);

      g_test_message ("time \"%s\"", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].hour >= 0);
      if (!ok)
        {
          /* What is not a time leaves the outputs as they were. */
          g_assert_cmpint (hour, ==, -7);
          continue;
        }
      g_assert_cmpint (hour, ==, cases[i].hour);
      g_assert_cmpint (minute, ==, cases[i].minute);
    }
}

/* A time of day places a date within its day and orders dates on one day. */
static void
test_date_time_order (void)
{
  static const char * const sorted[] = {
    "2023-08-31T23:59", "2023-09", "2023-09-09T23:59", "2023-09-10T00:00", "2023-09-10", "2023-09-10T08:15",
    "2023-09-10T14:30", "2023-09-10T14:31", "2023-09-11",
  };
  ChronicleDate d, e;

  for (guint i = 0; i + 1 < G_N_ELEMENTS (sorted); i++)
    {
      g_assert_cmpint (chronicle_date_parse (sorted[i], &d), ==, CHRONICLE_DATE_PARSE_OK);
      g_assert_cmpint (chronicle_date_parse (sorted[i + 1], &e), ==, CHRONICLE_DATE_PARSE_OK);
      g_test_message ("%s before %s", sorted[i], sorted[i + 1]);
      g_assert_cmpint (chronicle_date_compare (&d, &e), <, 0);
      g_assert_cmpint (chronicle_date_compare (&e, &d), >, 0);
    }

  g_assert_cmpint (chronicle_date_parse ("2023-09-10T18:00", &d), ==, CHRONICLE_DATE_PARSE_OK);
  g_assert_cmpint (chronicle_date_first_day (&d), ==, chronicle_days_from_civil (2023, 9, 10));
  g_assert_cmpint (chronicle_date_end_day (&d), ==, chronicle_days_from_civil (2023, 9, 11));
  g_assert_cmpfloat_with_epsilon (chronicle_date_start_position (&d),
                                  chronicle_days_from_civil (2023, 9, 10) + 0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (chronicle_date_end_position (&d) - chronicle_date_start_position (&d),
                                  1.0 / 1440, 1e-9);
  /* A date without a time covers its day from midnight. */
  g_assert_cmpint (chronicle_date_parse ("2023-09-10", &e), ==, CHRONICLE_DATE_PARSE_OK);
  g_assert_cmpfloat (chronicle_date_start_position (&e), ==, chronicle_days_from_civil (2023, 9, 10));
  g_assert_cmpfloat (chronicle_date_end_position (&e), ==, chronicle_days_from_civil (2023, 9, 11));

  /* Only a date with a day takes a time, and only a real one. */
  g_assert_cmpint (chronicle_date_parse ("2023-09", &e), ==, CHRONICLE_DATE_PARSE_OK);
  g_assert_false (chronicle_date_set_time (&e, 10, 0));
  g_assert_cmpint (e.precision, ==, CHRONICLE_PRECISION_MONTH);
  g_assert_cmpint (chronicle_date_parse ("2023-09-10", &e), ==, CHRONICLE_DATE_PARSE_OK);
  g_assert_false (chronicle_date_set_time (&e, 24, 0));
  g_assert_true (chronicle_date_set_time (&e, 18, 0));
  g_assert_cmpint (chronicle_date_compare (&d, &e), ==, 0);
  /* A time on a date with no day is not a valid date. */
  e.precision = CHRONICLE_PRECISION_DAY;
  g_assert_false (chronicle_date_is_valid (&e));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/date/parse", test_date_parse);
  g_test_add_func ("/chronicle/date/round-trip", test_date_round_trip);
  g_test_add_func ("/chronicle/date/days", test_date_days);
  g_test_add_func ("/chronicle/date/span", test_date_span);
  g_test_add_func ("/chronicle/date/from-parts", test_date_from_parts);
  g_test_add_func ("/chronicle/date/compare", test_date_compare);
  g_test_add_func ("/chronicle/date/time-parse", test_date_time_parse);
  g_test_add_func ("/chronicle/date/time-order", test_date_time_order);

  return g_test_run ();
}
