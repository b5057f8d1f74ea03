/* chronicle-export-dialog.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "chronicle-session.h"
#include "chronicle-time-scale.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_EXPORT_DIALOG (chronicle_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleExportDialog, chronicle_export_dialog, CHRONICLE, EXPORT_DIALOG, AdwMessageDialog)

GtkWidget *chronicle_export_dialog_new            (GtkWindow             *parent,
                                                   ChronicleSession      *session,
                                                   ChronicleTimeScale    *scale,
                                                   GSettings             *settings);
char      *chronicle_export_dialog_dup_file_name  (ChronicleExportDialog *self);
void       chronicle_export_dialog_export_to_file (ChronicleExportDialog *self,
                                                   GFile                 *file);
void       chronicle_export_dialog_print          (GtkWindow             *parent,
                                                   ChronicleSession      *session,
                                                   ChronicleTimeScale    *scale);

G_END_DECLS
