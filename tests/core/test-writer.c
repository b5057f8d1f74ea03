/* test-writer.c — write a dataset out, open it again, lose nothing the format holds.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <csv.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "chronicle-filter.h"
#include "chronicle-html-text.h"
#include "chronicle-loader.h"
#include "chronicle-writer.h"
#include "core-test-helpers.h"

static void
assert_same_date (const ChronicleDate *a,
                  const ChronicleDate *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;
  g_assert_cmpint (a->year, ==, b->year);
  g_assert_cmpint (a->month, ==, b->month);
  g_assert_cmpint (a->day, ==, b->day);
  g_assert_cmpint (a->precision, ==, b->precision);
  if (a->precision >= CHRONICLE_PRECISION_MINUTE)
    {
      g_assert_cmpint (a->hour, ==, b->hour);
      g_assert_cmpint (a->minute, ==, b->minute);
    }
}

static const char *
group_of (ChronicleDataset *dataset,
          ChronicleEvent   *event)
{
  const ChronicleKind *kind = chronicle_dataset_find_kind (dataset, chronicle_event_get_kind (event));

  return kind != NULL && !g_str_equal (kind->id, "other") ? kind->label : NULL;
}

static void
assert_same_media (const ChronicleMedia *a,
                   const ChronicleMedia *b)
{
  g_assert_cmpstr (a->url, ==, b->url);
  g_assert_cmpstr (a->caption, ==, b->caption);
  g_assert_cmpstr (a->credit, ==, b->credit);
  g_assert_cmpstr (a->alt, ==, b->alt);
  g_assert_cmpstr (a->thumbnail, ==, b->thumbnail);
}

/* A slide's background: both colour and picture with @all (Chronicle JSON), else
 * what a spreadsheet's one Background cell holds: the picture, else the colour. */
static void
assert_same_background (const ChronicleBackground *a,
                        const ChronicleBackground *b,
                        gboolean                   all)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;
  g_assert_cmpstr (a->url, ==, b->url);
  g_assert_cmpstr (all || a->url == NULL ? a->color : NULL, ==, b->color);
}

/* The dataset's own media (the title slide's): all of them with @all (Chronicle
 * JSON), else the first (a spreadsheet's title row holds one). */
static void
assert_same_dataset_media (ChronicleDataset *a,
                           ChronicleDataset *b,
                           gboolean          all)
{
  guint n = chronicle_dataset_get_n_media (a);

  g_assert_cmpuint (chronicle_dataset_get_n_media (b), ==, all ? n : MIN (n, 1));
  for (guint k = 0; k < chronicle_dataset_get_n_media (b); k++)
    assert_same_media (chronicle_dataset_get_media (a, k), chronicle_dataset_get_media (b, k));
}

static void
assert_same_list (const char * const *a,
                  const char * const *b)
{
  guint na = a != NULL ? g_strv_length ((char **) a) : 0;

  g_assert_cmpuint (na, ==, b != NULL ? g_strv_length ((char **) b) : 0);
  for (guint i = 0; i < na; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static void
assert_same_partners (ChronicleDataset *a,
                      ChronicleEvent   *ea,
                      ChronicleDataset *b,
                      ChronicleEvent   *eb)
{
  const char * const *pa = chronicle_event_get_partners (ea);
  const char * const *pb = chronicle_event_get_partners (eb);
  guint n = pa != NULL ? g_strv_length ((char **) pa) : 0;

  g_assert_cmpuint (n, ==, pb != NULL ? g_strv_length ((char **) pb) : 0);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (chronicle_dataset_find_partner (a, pa[i])->name, ==, chronicle_dataset_find_partner (b, pb[i])->name);
}

/* The titles of the events the partner filter finds for @partner_id, in order. */
static char *
partner_filter_titles (ChronicleDataset *dataset,
                       const char       *partner_id)
{
  g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  const char *ids[] = { partner_id, NULL };
  GString *titles = g_string_new (NULL);

  chronicle_filter_set_dataset (filter, dataset);
  chronicle_filter_set_partners (filter, ids);
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    if (chronicle_filter_match (filter, store, i))
      g_string_append_printf (titles, "%s\n", chronicle_event_get_title (chronicle_event_store_get_event (store, i)));
  return g_string_free (titles, FALSE);
}

/* The partner filter of @b offers the partners @a's events name, under the same
 * names, and finds the same events for each (a spreadsheet names partners: their
 * ids are their names there). */
static void
assert_same_partner_filter (ChronicleDataset *a,
                            ChronicleDataset *b)
{
  guint n_used = 0;

  for (guint i = 0; i < chronicle_dataset_get_n_partners (a); i++)
    {
      const ChroniclePartner *pa = chronicle_dataset_get_partner (a, i);
      const ChroniclePartner *pb = NULL;
      g_autofree char *found_a = partner_filter_titles (a, pa->id);
      g_autofree char *found_b = NULL;

      if (found_a[0] == '\0')
        continue;
      n_used++;
      for (guint k = 0; k < chronicle_dataset_get_n_partners (b) && pb == NULL; k++)
        if (g_str_equal (chronicle_dataset_get_partner (b, k)->name, pa->name))
          pb = chronicle_dataset_get_partner (b, k);
      g_test_message ("partner %s", pa->name);
      g_assert_nonnull (pb);
      found_b = partner_filter_titles (b, pb->id);
      g_assert_cmpstr (found_a, ==, found_b);
    }
  g_assert_cmpuint (chronicle_dataset_get_n_partners (b), ==, n_used);
}

/* Every event of @a is in @b, in the same order, with the same date (and precision),
 * display date, title, text, group, links with their text and media; @same_ids: with
 * the same ids and every media too (else the first media). */
static void
assert_same_events (ChronicleDataset *a,
                    ChronicleDataset *b,
                    gboolean          same_ids)
{
  ChronicleEventStore *sa = chronicle_dataset_get_events (a);
  ChronicleEventStore *sb = chronicle_dataset_get_events (b);

  g_assert_cmpuint (chronicle_event_store_get_n_events (sa), ==, chronicle_event_store_get_n_events (sb));
  for (guint i = 0; i < chronicle_event_store_get_n_events (sa); i++)
    {
      ChronicleEvent *ea = chronicle_event_store_get_event (sa, i);
      ChronicleEvent *eb = chronicle_event_store_get_event (sb, i);
      const char * const *la = chronicle_event_get_links (ea);
      const char * const *lb = chronicle_event_get_links (eb);

      g_test_message ("event %u: %s", i, chronicle_event_get_title (ea));
      if (same_ids)
        g_assert_cmpstr (chronicle_event_get_id (ea), ==, chronicle_event_get_id (eb));
      assert_same_date (chronicle_event_get_start (ea), chronicle_event_get_start (eb));
      assert_same_date (chronicle_event_get_end (ea), chronicle_event_get_end (eb));
      g_assert_cmpstr (chronicle_event_get_title (ea), ==, chronicle_event_get_title (eb));
      g_assert_cmpstr (group_of (a, ea), ==, group_of (b, eb));
      g_assert_cmpuint (g_strv_length ((char **) la), ==, g_strv_length ((char **) lb));
      for (guint k = 0; la[k] != NULL; k++)
        {
          g_assert_cmpstr (la[k], ==, lb[k]);
          g_assert_cmpstr (chronicle_event_get_link_title (ea, k), ==, chronicle_event_get_link_title (eb, k));
        }
      g_assert_cmpstr (chronicle_event_get_description (ea), ==, chronicle_event_get_description (eb));
      g_assert_cmpstr (chronicle_event_get_display_date (ea), ==, chronicle_event_get_display_date (eb));
      /* Media: all of them in Chronicle JSON, the first in a spreadsheet. */
      for (guint k = 0; k < chronicle_event_get_n_media (ea) && (same_ids || k == 0); k++)
        {
          const ChronicleMedia *ma = chronicle_event_get_media (ea, k);
          const ChronicleMedia *mb;

          g_assert_cmpuint (chronicle_event_get_n_media (eb), >, k);
          mb = chronicle_event_get_media (eb, k);
          assert_same_media (ma, mb);
        }
      assert_same_background (chronicle_event_get_background (ea), chronicle_event_get_background (eb), same_ids);
      /* Place, people, partners (by name: a spreadsheet names them) and sources
       * (their documents' titles and quotes), which a spreadsheet holds in
       * Chronicle's own columns. */
      g_assert_cmpstr (chronicle_event_get_place (ea), ==, chronicle_event_get_place (eb));
      assert_same_list (chronicle_event_get_people (ea), chronicle_event_get_people (eb));
      assert_same_partners (a, ea, b, eb);
      g_assert_cmpuint (chronicle_event_get_n_sources (ea), ==, chronicle_event_get_n_sources (eb));
      for (guint k = 0; k < chronicle_event_get_n_sources (ea); k++)
        {
          const ChronicleSource *qa = chronicle_event_get_source (ea, k);
          const ChronicleSource *qb = chronicle_event_get_source (eb, k);

          const ChronicleDocument *da = chronicle_dataset_find_document (a, qa->document);
          const ChronicleDocument *db = chronicle_dataset_find_document (b, qb->document);

          /* The document, by its title, with its publisher, date and address. */
          g_assert_nonnull (db);
          g_assert_cmpstr (da->title, ==, db->title);
          g_assert_cmpstr (da->publisher, ==, db->publisher);
          g_assert_cmpstr (da->date, ==, db->date);
          g_assert_cmpstr (da->url, ==, db->url);
          g_assert_cmpstr (qa->quote, ==, qb->quote);
        }
      /* And no more: a link does not become media. */
      g_assert_cmpuint (chronicle_event_get_n_media (eb), ==,
                        same_ids ? chronicle_event_get_n_media (ea) : MIN (chronicle_event_get_n_media (ea), 1));
    }
  g_assert_cmpuint (chronicle_dataset_get_n_eras (a), ==, chronicle_dataset_get_n_eras (b));
  for (guint i = 0; i < chronicle_dataset_get_n_eras (a); i++)
    {
      g_assert_cmpstr (chronicle_dataset_get_era (a, i)->title, ==, chronicle_dataset_get_era (b, i)->title);
      assert_same_date (&chronicle_dataset_get_era (a, i)->start, &chronicle_dataset_get_era (b, i)->start);
      assert_same_date (&chronicle_dataset_get_era (a, i)->end, &chronicle_dataset_get_era (b, i)->end);
    }
  g_assert_cmpstr (chronicle_dataset_get_title (a), ==, chronicle_dataset_get_title (b));
  assert_same_dataset_media (a, b, same_ids);
  assert_same_background (chronicle_dataset_get_background (a), chronicle_dataset_get_background (b), same_ids);
}

static void
test_writer_timelinejs_to_csv (void)
{
  /* TimelineJS → spreadsheet → open: the links of a slide's text go back around their
   * words, so the text comes back as it was. The upstream samples too, when there. */
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "tjs3-faithful.json", NULL));
  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "tjs2-basic.json", NULL));
  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "sheet-template.csv", NULL));
  /* A link shown as its own address in the text goes back around it, not after it. */
  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "media-authored.json", NULL));
  /* Title slides with media: TimelineJS 3, TimelineJS 2, a spreadsheet's title row. */
  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "title-media-tjs3.json", NULL));
  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "title-media-tjs2.json", NULL));
  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "title-media.csv", NULL));
  /* Backgrounds and thumbnails, from TimelineJS 3 and from a spreadsheet. */
  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "backgrounds.json", NULL));
  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "backgrounds.csv", NULL));
  test_add_upstream_samples (paths);

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(ChronicleDataset) dataset = test_load_path_ok (g_ptr_array_index (paths, i));
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      g_autoptr(ChronicleDataset) again = test_write_and_open (dataset, chronicle_dataset_write_csv, "out.csv", &first);
      g_autoptr(ChronicleDataset) third = test_write_and_open (again, chronicle_dataset_write_csv, "out.csv", &second);

      g_test_message ("%s", (const char *) g_ptr_array_index (paths, i));
      assert_same_events (dataset, again, FALSE);
      g_assert_cmpstr (chronicle_dataset_get_description (dataset), ==, chronicle_dataset_get_description (again));
      /* Opening the spreadsheet and writing it out again changes nothing. */
      g_assert_cmpstr (first, ==, second);
    }
}

static void
test_writer_chronicle_to_csv (void)
{
  /* Our own files and the bundled dataset: Chronicle JSON → spreadsheet → open. */
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autofree char *bundled = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);
  g_autofree char *media = g_test_build_filename (G_TEST_DIST, "data", "media.json", NULL);
  g_autofree char *links = g_test_build_filename (G_TEST_DIST, "data", "links-and-display-dates.json", NULL);
  g_autofree char *title_media = g_test_build_filename (G_TEST_DIST, "data", "title-media.json", NULL);
  /* Names with ";", "|", ": “" and backslashes; documents with some of their details. */
  g_autofree char *escapes = g_test_build_filename (G_TEST_DIST, "data", "csv-escapes.json", NULL);
  const char *paths[] = { good, bundled, media, links, title_media, escapes };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(ChronicleDataset) dataset = test_load_path_ok (paths[i]);
      g_autofree char *csv = NULL;
      g_autoptr(ChronicleDataset) again = test_write_and_open (dataset, chronicle_dataset_write_csv, "out.csv", &csv);

      g_test_message ("%s", paths[i]);
      g_assert_true (g_str_has_prefix (csv, "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,"
                                            "Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,"
                                            "Type,Group,Background,Place,People,Partners,Sources\r\n"));
      assert_same_events (dataset, again, FALSE);
      assert_same_partner_filter (dataset, again);
      /* Chronicle's own columns are read, not ignored with a warning; nothing else
       * is said about them either. */
      g_assert_cmpuint (chronicle_dataset_get_warnings (again)->len, ==, 0);
    }
}

typedef struct
{
  GPtrArray *rows;    /* GPtrArray of char * */
  GPtrArray *cells;
} Sheet;

static void
on_sheet_field_cb (void   *field,
                   size_t  len,
                   void   *data)
{
  Sheet *sheet = data;

  g_ptr_array_add (sheet->cells, g_strndup (field != NULL ? field : "", len));
}

static void
on_sheet_row_cb (int   c,
                 void *data)
{
  Sheet *sheet = data;

  g_ptr_array_add (sheet->rows, sheet->cells);
  sheet->cells = g_ptr_array_new_with_free_func (g_free);
}

/* @csv as LibreOffice saves it again after a teacher's edit, in a locale whose
 * decimal mark is a comma: every cell quoted, ";" between them, CRLF, a time of day
 * with its seconds, and the Headline of the last row replaced by @headline (unless
 * NULL). */
static char *
resave_as_spreadsheet (const char *csv,
                       const char *headline)
{
  g_autoptr(GString) out = g_string_new (NULL);
  struct csv_parser parser;
  Sheet sheet = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref),
                  g_ptr_array_new_with_free_func (g_free) };

  g_assert_cmpint (csv_init (&parser, 0), ==, 0);
  g_assert_cmpuint (csv_parse (&parser, csv, strlen (csv), on_sheet_field_cb, on_sheet_row_cb, &sheet), ==, strlen (csv));
  csv_fini (&parser, on_sheet_field_cb, on_sheet_row_cb, &sheet);
  csv_free (&parser);

  for (guint r = 0; r < sheet.rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (sheet.rows, r);

      for (guint c = 0; c < cells->len; c++)
        {
          const char *text = g_ptr_array_index (cells, c);
          const char *header = g_ptr_array_index ((GPtrArray *) g_ptr_array_index (sheet.rows, 0), c);

          if (c > 0)
            g_string_append_c (out, ';');
          if (r == sheet.rows->len - 1 && headline != NULL && g_str_equal (header, "Headline"))
            text = headline;
          g_string_append_c (out, '"');
          for (const char *p = text; *p != '\0'; p++)
            g_string_append (out, *p == '"' ? "\"\"" : (char[]) { *p, '\0' });
          if (r > 0 && strstr (header, "Time") != NULL && text[0] != '\0')
            g_string_append (out, ":00");
          g_string_append_c (out, '"');
        }
      g_string_append (out, "\r\n");
    }
  g_ptr_array_unref (sheet.cells);
  g_ptr_array_unref (sheet.rows);
  return g_strdup (out->str);
}

static void
test_writer_csv_resaved (void)
{
  /* Written, saved again by a spreadsheet as is, then with one headline edited:
   * every event comes back, with no warning; the edit is read. */
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (paths, g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL));
  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "sheet-template.csv", NULL));
  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "csv-escapes.json", NULL));
  /* And TimelineJS's own samples, when there (their deep-time years too). */
  test_add_upstream_samples (paths);

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(ChronicleDataset) dataset = test_load_path_ok (g_ptr_array_index (paths, i));
      g_autofree char *csv = NULL;
      g_autoptr(ChronicleDataset) written = test_write_and_open (dataset, chronicle_dataset_write_csv, "out.csv", &csv);
      g_autofree char *resaved = resave_as_spreadsheet (csv, NULL);
      g_autofree char *edited = resave_as_spreadsheet (csv, "Edited in a spreadsheet; with a “quote”, too");
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ChronicleDataset) again = test_load_text (resaved, "resaved.csv", loader, &error);
      g_autoptr(ChronicleDataset) changed = NULL;
      ChronicleEventStore *store;
      guint n_titled = 0;

      g_test_message ("%s", (const char *) g_ptr_array_index (paths, i));
      g_assert_no_error (error);
      assert_same_events (dataset, again, FALSE);
      assert_same_partner_filter (dataset, again);
      g_assert_cmpuint (chronicle_dataset_get_warnings (again)->len, ==, chronicle_dataset_get_warnings (written)->len);

      changed = test_load_text (edited, "edited.csv", loader, &error);
      g_assert_no_error (error);
      store = chronicle_dataset_get_events (changed);
      g_assert_cmpuint (chronicle_event_store_get_n_events (store), ==,
                        chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)));
      for (guint k = 0; k < chronicle_event_store_get_n_events (store); k++)
        n_titled += g_str_equal (chronicle_event_get_title (chronicle_event_store_get_event (store, k)),
                                 "Edited in a spreadsheet; with a “quote”, too");
      g_assert_cmpuint (n_titled, ==, 1);
    }
}

/* A text of up to 6 characters from those the list and Sources cells treat
 * specially, none at either end a space. */
static void
append_tricky (GString *out,
               GRand   *rand)
{
  static const char * const pieces[] = { "\\", ";", "|", ":", " ", "“", "”", "\"", ",", "a", ": “", ": \"", "://", "é" };
  guint n = g_rand_int_range (rand, 0, 7);

  for (guint i = 0; i < n; i++)
    g_string_append (out, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
}

static char *
tricky_text (GRand *rand,
             guint  index)
{
  GString *text = g_string_new (NULL);

  append_tricky (text, rand);
  g_string_append_printf (text, "#%u", index);
  append_tricky (text, rand);
  g_strstrip (text->str);
  return g_string_free (text, FALSE);
}

/* A tricky text as @member's value (or the array's next value, when NULL). */
static void
add_tricky (JsonBuilder *builder,
            const char  *member,
            GRand       *rand,
            guint       *n)
{
  g_autofree char *text = tricky_text (rand, (*n)++);

  if (member != NULL)
    json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
test_writer_csv_escaping_property (void)
{
  /* Names, titles, details and quotes made of the characters the escaping rule is
   * about (\ ; | : “ ” " ://) in every order: written as a spreadsheet and opened
   * again, each comes back as it was. A fixed seed: the same 200 datasets each run. */
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ChronicleDataset) dataset = NULL;
      g_autoptr(ChronicleDataset) again = NULL;
      g_autofree char *json = NULL;
      g_autofree char *csv = NULL;
      guint n = 0;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "documents");
      json_builder_begin_array (builder);
      for (guint d = 0; d < 2; d++)
        {
          const char *details[] = { "publisher", "date" };

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, d == 0 ? "d0" : "d1");
          add_tricky (builder, "title", rand, &n);
          for (guint k = 0; k < G_N_ELEMENTS (details); k++)
            if (g_rand_boolean (rand))
              add_tricky (builder, details[k], rand, &n);
          /* Chronicle JSON keeps web addresses only: one after the details. */
          if (g_rand_boolean (rand))
            {
              g_autofree char *tail = tricky_text (rand, n++);
              g_autofree char *url = g_strconcat ("https://example.org/", tail, NULL);

              json_builder_set_member_name (builder, "url");
              json_builder_add_string_value (builder, url);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "partners");
      json_builder_begin_array (builder);
      for (guint p = 0; p < 2; p++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, p == 0 ? "p0" : "p1");
          add_tricky (builder, "name", rand, &n);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "events");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, "e");
      json_builder_set_member_name (builder, "start");
      json_builder_add_string_value (builder, "2020");
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, "An event");
      add_tricky (builder, "place", rand, &n);
      json_builder_set_member_name (builder, "people");
      json_builder_begin_array (builder);
      for (guint k = 0; k < 3; k++)
        add_tricky (builder, NULL, rand, &n);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "partners");
      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, "p0");
      json_builder_add_string_value (builder, "p1");
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "sources");
      json_builder_begin_array (builder);
      for (guint k = 0; k < 2; k++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "document");
          json_builder_add_string_value (builder, k == 0 ? "d0" : "d1");
          if (g_rand_boolean (rand))
            {
              json_builder_set_member_name (builder, "quote");
              add_tricky (builder, NULL, rand, &n);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      json = json_generator_to_data (generator, NULL);
      dataset = test_load_text (json, "tricky.json", loader, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (chronicle_dataset_get_warnings (dataset)->len, ==, 0);
      again = test_write_and_open (dataset, chronicle_dataset_write_csv, "tricky.csv", &csv);
      g_test_message ("%s\n%s", json, csv);
      assert_same_events (dataset, again, FALSE);
      g_assert_cmpuint (chronicle_dataset_get_warnings (again)->len, ==, 0);
    }
}

static void
test_writer_timelinejs_to_json (void)
{
  /* TimelineJS 3, TimelineJS 2, a spreadsheet and the upstream samples (when there)
   * → Chronicle JSON → open: every event, date with precision, display date, title,
   * text, group, link with its text and media comes back. */
  static const char * const names[] = { "tjs3-faithful.json", "tjs2-basic.json", "sheet-template.csv", "good.json",
                                        "media.json", "links-and-display-dates.json", "title-media-tjs3.json",
                                        "title-media-tjs2.json", "title-media.csv", "title-media.json",
                                        "backgrounds.json", "backgrounds.csv" };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", names[i], NULL));
  test_add_upstream_samples (paths);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(ChronicleDataset) dataset = test_load_path_ok (path);
      g_autofree char *json = NULL;
      g_autoptr(ChronicleDataset) again = test_write_and_open (dataset, chronicle_dataset_write_json, "out.json", &json);

      g_test_message ("%s", path);
      g_assert_cmpstr (chronicle_dataset_get_source_format (again), ==, "chronicle/1");
      g_assert_cmpuint (chronicle_dataset_get_warnings (again)->len, ==, 0);
      assert_same_events (dataset, again, TRUE);
      if (g_str_has_suffix (path, "tjs3-faithful.json"))
        {
          /* The format holds them: a display date, a link with its text. */
          g_assert_nonnull (strstr (json, "\"display_date\" : "));
          g_assert_nonnull (strstr (json, "\"url\" : \"https://example.org/ides\",\n"));
          g_assert_nonnull (strstr (json, "\"text\" : \"the Ides"));
        }
    }
}

/* Chronicle JSON holds what TimelineJS and spreadsheets give: a link's text, a display
 * date, media with caption, credit and alt text. */
static void
test_writer_links_and_display_dates (void)
{
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("links-and-display-dates.json");
  ChronicleEvent *ides = test_find_event (dataset, "ides");
  ChronicleEvent *moon = test_find_event (dataset, "moon");
  const ChronicleMedia *media;

  g_assert_cmpstr (chronicle_event_get_display_date (ides), ==, "The Ides of March, 44 BCE");
  g_assert_cmpstr (chronicle_event_get_links (ides)[0], ==, "https://example.org/ides");
  g_assert_cmpstr (chronicle_event_get_link_title (ides, 0), ==, "the Ides of March");
  g_assert_null (chronicle_event_get_link_title (ides, 1));
  g_assert_cmpstr (chronicle_event_get_link_title (ides, 2), ==, "Curia of Pompey");
  g_assert_cmpuint (chronicle_event_get_n_media (ides), ==, 1);
  media = chronicle_event_get_media (ides, 0);
  g_assert_cmpstr (media->url, ==, "images/curia.jpg");
  g_assert_cmpstr (media->credit, ==, "A museum");
  g_assert_cmpstr (media->alt, ==, "A ruined hall");
  g_assert_cmpstr (chronicle_event_get_display_date (moon), ==, "Summer 1969");
  g_assert_null (chronicle_event_get_link_title (moon, 0));
  g_assert_cmpint (chronicle_event_get_start (moon)->precision, ==, CHRONICLE_PRECISION_MONTH);
}

/* Chronicle JSON → spreadsheet → open: links whose text is not in the description
 * (or that have none) come back as links, in order, with their text, and the text
 * comes back as it was (they once came back as a paragraph appended to it). */
static void
test_writer_links_round_trip (void)
{
  const char *json =
    "{\"events\": ["
    /* One link on words of the text, one on words it does not have, one with no text,
     * one whose address the text gives. */
    " {\"id\": \"a\", \"start\": \"2001-02-03\", \"title\": \"Mixed\","
    "  \"description\": \"Read the report, then https://example.org/plain.\","
    "  \"links\": [{\"url\": \"https://example.org/report\", \"text\": \"the report\"},"
    "             {\"url\": \"https://example.org/elsewhere?a=1&b=2\", \"text\": \"Coverage <elsewhere>\"},"
    "             \"https://example.org/bare\", \"https://example.org/plain\"]},"
    /* Links and no description at all. */
    " {\"id\": \"b\", \"start\": \"2002\", \"title\": \"Links only\","
    "  \"links\": [{\"url\": \"https://example.org/one\", \"text\": \"One\"}, \"https://example.org/two\"]},"
    /* Text over several paragraphs, its link not in it. */
    " {\"id\": \"c\", \"start\": \"2003\", \"title\": \"Paragraphs\","
    "  \"description\": \"First.\\n\\nSecond line\\nand more.\","
    "  \"links\": [{\"url\": \"https://example.org/c\", \"text\": \"Source\"}]}"
    "]}";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (json, "links.json", loader, &error);
  g_autofree char *csv = NULL;
  g_autofree char *csv_again = NULL;
  g_autoptr(ChronicleDataset) again = NULL;
  g_autoptr(ChronicleDataset) third = NULL;
  ChronicleEvent *a, *b, *c;

  g_assert_no_error (error);
  again = test_write_and_open (dataset, chronicle_dataset_write_csv, "links.csv", &csv);
  g_test_message ("%s", csv);
  /* Where TimelineJS shows them: a paragraph of links after the text. */
  g_assert_nonnull (strstr (csv, "<p class=\"\"chronicle-links\"\"><a href=\"\"https://example.org/elsewhere?a=1&amp;b=2\"\">"
                                 "Coverage &lt;elsewhere&gt;</a> <a href=\"\"https://example.org/bare\"\">"));

  a = test_find_event (again, "event-1");
  g_assert_cmpstr (chronicle_event_get_description (a), ==, "Read the report, then https://example.org/plain.");
  g_assert_cmpuint (g_strv_length ((char **) chronicle_event_get_links (a)), ==, 4);
  g_assert_cmpstr (chronicle_event_get_links (a)[0], ==, "https://example.org/report");
  g_assert_cmpstr (chronicle_event_get_link_title (a, 0), ==, "the report");
  g_assert_cmpstr (chronicle_event_get_links (a)[1], ==, "https://example.org/elsewhere?a=1&b=2");
  g_assert_cmpstr (chronicle_event_get_link_title (a, 1), ==, "Coverage <elsewhere>");
  g_assert_cmpstr (chronicle_event_get_links (a)[2], ==, "https://example.org/bare");
  g_assert_null (chronicle_event_get_link_title (a, 2));
  g_assert_cmpstr (chronicle_event_get_links (a)[3], ==, "https://example.org/plain");
  g_assert_null (chronicle_event_get_link_title (a, 3));
  /* A link is not media. */
  g_assert_cmpuint (chronicle_event_get_n_media (a), ==, 0);

  b = test_find_event (again, "event-2");
  g_assert_null (chronicle_event_get_description (b));
  g_assert_cmpuint (g_strv_length ((char **) chronicle_event_get_links (b)), ==, 2);
  g_assert_cmpstr (chronicle_event_get_link_title (b, 0), ==, "One");
  g_assert_cmpstr (chronicle_event_get_links (b)[1], ==, "https://example.org/two");

  c = test_find_event (again, "event-3");
  g_assert_cmpstr (chronicle_event_get_description (c), ==, "First.\n\nSecond line\nand more.");
  g_assert_cmpstr (chronicle_event_get_links (c)[0], ==, "https://example.org/c");
  g_assert_cmpstr (chronicle_event_get_link_title (c, 0), ==, "Source");

  assert_same_events (dataset, again, FALSE);
  /* And the spreadsheet opened and written again is the same spreadsheet. */
  third = test_write_and_open (again, chronicle_dataset_write_csv, "links.csv", &csv_again);
  g_assert_cmpstr (csv, ==, csv_again);
  assert_same_events (dataset, third, FALSE);
}

/* What Chronicle reads as a paragraph of links only, and where it does not: inside a
 * link, the class is just a class (nothing is lost, the text stays valid). */
static void
test_writer_links_paragraph (void)
{
  static const struct {
    const char *html;
    const char *text;
    guint       n_links;
  } cases[] = {
    { "<p>Text.</p><p class=\"chronicle-links\"><a href=\"https://a.example\">A</a> <a href=\"https://b.example\">B</a></p>",
      "Text.", 2 },
    { "<p class=\"note chronicle-links\">Only <b>links</b> <a href=\"https://a.example\">A</a></p><p>After.</p>",
      "After.", 1 },
    { "<div class=\"chronicle-links\"><p class=\"chronicle-links\"><a href=\"https://a.example\">A</a></p></div>Tail",
      "Tail", 1 },
    { "Héllo <a href=\"https://a.example\">wörld <span class=\"chronicle-links\">ünder</span></a> end",
      "Héllo wörld ünder end", 1 },
    { "<p class=\"chronicle-linksx\">Kept</p>", "Kept", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) links = NULL;
      g_autofree char *text = chronicle_html_text_parse (cases[i].html, &links);

      g_test_message ("%s", cases[i].html);
      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_cmpuint (links->len, ==, cases[i].n_links);
      if (links->len > 0)
        g_assert_cmpstr (((ChronicleHtmlLink *) g_ptr_array_index (links, 0))->url, ==, "https://a.example");
    }
}

static void
test_writer_csv_quoting (void)
{
  /* Commas, quotes, line breaks, markup-like text and BCE years survive a spreadsheet. */
  const char *json =
    "{\"events\": [{\"id\": \"a\", \"start\": \"-0299-03\", \"end\": \"-0199\","
    " \"title\": \"Commas, \\\"quotes\\\" & <b>not markup</b>\","
    " \"description\": \"Line one\\n\\nTemperature < 5 &amp; > 10\\n• item\", \"kind\": \"visit\","
    " \"links\": [\"https://example.org/a?x=1,2\"]}]}";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (json, "q.json", loader, &error);
  g_autofree char *csv = NULL;
  g_autoptr(ChronicleDataset) again = NULL;

  g_assert_no_error (error);
  again = test_write_and_open (dataset, chronicle_dataset_write_csv, "q.csv", &csv);
  /* 300 BCE is written as TimelineJS writes it. */
  g_assert_nonnull (strstr (csv, "\r\n-300,3,,,-200,,,"));
  assert_same_events (dataset, again, FALSE);
}

static void
test_writer_csv_address_alone (void)
{
  /* A spreadsheet's document address is what its author wrote, web address or not:
   * written back as the address (not the compact "Title | https://…", which the
   * reader knows by its "://"), so it does not come back as a publisher. */
  const char *csv = "Year,Headline,Sources\n2020,A,\"Notes | | | notes/folder-3\nWeb | https://example.org/w\"\n";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (csv, "a.csv", loader, &error);
  g_autofree char *written = NULL;
  g_autoptr(ChronicleDataset) again = NULL;
  const ChronicleDocument *notes;

  g_assert_no_error (error);
  again = test_write_and_open (dataset, chronicle_dataset_write_csv, "b.csv", &written);
  g_assert_nonnull (strstr (written, "Notes | | | notes/folder-3\nWeb | https://example.org/w"));
  assert_same_events (dataset, again, FALSE);
  notes = chronicle_dataset_find_document (again, chronicle_event_get_source (test_find_event (again, "event-1"), 0)->document);
  g_assert_cmpstr (notes->url, ==, "notes/folder-3");
  g_assert_null (notes->publisher);
}

static void
test_writer_untitled_era (void)
{
  /* Found by fuzz-csv: a spreadsheet era with no headline (Chronicle's format needs
   * an era title) and one that ends before it starts (left out, with a warning). */
  const char *csv = "Year,End Year,Headline,Type\n1990,1999,,era\n2000,1990,Backwards,era\n1995,,Event,\n";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (csv, "eras.csv", loader, &error);
  g_autoptr(ChronicleDataset) again = NULL;
  g_autofree char *warning = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_dataset_get_n_eras (dataset), ==, 1);
  warning = chronicle_diagnostic_to_string (g_ptr_array_index (chronicle_dataset_get_warnings (dataset), 0));
  g_assert_cmpstr (warning, ==, "eras.csv: row 3: warning: the era ends (1990) before it starts (2000): left out");

  again = test_write_and_open (dataset, chronicle_dataset_write_json, "eras.json", NULL);
  g_assert_cmpuint (chronicle_dataset_get_n_eras (again), ==, 1);
  g_assert_cmpstr (chronicle_dataset_get_era (again, 0)->title, ==, "1990 – 1999");
}

/* The dataset's media, spelled out: the title slide's picture of each format, written
 * out and opened again, keeps its url, caption, credit and alt text; the spreadsheet
 * has it in its title row. */
static void
test_writer_dataset_media (void)
{
  static const char * const names[] = { "title-media.json", "title-media-tjs3.json", "title-media-tjs2.json",
                                        "title-media.csv" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok (names[i]);
      const ChronicleMedia *first = chronicle_dataset_get_media (dataset, 0);
      g_autofree char *csv = NULL;
      g_autofree char *json = NULL;
      g_autofree char *title_row = NULL;
      g_autoptr(ChronicleDataset) from_csv = test_write_and_open (dataset, chronicle_dataset_write_csv, "m.csv", &csv);
      g_autoptr(ChronicleDataset) from_json = test_write_and_open (dataset, chronicle_dataset_write_json, "m.json", &json);
      g_autoptr(ChronicleDataset) json_csv = test_write_and_open (from_json, chronicle_dataset_write_csv, "m.csv", NULL);

      g_test_message ("%s", names[i]);
      g_assert_cmpuint (chronicle_dataset_get_n_media (dataset), >, 0);
      /* The spreadsheet's second row is the title row, with the media's columns. */
      title_row = g_strdup_printf (",%s,%s,%s,%s,%s,title,", first->url, first->credit, first->caption,
                                   first->thumbnail != NULL ? first->thumbnail : "",
                                   first->alt != NULL ? first->alt : "");
      g_assert_nonnull (strstr (csv, title_row));
      g_assert_nonnull (strstr (json, "\n  \"media\" : [\n"));
      assert_same_dataset_media (dataset, from_json, TRUE);
      assert_same_dataset_media (dataset, from_csv, FALSE);
      assert_same_dataset_media (dataset, json_csv, FALSE);
      g_assert_finalize_object (g_steal_pointer (&from_json));
      g_assert_finalize_object (g_steal_pointer (&dataset));
    }
}

static void
test_writer_media (void)
{
  /* The Chronicle format's media list: read, and refused when mistyped. */
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "media.json", NULL);
  g_autoptr(ChronicleDataset) dataset = test_load_path_ok (path);
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  ChronicleEvent *event = chronicle_event_store_get_event (store, 0);
  static const struct { const char *media; const char *message; } bad[] = {
    { "\"x.jpg\"", "bad.json: events[0] \"a\": \"media\" must be an array, not a string" },
    { "[{\"caption\": \"c\"}]", "bad.json: events[0] \"a\": \"media[0].url\" is missing" },
    { "[{\"url\": 3}]", "bad.json: events[0] \"a\": \"media[0].url\" must be a string, not a number" },
    { "[\"x.jpg\"]", "bad.json: events[0] \"a\": \"media[0]\" must be an object, not a string" },
  };

  g_assert_cmpuint (chronicle_event_get_n_media (event), ==, 2);
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->url, ==, "images/flyer.jpg");
  g_assert_cmpstr (chronicle_event_get_media (event, 0)->alt, ==, "A biplane just off the ground");
  g_assert_null (chronicle_event_get_media (event, 1)->caption);
  g_assert_cmpuint (chronicle_event_get_n_media (chronicle_event_store_get_event (store, 1)), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"events\": [{\"id\": \"a\", \"start\": \"2000\", \"title\": \"t\", "
                                               "\"media\": %s}]}", bad[i].media);
      g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ChronicleDataset) refused = chronicle_loader_load_bytes (loader, bytes, "bad.json", NULL, &error);

      g_assert_null (refused);
      g_assert_cmpstr (error->message, ==, bad[i].message);
    }
}

/* TimelineJS 3 backgrounds and thumbnails, written out and opened again: Chronicle
 * JSON keeps them exactly; the spreadsheet keeps the thumbnail and, in its one
 * Background cell, the picture (else the colour), which TimelineJS and Chronicle
 * read back as what they were. */
static void
test_writer_backgrounds (void)
{
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("backgrounds.json");
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autoptr(ChronicleDataset) from_csv = test_write_and_open (dataset, chronicle_dataset_write_csv, "b.csv", &csv);
  g_autoptr(ChronicleDataset) from_json = test_write_and_open (dataset, chronicle_dataset_write_json, "b.json", &json);
  g_autoptr(ChronicleDataset) json_csv = test_write_and_open (from_json, chronicle_dataset_write_csv, "b.csv", NULL);
  const ChronicleBackground *background;

  g_test_message ("%s", csv);
  g_assert_cmpuint (chronicle_dataset_get_warnings (dataset)->len, ==, 0);
  /* The cells as TimelineJS reads them: a colour, else an address. */
  g_assert_nonnull (strstr (csv, "\r\n1903,12,17,,,,,,,A dark slide,,https://example.org/flyer.jpg,,The Flyer,"
                                 "https://example.org/flyer-thumb.jpg,,,,#1d2a3a,,,,\r\n"));
  g_assert_nonnull (strstr (csv, ",Three hex digits,,,,,,,,,#fA0,,,,\r\n"));
  g_assert_nonnull (strstr (csv, ",A picture behind,,images/flyer.jpg,,,https://example.org/flyer-small.jpg,,,,"
                                 "https://example.org/sky.jpg,,,,\r\n"));
  g_assert_nonnull (strstr (csv, ",title,,images/harbour.png,,,,\r\n"));
  g_assert_nonnull (strstr (json, "\"thumbnail\" : \"https://example.org/flyer-thumb.jpg\""));
  g_assert_nonnull (strstr (json, "\"background\" : {\n        \"color\" : \"#000000\",\n"
                                  "        \"url\" : \"https://example.org/night.jpg\"\n"));

  /* Chronicle JSON: both, exactly; the spreadsheet: the picture over the colour. */
  background = chronicle_event_get_background (test_find_event (from_json, "both"));
  g_assert_cmpstr (background->color, ==, "#000000");
  g_assert_cmpstr (background->url, ==, "https://example.org/night.jpg");
  background = chronicle_event_get_background (test_find_event (from_csv, "event-6"));
  g_assert_null (background->color);
  g_assert_cmpstr (background->url, ==, "https://example.org/night.jpg");
  background = chronicle_event_get_background (test_find_event (from_csv, "event-3"));
  g_assert_cmpstr (background->color, ==, "PapayaWhip");
  g_assert_null (background->url);
  g_assert_null (chronicle_event_get_background (test_find_event (from_csv, "event-7")));
  background = chronicle_dataset_get_background (from_json);
  g_assert_cmpstr (background->color, ==, "#1d2a3a");
  g_assert_cmpstr (background->url, ==, "images/harbour.png");
  g_assert_cmpstr (chronicle_dataset_get_media (from_csv, 0)->thumbnail, ==, "images/harbour.png");

  assert_same_events (dataset, from_json, TRUE);
  assert_same_events (dataset, from_csv, FALSE);
  assert_same_events (dataset, json_csv, FALSE);
  g_assert_cmpuint (chronicle_dataset_get_warnings (from_csv)->len, ==, 0);
  g_assert_cmpuint (chronicle_dataset_get_warnings (json_csv)->len, ==, 0);
}

/* The Chronicle format's "background": a colour that is not one is a warning naming
 * the event and member, and is left out (the event opens); a mistyped one is an
 * error, as any mistyped member. */
static void
test_writer_background_checked (void)
{
  static const struct {
    const char *background;
    const char *message;
    gboolean    opens;
  } cases[] = {
    { "{\"color\": \"#12345\", \"url\": \"sky.jpg\"}",
      "bad.json: events[0] \"a\": warning: \"background.color\": \"#12345\" is not a colour (#rgb, #rrggbb or a CSS "
      "colour name); it is left out", TRUE },
    { "{\"color\": \"rgb(0, 0, 0)\"}",
      "bad.json: events[0] \"a\": warning: \"background.color\": \"rgb(0, 0, 0)\" is not a colour (#rgb, #rrggbb or "
      "a CSS colour name); it is left out", TRUE },
    { "{\"color\": \"<b>red</b>\"}",
      "bad.json: events[0] \"a\": warning: \"background.color\": \"<b>red</b>\" is not a colour (#rgb, #rrggbb or "
      "a CSS colour name); it is left out", TRUE },
    { "{\"color\": 5}", "bad.json: events[0] \"a\": error: \"background.color\" must be a string, not a number", FALSE },
    { "{\"color\": \"#fff\", \"opacity\": 50}",
      "bad.json: events[0] \"a\": warning: unknown member \"background.opacity\" ignored", TRUE },
    { "\"#fff\"", "bad.json: events[0] \"a\": error: \"background\" must be an object, not a string", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"events\": [{\"id\": \"a\", \"start\": \"2000\", \"title\": \"t\", "
                                               "\"background\": %s}, {\"id\": \"b\", \"start\": \"2001\", "
                                               "\"title\": \"u\"}]}", cases[i].background);
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ChronicleDataset) dataset = test_load_text (text, "bad.json", loader, &error);
      GPtrArray *problems;
      g_autofree char *first = NULL;

      g_test_message ("%s", cases[i].background);
      g_assert_no_error (error);
      problems = chronicle_dataset_get_warnings (dataset);
      g_assert_cmpuint (problems->len, ==, 1);
      first = chronicle_diagnostic_to_string (g_ptr_array_index (problems, 0));
      g_assert_cmpstr (first, ==, cases[i].message);
      g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==,
                        cases[i].opens ? 2 : 1);
      if (cases[i].opens)
        {
          const ChronicleBackground *background = chronicle_event_get_background (test_find_event (dataset, "a"));

          /* Only the colour is left out; a picture stays; an unknown member is
           * only ignored. */
          if (i == 4)
            g_assert_cmpstr (background->color, ==, "#fff");
          else
            g_assert_true (background == NULL || background->color == NULL);
          if (i == 0)
            g_assert_cmpstr (background->url, ==, "sky.jpg");
        }
    }
}

/* ------------------------------------------------------------------------- */
/* Chronicle JSON written back, member by member                             */

/* What the writer may write differently from the file, each with its reason. Nothing
 * else may differ: a member missing, added or changed is a difference. */
static const struct {
  const char *member;     /* the path, with every array index as [*] */
  const char *added;      /* the value it writes where the file has none */
  const char *why;
} normalised[] = {
  { "events[*].kind", "\"other\"",
    "an event without a kind is of kind \"other\" (FORMAT.md: default other); the writer names it" },
};

static char *
node_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

static gboolean
is_normalised (const char *path,
               JsonNode   *added)
{
  g_autoptr(GRegex) index = g_regex_new ("\\[[0-9]+\\]", 0, 0, NULL);
  g_autofree char *pattern = g_regex_replace_literal (index, path, -1, 0, "[*]", 0, NULL);
  g_autofree char *value = node_text (added);

  for (guint i = 0; i < G_N_ELEMENTS (normalised); i++)
    if (g_str_equal (pattern, normalised[i].member) && g_str_equal (value, normalised[i].added))
      return TRUE;
  return FALSE;
}

/* Walks @a (the file) and @b (what the writer wrote) together, and lists in @diffs
 * every member that is missing, added or different. */
static void
walk_json (JsonNode   *a,
           JsonNode   *b,
           const char *path,
           GString    *diffs)
{
  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b) ||
      (JSON_NODE_HOLDS_VALUE (a) && json_node_get_value_type (a) != json_node_get_value_type (b)))
    {
      g_autofree char *ta = node_text (a);
      g_autofree char *tb = node_text (b);

      g_string_append_printf (diffs, "%s: %s written as %s\n", path, ta, tb);
      return;
    }
  if (JSON_NODE_HOLDS_OBJECT (a))
    {
      JsonObject *oa = json_node_get_object (a);
      JsonObject *ob = json_node_get_object (b);
      g_autoptr(GList) names_a = json_object_get_members (oa);
      g_autoptr(GList) names_b = json_object_get_members (ob);

      for (GList *l = names_a; l != NULL; l = l->next)
        {
          g_autofree char *member = g_strdup_printf ("%s%s%s", path, path[0] != '\0' ? "." : "", (char *) l->data);

          if (!json_object_has_member (ob, l->data))
            g_string_append_printf (diffs, "%s: missing\n", member);
          else
            walk_json (json_object_get_member (oa, l->data), json_object_get_member (ob, l->data), member, diffs);
        }
      for (GList *l = names_b; l != NULL; l = l->next)
        {
          g_autofree char *member = g_strdup_printf ("%s%s%s", path, path[0] != '\0' ? "." : "", (char *) l->data);

          if (!json_object_has_member (oa, l->data) && !is_normalised (member, json_object_get_member (ob, l->data)))
            g_string_append_printf (diffs, "%s: added\n", member);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (a))
    {
      JsonArray *aa = json_node_get_array (a);
      JsonArray *ab = json_node_get_array (b);

      if (json_array_get_length (aa) != json_array_get_length (ab))
        g_string_append_printf (diffs, "%s: %u elements written as %u\n", path,
                                json_array_get_length (aa), json_array_get_length (ab));
      for (guint i = 0; i < MIN (json_array_get_length (aa), json_array_get_length (ab)); i++)
        {
          g_autofree char *element = g_strdup_printf ("%s[%u]", path, i);

          walk_json (json_array_get_element (aa, i), json_array_get_element (ab, i), element, diffs);
        }
    }
  else if (!json_node_equal (a, b))
    {
      g_autofree char *ta = node_text (a);
      g_autofree char *tb = node_text (b);

      g_string_append_printf (diffs, "%s: %s written as %s\n", path, ta, tb);
    }
}

/* Opens @path, writes it as Chronicle JSON, and compares every member of the file
 * with what was written: the same, but for the normalisations named above. */
static void
assert_json_lossless (const char *path)
{
  g_autoptr(ChronicleDataset) dataset = test_load_path_ok (path);
  g_autofree char *written = NULL;
  g_autoptr(ChronicleDataset) again = test_write_and_open (dataset, chronicle_dataset_write_json, "again.json", &written);
  g_autoptr(JsonParser) original = json_parser_new ();
  g_autoptr(JsonParser) result = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) diffs = g_string_new (NULL);

  g_test_message ("%s", path);
  g_assert_true (json_parser_load_from_file (original, path, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (result, written, -1, &error));
  g_assert_no_error (error);
  walk_json (json_parser_get_root (original), json_parser_get_root (result), "", diffs);
  g_assert_cmpstr (diffs->str, ==, "");
  /* And it opens again without a word. */
  g_assert_cmpuint (chronicle_dataset_get_warnings (again)->len, ==, 0);
}

static void
test_writer_json_lossless_bundled (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);
  g_autoptr(ChronicleDataset) dataset = test_load_path_ok (path);
  g_autoptr(ChronicleDataset) again = test_write_and_open (dataset, chronicle_dataset_write_json, "again.json", NULL);
  const ChroniclePartner *us = chronicle_dataset_find_partner (again, "us");
  ChronicleEvent *event = chronicle_event_store_get_event (chronicle_dataset_get_events (again), 0);

  assert_json_lossless (path);

  /* What a translator sees in the file opened again: Vietnamese, not English; a
   * level held "before" the data, not since the Big Bang. */
  g_assert_cmpstr (chronicle_dataset_translate (again, "dataset", "vi", "title", NULL), ==,
                   "Ngoại giao Việt Nam 2021–2023: các chuyến thăm và nâng cấp quan hệ");
  g_assert_cmpstr (chronicle_dataset_translate (again, "partner/us", "vi", "name", NULL), ==, "Hoa Kỳ");
  g_assert_cmpstr (chronicle_dataset_translate_level (again, "vi", "comprehensive strategic partnership"), ==,
                   "Đối tác chiến lược toàn diện");
  g_assert_cmpstr (chronicle_event_get_translated (event, "vi", "title"), !=, chronicle_event_get_title (event));
  g_assert_cmpuint (chronicle_dataset_get_n_figures (again), ==, 21);
  g_assert_true (us->levels[0].before_data);
}

static void
test_writer_json_lossless_every_member (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fmt-lossless.json", NULL);

  assert_json_lossless (path);
}

/* A slide or row with no headline is shown under a label Chronicle makes (its text's
 * first words); written back to a spreadsheet, its Headline stays empty as the author
 * left it (TimelineJS would show the text twice), and it opens under the same label.
 * A headline the author wrote is written as ever. */
static void
test_writer_untitled_slides (void)
{
  static const char sheet[] =
    "Year,Month,Day,Headline,Text\n"
    "1969,7,20,,Only text and no headline\n"
    "1969,11,19,Apollo 12,Second landing\n";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (sheet, "sheet.csv", loader, &error);
  g_autoptr(ChronicleDataset) again = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  ChronicleEventStore *store;

  g_assert_no_error (error);
  store = chronicle_dataset_get_events (dataset);
  g_assert_true (chronicle_event_title_is_made (chronicle_event_store_get_event (store, 0)));
  g_assert_cmpstr (chronicle_event_get_title (chronicle_event_store_get_event (store, 0)), ==, "Only text and no headline");
  g_assert_false (chronicle_event_title_is_made (chronicle_event_store_get_event (store, 1)));

  again = test_write_and_open (dataset, chronicle_dataset_write_csv, "out.csv", &csv);
  lines = g_strsplit (csv, "\n", -1);
  /* The header, then each row: "Only text…" once, in Text; "Apollo 12" in Headline. */
  g_assert_cmpuint (g_strv_length (lines), >=, 3);
  g_assert_nonnull (strstr (lines[1], "Only text and no headline"));
  g_assert_null (strstr (strstr (lines[1], "Only text and no headline") + 1, "Only text and no headline"));
  g_assert_nonnull (strstr (lines[2], "Apollo 12"));
  store = chronicle_dataset_get_events (again);
  g_assert_cmpstr (chronicle_event_get_title (chronicle_event_store_get_event (store, 0)), ==, "Only text and no headline");
  g_assert_true (chronicle_event_title_is_made (chronicle_event_store_get_event (store, 0)));
  g_assert_cmpstr (chronicle_event_get_title (chronicle_event_store_get_event (store, 1)), ==, "Apollo 12");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/writer/chronicle-to-csv", test_writer_chronicle_to_csv);
  g_test_add_func ("/chronicle/writer/timelinejs-to-json", test_writer_timelinejs_to_json);
  g_test_add_func ("/chronicle/writer/timelinejs-to-csv", test_writer_timelinejs_to_csv);
  g_test_add_func ("/chronicle/writer/links-and-display-dates", test_writer_links_and_display_dates);
  g_test_add_func ("/chronicle/writer/csv-quoting", test_writer_csv_quoting);
  g_test_add_func ("/chronicle/writer/csv-resaved", test_writer_csv_resaved);
  g_test_add_func ("/chronicle/writer/csv-escaping-property", test_writer_csv_escaping_property);
  g_test_add_func ("/chronicle/writer/csv-address-alone", test_writer_csv_address_alone);
  g_test_add_func ("/chronicle/writer/links-round-trip", test_writer_links_round_trip);
  g_test_add_func ("/chronicle/writer/links-paragraph", test_writer_links_paragraph);
  g_test_add_func ("/chronicle/writer/untitled-era", test_writer_untitled_era);
  g_test_add_func ("/chronicle/writer/untitled-slides", test_writer_untitled_slides);
  g_test_add_func ("/chronicle/writer/media", test_writer_media);
  g_test_add_func ("/chronicle/writer/dataset-media", test_writer_dataset_media);
  g_test_add_func ("/chronicle/writer/backgrounds", test_writer_backgrounds);
  g_test_add_func ("/chronicle/writer/background-checked", test_writer_background_checked);
  g_test_add_func ("/chronicle/writer/json-lossless-bundled", test_writer_json_lossless_bundled);
  g_test_add_func ("/chronicle/writer/json-lossless-every-member", test_writer_json_lossless_every_member);

  return g_test_run ();
}
