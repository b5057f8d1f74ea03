/* chronicle-check.c — `chronicle --check FILE…`
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-check"

#include "config.h"

#include "chronicle-check.h"

#include <glib/gi18n.h>

#include "chronicle-loader.h"

static void
append_line (GString *out,
             char    *line)
{
  g_string_append (out, line);
  g_string_append_c (out, '\n');
  g_free (line);
}

/**
 * chronicle_check_files:
 * @paths: files to validate
 * @out: where the report goes: one line per error or warning, then a summary per file
 *
 * Validates without opening a window.
 *
 * Returns: 0 when every file is valid, 1 otherwise
 */
int
chronicle_check_files (const char * const *paths,
                       GString            *out)
{
  int status = 0;

  g_return_val_if_fail (paths != NULL, 2);
  g_return_val_if_fail (out != NULL, 2);

  if (paths[0] == NULL)
    {
      g_string_append (out, _("chronicle --check: name at least one file to check"));
      g_string_append_c (out, '\n');
      return 2;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(ChronicleDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *local = g_file_get_path (file);
      g_autofree char *display = local ? g_filename_display_name (local) : g_file_get_parse_name (file);
      /* Named as the loader names it in every diagnostic, and escaped as they are. */
      g_autofree char *name = chronicle_diagnostic_escape (display);
      GPtrArray *diagnostics;
      guint n_warnings;

      dataset = chronicle_loader_load_file (loader, file, NULL, &error);
      diagnostics = chronicle_loader_get_diagnostics (loader);
      /* All of them, also those past the listed hundred. */
      n_warnings = chronicle_loader_get_n_warnings (loader);

      for (guint j = 0; j < diagnostics->len; j++)
        {
          const ChronicleDiagnostic *d = g_ptr_array_index (diagnostics, j);

          append_line (out, chronicle_diagnostic_to_string (d));
        }

      /* A file that opens with events left out for their errors is still invalid. */
      if (dataset == NULL || chronicle_loader_get_n_errors (loader) > 0)
        {
          guint n_errors = chronicle_loader_get_n_errors (loader);

          status = 1;
          if (n_warnings > 0)
            {
              g_autofree char *errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                      /* Translators: part of a summary line. */
                                                                      "%u error", "%u errors", MAX (n_errors, 1)),
                                                         MAX (n_errors, 1));
              g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                        /* Translators: part of a summary line. */
                                                                        "%u warning", "%u warnings", n_warnings),
                                                           n_warnings);

              /* Translators: summary of `chronicle --check` for a file with errors and
               * warnings: %1$s is the file, %2$s the errors ("5 errors"), %3$s the
               * warnings ("1 warning"). */
              append_line (out, g_strdup_printf (_("%1$s: invalid, %2$s, %3$s"), name, errors, warnings));
            }
          else
            append_line (out, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: summary of `chronicle --check`:
                                                             * %1$s is a file, %2$u the number of errors. */
                                                            "%1$s: invalid, %2$u error",
                                                            "%1$s: invalid, %2$u errors",
                                                            MAX (n_errors, 1)),
                                               name, MAX (n_errors, 1)));
          if (dataset == NULL && n_errors >= CHRONICLE_LOADER_MAX_ERRORS)
            append_line (out, g_strdup (_("(stopped after too many errors)")));
        }
      else
        {
          guint n_events = chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset));
          g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                  /* Translators: part of a summary line. */
                                                                  "%u event", "%u events", n_events),
                                                     n_events);
          g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                    /* Translators: part of a summary line. */
                                                                    "%u warning", "%u warnings", n_warnings),
                                                       n_warnings);

          /* Translators: summary of `chronicle --check` for a valid file: %1$s is the
           * file, %2$s the number of events ("63 events"), %3$s of warnings ("0 warnings"). */
          append_line (out, g_strdup_printf (_("%1$s: valid, %2$s, %3$s"), name, events, warnings));
        }
    }

  return status;
}
