/* chronicle-loader-private.h — what tests may ask of the loader beyond its API.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-loader.h"

G_BEGIN_DECLS

/* Tests only: reads of @path wait while it is held. */
void        _chronicle_loader_hold_path      (const char               *path);
void        _chronicle_loader_release_path   (const char               *path);
guint       _chronicle_loader_get_n_finished_loads (void);

G_END_DECLS
