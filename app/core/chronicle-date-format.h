/* chronicle-date-format.h — dates for people, in the UI language.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-date.h"
#include "chronicle-time-scale.h"

G_BEGIN_DECLS

char *chronicle_date_format       (const ChronicleDate *date);
char *chronicle_date_format_range (const ChronicleDate *start,
                                   const ChronicleDate *end);
char *chronicle_year_format       (gint64               year);
char *chronicle_tick_format       (ChronicleTickStep    step,
                                   double               position);
char *chronicle_tick_format_with_year (ChronicleTickStep step,
                                       double            position);

G_END_DECLS
