/* chronicle-session.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "chronicle-dataset.h"
#include "chronicle-filter.h"
#include "chronicle-lane-layout.h"
#include "chronicle-match-set.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_SESSION (chronicle_session_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleSession, chronicle_session, CHRONICLE, SESSION, GObject)

ChronicleSession  *chronicle_session_new               (void);
ChronicleDataset  *chronicle_session_get_dataset       (ChronicleSession *self);
void               chronicle_session_set_dataset       (ChronicleSession *self,
                                                        ChronicleDataset *dataset);
void               chronicle_session_reload_dataset    (ChronicleSession *self,
                                                        ChronicleDataset *dataset);
GFile             *chronicle_session_get_file          (ChronicleSession *self);
void               chronicle_session_set_file          (ChronicleSession *self,
                                                        GFile            *file);
ChronicleFilter   *chronicle_session_get_filter        (ChronicleSession *self);
ChronicleMatchSet *chronicle_session_get_match_set     (ChronicleSession *self);
ChronicleEvent    *chronicle_session_get_selection     (ChronicleSession *self);
void               chronicle_session_set_selection     (ChronicleSession *self,
                                                        ChronicleEvent   *event);
gboolean           chronicle_session_select_id         (ChronicleSession *self,
                                                        const char       *id);
ChronicleGroupBy   chronicle_session_get_group_by      (ChronicleSession *self);
void               chronicle_session_set_group_by      (ChronicleSession *self,
                                                        ChronicleGroupBy  group_by);
gboolean           chronicle_session_get_hide_filtered (ChronicleSession *self);
void               chronicle_session_set_hide_filtered (ChronicleSession *self,
                                                        gboolean          hide_filtered);
const char        *chronicle_session_get_language      (ChronicleSession *self);
void               chronicle_session_set_language      (ChronicleSession *self,
                                                        const char       *language);
gboolean           chronicle_session_get_presenting    (ChronicleSession *self);
void               chronicle_session_set_presenting    (ChronicleSession *self,
                                                        gboolean          presenting);
GSignalGroup      *chronicle_session_watch_new         (gpointer          instance,
                                                        GCallback         changed,
                                                        const char       *first_property,
                                                        ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
