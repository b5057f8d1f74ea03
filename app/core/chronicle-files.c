/* chronicle-files.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "chronicle-files.h"

/* What Chronicle needs to know about the files it is given beyond reading them: whether
 * two names are one file, so that nothing it writes ever replaces a file it reads. Two
 * paths may differ and still be one file: a symbolic link, a hard link, a name in
 * another case on a disk that ignores case (a FAT USB stick, a Mac's disk). */

/**
 * chronicle_file_is_same:
 *
 * Whether @a and @b name the same file: the same path, or, when both exist, the same
 * file on the same device (followed through links).
 *
 * Returns: %TRUE when writing @b would write over @a
 */
gboolean
chronicle_file_is_same (GFile *a,
                        GFile *b)
{
  g_autoptr(GFileInfo) info_a = NULL;
  g_autoptr(GFileInfo) info_b = NULL;
  const char *id_a, *id_b;

  g_return_val_if_fail (G_IS_FILE (a), FALSE);
  g_return_val_if_fail (G_IS_FILE (b), FALSE);

  if (g_file_equal (a, b))
    return TRUE;
  info_a = g_file_query_info (a, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  info_b = g_file_query_info (b, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info_a == NULL || info_b == NULL)
    return FALSE;
  id_a = g_file_info_get_attribute_string (info_a, G_FILE_ATTRIBUTE_ID_FILE);
  id_b = g_file_info_get_attribute_string (info_b, G_FILE_ATTRIBUTE_ID_FILE);
  return id_a != NULL && id_b != NULL && g_str_equal (id_a, id_b);
}
