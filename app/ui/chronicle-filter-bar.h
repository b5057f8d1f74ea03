/* chronicle-filter-bar.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "chronicle-dataset.h"
#include "chronicle-filter.h"
#include "chronicle-session.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_FILTER_BAR (chronicle_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleFilterBar, chronicle_filter_bar, CHRONICLE, FILTER_BAR, GtkWidget)

GtkWidget        *chronicle_filter_bar_new           (ChronicleSession   *session);
ChronicleSession *chronicle_filter_bar_get_session   (ChronicleFilterBar *self);
void              chronicle_filter_bar_set_session   (ChronicleFilterBar *self,
                                                      ChronicleSession   *session);
void              chronicle_filter_bar_set_dataset   (ChronicleFilterBar *self,
                                                      ChronicleDataset   *dataset,
                                                      const char         *language);
void              chronicle_filter_bar_update_counts (ChronicleFilterBar *self,
                                                      GHashTable         *kind_counts,
                                                      guint               n_matching,
                                                      guint               n_total);
void              chronicle_filter_bar_focus_search  (ChronicleFilterBar *self);

G_END_DECLS
