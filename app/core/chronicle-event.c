/* chronicle-event.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-event"

#include "config.h"

#include "chronicle-event-private.h"

/* Only the loader builds events; once built they never change, so every getter
 * returns borrowed data that lives as long as the event. The strings live in the
 * load's string pool, which the event keeps alive. */

typedef struct
{
  const char *language;
  const char *title;
  const char *description;
  const char *place;
} Translation;

struct _ChronicleEvent
{
  GObject              parent_instance;

  ChronicleStringPool *pool;
  const char          *id;
  const char          *kind;
  const char          *title;
  const char          *description;
  const char          *place;
  const char         **people;
  const char         **partners;
  const char         **links;
  const char         **link_titles;   /* parallel to links; "" when a link has none */
  const char          *display_date;
  const char         **tags;
  const char          *relation_partner;
  const char          *relation_from;
  const char          *relation_to;
  ChronicleSource     *sources;
  ChronicleMedia      *media;
  ChronicleBackground *background;    /* NULL for none: most events have none */
  guint                n_media;
  Translation         *translations;
  guint                n_sources;
  guint                n_translations;

  ChronicleDate        start;
  ChronicleDate        end;
  gint64               first_day;
  gint64               end_day;
  double               start_position;
  double               end_position;
  guint                file_index;
  ChronicleDirection   direction : 2;
  guint                has_end : 1;
  guint                title_made : 1;   /* the title is Chronicle's, not the author's */
};

G_DEFINE_FINAL_TYPE (ChronicleEvent, chronicle_event, G_TYPE_OBJECT)

static const char * const empty_strv[] = { NULL };

static void
chronicle_event_finalize (GObject *object)
{
  ChronicleEvent *self = CHRONICLE_EVENT (object);

  g_clear_pointer (&self->people, g_free);
  g_clear_pointer (&self->partners, g_free);
  g_clear_pointer (&self->links, g_free);
  g_clear_pointer (&self->link_titles, g_free);
  g_clear_pointer (&self->tags, g_free);
  g_clear_pointer (&self->sources, g_free);
  g_clear_pointer (&self->media, g_free);
  g_clear_pointer (&self->background, g_free);
  g_clear_pointer (&self->translations, g_free);
  g_clear_pointer (&self->pool, _chronicle_string_pool_unref);

  G_OBJECT_CLASS (chronicle_event_parent_class)->finalize (object);
}

static void
chronicle_event_class_init (ChronicleEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = chronicle_event_finalize;
}

static void
chronicle_event_init (ChronicleEvent *self)
{
}

ChronicleEvent *
_chronicle_event_new (ChronicleStringPool *pool,
                      guint                file_index)
{
  ChronicleEvent *self = g_object_new (CHRONICLE_TYPE_EVENT, NULL);

  self->pool = _chronicle_string_pool_ref (pool);
  self->file_index = file_index;
  return self;
}

void
_chronicle_event_set_id (ChronicleEvent *self,
                         const char     *id)
{
  self->id = id;
}

void
_chronicle_event_set_kind (ChronicleEvent *self,
                           const char     *kind)
{
  self->kind = kind;
}

void
_chronicle_event_set_direction (ChronicleEvent     *self,
                                ChronicleDirection  direction)
{
  self->direction = direction;
}

void
_chronicle_event_set_dates (ChronicleEvent      *self,
                            const ChronicleDate *start,
                            const ChronicleDate *end)
{
  self->start = *start;
  self->first_day = chronicle_date_first_day (start);
  self->start_position = chronicle_date_start_position (start);
  self->has_end = end != NULL;
  if (end != NULL)
    {
      self->end = *end;
      self->end_day = MAX (chronicle_date_end_day (end), self->first_day + 1);
      self->end_position = MAX (chronicle_date_end_position (end),
                                self->start_position + 1.0 / CHRONICLE_MINUTES_PER_DAY);
    }
  else
    {
      self->end = *start;
      self->end_day = chronicle_date_end_day (start);
      self->end_position = chronicle_date_end_position (start);
    }
}

void
_chronicle_event_set_text (ChronicleEvent *self,
                           const char     *title,
                           const char     *description,
                           const char     *place)
{
  self->title = title;
  self->description = description;
  self->place = place;
}

void
_chronicle_event_take_lists (ChronicleEvent  *self,
                             const char     **people,
                             const char     **partners,
                             const char     **links,
                             const char     **tags)
{
  g_free (self->people);
  g_free (self->partners);
  g_free (self->links);
  g_free (self->tags);
  self->people = people;
  self->partners = partners;
  self->links = links;
  self->tags = tags;
}

/* @titles: one per link ("" for none), or NULL: owned by the event from now on. */
void
_chronicle_event_take_link_titles (ChronicleEvent  *self,
                                   const char     **titles)
{
  g_free (self->link_titles);
  self->link_titles = titles;
}

/* @media: g_malloc'd, owned by the event from now on; its strings are borrowed. */
void
_chronicle_event_take_media (ChronicleEvent *self,
                             ChronicleMedia *media,
                             guint           n_media)
{
  g_free (self->media);
  self->media = media;
  self->n_media = n_media;
}

/* @color, @url: in the event's pool; both NULL: no background. */
void
_chronicle_event_set_background (ChronicleEvent *self,
                                 const char     *color,
                                 const char     *url)
{
  g_clear_pointer (&self->background, g_free);
  if (color == NULL && url == NULL)
    return;
  self->background = g_new0 (ChronicleBackground, 1);
  self->background->color = color;
  self->background->url = url;
}

void
_chronicle_event_set_display_date (ChronicleEvent *self,
                                   const char     *display_date)
{
  self->display_date = display_date;
}

void
_chronicle_event_set_relation (ChronicleEvent *self,
                               const char     *partner,
                               const char     *from,
                               const char     *to)
{
  self->relation_partner = partner;
  self->relation_from = from;
  self->relation_to = to;
}

void
_chronicle_event_take_sources (ChronicleEvent  *self,
                               ChronicleSource *sources,
                               guint            n_sources)
{
  g_free (self->sources);
  self->sources = sources;
  self->n_sources = n_sources;
}

void
_chronicle_event_add_translation (ChronicleEvent *self,
                                  const char     *language,
                                  const char     *title,
                                  const char     *description,
                                  const char     *place)
{
  Translation *t;

  self->translations = g_renew (Translation, self->translations, self->n_translations + 1);
  t = &self->translations[self->n_translations++];
  t->language = language;
  t->title = title;
  t->description = description;
  t->place = place;
}

const char *
chronicle_event_get_id (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->id;
}

const char *
chronicle_event_get_kind (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->kind;
}

ChronicleDirection
chronicle_event_get_direction (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), CHRONICLE_DIRECTION_NONE);
  return self->direction;
}

const ChronicleDate *
chronicle_event_get_start (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return &self->start;
}

/**
 * chronicle_event_get_end:
 *
 * Returns: (nullable): the end date, or %NULL when the event names none
 */
const ChronicleDate *
chronicle_event_get_end (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->has_end ? &self->end : NULL;
}

gint64
chronicle_event_get_first_day (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), 0);
  return self->first_day;
}

/* The day just past the last day the event covers, at its precision. */
gint64
chronicle_event_get_end_day (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), 0);
  return self->end_day;
}

/**
 * chronicle_event_get_start_position:
 *
 * Returns: where the event begins, in days from the epoch of its first day:
 *   fractional when it starts at a time of day (14:30 is first day + 0.604)
 */
double
chronicle_event_get_start_position (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), 0);
  return self->start_position;
}

/**
 * chronicle_event_get_end_position:
 *
 * Returns: just past what the event covers, in days: its end's time of day
 *   (plus its minute) when it has one, else the end of its last day; always
 *   after the start position
 */
double
chronicle_event_get_end_position (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), 0);
  return self->end_position;
}

const char *
chronicle_event_get_title (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->title;
}

const char *
chronicle_event_get_description (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->description;
}

const char *
chronicle_event_get_place (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->place;
}

const char * const *
chronicle_event_get_people (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->people ? (const char * const *) self->people : empty_strv;
}

const char * const *
chronicle_event_get_partners (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->partners ? (const char * const *) self->partners : empty_strv;
}

const char * const *
chronicle_event_get_links (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->links ? (const char * const *) self->links : empty_strv;
}

/**
 * chronicle_event_get_link_title:
 * @i: a position in chronicle_event_get_links()
 *
 * Returns: (nullable): the text the source gave link @i (TimelineJS: the text of an
 *   `<a href>`, a media caption), or %NULL
 */
const char *
chronicle_event_get_link_title (ChronicleEvent *self,
                                guint           i)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  g_return_val_if_fail (self->links != NULL && i < g_strv_length ((char **) self->links), NULL);

  if (self->link_titles == NULL || self->link_titles[i] == NULL || self->link_titles[i][0] == '\0')
    return NULL;
  return self->link_titles[i];
}

/**
 * chronicle_event_get_display_date:
 *
 * Returns: (nullable): how the source wants the date shown (TimelineJS's
 *   `display_date`, the spreadsheet's Display Date), as plain text, or %NULL
 */
const char *
chronicle_event_get_display_date (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->display_date;
}

/**
 * chronicle_event_title_is_made:
 *
 * Returns: whether the title was made by Chronicle (a TimelineJS slide or a spreadsheet
 *   row without a headline, named by its display date or its text's first words): a
 *   writer back to those formats leaves the headline empty, as the author did
 */
gboolean
chronicle_event_title_is_made (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), FALSE);
  return self->title_made;
}

void
_chronicle_event_set_title_made (ChronicleEvent *self,
                                 gboolean        made)
{
  g_return_if_fail (CHRONICLE_IS_EVENT (self));
  self->title_made = made != FALSE;
}

guint
chronicle_event_get_n_media (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), 0);
  return self->n_media;
}

const ChronicleMedia *
chronicle_event_get_media (ChronicleEvent *self,
                           guint           i)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  g_return_val_if_fail (i < self->n_media, NULL);
  return &self->media[i];
}

/**
 * chronicle_event_get_background:
 *
 * Returns: (nullable): the slide's background colour and picture, as the source gave
 *   them (TimelineJS's `background`, the spreadsheet's Background), or %NULL
 */
const ChronicleBackground *
chronicle_event_get_background (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->background;
}

const char * const *
chronicle_event_get_tags (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  return self->tags ? (const char * const *) self->tags : empty_strv;
}

/**
 * chronicle_event_get_relation:
 * @partner: (out) (optional): the partner whose relationship changed
 * @from: (out) (optional) (nullable): the level before
 * @to: (out) (optional) (nullable): the level after
 *
 * Returns: %TRUE when the event records a change of relationship
 */
gboolean
chronicle_event_get_relation (ChronicleEvent  *self,
                              const char     **partner,
                              const char     **from,
                              const char     **to)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), FALSE);

  if (partner != NULL)
    *partner = self->relation_partner;
  if (from != NULL)
    *from = self->relation_from;
  if (to != NULL)
    *to = self->relation_to;

  return self->relation_partner != NULL;
}

guint
chronicle_event_get_n_sources (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), 0);
  return self->n_sources;
}

const ChronicleSource *
chronicle_event_get_source (ChronicleEvent *self,
                            guint           i)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  g_return_val_if_fail (i < self->n_sources, NULL);
  return &self->sources[i];
}

/**
 * chronicle_event_get_translated:
 * @language: (nullable): a language such as "vi", or %NULL for the base text
 * @field: "title", "description" or "place"
 *
 * Returns: (nullable): the field in @language when the dataset translates it,
 *   else the base text
 */
const char *
chronicle_event_get_translated (ChronicleEvent *self,
                                const char     *language,
                                const char     *field)
{
  enum { TITLE, DESCRIPTION, PLACE } which;
  const char *base;

  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (g_str_equal (field, "title"))
    which = TITLE, base = self->title;
  else if (g_str_equal (field, "description"))
    which = DESCRIPTION, base = self->description;
  else if (g_str_equal (field, "place"))
    which = PLACE, base = self->place;
  else
    g_return_val_if_reached (NULL);

  if (language == NULL)
    return base;

  for (guint i = 0; i < self->n_translations; i++)
    {
      const Translation *t = &self->translations[i];
      const char *value;

      if (!g_str_equal (t->language, language))
        continue;
      value = which == TITLE ? t->title : which == DESCRIPTION ? t->description : t->place;
      return value != NULL ? value : base;
    }

  return base;
}

guint
chronicle_event_get_file_index (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), 0);
  return self->file_index;
}

static gboolean
strv_contains (const char **strv,
               const char  *s)
{
  if (strv == NULL)
    return FALSE;
  for (const char **p = strv; *p != NULL; p++)
    if (*p == s || g_str_equal (*p, s))
      return TRUE;
  return FALSE;
}

gboolean
chronicle_event_has_partner (ChronicleEvent *self,
                             const char     *partner)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), FALSE);
  g_return_val_if_fail (partner != NULL, FALSE);
  return strv_contains (self->partners, partner);
}

gboolean
chronicle_event_has_person (ChronicleEvent *self,
                            const char     *person)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), FALSE);
  g_return_val_if_fail (person != NULL, FALSE);
  return strv_contains (self->people, person);
}

/**
 * chronicle_event_get_n_translations:
 *
 * Returns: how many languages the file translates the event into
 */
guint
chronicle_event_get_n_translations (ChronicleEvent *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), 0);
  return self->n_translations;
}

/**
 * chronicle_event_get_translation:
 * @title: (out) (optional) (nullable): the title in that language, or %NULL
 * @description: (out) (optional) (nullable): the description, or %NULL
 * @place: (out) (optional) (nullable): the place, or %NULL
 *
 * The @i-th translation as the file gives it (for writing it back).
 *
 * Returns: its language
 */
const char *
chronicle_event_get_translation (ChronicleEvent  *self,
                                 guint            i,
                                 const char     **title,
                                 const char     **description,
                                 const char     **place)
{
  const Translation *t;

  g_return_val_if_fail (CHRONICLE_IS_EVENT (self), NULL);
  g_return_val_if_fail (i < self->n_translations, NULL);

  t = &self->translations[i];
  if (title != NULL)
    *title = t->title;
  if (description != NULL)
    *description = t->description;
  if (place != NULL)
    *place = t->place;
  return t->language;
}
