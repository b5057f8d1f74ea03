/* chronicle-event-list.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "chronicle-session.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_EVENT_LIST (chronicle_event_list_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleEventList, chronicle_event_list, CHRONICLE, EVENT_LIST, GtkWidget)

ChronicleSession *chronicle_event_list_get_session (ChronicleEventList *self);
void              chronicle_event_list_set_session (ChronicleEventList *self,
                                                    ChronicleSession   *session);
void              chronicle_event_list_focus       (ChronicleEventList *self);

G_END_DECLS
