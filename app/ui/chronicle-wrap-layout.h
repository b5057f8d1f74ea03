/* chronicle-wrap-layout.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CHRONICLE_TYPE_WRAP_LAYOUT (chronicle_wrap_layout_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleWrapLayout, chronicle_wrap_layout, CHRONICLE, WRAP_LAYOUT, GtkLayoutManager)

GtkLayoutManager *chronicle_wrap_layout_new        (int                  spacing,
                                                    int                  line_spacing);
int               chronicle_wrap_layout_get_height (ChronicleWrapLayout *self);

G_END_DECLS
