/* chronicle-loader-private.h — the state shared by the loader and the TimelineJS importer.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "chronicle-dataset-private.h"
#include "chronicle-event-private.h"
#include "chronicle-loader.h"

G_BEGIN_DECLS

/* A place in the document, formatted only when something is reported there:
 * `events[12] "biden-2023"`, `partners[2]`, `events`. */
typedef struct
{
  const char *section;
  int         index;     /* -1: the section itself */
  const char *id;        /* nullable */
} ChronicleJsonPlace;

typedef struct _ChronicleBuilder ChronicleBuilder;

struct _ChronicleBuilder
{
  ChronicleDataset *dataset;
  GPtrArray        *diagnostics;
  guint             n_errors;
  guint             n_warnings;  /* all of them; only the first CHRONICLE_BUILDER_MAX_ERRORS are kept */
  const char       *display_name;
  ChronicleStringPool *pool;     /* every event string of this load */
  GCancellable     *cancellable;
  GHashTable       *group_kinds; /* TimelineJS: group → kind id, both in the dataset */
  void            (*progress) (ChronicleBuilder *builder, ChronicleLoadStage stage, guint done, guint total);
  gpointer          progress_data;
};

#define CHRONICLE_BUILDER_MAX_ERRORS CHRONICLE_LOADER_MAX_ERRORS

void        _chronicle_builder_report        (ChronicleBuilder         *b,
                                              ChronicleSeverity         severity,
                                              const ChronicleJsonPlace *place,
                                              const char               *format,
                                              ...) G_GNUC_PRINTF (4, 5);
const char *_chronicle_builder_intern        (ChronicleBuilder         *b,
                                              const char               *text);
const char *_chronicle_builder_text          (ChronicleBuilder         *b,
                                              const char               *text);
const char *_chronicle_json_type_name        (JsonNode                 *node);
gboolean    _chronicle_builder_cancelled     (ChronicleBuilder         *b);

/* A set of member names a JSON object may have, hashed once on first use. */
typedef struct
{
  const char * const *names;
  gsize               set;
} ChronicleKnownMembers;

#define CHRONICLE_KNOWN_MEMBERS(var, ...) \
  static const char * const var##_names[] = { __VA_ARGS__, NULL }; \
  static ChronicleKnownMembers var = { var##_names, 0 }

void        _chronicle_builder_warn_unknown  (ChronicleBuilder         *b,
                                              JsonObject               *object,
                                              const ChronicleJsonPlace *place,
                                              ChronicleKnownMembers    *known);

gboolean    _chronicle_timelinejs_detect     (JsonObject               *root);
GPtrArray  *_chronicle_timelinejs_build      (ChronicleBuilder         *b,
                                              JsonObject               *root);
char       *_chronicle_html_to_text          (const char               *html);

/* Tests only: reads of @path wait while it is held. */
void        _chronicle_loader_hold_path      (const char               *path);
void        _chronicle_loader_release_path   (const char               *path);
guint       _chronicle_loader_get_n_finished_loads (void);

G_END_DECLS
