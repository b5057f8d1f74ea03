/* chronicle-string-pool.h — shared, immutable storage for a dataset's event strings.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ChronicleStringPool ChronicleStringPool;

ChronicleStringPool *_chronicle_string_pool_new    (void);
ChronicleStringPool *_chronicle_string_pool_ref    (ChronicleStringPool *self);
void                 _chronicle_string_pool_unref  (ChronicleStringPool *self);
const char          *_chronicle_string_pool_add    (ChronicleStringPool *self,
                                                    const char          *text);
const char          *_chronicle_string_pool_intern (ChronicleStringPool *self,
                                                    const char          *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChronicleStringPool, _chronicle_string_pool_unref)

G_END_DECLS
