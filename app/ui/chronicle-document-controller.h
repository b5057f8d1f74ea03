/* chronicle-document-controller.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CHRONICLE_TYPE_DOCUMENT_CONTROLLER (chronicle_document_controller_get_type           ())

G_DECLARE_FINAL_TYPE (ChronicleDocumentController, chronicle_document_controller, CHRONICLE, DOCUMENT_CONTROLLER, GObject)

ChronicleDocumentController *chronicle_document_controller_new               (GSettings                   *settings);
void                         chronicle_document_controller_open_file         (ChronicleDocumentController *self,
                                                                              GFile                       *file);
void                         chronicle_document_controller_open_bundled      (ChronicleDocumentController *self);
void                         chronicle_document_controller_open_last         (ChronicleDocumentController *self);
void                         chronicle_document_controller_cancel            (ChronicleDocumentController *self);
gboolean                     chronicle_document_controller_get_loading       (ChronicleDocumentController *self);
GFile                       *chronicle_document_controller_get_file          (ChronicleDocumentController *self);
void                         chronicle_document_controller_fill_recent_menu  (ChronicleDocumentController *self,
                                                                              GMenu                       *menu);
GPtrArray                   *chronicle_document_controller_get_problems      (ChronicleDocumentController *self);
guint                        chronicle_document_controller_get_n_errors      (ChronicleDocumentController *self);
GFile                       *chronicle_document_controller_get_problems_file (ChronicleDocumentController *self);
gboolean                     chronicle_document_controller_describe_problems (ChronicleDocumentController  *self,
                                                                              GFile                        *shown,
                                                                              gboolean                      failed,
                                                                              char                        **summary,
                                                                              char                        **detail);

G_END_DECLS
