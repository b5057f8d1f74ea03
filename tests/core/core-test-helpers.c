/* core-test-helpers.c — what the model's tests share (see core-test-helpers.h).
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "core-test-helpers.h"

/* Opens @path with @loader (NULL: a loader of its own). */
ChronicleDataset *
test_load_file (const char       *path,
                ChronicleLoader  *loader,
                GError          **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) own = loader == NULL ? chronicle_loader_new () : NULL;

  return chronicle_loader_load_file (loader != NULL ? loader : own, file, NULL, error);
}

/* Opens tests/data/@name. */
ChronicleDataset *
test_load_fixture (const char       *name,
                   ChronicleLoader  *loader,
                   GError          **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return test_load_file (path, loader, error);
}

/* Opens @path, which must open. */
ChronicleDataset *
test_load_path_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = test_load_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

/* Opens tests/data/@name, which must open. */
ChronicleDataset *
test_load_fixture_ok (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return test_load_path_ok (path);
}

/* Opens @text as a file called @name would be opened. */
ChronicleDataset *
test_load_text (const char       *text,
                const char       *name,
                ChronicleLoader  *loader,
                GError          **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(ChronicleLoader) own = loader == NULL ? chronicle_loader_new () : NULL;

  return chronicle_loader_load_bytes (loader != NULL ? loader : own, bytes, name, NULL, error);
}

/* The first diagnostic line that contains @needle (free it), or NULL. */
char *
test_find_diagnostic (GPtrArray  *diagnostics,
                      const char *needle)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      char *line = chronicle_diagnostic_to_string (g_ptr_array_index (diagnostics, i));

      if (strstr (line, needle) != NULL)
        return line;
      g_free (line);
    }
  return NULL;
}

/* Whether one diagnostic line is @line exactly; the others go to the test log. */
gboolean
test_has_diagnostic (GPtrArray  *diagnostics,
                     const char *line)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *text = chronicle_diagnostic_to_string (g_ptr_array_index (diagnostics, i));

      if (g_str_equal (text, line))
        return TRUE;
      g_test_message ("diagnostic: %s", text);
    }
  return FALSE;
}

/* The event with @id, which must be there. */
ChronicleEvent *
test_find_event (ChronicleDataset *dataset,
                 const char       *id)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  guint position;

  if (!chronicle_event_store_find (store, id, &position))
    g_error ("no event \"%s\"", id);
  return chronicle_event_store_get_event (store, position);
}

/* Adds to @paths the upstream TimelineJS samples that are there (../shared/timelinejs-samples,
 * read where they are, never copied into the project). */
void
test_add_upstream_samples (GPtrArray *paths)
{
  static const char * const samples[] = { "cosmo.json", "eras.json", "women_in_computing.json" };
  const char *shared = g_getenv ("CHRONICLE_SHARED_DIR");

  for (guint i = 0; shared != NULL && i < G_N_ELEMENTS (samples); i++)
    {
      char *path = g_build_filename (shared, "timelinejs-samples", samples[i], NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        g_ptr_array_add (paths, path);
      else
        g_free (path);
    }
}

/* Writes @dataset with @write and opens the result as a file named @name; with
 * @text, also what was written. */
ChronicleDataset *
test_write_and_open (ChronicleDataset *dataset,
                     TestWriteFunc     write,
                     const char       *name,
                     char            **text)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ChronicleDataset *again;

  g_assert_true (write (dataset, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  if (text != NULL)
    *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  again = chronicle_loader_load_bytes (loader, bytes, name, NULL, &error);
  g_assert_no_error (error);
  return again;
}
