/* chronicle-event-private.h — how the loader builds events.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-event.h"

G_BEGIN_DECLS

/* Strings handed to an event are GRefStrings (interned where they repeat) or plain
 * g_malloc'd strings, as each setter says; the event takes ownership. */
ChronicleEvent *_chronicle_event_new              (guint               file_index);
void            _chronicle_event_take_id          (ChronicleEvent     *self,
                                                   char               *id_ref);
void            _chronicle_event_take_kind        (ChronicleEvent     *self,
                                                   char               *kind_ref);
void            _chronicle_event_set_direction    (ChronicleEvent     *self,
                                                   ChronicleDirection  direction);
void            _chronicle_event_set_dates        (ChronicleEvent     *self,
                                                   const ChronicleDate *start,
                                                   const ChronicleDate *end);
void            _chronicle_event_take_text        (ChronicleEvent     *self,
                                                   char               *title,
                                                   char               *description,
                                                   char               *place);
void            _chronicle_event_take_lists       (ChronicleEvent     *self,
                                                   char              **people_refs,
                                                   char              **partner_refs,
                                                   char              **links,
                                                   char              **tag_refs);
void            _chronicle_event_take_relation    (ChronicleEvent     *self,
                                                   char               *partner_ref,
                                                   char               *from,
                                                   char               *to);
void            _chronicle_event_take_sources     (ChronicleEvent     *self,
                                                   GArray             *sources);
void            _chronicle_event_take_translation (ChronicleEvent     *self,
                                                   const char         *language,
                                                   char               *title,
                                                   char               *description,
                                                   char               *place);

/* NULL-terminated arrays of GRefStrings. */
void            _chronicle_ref_strv_free          (char              **strv);

G_END_DECLS
