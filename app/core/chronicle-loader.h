/* chronicle-loader.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "chronicle-dataset.h"
#include "chronicle-diagnostic.h"

G_BEGIN_DECLS

#define CHRONICLE_LOAD_ERROR (chronicle_load_error_quark ())

typedef enum
{
  CHRONICLE_LOAD_ERROR_IO,
  CHRONICLE_LOAD_ERROR_TOO_LARGE,
  CHRONICLE_LOAD_ERROR_ENCODING,
  CHRONICLE_LOAD_ERROR_SYNTAX,
  CHRONICLE_LOAD_ERROR_INVALID,   /* wrong types, bad dates, dangling references… */
} ChronicleLoadError;

typedef enum
{
  CHRONICLE_LOAD_STAGE_READING,
  CHRONICLE_LOAD_STAGE_PARSING,
  CHRONICLE_LOAD_STAGE_BUILDING,
  CHRONICLE_LOAD_STAGE_DONE,
} ChronicleLoadStage;

/* Files larger than this are refused before they are read. */
#define CHRONICLE_LOADER_MAX_SIZE (G_GUINT64_CONSTANT (1) << 30)
/* Deeper JSON nesting than this is refused (json-glib recurses per level). */
#define CHRONICLE_LOADER_MAX_DEPTH 256
/* Loading stops after this many errors. */
#define CHRONICLE_LOADER_MAX_ERRORS 100

#define CHRONICLE_TYPE_LOADER (chronicle_loader_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleLoader, chronicle_loader, CHRONICLE, LOADER, GObject)

GQuark            chronicle_load_error_quark        (void);
ChronicleLoader  *chronicle_loader_new              (void);
ChronicleDataset *chronicle_loader_load_bytes       (ChronicleLoader      *self,
                                                     GBytes               *bytes,
                                                     const char           *display_name,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
ChronicleDataset *chronicle_loader_load_file        (ChronicleLoader      *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
void              chronicle_loader_load_file_async  (ChronicleLoader      *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
void              chronicle_loader_load_bytes_async (ChronicleLoader      *self,
                                                     GBytes               *bytes,
                                                     const char           *display_name,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
ChronicleDataset *chronicle_loader_load_file_finish (ChronicleLoader      *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
GPtrArray        *chronicle_loader_get_diagnostics  (ChronicleLoader      *self);
guint             chronicle_loader_get_n_errors     (ChronicleLoader      *self);
guint             chronicle_loader_get_n_warnings   (ChronicleLoader      *self);

G_END_DECLS
