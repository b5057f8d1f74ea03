/* chronicle-media-reader.h — an event's or a dataset's "media" list (Chronicle format).
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

G_END_DECLS
