/* test-times.c — times of day through every format: read from Chronicle JSON,
 * TimelineJS JSON (hour, minute, second) and TimelineJS spreadsheets (Time, End Time),
 * placed and ordered within their day, and written back by both writers.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "chronicle-diagnostic.h"
#include "chronicle-loader.h"
#include "chronicle-writer.h"
#include "core-test-helpers.h"

static ChronicleDataset *
load_text (const char  *text,
           const char  *name,
           GError     **error)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return chronicle_loader_load_bytes (loader, bytes, name, NULL, error);
}

/* Whether loading @text (refused or not) reported @expected. */
static gboolean
reports (const char *text,
         const char *name,
         const char *expected,
         guint      *n_opened)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_bytes (loader, bytes, name, NULL, &error);
  GPtrArray *lists[2];
  gboolean found = FALSE;

  lists[0] = chronicle_loader_get_diagnostics (loader);
  lists[1] = dataset != NULL ? chronicle_dataset_get_warnings (dataset) : NULL;
  *n_opened = dataset != NULL ? chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)) : 0;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && i < lists[l]->len; i++)
      {
        g_autofree char *line = chronicle_diagnostic_to_string (g_ptr_array_index (lists[l], i));

        g_test_message ("diagnostic: %s", line);
        found = found || strstr (line, expected) != NULL;
      }
  return found;
}

static ChronicleDataset *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = chronicle_loader_load_file (loader, file, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static ChronicleEvent *
event_titled (ChronicleDataset *dataset,
              const char       *title)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, i);

      if (g_str_equal (chronicle_event_get_title (event), title))
        return event;
    }
  g_assert_not_reached ();
  return NULL;
}

static char *
start_text (ChronicleDataset *dataset,
            const char       *title)
{
  return chronicle_date_to_string (chronicle_event_get_start (event_titled (dataset, title)));
}

/* The store orders a day's events by their time; each is placed at its time. */
static void
test_times_order (void)
{
  g_autoptr(ChronicleDataset) dataset = load_fixture ("times-one-day.json");
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  static const char * const ids[] = {
    "before", "whole-day", "arrival", "lunch", "talks", "press", "dinner", "departure",
  };
  const double *starts = chronicle_event_store_get_start_positions (store);
  const double *ends = chronicle_event_store_get_end_positions (store);
  double day = (double) chronicle_days_from_civil (2023, 9, 10);
  guint talks;

  g_assert_cmpuint (chronicle_event_store_get_n_events (store), ==, G_N_ELEMENTS (ids));
  g_assert_true (chronicle_event_store_has_times (store));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, i);

      g_assert_cmpstr (chronicle_event_get_id (event), ==, ids[i]);
      g_assert_cmpfloat (starts[i], ==, chronicle_event_get_start_position (event));
      g_assert_cmpfloat (ends[i], >, starts[i]);
      if (i > 0)
        g_assert_cmpfloat (starts[i], >=, starts[i - 1]);
      /* The whole days of the culling arrays still hold the event. */
      g_assert_cmpint (chronicle_event_store_get_starts (store)[i], <=, (gint64) starts[i]);
      g_assert_cmpint (chronicle_event_store_get_ends (store)[i], >=, (gint64) ceil (ends[i]));
    }

  g_assert_true (chronicle_event_store_find (store, "talks", &talks));
  g_assert_cmpfloat_with_epsilon (starts[talks], day + 14.5 / 24, 1e-9);
  g_assert_cmpfloat_with_epsilon (ends[talks], day + 16.0 / 24 + 1.0 / 1440, 1e-9);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* A dataset with no time of day: the view need not zoom to hours. */
static void
test_times_none (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    load_text ("{\"format\": \"chronicle/1\", \"title\": \"T\", \"events\": ["
               "{\"id\": \"a\", \"start\": \"2023-09-10\", \"title\": \"A\"}]}", "none.json", &error);

  g_assert_no_error (error);
  g_assert_false (chronicle_event_store_has_times (chronicle_dataset_get_events (dataset)));
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* TimelineJS 3's hour and minute (second read and dropped), on a date with a day. */
static void
test_times_timelinejs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = load_text (
    "{\"events\": ["
    "{\"start_date\": {\"year\": 2023, \"month\": 9, \"day\": 10, \"hour\": 14, \"minute\": 30, \"second\": 15},"
    " \"end_date\": {\"year\": \"2023\", \"month\": \"9\", \"day\": \"10\", \"hour\": \"16\"},"
    " \"text\": {\"headline\": \"Talks\"}},"
    "{\"start_date\": {\"year\": 2023, \"month\": 9, \"hour\": 14}, \"text\": {\"headline\": \"No day\"}},"
    "{\"start_date\": {\"year\": 2023, \"month\": 9, \"day\": 10, \"hour\": \"\", \"minute\": \"\"},"
    " \"text\": {\"headline\": \"Blank time\"}}"
    "]}", "tl.json", &error);
  g_autofree char *talks = NULL;
  g_autofree char *talks_end = NULL;
  g_autofree char *no_day = NULL;
  g_autofree char *blank = NULL;

  g_assert_no_error (error);
  talks = start_text (dataset, "Talks");
  talks_end = chronicle_date_to_string (chronicle_event_get_end (event_titled (dataset, "Talks")));
  no_day = start_text (dataset, "No day");
  blank = start_text (dataset, "Blank time");
  g_assert_cmpstr (talks, ==, "2023-09-10T14:30");
  g_assert_cmpstr (talks_end, ==, "2023-09-10T16:00");
  /* TimelineJS shows a month without a day as the month: the hour has nothing to place. */
  g_assert_cmpstr (no_day, ==, "2023-09");
  g_assert_cmpstr (blank, ==, "2023-09-10");
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* A time that is not one is an error named with its member (the event is left out
 * where the loader keeps the others). */
static void
test_times_timelinejs_bad (void)
{
  guint n;

  g_assert_true (reports ("{\"events\": ["
                          "{\"start_date\": {\"year\": 2023, \"month\": 9, \"day\": 10, \"hour\": 25},"
                          " \"text\": {\"headline\": \"Bad\"}},"
                          "{\"start_date\": {\"year\": 2023, \"month\": 9, \"day\": 10, \"hour\": 9},"
                          " \"text\": {\"headline\": \"Good\"}}]}",
                          "tl.json",
                          "events[0] \"event-1\": error: \"start_date\": hour 25, minute - is not a time of day",
                          &n));
  g_assert_cmpuint (n, <=, 1);
}

/* TimelineJS 2's "YYYY,MM,DD,HH,MM". */
static void
test_times_timelinejs2 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = load_text (
    "{\"timeline\": {\"headline\": \"T\", \"type\": \"default\", \"date\": ["
    "{\"startDate\": \"2011,12,10,07,02,10\", \"headline\": \"Morning\"},"
    "{\"startDate\": \"2011,12,10\", \"headline\": \"Day\"}]}}", "tl2.json", &error);
  g_autofree char *morning = NULL;
  g_autofree char *day = NULL;

  g_assert_no_error (error);
  morning = start_text (dataset, "Morning");
  day = start_text (dataset, "Day");
  g_assert_cmpstr (morning, ==, "2011-12-10T07:02");
  g_assert_cmpstr (day, ==, "2011-12-10");
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* The spreadsheet's Time and End Time, as TimelineJS reads them. */
static void
test_times_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = load_text (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline\n"
    "2023,9,10,2:30 PM,2023,9,10,16:00,Talks\n"
    "2023,9,10,0815,,,,,Arrival\n"
    "2023,9,10, 19.00 ,,,,,Dinner\n"
    "2023,9,10,,,,,,All day\n", "sheet.csv", &error);
  static const struct { const char *title, *start; } cases[] = {
    { "Talks", "2023-09-10T14:30" }, { "Arrival", "2023-09-10T08:15" },
    { "Dinner", "2023-09-10T19:00" }, { "All day", "2023-09-10" },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = start_text (dataset, cases[i].title);

      g_assert_cmpstr (text, ==, cases[i].start);
    }
  {
    g_autofree char *end = chronicle_date_to_string (chronicle_event_get_end (event_titled (dataset, "Talks")));

    g_assert_cmpstr (end, ==, "2023-09-10T16:00");
  }
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* A Time cell that is not a time is named at its row and column. */
static void
test_times_csv_bad (void)
{
  guint n;

  g_assert_true (reports ("Year,Month,Day,Time,Headline\n"
                          "2023,9,10,noon,Lunch\n"
                          "2023,9,10,9:00,Breakfast\n",
                          "sheet.csv",
                          "sheet.csv: row 2, column \"Time\": error: \"noon\" is not a time of day "
                          "(write it as 14:30 or 2:30 PM)",
                          &n));
  g_assert_cmpuint (n, <=, 1);
}

static void
assert_same_times (ChronicleDataset *a,
                   ChronicleDataset *b)
{
  ChronicleEventStore *sa = chronicle_dataset_get_events (a);
  ChronicleEventStore *sb = chronicle_dataset_get_events (b);

  g_assert_cmpuint (chronicle_event_store_get_n_events (sa), ==, chronicle_event_store_get_n_events (sb));
  for (guint i = 0; i < chronicle_event_store_get_n_events (sa); i++)
    {
      ChronicleEvent *ea = chronicle_event_store_get_event (sa, i);
      ChronicleEvent *eb = chronicle_event_store_get_event (sb, i);
      const ChronicleDate *ends[2] = { chronicle_event_get_end (ea), chronicle_event_get_end (eb) };
      g_autofree char *start_a = chronicle_date_to_string (chronicle_event_get_start (ea));
      g_autofree char *start_b = chronicle_date_to_string (chronicle_event_get_start (eb));

      g_assert_cmpstr (chronicle_event_get_title (ea), ==, chronicle_event_get_title (eb));
      g_assert_cmpstr (start_a, ==, start_b);
      g_assert_true ((ends[0] == NULL) == (ends[1] == NULL));
      if (ends[0] != NULL)
        {
          g_autofree char *end_a = chronicle_date_to_string (ends[0]);
          g_autofree char *end_b = chronicle_date_to_string (ends[1]);

          g_assert_cmpstr (end_a, ==, end_b);
        }
      g_assert_cmpfloat (chronicle_event_get_start_position (ea), ==, chronicle_event_get_start_position (eb));
    }
}

/* Both writers keep the times: JSON as "2023-09-10T14:30", the spreadsheet in Time and
 * End Time; opened again, the same events at the same times. */
static void
test_times_round_trip (void)
{
  g_autoptr(ChronicleDataset) dataset = load_fixture ("times-one-day.json");
  g_autoptr(ChronicleDataset) json = NULL;
  g_autoptr(ChronicleDataset) csv = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *csv_text = NULL;

  json = test_write_and_open (dataset, chronicle_dataset_write_json, "again.json", &json_text);
  g_assert_nonnull (strstr (json_text, "\"2023-09-10T14:30\""));
  assert_same_times (dataset, json);

  csv = test_write_and_open (dataset, chronicle_dataset_write_csv, "again.csv", &csv_text);
  g_assert_nonnull (strstr (csv_text, "\n2023,9,10,14:30,2023,9,10,16:00,"));
  assert_same_times (dataset, csv);

  g_assert_finalize_object (g_steal_pointer (&csv));
  g_assert_finalize_object (g_steal_pointer (&json));
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/times/order", test_times_order);
  g_test_add_func ("/chronicle/times/none", test_times_none);
  g_test_add_func ("/chronicle/times/timelinejs", test_times_timelinejs);
  g_test_add_func ("/chronicle/times/timelinejs-bad", test_times_timelinejs_bad);
  g_test_add_func ("/chronicle/times/timelinejs2", test_times_timelinejs2);
  g_test_add_func ("/chronicle/times/csv", test_times_csv);
  g_test_add_func ("/chronicle/times/csv-bad", test_times_csv_bad);
  g_test_add_func ("/chronicle/times/round-trip", test_times_round_trip);

  return g_test_run ();
}
