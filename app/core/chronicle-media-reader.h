/* chronicle-media-reader.h — an event's or a dataset's "media" list and "background"
 * (Chronicle format), and what a slide's background colour may be (every format).
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-builder.h"

G_BEGIN_DECLS

void _chronicle_read_media (ChronicleBuilder         *b,
                            ChronicleEvent           *event,
                            JsonObject               *object,
                            const ChronicleJsonPlace *place);
void _chronicle_read_dataset_media (ChronicleBuilder         *b,
                                    JsonObject               *root,
                                    const ChronicleJsonPlace *place);
void _chronicle_read_background (ChronicleBuilder         *b,
                                 ChronicleEvent           *event,
                                 JsonObject               *object,
                                 const ChronicleJsonPlace *place);

gboolean    _chronicle_is_background_color      (const char               *color);
char       *_chronicle_background_color_problem (const char               *member,
                                                 const char               *color);
const char *_chronicle_builder_background_color (ChronicleBuilder         *b,
                                                 const ChronicleJsonPlace *place,
                                                 const char               *member,
                                                 const char               *color);

G_END_DECLS
