/* chronicle-builder.h — what every reader builds a dataset with.
 *
 * The builder is one load's state (the dataset being built, its diagnostics, the
 * string pool, cancel and progress) and the rules every format shares, written once:
 * places and reports, typed member access ("must be a string, not a number"), section
 * elements that must be objects, dates, spans whose end is before their start, web
 * links, unknown members. The Chronicle, TimelineJS and spreadsheet readers use it;
 * it knows none of them. Private to app/core.
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
  guint             n_item_errors; /* those of events left out: they do not refuse the file */
  const char       *display_name;
  ChronicleStringPool *pool;     /* every event string of this load */
  GCancellable     *cancellable;
  GHashTable       *group_kinds; /* TimelineJS: group → kind id, both in the dataset */
  void            (*progress) (ChronicleBuilder *builder, ChronicleLoadStage stage, guint done, guint total);
  gpointer          progress_data;
};

#define CHRONICLE_BUILDER_MAX_ERRORS CHRONICLE_LOADER_MAX_ERRORS

void        _chronicle_builder_init          (ChronicleBuilder         *b,
                                              const char               *display_name,
                                              GCancellable             *cancellable);
void        _chronicle_builder_clear         (ChronicleBuilder         *b);
void        _chronicle_builder_note_dropped_warnings (ChronicleBuilder *b);
ChronicleDataset *_chronicle_builder_finish  (ChronicleBuilder         *b,
                                              GPtrArray                *events,
                                              gsize                     size);

gboolean    _chronicle_builder_item_ok       (ChronicleBuilder         *b,
                                              guint                     mark);

gboolean    _chronicle_bulk_free_begin       (gsize                     size);
void        _chronicle_bulk_free_end         (gboolean                  began);

/* Reporting */
void        _chronicle_builder_report        (ChronicleBuilder         *b,
                                              ChronicleSeverity         severity,
                                              const ChronicleJsonPlace *place,
                                              const char               *format,
                                              ...) G_GNUC_PRINTF (4, 5);
void        _chronicle_builder_report_at     (ChronicleBuilder         *b,
                                              ChronicleSeverity         severity,
                                              int                       line,
                                              int                       column,
                                              const char               *message);
void        _chronicle_builder_report_type   (ChronicleBuilder         *b,
                                              const ChronicleJsonPlace *place,
                                              const char               *member,
                                              const char               *expected,
                                              JsonNode                 *node);
void        _chronicle_builder_report_missing (ChronicleBuilder        *b,
                                              const ChronicleJsonPlace *place,
                                              const char               *member);
void        _chronicle_builder_report_year_range (ChronicleBuilder     *b,
                                              const ChronicleJsonPlace *place,
                                              const char               *member,
                                              const char               *year);
const char *_chronicle_json_type_name        (JsonNode                 *node);

const char *_chronicle_builder_intern        (ChronicleBuilder         *b,
                                              const char               *text);
const char *_chronicle_builder_text          (ChronicleBuilder         *b,
                                              const char               *text);
gboolean    _chronicle_builder_cancelled     (ChronicleBuilder         *b);
gboolean    _chronicle_builder_tick          (ChronicleBuilder         *b,
                                              guint                     done,
                                              guint                     total);

/* Typed member access: never a typed json-glib getter on an unchecked node. */
const char *_chronicle_builder_get_string    (ChronicleBuilder         *b,
                                              JsonObject               *object,
                                              const ChronicleJsonPlace *place,
                                              const char               *member,
                                              gboolean                  required);
JsonArray  *_chronicle_builder_get_array     (ChronicleBuilder         *b,
                                              JsonObject               *object,
                                              const ChronicleJsonPlace *place,
                                              const char               *member);
JsonArray  *_chronicle_builder_require_array (ChronicleBuilder         *b,
                                              JsonObject               *object,
                                              const ChronicleJsonPlace *place,
                                              const char               *member);
JsonObject *_chronicle_builder_get_object    (ChronicleBuilder         *b,
                                              JsonObject               *object,
                                              const ChronicleJsonPlace *place,
                                              const char               *member);
const char *_chronicle_builder_get_item_text (ChronicleBuilder        *b,
                                              JsonObject               *item,
                                              const ChronicleJsonPlace *place,
                                              const char               *list,
                                              guint                     index,
                                              const char               *member);
const char **_chronicle_builder_get_string_list (ChronicleBuilder      *b,
                                              JsonObject               *object,
                                              const ChronicleJsonPlace *place,
                                              const char               *member,
                                              gboolean                  intern);
gboolean    _chronicle_builder_get_date      (ChronicleBuilder         *b,
                                              JsonObject               *object,
                                              const ChronicleJsonPlace *place,
                                              const char               *member,
                                              gboolean                  required,
                                              ChronicleDate            *date);

/* Sections: an array whose elements must be objects, each reported at its place. */
JsonObject *_chronicle_builder_element_object (ChronicleBuilder        *b,
                                              JsonNode                 *node,
                                              const ChronicleJsonPlace *place);

/* Iterates a section of @root ("kinds": [...]), an optional array: each element that
 * is an object, with its place; the others are reported and skipped. */
typedef struct
{
  ChronicleBuilder *b;
  const char       *name;
  JsonArray        *array;
  guint             next;
} ChronicleSection;

void        _chronicle_section_init          (ChronicleSection         *section,
                                              ChronicleBuilder         *b,
                                              JsonObject               *root,
                                              const char               *name);
gboolean    _chronicle_section_next          (ChronicleSection         *section,
                                              ChronicleJsonPlace       *place,
                                              JsonObject              **object);

/* FALSE, reported, when @id is already in @seen; else adds it. */
gboolean    _chronicle_builder_check_unique  (ChronicleBuilder         *b,
                                              GHashTable               *seen,
                                              const ChronicleJsonPlace *place,
                                              const char               *id);

/* A span whose end is not after its start, said as its format treats it. */
typedef enum
{
  CHRONICLE_SPAN_REFUSED,        /* an error */
  CHRONICLE_SPAN_ERA_LEFT_OUT,   /* a warning: the era is left out */
  CHRONICLE_SPAN_DRAWN_AS_POINT, /* a warning: the event is drawn at its start */
} ChronicleSpanPolicy;

gboolean    _chronicle_builder_check_span    (ChronicleBuilder         *b,
                                              const ChronicleJsonPlace *place,
                                              const ChronicleDate      *start,
                                              const ChronicleDate      *end,
                                              ChronicleSpanPolicy       policy);

/* Web links: http(s) only. */
const char *_chronicle_web_link_rest         (const char               *url);
gboolean    _chronicle_is_web_link           (const char               *url);
void        _chronicle_builder_warn_not_web_link (ChronicleBuilder     *b,
                                              const ChronicleJsonPlace *place,
                                              guint                     index,
                                              const char               *url);

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

G_END_DECLS
