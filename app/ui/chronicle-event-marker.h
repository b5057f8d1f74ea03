/* chronicle-event-marker.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CHRONICLE_TYPE_EVENT_MARKER (chronicle_event_marker_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleEventMarker, chronicle_event_marker, CHRONICLE, EVENT_MARKER, GtkButton)

GtkWidget *chronicle_event_marker_new          (void);
void       chronicle_event_marker_set_target   (ChronicleEventMarker *self,
                                                gint64                position,
                                                guint                 count,
                                                guint                 marker_index);
gint64     chronicle_event_marker_get_position (ChronicleEventMarker *self);
guint      chronicle_event_marker_get_count    (ChronicleEventMarker *self);
guint      chronicle_event_marker_get_marker_index (ChronicleEventMarker *self);
void       chronicle_event_marker_set_texts    (ChronicleEventMarker *self,
                                                const char           *name,
                                                const char           *description);

G_END_DECLS
