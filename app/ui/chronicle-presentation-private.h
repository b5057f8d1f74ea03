/* chronicle-presentation-private.h — what presentation mode's files share
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-timeline-view.h"

G_BEGIN_DECLS

void _chronicle_presentation_camera_for_step (ChronicleTimelineView *view,
                                              ChronicleEventStore   *store,
                                              GArray                *steps,
                                              int                    step,
                                              double                 held,
                                              double                *start,
                                              double                *end);

void _chronicle_presentation_draw_strip      (cairo_t               *cr,
                                              int                    width,
                                              int                    height,
                                              ChronicleTimeScale    *scale,
                                              ChronicleEventStore   *store,
                                              GArray                *steps,
                                              int                    step,
                                              gint64                 first,
                                              gint64                 end);

void _chronicle_presentation_collect_steps  (ChronicleEventStore   *store,
                                             ChronicleMatchSet     *matches,
                                             GArray                *steps,
                                             gint64                *first,
                                             gint64                *end);

int  _chronicle_presentation_find_step      (ChronicleEventStore   *store,
                                             GArray                *steps,
                                             const char            *id);

G_END_DECLS
