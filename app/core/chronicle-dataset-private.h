/* chronicle-dataset-private.h — how the loader fills a dataset.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-dataset.h"

G_BEGIN_DECLS

ChronicleDataset *_chronicle_dataset_new            (void);
const char       *_chronicle_dataset_intern         (ChronicleDataset *self,
                                                     const char       *text);
void              _chronicle_dataset_set_view       (ChronicleDataset    *self,
                                                     const ChronicleDate *start,
                                                     const ChronicleDate *end);
void              _chronicle_dataset_set_info       (ChronicleDataset *self,
                                                     const char       *title,
                                                     const char       *description,
                                                     const char       *language,
                                                     const char       *source_format);
GArray           *_chronicle_dataset_get_documents  (ChronicleDataset *self);
GArray           *_chronicle_dataset_get_kinds      (ChronicleDataset *self);
GArray           *_chronicle_dataset_get_partners   (ChronicleDataset *self);
GArray           *_chronicle_dataset_get_eras       (ChronicleDataset *self);
GArray           *_chronicle_dataset_get_figures    (ChronicleDataset *self);
void              _chronicle_dataset_add_media      (ChronicleDataset     *self,
                                                     const ChronicleMedia *media);
void              _chronicle_dataset_set_background (ChronicleDataset *self,
                                                     const char       *color,
                                                     const char       *url);
void              _chronicle_dataset_add_builtin_kinds (ChronicleDataset *self);
void              _chronicle_dataset_add_translation (ChronicleDataset *self,
                                                     const char       *owner,
                                                     const char       *language,
                                                     const char       *field,
                                                     const char       *value);
void              _chronicle_dataset_take_events    (ChronicleDataset    *self,
                                                     ChronicleEventStore *events);
void              _chronicle_dataset_take_warnings  (ChronicleDataset *self,
                                                     GPtrArray        *warnings);
void              _chronicle_dataset_index          (ChronicleDataset *self);

G_END_DECLS
