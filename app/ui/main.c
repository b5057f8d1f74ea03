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
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "chronicle-application.h"
#include "chronicle-check.h"
#include "chronicle-export.h"
#include "chronicle-files.h"
#include "chronicle-loader.h"
#include "chronicle-session.h"
#include "chronicle-writer.h"

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

/* `chronicle --export OUT [--size WxH|a4|a3] [--range FROM..TO] [--group-by kind|partner]
 * [FILE]`: the export dialog's drawing, written without a window or a display.
 * --range's value read as two dates; FALSE when it is not FROM..TO at all (a range
 * written backwards parses, its end before its start: the caller says so). */
/* FROM..TO: OK, or what is wrong with the first date that is wrong (SYNTAX: no "..").
 * @year: (out): that date's year as written, when it is out of range. */
static ChronicleDateParseResult
parse_range (const char  *text,
             double      *first_day,
             double      *end_day,
             char       **year)
{
  g_auto(GStrv) parts = g_strsplit (text, "..", 2);
  ChronicleDate dates[2];

  if (g_strv_length (parts) != 2)
    return CHRONICLE_DATE_PARSE_SYNTAX;
  for (guint i = 0; i < 2; i++)
    {
      ChronicleDateParseResult result = chronicle_date_parse (parts[i], &dates[i]);

      if (result == CHRONICLE_DATE_PARSE_YEAR_RANGE)
        *year = g_strndup (parts[i], (parts[i][0] == '-') + strspn (parts[i] + (parts[i][0] == '-'), "0123456789"));
      if (result != CHRONICLE_DATE_PARSE_OK)
        return result;
    }
  *first_day = chronicle_date_first_day (&dates[0]);
  *end_day = chronicle_date_end_day (&dates[1]);
  return CHRONICLE_DATE_PARSE_OK;
}

/* FILE (or the bundled dataset), loaded as it opens in the window. */
static ChronicleDataset *
load_for_export (const char  *path,
                 GError     **error)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GBytes) bytes = NULL;

  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      ChronicleDataset *dataset = chronicle_loader_load_file (loader, file, NULL, error);
      guint n_errors = chronicle_loader_get_n_errors (loader);
      guint n_warnings = chronicle_loader_get_n_warnings (loader);

      /* Opened without its events that have errors, or with warnings: said, never
       * silently (--check lists each problem with its place). */
      if (dataset != NULL && n_errors > 0)
        g_printerr (g_dngettext (GETTEXT_PACKAGE,
                                 /* Translators: %1$s is a file, %2$u how many errors it has;
                                  * the events with errors are not in the export. */
                                 "chronicle --export: “%1$s” has %2$u error: the events with errors are left out (chronicle --check lists them)\n",
                                 "chronicle --export: “%1$s” has %2$u errors: the events with errors are left out (chronicle --check lists them)\n",
                                 n_errors),
                    path, n_errors);
      if (dataset != NULL && n_warnings > 0)
        g_printerr (g_dngettext (GETTEXT_PACKAGE,
                                 /* Translators: %1$s is a file, %2$u how many warnings it has. */
                                 "chronicle --export: “%1$s” has %2$u warning (chronicle --check lists it)\n",
                                 "chronicle --export: “%1$s” has %2$u warnings (chronicle --check lists them)\n",
                                 n_warnings),
                    path, n_warnings);
      return dataset;
    }
  bytes = g_resources_lookup_data (RESOURCE_BASE "/data/vietnam-diplomacy-2021-2023.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return chronicle_loader_load_bytes (loader, bytes, "vietnam-diplomacy-2021-2023.json", NULL, error);
}

/* Whether @out is the file @path names (the same path, or a link to it): then it says
 * so, for Chronicle never writes over the file it reads. */
static gboolean
writes_over_source (const char *path,
                    const char *out)
{
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;

  if (path == NULL || out == NULL)
    return FALSE;
  source = g_file_new_for_commandline_arg (path);
  target = g_file_new_for_commandline_arg (out);
  if (!chronicle_file_is_same (source, target))
    return FALSE;
  /* Translators: %s is a file name. */
  g_printerr (_("chronicle --export: “%s” is the file being read; Chronicle never writes over it\n"), out);
  return TRUE;
}

/* `chronicle --export OUT.csv|OUT.json [FILE]`: any timeline written as TimelineJS's
 * spreadsheet template or as Chronicle's own format. Never over the file it reads. */
static int
write_data (const char *path,
            const char *out,
            gboolean    csv)
{
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_autoptr(GFile) target = g_file_new_for_commandline_arg (out);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  if (writes_over_source (path, out))
    return 1;
  dataset = load_for_export (path, &error);
  if (dataset == NULL)
    {
      g_printerr ("chronicle --export: %s\n", error->message);
      return 1;
    }
  stream = g_file_replace (target, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  if (stream == NULL ||
      !(csv ? chronicle_dataset_write_csv (dataset, G_OUTPUT_STREAM (stream), NULL, &error)
            : chronicle_dataset_write_json (dataset, G_OUTPUT_STREAM (stream), NULL, &error)) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error))
    {
      g_printerr ("chronicle --export: %s\n", error->message);
      return 1;
    }
  return 0;
}

static int
export_main (int    argc,
             char **argv)
{
  const char *out = NULL, *path = NULL, *size = NULL, *range = NULL, *group_by = "kind";
  ChronicleExportOptions options = { 0 };
  ChronicleExportFormat format;
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_autoptr(ChronicleSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lower = NULL;
  double width = 0, height = 0;
  gint64 first, end;

  for (int i = 1; i < argc; i++)
    {
      const char **value = g_str_equal (argv[i], "--export") ? &out :
                           g_str_equal (argv[i], "--size") ? &size :
                           g_str_equal (argv[i], "--range") ? &range :
                           g_str_equal (argv[i], "--group-by") ? &group_by : NULL;

      if (value != NULL && i + 1 < argc)
        *value = argv[++i];
      else if (value == NULL && argv[i][0] != '-' && path == NULL)
        path = argv[i];
      else
        {
          /* Translators: %s is a command-line argument. */
          g_printerr (_("chronicle --export: unexpected argument “%s”\n"), argv[i]);
          g_printerr ("%s\n", _("Usage: chronicle --export OUT.png|OUT.svg|OUT.pdf|OUT.csv|OUT.json [--size WxH|a4|a3] [--range FROM..TO] [--group-by kind|partner] [FILE]"));
          return 1;
        }
    }

  lower = g_ascii_strdown (out != NULL ? out : "", -1);
  if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".json"))
    return write_data (path, out, g_str_has_suffix (lower, ".csv"));
  if (g_str_has_suffix (lower, ".png"))
    format = CHRONICLE_EXPORT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    format = CHRONICLE_EXPORT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    format = CHRONICLE_EXPORT_PDF;
  else
    {
      /* Translators: %s is the file name given to --export. */
      g_printerr (_("chronicle --export: “%s” does not end in .png, .svg, .pdf, .csv or .json\n"), out ? out : "");
      return 1;
    }

  if (writes_over_source (path, out))
    return 1;
  if (size == NULL)
    {
      /* 1920 wide; an image as tall as its rows need (at least 1080), a PDF's pages 1080. */
      width = 1920;
      height = format == CHRONICLE_EXPORT_PDF ? 1080 : 0;
    }
  else if (g_ascii_strcasecmp (size, "a4") == 0)
    chronicle_export_size (CHRONICLE_EXPORT_A4, format, &width, &height);
  else if (g_ascii_strcasecmp (size, "a3") == 0)
    chronicle_export_size (CHRONICLE_EXPORT_A3, format, &width, &height);
  else
    {
      char *end_w = NULL, *end_h = NULL;

      width = g_ascii_strtod (size, &end_w);
      height = end_w && (*end_w == 'x' || *end_w == 'X') ? g_ascii_strtod (end_w + 1, &end_h) : 0;
      if (end_h == NULL || *end_h != '\0' || width < 100 || height < 100 || width > 20000 || height > 20000)
        {
          /* Translators: %s is the value given to --size. */
          g_printerr (_("chronicle --export: the size “%s” is not WIDTHxHEIGHT (100 to 20000), a4 or a3\n"), size);
          return 1;
        }
    }

  if (g_str_equal (group_by, "kind"))
    options.group_by = CHRONICLE_GROUP_BY_KIND;
  else if (g_str_equal (group_by, "partner"))
    options.group_by = CHRONICLE_GROUP_BY_PARTNER;
  else
    {
      /* Translators: %s is the value given to --group-by; kind and partner are literal. */
      g_printerr (_("chronicle --export: --group-by takes kind or partner, not “%s”\n"), group_by);
      return 1;
    }

  dataset = load_for_export (path, &error);
  if (dataset == NULL)
    {
      g_printerr ("chronicle --export: %s\n", error->message);
      return 1;
    }

  options.dataset = dataset;
  /* The dataset's translations for the language the UI speaks, as the window and the
   * Export dialog use them: a Vietnamese desktop gets a Vietnamese handout, not
   * Vietnamese page numbers around English titles. */
  session = chronicle_session_new ();
  options.language = chronicle_session_get_language (session);
  if (range != NULL)
    {
      g_autofree char *year = NULL;
      ChronicleDateParseResult result = parse_range (range, &options.first_day, &options.end_day, &year);

      if (result == CHRONICLE_DATE_PARSE_YEAR_RANGE)
        {
          char min_year[32], max_year[32];

          g_snprintf (min_year, sizeof min_year, "%" G_GINT64_FORMAT, (gint64) CHRONICLE_DATE_MIN_YEAR);
          g_snprintf (max_year, sizeof max_year, "%" G_GINT64_FORMAT, (gint64) CHRONICLE_DATE_MAX_YEAR);
          /* Translators: %1$s is a year written in --range, %2$s and %3$s the first and last
           * years Chronicle reads (-13800000000 and 9999). */
          g_printerr (_("chronicle --export: the year %1$s is out of range (years go from %2$s to %3$s)\n"),
                      year, min_year, max_year);
          return 1;
        }
      if (result != CHRONICLE_DATE_PARSE_OK)
        {
          /* Translators: %s is the value given to --range; keep FROM..TO and the examples. */
          g_printerr (_("chronicle --export: the range “%s” is not FROM..TO, with dates such as 2021, 2022-06 or 2023-12-31\n"), range);
          return 1;
        }
      if (options.end_day <= options.first_day)
        {
          /* Translators: %s is the value given to --range, FROM..TO with its end before
           * its start (2023..2021); keep the example 2021..2023 as it is. */
          g_printerr (_("chronicle --export: the range “%s” ends before it starts: write the earlier date first, as in 2021..2023\n"), range);
          return 1;
        }
    }
  else if (chronicle_event_store_get_bounds (chronicle_dataset_get_events (dataset), &first, &end))
    {
      /* Everything, with a little room on both sides (labels that would run off the
       * page's end go before their markers). */
      double span = MAX (end - first, 1);

      options.first_day = first - span * 0.02;
      options.end_day = end + span * 0.02;
    }
  else
    {
      g_printerr ("%s\n", _("chronicle --export: the file has no events"));
      return 1;
    }

  if (!chronicle_export_to_file_sized (&options, format, width, height, out, &error))
    {
      g_printerr ("chronicle --export: %s\n", error->message);
      return 1;
    }
  return 0;
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

  for (int i = 1; i < argc; i++)
    if (g_strcmp0 (argv[i], "--export") == 0)
      return export_main (argc, argv);

  app = chronicle_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
