/* chronicle-diagnostic.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CHRONICLE_SEVERITY_WARNING,
  CHRONICLE_SEVERITY_ERROR,
} ChronicleSeverity;

/**
 * ChronicleDiagnostic:
 * @severity: error or warning
 * @file: (nullable): the file's display name
 * @line: 1-based line, or 0 when the place is a path instead
 * @column: 1-based column, or 0
 * @path: (nullable): where in the document, e.g. `events[12] "biden-2023"`
 * @message: what is wrong, in the UI language
 *
 * One thing the loader found, with its place.
 */
typedef struct
{
  ChronicleSeverity  severity;
  int                line;
  int                column;
  char              *file;
  char              *path;
  char              *message;
} ChronicleDiagnostic;

#define CHRONICLE_TYPE_DIAGNOSTIC (chronicle_diagnostic_get_type ())

GType                chronicle_diagnostic_get_type  (void) G_GNUC_CONST;
ChronicleDiagnostic *chronicle_diagnostic_new       (ChronicleSeverity          severity,
                                                     const char                *file,
                                                     int                        line,
                                                     int                        column,
                                                     const char                *path,
                                                     const char                *message);
ChronicleDiagnostic *chronicle_diagnostic_copy      (const ChronicleDiagnostic *self);
void                 chronicle_diagnostic_free      (ChronicleDiagnostic       *self);
char                *chronicle_diagnostic_to_string (const ChronicleDiagnostic *self);
char                *chronicle_diagnostic_describe  (const ChronicleDiagnostic *self);
char                *chronicle_diagnostic_escape    (const char                *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChronicleDiagnostic, chronicle_diagnostic_free)

G_END_DECLS
