/* chronicle-event-store.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "chronicle-event.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_EVENT_STORE (chronicle_event_store_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleEventStore, chronicle_event_store, CHRONICLE, EVENT_STORE, GObject)

ChronicleEventStore *chronicle_event_store_new          (GPtrArray           *events);
guint                chronicle_event_store_get_n_events (ChronicleEventStore *self);
ChronicleEvent      *chronicle_event_store_get_event    (ChronicleEventStore *self,
                                                         guint                position);
const gint64        *chronicle_event_store_get_starts   (ChronicleEventStore *self);
const gint64        *chronicle_event_store_get_ends     (ChronicleEventStore *self);
const double        *chronicle_event_store_get_start_positions (ChronicleEventStore *self);
const double        *chronicle_event_store_get_end_positions   (ChronicleEventStore *self);
gboolean             chronicle_event_store_has_times    (ChronicleEventStore *self);
gboolean             chronicle_event_store_find         (ChronicleEventStore *self,
                                                         const char          *id,
                                                         guint               *position);
gboolean             chronicle_event_store_get_bounds   (ChronicleEventStore *self,
                                                         gint64              *first_day,
                                                         gint64              *end_day);

G_END_DECLS
