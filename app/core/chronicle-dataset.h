/* chronicle-dataset.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "chronicle-date.h"
#include "chronicle-event-store.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_DATASET (chronicle_dataset_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleDataset, chronicle_dataset, CHRONICLE, DATASET, GObject)

/* The parts of a dataset besides its events. They live as long as the dataset and
 * every string in them is borrowed from it. */

typedef struct
{
  const char *id;
  const char *title;
  const char *publisher;
  const char *date;
  const char *url;
  const char *file;   /* the name of a local copy of the text, for checking quotes */
} ChronicleDocument;

typedef struct
{
  const char *id;
  const char *label;
  const char *color;   /* "#rrggbb", or NULL for the built-in palette */
  const char *shape;   /* circle, square, diamond, triangle, star, hexagon, bar */
} ChronicleKind;

typedef struct
{
  const char    *level;
  ChronicleDate  since;        /* with before_data, the earliest date there is, so it sorts first */
  gboolean       before_data;  /* "since": "before": held before the data begins, from a date
                                * the sources do not give */
} ChronicleLevel;

typedef struct
{
  const char     *id;
  const char     *name;
  ChronicleLevel *levels;  /* sorted by since */
  guint           n_levels;
} ChroniclePartner;

typedef struct
{
  const char    *title;
  ChronicleDate  start;
  ChronicleDate  end;
} ChronicleEra;

typedef struct
{
  const char *document;
  const char *quote;
} ChronicleFigureSource;

typedef struct
{
  const char            *id;
  const char            *label;
  const char            *value;
  const char            *as_of;
  const char            *note;
  ChronicleFigureSource *sources;
  guint                  n_sources;
} ChronicleFigure;

/* A text the file translates: @owner is "dataset", "kind/ID", "partner/ID",
 * "figure/ID", "era/N" or "level/NAME"; @field its member ("title", "label"…). */
typedef struct
{
  const char *owner;
  const char *language;
  const char *field;
  const char *value;
} ChronicleTranslation;

ChronicleEventStore     *chronicle_dataset_get_events     (ChronicleDataset *self);
const char              *chronicle_dataset_get_title      (ChronicleDataset *self);
gboolean                 chronicle_dataset_get_view       (ChronicleDataset *self,
                                                           gint64           *first_day,
                                                           gint64           *end_day);
gboolean                 chronicle_dataset_get_view_dates (ChronicleDataset *self,
                                                           ChronicleDate    *start,
                                                           ChronicleDate    *end);
const char              *chronicle_dataset_get_description (ChronicleDataset *self);
const char              *chronicle_dataset_get_language   (ChronicleDataset *self);
const char              *chronicle_dataset_get_source_format (ChronicleDataset *self);
guint                    chronicle_dataset_get_n_documents (ChronicleDataset *self);
const ChronicleDocument *chronicle_dataset_get_document   (ChronicleDataset *self,
                                                           guint             i);
const ChronicleDocument *chronicle_dataset_find_document  (ChronicleDataset *self,
                                                           const char       *id);
guint                    chronicle_dataset_get_n_kinds    (ChronicleDataset *self);
const ChronicleKind     *chronicle_dataset_get_kind       (ChronicleDataset *self,
                                                           guint             i);
const ChronicleKind     *chronicle_dataset_find_kind      (ChronicleDataset *self,
                                                           const char       *id);
guint                    chronicle_dataset_get_n_partners (ChronicleDataset *self);
const ChroniclePartner  *chronicle_dataset_get_partner    (ChronicleDataset *self,
                                                           guint             i);
const ChroniclePartner  *chronicle_dataset_find_partner   (ChronicleDataset *self,
                                                           const char       *id);
guint                    chronicle_dataset_get_n_eras     (ChronicleDataset *self);
const ChronicleEra      *chronicle_dataset_get_era        (ChronicleDataset *self,
                                                           guint             i);
const char              *chronicle_dataset_get_era_title  (ChronicleDataset *self,
                                                           guint             i,
                                                           const char       *language);
guint                    chronicle_dataset_get_n_media    (ChronicleDataset *self);
const ChronicleMedia    *chronicle_dataset_get_media      (ChronicleDataset *self,
                                                           guint             i);
const ChronicleBackground *chronicle_dataset_get_background (ChronicleDataset *self);
guint                    chronicle_dataset_get_n_figures  (ChronicleDataset *self);
const ChronicleFigure   *chronicle_dataset_get_figure     (ChronicleDataset *self,
                                                           guint             i);
const char              *chronicle_dataset_translate      (ChronicleDataset *self,
                                                           const char       *owner,
                                                           const char       *language,
                                                           const char       *field,
                                                           const char       *fallback);
const char              *chronicle_dataset_translate_level (ChronicleDataset *self,
                                                            const char       *language,
                                                            const char       *level);
GPtrArray               *chronicle_dataset_get_warnings   (ChronicleDataset *self);
guint                    chronicle_dataset_get_n_translations (ChronicleDataset *self);
const ChronicleTranslation *chronicle_dataset_get_translation (ChronicleDataset *self,
                                                              guint             i);
gboolean                 chronicle_dataset_is_builtin_kind (ChronicleDataset    *self,
                                                            const ChronicleKind *kind);

G_END_DECLS
