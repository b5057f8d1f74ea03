/* chronicle-application.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CHRONICLE_TYPE_APPLICATION (chronicle_application_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleApplication, chronicle_application, CHRONICLE, APPLICATION, AdwApplication)

ChronicleApplication *chronicle_application_new           (void);

G_END_DECLS
