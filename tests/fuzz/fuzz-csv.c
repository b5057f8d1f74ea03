/* fuzz-csv.c — libFuzzer target for the spreadsheet reader, the HTML reader and the writers.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build as fuzz-loader is built (see "Fuzzing" in README.md), then:
 *   ninja -C build-fuzz tests/fuzz/fuzz-csv
 *   mkdir -p corpus-csv
 *   for f in tests/data/sheet-template.csv tests/data/sheet-reordered.csv; do
 *     (printf 'S'; cat "$f") > "corpus-csv/$(basename "$f")"; done
 *   printf '%s' 'H<p>a <a href="https://x.org">b</a> &amp; c < d</p>' > corpus-csv/html
 *   G_SLICE=always-malloc build-fuzz/tests/fuzz/fuzz-csv -dict=tests/fuzz/csv.dict \
 *     -max_len=16384 -timeout=10 corpus-csv
 *
 * The first byte picks what the rest is: "H", TimelineJS HTML, turned into plain text;
 * anything else, a spreadsheet, which is loaded, written as a spreadsheet and as
 * Chronicle JSON, and each loaded again (they must load, with the same number of events).
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "chronicle-html-text.h"
#include "chronicle-loader.h"
#include "chronicle-writer.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef gboolean (*WriteFunc) (ChronicleDataset *, GOutputStream *, GCancellable *, GError **);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A failed precondition inside Chronicle is a bug the fuzzer should report. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
write_and_reload (ChronicleDataset *dataset,
                  WriteFunc         write,
                  const char       *name)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) again = NULL;

  if (!write (dataset, stream, NULL, &error))
    g_error ("writing failed: %s", error->message);
  g_output_stream_close (stream, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  again = chronicle_loader_load_bytes (loader, bytes, name, NULL, &error);
  if (again == NULL)
    g_error ("%s does not load again: %s", name, error->message);
  if (chronicle_event_store_get_n_events (chronicle_dataset_get_events (again)) !=
      chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)))
    g_error ("%s loads again with another number of events", name);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  if (size == 0)
    return 0;

  if (data[0] != 'H')
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (data + 1, size - 1);
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(ChronicleDataset) dataset = NULL;
      GPtrArray *diagnostics;

      dataset = chronicle_loader_load_bytes (loader, bytes, "fuzz.csv", NULL, NULL);
      diagnostics = chronicle_loader_get_diagnostics (loader);
      for (guint i = 0; i < diagnostics->len; i++)
        g_free (chronicle_diagnostic_to_string (g_ptr_array_index (diagnostics, i)));
      if (dataset != NULL)
        {
          write_and_reload (dataset, chronicle_dataset_write_csv, "again.csv");
          write_and_reload (dataset, chronicle_dataset_write_json, "again.json");
        }
    }
  else
    {
      g_autofree char *html = g_strndup ((const char *) data + 1, size - 1);
      g_autoptr(GPtrArray) links = NULL;
      g_autofree char *text = NULL;

      if (!g_utf8_validate (html, -1, NULL))
        return 0;
      text = chronicle_html_text_parse (html, &links);
      g_assert (g_utf8_validate (text, -1, NULL));
      for (guint i = 0; i < links->len; i++)
        g_assert (((ChronicleHtmlLink *) g_ptr_array_index (links, i))->url != NULL);
    }

  return 0;
}
