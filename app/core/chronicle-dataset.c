/* chronicle-dataset.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-dataset"

#include "config.h"

#include "chronicle-dataset-private.h"

#include <glib/gi18n.h>

struct _ChronicleDataset
{
  GObject              parent_instance;

  GStringChunk        *strings;       /* every metadata string */
  const char          *title;
  const char          *description;
  const char          *language;
  const char          *source_format;
  GArray              *documents;     /* ChronicleDocument */
  GArray              *kinds;         /* ChronicleKind */
  GArray              *partners;      /* ChroniclePartner */
  GArray              *eras;          /* ChronicleEra */
  GArray              *figures;       /* ChronicleFigure */
  GArray              *media;         /* ChronicleMedia: the title slide's */
  ChronicleBackground  background;    /* the title slide's; both NULL: none */
  GHashTable          *translations;  /* "owner\x1flang\x1ffield" → borrowed value */
  GArray              *translation_list; /* ChronicleTranslation, in the file's order, for the writer */
  GHashTable          *document_index;
  GHashTable          *kind_index;
  GHashTable          *partner_index;
  ChronicleEventStore *events;
  GPtrArray           *warnings;      /* ChronicleDiagnostic */
  gboolean             has_view;      /* the file names where the timeline opens */
  ChronicleDate        view_start;
  ChronicleDate        view_end;
};

G_DEFINE_FINAL_TYPE (ChronicleDataset, chronicle_dataset, G_TYPE_OBJECT)

/* The built-in kinds: a label, and a shape as well as a colour, since a projector
 * washes colours out. Files may override any of them or add their own. */
static const struct {
  const char *id;
  const char *label;
  const char *color;
  const char *shape;
} builtin_kinds[] = {
  { "visit", N_("Visit"), "#3584e4", "circle" },
  { "upgrade", N_("Relationship upgrade"), "#e01b24", "star" },
  { "relations", N_("Diplomatic relations"), "#2ec27e", "square" },
  { "call", N_("Phone call"), "#9141ac", "triangle" },
  { "summit", N_("Summit"), "#c64600", "hexagon" },
  { "conference", N_("Conference"), "#986a44", "square" },
  { "agreement", N_("Agreement"), "#1c71d8", "diamond" },
  { "policy", N_("Party and state document"), "#5e5c64", "square" },
  { "election", N_("Election"), "#e5a50a", "triangle" },
  { "other", N_("Other"), "#77767b", "circle" },
};

static void
free_partner_levels (gpointer data)
{
  ChroniclePartner *partner = data;

  g_clear_pointer (&partner->levels, g_free);
}

static void
free_figure_sources (gpointer data)
{
  ChronicleFigure *figure = data;

  g_clear_pointer (&figure->sources, g_free);
}

static void
chronicle_dataset_finalize (GObject *object)
{
  ChronicleDataset *self = CHRONICLE_DATASET (object);

  g_clear_pointer (&self->document_index, g_hash_table_unref);
  g_clear_pointer (&self->kind_index, g_hash_table_unref);
  g_clear_pointer (&self->partner_index, g_hash_table_unref);
  g_clear_pointer (&self->translations, g_hash_table_unref);
  g_clear_pointer (&self->translation_list, g_array_unref);
  g_clear_pointer (&self->documents, g_array_unref);
  g_clear_pointer (&self->kinds, g_array_unref);
  g_clear_pointer (&self->partners, g_array_unref);
  g_clear_pointer (&self->eras, g_array_unref);
  g_clear_pointer (&self->figures, g_array_unref);
  g_clear_pointer (&self->media, g_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_object (&self->events);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (chronicle_dataset_parent_class)->finalize (object);
}

static void
chronicle_dataset_class_init (ChronicleDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = chronicle_dataset_finalize;
}

static void
chronicle_dataset_init (ChronicleDataset *self)
{
  self->strings = g_string_chunk_new (4096);
  self->documents = g_array_new (FALSE, TRUE, sizeof (ChronicleDocument));
  self->kinds = g_array_new (FALSE, TRUE, sizeof (ChronicleKind));
  self->partners = g_array_new (FALSE, TRUE, sizeof (ChroniclePartner));
  g_array_set_clear_func (self->partners, free_partner_levels);
  self->eras = g_array_new (FALSE, TRUE, sizeof (ChronicleEra));
  self->figures = g_array_new (FALSE, TRUE, sizeof (ChronicleFigure));
  g_array_set_clear_func (self->figures, free_figure_sources);
  self->media = g_array_new (FALSE, TRUE, sizeof (ChronicleMedia));
  self->translations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->translation_list = g_array_new (FALSE, TRUE, sizeof (ChronicleTranslation));
  self->document_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->kind_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->partner_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->language = "en";
}

ChronicleDataset *
_chronicle_dataset_new (void)
{
  return g_object_new (CHRONICLE_TYPE_DATASET, NULL);
}

/* Copies @text into the dataset's string store; NULL stays NULL. Every dataset
 * text enters the model here (event text through the string pool): it must be
 * valid UTF-8, as widgets and accessible properties require. */
const char *
_chronicle_dataset_intern (ChronicleDataset *self,
                           const char       *text)
{
  g_assert (text == NULL || g_utf8_validate (text, -1, NULL));
  return text != NULL ? g_string_chunk_insert_const (self->strings, text) : NULL;
}

/* The range the file asks the timeline to open on ("view"). */
void
_chronicle_dataset_set_view (ChronicleDataset    *self,
                             const ChronicleDate *start,
                             const ChronicleDate *end)
{
  self->has_view = TRUE;
  self->view_start = *start;
  self->view_end = *end;
}

/**
 * chronicle_dataset_get_view:
 * @first_day: (out) (optional): the first day of the view
 * @end_day: (out) (optional): the day after its last
 *
 * Returns: whether the file names the range a timeline opens on (its "view")
 */
gboolean
chronicle_dataset_get_view (ChronicleDataset *self,
                            gint64           *first_day,
                            gint64           *end_day)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), FALSE);

  if (!self->has_view)
    return FALSE;
  if (first_day != NULL)
    *first_day = chronicle_date_first_day (&self->view_start);
  if (end_day != NULL)
    *end_day = chronicle_date_end_day (&self->view_end);
  return TRUE;
}

/**
 * chronicle_dataset_get_view_dates:
 * @start: (out): the view's start, as precise as the file wrote it
 * @end: (out): its end
 *
 * Returns: whether the file names a view (see chronicle_dataset_get_view())
 */
gboolean
chronicle_dataset_get_view_dates (ChronicleDataset *self,
                                  ChronicleDate    *start,
                                  ChronicleDate    *end)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), FALSE);

  if (!self->has_view)
    return FALSE;
  *start = self->view_start;
  *end = self->view_end;
  return TRUE;
}

void
_chronicle_dataset_set_info (ChronicleDataset *self,
                             const char       *title,
                             const char       *description,
                             const char       *language,
                             const char       *source_format)
{
  self->title = _chronicle_dataset_intern (self, title);
  self->description = _chronicle_dataset_intern (self, description);
  if (language != NULL)
    self->language = _chronicle_dataset_intern (self, language);
  self->source_format = _chronicle_dataset_intern (self, source_format);
}

GArray *
_chronicle_dataset_get_documents (ChronicleDataset *self)
{
  return self->documents;
}

GArray *
_chronicle_dataset_get_kinds (ChronicleDataset *self)
{
  return self->kinds;
}

GArray *
_chronicle_dataset_get_partners (ChronicleDataset *self)
{
  return self->partners;
}

GArray *
_chronicle_dataset_get_eras (ChronicleDataset *self)
{
  return self->eras;
}

GArray *
_chronicle_dataset_get_figures (ChronicleDataset *self)
{
  return self->figures;
}

/* Adds a picture, video or sound of the dataset as a whole (a TimelineJS title
 * slide's media), its strings copied into the dataset. */
void
_chronicle_dataset_add_media (ChronicleDataset     *self,
                              const ChronicleMedia *media)
{
  ChronicleMedia copy = {
    _chronicle_dataset_intern (self, media->url),
    _chronicle_dataset_intern (self, media->caption),
    _chronicle_dataset_intern (self, media->credit),
    _chronicle_dataset_intern (self, media->alt),
    _chronicle_dataset_intern (self, media->thumbnail),
  };

  g_assert (media->url != NULL);
  g_array_append_val (self->media, copy);
}

/* The title slide's background colour and picture, copied into the dataset. */
void
_chronicle_dataset_set_background (ChronicleDataset *self,
                                   const char       *color,
                                   const char       *url)
{
  self->background.color = _chronicle_dataset_intern (self, color);
  self->background.url = _chronicle_dataset_intern (self, url);
}

/* Adds the built-in kinds the file did not define itself. Call after the file's kinds. */
void
_chronicle_dataset_add_builtin_kinds (ChronicleDataset *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_kinds); i++)
    {
      ChronicleKind kind = { 0 };
      gboolean defined = FALSE;

      for (guint j = 0; j < self->kinds->len && !defined; j++)
        defined = g_str_equal (g_array_index (self->kinds, ChronicleKind, j).id, builtin_kinds[i].id);
      if (defined)
        continue;

      kind.id = builtin_kinds[i].id;
      /* Built-in labels are translated through gettext, at load time. */
      kind.label = _chronicle_dataset_intern (self, g_dgettext (GETTEXT_PACKAGE, builtin_kinds[i].label));
      kind.color = builtin_kinds[i].color;
      kind.shape = builtin_kinds[i].shape;
      g_array_append_val (self->kinds, kind);
    }
}

void
_chronicle_dataset_add_translation (ChronicleDataset *self,
                                    const char       *owner,
                                    const char       *language,
                                    const char       *field,
                                    const char       *value)
{
  char *key = g_strdup_printf ("%s\x1f%s\x1f%s", owner, language, field);
  ChronicleTranslation t = { 0 };

  value = _chronicle_dataset_intern (self, value);
  /* The same text given again (a level named twice) replaces it, in its place. */
  if (g_hash_table_contains (self->translations, key))
    for (guint i = 0; i < self->translation_list->len; i++)
      {
        ChronicleTranslation *old = &g_array_index (self->translation_list, ChronicleTranslation, i);

        if (g_str_equal (old->owner, owner) && g_str_equal (old->language, language) && g_str_equal (old->field, field))
          old->value = value;
      }
  else
    {
      t.owner = _chronicle_dataset_intern (self, owner);
      t.language = _chronicle_dataset_intern (self, language);
      t.field = _chronicle_dataset_intern (self, field);
      t.value = value;
      g_array_append_val (self->translation_list, t);
    }
  g_hash_table_insert (self->translations, key, (gpointer) value);
}

void
_chronicle_dataset_take_events (ChronicleDataset    *self,
                                ChronicleEventStore *events)
{
  g_clear_object (&self->events);
  self->events = events;
}

void
_chronicle_dataset_take_warnings (ChronicleDataset *self,
                                  GPtrArray        *warnings)
{
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  self->warnings = warnings;
}

/* Builds the id lookups once every array is complete (arrays may move while growing). */
void
_chronicle_dataset_index (ChronicleDataset *self)
{
  g_hash_table_remove_all (self->document_index);
  g_hash_table_remove_all (self->kind_index);
  g_hash_table_remove_all (self->partner_index);

  for (guint i = 0; i < self->documents->len; i++)
    g_hash_table_insert (self->document_index,
                         (gpointer) g_array_index (self->documents, ChronicleDocument, i).id,
                         &g_array_index (self->documents, ChronicleDocument, i));
  for (guint i = 0; i < self->kinds->len; i++)
    g_hash_table_insert (self->kind_index,
                         (gpointer) g_array_index (self->kinds, ChronicleKind, i).id,
                         &g_array_index (self->kinds, ChronicleKind, i));
  for (guint i = 0; i < self->partners->len; i++)
    g_hash_table_insert (self->partner_index,
                         (gpointer) g_array_index (self->partners, ChroniclePartner, i).id,
                         &g_array_index (self->partners, ChroniclePartner, i));
}

/**
 * chronicle_dataset_get_events:
 *
 * Returns: (transfer none): the events, sorted by start
 */
ChronicleEventStore *
chronicle_dataset_get_events (ChronicleDataset *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  return self->events;
}

const char *
chronicle_dataset_get_title (ChronicleDataset *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  return self->title;
}

const char *
chronicle_dataset_get_description (ChronicleDataset *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  return self->description;
}

/* The BCP 47 language of the base text ("en" unless the file says otherwise). */
const char *
chronicle_dataset_get_language (ChronicleDataset *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  return self->language;
}

/* "chronicle/1" or "timelinejs/3": what the file was read as. */
const char *
chronicle_dataset_get_source_format (ChronicleDataset *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  return self->source_format;
}

#define DEFINE_ARRAY_GETTERS(Type, name, field)                                     \
guint                                                                               \
chronicle_dataset_get_n_##name##s (ChronicleDataset *self)                          \
{                                                                                   \
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), 0);                            \
  return self->field->len;                                                          \
}                                                                                   \
const Type *                                                                        \
chronicle_dataset_get_##name (ChronicleDataset *self,                               \
                              guint             i)                                  \
{                                                                                   \
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);                         \
  g_return_val_if_fail (i < self->field->len, NULL);                                \
  return &g_array_index (self->field, Type, i);                                     \
}

DEFINE_ARRAY_GETTERS (ChronicleDocument, document, documents)
DEFINE_ARRAY_GETTERS (ChronicleKind, kind, kinds)
DEFINE_ARRAY_GETTERS (ChroniclePartner, partner, partners)
DEFINE_ARRAY_GETTERS (ChronicleEra, era, eras)

/**
 * chronicle_dataset_get_era_title:
 * @i: the era's index
 * @language: (nullable): the UI language, or %NULL for the base text
 *
 * Returns: the title of era @i in @language when the file translates it
 */
const char *
chronicle_dataset_get_era_title (ChronicleDataset *self,
                                 guint             i,
                                 const char       *language)
{
  g_autofree char *owner = NULL;

  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  g_return_val_if_fail (i < self->eras->len, NULL);

  owner = g_strdup_printf ("era/%u", i);
  return chronicle_dataset_translate (self, owner, language, "title",
                                      g_array_index (self->eras, ChronicleEra, i).title);
}
DEFINE_ARRAY_GETTERS (ChronicleFigure, figure, figures)

#undef DEFINE_ARRAY_GETTERS

/**
 * chronicle_dataset_get_n_media:
 *
 * Returns: how many media the dataset as a whole has (a TimelineJS title slide's
 *   media, the Chronicle format's top-level "media")
 */
guint
chronicle_dataset_get_n_media (ChronicleDataset *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), 0);
  return self->media->len;
}

/**
 * chronicle_dataset_get_media:
 * @i: below chronicle_dataset_get_n_media()
 *
 * Returns: (transfer none): the dataset's media @i: its url is an http(s) address or
 *   a path relative to the file the dataset was read from, as an event's media
 */
const ChronicleMedia *
chronicle_dataset_get_media (ChronicleDataset *self,
                             guint             i)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  g_return_val_if_fail (i < self->media->len, NULL);
  return &g_array_index (self->media, ChronicleMedia, i);
}

/**
 * chronicle_dataset_get_background:
 *
 * Returns: (nullable): the title slide's background colour and picture (TimelineJS's
 *   `title.background`, the spreadsheet's title row), or %NULL
 */
const ChronicleBackground *
chronicle_dataset_get_background (ChronicleDataset *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  if (self->background.color == NULL && self->background.url == NULL)
    return NULL;
  return &self->background;
}

const ChronicleDocument *
chronicle_dataset_find_document (ChronicleDataset *self,
                                 const char       *id)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->document_index, id);
}

const ChronicleKind *
chronicle_dataset_find_kind (ChronicleDataset *self,
                             const char       *id)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->kind_index, id);
}

const ChroniclePartner *
chronicle_dataset_find_partner (ChronicleDataset *self,
                                const char       *id)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->partner_index, id);
}

/**
 * chronicle_dataset_translate:
 * @owner: what the text belongs to: "dataset", "kind/ID", "partner/ID", "figure/ID", "era/N",
 *   "level/NAME"
 * @language: (nullable): the UI language ("vi"), or %NULL for the base text
 * @field: "title", "description", "label", "name"
 * @fallback: (nullable): the base text
 *
 * Returns: (nullable): the translation the file carries, else @fallback
 */
const char *
chronicle_dataset_translate (ChronicleDataset *self,
                             const char       *owner,
                             const char       *language,
                             const char       *field,
                             const char       *fallback)
{
  g_autofree char *key = NULL;
  const char *value;

  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  g_return_val_if_fail (owner != NULL && field != NULL, NULL);

  if (language == NULL)
    return fallback;

  key = g_strdup_printf ("%s\x1f%s\x1f%s", owner, language, field);
  value = g_hash_table_lookup (self->translations, key);
  return value != NULL ? value : fallback;
}

/**
 * chronicle_dataset_translate_level:
 * @level: a relationship level as the file names it ("comprehensive strategic partnership")
 *
 * Returns: @level's name in @language, from the file's "levels", else @level
 */
const char *
chronicle_dataset_translate_level (ChronicleDataset *self,
                                   const char       *language,
                                   const char       *level)
{
  g_autofree char *owner = NULL;

  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);

  if (language == NULL || level == NULL)
    return level;
  owner = g_strdup_printf ("level/%s", level);
  return chronicle_dataset_translate (self, owner, language, "name", level);
}

/**
 * chronicle_dataset_get_warnings:
 *
 * Returns: (transfer none) (element-type ChronicleDiagnostic): what the loader warned about
 */
GPtrArray *
chronicle_dataset_get_warnings (ChronicleDataset *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  return self->warnings;
}

/**
 * chronicle_dataset_get_n_translations:
 *
 * Returns: how many texts the file translates (the dataset's, its kinds', partners',
 *   eras', figures' and levels'; events carry their own), for writing them back
 */
guint
chronicle_dataset_get_n_translations (ChronicleDataset *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), 0);
  return self->translation_list->len;
}

/**
 * chronicle_dataset_get_translation:
 *
 * Returns: the @i-th translated text, in the order the file gives them
 */
const ChronicleTranslation *
chronicle_dataset_get_translation (ChronicleDataset *self,
                                   guint             i)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), NULL);
  g_return_val_if_fail (i < self->translation_list->len, NULL);
  return &g_array_index (self->translation_list, ChronicleTranslation, i);
}

/**
 * chronicle_dataset_is_builtin_kind:
 *
 * Returns: whether @kind is one of the built-in kinds the dataset added itself
 *   (not one the file defines, even under a built-in id), so a writer leaves it out
 */
gboolean
chronicle_dataset_is_builtin_kind (ChronicleDataset    *self,
                                   const ChronicleKind *kind)
{
  g_return_val_if_fail (CHRONICLE_IS_DATASET (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  /* A built-in kind's colour is the table's own string; a file's is interned. */
  for (guint i = 0; i < G_N_ELEMENTS (builtin_kinds); i++)
    if (kind->color == builtin_kinds[i].color && g_strcmp0 (kind->id, builtin_kinds[i].id) == 0)
      return TRUE;
  return FALSE;
}
