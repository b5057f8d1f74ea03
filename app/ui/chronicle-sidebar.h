/* chronicle-sidebar.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "chronicle-dataset.h"
#include "chronicle-session.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_SIDEBAR (chronicle_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleSidebar, chronicle_sidebar, CHRONICLE, SIDEBAR, GtkWidget)

ChronicleSession *chronicle_sidebar_get_session  (ChronicleSidebar *self);
void              chronicle_sidebar_set_session  (ChronicleSidebar *self,
                                                  ChronicleSession *session);
void              chronicle_sidebar_set_dataset  (ChronicleSidebar *self,
                                                  ChronicleDataset *dataset);
void              chronicle_sidebar_set_event    (ChronicleSidebar *self,
                                                  ChronicleEvent   *event);
ChronicleEvent   *chronicle_sidebar_get_event    (ChronicleSidebar *self);
void              chronicle_sidebar_set_language (ChronicleSidebar *self,
                                                  const char       *language);
char             *chronicle_sidebar_dup_citation (ChronicleSidebar *self,
                                                  guint             source);

G_END_DECLS
