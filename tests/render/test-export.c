/* test-export.c — PNG, SVG and PDF exports: valid, of the size asked, with real content.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "chronicle-export.h"
#include "chronicle-export-private.h"
#include "chronicle-loader.h"

static ChronicleDataset *
load_bundled (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = chronicle_loader_load_file (loader, file, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
options_for_2023 (ChronicleExportOptions *options,
                  ChronicleDataset       *dataset)
{
  memset (options, 0, sizeof *options);
  options->dataset = dataset;
  options->group_by = CHRONICLE_GROUP_BY_KIND;
  options->first_day = chronicle_days_from_civil (2023, 1, 1);
  options->end_day = chronicle_days_from_civil (2024, 1, 1);
}

static char *
out_path (const char *name)
{
  return g_test_build_filename (G_TEST_BUILT, name, NULL);
}

static guint
count_colour (cairo_surface_t *surface,
              guint32          rgb)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint count = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if ((*(const guint32 *) (data + y * stride + x * 4) & 0xffffff) == rgb)
        count++;
  return count;
}

static void
test_export_png (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  g_autofree char *path = out_path ("export-screen.png");
  ChronicleExportOptions options;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;
  guint ink = 0;

  options_for_2023 (&options, dataset);
  g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PNG, CHRONICLE_EXPORT_SCREEN, path, &error));
  g_assert_no_error (error);

  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1080);

  /* The title: dark text in the top band. */
  for (int y = 0; y < 80; y++)
    for (int x = 0; x < 900; x++)
      {
        guint32 p = *(guint32 *) (cairo_image_surface_get_data (png) + y * cairo_image_surface_get_stride (png) + x * 4);
        ink += ((p >> 16) & 0xff) < 80 && ((p >> 8) & 0xff) < 80 && (p & 0xff) < 80;
      }
  g_assert_cmpuint (ink, >, 500);
  /* The kinds' own colours: visits, upgrades, relations. */
  g_assert_cmpuint (count_colour (png, 0x1c71d8), >, 50);
  g_assert_cmpuint (count_colour (png, 0xc01c28), >, 20);
  g_assert_cmpuint (count_colour (png, 0x26a269), >, 20);
  cairo_surface_destroy (png);

  /* A4 at 150 dpi. */
  g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PNG, CHRONICLE_EXPORT_A4, path, &error));
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1754);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1240);
  cairo_surface_destroy (png);
}

typedef struct { gboolean root_is_svg; char *width; char *height; guint elements; } SvgInfo;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  SvgInfo *info = user_data;

  if (info->elements++ == 0)
    {
      info->root_is_svg = g_str_equal (element, "svg");
      for (guint i = 0; names[i] != NULL; i++)
        {
          if (g_str_equal (names[i], "width"))
            info->width = g_strdup (values[i]);
          else if (g_str_equal (names[i], "height"))
            info->height = g_strdup (values[i]);
        }
    }
}

static void
test_export_svg (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  g_autofree char *path = out_path ("export-a4.svg");
  g_autofree char *contents = NULL;
  ChronicleExportOptions options;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { svg_start, NULL, NULL, NULL, NULL };
  SvgInfo info = { 0 };
  GMarkupParseContext *context;

  options_for_2023 (&options, dataset);

  /* 2021–2023 has more rows than A4 holds at a readable size: an error says so, and
   * nothing is written (rather than a drawing with lanes left out). */
  options.first_day = chronicle_days_from_civil (2021, 1, 1);
  g_remove (path);
  g_assert_false (chronicle_export_to_file (&options, CHRONICLE_EXPORT_SVG, CHRONICLE_EXPORT_A4, path, &error));
  g_assert_error (error, CHRONICLE_EXPORT_ERROR, CHRONICLE_EXPORT_ERROR_TOO_SMALL);
  g_assert_nonnull (strstr (error->message, "readable"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* 2022 fits. */
  options.first_day = chronicle_days_from_civil (2022, 1, 1);
  options.end_day = chronicle_days_from_civil (2023, 1, 1);
  g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_SVG, CHRONICLE_EXPORT_A4, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  /* Well-formed XML, an <svg> root of A4 landscape in CSS pixels (96 to the inch,
   * so a browser shows it A4's size), and a real drawing. */
  context = g_markup_parse_context_new (&parser, 0, &info, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_true (info.root_is_svg);
  g_assert_cmpstr (info.width, ==, "1123px");
  g_assert_cmpstr (info.height, ==, "793px");
  g_assert_cmpuint (info.elements, >, 300);
  g_free (info.width);
  g_free (info.height);
}

/* The dialog's "Screen, 1920 × 1080" and the CLI's default width give an SVG that a
 * browser or a slide shows 1920 pixels wide: its size is declared in pixels, not in
 * points (1920 pt is 2560 px). */
static void
test_export_svg_screen (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  g_autofree char *path = out_path ("export-screen.svg");
  g_autofree char *contents = NULL;
  ChronicleExportOptions options;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { svg_start, NULL, NULL, NULL, NULL };
  SvgInfo info = { 0 };
  GMarkupParseContext *context;

  options_for_2023 (&options, dataset);
  g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_SVG, CHRONICLE_EXPORT_SCREEN, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  context = g_markup_parse_context_new (&parser, 0, &info, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_true (info.root_is_svg);
  g_assert_cmpstr (info.width, ==, "1920px");
  g_assert_cmpstr (info.height, ==, "1080px");
  g_assert_nonnull (strstr (contents, "viewBox=\"0 0 1920 1080\""));
  g_free (info.width);
  g_free (info.height);

  /* A chosen size (the CLI's --size WxH) is in pixels too: a season, which fits. */
  g_clear_pointer (&contents, g_free);
  options.first_day = chronicle_days_from_civil (2023, 9, 1);
  g_assert_true (chronicle_export_to_file_sized (&options, CHRONICLE_EXPORT_SVG, 1280, 720, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "width=\"1280px\" height=\"720px\""));
}

static void
test_export_pdf (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  g_autofree char *path = out_path ("export-a3.pdf");
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  ChronicleExportOptions options;
  g_autoptr(GError) error = NULL;
  const char *pdfinfo[] = { "pdfinfo", path, NULL };
  const char *pdftotext[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *flat = NULL;
  g_autofree char *pdfinfo_path = NULL;

  options_for_2023 (&options, dataset);
  g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PDF, CHRONICLE_EXPORT_A3, path, &error));
  g_assert_no_error (error);

  pdfinfo_path = g_find_program_in_path ("pdfinfo");
  if (pdfinfo_path == NULL)
    {
      g_test_skip ("pdfinfo is not installed (poppler-utils)");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) pdfinfo, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, NULL, &error));
  g_assert_nonnull (strstr (info, "1191 x 842 pts"));
  g_assert_nonnull (strstr (info, "Vietnam's diplomacy, 2021–2023"));

  /* The text is real text: the title, event labels, the legend and the sources. */
  g_assert_true (g_spawn_sync (NULL, (char **) pdftotext, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, NULL, &error));
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  g_assert_nonnull (strstr (flat, "Vietnam's diplomacy, 2021–2023"));
  g_assert_nonnull (strstr (flat, "Nguyễn Phú Trọng's phone call with Joe Biden"));
  g_assert_nonnull (strstr (flat, "Relationship upgrade"));
  g_assert_nonnull (strstr (flat, "Sources:"));
}

static void
test_export_filtered (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autofree guint8 *mask = g_new0 (guint8, chronicle_event_store_get_n_events (store));
  g_autofree char *path = out_path ("export-filtered.png");
  ChronicleExportOptions options;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;
  guint position;

  /* Only the upgrades: no visit blue is drawn. */
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    mask[i] = g_str_equal (chronicle_event_get_kind (chronicle_event_store_get_event (store, i)), "upgrade");
  g_assert_true (chronicle_event_store_find (store, "us-upgrade-2023", &position));
  options_for_2023 (&options, dataset);
  options.mask = mask;
  g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PNG, CHRONICLE_EXPORT_SCREEN, path, &error));
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpuint (count_colour (png, 0xc01c28), >, 20);
  /* Neither the timeline nor the legend (which lists what is drawn) shows a visit. */
  g_assert_cmpuint (count_colour (png, 0x1c71d8), ==, 0);
  cairo_surface_destroy (png);
}

static ChronicleDataset *
load_test_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = chronicle_loader_load_file (loader, file, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* Options for all of @dataset's events, 30 days either side (as `--export` does). */
static void
options_for_all (ChronicleExportOptions *options,
                 ChronicleDataset       *dataset)
{
  gint64 first, end;

  memset (options, 0, sizeof *options);
  options->dataset = dataset;
  options->group_by = CHRONICLE_GROUP_BY_KIND;
  g_assert_true (chronicle_event_store_get_bounds (chronicle_dataset_get_events (dataset), &first, &end));
  options->first_day = first - 30;
  options->end_day = end + 30;
}

/* Whether any event of @dataset is in [@first_day, @end_day). */
static gboolean
has_events_in (ChronicleDataset *dataset,
               double            first_day,
               double            end_day)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    if (chronicle_event_store_get_starts (store)[i] < end_day &&
        MAX (chronicle_event_store_get_ends (store)[i], chronicle_event_store_get_starts (store)[i] + 1) > first_day)
      return TRUE;
  return FALSE;
}

/* The units a range prints in: calendar years with events (the part in the range), or
 * calendar months of a short range that is not chosen years; a page holds whole ones. */
static void
test_export_print_pages (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  g_autoptr(ChronicleDataset) one_day = load_test_file ("times-one-day.json");
  g_autoptr(ChronicleDataset) autumn = load_test_file ("autumn-2017.json");
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (double));
  ChronicleExportOptions options;
  guint n;

  /* A chosen year: a year, however short. */
  options_for_2023 (&options, dataset);
  g_assert_cmpuint (chronicle_export_paginate (&options, pages), ==, 1);

  /* March–October 2023: its months, each with events (2023 has ranges all through it). */
  options.first_day = chronicle_days_from_civil (2023, 3, 1);
  options.end_day = chronicle_days_from_civil (2023, 11, 1);
  g_assert_cmpuint (chronicle_export_paginate (&options, pages), ==, 8);
  for (guint i = 0; i < 8; i++)
    {
      g_assert_cmpfloat (g_array_index (pages, double, 2 * i), ==, chronicle_days_from_civil (2023, 3 + i, 1));
      g_assert_cmpfloat (g_array_index (pages, double, 2 * i + 1), ==, chronicle_days_from_civil (2023, 4 + i, 1));
    }

  options_for_2023 (&options, dataset);
  options.first_day = chronicle_days_from_civil (2021, 1, 1);
  g_assert_cmpuint (chronicle_export_paginate (&options, pages), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpfloat (g_array_index (pages, double, 2 * i), ==, chronicle_days_from_civil (2021 + i, 1, 1));
      g_assert_cmpfloat (g_array_index (pages, double, 2 * i + 1), ==, chronicle_days_from_civil (2022 + i, 1, 1));
    }

  /* 2010–2029: only the years that have events; 2010 has none. */
  options.first_day = chronicle_days_from_civil (2010, 1, 1);
  options.end_day = chronicle_days_from_civil (2030, 1, 1);
  {
    guint with_events = 0;

    for (int year = 2010; year < 2030; year++)
      with_events += has_events_in (dataset, chronicle_days_from_civil (year, 1, 1), chronicle_days_from_civil (year + 1, 1, 1));
    g_assert_cmpuint (with_events, <, 20);
    g_assert_cmpuint (chronicle_export_paginate (&options, pages), ==, with_events);
    g_assert_cmpfloat (g_array_index (pages, double, 0), >, chronicle_days_from_civil (2010, 1, 1));
  }

  /* Events of three days in September 2023, 30 days either side: one unit, September
   * (August and October have none). */
  options_for_all (&options, one_day);
  g_assert_cmpuint (chronicle_export_paginate (&options, pages), ==, 1);
  g_assert_cmpfloat (g_array_index (pages, double, 0), ==, chronicle_days_from_civil (2023, 9, 1));
  g_assert_cmpfloat (g_array_index (pages, double, 1), ==, chronicle_days_from_civil (2023, 10, 1));

  /* September–December 2017, 30 days either side: August to January by months, the
   * ends cut at the range, the rest whole months, each with events. */
  options_for_all (&options, autumn);
  n = chronicle_export_paginate (&options, pages);
  g_assert_cmpuint (n, >=, 4);
  for (guint i = 0; i < n; i++)
    {
      double a = g_array_index (pages, double, 2 * i), b = g_array_index (pages, double, 2 * i + 1);
      gint64 year;
      int month, day;

      chronicle_civil_from_days ((gint64) a, &year, &month, &day);
      g_assert_true (day == 1 || (i == 0 && a == options.first_day));
      g_assert_true (b == options.end_day ||
                     b == chronicle_days_from_civil (month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1));
      g_assert_true (has_events_in (autumn, a, b));
    }
}

/* The words of a PDF page with their boxes (pdftotext -bbox), in drawing order. */
typedef struct { char *word; double x0, y0, x1, y1; } Word;

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->word);
}

static GArray *
pdf_words (const char *path,
           int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-bbox", "-f", number, "-l", number, path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *p;

  g_array_set_clear_func (words, word_clear);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, NULL, &error));
  g_assert_no_error (error);
  for (p = strstr (out, "<word "); p != NULL; p = strstr (p + 1, "<word "))
    {
      Word w = { 0 };
      const char *text = strchr (p, '>') + 1;
      const char *end = strstr (text, "</word>");
      g_autofree char *raw = g_strndup (text, end - text);
      g_autoptr(GString) unescaped = g_string_new (raw);

      g_assert_cmpint (sscanf (p, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &w.x0, &w.y0, &w.x1, &w.y1), ==, 4);
      g_string_replace (unescaped, "&amp;", "&", 0);
      g_string_replace (unescaped, "&apos;", "'", 0);
      g_string_replace (unescaped, "&quot;", "\"", 0);
      g_string_replace (unescaped, "&lt;", "<", 0);
      g_string_replace (unescaped, "&gt;", ">", 0);
      w.word = g_string_free (g_steal_pointer (&unescaped), FALSE);
      g_array_append_val (words, w);
    }
  return words;
}

/* No two words on the page overlap: no label over another, nor over the legend. */
static void
assert_no_overlap (GArray *words)
{
  for (guint i = 0; i < words->len; i++)
    for (guint j = i + 1; j < words->len; j++)
      {
        Word *a = &g_array_index (words, Word, i), *b = &g_array_index (words, Word, j);
        double dx = MIN (a->x1, b->x1) - MAX (a->x0, b->x0);
        double dy = MIN (a->y1, b->y1) - MAX (a->y0, b->y0);

        if (dx > 0.5 && dy > 0.5)
          g_error ("“%s” (%g,%g–%g,%g) overlaps “%s” (%g,%g–%g,%g)", a->word, a->x0, a->y0, a->x1, a->y1,
                   b->word, b->x0, b->y0, b->x1, b->y1);
      }
}

/* The words, one space between, to look titles up in. */
static char *
joined (GArray *words)
{
  GString *s = g_string_new (" ");

  for (guint i = 0; i < words->len; i++)
    g_string_append_printf (s, "%s ", g_array_index (words, Word, i).word);
  return g_string_free (s, FALSE);
}

static char *
normalized (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, " \t\n", -1);
  g_autoptr(GString) s = g_string_new (" ");

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_string_append_printf (s, "%s ", parts[i]);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static guint
pdf_n_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *pages;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, NULL, &error));
  g_assert_no_error (error);
  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + 6 + strspn (pages + 6, " "), NULL, 10);
}

/* Whether @text holds the title of an event of @store that @seen (nullable, one byte
 * per event) does not have; each title found is added to @seen. */
static gboolean
has_a_new_event (ChronicleEventStore *store,
                 const char          *text,
                 guint8              *seen)
{
  gboolean found = FALSE;

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      g_autofree char *title = normalized (chronicle_event_get_title (chronicle_event_store_get_event (store, i)));

      if (strstr (text, title) != NULL && (seen == NULL || !seen[i]))
        {
          found = TRUE;
          if (seen != NULL)
            seen[i] = 1;
        }
    }
  return found;
}

/* A page's subtitle: its second line of words (the first is the title), before
 * "Page n of m". */
static char *
page_subtitle (GArray *words)
{
  g_autoptr(GString) s = g_string_new (NULL);
  guint i = 1;

  while (i < words->len && ABS (g_array_index (words, Word, i).y0 - g_array_index (words, Word, 0).y0) < 0.5)
    i++;
  for (guint j = i; j < words->len; j++)
    {
      const Word *w = &g_array_index (words, Word, j);

      if (ABS (w->y0 - g_array_index (words, Word, i).y0) >= 0.5 ||
          (g_str_equal (w->word, "Page") && j + 3 < words->len &&
           g_str_equal (g_array_index (words, Word, j + 2).word, "of")))
        break;
      g_string_append_printf (s, "%s%s", s->len ? " " : "", w->word);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* A subtitle without what it says of other pages ("2023 (continued)" is "2023"), and
 * whether it comes from the page before and goes on to the next. */
static char *
subtitle_time (const char *subtitle,
               gboolean   *from_before,
               gboolean   *to_next)
{
  static const struct { const char *suffix; gboolean from, to; } parts[] = {
    { " (continues on the next page)", FALSE, TRUE },
    { " (continued; continues on the next page)", TRUE, TRUE },
    { " (continued)", TRUE, FALSE },
  };

  *from_before = *to_next = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_has_suffix (subtitle, parts[i].suffix))
      {
        *from_before = parts[i].from;
        *to_next = parts[i].to;
        return g_strndup (subtitle, strlen (subtitle) - strlen (parts[i].suffix));
      }
  return g_strdup (subtitle);
}

/* Pages that show the same time (a year whose rows go on) say so: the first that it
 * continues on the next page, the next that it is continued; pages of different
 * times say neither. */
static void
assert_continued_pages (const char *path,
                        GPtrArray  *subtitles)
{
  g_autofree char *before = NULL;
  gboolean before_to_next = FALSE;

  for (guint p = 0; p < subtitles->len; p++)
    {
      const char *subtitle = g_ptr_array_index (subtitles, p);
      g_autofree char *time = NULL;
      gboolean from_before, to_next;

      time = subtitle_time (subtitle, &from_before, &to_next);
      if (from_before != (before != NULL && g_str_equal (before, time)) || from_before != before_to_next)
        g_error ("%s: page %u (“%s”) after “%s”: a time that goes on from a page must say so, and only then",
                 path, p + 1, subtitle, before ? before : "");
      if (to_next && p + 1 == subtitles->len)
        g_error ("%s: the last page says it continues: “%s”", path, subtitle);
      g_free (before);
      before = g_steal_pointer (&time);
      before_to_next = to_next;
    }
}

/* Every page of the PDF at @path: no text over other text, no text below 8 pt (a
 * word's box is 1.15 times its size), at least one event's title that no page before
 * it has (no page is empty, nor a continued page that repeats bars already labelled);
 * then every event's title and every lane's name somewhere. Returns the pages' text,
 * one string each. */
static GPtrArray *
check_pdf (const char       *path,
           ChronicleDataset *dataset,
           const guint8     *mask,
           ChronicleGroupBy  group_by)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) subtitles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) all = g_string_new (NULL);
  guint n = pdf_n_pages (path);
  double smallest = G_MAXDOUBLE;
  g_autofree guint8 *seen = g_new0 (guint8, MAX (chronicle_event_store_get_n_events (store), 1));

  g_assert_cmpuint (n, >=, 1);
  for (guint page = 1; page <= n; page++)
    {
      g_autoptr(GArray) words = pdf_words (path, (int) page);
      char *text = joined (words);

      assert_no_overlap (words);
      for (guint i = 0; i < words->len; i++)
        smallest = MIN (smallest, g_array_index (words, Word, i).y1 - g_array_index (words, Word, i).y0);
      if (!has_a_new_event (store, text, seen))
        g_error ("%s: page %u of %u has no event that no page before has: %s", path, page, n, text);
      g_string_append (all, text);
      g_ptr_array_add (pages, text);
      g_ptr_array_add (subtitles, page_subtitle (words));
    }
  g_test_message ("%s: %u pages, the smallest word box %.1f pt high", path, n, smallest);
  assert_continued_pages (path, subtitles);
  g_assert_cmpfloat (smallest, >=, 8 * 1.15);

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      g_autofree char *title = normalized (chronicle_event_get_title (chronicle_event_store_get_event (store, i)));

      if ((mask == NULL || mask[i]) && strstr (all->str, title) == NULL)
        g_error ("%s: “%s” is missing", path, title);
    }
  chronicle_lane_layout_compute (layout, dataset, mask, group_by, 1);
  for (guint g = 0; g < chronicle_lane_layout_get_n_groups (layout); g++)
    {
      g_autofree char *name = normalized (chronicle_lane_layout_get_group (layout, g)->label);

      if (strstr (all->str, name) == NULL)
        g_error ("%s: lane “%s” is missing", path, name);
    }
  return pages;
}

/* Everything, grouped either way, on A4: every event's title and every lane's name is
 * there as text, at 8 pt or more, on pages of a year each, none empty; no text over
 * other text. */
static void
test_export_everything (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  ChronicleExportOptions options;
  gint64 first, end;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  options_for_2023 (&options, dataset);
  g_assert_true (chronicle_event_store_get_bounds (store, &first, &end));
  options.first_day = first - 30;
  options.end_day = end + 30;
  for (int by = 0; by < 2; by++)
    {
      g_autofree char *path = out_path (by ? "export-all-partners.pdf" : "export-all.pdf");
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) pages = NULL;

      options.group_by = by ? CHRONICLE_GROUP_BY_PARTNER : CHRONICLE_GROUP_BY_KIND;
      g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PDF, CHRONICLE_EXPORT_A4, path, &error));
      g_assert_no_error (error);
      pages = check_pdf (path, dataset, NULL, options.group_by);
      /* More than one page: the text was not shrunk to fit one. */
      g_assert_cmpuint (pages->len, >, 1);
      /* A bar that runs on past its page's end carries its label inside on that page:
       * the first page (to 2022) names both UNESCO terms that begin in 2021 and 2022
       * and run to 2025 and 2026 (one was labelled after its end, off the page). */
      if (!by)
        {
          const char *text = g_ptr_array_index (pages, 0);
          guint n = 0;

          for (const char *p = strstr (text, "Member of UNESCO"); p != NULL; p = strstr (p + 1, "Member of UNESCO"))
            n++;
          g_assert_cmpuint (n, >=, 2);
        }
    }
}

/* The pages' subtitles (after @title) are whole years, "2021" or "2021–2022", in
 * order from @first to @last, each page a year or years after the page before, or
 * the same (continued): every chosen year is on a page, none cut. */
static void
assert_whole_years (GPtrArray  *pages,
                    const char *title,
                    gint64      first,
                    gint64      last)
{
  gint64 prev_from = 0, prev_to = first - 1;

  for (guint p = 0; p < pages->len; p++)
    {
      const char *text = g_ptr_array_index (pages, p);
      char *end = NULL;
      gint64 from, to;

      if (!g_str_has_prefix (text, title))
        g_error ("page %u does not begin with the title: %.80s", p + 1, text);
      from = to = g_ascii_strtoll (text + strlen (title), &end, 10);
      if (g_str_has_prefix (end, "–"))
        to = g_ascii_strtoll (end + strlen ("–"), &end, 10);
      if (*end != ' ' || from < first || to > last || to < from)
        g_error ("page %u is not whole years of %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ": %.80s", p + 1, first, last, text);
      if (!(from == prev_from && to == prev_to) && from != prev_to + 1)
        g_error ("page %u (%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ") does not follow the page before (%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ")",
                 p + 1, from, to, prev_from, prev_to);
      prev_from = from;
      prev_to = to;
    }
  g_assert_cmpint (prev_to, ==, last);
}

/* Chosen years: 2021–2022 and 2021–2023 on A4 and A3 give pages of whole years (as
 * many consecutive ones on a page as fit it together), in order, a year continued on
 * the next page when its rows need it, none empty, every year there, every event of
 * them. */
static void
test_export_chosen_years (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autofree guint8 *mask = g_new0 (guint8, chronicle_event_store_get_n_events (store));
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *title = normalized (chronicle_dataset_get_title (dataset));
  ChronicleExportOptions options;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  options_for_2023 (&options, dataset);
  options.first_day = chronicle_days_from_civil (2021, 1, 1);
  for (int last = 2022; last <= 2023; last++)
    for (int a3 = 0; a3 < 2; a3++)
      {
        g_autofree char *name = g_strdup_printf ("export-2021-%d-%s.pdf", last, a3 ? "a3" : "a4");
        g_autofree char *path = out_path (name);
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) pages = NULL;

        options.end_day = chronicle_days_from_civil (last + 1, 1, 1);
        for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
          mask[i] = chronicle_event_store_get_starts (store)[i] < options.end_day &&
                    MAX (chronicle_event_store_get_ends (store)[i], chronicle_event_store_get_starts (store)[i] + 1) >
                      options.first_day;
        g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PDF,
                                                 a3 ? CHRONICLE_EXPORT_A3 : CHRONICLE_EXPORT_A4, path, &error));
        g_assert_no_error (error);
        pages = check_pdf (path, dataset, mask, CHRONICLE_GROUP_BY_KIND);
        assert_whole_years (pages, title, 2021, last);
        /* A year's page, even on A4, reads by months: "Jan 2023", "Feb", … "Dec". */
        for (guint p = 0; p < pages->len; p++)
          {
            const char *text = g_ptr_array_index (pages, p);
            g_autofree char *year_page = g_strdup_printf ("%s%d ", title, last);

            if (g_str_has_prefix (text, year_page))
              for (guint m = 0; m < 3; m++)
                {
                  const char *names[] = { " Feb ", " Jun ", " Dec " };

                  if (strstr (text, names[m]) == NULL)
                    g_error ("%s: page %u of %d has no month “%s” on its axis: %.200s", path, p + 1, last, names[m], text);
                }
          }
      }
}

/* `chronicle --export x.pdf` with no display at all: every event's title and every
 * lane's name as text, nothing overlapping; bad options fail with a message. */
static void
test_export_command_line (void)
{
  g_autofree char *chronicle = g_test_build_filename (G_TEST_BUILT, "..", "app", "chronicle", NULL);
  g_autofree char *path = out_path ("export-cli.pdf");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *err = NULL;
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_remove (path);
  {
    const char *argv[] = { chronicle, "--export", path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (err, ==, "");
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  pages = check_pdf (path, dataset, NULL, CHRONICLE_GROUP_BY_KIND);
  g_assert_cmpuint (pages->len, >=, 1);

  /* A PNG without a size: 1920 wide and as tall as everything's rows need. At
   * 1280 × 720 they do not fit at a readable size: it says so, and writes nothing. */
  {
    g_autofree char *png_path = out_path ("export-cli.png");
    const char *grow[] = { chronicle, "--export", png_path, NULL };
    const char *small[] = { chronicle, "--export", png_path, "--size", "1280x720", NULL };
    g_autofree char *message = NULL;
    cairo_surface_t *png;

    g_remove (png_path);
    g_assert_true (g_spawn_sync (NULL, (char **) grow, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    png = cairo_image_surface_create_from_png (png_path);
    g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1920);
    g_assert_cmpint (cairo_image_surface_get_height (png), >, 1080);
    cairo_surface_destroy (png);

    g_remove (png_path);
    g_assert_true (g_spawn_sync (NULL, (char **) small, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &message, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (message, "readable"));
    g_assert_false (g_file_test (png_path, G_FILE_TEST_EXISTS));
  }

  /* A file opened without its events that have errors: the export is made of the
   * others, and says so on stderr (never silently). */
  {
    g_autofree char *bad_events = g_test_build_filename (G_TEST_DIST, "data", "some-bad-events.json", NULL);
    g_autofree char *json_path = out_path ("export-cli-some-bad.json");
    const char *argv[] = { chronicle, "--export", json_path, bad_events, NULL };
    g_autofree char *message = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &message, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (message, "has 5 errors: the events with errors are left out"));
    g_assert_true (g_file_test (json_path, G_FILE_TEST_IS_REGULAR));
    g_remove (json_path);
  }

  /* Bad options: exit 1 and say why. */
  {
    const char *bad[][8] = {
      { chronicle, "--export", "x.txt", NULL },
      { chronicle, "--export", path, "--size", "12", NULL },
      { chronicle, "--export", path, "--range", "2023..2021", NULL },
      { chronicle, "--export", path, "--group-by", "colour", NULL },
      { chronicle, "--export", path, "/nonexistent/file.json", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autofree char *message = NULL;

        g_assert_true (g_spawn_sync (NULL, (char **) bad[i], env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &message, &status, &error));
        g_assert_false (g_spawn_check_wait_status (status, NULL));
        g_assert_true (g_str_has_prefix (message, "chronicle --export: "));
      }
  }

  /* On a Vietnamese desktop the handout is Vietnamese throughout, as the window is: the
   * dataset's title and lane names from its "vi" translations, not only the page
   * furniture from the catalogue. */
  {
    g_autofree char *vi_path = out_path ("export-cli-vi.pdf");
    const char *argv[] = { chronicle, "--export", vi_path, "--size", "a4", NULL };
    const char *pdf_argv[] = { pdftotext, vi_path, "-", NULL };
    g_auto(GStrv) vi_env = g_environ_setenv (g_strdupv (env), "LANGUAGE", "vi", TRUE);
    const char *title_vi = chronicle_dataset_translate (dataset, "dataset", "vi", "title", NULL);
    const char *title_en = chronicle_dataset_get_title (dataset);
    g_autofree char *text = NULL;
    g_autofree char *flat = NULL;

    vi_env = g_environ_setenv (vi_env, "LC_ALL", "C.UTF-8", TRUE);
    vi_env = g_environ_setenv (vi_env, "LANG", "C.UTF-8", TRUE);
    g_assert_nonnull (title_vi);
    g_assert_cmpstr (title_vi, !=, title_en);
    g_remove (vi_path);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, vi_env, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_spawn_sync (NULL, (char **) pdf_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    /* pdftotext may break a long title across lines. */
    flat = g_strdelimit (g_strdup (text), "\n", ' ');
    g_assert_nonnull (strstr (flat, title_vi));
    g_assert_null (strstr (flat, title_en));
    g_remove (vi_path);
  }

  /* A range written backwards is FROM..TO: the message says its end is before its start
   * (it said the range was not FROM..TO). */
  {
    const char *argv[] = { chronicle, "--export", path, "--range", "2023..2021", NULL };
    g_autofree char *message = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &message, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (message, "“2023..2021” ends before it starts"));
    g_assert_null (strstr (message, "is not FROM..TO"));
  }

  /* A year Chronicle cannot hold is said to be out of range, with the range (it said
   * the range was not FROM..TO). */
  {
    const char *argv[] = { chronicle, "--export", path, "--range", "2000..50000", NULL };
    g_autofree char *message = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &message, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpstr (message, ==, "chronicle --export: the year 50000 is out of range (years go from -13800000000 to 9999)\n");
  }

  /* A range with no events (the bundled dataset is 2021–2023): exit 1, saying so in
   * one line, and no file, as for a file with no events (it wrote an empty frame). */
  {
    g_autofree char *empty_path = out_path ("export-cli-empty.pdf");
    const char *argv[] = { chronicle, "--export", empty_path, "--range", "2000..2010", NULL };
    g_autofree char *message = NULL;

    g_remove (empty_path);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &message, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpstr (message, ==, "chronicle --export: There are no events in 2000–2010, so there is nothing to export\n");
    g_assert_false (g_file_test (empty_path, G_FILE_TEST_EXISTS));
  }
}

/* A range with no events, or none that the filter keeps, is refused in every format
 * with a message naming the range, and no file is written; the check says the same
 * before anything is drawn (the export dialog asks it before a file is chosen). */
static void
test_export_no_events (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autofree guint8 *mask = g_new0 (guint8, chronicle_event_store_get_n_events (store));
  ChronicleExportOptions options;
  const ChronicleExportFormat formats[] = { CHRONICLE_EXPORT_PNG, CHRONICLE_EXPORT_SVG, CHRONICLE_EXPORT_PDF };
  const char *names[] = { "export-empty.png", "export-empty.svg", "export-empty.pdf" };

  options_for_2023 (&options, dataset);
  options.first_day = chronicle_days_from_civil (2019, 3, 1);
  options.end_day = chronicle_days_from_civil (2019, 6, 1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = out_path (names[i]);
      g_autoptr(GError) error = NULL;

      g_remove (path);
      g_assert_false (chronicle_export_to_file (&options, formats[i], CHRONICLE_EXPORT_A4, path, &error));
      g_assert_error (error, CHRONICLE_EXPORT_ERROR, CHRONICLE_EXPORT_ERROR_NO_EVENTS);
      g_assert_cmpstr (error->message, ==, "There are no events in March 2019 – May 2019, so there is nothing to export");
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  /* 2023 has events, but a filter that keeps none of them: it says the filters hide them. */
  {
    g_autofree char *path = out_path ("export-hidden.png");
    g_autoptr(GError) error = NULL;

    options_for_2023 (&options, dataset);
    g_assert_true (chronicle_export_check_events (&options, NULL));
    options.mask = mask;
    g_assert_false (chronicle_export_check_events (&options, &error));
    g_assert_error (error, CHRONICLE_EXPORT_ERROR, CHRONICLE_EXPORT_ERROR_NO_EVENTS);
    g_assert_cmpstr (error->message, ==, "The filters hide every event in 2023, so there is nothing to export");
    g_clear_error (&error);
    g_remove (path);
    g_assert_false (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PNG, CHRONICLE_EXPORT_SCREEN, path, &error));
    g_assert_error (error, CHRONICLE_EXPORT_ERROR, CHRONICLE_EXPORT_ERROR_NO_EVENTS);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

/* `chronicle --export x.csv` and `x.json`: the bundled dataset written as TimelineJS's
 * spreadsheet template and as Chronicle's format, each opening again with every event
 * (same titles, same dates with their precision), the view kept in JSON; the file being
 * read is never written over. */
static void
test_export_command_line_data (void)
{
  g_autofree char *chronicle = g_test_build_filename (G_TEST_BUILT, "..", "app", "chronicle", NULL);
  g_auto(GStrv) env = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  g_autoptr(ChronicleDataset) bundled = load_bundled ();
  ChronicleEventStore *store = chronicle_dataset_get_events (bundled);
  const char *names[] = { "export-cli.csv", "export-cli.json" };

  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *path = out_path (names[k]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(ChronicleDataset) again = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *err = NULL;
      ChronicleEventStore *store_again;
      const char *argv[] = { chronicle, "--export", path, NULL };
      int status;

      g_remove (path);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (err, ==, "");
      g_assert_true (g_spawn_check_wait_status (status, NULL));

      again = chronicle_loader_load_file (loader, file, NULL, &error);
      g_assert_no_error (error);
      store_again = chronicle_dataset_get_events (again);
      g_assert_cmpuint (chronicle_event_store_get_n_events (store_again), ==, chronicle_event_store_get_n_events (store));
      for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
        {
          ChronicleEvent *a = chronicle_event_store_get_event (store, i);
          ChronicleEvent *b = chronicle_event_store_get_event (store_again, i);

          g_assert_cmpstr (chronicle_event_get_title (b), ==, chronicle_event_get_title (a));
          g_assert_cmpint (chronicle_date_compare (chronicle_event_get_start (b), chronicle_event_get_start (a)), ==, 0);
          g_assert_cmpint (chronicle_event_get_start (b)->precision, ==, chronicle_event_get_start (a)->precision);
        }
      if (k == 1)
        {
          gint64 first_a, end_a, first_b, end_b;

          g_assert_true (chronicle_dataset_get_view (bundled, &first_a, &end_a));
          g_assert_true (chronicle_dataset_get_view (again, &first_b, &end_b));
          g_assert_cmpint (first_a, ==, first_b);
          g_assert_cmpint (end_a, ==, end_b);
        }

      /* Never over the file it reads. */
      {
        const char *over[] = { chronicle, "--export", path, path, NULL };
        g_autofree char *before = NULL, *after = NULL, *message = NULL;

        g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
        g_assert_true (g_spawn_sync (NULL, (char **) over, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &message, &status, &error));
        g_assert_false (g_spawn_check_wait_status (status, NULL));
        g_assert_true (g_str_has_prefix (message, "chronicle --export: "));
        g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
        g_assert_cmpstr (before, ==, after);
      }
    }
}

/* Printing, through GTK's own "print to file": 2021–2023 on landscape pages of whole
 * years, 2023 continued, each with the title, its years and the legend, every event
 * of the three years there, text 8 pt or more; the 2022 upgrade on one page only, not
 * on 2023's. */
static void
test_export_print (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *path = out_path ("export-print.pdf");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *title = normalized (chronicle_dataset_get_title (dataset));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  ChronicleExportOptions options;
  g_autofree guint8 *mask = NULL;
  g_autofree guint8 *in_range = g_new0 (guint8, chronicle_event_store_get_n_events (store));

  options_for_2023 (&options, dataset);
  options.first_day = chronicle_days_from_civil (2021, 1, 1);
  options.end_day = chronicle_days_from_civil (2024, 1, 1);
  /* The mask is copied: scribbling on ours after must not change the print. */
  mask = g_malloc (chronicle_event_store_get_n_events (store));
  memset (mask, 1, chronicle_event_store_get_n_events (store));
  options.mask = mask;
  operation = chronicle_export_print_operation_new (&options);
  memset (mask, 0, chronicle_event_store_get_n_events (store));

  g_remove (path);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    in_range[i] = chronicle_event_store_get_starts (store)[i] < options.end_day &&
                  MAX (chronicle_event_store_get_ends (store)[i], chronicle_event_store_get_starts (store)[i] + 1) >
                    options.first_day;
  pages = check_pdf (path, dataset, in_range, CHRONICLE_GROUP_BY_KIND);
  g_assert_cmpuint (pages->len, >=, 2);
  assert_whole_years (pages, title, 2021, 2023);
  {
    guint korea = 0;
    g_autofree char *year_2023 = g_strdup_printf ("%s2023 ", title);

    for (guint p = 0; p < pages->len; p++)
      {
        const char *text = g_ptr_array_index (pages, p);
        gboolean has_korea = strstr (text, "Republic of Korea: comprehensive strategic partnership") != NULL;

        /* The legend on every page; the 2022 upgrade on one, not 2023's. */
        g_assert_nonnull (strstr (text, "Relationship upgrade"));
        korea += has_korea;
        g_assert_false (has_korea && g_str_has_prefix (text, year_2023));
      }
    g_assert_cmpuint (korea, ==, 1);
  }
}

/* A biography, 18 events over 1960–2012 with most years empty, on A4: fewer pages
 * than the years that have events (consecutive years share a page), every event's
 * title there, every page with an event no page before it has. */
static void
test_export_sparse_years (void)
{
  g_autoptr(ChronicleDataset) dataset = load_test_file ("biography-1960-2012.json");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = out_path ("export-biography.pdf");
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GError) error = NULL;
  ChronicleExportOptions options;
  guint with_events = 0;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  options_for_all (&options, dataset);
  for (int year = 1960; year <= 2012; year++)
    with_events += has_events_in (dataset, chronicle_days_from_civil (year, 1, 1), chronicle_days_from_civil (year + 1, 1, 1));
  g_assert_cmpuint (with_events, >, 30);
  for (int a3 = 0; a3 < 2; a3++)
    {
      g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PDF, a3 ? CHRONICLE_EXPORT_A3 : CHRONICLE_EXPORT_A4,
                                               path, &error));
      g_assert_no_error (error);
      pages = check_pdf (path, dataset, NULL, CHRONICLE_GROUP_BY_KIND);
      g_assert_cmpuint (pages->len, <, 5);
      g_clear_pointer (&pages, g_ptr_array_unref);
    }

  /* Chosen years, 1980–1989: fewer pages than years too, and whole years. */
  options.first_day = chronicle_days_from_civil (1980, 1, 1);
  options.end_day = chronicle_days_from_civil (1990, 1, 1);
  g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PDF, CHRONICLE_EXPORT_A4, path, &error));
  g_assert_no_error (error);
  {
    ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
    g_autofree guint8 *mask = g_new0 (guint8, chronicle_event_store_get_n_events (store));
    g_autofree char *title = normalized (chronicle_dataset_get_title (dataset));
    guint years = 0;

    for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
      mask[i] = chronicle_event_store_get_starts (store)[i] < options.end_day &&
                MAX (chronicle_event_store_get_ends (store)[i], chronicle_event_store_get_starts (store)[i] + 1) > options.first_day;
    for (int year = 1980; year <= 1989; year++)
      years += has_events_in (dataset, chronicle_days_from_civil (year, 1, 1), chronicle_days_from_civil (year + 1, 1, 1));
    pages = check_pdf (path, dataset, mask, CHRONICLE_GROUP_BY_KIND);
    g_assert_cmpuint (pages->len, <, years);
    assert_whole_years (pages, title, 1980, 1989);
  }
}

/* Thirty events of September–December 2017 on pages too small for them all: pages of
 * whole months, "September – November 2017", then "December 2017", never a month cut
 * in two unless its rows go on; every event there, something new on every page. */
static void
test_export_months (void)
{
  g_autoptr(ChronicleDataset) dataset = load_test_file ("autumn-2017.json");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = out_path ("export-autumn.pdf");
  g_autofree char *title = normalized (chronicle_dataset_get_title (dataset));
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GError) error = NULL;
  ChronicleExportOptions options;
  const char *months[] = { "September", "October", "November", "December" };
  int last_month = -1;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  options_for_all (&options, dataset);
  options.first_day = chronicle_days_from_civil (2017, 9, 1);
  options.end_day = chronicle_days_from_civil (2018, 1, 1);
  g_assert_true (chronicle_export_to_file_sized (&options, CHRONICLE_EXPORT_PDF, 700, 500, path, &error));
  g_assert_no_error (error);
  pages = check_pdf (path, dataset, NULL, CHRONICLE_GROUP_BY_KIND);
  g_assert_cmpuint (pages->len, >=, 1);
  g_assert_cmpuint (pages->len, <, 4);
  for (guint p = 0; p < pages->len; p++)
    {
      const char *text = (const char *) g_ptr_array_index (pages, p) + strlen (title);
      int from = -1, to = -1;

      /* The subtitle: a month, or months, of 2017, each page after the one before. */
      for (int m = 0; m < 4; m++)
        if (g_str_has_prefix (text, months[m]))
          from = m;
      g_assert_cmpint (from, >=, 0);
      to = from;
      for (int m = 0; m < 4; m++)
        {
          g_autofree char *through = g_strdup_printf ("– %s 2017 ", months[m]);
          const char *dash = strstr (text, "– ");

          if (dash != NULL && dash - text < 40 && g_str_has_prefix (dash, through))
            to = m;
        }
      g_assert_true (from == last_month + 1 || (p > 0 && from <= last_month));
      last_month = to;
    }
  g_assert_cmpint (last_month, ==, 3);
}

/* No axis, subtitle nor label anywhere says "0 BCE" (there is no year 0 in BCE/CE:
 * astronomical year 0 is 1 BCE): a file from 44 BCE to 2000 at several sizes. */
static void
test_export_no_year_zero (void)
{
  g_autoptr(ChronicleDataset) dataset = load_test_file ("sheet-template.csv");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = out_path ("export-bce.pdf");
  ChronicleExportOptions options;
  const double sizes[][2] = { { 842, 595 }, { 1191, 842 }, { 1920, 1080 }, { 3000, 1000 }, { 6000, 800 } };

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  options_for_all (&options, dataset);
  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    for (int zoom = 0; zoom < 3; zoom++)
      {
        const char *argv[] = { "pdftotext", path, "-", NULL };
        g_autofree char *text = NULL;
        g_autofree char *flat = NULL;
        g_autoptr(GError) error = NULL;

        /* Everything, then the centuries around the start of the era. */
        if (zoom == 1)
          options.first_day = chronicle_days_from_civil (-150, 1, 1), options.end_day = chronicle_days_from_civil (150, 1, 1);
        else if (zoom == 2)
          options.first_day = chronicle_days_from_civil (-45, 1, 1), options.end_day = chronicle_days_from_civil (5, 1, 1);
        g_assert_true (chronicle_export_to_file_sized (&options, CHRONICLE_EXPORT_PDF, sizes[k][0], sizes[k][1], path, &error));
        g_assert_no_error (error);
        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, NULL, &error));
        g_assert_no_error (error);
        flat = normalized (text);
        g_assert_nonnull (strstr (flat, " BCE "));
        if (strstr (flat, " 0 BCE ") != NULL)
          g_error ("%g × %g, zoom %d: “0 BCE” in %s", sizes[k][0], sizes[k][1], zoom, flat);
      }
}

/* A page's subtitle in deep time is its events' range, not the page's edges read as
 * years ("14.000000001 billion years ago – 2 BCE" for a cosmological timeline). */
static void
test_export_deep_time_subtitle (void)
{
  static const char json[] =
    "{\"events\": ["
    "  {\"id\": \"big-bang\", \"kind\": \"k\", \"title\": \"Big Bang\", \"start\": \"-13799999999\"},"
    "  {\"id\": \"writing\", \"kind\": \"k\", \"title\": \"Writing\", \"start\": \"-3499\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_bytes (loader, bytes, "deep.json", NULL, &error);
  g_autofree char *text = NULL;
  ChronicleExportOptions options;

  g_assert_no_error (error);
  options_for_all (&options, dataset);
  /* Page edges on the first of January of round years, as pages of years have. */
  options.first_day = (double) chronicle_days_from_civil (-13999999999, 1, 1);
  options.end_day = (double) chronicle_days_from_civil (-1, 1, 1);
  text = _chronicle_export_range_text (&options, options.first_day, options.end_day);
  g_assert_cmpstr (text, ==, "13.8 billion years ago – 3500 BCE");
}

/* Chronicle's own format writes the astronomical year: "-13800000000" (13,800,000,001
 * BCE, year 0 being 1 BCE) is, as data/FORMAT.md promises, "13.8 billion years ago" in
 * a page's subtitle, not "13.800000001 billion years ago". */
static void
test_export_deep_time_own_format (void)
{
  static const char json[] =
    "{\"format\": \"chronicle/1\", \"title\": \"Deep\", "
    "\"kinds\": [{\"id\": \"m\", \"label\": \"Mark\", \"color\": \"#ff00ff\", \"shape\": \"star\"}], "
    "\"events\": [{\"id\": \"a\", \"kind\": \"m\", \"start\": \"-13800000000\", \"title\": \"The Big Bang\"}, "
    "{\"id\": \"b\", \"kind\": \"m\", \"start\": \"-4600000000\", \"title\": \"The Solar System\"}, "
    "{\"id\": \"c\", \"kind\": \"m\", \"start\": \"-3500\", \"title\": \"A wheeled vehicle\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_bytes (loader, bytes, "deep.json", NULL, &error);
  g_autofree char *all = NULL;
  g_autofree char *deep = NULL;
  ChronicleExportOptions options;

  g_assert_no_error (error);
  options_for_all (&options, dataset);
  options.first_day = (double) chronicle_days_from_civil (-13999999999, 1, 1);
  options.end_day = (double) chronicle_days_from_civil (-1, 1, 1);
  all = _chronicle_export_range_text (&options, options.first_day, options.end_day);
  g_assert_cmpstr (all, ==, "13.8 billion years ago – 3501 BCE");
  /* A page of the deep past only: one unit, written once. */
  deep = _chronicle_export_range_text (&options, options.first_day, (double) chronicle_days_from_civil (-1000000000, 1, 1));
  g_assert_cmpstr (deep, ==, "13.8–4.6 billion years ago");
}

/* A history teacher's timeline across year 1 (the reviewer's F13): on the printed page
 * the axis ticks the start of the era, "1 CE", between the last BCE tick and the first
 * CE one, so its labels are evenly spaced (not one interval twice as wide where the
 * eye looks for "year zero"); and the subtitle keeps the first event's day and month
 * as it does the last's: "21 April 753 BCE – 11 September 2001". */
static void
test_export_era_start (void)
{
  static const char csv[] =
    "Year,Month,Day,Headline\n"
    "-753,4,21,Founding of Rome\n"
    "-44,3,15,Ides of March\n"
    "1066,10,14,Battle of Hastings\n"
    "2001,9,11,September 11\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, sizeof csv - 1);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_bytes (loader, bytes, "edge.csv", NULL, &error);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const double sizes[][2] = { { 842, 595 }, { 1191, 842 }, { 1920, 1080 } };
  ChronicleExportOptions options;

  g_assert_no_error (error);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  options_for_all (&options, dataset);
  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autofree char *name = g_strdup_printf ("export-era-start-%u.pdf", k);
      g_autofree char *path = out_path (name);
      g_autoptr(GArray) words = NULL;
      g_autoptr(GArray) ticks = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GString) axis = g_string_new (NULL);
      g_autofree char *subtitle = NULL;
      double axis_y = -1, least = G_MAXDOUBLE, most = 0;

      g_assert_true (chronicle_export_to_file_sized (&options, CHRONICLE_EXPORT_PDF, sizes[k][0], sizes[k][1], path, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (pdf_n_pages (path), ==, 1);
      words = pdf_words (path, 1);
      subtitle = page_subtitle (words);
      g_assert_cmpstr (subtitle, ==, "21 April 753 BCE – 11 September 2001");

      /* The axis's labels: the line of the era's first year. */
      for (guint i = 0; i + 1 < words->len && axis_y < 0; i++)
        if (g_str_equal (g_array_index (words, Word, i).word, "1") &&
            g_str_equal (g_array_index (words, Word, i + 1).word, "CE"))
          axis_y = g_array_index (words, Word, i).y0;
      if (axis_y < 0)
        g_error ("%g × %g: no “1 CE” tick in “%s”", sizes[k][0], sizes[k][1], joined (words));
      for (guint i = 0; i < words->len; i++)
        {
          const Word *w = &g_array_index (words, Word, i);

          if (ABS (w->y0 - axis_y) > 0.5)
            continue;
          g_string_append_printf (axis, "%s ", w->word);
          if (g_ascii_isdigit (w->word[0]))
            g_array_append_val (ticks, w->x0);
        }
      g_test_message ("%g × %g: %s", sizes[k][0], sizes[k][1], axis->str);
      g_assert_nonnull (strstr (axis->str, "BCE 1 CE "));
      /* Evenly spaced: one interval of 499 years among intervals of 500 at most. */
      g_assert_cmpuint (ticks->len, >=, 4);
      for (guint i = 1; i < ticks->len; i++)
        {
          double gap = g_array_index (ticks, double, i) - g_array_index (ticks, double, i - 1);

          least = MIN (least, gap);
          most = MAX (most, gap);
        }
      if (most > least * 1.1)
        g_error ("%g × %g: tick labels %g to %g apart: %s", sizes[k][0], sizes[k][1], least, most, axis->str);
    }
}

/* Zoomed within a year (the reviewer's F6), the page's axis still says which year: its
 * first label carries the year ("Aug 2023", "10 Sep 2023") when no January tick does,
 * and the other labels stay short ("Sep", "Oct"). A slide a few weeks or months wide,
 * and a handout starting in July, have no January. */
static void
test_export_axis_year (void)
{
  static const struct {
    int         from[3], to[3];
    double      width, height;
  } cases[] = {
    { { 2023, 8, 1 }, { 2023, 12, 1 }, 1920, 1080 },   /* a slide: weeks */
    { { 2023, 8, 1 }, { 2023, 12, 1 }, 842, 595 },     /* A4: months */
    { { 2023, 9, 8 }, { 2023, 9, 22 }, 1920, 1080 },   /* days */
    { { 2023, 9, 10 }, { 2023, 9, 11 }, 1920, 1080 },  /* hours */
    { { 2022, 7, 1 }, { 2023, 7, 1 }, 842, 595 },      /* a handout from July */
  };
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *name = g_strdup_printf ("export-axis-year-%u.pdf", c);
      g_autofree char *path = out_path (name);
      g_autoptr(GArray) words = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) axis = g_string_new (" ");
      g_autofree char *year = g_strdup_printf (" %d", cases[c].from[0]);
      ChronicleExportOptions options;
      g_auto(GStrv) labels = NULL;
      guint line = 0, i = 0, n_years = 0;

      memset (&options, 0, sizeof options);
      options.dataset = dataset;
      options.group_by = CHRONICLE_GROUP_BY_KIND;
      options.first_day = chronicle_days_from_civil (cases[c].from[0], cases[c].from[1], cases[c].from[2]);
      options.end_day = chronicle_days_from_civil (cases[c].to[0], cases[c].to[1], cases[c].to[2]);
      g_assert_true (chronicle_export_to_file_sized (&options, CHRONICLE_EXPORT_PDF, cases[c].width, cases[c].height, path, &error));
      g_assert_no_error (error);
      words = pdf_words (path, 1);

      /* The third line of words: the title's, the subtitle's, then the axis's labels. */
      for (i = 1; i < words->len && line < 2; i++)
        if (ABS (g_array_index (words, Word, i).y0 - g_array_index (words, Word, i - 1).y0) >= 0.5)
          line++;
      for (i = i - 1; i < words->len; i++)
        {
          const Word *w = &g_array_index (words, Word, i);

          if (ABS (w->y0 - g_array_index (words, Word, i > 0 ? i - 1 : 0).y0) >= 0.5 && axis->len > 1)
            break;
          g_string_append_printf (axis, "%s ", w->word);
        }
      g_test_message ("%s: axis “%s”", name, axis->str);
      /* Its first label says the year (its first three words, as "10 Sep 2023"); no
       * later label says it again, they stay short. */
      labels = g_strsplit (axis->str + 1, " ", -1);
      g_assert_cmpuint (g_strv_length (labels), >=, 6);
      for (const char *p = strstr (axis->str, year); p != NULL; p = strstr (p + 1, year))
        n_years++;
      if (n_years != 1 || !(g_str_has_prefix (labels[1], year + 1) || g_str_has_prefix (labels[2], year + 1)))
        g_error ("%s: the axis “%s” does not say %s on its first label, and only there", name, axis->str, year);
    }
}

/* A year too full for a page, 2023 on A4 (and grouped by partner on A3), goes on over
 * more pages; its first page says that it continues on the next, the others that they
 * are continued, so that two pages saying "2023" do not read as two years. */
static void
test_export_continued (void)
{
  g_autoptr(ChronicleDataset) dataset = load_bundled ();
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  g_autofree guint8 *in_2023 = g_new0 (guint8, chronicle_event_store_get_n_events (store));
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  static const struct { ChronicleGroupBy by; ChronicleExportSize size; } cases[] = {
    { CHRONICLE_GROUP_BY_KIND, CHRONICLE_EXPORT_A4 },
    { CHRONICLE_GROUP_BY_PARTNER, CHRONICLE_EXPORT_A4 },
    { CHRONICLE_GROUP_BY_PARTNER, CHRONICLE_EXPORT_A3 },
  };

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *name = g_strdup_printf ("export-continued-%u.pdf", c);
      g_autofree char *path = out_path (name);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) pages = NULL;
      ChronicleExportOptions options;

      options_for_2023 (&options, dataset);
      options.group_by = cases[c].by;
      for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
        in_2023[i] = chronicle_event_store_get_starts (store)[i] < options.end_day &&
                     MAX (chronicle_event_store_get_ends (store)[i], chronicle_event_store_get_starts (store)[i] + 1) >
                       options.first_day;
      g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PDF, cases[c].size, path, &error));
      g_assert_no_error (error);
      pages = check_pdf (path, dataset, in_2023, options.group_by);
      g_assert_cmpuint (pages->len, >=, 2);
      for (guint p = 0; p < pages->len; p++)
        {
          g_autoptr(GArray) words = pdf_words (path, (int) p + 1);
          g_autofree char *subtitle = page_subtitle (words);
          const char *expected = p == 0 ? "2023 (continues on the next page)"
                                 : p + 1 == pages->len ? "2023 (continued)"
                                 : "2023 (continued; continues on the next page)";

          g_test_message ("%s: page %u of %u: %s", path, p + 1, pages->len, subtitle);
          g_assert_cmpstr (subtitle, ==, expected);
        }
    }
}

/* A box of ink of one colour on a rasterized page. */
typedef struct { int x0, y0, x1, y1; } Blob;

/* The boxes of the connected patches (touching at a side or a corner) of @surface's
 * pixels that are mostly magenta (#ff00ff, the test kind's colour, which nothing else
 * on a page is). */
static GArray *
magenta_blobs (cairo_surface_t *surface)
{
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  g_autofree guint8 *seen = g_new0 (guint8, (gsize) w * h);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (int));
  GArray *blobs = g_array_new (FALSE, FALSE, sizeof (Blob));

  cairo_surface_flush (surface);
#define MAGENTA(x, y) ({ guint32 p_ = *(const guint32 *) (data + (y) * stride + (x) * 4); \
                         ((p_ >> 16) & 0xff) > 150 && ((p_ >> 8) & 0xff) < 150 && (p_ & 0xff) > 150; })
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        Blob b = { x, y, x, y };

        if (seen[y * w + x] || !MAGENTA (x, y))
          continue;
        seen[y * w + x] = 1;
        g_array_append_val (stack, x);
        g_array_append_val (stack, y);
        while (stack->len > 0)
          {
            int cy = g_array_index (stack, int, stack->len - 1), cx = g_array_index (stack, int, stack->len - 2);

            g_array_set_size (stack, stack->len - 2);
            b.x0 = MIN (b.x0, cx), b.x1 = MAX (b.x1, cx), b.y0 = MIN (b.y0, cy), b.y1 = MAX (b.y1, cy);
            for (int d = 0; d < 9; d++)
              {
                int nx = cx + d % 3 - 1, ny = cy + d / 3 - 1;

                if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[ny * w + nx] && MAGENTA (nx, ny))
                  {
                    seen[ny * w + nx] = 1;
                    g_array_append_val (stack, nx);
                    g_array_append_val (stack, ny);
                  }
              }
          }
        g_array_append_val (blobs, b);
      }
#undef MAGENTA
  return blobs;
}

/* A page's time range ends on its last event's day (a range chosen to end there, or
 * deep time's last page ending at year 0, 3500 years after its last event, as the
 * cosmology sample's): the first and the last markers are drawn whole, as wide as one
 * in the middle, not cut by the frame, and the last one's label is inside the frame,
 * before its marker. */
static void
test_export_end_markers (void)
{
  static const struct { const char *json; const char *last; gboolean exact; } cases[] = {
    { "{\"format\": \"chronicle/1\", \"title\": \"Ends\", "
      "\"kinds\": [{\"id\": \"m\", \"label\": \"Mark\", \"color\": \"#ff00ff\", \"shape\": \"star\"}], "
      "\"events\": [{\"id\": \"a\", \"kind\": \"m\", \"start\": \"1900-01-01\", \"title\": \"First of all\"}, "
      "{\"id\": \"b\", \"kind\": \"m\", \"start\": \"1960-06-01\", \"title\": \"In the middle\"}, "
      "{\"id\": \"c\", \"kind\": \"m\", \"start\": \"2023-06-15\", \"title\": \"Last of all\"}]}", "Last of all", TRUE },
    { "{\"format\": \"chronicle/1\", \"title\": \"Deep\", "
      "\"kinds\": [{\"id\": \"m\", \"label\": \"Mark\", \"color\": \"#ff00ff\", \"shape\": \"star\"}], "
      "\"events\": [{\"id\": \"a\", \"kind\": \"m\", \"start\": \"-13800000000\", \"title\": \"The Big Bang\"}, "
      "{\"id\": \"b\", \"kind\": \"m\", \"start\": \"-4600000000\", \"title\": \"The Solar System\"}, "
      "{\"id\": \"c\", \"kind\": \"m\", \"start\": \"-3500\", \"title\": \"A wheeled vehicle\"}]}", "vehicle", FALSE },
  };
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftoppm == NULL || pdftotext == NULL)
    {
      g_test_skip ("pdftoppm or pdftotext is not installed (poppler-utils)");
      return;
    }
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[c].json, strlen (cases[c].json));
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_bytes (loader, bytes, "ends.json", NULL, &error);
      ChronicleEventStore *store;
      g_autofree char *name = g_strdup_printf ("export-ends-%u", c);
      g_autofree char *base = out_path (name);
      g_autofree char *path = g_strconcat (base, ".pdf", NULL);
      g_autofree char *png_path = g_strconcat (base, ".png", NULL);
      const char *argv[] = { "pdftoppm", "-png", "-r", "144", "-f", "1", "-l", "1", "-singlefile", path, base, NULL };
      g_autoptr(GArray) blobs = NULL;
      g_autoptr(GArray) words = NULL;
      ChronicleExportOptions options;
      cairo_surface_t *png;
      gint64 first, end;
      int wait_status, widest = 0, right = 0, right_x0 = 0;
      double label_x1 = 0;

      g_assert_no_error (error);
      store = chronicle_dataset_get_events (dataset);
      memset (&options, 0, sizeof options);
      options.dataset = dataset;
      options.group_by = CHRONICLE_GROUP_BY_KIND;
      g_assert_true (chronicle_event_store_get_bounds (store, &first, &end));
      /* The range of the events exactly, or with the command line's 2 % either side. */
      options.first_day = cases[c].exact ? first : first - (end - first) * 0.02;
      options.end_day = cases[c].exact ? end : end + (end - first) * 0.02;
      g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PDF, CHRONICLE_EXPORT_A4, path, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (pdf_n_pages (path), ==, 1);

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                                   NULL, NULL, NULL, NULL, &wait_status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
      png = cairo_image_surface_create_from_png (png_path);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      blobs = magenta_blobs (png);
      cairo_surface_destroy (png);

      /* Three markers and the legend's shape, the lowest, left out. */
      g_assert_cmpuint (blobs->len, ==, 4);
      for (guint i = 1; i < blobs->len; i++)
        if (g_array_index (blobs, Blob, i).y0 > g_array_index (blobs, Blob, 0).y0)
          {
            Blob lowest = g_array_index (blobs, Blob, i);

            g_array_index (blobs, Blob, i) = g_array_index (blobs, Blob, 0);
            g_array_index (blobs, Blob, 0) = lowest;
          }
      g_array_remove_index (blobs, 0);
      for (guint i = 0; i < blobs->len; i++)
        {
          Blob *b = &g_array_index (blobs, Blob, i);

          g_test_message ("%s: a marker %d px wide at x %d–%d, y %d–%d", path, b->x1 - b->x0 + 1, b->x0, b->x1, b->y0, b->y1);
          widest = MAX (widest, b->x1 - b->x0 + 1);
          if (b->x1 > right)
            right = b->x1, right_x0 = b->x0;
        }
      for (guint i = 0; i < blobs->len; i++)
        {
          Blob *b = &g_array_index (blobs, Blob, i);

          if (b->x1 - b->x0 + 1 < widest - 1)
            g_error ("%s: a marker at x %d–%d is cut: %d px wide, not %d", path, b->x0, b->x1, b->x1 - b->x0 + 1, widest);
        }

      /* The last marker's label: whole, before it (not past the frame). */
      words = pdf_words (path, 1);
      for (guint i = 0; i < words->len; i++)
        if (strstr (cases[c].last, g_array_index (words, Word, i).word) != NULL)
          label_x1 = MAX (label_x1, g_array_index (words, Word, i).x1);
      g_assert_cmpfloat (label_x1, >, 0);
      g_assert_cmpfloat (label_x1 * 2, <, right_x0);
    }
}

/* Loads @json, written out here as a file of the project's own format. */
static ChronicleDataset *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = chronicle_loader_load_bytes (loader, bytes, "test.json", NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* Page @page of the PDF at @path as an image, at @dpi. */
static cairo_surface_t *
pdf_page_image (const char *path,
                int         page,
                int         dpi)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  g_autofree char *resolution = g_strdup_printf ("%d", dpi);
  g_autofree char *base = g_strdup_printf ("%s-%d", path, page);
  g_autofree char *png_path = g_strconcat (base, ".png", NULL);
  const char *argv[] = { "pdftoppm", "-png", "-r", resolution, "-f", number, "-l", number, "-singlefile", path, base, NULL };
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;
  int wait_status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  png = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (png);
  return png;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  g_assert_true (x >= 0 && y >= 0 && x < cairo_image_surface_get_width (surface) &&
                 y < cairo_image_surface_get_height (surface));
  return *(const guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + x * 4) &
         0xffffff;
}

/* An era's name on a page is whole, descenders too: its text's box (pdftotext's, the
 * font's ascent to its descent) ends above the axis's bottom line, where the page
 * cuts the axis off (it cut "Party" and "Congress" mid-glyph); the line is found in
 * the image, below the name, just before it begins. A name too long for the part of
 * its era on the page (from 15 November) is shortened inside it, within the frame. */
static void
test_export_era_names (void)
{
  static const char json[] =
    "{\"format\": \"chronicle/1\", \"title\": \"Eras\", "
    "\"eras\": [{\"title\": \"First half of the Party Congress term\", \"start\": \"2019-01\", \"end\": \"2023-06\"}, "
    "{\"title\": \"Second half of the Party Congress term\", \"start\": \"2023-06\", \"end\": \"2023-11\"}, "
    "{\"title\": \"Third: an era whose name is far too long for the part of it on the page\", "
    "\"start\": \"2023-11-15\", \"end\": \"2030\"}], "
    "\"events\": [{\"id\": \"a\", \"kind\": \"visit\", \"start\": \"2023-01-20\", \"title\": \"A visit in January\"}, "
    "{\"id\": \"b\", \"kind\": \"visit\", \"start\": \"2023-11-20\", \"title\": \"A visit in November\"}]}";
  g_autoptr(ChronicleDataset) dataset = load_json (json);
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = out_path ("export-era-names.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) words = NULL;
  ChronicleExportOptions options;
  cairo_surface_t *image;
  const double scale = 4;   /* 288 dpi */
  guint checked = 0;

  if (pdftoppm == NULL || pdftotext == NULL)
    {
      g_test_skip ("pdftoppm or pdftotext is not installed (poppler-utils)");
      return;
    }
  options_for_2023 (&options, dataset);
  g_assert_true (chronicle_export_to_file (&options, CHRONICLE_EXPORT_PDF, CHRONICLE_EXPORT_A4, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_n_pages (path), ==, 1);
  words = pdf_words (path, 1);
  image = pdf_page_image (path, 1, 72 * (int) scale);
  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = &g_array_index (words, Word, i);
      int x = (int) floor ((w->x0 - 2) * scale), y = (int) round ((w->y0 + w->y1) / 2 * scale);
      guint32 background;

      /* The first word of each era's name. */
      if (!g_str_equal (w->word, "First") && !g_str_equal (w->word, "Second"))
        continue;
      /* Down from the name's middle, before it begins: the axis's background, then its
       * bottom line. */
      background = pixel_at (image, x, y);
      while (y < cairo_image_surface_get_height (image) - 1 && pixel_at (image, x, y) == background)
        y++;
      g_test_message ("“%s”: its box ends at %.2f pt, the axis's line begins at %.2f pt", w->word, w->y1, y / scale);
      g_assert_cmpfloat (w->y1, <=, y / scale + 0.25);
      checked++;
    }
  /* Every word inside the frame (an A4 page's margins are a 28th of its height); the
   * third era's name in the page's last quarter, where its band is, and shortened. */
  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = &g_array_index (words, Word, i);

      if (g_str_equal (w->word, "Third:"))
        g_assert_cmpfloat (w->x0, >, 842 - 595.0 / 28 - (842 - 2 * 595.0 / 28) * 0.25);
      /* The ellipsis stands for the words it replaced (in pdftotext's text): they
       * have the room of one character. */
      if (strstr (w->word, "for the part of it") != NULL)
        {
          g_assert_cmpfloat (w->x1 - w->x0, <, 12);
          checked++;
        }

      g_assert_cmpfloat (w->x0, >=, 595.0 / 28 - 0.5);
      g_assert_cmpfloat (w->x1, <=, 842 - 595.0 / 28 + 0.5);
    }
  cairo_surface_destroy (image);
  g_assert_cmpuint (checked, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/export/png", test_export_png);
  g_test_add_func ("/chronicle/export/svg", test_export_svg);
  g_test_add_func ("/chronicle/export/svg-screen", test_export_svg_screen);
  g_test_add_func ("/chronicle/export/no-events", test_export_no_events);
  g_test_add_func ("/chronicle/export/pdf", test_export_pdf);
  g_test_add_func ("/chronicle/export/filtered", test_export_filtered);
  g_test_add_func ("/chronicle/export/print-pages", test_export_print_pages);
  g_test_add_func ("/chronicle/export/everything", test_export_everything);
  g_test_add_func ("/chronicle/export/chosen-years", test_export_chosen_years);
  g_test_add_func ("/chronicle/export/command-line", test_export_command_line);
  g_test_add_func ("/chronicle/export/command-line-data", test_export_command_line_data);
  g_test_add_func ("/chronicle/export/print", test_export_print);
  g_test_add_func ("/chronicle/export/sparse-years", test_export_sparse_years);
  g_test_add_func ("/chronicle/export/months", test_export_months);
  g_test_add_func ("/chronicle/export/no-year-zero", test_export_no_year_zero);
  g_test_add_func ("/chronicle/export/deep-time-subtitle", test_export_deep_time_subtitle);
  g_test_add_func ("/chronicle/export/deep-time-own-format", test_export_deep_time_own_format);
  g_test_add_func ("/chronicle/export/era-start", test_export_era_start);
  g_test_add_func ("/chronicle/export/axis-year", test_export_axis_year);
  g_test_add_func ("/chronicle/export/continued", test_export_continued);
  g_test_add_func ("/chronicle/export/end-markers", test_export_end_markers);
  g_test_add_func ("/chronicle/export/era-names", test_export_era_names);

  return g_test_run ();
}
