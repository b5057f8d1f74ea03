/* chronicle-match-set.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "chronicle-event-store.h"
#include "chronicle-filter.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_MATCH_SET (chronicle_match_set_get_type ())

/**
 * ChronicleMatchSet:
 *
 * What a filter kept of an event store: one flag per event, by store position, with
 * its length and count. Immutable and reference counted: whoever draws or lists the
 * events holds a reference instead of copying a mask.
 */
typedef struct _ChronicleMatchSet ChronicleMatchSet;

GType              chronicle_match_set_get_type       (void) G_GNUC_CONST;
ChronicleMatchSet *chronicle_match_set_new            (ChronicleFilter     *filter,
                                                       ChronicleEventStore *store);
ChronicleMatchSet *chronicle_match_set_new_from_mask  (const guint8        *mask,
                                                       guint                n_events);
ChronicleMatchSet *chronicle_match_set_ref            (ChronicleMatchSet   *self);
void               chronicle_match_set_unref          (ChronicleMatchSet   *self);
guint              chronicle_match_set_get_n_events   (const ChronicleMatchSet *self);
guint              chronicle_match_set_get_n_matching (const ChronicleMatchSet *self);
gboolean           chronicle_match_set_contains       (const ChronicleMatchSet *self,
                                                       guint                    position);
guint              chronicle_match_set_rank           (const ChronicleMatchSet *self,
                                                       guint                    position);
const guint8      *chronicle_match_set_get_mask       (const ChronicleMatchSet *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChronicleMatchSet, chronicle_match_set_unref)

G_END_DECLS
