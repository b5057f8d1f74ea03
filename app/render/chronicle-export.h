/* chronicle-export.h — timelines to PNG, SVG, PDF and paper.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <gtk/gtk.h>

#include "chronicle-dataset.h"
#include "chronicle-lane-layout.h"

G_BEGIN_DECLS

#define CHRONICLE_EXPORT_ERROR (chronicle_export_error_quark ())

typedef enum
{
  CHRONICLE_EXPORT_ERROR_TOO_SMALL,   /* the rows do not fit the size at a readable size */
  CHRONICLE_EXPORT_ERROR_NO_EVENTS,   /* the range has no event the filter keeps */
} ChronicleExportError;

GQuark chronicle_export_error_quark (void);

typedef enum
{
  CHRONICLE_EXPORT_PNG,
  CHRONICLE_EXPORT_SVG,
  CHRONICLE_EXPORT_PDF,
} ChronicleExportFormat;

typedef enum
{
  CHRONICLE_EXPORT_SCREEN,      /* 1920 × 1080 */
  CHRONICLE_EXPORT_A4,          /* landscape */
  CHRONICLE_EXPORT_A3,          /* landscape */
} ChronicleExportSize;

/**
 * ChronicleExportOptions:
 * @dataset: what to draw
 * @mask: (nullable): one byte per event, the filter's; non-matching events are left out
 * @group_by: lanes by kind or by partner
 * @first_day: the first day drawn
 * @end_day: the day past the last one drawn
 * @language: (nullable): the dataset translation to use ("vi")
 */
typedef struct
{
  ChronicleDataset *dataset;
  const guint8     *mask;
  ChronicleGroupBy  group_by;
  double            first_day;
  double            end_day;
  const char       *language;
} ChronicleExportOptions;

void     chronicle_export_size     (ChronicleExportSize           size,
                                    ChronicleExportFormat         format,
                                    double                       *width,
                                    double                       *height);
gboolean chronicle_export_check_events (const ChronicleExportOptions *options,
                                        GError                      **error);
gboolean chronicle_export_to_file  (const ChronicleExportOptions *options,
                                    ChronicleExportFormat         format,
                                    ChronicleExportSize           size,
                                    const char                   *path,
                                    GError                      **error);
gboolean chronicle_export_to_file_sized (const ChronicleExportOptions *options,
                                         ChronicleExportFormat         format,
                                         double                        width,
                                         double                        height,
                                         const char                   *path,
                                         GError                      **error);

guint              chronicle_export_paginate            (const ChronicleExportOptions *options,
                                                         GArray                       *pages);
GtkPrintOperation *chronicle_export_print_operation_new (const ChronicleExportOptions *options);

G_END_DECLS
