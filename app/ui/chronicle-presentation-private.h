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
                                              double                *start,
                                              double                *end);

G_END_DECLS
