/* chronicle-overview.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "chronicle-dataset.h"
#include "chronicle-session.h"
#include "chronicle-time-scale.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_OVERVIEW ( chronicle_overview_get_type      ())

G_DECLARE_FINAL_TYPE (ChronicleOverview, chronicle_overview, CHRONICLE, OVERVIEW, GtkWidget)

GtkWidget        *chronicle_overview_new           (void);
ChronicleSession *chronicle_overview_get_session   (ChronicleOverview  *self);
void              chronicle_overview_set_session   (ChronicleOverview  *self,
                                                    ChronicleSession   *session);
void              chronicle_overview_set_dataset   (ChronicleOverview  *self,
                                                    ChronicleDataset   *dataset);
void              chronicle_overview_set_match_set (ChronicleOverview  *self,
                                                    ChronicleMatchSet  *matches);
void              chronicle_overview_set_scale     (ChronicleOverview  *self,
                                                    ChronicleTimeScale *scale);

G_END_DECLS
