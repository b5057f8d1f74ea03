/* test-date-format.c — dates for people, in English and, with the build's catalogue,
 * in Vietnamese as a teacher writes them on the board.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "chronicle-date-format.h"

typedef struct
{
  const char *start;
  const char *end;      /* NULL: a single date */
  const char *english;
  const char *vietnamese;
} FormatCase;

static const FormatCase cases[] = {
  /* Each precision as it is, never more. */
  { "2021-08-12", NULL, "12 August 2021", "ngày 12 tháng 8 năm 2021" },
  { "2021-08", NULL, "August 2021", "tháng 8 năm 2021" },
  { "2021", NULL, "2021", "năm 2021" },
  { "-0043", NULL, "44 BCE", "năm 44 TCN" },  /* year 0 is 1 BCE */
  /* Ranges write what the two dates share once. */
  { "2023-09-10", "2023-09-11", "10–11 September 2023", "ngày 10–11 tháng 9 năm 2023" },
  { "2022-10-30", "2022-11-01", "30 October – 1 November 2022", "ngày 30 tháng 10 – ngày 1 tháng 11 năm 2022" },
  { "2021", "2025", "2021–2025", "2021–2025" },
  { "2021", "2023-05", "2021 – May 2023", "năm 2021 – tháng 5 năm 2023" },
  { "2022-12-30", "2023-01-02", "30 December 2022 – 2 January 2023",
    "ngày 30 tháng 12 năm 2022 – ngày 2 tháng 1 năm 2023" },
  { "2023-11-27", "2023-11-27", "27 November 2023", "ngày 27 tháng 11 năm 2023" },
  /* Times of day, in the language's time format, with their date. */
  { "2023-09-10T14:30", NULL, "10 September 2023, 14:30", "14:30, ngày 10 tháng 9 năm 2023" },
  { "2023-09-10T09:05", NULL, "10 September 2023, 09:05", "09:05, ngày 10 tháng 9 năm 2023" },
  { "2023-09-10T14:30", "2023-09-10T16:00", "10 September 2023, 14:30–16:00",
    "14:30–16:00, ngày 10 tháng 9 năm 2023" },
  { "2023-09-10T22:00", "2023-09-11T02:00", "10 September 2023, 22:00 – 11 September 2023, 02:00",
    "22:00, ngày 10 tháng 9 năm 2023 – 02:00, ngày 11 tháng 9 năm 2023" },
  /* Before the common era, months have their names as in any other year. */
  { "-0043-03-15T11:00", NULL, "15 March 44 BCE, 11:00", "11:00, ngày 15 tháng 3 năm 44 TCN" },
  { "-0043-03", NULL, "March 44 BCE", "tháng 3 năm 44 TCN" },
  { "-0043-03-15", "-0043-03-17", "15–17 March 44 BCE", "ngày 15–17 tháng 3 năm 44 TCN" },
  { "-0043-02-20", "-0043-03-15", "20 February – 15 March 44 BCE",
    "ngày 20 tháng 2 – ngày 15 tháng 3 năm 44 TCN" },
  /* Deep time: from 10,000 years back, years ago, in words past a million, with the
   * language's separators. TimelineJS's Big Bang, -13800000000, is Chronicle's
   * -13799999999: 13.8 billion years ago exactly. */
  { "-13799999999", NULL, "13.8 billion years ago", "13,8 tỷ năm trước" },
  /* Chronicle's own "-13800000000" (FORMAT.md: "13.8 billion years ago") is the
   * astronomical year, one earlier: a year is below deep time's precision, and the
   * round figure is the one meant. */
  { "-13800000000", NULL, "13.8 billion years ago", "13,8 tỷ năm trước" },
  { "-65000000", NULL, "65 million years ago", "65 triệu năm trước" },
  { "-13800000000", "-4600000000", "13.8–4.6 billion years ago", "13,8–4,6 tỷ năm trước" },
  { "-13799629999", NULL, "13.79963 billion years ago", "13,79963 tỷ năm trước" },
  { "-64999999", NULL, "65 million years ago", "65 triệu năm trước" },
  { "-0999999", NULL, "1 million years ago", "1 triệu năm trước" },
  { "-314999", NULL, "315,000 years ago", "315.000 năm trước" },
  { "-9999", NULL, "10,000 years ago", "10.000 năm trước" },
  { "-9998", NULL, "9999 BCE", "năm 9999 TCN" },
  { "-3499", NULL, "3500 BCE", "năm 3500 TCN" },
  /* A span of deep time writes its unit once, when both ends share it. */
  { "-538799999", "-251901999", "538.8–251.902 million years ago", "538,8–251,902 triệu năm trước" },
  { "-4599999999", "-3799999999", "4.6–3.8 billion years ago", "4,6–3,8 tỷ năm trước" },
  { "-314999", "-199999", "315,000–200,000 years ago", "315.000–200.000 năm trước" },
  { "-4599999999", "-538799999", "4.6 billion years ago – 538.8 million years ago",
    "4,6 tỷ năm trước – 538,8 triệu năm trước" },
  { "-314999", "-3499", "315,000 years ago – 3500 BCE", "315.000 năm trước – năm 3500 TCN" },
  /* ... and reads as one figure when its two ends round to the same one at the
   * coarser end's precision (TimelineJS's Big Bang and Dark Ages). */
  { "-13799999999", "-13799629999", "13.8 billion years ago", "13,8 tỷ năm trước" },
  { "-65199999", "-64999999", "65 million years ago", "65 triệu năm trước" },
  { "-4599999999", "-4499999999", "4.6–4.5 billion years ago", "4,6–4,5 tỷ năm trước" },
};

static gboolean vietnamese;

static void
test_date_format_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChronicleDate start, end;
      g_autofree char *text = NULL;

      g_assert_cmpint (chronicle_date_parse (cases[i].start, &start), ==, CHRONICLE_DATE_PARSE_OK);
      if (cases[i].end != NULL)
        g_assert_cmpint (chronicle_date_parse (cases[i].end, &end), ==, CHRONICLE_DATE_PARSE_OK);
      text = chronicle_date_format_range (&start, cases[i].end != NULL ? &end : NULL);
      g_assert_cmpstr (text, ==, vietnamese ? cases[i].vietnamese : cases[i].english);

      if (cases[i].end == NULL)
        {
          g_autofree char *single = chronicle_date_format (&start);
          g_assert_cmpstr (single, ==, text);
        }
    }
}

/* The time axis keeps its short labels: a bare year, not "năm 2023". */
static void
test_date_format_axis (void)
{
  ChronicleTickStep year = { CHRONICLE_TICK_YEAR, 1 };
  g_autofree char *label = chronicle_tick_format (year, chronicle_days_from_civil (2023, 1, 1));

  g_assert_cmpstr (label, ==, "2023");
}

/* Hour ticks: each tick's time; midnight names its day. */
static void
test_date_format_axis_hours (void)
{
  ChronicleTickStep three = { CHRONICLE_TICK_HOUR, 3 };
  double day = chronicle_days_from_civil (2023, 9, 10);
  double tick = chronicle_tick_step_floor (three, day + 14.5 / 24);
  const char * const english[] = { "15:00", "18:00", "21:00", "11 Sep", "03:00" };
  const char * const in_vietnamese[] = { "15:00", "18:00", "21:00", "11/9", "03:00" };

  g_assert_cmpfloat_with_epsilon (tick, day + 12.0 / 24, 1e-9);
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    {
      g_autofree char *label = NULL;

      tick = chronicle_tick_step_next (three, tick);
      label = chronicle_tick_format (three, tick);
      g_assert_cmpstr (label, ==, vietnamese ? in_vietnamese[i] : english[i]);
    }
}

/* Every label of one axis in one style: round years of their era ("500 BCE", never
 * "1 BCE" among round years), thousands grouped alike, deep time in words when the
 * step is 10,000 years or more. */
static void
test_date_format_axis_years (void)
{
  static const struct {
    gint64      count;
    gint64      from;       /* astronomical year */
    guint       n;
    const char *english;    /* the labels of n ticks from there, joined by " | " */
    const char *vietnamese;
  } axes[] = {
    { 500, -1200, 5, "1500 BCE | 1000 BCE | 500 BCE | 500 | 1000", "1500 TCN | 1000 TCN | 500 TCN | 500 | 1000" },
    { 1, -2, 5, "3 BCE | 2 BCE | 1 BCE | 1 CE | 2", "3 TCN | 2 TCN | 1 TCN | 1 CN | 2" },
    { 2000, -13000, 4, "14,000 BCE | 12,000 BCE | 10,000 BCE | 8000 BCE",
      "14.000 TCN | 12.000 TCN | 10.000 TCN | 8000 TCN" },
    { 20000, -50000, 3, "60,000 years ago | 40,000 years ago | 20,000 years ago",
      "60.000 năm trước | 40.000 năm trước | 20.000 năm trước" },
    { G_GINT64_CONSTANT (1000000000), -13799999999, 4,
      "14 billion years ago | 13 billion years ago | 12 billion years ago | 11 billion years ago",
      "14 tỷ năm trước | 13 tỷ năm trước | 12 tỷ năm trước | 11 tỷ năm trước" },
    { 500000000, -4999999999, 3, "5 billion years ago | 4.5 billion years ago | 4 billion years ago",
      "5 tỷ năm trước | 4,5 tỷ năm trước | 4 tỷ năm trước" },
    /* Deep time runs on past the present, evenly. */
    { 5000000, -1000000, 3, "5 million years ago | now | in 5 million years",
      "5 triệu năm trước | hiện tại | 5 triệu năm nữa" },
    { 20000, 15000, 2, "now | in 20,000 years", "hiện tại | 20.000 năm nữa" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (axes); i++)
    {
      ChronicleTickStep step = { CHRONICLE_TICK_YEAR, axes[i].count };
      g_autoptr(GString) joined = g_string_new (NULL);
      double tick = chronicle_tick_step_floor (step, (double) chronicle_days_from_civil (axes[i].from, 6, 1));

      for (guint k = 0; k < axes[i].n; k++, tick = chronicle_tick_step_next (step, tick))
        {
          g_autofree char *label = chronicle_tick_format (step, tick);

          g_string_append_printf (joined, "%s%s", k > 0 ? " | " : "", label);
        }
      g_assert_cmpstr (joined->str, ==, vietnamese ? axes[i].vietnamese : axes[i].english);
    }
}

/* An axis of months and days before the common era names them as any other. */
static void
test_date_format_axis_bce_months (void)
{
  ChronicleTickStep months = { CHRONICLE_TICK_MONTH, 1 };
  ChronicleTickStep days = { CHRONICLE_TICK_DAY, 1 };
  g_autofree char *jan = chronicle_tick_format (months, (double) chronicle_days_from_civil (-43, 1, 1));
  g_autofree char *mar = chronicle_tick_format (months, (double) chronicle_days_from_civil (-43, 3, 1));
  g_autofree char *ides = chronicle_tick_format (days, (double) chronicle_days_from_civil (-43, 3, 15));

  g_assert_cmpstr (jan, ==, vietnamese ? "Th1 44 TCN" : "Jan 44 BCE");
  g_assert_cmpstr (mar, ==, vietnamese ? "Th3" : "Mar");
  g_assert_cmpstr (ides, ==, vietnamese ? "15/3" : "15 Mar");
}

/* The first label in view says its year, in the language's short formats; quarters
 * and years already do. */
static void
test_date_format_axis_with_year (void)
{
  static const struct {
    ChronicleTickUnit unit;
    gint64            count;
    int               y, m, d;
    double            hours;
    const char       *english, *in_vietnamese;
  } ticks[] = {
    { CHRONICLE_TICK_MONTH, 1, 1914, 7, 1, 0, "Jul 1914", "Th7 1914" },
    { CHRONICLE_TICK_MONTH, 1, 2023, 1, 1, 0, "Jan 2023", "Th1 2023" },
    { CHRONICLE_TICK_MONTH, 3, 2023, 7, 1, 0, "Q3 2023", "Quý 3/2023" },
    { CHRONICLE_TICK_DAY, 1, 2023, 9, 10, 0, "10 Sep 2023", "10/9/2023" },
    { CHRONICLE_TICK_WEEK, 1, -43, 3, 15, 0, "15 Mar 44 BCE", "15/3/44 TCN" },
    { CHRONICLE_TICK_HOUR, 3, 2023, 9, 10, 15, "10 Sep 2023, 15:00", "15:00, 10/9/2023" },
    { CHRONICLE_TICK_HOUR, 3, 2023, 9, 11, 0, "11 Sep 2023", "11/9/2023" },
    { CHRONICLE_TICK_YEAR, 10, 1910, 1, 1, 0, "1910", "1910" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    {
      ChronicleTickStep step = { ticks[i].unit, ticks[i].count };
      double tick = (double) chronicle_days_from_civil (ticks[i].y, ticks[i].m, ticks[i].d) + ticks[i].hours / 24;
      g_autofree char *label = chronicle_tick_format_with_year (step, tick);

      g_assert_cmpstr (label, ==, vietnamese ? ticks[i].in_vietnamese : ticks[i].english);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* As main.c does, with the catalogue built in the build tree; meson runs this test
   * once as it is and once with LANGUAGE=vi. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CHRONICLE_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  vietnamese = g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/date-format/cases", test_date_format_cases);
  g_test_add_func ("/chronicle/date-format/axis", test_date_format_axis);
  g_test_add_func ("/chronicle/date-format/axis-hours", test_date_format_axis_hours);
  g_test_add_func ("/chronicle/date-format/axis-years", test_date_format_axis_years);
  g_test_add_func ("/chronicle/date-format/axis-bce-months", test_date_format_axis_bce_months);
  g_test_add_func ("/chronicle/date-format/axis-with-year", test_date_format_axis_with_year);

  return g_test_run ();
}
