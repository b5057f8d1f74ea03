/* main.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "chronicle-application.h"
#include "chronicle-check.h"

/* GLib before 2.76 routes GObject and json-glib allocations through GSlice, whose
 * caches never return memory: after loading a 100,000-event file its freed parse
 * tree would stay resident (about 490 MB instead of 63 MB). G_SLICE is read before
 * main() runs, so turning it off means starting again with it set, which costs
 * about 100 ms. The desktop file launches Chronicle with it set; from a terminal,
 * Chronicle starts again only when a file named on the command line is large.
 * GLib ≥ 2.76 always uses malloc. */
static void
chronicle_use_system_malloc (int    argc,
                             char **argv)
{
  gboolean large = FALSE;

  if (glib_check_version (2, 76, 0) == NULL || getenv ("G_SLICE") != NULL)
    return;

  for (int i = 1; i < argc && !large; i++)
    {
      struct stat st;

      if (argv[i][0] != '-' && stat (argv[i], &st) == 0 && st.st_size > 16 * 1024 * 1024)
        large = TRUE;
    }
  if (large && setenv ("G_SLICE", "always-malloc", 1) == 0)
    execv ("/proc/self/exe", argv);
  /* Could not exec: carry on with GSlice. */
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ChronicleApplication) app = NULL;

  chronicle_use_system_malloc (argc, argv);

  setlocale (LC_ALL, "");
  /* CHRONICLE_LOCALEDIR: the build tree's catalogues, for running it uninstalled
   * (build-aux/screenshot.sh, the UI tests). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CHRONICLE_LOCALEDIR") ? g_getenv ("CHRONICLE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Chronicle"));

  /* `chronicle --check FILE…` validates files and exits without a display. */
  for (int i = 1; i < argc; i++)
    if (g_strcmp0 (argv[i], "--check") == 0)
      {
        g_autoptr(GPtrArray) paths = g_ptr_array_new ();
        g_autoptr(GString) out = g_string_new (NULL);
        int status;

        for (int j = 1; j < argc; j++)
          if (j != i)
            g_ptr_array_add (paths, argv[j]);
        g_ptr_array_add (paths, NULL);

        status = chronicle_check_files ((const char * const *) paths->pdata, out);
        fputs (out->str, status == 0 ? stdout : stderr);
        return status;
      }

  app = chronicle_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
