/* main.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "chronicle-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ChronicleApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Chronicle"));

  app = chronicle_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
