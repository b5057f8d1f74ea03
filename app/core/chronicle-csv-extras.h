/* chronicle-csv-extras.h — Chronicle's own spreadsheet columns (Place, People,
 * Partners, Sources): their escaping rule, read and written in one place.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-builder.h"
#include "chronicle-dataset.h"
#include "chronicle-event.h"

G_BEGIN_DECLS

typedef struct _ChronicleCsvExtras ChronicleCsvExtras;

/* The cells of one row, as the header names their columns. */
typedef struct
{
  guint       row;              /* the spreadsheet row, from 1 */
  const char *place;            /* (nullable) each cell's text */
  const char *people;
  const char *partners;
  const char *sources;
  const char *sources_column;   /* the Sources column's name as the header writes it */
} ChronicleCsvExtraCells;

ChronicleCsvExtras *_chronicle_csv_extras_new   (void);
void                _chronicle_csv_extras_free  (ChronicleCsvExtras           *self);
void                _chronicle_csv_extras_read  (ChronicleCsvExtras           *self,
                                                 ChronicleBuilder             *b,
                                                 ChronicleEvent               *event,
                                                 const ChronicleCsvExtraCells *cells);

char               *_chronicle_csv_list_cell    (const char * const           *names);
void                _chronicle_csv_append_source (GString                     *cell,
                                                 const ChronicleDocument      *document,
                                                 const char                   *quote);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChronicleCsvExtras, _chronicle_csv_extras_free)

G_END_DECLS
