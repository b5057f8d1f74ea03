/* chronicle-prescan.h — the checks made on a JSON file's bytes before json-glib
 * parses them (see chronicle-prescan.c). Private to app/core.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-builder.h"

G_BEGIN_DECLS

gboolean _chronicle_prescan_check               (ChronicleBuilder *b,
                                                 const char       *data,
                                                 gsize             size);
gboolean _chronicle_prescan_report_encoding     (ChronicleBuilder *b,
                                                 const char       *data,
                                                 gsize             size);
void     _chronicle_prescan_report_syntax_error (ChronicleBuilder *b,
                                                 const GError     *error);
gboolean _chronicle_strip_utf8_bom              (const char      **data,
                                                 gsize            *size);
gboolean _chronicle_is_blank                    (const char       *data,
                                                 gsize             size);

G_END_DECLS
