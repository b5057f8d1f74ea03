/* chronicle-dataset-window.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "chronicle-dataset.h"

G_BEGIN_DECLS

GtkWindow *chronicle_dataset_window_new (GtkWindow        *parent,
                                         ChronicleDataset *dataset,
                                         const char       *language,
                                         GFile            *data_file);

G_END_DECLS
