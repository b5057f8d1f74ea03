/* chronicle-writer-private.h — what the two writers (chronicle-writer.c for
 * Chronicle JSON, chronicle-writer-csv.c for the spreadsheet template) share.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "chronicle-dataset.h"

G_BEGIN_DECLS

gboolean   _chronicle_writer_write_all            (GOutputStream     *stream,
                                                   GString           *text,
                                                   GCancellable      *cancellable,
                                                   GError           **error);
GPtrArray *_chronicle_writer_events_in_file_order (ChronicleDataset  *dataset);

G_END_DECLS
