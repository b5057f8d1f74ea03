/* test-export-source.c — Chronicle never writes over the file it reads, whatever name
 * the file it is asked to write has: a link to it, or the same file by another path.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "chronicle-files.h"

static char *dir;

static char *
in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static const char sheet[] =
  "\xEF\xBB\xBFYear,Month,Day,Headline,Text\r\n"
  ",,,A teacher's sheet,<b>Bold</b> as the teacher wrote it\r\n"
  "1914,6,28,Sarajevo,The archduke is shot.\r\n"
  "1918,11,11,Armistice,The guns fall silent.\r\n";

/* Two names are one file: the same path, a symbolic link either way, a hard link;
 * two files with the same contents are not; a file that does not exist is not. */
static void
test_same_file (void)
{
  g_autofree char *src = in_dir ("same-src.csv");
  g_autofree char *soft = in_dir ("same-soft.csv");
  g_autofree char *hard = in_dir ("same-hard.csv");
  g_autofree char *copy = in_dir ("same-copy.csv");
  g_autofree char *missing = in_dir ("same-missing.csv");
  g_autoptr(GFile) f_src = NULL, f_soft = NULL, f_hard = NULL, f_copy = NULL, f_missing = NULL, f_dotted = NULL;
  g_autofree char *dotted = g_build_filename (dir, ".", "same-src.csv", NULL);

  g_assert_true (g_file_set_contents (src, sheet, -1, NULL));
  g_assert_true (g_file_set_contents (copy, sheet, -1, NULL));
  g_assert_cmpint (symlink (src, soft), ==, 0);
  g_assert_cmpint (link (src, hard), ==, 0);
  f_src = g_file_new_for_path (src);
  f_soft = g_file_new_for_path (soft);
  f_hard = g_file_new_for_path (hard);
  f_copy = g_file_new_for_path (copy);
  f_missing = g_file_new_for_path (missing);
  f_dotted = g_file_new_for_path (dotted);

  g_assert_true (chronicle_file_is_same (f_src, f_src));
  g_assert_true (chronicle_file_is_same (f_src, f_dotted));
  g_assert_true (chronicle_file_is_same (f_src, f_soft));
  g_assert_true (chronicle_file_is_same (f_soft, f_src));
  g_assert_true (chronicle_file_is_same (f_src, f_hard));
  g_assert_true (chronicle_file_is_same (f_soft, f_hard));
  g_assert_false (chronicle_file_is_same (f_src, f_copy));
  g_assert_false (chronicle_file_is_same (f_src, f_missing));
  g_assert_false (chronicle_file_is_same (f_missing, f_src));
}

/* `chronicle --export OUT FILE` where OUT is FILE by another name, in every format:
 * it refuses, says why, and FILE's bytes are as they were. */
static void
test_export_refuses_source (void)
{
  g_autofree char *chronicle = g_test_build_filename (G_TEST_BUILT, "..", "app", "chronicle", NULL);
  g_autofree char *src = in_dir ("src.csv");
  g_autofree char *soft = in_dir ("link.csv");
  g_autofree char *hard = in_dir ("hard.csv");
  g_autofree char *soft_json = in_dir ("link.json");
  g_autofree char *soft_pdf = in_dir ("link.pdf");
  g_auto(GStrv) env = g_get_environ ();
  /* Each pair: what to write, what to read. */
  const char *cases[][2] = {
    { soft, src }, { src, soft }, { hard, src }, { soft_json, src }, { soft_pdf, src },
  };

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_assert_true (g_file_set_contents (src, sheet, -1, NULL));
  g_assert_cmpint (symlink (src, soft), ==, 0);
  g_assert_cmpint (link (src, hard), ==, 0);
  g_assert_cmpint (symlink (src, soft_json), ==, 0);
  g_assert_cmpint (symlink (src, soft_pdf), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *argv[] = { chronicle, "--export", cases[i][0], cases[i][1], NULL };
      g_autofree char *err = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_test_message ("--export %s %s", cases[i][0], cases[i][1]);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error));
      g_assert_no_error (error);
      g_assert_false (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (err, "never writes over it"));
      g_assert_true (g_file_get_contents (src, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, sheet);
      /* The links are still links to it. */
      g_assert_true (g_file_test (soft, G_FILE_TEST_IS_SYMLINK));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("chronicle-source-XXXXXX", NULL);
  g_assert_nonnull (dir);

  g_test_add_func ("/chronicle/export/same-file", test_same_file);
  g_test_add_func ("/chronicle/export/refuses-source", test_export_refuses_source);

  status = g_test_run ();
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = in_dir (name);

        g_unlink (path);
      }
    g_rmdir (dir);
  }
  return status;
}
