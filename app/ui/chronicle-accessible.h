/* chronicle-accessible.h — names for what GTK 4.8 leaves unnamed
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void chronicle_accessible_set_name     (GtkWidget  *widget,
                                        const char *name);
void chronicle_accessible_fix_names    (GtkWidget  *root);
void chronicle_accessible_present      (GtkWindow  *window);
void chronicle_accessible_name_mnemonic_buttons
                                       (GtkWidget  *widget);

G_END_DECLS
