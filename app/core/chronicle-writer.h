/* chronicle-writer.h — a dataset written out as a TimelineJS spreadsheet or Chronicle JSON.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "chronicle-dataset.h"

G_BEGIN_DECLS

gboolean chronicle_dataset_write_csv  (ChronicleDataset  *dataset,
                                       GOutputStream     *stream,
                                       GCancellable      *cancellable,
                                       GError           **error);
gboolean chronicle_dataset_write_json (ChronicleDataset  *dataset,
                                       GOutputStream     *stream,
                                       GCancellable      *cancellable,
                                       GError           **error);

G_END_DECLS
