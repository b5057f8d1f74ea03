/* test-loader.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "chronicle-loader.h"
#include "chronicle-check.h"
#include "chronicle-loader-private.h"
#include "chronicle-timelinejs-private.h"
#include "core-test-helpers.h"

static gboolean
warnings_contain (ChronicleDataset *dataset,
                  const char       *needle)
{
  GPtrArray *warnings = chronicle_dataset_get_warnings (dataset);

  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = chronicle_diagnostic_to_string (g_ptr_array_index (warnings, i));

      if (strstr (line, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_loader_good (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_fixture ("good.json", NULL, &error);
  ChronicleEventStore *store;
  ChronicleEvent *event;
  const ChroniclePartner *us;
  const ChronicleKind *kind;
  const char *partner, *from, *to;
  static const char *order[] = { "ancient", "early", "late", "biden", "same-day-second", "japan" };
  guint position;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (chronicle_dataset_get_title (dataset), ==, "Test dataset");
  g_assert_cmpstr (chronicle_dataset_get_language (dataset), ==, "en");
  g_assert_cmpstr (chronicle_dataset_get_source_format (dataset), ==, "chronicle/1");
  g_assert_cmpstr (chronicle_dataset_translate (dataset, "dataset", "vi", "title", "x"), ==, "Bộ dữ liệu thử");
  g_assert_cmpstr (chronicle_dataset_translate (dataset, "dataset", "fr", "title", "x"), ==, "x");

  /* Sorted by start, then file order: "late" (2023, year precision) starts on 1 January. */
  store = chronicle_dataset_get_events (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, G_N_ELEMENTS (order));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (store)) == CHRONICLE_TYPE_EVENT);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(ChronicleEvent) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_assert_cmpstr (chronicle_event_get_id (item), ==, order[i]);
    }
  for (guint i = 1; i < chronicle_event_store_get_n_events (store); i++)
    g_assert_cmpint (chronicle_event_store_get_starts (store)[i - 1], <=, chronicle_event_store_get_starts (store)[i]);

  g_assert_true (chronicle_event_store_find (store, "biden", &position));
  event = chronicle_event_store_get_event (store, position);
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "visit");
  g_assert_cmpint (chronicle_event_get_direction (event), ==, CHRONICLE_DIRECTION_INBOUND);
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_DAY);
  g_assert_nonnull (chronicle_event_get_end (event));
  g_assert_cmpint (chronicle_event_get_end_day (event) - chronicle_event_get_first_day (event), ==, 2);
  /* Markup stays text: the loader never interprets it. */
  g_assert_cmpstr (chronicle_event_get_title (event), ==, "Biden <b>visits</b> & talks");
  g_assert_cmpstr (chronicle_event_get_place (event), ==, "Hà Nội");
  g_assert_cmpstr (chronicle_event_get_people (event)[1], ==, "Nguyễn Phú Trọng");
  g_assert_true (chronicle_event_has_partner (event, "us"));
  g_assert_true (chronicle_event_has_person (event, "Joe Biden"));
  g_assert_true (chronicle_event_get_relation (event, &partner, &from, &to));
  g_assert_cmpstr (partner, ==, "us");
  g_assert_cmpstr (to, ==, "comprehensive strategic partnership");
  g_assert_cmpuint (chronicle_event_get_n_sources (event), ==, 2);
  g_assert_cmpstr (chronicle_event_get_source (event, 1)->document, ==, "doc-b");
  g_assert_cmpstr (chronicle_event_get_source (event, 0)->quote, ==, "US President Joe Biden visited Vietnam");
  /* Only http(s) links survive, with a warning for the other. */
  g_assert_cmpstr (chronicle_event_get_links (event)[0], ==, "https://example.org/biden");
  g_assert_null (chronicle_event_get_links (event)[1]);
  g_assert_true (warnings_contain (dataset, "events[1] \"biden\": warning: \"links[1]\": only http and https links are kept"));
  g_assert_true (warnings_contain (dataset, "events[1] \"biden\": warning: unknown member \"future_member\" ignored"));
  g_assert_cmpstr (chronicle_event_get_translated (event, "vi", "title"), ==, "Tổng thống Biden thăm Việt Nam");
  g_assert_cmpstr (chronicle_event_get_translated (event, "vi", "description"), ==, "Plain text only.");
  g_assert_cmpstr (chronicle_event_get_translated (event, NULL, "title"), ==, "Biden <b>visits</b> & talks");

  /* A month-precision event covers its month; a year-precision one its year. */
  g_assert_true (chronicle_event_store_find (store, "japan", &position));
  event = chronicle_event_store_get_event (store, position);
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_MONTH);
  g_assert_cmpint (chronicle_event_get_end_day (event) - chronicle_event_get_first_day (event), ==, 30);
  g_assert_null (chronicle_event_get_end (event));
  g_assert_true (chronicle_event_store_find (store, "ancient", &position));
  g_assert_cmpint (chronicle_event_get_start (chronicle_event_store_get_event (store, position))->year, ==, -44);

  /* Kinds: the file's own first, then the built-ins it did not redefine. */
  kind = chronicle_dataset_find_kind (dataset, "visit");
  g_assert_cmpstr (kind->label, ==, "State visit");
  g_assert_cmpstr (kind->shape, ==, "diamond");
  g_assert_cmpstr (chronicle_dataset_translate (dataset, "kind/visit", "vi", "label", kind->label), ==, "Chuyến thăm");
  g_assert_cmpstr (chronicle_dataset_get_kind (dataset, 1)->id, ==, "festival");
  g_assert_nonnull (chronicle_dataset_find_kind (dataset, "upgrade"));
  g_assert_nonnull (chronicle_dataset_find_kind (dataset, "other"));
  g_assert_cmpuint (chronicle_dataset_get_n_kinds (dataset), ==, 11);

  /* Levels come back sorted by date. */
  us = chronicle_dataset_find_partner (dataset, "us");
  g_assert_cmpuint (us->n_levels, ==, 2);
  g_assert_cmpstr (us->levels[0].level, ==, "comprehensive partnership");
  g_assert_cmpint (us->levels[1].since.day, ==, 10);
  g_assert_cmpstr (chronicle_dataset_translate (dataset, "partner/us", "vi", "name", us->name), ==, "Hoa Kỳ");

  g_assert_cmpuint (chronicle_dataset_get_n_documents (dataset), ==, 2);
  g_assert_cmpstr (chronicle_dataset_find_document (dataset, "doc-a")->publisher, ==, "Paper");
  g_assert_cmpuint (chronicle_dataset_get_n_eras (dataset), ==, 1);
  g_assert_cmpuint (chronicle_dataset_get_n_figures (dataset), ==, 2);
  g_assert_cmpstr (chronicle_dataset_get_figure (dataset, 0)->value, ==, "193");
  g_assert_cmpuint (chronicle_dataset_get_figure (dataset, 0)->n_sources, ==, 1);
  g_assert_cmpstr (chronicle_dataset_get_figure (dataset, 1)->value, ==, "$700 billion");

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_loader_bad_corpus (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autofree char *expected_path = g_build_filename (dir_path, "EXPECTED", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;
  guint n_opened = 0;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (expected, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 2);
      g_assert_nonnull (fields[1]);
      g_hash_table_insert (table, g_strdup (fields[0]), g_strdup (fields[1]));
    }

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(ChronicleDataset) dataset = NULL;
      g_autoptr(GError) load_error = NULL;
      g_autofree char *display = NULL;
      g_autofree char *want = NULL;
      const char *expect;
      GPtrArray *diagnostics;
      gboolean found = FALSE;

      if (g_str_equal (name, "EXPECTED"))
        continue;
      n_files++;
      expect = g_hash_table_lookup (table, name);
      g_test_message ("%s: expecting %s", name, expect);
      g_assert_nonnull (expect);

      path = g_build_filename (dir_path, name, NULL);
      file = g_file_new_for_path (path);
      display = g_filename_display_name (path);
      dataset = chronicle_loader_load_file (loader, file, NULL, &load_error);

      g_assert_cmpuint (chronicle_loader_get_n_errors (loader), >=, 1);
      if (dataset != NULL)
        {
          /* One bad event never hides the rest: a file whose errors are all in
           * events opens with its other events, the bad ones left out… */
          g_assert_no_error (load_error);
          g_assert_true (g_str_has_prefix (expect, ": events["));
          g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), >=, 1);
          n_opened++;
        }
      else
        {
          /* …any other is refused, with an error that names the file… */
          g_assert_error (load_error, CHRONICLE_LOAD_ERROR, load_error->code);
          g_assert_true (g_str_has_prefix (load_error->message, display));
        }

      /* …and a diagnostic that names the place and says what is wrong. */
      want = g_strconcat (display, expect, NULL);
      diagnostics = chronicle_loader_get_diagnostics (loader);
      for (guint i = 0; i < diagnostics->len && !found; i++)
        {
          g_autofree char *line = chronicle_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
          found = g_str_has_prefix (line, want);
        }
      if (!found)
        g_error ("%s: no diagnostic starts with: %s", name, want);
    }

  g_assert_cmpuint (n_files, ==, g_hash_table_size (table));
  g_assert_cmpuint (n_files, >=, 40);
  /* bad-month, duplicate-id, many-warnings-then-error: a good event beside the bad one. */
  g_assert_cmpuint (n_opened, ==, 3);
}

/* One bad event never hides the rest: each event with an error is left out and
 * reported at its place; the file opens with the others; --check still lists every
 * problem and fails. */
static void
test_loader_bad_events_among_good (void)
{
  static const char * const problems[] = {
    "events[1] \"bad-month\": error: \"start\": \"2020-13-01\" is not a date (month 13)",
    "events[2] \"no-title\": error: \"title\" is missing",
    "events[3] \"backwards\": error: \"end\" (2021-04-01) is before \"start\" (2021-05-01)",
    "events[4] \"first\": error: the id \"first\" is already used by events[0]",
    "events[6]: error: must be an object, not a string",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "some-bad-events.json", NULL);
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_file (path, loader, &error);
  const char * const paths[] = { path, NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  ChronicleEventStore *store;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  store = chronicle_dataset_get_events (dataset);
  g_assert_cmpuint (chronicle_event_store_get_n_events (store), ==, 3);
  g_assert_cmpstr (chronicle_event_get_title (test_find_event (dataset, "first")), ==, "First good event");
  g_assert_cmpstr (chronicle_event_get_kind (test_find_event (dataset, "second")), ==, "visit");
  g_assert_nonnull (chronicle_event_get_end (test_find_event (dataset, "third")));

  g_assert_cmpuint (chronicle_loader_get_n_errors (loader), ==, G_N_ELEMENTS (problems));
  for (guint i = 0; i < G_N_ELEMENTS (problems); i++)
    {
      g_autofree char *line = g_strdup_printf ("%s: %s", display, problems[i]);

      /* Where the window's problems list takes them from, and with the dataset. */
      g_assert_true (test_has_diagnostic (chronicle_loader_get_diagnostics (loader), line));
      g_assert_true (test_has_diagnostic (chronicle_dataset_get_warnings (dataset), line));
    }

  g_assert_cmpint (chronicle_check_files (paths, out), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (problems); i++)
    g_assert_nonnull (strstr (out->str, problems[i]));
  g_assert_nonnull (strstr (out->str, "invalid, 5 errors"));
}

/* A link is an address or {"url", "text"}; anything else is an error at its place. */
static void
test_loader_link_forms (void)
{
  static const char * const problems[] = {
    "links.json: events[1] \"b\": error: \"links[0].url\" is missing",
    "links.json: events[1] \"b\": error: \"links[1].text\" must be a string, not a number",
    "links.json: events[1] \"b\": error: \"links[3]\" must be a string, not a number",
    "links.json: events[1] \"b\": warning: \"links[2]\": only http and https links are kept; \"ftp://x.org\" ignored",
  };
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    test_load_text ("{\"events\": [{\"id\": \"a\", \"start\": \"2020\", \"title\": \"A\", \"links\": "
                    "[{\"url\": \"https://x.org/a\", \"text\": \"the text\"}, \"https://x.org/b\"]}, "
                    "{\"id\": \"b\", \"start\": \"2020\", \"title\": \"B\", \"links\": "
                    "[{\"text\": \"no url\"}, {\"url\": \"https://x.org\", \"text\": 5}, \"ftp://x.org\", 7]}]}",
                    "links.json", loader, &error);
  ChronicleEvent *event;

  g_assert_no_error (error);
  event = test_find_event (dataset, "a");
  g_assert_cmpstr (chronicle_event_get_links (event)[1], ==, "https://x.org/b");
  g_assert_cmpstr (chronicle_event_get_link_title (event, 0), ==, "the text");
  g_assert_null (chronicle_event_get_link_title (event, 1));
  for (guint i = 0; i < G_N_ELEMENTS (problems); i++)
    g_assert_true (test_has_diagnostic (chronicle_loader_get_diagnostics (loader), problems[i]));
  g_assert_cmpuint (chronicle_loader_get_n_errors (loader), ==, 3);
}

/* When every event has an error, nothing is left to show: the file is refused. */
static void
test_loader_all_events_bad (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    test_load_text ("{\"events\": [{\"id\": \"a\", \"start\": \"2020-13\", \"title\": \"A\"}, "
                    "{\"id\": \"b\", \"start\": \"2020\"}]}", "all-bad.json", loader, &error);

  g_assert_null (dataset);
  g_assert_error (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "all-bad.json: events[0] \"a\": \"start\": \"2020-13\" is not a date (month 13) (and 1 more error)");
}

/* An error outside the events (here a kind) still refuses the whole file. */
static void
test_loader_dataset_error_refuses (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset =
    test_load_text ("{\"kinds\": [{\"id\": \"k\", \"label\": \"K\", \"color\": \"red\"}], "
                    "\"events\": [{\"id\": \"a\", \"start\": \"2020\", \"title\": \"A\"}]}",
                    "kind.json", loader, &error);

  g_assert_null (dataset);
  g_assert_error (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "kinds[0] \"k\""));
}

static void
test_loader_error_summary (void)
{
  const char *json = "{\"events\": [{\"id\": \"a\"}, {\"id\": \"b\", \"start\": \"2023-13\", \"title\": \"B\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = NULL;

  dataset = chronicle_loader_load_bytes (loader, bytes, "mem.json", NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_INVALID);
  /* Every problem is collected; the GError names the first and counts the rest. */
  g_assert_cmpuint (chronicle_loader_get_n_errors (loader), ==, 3);
  g_assert_cmpstr (error->message, ==, "mem.json: events[0] \"a\": \"start\" is missing (and 2 more errors)");
}

static void
test_loader_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_fixture ("bom-utf8.json", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), ==, 1);
  g_assert_true (warnings_contain (dataset, "byte-order mark"));
}

/* The thread main() runs in. */
static GThread *main_thread;

typedef struct
{
  GMainLoop        *loop;
  ChronicleDataset *dataset;
  GError           *error;
  guint             stages_seen;
  guint             max_done;
} AsyncState;

static void
on_progress_cb (ChronicleLoader *loader,
                int              stage,
                guint            done,
                guint            total,
                AsyncState      *state)
{
  /* Progress arrives on the main thread, in order (owning the context is not enough:
   * a worker that acquired it would own it too). */
  g_assert_true (g_thread_self () == main_thread);
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  state->stages_seen |= 1u << stage;
  state->max_done = MAX (state->max_done, done);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncState *state = user_data;

  state->dataset = chronicle_loader_load_file_finish (CHRONICLE_LOADER (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_loader_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  AsyncState state = { 0 };

  state.loop = g_main_loop_new (NULL, FALSE);
  g_signal_connect (loader, "progress", G_CALLBACK (on_progress_cb), &state);
  chronicle_loader_load_file_async (loader, file, NULL, on_loaded_cb, &state);
  g_main_loop_run (state.loop);

  g_assert_no_error (state.error);
  g_assert_nonnull (state.dataset);
  /* Idle-dispatched progress may trail the result: let it arrive. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (state.stages_seen, ==, (1u << CHRONICLE_LOAD_STAGE_READING) |
                                           (1u << CHRONICLE_LOAD_STAGE_PARSING) |
                                           (1u << CHRONICLE_LOAD_STAGE_BUILDING) |
                                           (1u << CHRONICLE_LOAD_STAGE_DONE));
  g_assert_cmpuint (state.max_done, ==, 6);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (state.dataset)), ==, 6);

  g_clear_object (&state.dataset);
  g_main_loop_unref (state.loop);
}

static void
test_loader_async_error (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", "impossible-day.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  AsyncState state = { 0 };

  state.loop = g_main_loop_new (NULL, FALSE);
  chronicle_loader_load_file_async (loader, file, NULL, on_loaded_cb, &state);
  g_main_loop_run (state.loop);

  g_assert_null (state.dataset);
  g_assert_error (state.error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (state.error->message, "events[0] \"a\": \"start\": \"2023-02-30\" is not a date (2023-02 has no day 30)"));
  g_assert_cmpuint (chronicle_loader_get_diagnostics (loader)->len, ==, 1);

  g_clear_error (&state.error);
  g_main_loop_unref (state.loop);
}

/* Reads @path into memory and loads it from there, in a thread, as "in-memory.json". */
static void
load_bytes_of (ChronicleLoader *loader,
               const char      *path,
               AsyncState      *state)
{
  char *contents;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (contents, length);
  chronicle_loader_load_bytes_async (loader, bytes, "in-memory.json", NULL, on_loaded_cb, state);
  g_main_loop_run (state->loop);
}

/* Bytes already in memory load in a thread too, and their errors carry the name given. */
static void
test_loader_bytes_async (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "impossible-day.json", NULL);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  AsyncState state = { 0 };

  state.loop = g_main_loop_new (NULL, FALSE);
  g_signal_connect (loader, "progress", G_CALLBACK (on_progress_cb), &state);

  load_bytes_of (loader, good, &state);
  g_assert_no_error (state.error);
  g_assert_nonnull (state.dataset);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (state.dataset)), ==, 6);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (state.stages_seen & (1u << CHRONICLE_LOAD_STAGE_BUILDING));
  g_clear_object (&state.dataset);

  load_bytes_of (loader, bad, &state);
  g_assert_null (state.dataset);
  g_assert_error (state.error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (state.error->message, "in-memory.json:"));
  g_assert_nonnull (strstr (state.error->message, "is not a date (2023-02 has no day 30)"));

  g_clear_error (&state.error);
  g_main_loop_unref (state.loop);
}

static void
test_loader_cancel (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { 0 };

  state.loop = g_main_loop_new (NULL, FALSE);
  g_cancellable_cancel (cancellable);
  chronicle_loader_load_file_async (loader, file, cancellable, on_loaded_cb, &state);
  g_main_loop_run (state.loop);

  g_assert_null (state.dataset);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_clear_error (&state.error);
  g_main_loop_unref (state.loop);
}

/* Progress is the main thread's to handle (a window's handler moves progress bars),
 * also when the main thread is busy elsewhere, not running its main loop, while the
 * worker reports: it waits until that thread runs the loop again. */
typedef struct
{
  GThread *main_thread;
  guint    n_reports;
  guint    n_elsewhere;
} ThreadState;

static void
on_progress_thread_cb (ChronicleLoader *loader,
                       int              stage,
                       guint            done,
                       guint            total,
                       ThreadState     *state)
{
  state->n_reports++;
  if (g_thread_self () != state->main_thread)
    state->n_elsewhere++;
}

static void
test_loader_progress_on_main_thread (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  guint finished = _chronicle_loader_get_n_finished_loads ();
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  ThreadState threads = { g_thread_self (), 0, 0 };
  AsyncState state = { 0 };

  state.loop = g_main_loop_new (NULL, FALSE);
  g_signal_connect (loader, "progress", G_CALLBACK (on_progress_thread_cb), &threads);
  chronicle_loader_load_file_async (loader, file, NULL, on_loaded_cb, &state);
  /* Busy, as a window is while it is shown: the main loop does not run (nor own its
   * context) until the whole load is done in the worker. */
  while (_chronicle_loader_get_n_finished_loads () == finished && g_get_monotonic_time () < end)
    g_usleep (1000);
  g_assert_cmpuint (_chronicle_loader_get_n_finished_loads (), >, finished);
  g_assert_cmpuint (threads.n_reports, ==, 0);

  g_main_loop_run (state.loop);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_no_error (state.error);
  g_assert_nonnull (state.dataset);
  g_assert_cmpuint (threads.n_reports, >=, 4);
  g_assert_cmpuint (threads.n_elsewhere, ==, 0);

  g_clear_object (&state.dataset);
  g_main_loop_unref (state.loop);
}

static void
test_loader_timelinejs_own (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_fixture ("timelinejs-basic.json", NULL, &error);
  ChronicleEventStore *store;
  ChronicleEvent *event;
  guint position;

  g_assert_no_error (error);
  g_assert_cmpstr (chronicle_dataset_get_source_format (dataset), ==, "timelinejs/3");
  g_assert_cmpstr (chronicle_dataset_get_title (dataset), ==, "Our own TimelineJS file");
  g_assert_cmpstr (chronicle_dataset_get_description (dataset), ==, "Written for Chronicle’s tests.");
  g_assert_cmpuint (chronicle_dataset_get_n_eras (dataset), ==, 1);
  g_assert_cmpstr (chronicle_dataset_get_era (dataset, 0)->title, ==, "The nineties");

  store = chronicle_dataset_get_events (dataset);
  g_assert_cmpuint (chronicle_event_store_get_n_events (store), ==, 4);

  g_assert_true (chronicle_event_store_find (store, "web", &position));
  event = chronicle_event_store_get_event (store, position);
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_DAY);
  g_assert_cmpint (chronicle_event_get_start (event)->month, ==, 8);
  g_assert_cmpstr (chronicle_event_get_description (event), ==, "CERN puts the first site online.\n\nSecond&para.");
  g_assert_cmpstr (chronicle_event_get_links (event)[0], ==, "https://info.cern.ch/");
  g_assert_cmpstr (chronicle_event_get_tags (event)[0], ==, "Internet");
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "group:Internet");
  g_assert_cmpstr (chronicle_dataset_find_kind (dataset, "group:Internet")->label, ==, "Internet");

  /* Numbers, "" blanks and month-only dates keep their precision. */
  g_assert_true (chronicle_event_store_find (store, "event-2", &position));
  event = chronicle_event_store_get_event (store, position);
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_MONTH);
  g_assert_cmpint (chronicle_event_get_end (event)->precision, ==, CHRONICLE_PRECISION_MONTH);
  g_assert_cmpint (chronicle_event_get_end_day (event) - chronicle_event_get_first_day (event), ==, 31 + 30);

  g_assert_true (chronicle_event_store_find (store, "event-3", &position));
  event = chronicle_event_store_get_event (store, position);
  /* TimelineJS's -500 is 500 BCE: Chronicle's astronomical year -499. */
  g_assert_cmpint (chronicle_event_get_start (event)->year, ==, -499);
  g_assert_null (chronicle_event_get_links (event)[0]);
  g_assert_cmpstr (chronicle_event_get_kind (event), ==, "other");

  /* A day with no month keeps only the year; no headline: named by its text. */
  g_assert_true (chronicle_event_store_find (store, "event-4", &position));
  event = chronicle_event_store_get_event (store, position);
  g_assert_cmpint (chronicle_event_get_start (event)->precision, ==, CHRONICLE_PRECISION_YEAR);
  g_assert_cmpstr (chronicle_event_get_title (event), ==, "No headline; a day without a month");
}

static void
test_loader_timelinejs_upstream (void)
{
  const char *shared = g_getenv ("CHRONICLE_SHARED_DIR");
  static const struct { const char *file; guint n_events; guint n_eras; gint64 first_year; } samples[] = {
    { "cosmo.json", 7, 0, -13800000000LL + 1 },
    { "eras.json", 20, 3, 602 },
    { "women_in_computing.json", 10, 0, 1815 },
  };
  g_autofree char *dir = NULL;

  if (shared == NULL || !g_file_test ((dir = g_build_filename (shared, "timelinejs-samples", NULL)), G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("../shared/timelinejs-samples is not there");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_build_filename (dir, samples[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_file (loader, file, NULL, &error);
      ChronicleEventStore *store;

      g_test_message ("%s", samples[i].file);
      g_assert_no_error (error);
      store = chronicle_dataset_get_events (dataset);
      g_assert_cmpuint (chronicle_event_store_get_n_events (store), ==, samples[i].n_events);
      g_assert_cmpuint (chronicle_dataset_get_n_eras (dataset), ==, samples[i].n_eras);
      g_assert_cmpint (chronicle_event_get_start (chronicle_event_store_get_event (store, 0))->year, ==, samples[i].first_year);
      g_assert_nonnull (chronicle_dataset_get_title (dataset));

      for (guint j = 0; j < chronicle_event_store_get_n_events (store); j++)
        {
          const char *description = chronicle_event_get_description (chronicle_event_store_get_event (store, j));
          /* HTML never reaches the model. */
          g_assert_true (description == NULL || strchr (description, '<') == NULL);
        }
    }
}

static void
test_loader_html_to_text (void)
{
  static const struct { const char *html; const char *text; } cases[] = {
    { "plain", "plain" },
    { "<p>One</p><p>Two</p>", "One\n\nTwo" },
    { "a<br>b<br/>c", "a\nb\nc" },
    { "  lots \n of\t space  ", "lots of space" },
    { "&lt;b&gt; &amp; &quot;q&quot; &#233; &#x1F600;", "<b> & \"q\" é 😀" },
    { "<a href=\"x\">link</a> text", "link text" },
    { "an <i>inline</i> tag", "an inline tag" },
    { "<p> padded </p>", "padded" },
    { "&bogus; kept", "&bogus; kept" },
    /* A browser (so TimelineJS) takes a "<" before a letter as a tag even unclosed. */
    { "unclosed <tag", "unclosed" },
    { "5 < 6 and 7 > 3", "5 < 6 and 7 > 3" },
    { "<b>x</b> <3", "x <3" },
    { "a &&&& b &amp", "a &&&& b &amp" },
    { "far &amp;&#x41;&nbsp;x", "far &A x" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = _chronicle_html_to_text (cases[i].html);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_loader_check_output (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "bad-month.json", NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *one[] = { good, NULL };
  const char *both[] = { good, bad, NULL };
  const char *none[] = { NULL };
  g_autofree char *good_summary = NULL;
  g_autofree char *bad_line = NULL;

  g_assert_cmpint (chronicle_check_files (one, out), ==, 0);
  good_summary = g_strdup_printf ("%s: valid, 6 events, 2 warnings\n", good);
  g_assert_true (g_str_has_suffix (out->str, good_summary));

  g_string_truncate (out, 0);
  g_assert_cmpint (chronicle_check_files (both, out), ==, 1);
  bad_line = g_strdup_printf ("%s: events[1] \"biden-2023\": error: \"start\": \"2023-13-01\" is not a date (month 13)\n", bad);
  g_assert_nonnull (strstr (out->str, bad_line));
  g_assert_nonnull (strstr (out->str, "bad-month.json: invalid, 1 error\n"));

  g_string_truncate (out, 0);
  g_assert_cmpint (chronicle_check_files (none, out), ==, 2);
}

/* Inputs the fuzzer once broke Chronicle with: each must load or fail cleanly (the
 * sanitizer build of the suite also checks that nothing leaks). */
static void
test_loader_fuzz_regressions (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "fuzz", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  const char *name;
  guint n = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) load_error = NULL;
      g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_file (loader, file, NULL, &load_error);
      GPtrArray *diagnostics = chronicle_loader_get_diagnostics (loader);

      g_test_message ("%s", name);
      g_assert_true ((dataset == NULL) == (load_error != NULL));
      if (dataset == NULL)
        g_assert_cmpuint (diagnostics->len, >=, 1);
      n++;
    }
  g_assert_cmpuint (n, >=, 1);
}

static void
test_loader_scalar_root (void)
{
  /* json-glib 1.6 accepts this (and leaks the object); Chronicle refuses it. */
  const char *json = "\"text\" {\"events\": []}";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (json, "root.json", loader, &error);

  g_assert_null (dataset);
  g_assert_cmpstr (error->message, ==, "root.json:1:1: the file must hold one JSON object, not a string");
}

/* A level held "before" the data sorts first, whatever its place in the file, and is
 * marked as having no known start; a dated level keeps its date. */
static void
test_loader_level_before (void)
{
  const char *json =
    "{\"partners\": [{\"id\": \"us\", \"name\": \"US\", \"levels\": ["
    "  {\"level\": \"comprehensive strategic partnership\", \"since\": \"2023-09-10\"},"
    "  {\"level\": \"comprehensive partnership\", \"since\": \"before\"}]}],"
    " \"events\": [{\"id\": \"a\", \"start\": \"2021\", \"title\": \"A\", \"partners\": [\"us\"]}]}";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (json, "before.json", loader, &error);
  const ChroniclePartner *us;
  gint64 first_day, end_day;

  g_assert_no_error (error);
  g_assert_cmpuint (chronicle_dataset_get_warnings (dataset)->len, ==, 0);
  us = chronicle_dataset_find_partner (dataset, "us");
  g_assert_cmpuint (us->n_levels, ==, 2);
  g_assert_cmpstr (us->levels[0].level, ==, "comprehensive partnership");
  g_assert_true (us->levels[0].before_data);
  g_assert_false (us->levels[1].before_data);
  g_assert_cmpint (us->levels[1].since.year, ==, 2023);
  g_assert_cmpint (us->levels[1].since.day, ==, 10);
  /* Before the data means before its first event. */
  g_assert_true (chronicle_event_store_get_bounds (chronicle_dataset_get_events (dataset), &first_day, &end_day));
  g_assert_cmpint (chronicle_date_first_day (&us->levels[0].since), <, first_day);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* Only regular files are read: a device, a FIFO nobody writes to and a socket are
 * each refused at once, with the file named, never read until memory runs out or
 * waited on for ever. */
static void
test_loader_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-special-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *socket_path = g_build_filename (dir, "socket.json", NULL);
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  const char *paths[4];
  int sock;

  g_test_bug ("11");
  g_assert_nonnull (dir);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  sock = socket (AF_UNIX, SOCK_STREAM, 0);
  g_assert_cmpint (sock, >=, 0);
  g_assert_cmpuint (strlen (socket_path), <, sizeof address.sun_path);
  strcpy (address.sun_path, socket_path);
  g_assert_cmpint (bind (sock, (struct sockaddr *) &address, sizeof address), ==, 0);

  paths[0] = "/dev/zero";
  paths[1] = fifo;
  paths[2] = socket_path;
  paths[3] = NULL;
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(GError) load_error = NULL;
      g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_file (loader, file, NULL, &load_error);
      g_autofree char *want = g_strdup_printf ("%s: this is not a regular file", paths[i]);

      g_test_message ("%s: %s", paths[i], load_error ? load_error->message : "loaded");
      g_assert_null (dataset);
      g_assert_error (load_error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO);
      g_assert_true (g_str_has_prefix (load_error->message, want));
      g_assert_cmpuint (chronicle_loader_get_diagnostics (loader)->len, ==, 1);
    }

  close (sock);
  g_unlink (socket_path);
  g_unlink (fifo);
  g_rmdir (dir);
}

/* A surrogate pair is one character; only an unpaired half is refused. */
static void
test_loader_surrogate_pair (void)
{
  const char *json = "{\"events\": [{\"id\": \"a\", \"start\": \"2023\", \"title\": \"x\\ud83d\\ude00y\\u00e9\"}]}";
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = test_load_text (json, "pair.json", loader, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (chronicle_event_get_title (chronicle_event_store_get_event (chronicle_dataset_get_events (dataset), 0)),
                   ==, "x\xF0\x9F\x98\x80y\xC3\xA9");
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* Warnings are kept up to a limit, then counted: they never crowd out an error. */
static void
test_loader_many_warnings (void)
{
  g_autoptr(GString) json = g_string_new ("{\"events\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = NULL;
  GPtrArray *warnings;
  g_autofree char *last = NULL;

  g_test_bug ("11");
  for (guint i = 0; i < 250; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"start\": \"2023\", \"title\": \"T\", \"x\": 1}",
                            i > 0 ? "," : "", i);
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  dataset = chronicle_loader_load_bytes (loader, bytes, "warn.json", NULL, &error);

  g_assert_no_error (error);
  warnings = chronicle_dataset_get_warnings (dataset);
  g_assert_cmpuint (warnings->len, ==, CHRONICLE_LOADER_MAX_ERRORS + 1);
  last = chronicle_diagnostic_to_string (g_ptr_array_index (warnings, warnings->len - 1));
  g_assert_cmpstr (last, ==, "warn.json: warning: 150 more warnings not listed");
  g_assert_cmpuint (chronicle_loader_get_n_warnings (loader), ==, 250);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* A file name or an id with a newline cannot split a diagnostic or fake one: every
 * line of --check names the file the same way, escaped. */
static void
test_loader_check_escapes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-check-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a\nb.json: error: fake", NULL);
  g_autofree char *escaped = NULL;
  const char *json = "{\"events\": [{\"id\": \"x\\ny\", \"start\": \"2023\", \"oops\": 1}]}";
  const char *paths[2] = { path, NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_test_bug ("11");
  g_assert_true (g_file_set_contents (path, json, -1, &error));
  g_assert_no_error (error);

  g_assert_cmpint (chronicle_check_files (paths, out), ==, 1);
  escaped = g_strdup_printf ("%s/a\\nb.json: error: fake", dir);
  lines = g_strsplit (out->str, "\n", -1);
  /* A warning, an error, the summary, and the empty string after the last newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[0], escaped));
  for (guint i = 0; i < 3; i++)
    g_assert_true (g_str_has_prefix (lines[i], escaped));
  g_assert_nonnull (strstr (lines[0], "events[0] \"x\\ny\": error: \"title\" is missing"));
  g_assert_cmpstr (lines[2] + strlen (escaped), ==, ": invalid, 1 error, 1 warning");

  g_unlink (path);
  g_rmdir (dir);
}

/* A dataset may name where its timeline opens ("view"), as precise as its dates; a view
 * that ends before it starts is an error with its place. */
static void
test_loader_view (void)
{
  const char *good = "{\"view\": {\"start\": \"2021\", \"end\": \"2023-06\"},"
                     " \"events\": [{\"id\": \"a\", \"start\": \"2015\", \"title\": \"A\"}]}";
  const char *bad = "{\"view\": {\"start\": \"2023\", \"end\": \"2021\"},"
                    " \"events\": [{\"id\": \"a\", \"start\": \"2015\", \"title\": \"A\"}]}";
  g_autoptr(GBytes) good_bytes = g_bytes_new_static (good, strlen (good));
  g_autoptr(GBytes) bad_bytes = g_bytes_new_static (bad, strlen (bad));
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_bytes (loader, good_bytes, "view.json", NULL, &error);
  g_autoptr(ChronicleDataset) refused = NULL;
  gint64 first, end;

  g_assert_no_error (error);
  g_assert_true (chronicle_dataset_get_view (dataset, &first, &end));
  g_assert_cmpint (first, ==, chronicle_days_from_civil (2021, 1, 1));
  g_assert_cmpint (end, ==, chronicle_days_from_civil (2023, 7, 1));
  g_assert_finalize_object (g_steal_pointer (&dataset));

  refused = chronicle_loader_load_bytes (loader, bad_bytes, "view.json", NULL, &error);
  g_assert_null (refused);
  g_assert_nonnull (strstr (error->message, "view"));
  g_assert_nonnull (strstr (error->message, "\"end\" (2021) is before \"start\" (2023)"));
}

/* An event whose kind "kinds" does not define keeps its kind: a lane and a filter of
 * its own under that name (the warning says so, where it is), not a lane the filters
 * cannot reach. */
static void
test_loader_unknown_kind (void)
{
  static const char json[] =
    "{\"kinds\": [{\"id\": \"visit\", \"label\": \"Visit\"}],\n"
    " \"events\": [{\"id\": \"a\", \"kind\": \"visit\", \"title\": \"A\", \"start\": \"2020\"},\n"
    "  {\"id\": \"b\", \"kind\": \"banquet\", \"title\": \"B\", \"start\": \"2021\"},\n"
    "  {\"id\": \"c\", \"kind\": \"banquet\", \"title\": \"C\", \"start\": \"2022\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_bytes (loader, bytes, "kinds.json", NULL, &error);
  const ChronicleKind *kind;
  GPtrArray *warnings;
  g_autofree char *first = NULL;
  guint banquets = 0;

  g_assert_no_error (error);
  kind = chronicle_dataset_find_kind (dataset, "banquet");
  g_assert_nonnull (kind);
  g_assert_cmpstr (kind->label, ==, "banquet");
  for (guint i = 0; i < chronicle_dataset_get_n_kinds (dataset); i++)
    banquets += g_str_equal (chronicle_dataset_get_kind (dataset, i)->id, "banquet");
  g_assert_cmpuint (banquets, ==, 1);
  warnings = chronicle_dataset_get_warnings (dataset);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 2);
  first = chronicle_diagnostic_to_string (g_ptr_array_index (warnings, 0));
  g_assert_nonnull (strstr (first, "events[1]"));
  g_assert_nonnull (strstr (first, "unknown kind \"banquet\": it gets a lane and a filter of its own"));
}

/* `--check`'s summary of a file with errors counts its warnings too. */
static void
test_loader_check_counts_warnings (void)
{
  static const char json[] =
    "{\"kinds\": [{\"id\": \"v\", \"label\": \"V\"}],\n"
    " \"events\": [{\"id\": \"a\", \"kind\": \"v\", \"title\": \"A\", \"start\": \"2020\"},\n"
    "  {\"id\": \"b\", \"kind\": \"x\", \"title\": \"B\", \"start\": \"2021\"},\n"
    "  {\"id\": \"c\", \"kind\": \"v\", \"title\": \"C\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *path = NULL;
  const char *paths[2] = { NULL, NULL };
  int fd = g_file_open_tmp ("chronicle-check-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, json, -1, &error));
  paths[0] = path;
  g_assert_cmpint (chronicle_check_files (paths, out), ==, 1);
  g_assert_nonnull (strstr (out->str, ": invalid, 1 error, 1 warning\n"));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  main_thread = g_thread_self ();

  g_test_add_func ("/chronicle/loader/good", test_loader_good);
  g_test_add_func ("/chronicle/loader/unknown-kind", test_loader_unknown_kind);
  g_test_add_func ("/chronicle/loader/check-counts-warnings", test_loader_check_counts_warnings);
  g_test_add_func ("/chronicle/loader/bad-corpus", test_loader_bad_corpus);
  g_test_add_func ("/chronicle/loader/error-summary", test_loader_error_summary);
  g_test_add_func ("/chronicle/loader/bad-events-among-good", test_loader_bad_events_among_good);
  g_test_add_func ("/chronicle/loader/all-events-bad", test_loader_all_events_bad);
  g_test_add_func ("/chronicle/loader/link-forms", test_loader_link_forms);
  g_test_add_func ("/chronicle/loader/dataset-error-refuses", test_loader_dataset_error_refuses);
  g_test_add_func ("/chronicle/loader/bom", test_loader_bom);
  g_test_add_func ("/chronicle/loader/async", test_loader_async);
  g_test_add_func ("/chronicle/loader/async-error", test_loader_async_error);
  g_test_add_func ("/chronicle/loader/bytes-async", test_loader_bytes_async);
  g_test_add_func ("/chronicle/loader/cancel", test_loader_cancel);
  g_test_add_func ("/chronicle/loader/progress-on-main-thread", test_loader_progress_on_main_thread);
  g_test_add_func ("/chronicle/loader/timelinejs-own", test_loader_timelinejs_own);
  g_test_add_func ("/chronicle/loader/timelinejs-upstream", test_loader_timelinejs_upstream);
  g_test_add_func ("/chronicle/loader/html-to-text", test_loader_html_to_text);
  g_test_add_func ("/chronicle/loader/check-output", test_loader_check_output);
  g_test_add_func ("/chronicle/loader/fuzz-regressions", test_loader_fuzz_regressions);
  g_test_add_func ("/chronicle/loader/scalar-root", test_loader_scalar_root);
  g_test_add_func ("/chronicle/loader/level-before", test_loader_level_before);
  g_test_add_func ("/chronicle/loader/view", test_loader_view);
  g_test_add_func ("/chronicle/loader/special-files", test_loader_special_files);
  g_test_add_func ("/chronicle/loader/surrogate-pair", test_loader_surrogate_pair);
  g_test_add_func ("/chronicle/loader/many-warnings", test_loader_many_warnings);
  g_test_add_func ("/chronicle/loader/check-escapes", test_loader_check_escapes);

  return g_test_run ();
}
