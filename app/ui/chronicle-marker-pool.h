/* chronicle-marker-pool.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "chronicle-dataset.h"
#include "chronicle-match-set.h"
#include "chronicle-timeline-renderer.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_MARKER_POOL (chronicle_marker_pool_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleMarkerPool, chronicle_marker_pool, CHRONICLE, MARKER_POOL, GObject)

ChronicleMarkerPool *chronicle_marker_pool_new          (GtkWidget                 *parent);
void                 chronicle_marker_pool_clear        (ChronicleMarkerPool       *self);
gboolean             chronicle_marker_pool_sync         (ChronicleMarkerPool       *self,
                                                         ChronicleTimelineRenderer *renderer,
                                                         ChronicleTimeScale        *scale,
                                                         ChronicleDataset          *dataset,
                                                         ChronicleMatchSet         *matches,
                                                         const char                *language,
                                                         gint64                     selected,
                                                         int                        width,
                                                         int                        height);
void                 chronicle_marker_pool_allocate     (ChronicleMarkerPool       *self);
GtkWidget           *chronicle_marker_pool_get_current  (ChronicleMarkerPool       *self);
guint                chronicle_marker_pool_get_n_shown  (ChronicleMarkerPool       *self);
void                 chronicle_marker_pool_snapshot     (ChronicleMarkerPool       *self,
                                                         GtkSnapshot               *snapshot);
char                *chronicle_marker_pool_describe     (ChronicleDataset          *dataset,
                                                         ChronicleMatchSet         *matches,
                                                         const char                *language,
                                                         guint                      position);

G_END_DECLS
