/* chronicle-filter.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "chronicle-dataset.h"
#include "chronicle-event-store.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_FILTER (chronicle_filter_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleFilter, chronicle_filter, CHRONICLE, FILTER, GObject)

ChronicleFilter    *chronicle_filter_new          (void);
void                chronicle_filter_set_kinds    (ChronicleFilter     *self,
                                                   const char * const  *kinds);
const char * const *chronicle_filter_get_kinds    (ChronicleFilter     *self);
void                chronicle_filter_set_partners (ChronicleFilter     *self,
                                                   const char * const  *partners);
const char * const *chronicle_filter_get_partners (ChronicleFilter     *self);
void                chronicle_filter_set_people   (ChronicleFilter     *self,
                                                   const char * const  *people);
const char * const *chronicle_filter_get_people   (ChronicleFilter     *self);
void                chronicle_filter_set_range    (ChronicleFilter     *self,
                                                   gint64               first_day,
                                                   gint64               end_day);
void                chronicle_filter_clear_range  (ChronicleFilter     *self);
gboolean            chronicle_filter_get_range    (ChronicleFilter     *self,
                                                   gint64              *first_day,
                                                   gint64              *end_day);
const char         *chronicle_filter_get_text     (ChronicleFilter     *self);
void                chronicle_filter_set_text     (ChronicleFilter     *self,
                                                   const char          *text);
void                chronicle_filter_set_dataset  (ChronicleFilter     *self,
                                                   ChronicleDataset    *dataset);
void                chronicle_filter_restrict     (ChronicleFilter     *self,
                                                   ChronicleEventStore *store);
void                chronicle_filter_clear        (ChronicleFilter     *self);
gboolean            chronicle_filter_is_empty     (ChronicleFilter     *self);
gboolean            chronicle_filter_match        (ChronicleFilter     *self,
                                                   ChronicleEventStore *store,
                                                   guint                position);
guint               chronicle_filter_apply        (ChronicleFilter     *self,
                                                   ChronicleEventStore *store,
                                                   guint8              *mask);
GHashTable         *chronicle_filter_count_kinds  (ChronicleFilter     *self,
                                                   ChronicleEventStore *store);
GHashTable         *chronicle_filter_count_partners (ChronicleFilter     *self,
                                                     ChronicleEventStore *store);

char               *chronicle_fold_text           (const char          *text);

G_END_DECLS
