/* chronicle-timeline-pages.h — the timeline cut into pages, for exports and print.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What paper needs of ChronicleTimelineRenderer beyond the canvas's drawing: which
 * events a page layout labels in full, so that a document can tell which pages show
 * something new (chronicle-export.c), and how far a marker reaches beyond its day,
 * so that a page's range leaves room for it. The row pagination itself is declared with the
 * renderer. */

#pragma once

#include "chronicle-timeline-renderer.h"

G_BEGIN_DECLS

void   chronicle_timeline_renderer_mark_labelled    (ChronicleTimelineRenderer *self,
                                                     guint8                    *labelled);
double chronicle_timeline_renderer_get_marker_reach (ChronicleTimelineRenderer *self);

G_END_DECLS
