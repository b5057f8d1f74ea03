/* fuzz-html.c — libFuzzer target for the TimelineJS text reader (HTML → plain text).
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build and run: see "Fuzzing" in README.md. The loader target reaches this code
 * too, but only through JSON strings; this one feeds it any bytes json-glib would
 * hand over (valid UTF-8 without NUL) directly.
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "chronicle-timelinejs-private.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *html = g_strndup ((const char *) data, size);
  g_autofree char *text = NULL;

  if (strlen (html) != size || !g_utf8_validate (html, -1, NULL))
    return 0;

  text = _chronicle_html_to_text (html);

  /* Plain text out: valid UTF-8, no tag left, no NUL, never longer than what came in
   * by more than the entities' expansion allows. */
  g_assert (g_utf8_validate (text, -1, NULL));
  g_assert (strlen (text) <= 4 * size);
  return 0;
}
