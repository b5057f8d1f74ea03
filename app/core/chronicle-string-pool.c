/* chronicle-string-pool.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-string-pool"

#include "config.h"

#include "chronicle-string-pool.h"

/* Every string of every event of one load lives in one GStringChunk: no allocation
 * (and no allocator overhead) per string, and ids, kinds, partners and people that
 * repeat are stored once. Each event holds a reference, so an event stays valid
 * after its dataset is gone. Filled by one thread while loading, read-only after. */

struct _ChronicleStringPool
{
  GStringChunk *chunk;
};

static void
pool_clear (gpointer data)
{
  ChronicleStringPool *self = data;

  g_clear_pointer (&self->chunk, g_string_chunk_free);
}

ChronicleStringPool *
_chronicle_string_pool_new (void)
{
  ChronicleStringPool *self = g_atomic_rc_box_new0 (ChronicleStringPool);

  self->chunk = g_string_chunk_new (64 * 1024);
  return self;
}

ChronicleStringPool *
_chronicle_string_pool_ref (ChronicleStringPool *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
_chronicle_string_pool_unref (ChronicleStringPool *self)
{
  g_atomic_rc_box_release_full (self, pool_clear);
}

/* Every event text enters the model here and in _chronicle_dataset_intern(), and
 * all of it reaches widgets, window titles and accessible properties, which need
 * valid UTF-8: the loader guarantees it (the pre-scan refuses escapes that would
 * break it), and this asserts it. */
#define assert_text(text) g_assert (text == NULL || g_utf8_validate (text, -1, NULL))

/* A copy of @text that lives as long as the pool; NULL stays NULL. */
const char *
_chronicle_string_pool_add (ChronicleStringPool *self,
                            const char          *text)
{
  assert_text (text);
  return text != NULL ? g_string_chunk_insert (self->chunk, text) : NULL;
}

/* As _add(), but equal strings share one copy (and so one pointer). */
const char *
_chronicle_string_pool_intern (ChronicleStringPool *self,
                               const char          *text)
{
  assert_text (text);
  return text != NULL ? g_string_chunk_insert_const (self->chunk, text) : NULL;
}
