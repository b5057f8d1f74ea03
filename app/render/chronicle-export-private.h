/* chronicle-export-private.h — the parts of an exported page around its timeline.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "chronicle-export.h"

G_BEGIN_DECLS

double       _chronicle_export_legend     (const ChronicleExportOptions *options,
                                           PangoContext                 *context,
                                           PangoFontDescription         *font,
                                           cairo_t                      *cr,
                                           double                        left,
                                           double                        top,
                                           double                        width);
PangoLayout *_chronicle_export_sources    (const ChronicleExportOptions *options,
                                           PangoContext                 *context,
                                           PangoFontDescription         *font,
                                           double                        width);
char        *_chronicle_export_range_text (const ChronicleExportOptions *options,
                                           double                        first_day,
                                           double                        end_day);
char        *_chronicle_export_page_subtitle (const ChronicleExportOptions *options,
                                              double                        first_day,
                                              double                        end_day,
                                              guint                         part,
                                              guint                         n_parts);

G_END_DECLS
