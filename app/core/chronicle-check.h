/* chronicle-check.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int chronicle_check_files (const char * const *paths,
                           GString            *out);

G_END_DECLS
