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

  return g_test_run ();
}
