/* chronicle-window.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "chronicle-application.h"
#include "chronicle-dataset.h"
#include "chronicle-session.h"
#include "chronicle-timeline-view.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_WINDOW (chronicle_window_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleWindow, chronicle_window, CHRONICLE, WINDOW, AdwApplicationWindow)

ChronicleWindow       *chronicle_window_new               (ChronicleApplication *application);
void                   chronicle_window_open_file         (ChronicleWindow      *self,
                                                           GFile                *file);
void                   chronicle_window_add_toast         (ChronicleWindow      *self,
                                                           const char           *message);
void                   chronicle_window_open_last         (ChronicleWindow      *self);
void                   chronicle_window_request_event     (ChronicleWindow      *self,
                                                           const char           *id);
void                   chronicle_window_request_present   (ChronicleWindow      *self);
ChronicleSession      *chronicle_window_get_session       (ChronicleWindow      *self);
ChronicleDataset      *chronicle_window_get_dataset       (ChronicleWindow      *self);
gboolean               chronicle_window_is_loading        (ChronicleWindow      *self);
ChronicleTimelineView *chronicle_window_get_timeline_view (ChronicleWindow      *self);
gboolean               chronicle_window_is_presenting     (ChronicleWindow      *self);
void                   chronicle_window_set_presenting    (ChronicleWindow      *self,
                                                           gboolean              presenting);
gboolean               chronicle_window_show_event        (ChronicleWindow      *self,
                                                           const char           *id);

G_END_DECLS
