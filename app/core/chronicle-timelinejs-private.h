/* chronicle-timelinejs-private.h — the TimelineJS builder, shared by the readers of
 * TimelineJS 3 JSON, TimelineJS 2 JSON and the TimelineJS spreadsheet template.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-builder.h"

G_BEGIN_DECLS

/* Marks a slide already reported, left out. */
#define SKIP_MEMBER "chronicle:skip"

/* Where the slides came from, so that every message names the place the author
 * wrote: `events[3] "id"`, `timeline.date[3]`, or a spreadsheet's `row 12`. */
typedef struct
{
  const char  *format;     /* the dataset's source format: "timelinejs/3", "timelinejs/2", "csv" */
  const char  *section;    /* "events", "timeline.date"; NULL: rows */
  const char  *start_member; /* as the format names it: "start_date", "startDate", "Year" */
  const guint *rows;       /* the spreadsheet row of each event (section NULL) */
  const guint *era_rows;   /* and of each era */
} ChronicleTimelinejsSource;

gboolean    _chronicle_timelinejs_detect     (JsonObject                      *root);
GPtrArray  *_chronicle_timelinejs_build      (ChronicleBuilder                *b,
                                              JsonObject                      *root);
char       *_chronicle_html_to_text          (const char                      *html);
GPtrArray  *_chronicle_timelinejs_build_from (ChronicleBuilder                *b,
                                              JsonObject                      *root,
                                              const ChronicleTimelinejsSource *source);
JsonObject *_chronicle_timelinejs2_to_3      (ChronicleBuilder                *b,
                                              JsonObject                      *timeline);
const char *_chronicle_timelinejs_get_string   (JsonObject                      *object,
                                              const char                      *member);
char       *_chronicle_timelinejs_row_place  (guint                            row,
                                              const char                      *column);
gboolean    _chronicle_timelinejs_read_date  (ChronicleBuilder                *b,
                                              JsonObject                      *object,
                                              const ChronicleJsonPlace        *place,
                                              guint                            row,
                                              const char                      *member,
                                              gboolean                         required,
                                              ChronicleDate                   *date);

G_END_DECLS
