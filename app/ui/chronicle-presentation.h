/* chronicle-presentation.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "chronicle-dataset.h"
#include "chronicle-timeline-view.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_PRESENTATION (chronicle_presentation_get_type ())

G_DECLARE_FINAL_TYPE (ChroniclePresentation, chronicle_presentation, CHRONICLE, PRESENTATION, GtkWidget)

ChronicleTimelineView *chronicle_presentation_get_timeline_view    (ChroniclePresentation *self);
void                   chronicle_presentation_set_timeline_view    (ChroniclePresentation *self,
                                                                    ChronicleTimelineView *view);
gboolean               chronicle_presentation_get_presenting       (ChroniclePresentation *self);
void                   chronicle_presentation_start                (ChroniclePresentation *self,
                                                                    gboolean               from_selection);
void                   chronicle_presentation_stop                 (ChroniclePresentation *self);
guint                  chronicle_presentation_get_autoplay_seconds (ChroniclePresentation *self);
void                   chronicle_presentation_set_autoplay_seconds (ChroniclePresentation *self,
                                                                    guint                  seconds);
guint                  chronicle_presentation_get_autoplay_interval (ChroniclePresentation *self);
void                   chronicle_presentation_set_autoplay_interval (ChroniclePresentation *self,
                                                                     guint                  interval_ms);

G_END_DECLS
