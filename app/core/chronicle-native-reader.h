/* chronicle-native-reader.h — Chronicle's own format (chronicle/1), read from a parsed
 * JSON document into a builder. Private to app/core.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-builder.h"

G_BEGIN_DECLS

GPtrArray *_chronicle_native_read (ChronicleBuilder *b,
                                   JsonObject       *root);

G_END_DECLS
