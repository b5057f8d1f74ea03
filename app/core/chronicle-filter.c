/* chronicle-filter.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-filter"

#include "config.h"

#include "chronicle-filter.h"

#include <string.h>

/* A pure predicate over events: kinds, partners, people (any of each: OR within a
 * field), a date range (overlap) and free text, combined with AND. The UI wraps it;
 * it never sees a widget.
 *
 * Free text ignores case and diacritics and looks in an event's title, description,
 * place, people, Vietnamese title and its partners' names (as the file writes them and
 * in Vietnamese, when the filter knows the dataset). Words typed together are taken as
 * written together when some event has them so, each word at the start of a word and
 * the next right after it: Vietnamese names are several syllables ("Hoa Kỳ"), each of
 * which is also part of unrelated words ("văn hóa", "nhiệm kỳ"). When no event has them
 * side by side, every word has to be somewhere in the event.
 *
 * Text search folds each event's text once per store and keeps it in one buffer,
 * so a search over 100k events is a scan of that buffer. */

struct _ChronicleFilter
{
  GObject     parent_instance;

  char      **kinds;
  char      **partners;
  char      **people;
  char       *text;
  char      **words;      /* folded query words */
  gint64      first_day;
  gint64      end_day;
  guint       has_range : 1;

  /* Per apply(): decisions memoized by string pointer. Kinds and partners are
   * interned per load, so each distinct one is decided once, not hashed per event. */
  GHashTable *kind_decisions;      /* const char * → MATCH / NO_MATCH */
  GHashTable *partner_decisions;

  /* Folded search text of the last store searched. */
  ChronicleEventStore *indexed_store;   /* weak */
  GString             *haystack;
  guint               *offsets;         /* n + 1 offsets into haystack */
  ChronicleDataset    *dataset;         /* weak: its partners' names are searched */

  /* Whether some event of the indexed store has the words side by side. */
  guint                phrase_checked : 1;
  guint                phrase_mode : 1;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ChronicleFilter, chronicle_filter, G_TYPE_OBJECT)

static const char * const empty_strv[] = { NULL };

enum { UNDECIDED, MATCH, NO_MATCH };

/**
 * chronicle_fold_text:
 *
 * Returns: (transfer full): @text lower-cased, with diacritics removed, so that
 *   "nguyen phu trong" matches "Nguyễn Phú Trọng" and "dong" matches "Đông"
 */
char *
chronicle_fold_text (const char *text)
{
  g_autofree char *lower = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean ascii = TRUE;

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      {
        ascii = FALSE;
        break;
      }
  if (ascii)
    return g_ascii_strdown (text, -1);

  lower = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (lower, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_steal_pointer (&lower);

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      /* đ has no decomposition: it is its own letter, but readers type d. */
      if (c == 0x0111 || c == 0x0110)
        c = 'd';
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
clear_index (ChronicleFilter *self)
{
  if (self->indexed_store != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->indexed_store), (gpointer *) &self->indexed_store);
  self->indexed_store = NULL;
  if (self->haystack != NULL)
    g_string_free (self->haystack, TRUE);
  self->haystack = NULL;
  g_clear_pointer (&self->offsets, g_free);
  self->phrase_checked = FALSE;
}

static void
append_folded (GString    *haystack,
               const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL || text[0] == '\0')
    return;
  folded = chronicle_fold_text (text);
  g_string_append (haystack, folded);
  g_string_append_c (haystack, '\n');
}

/* Partner id → its names, folded, one per line: as the file writes them and in
 * Vietnamese. Empty without a dataset, or when @store is not the dataset's. */
static GHashTable *
fold_partner_names (ChronicleFilter     *self,
                    ChronicleEventStore *store)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  if (self->dataset == NULL || chronicle_dataset_get_events (self->dataset) != store)
    return names;
  for (guint i = 0; i < chronicle_dataset_get_n_partners (self->dataset); i++)
    {
      const ChroniclePartner *partner = chronicle_dataset_get_partner (self->dataset, i);
      g_autofree char *owner = g_strconcat ("partner/", partner->id, NULL);
      const char *vi = chronicle_dataset_translate (self->dataset, owner, "vi", "name", partner->name);
      GString *text = g_string_new (NULL);

      append_folded (text, partner->name);
      if (g_strcmp0 (vi, partner->name) != 0)
        append_folded (text, vi);
      g_hash_table_insert (names, (gpointer) partner->id, g_string_free (text, FALSE));
    }
  return names;
}

static void
ensure_index (ChronicleFilter     *self,
              ChronicleEventStore *store)
{
  g_autoptr(GHashTable) partner_names = NULL;
  guint n;

  if (self->indexed_store == store && self->haystack != NULL)
    return;

  clear_index (self);
  partner_names = fold_partner_names (self, store);
  n = chronicle_event_store_get_n_events (store);
  self->haystack = g_string_sized_new (n * 64);
  self->offsets = g_new (guint, n + 1);

  for (guint i = 0; i < n; i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, i);
      const char * const *people = chronicle_event_get_people (event);
      const char * const *partners = chronicle_event_get_partners (event);

      self->offsets[i] = self->haystack->len;
      append_folded (self->haystack, chronicle_event_get_title (event));
      append_folded (self->haystack, chronicle_event_get_description (event));
      append_folded (self->haystack, chronicle_event_get_place (event));
      for (guint j = 0; people[j] != NULL; j++)
        append_folded (self->haystack, people[j]);
      /* Vietnamese text is searchable too, whatever the UI language. */
      if (chronicle_event_get_translated (event, "vi", "title") != chronicle_event_get_title (event))
        append_folded (self->haystack, chronicle_event_get_translated (event, "vi", "title"));
      for (guint j = 0; partners[j] != NULL; j++)
        {
          const char *names = g_hash_table_lookup (partner_names, partners[j]);

          if (names != NULL)
            g_string_append (self->haystack, names);
        }
      /* Separate events so a word never spans two of them. */
      g_string_append_c (self->haystack, '\0');
    }
  self->offsets[n] = self->haystack->len;

  self->indexed_store = store;
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &self->indexed_store);
}

static void
chronicle_filter_finalize (GObject *object)
{
  ChronicleFilter *self = CHRONICLE_FILTER (object);

  clear_index (self);
  if (self->dataset != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->dataset), (gpointer *) &self->dataset);
  g_clear_pointer (&self->kinds, g_strfreev);
  g_clear_pointer (&self->partners, g_strfreev);
  g_clear_pointer (&self->people, g_strfreev);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->kind_decisions, g_hash_table_unref);
  g_clear_pointer (&self->partner_decisions, g_hash_table_unref);

  G_OBJECT_CLASS (chronicle_filter_parent_class)->finalize (object);
}

static void
chronicle_filter_class_init (ChronicleFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = chronicle_filter_finalize;

  /**
   * ChronicleFilter::changed:
   *
   * Emitted when any criterion changes.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
chronicle_filter_init (ChronicleFilter *self)
{
  self->kind_decisions = g_hash_table_new (NULL, NULL);
  self->partner_decisions = g_hash_table_new (NULL, NULL);
}

ChronicleFilter *
chronicle_filter_new (void)
{
  return g_object_new (CHRONICLE_TYPE_FILTER, NULL);
}

static gboolean
strv_same (char               **a,
           const char * const  *b)
{
  guint na = a ? g_strv_length (a) : 0;
  guint nb = b ? g_strv_length ((char **) b) : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (!g_str_equal (a[i], b[i]))
      return FALSE;
  return TRUE;
}

/* Replaces a list criterion; an empty list means "any". Returns TRUE on a real change. */
static gboolean
set_list (char               ***field,
          const char * const   *values)
{
  if (strv_same (*field, values))
    return FALSE;
  g_strfreev (*field);
  *field = (values != NULL && values[0] != NULL) ? g_strdupv ((char **) values) : NULL;
  return TRUE;
}

void
chronicle_filter_set_kinds (ChronicleFilter    *self,
                            const char * const *kinds)
{
  g_return_if_fail (CHRONICLE_IS_FILTER (self));

  if (set_list (&self->kinds, kinds))
    g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * chronicle_filter_get_kinds:
 *
 * Returns: (transfer none): the kinds kept (empty: any)
 */
const char * const *
chronicle_filter_get_kinds (ChronicleFilter *self)
{
  g_return_val_if_fail (CHRONICLE_IS_FILTER (self), NULL);
  return self->kinds ? (const char * const *) self->kinds : empty_strv;
}

void
chronicle_filter_set_partners (ChronicleFilter    *self,
                               const char * const *partners)
{
  g_return_if_fail (CHRONICLE_IS_FILTER (self));
  if (set_list (&self->partners, partners))
    g_signal_emit (self, signals[CHANGED], 0);
}

const char * const *
chronicle_filter_get_partners (ChronicleFilter *self)
{
  g_return_val_if_fail (CHRONICLE_IS_FILTER (self), NULL);
  return self->partners ? (const char * const *) self->partners : empty_strv;
}

void
chronicle_filter_set_people (ChronicleFilter    *self,
                             const char * const *people)
{
  g_return_if_fail (CHRONICLE_IS_FILTER (self));
  if (set_list (&self->people, people))
    g_signal_emit (self, signals[CHANGED], 0);
}

const char * const *
chronicle_filter_get_people (ChronicleFilter *self)
{
  g_return_val_if_fail (CHRONICLE_IS_FILTER (self), NULL);
  return self->people ? (const char * const *) self->people : empty_strv;
}

/* Keeps events that overlap [first_day, end_day). */
void
chronicle_filter_set_range (ChronicleFilter *self,
                            gint64           first_day,
                            gint64           end_day)
{
  g_return_if_fail (CHRONICLE_IS_FILTER (self));
  g_return_if_fail (end_day > first_day);

  if (self->has_range && self->first_day == first_day && self->end_day == end_day)
    return;
  self->has_range = TRUE;
  self->first_day = first_day;
  self->end_day = end_day;
  g_signal_emit (self, signals[CHANGED], 0);
}

void
chronicle_filter_clear_range (ChronicleFilter *self)
{
  g_return_if_fail (CHRONICLE_IS_FILTER (self));

  if (!self->has_range)
    return;
  self->has_range = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * chronicle_filter_get_range:
 * @first_day: (out) (optional): the range's first day
 * @end_day: (out) (optional): the day after its last
 *
 * Returns: whether the filter keeps a range of days
 */
gboolean
chronicle_filter_get_range (ChronicleFilter *self,
                            gint64          *first_day,
                            gint64          *end_day)
{
  g_return_val_if_fail (CHRONICLE_IS_FILTER (self), FALSE);

  if (first_day != NULL)
    *first_day = self->has_range ? self->first_day : 0;
  if (end_day != NULL)
    *end_day = self->has_range ? self->end_day : 0;
  return self->has_range;
}

/**
 * chronicle_filter_get_text:
 *
 * Returns: (transfer none) (nullable): the text searched for, as typed
 */
const char *
chronicle_filter_get_text (ChronicleFilter *self)
{
  g_return_val_if_fail (CHRONICLE_IS_FILTER (self), NULL);
  return self->text;
}

void
chronicle_filter_set_text (ChronicleFilter *self,
                           const char      *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (CHRONICLE_IS_FILTER (self));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->words, g_strfreev);
  self->phrase_checked = FALSE;

  if (text != NULL)
    {
      g_auto(GStrv) parts = NULL;
      GPtrArray *words = g_ptr_array_new ();

      folded = chronicle_fold_text (text);
      parts = g_strsplit_set (folded, " \t\n\r", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        if (parts[i][0] != '\0')
          g_ptr_array_add (words, g_strdup (parts[i]));
      g_ptr_array_add (words, NULL);
      self->words = (char **) g_ptr_array_free (words, FALSE);
      if (self->words[0] == NULL)
        g_clear_pointer (&self->words, g_strfreev);
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * chronicle_filter_set_dataset:
 * @dataset: (nullable): the dataset whose events are filtered
 *
 * Lets text search look in the partners' names @dataset gives its events' partners
 * (events name their partners by id).
 */
void
chronicle_filter_set_dataset (ChronicleFilter  *self,
                              ChronicleDataset *dataset)
{
  g_return_if_fail (CHRONICLE_IS_FILTER (self));
  g_return_if_fail (dataset == NULL || CHRONICLE_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;
  if (self->dataset != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->dataset), (gpointer *) &self->dataset);
  self->dataset = dataset;
  if (dataset != NULL)
    g_object_add_weak_pointer (G_OBJECT (dataset), (gpointer *) &self->dataset);
  clear_index (self);
  if (self->words != NULL)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Keeps of @field only the values @named has. Returns TRUE on a real change. */
static gboolean
keep_named (char       ***field,
            GHashTable   *named)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);

  if (*field == NULL)
    return FALSE;
  /* Copies: set_list() frees the old list before it copies the new one. */
  for (guint i = 0; (*field)[i] != NULL; i++)
    if (g_hash_table_contains (named, (*field)[i]))
      g_ptr_array_add (kept, g_strdup ((*field)[i]));
  g_ptr_array_add (kept, NULL);
  return set_list (field, (const char * const *) kept->pdata);
}

static void
add_all (GHashTable         *named,
         const char * const *values)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    g_hash_table_add (named, (gpointer) values[i]);
}

/**
 * chronicle_filter_restrict:
 * @store: the events filtered from now on
 *
 * Drops from the kinds, partners and people kept those no event of @store has (the
 * same file reloaded, a kind or partner gone from it); the text and the range stay.
 * A field left with none kept keeps any. Announces a change if there was one.
 */
void
chronicle_filter_restrict (ChronicleFilter     *self,
                           ChronicleEventStore *store)
{
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) partners = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean changed = FALSE;

  g_return_if_fail (CHRONICLE_IS_FILTER (self));
  g_return_if_fail (CHRONICLE_IS_EVENT_STORE (store));

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, i);

      g_hash_table_add (kinds, (gpointer) chronicle_event_get_kind (event));
      add_all (partners, chronicle_event_get_partners (event));
      add_all (people, chronicle_event_get_people (event));
    }
  changed |= keep_named (&self->kinds, kinds);
  changed |= keep_named (&self->partners, partners);
  changed |= keep_named (&self->people, people);
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Drops every criterion at once, with one change notification. */
void
chronicle_filter_clear (ChronicleFilter *self)
{
  g_return_if_fail (CHRONICLE_IS_FILTER (self));

  if (chronicle_filter_is_empty (self))
    return;

  g_clear_pointer (&self->kinds, g_strfreev);
  g_clear_pointer (&self->partners, g_strfreev);
  g_clear_pointer (&self->people, g_strfreev);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  self->has_range = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
chronicle_filter_is_empty (ChronicleFilter *self)
{
  g_return_val_if_fail (CHRONICLE_IS_FILTER (self), TRUE);
  return self->kinds == NULL && self->partners == NULL && self->people == NULL &&
         self->words == NULL && !self->has_range;
}

static gboolean
list_contains (char       **wanted,
               const char  *value)
{
  for (guint j = 0; wanted[j] != NULL; j++)
    if (g_str_equal (value, wanted[j]))
      return TRUE;
  return FALSE;
}

/* Whether @value is in @wanted, memoized in @decisions by the string's address. */
static gboolean
decide (GHashTable  *decisions,
        char       **wanted,
        const char  *value)
{
  guint decision = GPOINTER_TO_UINT (g_hash_table_lookup (decisions, value));

  if (decision == UNDECIDED)
    {
      decision = list_contains (wanted, value) ? MATCH : NO_MATCH;
      g_hash_table_insert (decisions, (gpointer) value, GUINT_TO_POINTER (decision));
    }
  return decision == MATCH;
}

static gboolean
any_decided (GHashTable          *decisions,
             char               **wanted,
             const char * const  *values)
{
  for (guint i = 0; values[i] != NULL; i++)
    if (decide (decisions, wanted, values[i]))
      return TRUE;
  return FALSE;
}

/* Whether @p, in folded text starting at @text, is the start of a word. */
static gboolean
at_word_start (const char *text,
               const char *p)
{
  const char *prev;

  if (p == text)
    return TRUE;
  prev = g_utf8_find_prev_char (text, p);
  return prev == NULL || !g_unichar_isalnum (g_utf8_get_char (prev));
}

/* Whether the event's text at @haystack has the query's words side by side, in order,
 * within one of its fields: each at the start of a word, the next after nothing but
 * spaces and punctuation; the last may be the start of a longer word (still typed). */
static gboolean
has_phrase (ChronicleFilter *self,
            const char      *haystack)
{
  for (const char *hit = strstr (haystack, self->words[0]); hit != NULL; hit = strstr (hit + 1, self->words[0]))
    {
      const char *p = hit + strlen (self->words[0]);
      guint i;

      if (!at_word_start (haystack, hit))
        continue;
      for (i = 1; self->words[i] != NULL; i++)
        {
          const char *gap = p;

          while (*p != '\0' && *p != '\n' && !g_unichar_isalnum (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          if (p == gap || *p == '\n' || strncmp (p, self->words[i], strlen (self->words[i])) != 0)
            break;
          p += strlen (self->words[i]);
        }
      if (self->words[i] == NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
text_matches (ChronicleFilter *self,
              guint            position)
{
  const char *haystack = self->haystack->str + self->offsets[position];

  if (self->phrase_mode)
    return has_phrase (self, haystack);
  for (guint i = 0; self->words[i] != NULL; i++)
    if (strstr (haystack, self->words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* Words typed together are taken as a phrase when some event of @store has them side
 * by side (then only those events match), else each on its own. */
static void
check_phrase (ChronicleFilter     *self,
              ChronicleEventStore *store)
{
  guint n = chronicle_event_store_get_n_events (store);

  if (self->phrase_checked)
    return;
  self->phrase_checked = TRUE;
  self->phrase_mode = FALSE;
  if (self->words[1] == NULL)
    return;
  for (guint i = 0; i < n && !self->phrase_mode; i++)
    self->phrase_mode = has_phrase (self, self->haystack->str + self->offsets[i]);
}

/* Every criterion but the kinds, cheapest first. */
static gboolean
match_except_kind (ChronicleFilter     *self,
                   ChronicleEventStore *store,
                   guint                position)
{
  ChronicleEvent *event;

  if (self->has_range)
    {
      const gint64 *starts = chronicle_event_store_get_starts (store);
      const gint64 *ends = chronicle_event_store_get_ends (store);

      if (ends[position] <= self->first_day || starts[position] >= self->end_day)
        return FALSE;
    }
  if (self->partners == NULL && self->people == NULL && self->words == NULL)
    return TRUE;

  event = chronicle_event_store_get_event (store, position);
  if (self->partners != NULL &&
      !any_decided (self->partner_decisions, self->partners, chronicle_event_get_partners (event)))
    return FALSE;
  if (self->people != NULL)
    {
      const char * const *people = chronicle_event_get_people (event);
      gboolean found = FALSE;

      for (guint i = 0; people[i] != NULL && !found; i++)
        found = list_contains (self->people, people[i]);
      if (!found)
        return FALSE;
    }
  if (self->words != NULL && !text_matches (self, position))
    return FALSE;
  return TRUE;
}

static gboolean
kind_matches (ChronicleFilter     *self,
              ChronicleEventStore *store,
              guint                position)
{
  return self->kinds == NULL ||
         decide (self->kind_decisions, self->kinds,
                 chronicle_event_get_kind (chronicle_event_store_get_event (store, position)));
}

/* Memoized decisions hold string addresses: valid for one pass over one store only. */
static void
begin_pass (ChronicleFilter     *self,
            ChronicleEventStore *store)
{
  g_hash_table_remove_all (self->kind_decisions);
  g_hash_table_remove_all (self->partner_decisions);
  if (self->words != NULL)
    {
      ensure_index (self, store);
      check_phrase (self, store);
    }
}

gboolean
chronicle_filter_match (ChronicleFilter     *self,
                        ChronicleEventStore *store,
                        guint                position)
{
  g_return_val_if_fail (CHRONICLE_IS_FILTER (self), FALSE);
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (store), FALSE);
  g_return_val_if_fail (position < chronicle_event_store_get_n_events (store), FALSE);

  begin_pass (self, store);
  return match_except_kind (self, store, position) && kind_matches (self, store, position);
}

/**
 * chronicle_filter_apply:
 * @mask: (out caller-allocates) (array): one byte per event, set to 1 when it matches
 *
 * Returns: the number of matching events
 */
guint
chronicle_filter_apply (ChronicleFilter     *self,
                        ChronicleEventStore *store,
                        guint8              *mask)
{
  guint n;
  guint count = 0;

  g_return_val_if_fail (CHRONICLE_IS_FILTER (self), 0);
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (store), 0);
  g_return_val_if_fail (mask != NULL, 0);

  n = chronicle_event_store_get_n_events (store);
  if (chronicle_filter_is_empty (self))
    {
      memset (mask, 1, n);
      return n;
    }

  begin_pass (self, store);
  for (guint i = 0; i < n; i++)
    {
      gboolean match = match_except_kind (self, store, i) && kind_matches (self, store, i);

      mask[i] = match;
      count += match;
    }
  return count;
}

/**
 * chronicle_filter_count_kinds:
 *
 * Counts, per kind, the events that every criterion but the kinds lets through: what
 * each kind chip would show if it were the only one selected.
 *
 * Returns: (transfer full) (element-type utf8 guint): kind id → count
 */
GHashTable *
chronicle_filter_count_kinds (ChronicleFilter     *self,
                              ChronicleEventStore *store)
{
  GHashTable *counts;
  guint n;

  g_return_val_if_fail (CHRONICLE_IS_FILTER (self), NULL);
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (store), NULL);

  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = chronicle_event_store_get_n_events (store);
  begin_pass (self, store);

  for (guint i = 0; i < n; i++)
    {
      const char *kind;
      guint count;

      if (!match_except_kind (self, store, i))
        continue;
      kind = chronicle_event_get_kind (chronicle_event_store_get_event (store, i));
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, kind));
      g_hash_table_replace (counts, g_strdup (kind), GUINT_TO_POINTER (count + 1));
    }
  return counts;
}

/**
 * chronicle_filter_count_partners:
 *
 * Counts, per partner, the events that every criterion but the partners lets through:
 * what each partner would show if it were the only one picked.
 *
 * Returns: (transfer full) (element-type utf8 guint): partner id → count (partners
 *   with none are left out)
 */
GHashTable *
chronicle_filter_count_partners (ChronicleFilter     *self,
                                 ChronicleEventStore *store)
{
  GHashTable *counts;
  char **partners;
  guint n;

  g_return_val_if_fail (CHRONICLE_IS_FILTER (self), NULL);
  g_return_val_if_fail (CHRONICLE_IS_EVENT_STORE (store), NULL);

  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = chronicle_event_store_get_n_events (store);
  /* The partners set aside for the count (no signal: nothing changes). */
  partners = g_steal_pointer (&self->partners);
  begin_pass (self, store);
  for (guint i = 0; i < n; i++)
    {
      const char * const *names;

      if (!match_except_kind (self, store, i) || !kind_matches (self, store, i))
        continue;
      names = chronicle_event_get_partners (chronicle_event_store_get_event (store, i));
      for (guint j = 0; names[j] != NULL; j++)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, names[j]));

          g_hash_table_replace (counts, g_strdup (names[j]), GUINT_TO_POINTER (count + 1));
        }
    }
  self->partners = partners;
  return counts;
}
