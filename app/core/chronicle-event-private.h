/* chronicle-event-private.h — how the loader builds events.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-event.h"
#include "chronicle-string-pool.h"

G_BEGIN_DECLS

/* Every string handed to an event lives in its pool. Arrays of strings are
 * g_malloc'd, NULL-terminated, and owned by the event once handed over. */
ChronicleEvent *_chronicle_event_new             (ChronicleStringPool  *pool,
                                                  guint                 file_index);
void            _chronicle_event_set_id          (ChronicleEvent       *self,
                                                  const char           *id);
void            _chronicle_event_set_kind        (ChronicleEvent       *self,
                                                  const char           *kind);
void            _chronicle_event_set_direction   (ChronicleEvent       *self,
                                                  ChronicleDirection    direction);
void            _chronicle_event_set_dates       (ChronicleEvent       *self,
                                                  const ChronicleDate  *start,
                                                  const ChronicleDate  *end);
void            _chronicle_event_set_text        (ChronicleEvent       *self,
                                                  const char           *title,
                                                  const char           *description,
                                                  const char           *place);
void            _chronicle_event_set_title_made  (ChronicleEvent       *self,
                                                  gboolean              made);
void            _chronicle_event_take_lists      (ChronicleEvent       *self,
                                                  const char          **people,
                                                  const char          **partners,
                                                  const char          **links,
                                                  const char          **tags);
void            _chronicle_event_take_link_titles (ChronicleEvent      *self,
                                                  const char          **titles);
void            _chronicle_event_take_media      (ChronicleEvent       *self,
                                                  ChronicleMedia       *media,
                                                  guint                 n_media);
void            _chronicle_event_set_background  (ChronicleEvent       *self,
                                                  const char           *color,
                                                  const char           *url);
void            _chronicle_event_set_display_date (ChronicleEvent      *self,
                                                  const char           *display_date);
void            _chronicle_event_set_relation    (ChronicleEvent       *self,
                                                  const char           *partner,
                                                  const char           *from,
                                                  const char           *to);
void            _chronicle_event_take_sources    (ChronicleEvent       *self,
                                                  ChronicleSource      *sources,
                                                  guint                 n_sources);
void            _chronicle_event_add_translation (ChronicleEvent       *self,
                                                  const char           *language,
                                                  const char           *title,
                                                  const char           *description,
                                                  const char           *place);

G_END_DECLS
