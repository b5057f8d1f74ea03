/* chronicle-csv-reader.h — TimelineJS's spreadsheet template, read with libcsv.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-builder.h"

G_BEGIN_DECLS

gboolean          _chronicle_csv_detect          (const char       *data,
                                                  gsize             size,
                                                  const char       *display_name);
ChronicleDataset *_chronicle_csv_load            (ChronicleBuilder *b,
                                                  const char       *data,
                                                  gsize             size);
gboolean          _chronicle_csv_decode          (ChronicleBuilder *b,
                                                  const char       *data,
                                                  gsize             size,
                                                  char            **converted,
                                                  gsize            *converted_size);
gboolean          _chronicle_report_not_json     (ChronicleBuilder *b,
                                                  const char       *data,
                                                  gsize             size);
char              _chronicle_csv_guess_delimiter (const char       *data,
                                                  gsize             size);

G_END_DECLS
