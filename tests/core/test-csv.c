/* test-csv.c — TimelineJS spreadsheets (CSV) and files that are not JSON.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "chronicle-check.h"
#include "chronicle-loader.h"
#include "core-test-helpers.h"

static ChronicleEvent *
event_titled (ChronicleDataset *dataset,
              const char       *title)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    if (g_str_equal (chronicle_event_get_title (chronicle_event_store_get_event (store, i)), title))
      return chronicle_event_store_get_event (store, i);
  g_error ("no event titled \"%s\"", title);
  return NULL;
}

static void
test_csv_template (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_fixture ("sheet-template.csv", loader, &error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sheet-template.csv", NULL);
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *line = NULL;
  GPtrArray *warnings;
  ChronicleEvent *event;

  /* UTF-8 with a byte-order mark, CRLF line ends, a cell over two lines. */
  g_assert_no_error (error);
  g_assert_cmpstr (chronicle_dataset_get_source_format (dataset), ==, "csv");
  g_assert_cmpstr (chronicle_dataset_get_title (dataset), ==, "Our own spreadsheet");
  g_assert_cmpstr (chronicle_dataset_get_description (dataset), ==, "Written for Chronicle’s tests, with a comma.");
  g_assert_cmpuint (chronicle_dataset_get_n_eras (dataset), ==, 1);
  g_assert_cmpstr (chronicle_dataset_get_era (dataset, 0)->title, ==, "The nineties");
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 3);

  /* Rows are numbered as the spreadsheet numbers them: the two-line cell is one row. */
  warnings = chronicle_dataset_get_warnings (dataset);
  g_free (line);
  line = g_strdup_printf ("%s: row 1: warning: the column \"Notes\" is not one of the TimelineJS template's; it is ignored", display);
  g_assert_true (test_has_diagnostic (warnings, line));
  g_free (line);
  line = g_strdup_printf ("%s: row 6, column \"Year\": warning: empty: the row is left out, as TimelineJS leaves it out", display);
  g_assert_true (test_has_diagnostic (warnings, line));

  event = event_titled (dataset, "Caesar dies");
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, -43);
  g_assert_cmpint (chronicle_event_get_start (event)->day, ==, 15);
  g_assert_cmpstr (chronicle_event_get_display_date (event), ==, "Ides of March, 44 BCE");
  g_assert_cmpstr (chronicle_event_get_description (event), ==, "Line one,\n\n\"quoted\" and more");
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "group:Rome");
  g_assert_cmpstr (chronicle_event_get_links (event)[0], ==, "https://example.org/caesar.jpg");
  g_assert_cmpstr (chronicle_event_get_link_title (event, 0), ==, "A caption");
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->credit, ==, "Someone");

  event = event_titled (dataset, "Moon landing");
  /* Its Time cell, 20:17, places it in its day; the end has none. */
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_MINUTE);
  g_assert_cmpint (chronicle_event_get_start (event)->hour, ==, 20);
  g_assert_cmpint (chronicle_event_get_start (event)->minute, ==, 17);
  g_assert_cmpint (chronicle_event_get_end (event)->precision, ==, CHRONICLE_PRECISION_DAY);
  g_assert_cmpint (chronicle_event_get_end (event)->day, ==, 21);
  g_assert_cmpstr (chronicle_event_get_description (event), ==, "Temperature < 5 & wind > 10 km/h");
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "group:Space");

  /* Spaces around a headline and a group are not part of them: one Rome lane. */
  event = event_titled (dataset, "Month only");
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_MONTH);
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "group:Rome");
}

static void
test_csv_reordered (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_fixture ("sheet-reordered.csv", loader, &error);
  ChronicleEvent *event;

  /* Columns in another order and case, no byte-order mark, no newline at the end. */
  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 2);
  event = event_titled (dataset, "Second, with a comma");
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, -299);
  g_assert_cmpint (chronicle_event_get_end (event)->year, ==, -199);
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "group:Science");
  event = event_titled (dataset, "Reordered");
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, 1543);
  g_assert_cmpstr (chronicle_event_get_description (event), ==, "De revolutionibus");
}

/* The template saved by a spreadsheet in a locale whose decimal mark is a comma:
 * fields separated by semicolons (commas and semicolons inside quotes stay text). */
static void
test_csv_semicolons (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_fixture ("sheet-semicolon.csv", loader, &error);
  ChronicleEvent *event;

  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 2);
  event = event_titled (dataset, "Revolutions");
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, 1543);
  g_assert_cmpstr (chronicle_event_get_description (event), ==, "De revolutionibus; a book");
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "group:Science");
  event = event_titled (dataset, "Second, with a comma");
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, -299);
  g_assert_cmpint (chronicle_event_get_start (event)->month, ==, 5);
}

static void
test_csv_errors (void)
{
  static const struct { const char *name; const char *text; const char *message; } cases[] = {
    /* A cell that is not a number names its row and column, as the header writes it. */
    { "bad.csv", "Year,month,Day,Headline\n2001,March,2,bad\n",
      "bad.csv: row 2, column \"month\": \"March\" is not a whole number" },
    { "bad.csv", "Headline,Text\nx,y\n",
      "bad.csv: row 1: the header row has no \"Year\" column: TimelineJS spreadsheets name their columns Year, Month, Day, Headline, Text, …" },
    /* A byte that is not UTF-8 among UTF-8 letters: UTF-8 with a broken byte, not
     * Windows-1252 (reading it as such would garble "é"). */
    { "bad.csv", "Year,Headline\n2000,cafés et thés\xc3\n",
      "bad.csv:2:19: invalid UTF-8 (byte 0xC3); Chronicle reads UTF-8 text: save the spreadsheet as “CSV UTF-8”" },
    /* Windows-1252 whose "é€”" happens to be UTF-8 (U+9014): still Windows-1252. */
    { "cp.csv", "Year,Headline\n2000,caf\xe9\x80\x94 \xe0 l\x92heure\n", NULL },
    /* A byte Windows-1252 does not define. */
    { "bad.csv", "Year,Headline\n2000,\x81\n",
      "bad.csv:2:6: invalid UTF-8 (byte 0x81); Chronicle reads UTF-8 text: save the spreadsheet as “CSV UTF-8”" },
    /* JSON is UTF-8, always. */
    { "bad.json", "{\"events\": [{\"id\": \"a\", \"start\": \"2000\", \"title\": \"caf\xe9\"}]}",
      "bad.json:1:55: invalid UTF-8 (byte 0xE9); Chronicle reads UTF-8 text" },
    /* A date typed whole in one cell, as a teacher would. */
    { "date.csv", "Year,Headline\n2023-09-10,typed\n",
      "date.csv: row 2, column \"Year\": \"2023-09-10\" is a whole date: write its year, month and day in their own columns" },
    { "date.csv", "Year,Month,Headline\n2023,10/09/2023,typed\n",
      "date.csv: row 2, column \"Month\": \"10/09/2023\" is a whole date: write its year, month and day in their own columns" },
    /* A year beyond Chronicle's, even as a spreadsheet writes a long number. */
    { "far.csv", "Year,Headline\n4.5E+9,far\n",
      "far.csv: row 2, column \"Year\": the year 4.5E+9 is out of range (years go from -13800000000 to 9999)" },
    /* A quoted cell that never closes (every row after it would be read into it). */
    { "quote.csv", "Year,Month,Day,Headline\n1917,4,6,\"Unclosed, US enters the war\n1919,6,28,Treaty\n",
      "quote.csv: row 2, column \"Headline\": its quote (\") never closes: every row after it was read into "
      "this cell; add the closing quote" },
    /* More digits than any year, a whole number all the same. */
    { "far.csv", "Year,Headline\n99999999999999999999,far\n",
      "far.csv: row 2, column \"Year\": the year 99999999999999999999 is out of range (years go from -13800000000 to 9999)" },
    /* A headline that starts with a number is text, not a date. */
    { "bad.csv", "Year,Headline\n2000,13 months\n2000,x\n",
      NULL },
    { "utf16.csv", "\xff\xfeY\0e\0a\0r\0",
      "utf16.csv:1:1: the file is UTF-16 or UTF-32 text; Chronicle reads UTF-8" },
    { "header-only.csv", "Year,Headline\n", NULL },
    /* A spreadsheet by its content, whatever its name. */
    { "sheet", "Year,Month,Headline\n2000,13,bad month\n",
      "sheet: row 2, column \"Month\": there is no month 13; months go from 1 to 12" },
    { "days.csv", "Year,Month,Day,End Year,End Month,END DAY\n2023,2,28,2023,2,29\n",
      "days.csv: row 2, column \"END DAY\": 2023-02 has no day 29" },
    /* TimelineJS's -5 is 5 BCE, Chronicle's year -4: a leap year, so 29 February opens. */
    { "leap.csv", "Year,Month,Day\n-5,2,29\n", NULL },
    /* Not JSON: one sentence saying what it looks like, at its first character. */
    { "page.json", "\n  <!DOCTYPE html>\n<html><body>TimelineJS</body></html>",
      "page.json:2:3: this is a web page (HTML), not timeline data: open the JSON or spreadsheet file it shows" },
    { "data.json", "<?xml version=\"1.0\"?><timeline/>",
      "data.json:1:1: this is XML or HTML, not timeline data: Chronicle reads JSON (Chronicle, TimelineJS 2 and 3) and TimelineJS spreadsheets (CSV)" },
    { "data.js", "var timeline_json = {\"events\": []};",
      "data.js:1:1: this is JavaScript, not JSON: keep only the object between the first \"{\" and its \"}\"" },
    { "data.json", "Headline,Text\nx,y\n",
      "data.json:1:1: this looks like a spreadsheet, but its first row does not name the TimelineJS template's columns (Year, Month, Day, Headline, Text, …)" },
    { "notes.txt", "not JSON at all\n",
      "notes.txt:1:1: this is neither JSON nor a spreadsheet: Chronicle reads JSON (Chronicle, TimelineJS 2 and 3) and TimelineJS spreadsheets (CSV)" },
    { "notes.txt", "Just some notes.\n",
      "notes.txt:1:1: this is neither JSON nor a spreadsheet: Chronicle reads JSON (Chronicle, TimelineJS 2 and 3) and TimelineJS spreadsheets (CSV)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ChronicleDataset) dataset = test_load_text (cases[i].text, cases[i].name, loader, &error);

      g_test_message ("case %u", i);
      if (cases[i].message == NULL)
        {
          /* Cases that open. */
          g_assert_no_error (error);
          g_assert_nonnull (dataset);
          continue;
        }
      g_assert_null (dataset);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* One bad row never hides the rest: it is left out and reported by row and column. */
static void
test_csv_bad_row_among_good (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    test_load_text ("Year,month,Day,Headline\n2000,1,1,ok\n2001,March,2,bad\n2002,12,31,also ok\n",
                    "rows.csv", loader, &error);
  ChronicleEventStore *store;

  g_assert_no_error (error);
  store = chronicle_dataset_get_events (dataset);
  g_assert_cmpuint (chronicle_event_store_get_n_events (store), ==, 2);
  g_assert_cmpstr (chronicle_event_get_title (chronicle_event_store_get_event (store, 0)), ==, "ok");
  g_assert_cmpstr (chronicle_event_get_title (chronicle_event_store_get_event (store, 1)), ==, "also ok");
  g_assert_cmpuint (chronicle_loader_get_n_errors (loader), ==, 1);
  g_assert_true (test_has_diagnostic (chronicle_loader_get_diagnostics (loader),
                                      "rows.csv: row 3, column \"month\": error: \"March\" is not a whole number"));
}

static void
test_csv_blank_and_ragged (void)
{
  /* Short rows, blank rows, an unterminated quote at the end: read, never a crash. */
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    test_load_text ("\n\nYear,Headline,Text\n,,\n1999\n2000,\"unterminated, quote\n", "ragged.csv", loader, &error);
  ChronicleEventStore *store;

  g_assert_no_error (error);
  store = chronicle_dataset_get_events (dataset);
  g_assert_cmpuint (chronicle_event_store_get_n_events (store), ==, 2);
  g_assert_cmpstr (chronicle_event_get_title (chronicle_event_store_get_event (store, 1)), ==, "unterminated, quote");
  /* No headline and no text: TimelineJS's untitled slide. */
  g_assert_cmpstr (chronicle_event_get_title (chronicle_event_store_get_event (store, 0)), ==, "Untitled");
  /* The open quote swallowed no row, but the author is told. */
  g_assert_true (test_has_diagnostic (chronicle_loader_get_diagnostics (loader),
                                      "ragged.csv: row 6, column \"Headline\": warning: its quote (\") never "
                                      "closes; it is read to the end of the file"));
}

/* A credit or caption with no media (TimelineJS shows neither) is reported at its
 * cell, not dropped without a word; the row is read. */
static void
test_csv_credit_without_media (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    test_load_text ("Year,Month,Day,Headline,Media,Media Credit,Media Caption\n"
                    "1957,10,4,Sputnik,,NASA,The satellite\n"
                    "1961,4,12,Gagarin,https://example.org/g.jpg,Roscosmos,In orbit\n",
                    "credits.csv", loader, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 2);
  g_assert_cmpuint (chronicle_loader_get_n_warnings (loader), ==, 1);
  g_assert_true (test_has_diagnostic (chronicle_loader_get_diagnostics (loader),
                                      "credits.csv: row 2, column \"Media Credit\": warning: ignored: it belongs "
                                      "to a medium, and the row's Media cell is empty"));
}

static void
test_csv_title_rows (void)
{
  /* Named .CSV in capitals; two title rows: the first names the timeline. */
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    test_load_text ("Year,Headline,Type\n,First,title\n,Second,Title\n2000,x,\n", "upper.CSV", loader, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (chronicle_dataset_get_title (dataset), ==, "First");
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 1);
  g_assert_true (test_has_diagnostic (chronicle_dataset_get_warnings (dataset),
                                 "upper.CSV: row 3, column \"Type\": warning: a second title row; the first one names the timeline"));
}

static void
test_csv_title_media (void)
{
  /* The title row's Media, Media Credit, Media Caption and Alt Text are the dataset's
   * media, as TimelineJS shows them on its title slide. */
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("title-media.csv");
  const ChronicleMedia *media;

  g_assert_cmpstr (chronicle_dataset_get_title (dataset), ==, "A spreadsheet with a title picture");
  g_assert_cmpuint (chronicle_dataset_get_n_media (dataset), ==, 1);
  media = chronicle_dataset_get_media (dataset, 0);
  g_assert_cmpstr (media->url, ==, "images/flyer.jpg");
  g_assert_cmpstr (media->caption, ==, "The Flyer");
  g_assert_cmpstr (media->credit, ==, "J. T. Daniels");
  g_assert_cmpstr (media->alt, ==, "A biplane just off the ground");
  /* The event row has none of its own. */
  g_assert_cmpuint (chronicle_event_get_n_media (event_titled (dataset, "First flight")), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* The Background column as TimelineJS reads it — an address (http://, https://, //,
 * /) is a picture, else a colour — and a path beside the file a picture too; Media
 * Thumbnail is the media's thumbnail. A Background that is neither is a warning at
 * its cell, and the row opens without it. */
static void
test_csv_backgrounds (void)
{
  static const struct {
    const char *title;
    const char *color;
    const char *url;
  } cases[] = {
    { "A dark slide", "#1d2a3a", NULL },
    { "Three hex digits", "#fA0", NULL },
    { "A picture behind", NULL, "https://example.org/sky.jpg" },
    { "Protocol-relative", NULL, "https://example.org/dusk.jpg" },
    { "Site-relative", NULL, "/pictures/noon.jpg" },
    { "A picture beside the file", NULL, "images/harbour.png" },
    { "No background", NULL, NULL },
  };
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("backgrounds.csv");
  const char *bad = "Year,Headline,Background\n2000,Blue,blu\n2001,Function,\"rgb(1, 2, 3)\"\n2002,Short,#12\n";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) warned = NULL;
  const ChronicleBackground *background;
  ChronicleEvent *event;
  char *line;

  g_assert_cmpuint (chronicle_dataset_get_warnings (dataset)->len, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      background = chronicle_event_get_background (event_titled (dataset, cases[i].title));
      g_test_message ("%s", cases[i].title);
      if (cases[i].color == NULL && cases[i].url == NULL)
        {
          g_assert_null (background);
          continue;
        }
      g_assert_cmpstr (background->color, ==, cases[i].color);
      g_assert_cmpstr (background->url, ==, cases[i].url);
    }
  /* The title row's are the dataset's. */
  g_assert_cmpstr (chronicle_dataset_get_background (dataset)->color, ==, "papayawhip");
  g_assert_cmpstr (chronicle_dataset_get_media (dataset, 0)->thumbnail, ==, "images/harbour.png");
  event = event_titled (dataset, "A picture behind");
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->thumbnail, ==, "https://example.org/flyer-small.jpg");

  warned = test_load_text (bad, "bad.csv", loader, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (warned)), ==, 3);
  g_assert_cmpuint (chronicle_dataset_get_warnings (warned)->len, ==, 3);
  line = test_find_diagnostic (chronicle_dataset_get_warnings (warned),
                               "bad.csv: row 2, column \"Background\": warning: \"blu\" is not a colour (#rgb, #rrggbb or "
                               "a CSS colour name); the background colour is left out");
  g_assert_nonnull (line);
  g_free (line);
  line = test_find_diagnostic (chronicle_dataset_get_warnings (warned), "row 3, column \"Background\": warning: "
                                                                         "\"rgb(1, 2, 3)\" is not a colour");
  g_assert_nonnull (line);
  g_free (line);
  line = test_find_diagnostic (chronicle_dataset_get_warnings (warned), "row 4, column \"Background\": warning: "
                                                                         "\"#12\" is not a colour");
  g_assert_nonnull (line);
  g_free (line);
  g_assert_null (chronicle_event_get_background (event_titled (warned, "Blue")));
}

/* Chronicle's own columns to the right of the template's, as a teacher edits them:
 * names separated by ";", a source a line ("Document: “quote”", straight quotes,
 * or a document alone). */
static void
test_csv_extra_columns (void)
{
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("fmt-extra-columns.csv");
  ChronicleEvent *visit = event_titled (dataset, "A state visit");
  ChronicleEvent *call = event_titled (dataset, "A call");
  ChronicleEvent *plain = event_titled (dataset, "No extras");
  const char * const *people = chronicle_event_get_people (visit);
  const char * const *partners = chronicle_event_get_partners (call);
  const ChronicleSource *source;

  g_assert_cmpuint (chronicle_dataset_get_warnings (dataset)->len, ==, 0);
  g_assert_cmpstr (chronicle_event_get_place (visit), ==, "Hà Nội");
  g_assert_cmpuint (g_strv_length ((char **) people), ==, 2);
  g_assert_cmpstr (people[0], ==, "Joe Biden");
  g_assert_cmpstr (people[1], ==, "Nguyễn Phú Trọng");
  g_assert_cmpuint (g_strv_length ((char **) partners), ==, 2);
  g_assert_cmpstr (chronicle_dataset_find_partner (dataset, partners[0])->name, ==, "United States");
  g_assert_cmpstr (chronicle_dataset_find_partner (dataset, partners[1])->name, ==, "Japan");
  /* One partner for both rows that name it: a lane of its own. */
  g_assert_cmpuint (chronicle_dataset_get_n_partners (dataset), ==, 2);
  g_assert_true (chronicle_event_has_partner (visit, partners[0]));

  g_assert_cmpuint (chronicle_event_get_n_sources (visit), ==, 3);
  source = chronicle_event_get_source (visit, 0);
  g_assert_cmpstr (chronicle_dataset_find_document (dataset, source->document)->title, ==, "VOV, Diplomacy in 2023");
  g_assert_cmpstr (source->quote, ==, "a sentence, copied verbatim");
  source = chronicle_event_get_source (visit, 1);
  g_assert_cmpstr (chronicle_dataset_find_document (dataset, source->document)->title, ==, "Another article");
  g_assert_cmpstr (source->quote, ==, "with straight quotes");
  source = chronicle_event_get_source (visit, 2);
  g_assert_cmpstr (chronicle_dataset_find_document (dataset, source->document)->title, ==, "A paper alone");
  g_assert_null (source->quote);
  /* The same document for every row that names it. */
  g_assert_cmpuint (chronicle_dataset_get_n_documents (dataset), ==, 3);
  g_assert_cmpstr (chronicle_event_get_source (call, 0)->document, ==, chronicle_event_get_source (visit, 0)->document);
  g_assert_cmpstr (chronicle_event_get_source (call, 0)->quote, ==, "another sentence");

  g_assert_null (chronicle_event_get_place (plain));
  g_assert_true (chronicle_event_get_people (plain) == NULL || chronicle_event_get_people (plain)[0] == NULL);
  g_assert_cmpuint (chronicle_event_get_n_sources (plain), ==, 0);
}

/* Sources and lists as a teacher types them: a backslash keeps a ";" in a name (and
 * is itself before other letters), a source's details after its title ("Title |
 * Publisher | Date | Address", or "Title | https://…"), taken from the first row
 * that gives each; a row giving another one is told which row's is kept. */
static void
test_csv_sources_details (void)
{
  const char *csv =
    "Year,Headline,People,Partners,Sources\r\n"
    "2020,First,\"Ann\\; Bob; C:\\files\",Bosnia\\; Herzegovina,\"Article | https://example.org/a: “one”\"\r\n"
    "2021,Second,,\"Bosnia\\; Herzegovina;Japan\",\"Article | Paper | 2023: “two”\"\r\n"
    "2022,Third,,,\"Article | Other Paper: “three”\nBook | P | 2001 | https://example.org/b | extra\"\r\n";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (csv, "sources.csv", loader, &error);
  GPtrArray *warnings;
  ChronicleEvent *first, *second;
  const ChronicleDocument *article;
  const char * const *people;
  g_autofree char *found = NULL;

  g_assert_no_error (error);
  first = event_titled (dataset, "First");
  second = event_titled (dataset, "Second");
  people = chronicle_event_get_people (first);
  g_assert_cmpuint (g_strv_length ((char **) people), ==, 2);
  g_assert_cmpstr (people[0], ==, "Ann; Bob");
  g_assert_cmpstr (people[1], ==, "C:\\files");
  g_assert_cmpuint (chronicle_dataset_get_n_partners (dataset), ==, 2);
  g_assert_cmpstr (chronicle_dataset_find_partner (dataset, chronicle_event_get_partners (first)[0])->name, ==,
                   "Bosnia; Herzegovina");
  g_assert_cmpstr (chronicle_event_get_partners (second)[0], ==, chronicle_event_get_partners (first)[0]);

  article = chronicle_dataset_find_document (dataset, chronicle_event_get_source (first, 0)->document);
  g_assert_cmpstr (article->title, ==, "Article");
  g_assert_cmpstr (article->url, ==, "https://example.org/a");
  g_assert_cmpstr (article->publisher, ==, "Paper");
  g_assert_cmpstr (article->date, ==, "2023");
  g_assert_cmpstr (chronicle_event_get_source (second, 0)->quote, ==, "two");
  g_assert_cmpuint (chronicle_dataset_get_n_documents (dataset), ==, 2);

  warnings = chronicle_dataset_get_warnings (dataset);
  g_assert_cmpuint (warnings->len, ==, 2);
  found = test_find_diagnostic (warnings, "row 4, column \"Sources\": warning: “Article”: row 3 gives it another publisher, "
                                          "date or address, which is kept; this one is ignored");
  g_assert_nonnull (found);
  g_clear_pointer (&found, g_free);
  found = test_find_diagnostic (warnings, "row 4, column \"Sources\": warning: “Book”: a source has at most four parts");
  g_assert_nonnull (found);
}

/* What `chronicle --check` says of a sheet saved as a spreadsheet saves it (every
 * cell quoted, CRLF): each problem at its row and the column as the header writes
 * it, never in TimelineJS JSON's terms ("end_date"); a row with an empty Headline
 * kept, labelled by its display date or its text's first words, and said so. */
static void
test_csv_check_names_columns (void)
{
  static const char * const problems[] = {
    "row 3, column \"End Year\": error: empty: an era needs an end; the row is left out\n",
    "row 4, column \"End Year\": error: empty, while \"End Month\" is filled: an end needs its year\n",
    "row 5, column \"Headline\": warning: empty: the event is labelled “Its text names it: the first words of a "
      "longer paragraph…”; write a headline to name it\n",
    "row 6, column \"Headline\": warning: empty: the event is labelled “Spring 2002”; write a headline to name it\n",
    "row 7, column \"Headline\": warning: empty: the event is labelled “Untitled”; write a headline to name it\n",
    "row 8, column \"Day\": warning: ignored: a day needs its month\n",
    "row 9, column \"Time\": warning: ignored: a time of day needs its day and month\n",
    "row 10, column \"Year\": error: the year 99999 is out of range (years go from -13800000000 to 9999)\n",
    "sheet-problems.csv: invalid, 3 errors, 5 warnings\n",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sheet-problems.csv", NULL);
  const char *paths[] = { path, NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (chronicle_check_files (paths, out), ==, 1);
  g_test_message ("%s", out->str);
  for (guint i = 0; i < G_N_ELEMENTS (problems); i++)
    g_assert_nonnull (strstr (out->str, problems[i]));
  lines = g_strsplit (out->str, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (problems) + 1);
  g_assert_null (strstr (out->str, "_date"));

  /* The rows without errors open, the untitled ones among them. */
  dataset = test_load_fixture ("sheet-problems.csv", loader, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 6);
  g_assert_cmpstr (chronicle_event_get_description (event_titled (dataset, "Spring 2002")), ==, "Text too");
  g_assert_cmpint (chronicle_event_get_start (event_titled (dataset, "A day without its month"))->precision, ==,
                   CHRONICLE_PRECISION_YEAR);
  g_assert_cmpint (chronicle_event_get_start (event_titled (dataset, "A time without its day"))->precision, ==,
                   CHRONICLE_PRECISION_MONTH);
  g_assert_cmpuint (chronicle_dataset_get_n_eras (dataset), ==, 0);
}

/* A long year in a narrow column, as LibreOffice and Excel save it "as shown"
 * (-1.38E+10, or -1,38E+10 where the decimal mark is a comma): read as the whole
 * number, with a warning saying how to keep every digit. */
static void
test_csv_scientific_years (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    test_load_text ("Year;End Year;Headline\r\n-1,38E+10;-4.6E+9;Big bang to the Sun\r\n",
                    "cosmos.csv", loader, &error);
  g_autofree char *found = NULL;
  ChronicleEvent *event;

  g_assert_no_error (error);
  event = event_titled (dataset, "Big bang to the Sun");
  /* TimelineJS's -13800000000 is 13.8 billion BCE: astronomical -13799999999. */
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, -13799999999);
  g_assert_cmpint (chronicle_event_get_end (event)->year, ==, -4599999999);
  g_assert_true (test_has_diagnostic (chronicle_dataset_get_warnings (dataset),
                                      "cosmos.csv: row 2, column \"Year\": warning: \"-1,38E+10\" is read as -13800000000, "
                                      "which the spreadsheet may have rounded: format the column as a number with no "
                                      "decimals to keep every digit"));
  found = test_find_diagnostic (chronicle_dataset_get_warnings (dataset),
                                "row 2, column \"End Year\": warning: \"-4.6E+9\" is read as -4600000000");
  g_assert_nonnull (found);
}

/* What Excel saves as "CSV (Comma delimited)": Windows-1252, whose 0x80–0x9F are
 * letters (’ “ ” – €). Read as such, with one warning at the file saying so and how
 * to avoid it; not refused whole for one "é". */
static void
test_csv_windows_1252 (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_fixture ("fmt-cp1252.csv", loader, &error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fmt-cp1252.csv", NULL);
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *line = NULL;
  ChronicleEvent *event;
  GPtrArray *warnings;

  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 2);
  event = event_titled (dataset, "Un café à Paris");
  g_assert_cmpstr (chronicle_event_get_description (event), ==, "it’s “quoted” – € 5");
  g_assert_cmpstr (chronicle_event_get_place (event), ==, "Champs-Élysées");

  warnings = chronicle_dataset_get_warnings (dataset);
  g_assert_cmpuint (warnings->len, ==, 1);
  line = g_strdup_printf ("%s: warning: the file is not UTF-8: it is read as Windows-1252, as Excel saves "
                          "“CSV (Comma delimited)”; save it as “CSV UTF-8” to be sure every letter is right", display);
  g_assert_true (test_has_diagnostic (warnings, line));
  g_assert_cmpuint (chronicle_loader_get_n_warnings (loader), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/csv/template", test_csv_template);
  g_test_add_func ("/chronicle/csv/reordered", test_csv_reordered);
  g_test_add_func ("/chronicle/csv/semicolons", test_csv_semicolons);
  g_test_add_func ("/chronicle/csv/errors", test_csv_errors);
  g_test_add_func ("/chronicle/csv/bad-row-among-good", test_csv_bad_row_among_good);
  g_test_add_func ("/chronicle/csv/blank-and-ragged", test_csv_blank_and_ragged);
  g_test_add_func ("/chronicle/csv/credit-without-media", test_csv_credit_without_media);
  g_test_add_func ("/chronicle/csv/title-rows", test_csv_title_rows);
  g_test_add_func ("/chronicle/csv/title-media", test_csv_title_media);
  g_test_add_func ("/chronicle/csv/backgrounds", test_csv_backgrounds);
  g_test_add_func ("/chronicle/csv/extra-columns", test_csv_extra_columns);
  g_test_add_func ("/chronicle/csv/windows-1252", test_csv_windows_1252);
  g_test_add_func ("/chronicle/csv/sources-details", test_csv_sources_details);
  g_test_add_func ("/chronicle/csv/check-names-columns", test_csv_check_names_columns);
  g_test_add_func ("/chronicle/csv/scientific-years", test_csv_scientific_years);

  return g_test_run ();
}
