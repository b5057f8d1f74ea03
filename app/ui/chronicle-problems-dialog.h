/* chronicle-problems-dialog.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "chronicle-diagnostic.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_PROBLEMS_DIALOG (chronicle_problems_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleProblemsDialog, chronicle_problems_dialog, CHRONICLE, PROBLEMS_DIALOG, AdwWindow)

GtkWindow *chronicle_problems_dialog_new        (GtkWindow               *parent,
                                                 const char              *summary,
                                                 GPtrArray               *problems,
                                                 guint                    n_errors);
guint      chronicle_problems_dialog_get_n_rows (ChronicleProblemsDialog *self);
char      *chronicle_problems_dialog_dup_text   (ChronicleProblemsDialog *self);

G_END_DECLS
