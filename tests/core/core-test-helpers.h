/* core-test-helpers.h — what the model's tests share: opening test files and text,
 * and finding diagnostics and events in what was opened.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-loader.h"

#include <gio/gio.h>

G_BEGIN_DECLS

/* chronicle_dataset_write_csv() or chronicle_dataset_write_json(). */
typedef gboolean (*TestWriteFunc) (ChronicleDataset *dataset,
                                   GOutputStream    *stream,
                                   GCancellable     *cancellable,
                                   GError          **error);

ChronicleDataset *test_load_file       (const char        *path,
                                        ChronicleLoader   *loader,
                                        GError           **error);
ChronicleDataset *test_load_fixture    (const char        *name,
                                        ChronicleLoader   *loader,
                                        GError           **error);
ChronicleDataset *test_load_fixture_ok (const char        *name);
ChronicleDataset *test_load_path_ok    (const char        *path);
ChronicleDataset *test_load_text       (const char        *text,
                                        const char        *name,
                                        ChronicleLoader   *loader,
                                        GError           **error);
char             *test_find_diagnostic (GPtrArray         *diagnostics,
                                        const char        *needle);
gboolean          test_has_diagnostic  (GPtrArray         *diagnostics,
                                        const char        *line);
void              test_add_upstream_samples (GPtrArray    *paths);
ChronicleDataset *test_write_and_open  (ChronicleDataset  *dataset,
                                        TestWriteFunc      write,
                                        const char        *name,
                                        char             **text);
ChronicleEvent   *test_find_event      (ChronicleDataset  *dataset,
                                        const char        *id);

G_END_DECLS
