/* test-timelinejs.c — TimelineJS 3 and 2 as TimelineJS shows them.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "chronicle-loader.h"
#include "chronicle-writer.h"
#include "core-test-helpers.h"

static void
test_timelinejs_faithful (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_fixture ("tjs3-faithful.json", loader, &error);
  GPtrArray *warnings;
  ChronicleEvent *event;
  char *line;

  g_assert_no_error (error);
  g_assert_cmpstr (chronicle_dataset_get_source_format (dataset), ==, "timelinejs/3");
  /* The title slide's <br/> and line breaks do not reach the window title. */
  g_assert_cmpstr (chronicle_dataset_get_title (dataset), ==, "Ancient and modern");
  g_assert_cmpstr (chronicle_dataset_get_description (dataset), ==, "Our own file, for Chronicle’s tests.");

  /* One bad slide does not hide the others: six of seven, and a warning each. */
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 6);
  warnings = chronicle_dataset_get_warnings (dataset);
  line = test_find_diagnostic (warnings, "events[2] \"undated\": warning: no \"start_date\"");
  g_assert_nonnull (line);
  g_free (line);
  line = test_find_diagnostic (warnings, "events[1] \"caesar-2\": warning: the id \"caesar\" is used twice; this one is renamed \"caesar-2\"");
  g_assert_nonnull (line);
  g_free (line);
  line = test_find_diagnostic (warnings, "events[3] \"backwards\": warning: the end (1999) is before the start (2000-05)");
  g_assert_nonnull (line);
  g_free (line);

  /* -44 is 44 BCE: Chronicle's astronomical -43. Groups are trimmed: one lane. */
  event = test_find_event (dataset, "caesar");
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, -43);
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_DAY);
  g_assert_cmpstr (chronicle_event_get_title (event), ==, "Caesar dies");
  g_assert_cmpstr (chronicle_event_get_description (event), ==,
                   "Temperature < 5 & wind > 10 km/h.\n\n• One\n• Two\n\nSee the Ides.");
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "group:Rome");
  g_assert_cmpstr (chronicle_event_get_tags (event)[0], ==, "Rome");
  g_assert_cmpstr (chronicle_event_get_links (event)[0], ==, "https://example.org/ides");
  g_assert_cmpstr (chronicle_event_get_link_title (event, 0), ==, "the Ides");
  g_assert_null (chronicle_event_get_display_date (event));

  /* The renamed duplicate: -300 is 300 BCE, named by its display date. */
  event = test_find_event (dataset, "caesar-2");
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, -299);
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_YEAR);
  g_assert_cmpstr (chronicle_event_get_display_date (event), ==, "c. 300 BCE");
  g_assert_cmpstr (chronicle_event_get_title (event), ==, "c. 300 BCE");
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "group:Rome");

  /* An end before the start: drawn as a point at the start. */
  event = test_find_event (dataset, "backwards");
  g_assert_null (chronicle_event_get_end (event));
  g_assert_cmpint (chronicle_event_get_start (event)->month, ==, 5);

  /* No headline, no display date: the text's first words, never an ISO date. */
  event = test_find_event (dataset, "wordy");
  g_assert_cmpstr (chronicle_event_get_title (event), ==, "The first words of a long text that goes on and on, well…");

  /* Media: a //host address becomes an https link titled by its caption, which
   * also names the slide when nothing else does. */
  event = test_find_event (dataset, "picture");
  g_assert_cmpstr (chronicle_event_get_links (event)[0], ==, "https://example.org/picture.jpg");
  g_assert_cmpstr (chronicle_event_get_link_title (event, 0), ==, "A captioned picture");
  g_assert_cmpstr (chronicle_event_get_title (event), ==, "A captioned picture");
  g_assert_cmpuint (chronicle_event_get_n_media (event), ==, 1);
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->url, ==, "https://example.org/picture.jpg");
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->caption, ==, "A captioned picture");
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->credit, ==, "Someone");
  g_assert_cmpuint (chronicle_event_get_n_media (test_find_event (dataset, "caesar")), ==, 0);

  /* A display date given in the start date. */
  event = test_find_event (dataset, "moon");
  g_assert_cmpstr (chronicle_event_get_display_date (event), ==, "July 1969");
  g_assert_cmpstr (chronicle_event_get_title (event), ==, "Moon landing");
}

static void
test_timelinejs_bce_years (void)
{
  static const struct { const char *year; gint64 astronomical; } cases[] = {
    { "-1", 0 },
    { "-300", -299 },
    { "0", 0 },
    { "1", 1 },
    { "-13800000000", -13799999999LL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *json = g_strdup_printf ("{\"events\": [{\"start_date\": {\"year\": \"%s\"}, "
                                               "\"text\": {\"headline\": \"x\"}}]}", cases[i].year);
      g_autoptr(ChronicleDataset) dataset = test_load_text (json, "inline.json", loader, &error);
      ChronicleEventStore *store;

      g_assert_no_error (error);
      store = chronicle_dataset_get_events (dataset);
      g_assert_cmpint (chronicle_event_get_start (chronicle_event_store_get_event (store, 0))->year, ==,
                       cases[i].astronomical);
    }
}

static void
test_timelinejs_errors_still_refuse (void)
{
  /* What TimelineJS itself refuses (a month 13) is still an error, at its place; the
   * slide is left out and the others open (one bad event never hides the rest). */
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    test_load_text ("{\"events\": [{\"start_date\": {\"year\": 2000}}, {\"start_date\": {\"year\": 2020, \"month\": 13}}]}",
                    "inline.json", loader, &error);
  g_autoptr(ChronicleDataset) refused = NULL;
  g_autofree char *line = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 1);
  g_assert_cmpstr (chronicle_event_get_id (chronicle_event_store_get_event (chronicle_dataset_get_events (dataset), 0)),
                   ==, "event-1");
  g_assert_cmpuint (chronicle_loader_get_n_errors (loader), ==, 1);
  line = test_find_diagnostic (chronicle_loader_get_diagnostics (loader), "events[1] \"event-2\": error:");
  g_assert_nonnull (line);

  /* A file with that slide alone has nothing left to show: refused. */
  refused = test_load_text ("{\"events\": [{\"start_date\": {\"year\": 2020, \"month\": 13}}]}",
                            "inline.json", loader, &error);
  g_assert_null (refused);
  g_assert_error (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "events[0] \"event-1\""));
}

static void
test_timelinejs_version2 (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_fixture ("tjs2-basic.json", loader, &error);
  ChronicleEvent *event;
  const ChronicleEra *era;
  char *line;

  g_assert_no_error (error);
  g_assert_cmpstr (chronicle_dataset_get_source_format (dataset), ==, "timelinejs/2");
  g_assert_cmpstr (chronicle_dataset_get_title (dataset), ==, "A TimelineJS 2 file");
  g_assert_cmpstr (chronicle_dataset_get_description (dataset), ==, "Written for Chronicle's tests.");
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 4);
  line = test_find_diagnostic (chronicle_dataset_get_warnings (dataset), "timeline.date[4] \"event-5\": warning: no \"startDate\"");
  g_assert_nonnull (line);
  g_free (line);

  event = test_find_event (dataset, "event-1");
  g_assert_cmpstr (chronicle_event_get_title (event), ==, "Two days");
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_DAY);
  g_assert_cmpint (chronicle_event_get_start (event)->day, ==, 26);
  g_assert_cmpint (chronicle_event_get_end (event)->day, ==, 27);
  g_assert_cmpstr (chronicle_event_get_description (event), ==, "With more.");
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "group:News");
  g_assert_cmpstr (chronicle_event_get_links (event)[0], ==, "https://example.org/video");
  g_assert_cmpstr (chronicle_event_get_link_title (event, 0), ==, "The video");
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->credit, ==, "Me");
  g_assert_cmpstr (chronicle_event_get_links (event)[1], ==, "https://example.org/more");

  event = test_find_event (dataset, "event-2");
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, -299);

  event = test_find_event (dataset, "event-3");
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_MONTH);
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "group:News");

  event = test_find_event (dataset, "event-4");
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, 1066);

  g_assert_cmpuint (chronicle_dataset_get_n_eras (dataset), ==, 1);
  era = chronicle_dataset_get_era (dataset, 0);
  g_assert_cmpstr (era->title, ==, "An era");
  g_assert_cmpint (era->end.month, ==, 6);
}

/* The title slide's media is the dataset's: TimelineJS 3's title.media, TimelineJS 2's
 * timeline.asset; its caption and credit as plain text, a //host address as https,
 * a local path as written (relative to the file, trimmed). */
static void
test_timelinejs_title_media (void)
{
  static const struct {
    const char *file;
    const char *url;
    const char *caption;
    const char *credit;
    const char *alt;
  } cases[] = {
    { "title-media-tjs3.json", "images/harbour.png", "The harbour at noon", "Photo: A. Person",
      "A yellow sun over blue water" },
    { "title-media-tjs2.json", "https://example.org/cover.jpg", "The cover", "The Archive", NULL },
    /* Empty credit and caption are none. */
    { "tjs2-basic.json", "https://example.org/cover.jpg", NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok (cases[i].file);
      const ChronicleMedia *media;

      g_test_message ("%s", cases[i].file);
      g_assert_cmpuint (chronicle_dataset_get_n_media (dataset), ==, 1);
      media = chronicle_dataset_get_media (dataset, 0);
      g_assert_cmpstr (media->url, ==, cases[i].url);
      g_assert_cmpstr (media->caption, ==, cases[i].caption);
      g_assert_cmpstr (media->credit, ==, cases[i].credit);
      g_assert_cmpstr (media->alt, ==, cases[i].alt);
      /* The title slide is not an event. */
      g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 1 + 3 * (i == 2));
      g_assert_finalize_object (g_steal_pointer (&dataset));
    }
}

/* A title slide with no media, or an embed code Chronicle cannot show, gives none. */
static void
test_timelinejs_title_without_media (void)
{
  static const char * const files[] = {
    "{\"title\": {\"text\": {\"headline\": \"T\"}}, \"events\": [{\"start_date\": {\"year\": 2000}}]}",
    "{\"title\": {\"media\": {\"url\": \"<iframe src=x></iframe>\", \"caption\": \"c\"}},"
    " \"events\": [{\"start_date\": {\"year\": 2000}}]}",
    "{\"title\": {\"media\": {\"url\": \"  \"}}, \"events\": [{\"start_date\": {\"year\": 2000}}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ChronicleDataset) dataset = test_load_text (files[i], "t.json", loader, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (chronicle_dataset_get_n_media (dataset), ==, 0);
    }
}

static void
test_timelinejs_version2_bad_date (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    test_load_text ("{\"timeline\": {\"headline\": \"x\", \"date\": [{\"startDate\": \"2000\"}, "
                    "{\"startDate\": \"Jan 2012\", \"headline\": \"y\"}]}}", "inline.json", loader, &error);

  /* The slide is left out, reported at its place; the other opens. */
  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 1);
  g_assert_cmpuint (chronicle_loader_get_n_errors (loader), ==, 1);
  g_assert_true (test_has_diagnostic (chronicle_loader_get_diagnostics (loader),
                                      "inline.json: timeline.date[1]: error: \"startDate\": \"Jan 2012\" is not a TimelineJS 2 date (YYYY,MM,DD)"));
}

static void
test_timelinejs_upstream (void)
{
  const char *shared = g_getenv ("CHRONICLE_SHARED_DIR");
  static const char * const samples[] = { "cosmo.json", "eras.json", "women_in_computing.json" };
  g_autofree char *dir = NULL;

  if (shared == NULL || !g_file_test ((dir = g_build_filename (shared, "timelinejs-samples", NULL)), G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("../shared/timelinejs-samples is not there");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_build_filename (dir, samples[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_file (loader, file, NULL, &error);
      ChronicleEventStore *store;

      g_test_message ("%s", samples[i]);
      g_assert_no_error (error);
      g_assert_null (strchr (chronicle_dataset_get_title (dataset), '\n'));
      store = chronicle_dataset_get_events (dataset);
      for (guint j = 0; j < chronicle_event_store_get_n_events (store); j++)
        {
          ChronicleEvent *event = chronicle_event_store_get_event (store, j);
          const char *description = chronicle_event_get_description (event);

          /* No markup, no entity, no title on two lines. */
          g_assert_true (description == NULL || strchr (description, '<') == NULL);
          g_assert_true (description == NULL || strstr (description, "&nbsp;") == NULL);
          g_assert_null (strchr (chronicle_event_get_title (event), '\n'));
        }
    }
}

/* TimelineJS 3's backgrounds (of slides and of the title slide) and media
 * thumbnails are kept as written: a colour (#rgb, #rrggbb, a CSS colour name;
 * trimmed), a picture's address (//host as https, a path beside the file as it is);
 * TimelineJS 2's asset.thumbnail too (TimelineJS 2 has no backgrounds). */
static void
test_timelinejs_backgrounds (void)
{
  static const struct {
    const char *id;
    const char *color;
    const char *url;
  } cases[] = {
    { "colour", "#1d2a3a", NULL },
    { "short", "#fA0", NULL },
    { "named", "PapayaWhip", NULL },
    { "sky", NULL, "https://example.org/sky.jpg" },
    { "local", NULL, "images/harbour.png" },
    { "both", "#000000", "https://example.org/night.jpg" },
    { "plain", NULL, NULL },
  };
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("backgrounds.json");
  g_autoptr(ChronicleDataset) version2 = test_load_fixture_ok ("title-media-tjs2.json");
  const ChronicleBackground *background;
  ChronicleEvent *event;

  g_assert_cmpuint (chronicle_dataset_get_warnings (dataset)->len, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      background = chronicle_event_get_background (test_find_event (dataset, cases[i].id));
      g_test_message ("%s", cases[i].id);
      if (cases[i].color == NULL && cases[i].url == NULL)
        {
          g_assert_null (background);
          continue;
        }
      g_assert_nonnull (background);
      g_assert_cmpstr (background->color, ==, cases[i].color);
      g_assert_cmpstr (background->url, ==, cases[i].url);
    }
  background = chronicle_dataset_get_background (dataset);
  g_assert_cmpstr (background->color, ==, "#1d2a3a");
  g_assert_cmpstr (background->url, ==, "images/harbour.png");

  event = test_find_event (dataset, "colour");
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->thumbnail, ==, "https://example.org/flyer-thumb.jpg");
  event = test_find_event (dataset, "sky");
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->thumbnail, ==, "https://example.org/flyer-small.jpg");
  g_assert_null (chronicle_event_get_media (test_find_event (dataset, "colour"), 0)->alt);
  g_assert_cmpstr (chronicle_dataset_get_media (dataset, 0)->thumbnail, ==, "images/harbour.png");

  /* TimelineJS 2: asset.thumbnail, of a slide and of the timeline itself. */
  g_assert_cmpstr (chronicle_dataset_get_media (version2, 0)->thumbnail, ==, "https://example.org/cover-small.jpg");
  event = test_find_event (version2, "event-1");
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->url, ==, "images/flyer.jpg");
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->thumbnail, ==, "images/harbour.png");
  g_assert_null (chronicle_event_get_background (event));
  g_assert_null (chronicle_dataset_get_background (version2));
}

/* A background colour TimelineJS would hand to the browser but that is no colour is
 * a warning naming the slide (or the title slide) and the member, and is left out;
 * the slide opens, with its picture. */
/* A year Chronicle cannot hold is said to be out of range, with the range, as the
 * file writes the year: in a TimelineJS file at its slide and member, in a
 * spreadsheet at its Year or End Year cell (it said "year 50000, month -, day - is
 * not a date", or "needs a year, and its parts must be whole numbers"). The slide is
 * left out; the others open, the first and last years Chronicle reads among them. */
static void
test_timelinejs_year_out_of_range (void)
{
  const char *json =
    "{\"events\": ["
    " {\"unique_id\": \"a\", \"start_date\": {\"year\": \"50000\"}, \"text\": {\"headline\": \"A\"}},"
    " {\"unique_id\": \"b\", \"start_date\": {\"year\": -13800000001}, \"text\": {\"headline\": \"B\"}},"
    " {\"unique_id\": \"c\", \"start_date\": {\"year\": 2000}, \"end_date\": {\"year\": \"99999999999999999999\"},"
    "  \"text\": {\"headline\": \"C\"}},"
    " {\"unique_id\": \"d\", \"start_date\": {\"year\": 1e20}, \"text\": {\"headline\": \"D\"}},"
    " {\"unique_id\": \"first\", \"start_date\": {\"year\": -13800000000}, \"text\": {\"headline\": \"Big bang\"}},"
    " {\"unique_id\": \"last\", \"start_date\": {\"year\": \"9999\", \"month\": 12, \"day\": 31}, \"text\": {\"headline\": \"Z\"}}]}";
  const char *csv =
    "Year,Month,Day,End Year,Headline\n"
    "50000,,,,Beyond\n"
    "2000,,,12000,Ends beyond\n"
    "-13800000000,,,,Big bang\n";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (json, "years.json", loader, &error);
  g_autoptr(ChronicleDataset) sheet = NULL;
  GPtrArray *diagnostics = chronicle_loader_get_diagnostics (loader);

  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_loader_get_n_errors (loader), ==, 4);
  g_assert_true (test_has_diagnostic (diagnostics, "years.json: events[0] \"a\": error: \"start_date\": the year 50000 "
                                                   "is out of range (years go from -13800000000 to 9999)"));
  g_assert_true (test_has_diagnostic (diagnostics, "years.json: events[1] \"b\": error: \"start_date\": the year "
                                                   "-13800000001 is out of range (years go from -13800000000 to 9999)"));
  g_assert_true (test_has_diagnostic (diagnostics, "years.json: events[2] \"c\": error: \"end_date\": the year "
                                                   "99999999999999999999 is out of range (years go from -13800000000 to 9999)"));
  g_assert_true (test_has_diagnostic (diagnostics, "years.json: events[3] \"d\": error: \"start_date\": the year "
                                                   "1e+20 is out of range (years go from -13800000000 to 9999)"));
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 2);
  /* TimelineJS's -13800000000 is 13800000000 BCE, Chronicle's year -13799999999. */
  g_assert_cmpint (chronicle_event_get_start (test_find_event (dataset, "first"))->year, ==, -13799999999LL);
  g_assert_cmpint (chronicle_event_get_start (test_find_event (dataset, "last"))->year, ==, 9999);

  sheet = test_load_text (csv, "years.csv", loader, &error);
  g_assert_no_error (error);
  diagnostics = chronicle_loader_get_diagnostics (loader);
  g_assert_cmpuint (chronicle_loader_get_n_errors (loader), ==, 2);
  g_assert_true (test_has_diagnostic (diagnostics, "years.csv: row 2, column \"Year\": error: the year 50000 is out of "
                                                   "range (years go from -13800000000 to 9999)"));
  g_assert_true (test_has_diagnostic (diagnostics, "years.csv: row 3, column \"End Year\": error: the year 12000 is out "
                                                   "of range (years go from -13800000000 to 9999)"));
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (sheet)), ==, 1);
}

static void
test_timelinejs_bad_background (void)
{
  const char *json =
    "{\"title\": {\"text\": {\"headline\": \"T\"}, \"background\": {\"color\": \"blu\", \"url\": \"sky.jpg\"}},"
    " \"events\": [{\"unique_id\": \"x\", \"start_date\": {\"year\": 2000}, \"background\": {\"color\": \"#12345\"}},"
    "             {\"unique_id\": \"y\", \"start_date\": {\"year\": 2001}, \"background\": {\"color\": 7}}]}";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (json, "bg.json", loader, &error);
  GPtrArray *warnings;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  warnings = chronicle_dataset_get_warnings (dataset);
  g_assert_cmpuint (warnings->len, ==, 2);
  first = chronicle_diagnostic_to_string (g_ptr_array_index (warnings, 0));
  second = chronicle_diagnostic_to_string (g_ptr_array_index (warnings, 1));
  g_assert_cmpstr (first, ==, "bg.json: title: warning: \"background.color\": \"blu\" is not a colour (#rgb, #rrggbb "
                              "or a CSS colour name); it is left out");
  g_assert_cmpstr (second, ==, "bg.json: events[0] \"x\": warning: \"background.color\": \"#12345\" is not a colour "
                               "(#rgb, #rrggbb or a CSS colour name); it is left out");
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 2);
  g_assert_null (chronicle_event_get_background (test_find_event (dataset, "x")));
  /* TimelineJS ignores what is not text there; so does Chronicle. */
  g_assert_null (chronicle_event_get_background (test_find_event (dataset, "y")));
  g_assert_null (chronicle_dataset_get_background (dataset)->color);
  g_assert_cmpstr (chronicle_dataset_get_background (dataset)->url, ==, "sky.jpg");
}

/* Embed code in media.url (TimelineJS shows it in a frame): a quote's text, with its
 * <cite> on a line after "— ", is the slide's text — after the text it has, or all of
 * it (the Edith Clarke slide of TimelineJS's women_in_computing sample) — kept when
 * the file is written again; its links are the event's; embed code without a quote
 * (an <iframe>) is left out with a warning at its slide and member (it was left out
 * silently). None of it is media Chronicle shows. */
static void
test_timelinejs_embed_quote (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_fixture ("embed-quote.json", loader, &error);
  g_autoptr(ChronicleDataset) again = NULL;
  g_autoptr(ChronicleDataset) sheet = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "embed-quote.json", NULL);
  g_autofree char *title_line = NULL;
  g_autofree char *video_line = NULL;
  g_autofree char *written = NULL;
  ChronicleEvent *quote, *tweet, *video;
  GPtrArray *warnings;

  g_assert_no_error (error);
  quote = test_find_event (dataset, "quote");
  tweet = test_find_event (dataset, "tweet");
  video = test_find_event (dataset, "video");
  g_assert_cmpstr (chronicle_event_get_title (quote), ==, "A quote and no text");
  g_assert_cmpstr (chronicle_event_get_description (quote), ==, "Work is work, whoever does it.\n— An engineer, 1921");
  g_assert_cmpuint (chronicle_event_get_n_media (quote), ==, 0);
  g_assert_cmpstr (chronicle_event_get_description (tweet), ==,
                   "The landing.\n\nWe are down.\n\n— Mission (@mission) July 20, 1969");
  g_assert_cmpstr (chronicle_event_get_links (tweet)[0], ==, "https://social.example/mission/1");
  g_assert_cmpstr (chronicle_event_get_link_title (tweet, 0), ==, "July 20, 1969");
  g_assert_null (chronicle_event_get_links (tweet)[1]);
  g_assert_cmpstr (chronicle_event_get_description (video), ==, "Watch it.");
  g_assert_cmpuint (chronicle_event_get_n_media (video), ==, 0);
  g_assert_cmpuint (chronicle_event_get_n_media (test_find_event (dataset, "picture")), ==, 1);
  g_assert_cmpstr (chronicle_dataset_get_description (dataset), ==, "Slides whose media is embed code.");

  warnings = chronicle_dataset_get_warnings (dataset);
  g_assert_cmpuint (warnings->len, ==, 2);
  title_line = g_strdup_printf ("%s: title: warning: \"media.url\" is embed code (HTML), which Chronicle cannot "
                                "show: it is left out", path);
  video_line = g_strdup_printf ("%s: events[2] \"video\": warning: \"media.url\" is embed code (HTML), which "
                                "Chronicle cannot show: it is left out", path);
  g_assert_true (test_has_diagnostic (warnings, title_line));
  g_assert_true (test_has_diagnostic (warnings, video_line));

  /* Written as Chronicle JSON and opened again: the quote is the event's text. */
  again = test_write_and_open (dataset, chronicle_dataset_write_json, "again.json", &written);
  g_assert_nonnull (strstr (written, "Work is work, whoever does it.\\n— An engineer, 1921"));
  g_assert_cmpstr (chronicle_event_get_description (test_find_event (again, "quote")), ==,
                   "Work is work, whoever does it.\n— An engineer, 1921");

  /* A spreadsheet's Media cell: the warning names the cell; a quote is the text. */
  sheet = test_load_text ("Year,Headline,Text,Media\n"
                          "1970,Video,Watch it.,\"<iframe src=\"\"https://player.example/v\"\"></iframe>\"\n"
                          "1921,Quote,,<blockquote>Work is work. <cite>An engineer</cite></blockquote>\n",
                          "embeds.csv", loader, &error);
  g_assert_no_error (error);
  g_assert_true (test_has_diagnostic (chronicle_dataset_get_warnings (sheet),
                                      "embeds.csv: row 2, column \"Media\": warning: this is embed code (HTML), which "
                                      "Chronicle cannot show: it is left out"));
  g_assert_cmpuint (chronicle_dataset_get_warnings (sheet)->len, ==, 1);
  g_assert_cmpstr (chronicle_event_get_description (chronicle_event_store_get_event (chronicle_dataset_get_events (sheet), 0)),
                   ==, "Work is work.\n— An engineer");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/timelinejs/faithful", test_timelinejs_faithful);
  g_test_add_func ("/chronicle/timelinejs/bce-years", test_timelinejs_bce_years);
  g_test_add_func ("/chronicle/timelinejs/errors-still-refuse", test_timelinejs_errors_still_refuse);
  g_test_add_func ("/chronicle/timelinejs/version2", test_timelinejs_version2);
  g_test_add_func ("/chronicle/timelinejs/version2-bad-date", test_timelinejs_version2_bad_date);
  g_test_add_func ("/chronicle/timelinejs/upstream", test_timelinejs_upstream);
  g_test_add_func ("/chronicle/timelinejs/title-media", test_timelinejs_title_media);
  g_test_add_func ("/chronicle/timelinejs/title-without-media", test_timelinejs_title_without_media);
  g_test_add_func ("/chronicle/timelinejs/backgrounds", test_timelinejs_backgrounds);
  g_test_add_func ("/chronicle/timelinejs/bad-background", test_timelinejs_bad_background);
  g_test_add_func ("/chronicle/timelinejs/year-out-of-range", test_timelinejs_year_out_of_range);
  g_test_add_func ("/chronicle/timelinejs/embed-quote", test_timelinejs_embed_quote);

  return g_test_run ();
}
