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
  { "2023-09-10T00:00", CHRONICLE_DATE_PARSE_SYNTAX, 0, 0, 0, 0 },
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
      g_assert_true (chronicle_date_is_valid (&date));
    }
}

static void
test_date_round_trip (void)
{
  static const char *texts[] = { "2023-09-10", "2023-11", "2023", "-0044-03-15", "-13800000000", "0001-01-01" };

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

  return g_test_run ();
}
