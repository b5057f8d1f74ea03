/* fuzz-loader.c — libFuzzer target for the loader and everything it feeds.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build and run: see "Fuzzing" in README.md.
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "chronicle-filter.h"
#include "chronicle-lane-layout.h"
#include "chronicle-loader.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A failed precondition inside Chronicle is a bug the fuzzer should report. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(ChronicleDataset) dataset = NULL;
  GPtrArray *diagnostics;

  dataset = chronicle_loader_load_bytes (loader, bytes, "fuzz.json", NULL, NULL);

  /* Every message formats as one line of valid UTF-8 (it goes to toasts and labels). */
  diagnostics = chronicle_loader_get_diagnostics (loader);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = chronicle_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      g_autofree char *described = chronicle_diagnostic_describe (g_ptr_array_index (diagnostics, i));

      g_assert (g_utf8_validate (line, -1, NULL) && strchr (line, '\n') == NULL);
      g_assert (g_utf8_validate (described, -1, NULL));
    }
  g_assert ((dataset == NULL) == (chronicle_loader_get_n_errors (loader) > 0));

  if (dataset != NULL)
    {
      ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
      guint n = chronicle_event_store_get_n_events (store);
      g_autofree guint8 *mask = g_new0 (guint8, MAX (n, 1));
      g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();
      g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
      g_autoptr(GHashTable) counts = NULL;

      /* What the window does with a loaded file: filter, count, lay out. */
      chronicle_filter_set_text (filter, "a");
      chronicle_filter_apply (filter, store, mask);
      counts = chronicle_filter_count_kinds (filter, store);
      chronicle_lane_layout_compute (layout, dataset, mask, CHRONICLE_GROUP_BY_KIND, 3);
      chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_PARTNER, 1);

      for (guint i = 0; i < n; i++)
        {
          ChronicleEvent *event = chronicle_event_store_get_event (store, i);
          g_autofree char *start = chronicle_date_to_string (chronicle_event_get_start (event));

          g_assert (start != NULL && chronicle_event_get_title (event) != NULL);
          g_assert (g_utf8_validate (chronicle_event_get_title (event), -1, NULL));
          g_assert (chronicle_event_get_end_day (event) > chronicle_event_get_first_day (event));
          chronicle_event_get_translated (event, "vi", "description");
        }
    }

  return 0;
}
