/* chronicle-files.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean chronicle_file_is_same (GFile *a,
                                 GFile *b);

G_END_DECLS
