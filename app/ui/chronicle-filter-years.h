/* chronicle-filter-years.h — the filter bar's years: All, quick buttons, a range
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "chronicle-dataset.h"
#include "chronicle-filter.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_FILTER_YEARS (chronicle_filter_years_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleFilterYears, chronicle_filter_years, CHRONICLE, FILTER_YEARS, GtkWidget)

GtkWidget *chronicle_filter_years_new         (void);
void       chronicle_filter_years_set_filter  (ChronicleFilterYears *self,
                                               ChronicleFilter      *filter);
void       chronicle_filter_years_set_dataset (ChronicleFilterYears *self,
                                               ChronicleDataset     *dataset);
void       chronicle_filter_years_show_range  (ChronicleFilterYears *self,
                                               gint64                first_day,
                                               gint64                end_day);
void       chronicle_filter_years_reset       (ChronicleFilterYears *self);

G_END_DECLS
