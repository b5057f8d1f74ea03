/* chronicle-session.c — the one model every view of a window observes
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session holds what a window shows: the dataset and the file it came from, the
 * filter and what it keeps (the match set), the selected event, how lanes are
 * grouped, whether filtered-out events are hidden, the language of the dataset's
 * translations, and whether it is being presented. Views take it as their
 * :session property and follow its notifications; they change it through its
 * setters, never each other. No GTK here.
 */

#define G_LOG_DOMAIN "chronicle-session"

#include "config.h"

#include "chronicle-session.h"

#include <string.h>

struct _ChronicleSession
{
  GObject            parent_instance;

  ChronicleDataset  *dataset;
  GFile             *file;
  ChronicleFilter   *filter;
  ChronicleMatchSet *match_set;
  ChronicleEvent    *selection;
  ChronicleGroupBy   group_by;
  gboolean           hide_filtered;
  char              *language;
  gboolean           presenting;
  gulong             filter_changed_id;
};

enum {
  PROP_0,
  PROP_DATASET,
  PROP_FILE,
  PROP_FILTER,
  PROP_MATCH_SET,
  PROP_SELECTION,
  PROP_GROUP_BY,
  PROP_HIDE_FILTERED,
  PROP_LANGUAGE,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ChronicleSession, chronicle_session, G_TYPE_OBJECT)

/* The language whose translations to show from the dataset: the one the UI speaks. */
static char *
dup_ui_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    if (!g_str_equal (names[i], "C") && !g_str_equal (names[i], "POSIX"))
      return g_strndup (names[i], strcspn (names[i], "_.@"));
  return NULL;
}

/* What the filter keeps of the dataset, worked out again without a word: callers
 * notify once every property they change is consistent. */
static void
compute_match_set (ChronicleSession *self)
{
  g_clear_pointer (&self->match_set, chronicle_match_set_unref);
  if (self->dataset != NULL)
    self->match_set = chronicle_match_set_new (self->filter, chronicle_dataset_get_events (self->dataset));
}

static void
update_match_set (ChronicleSession *self)
{
  compute_match_set (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH_SET]);
}

/* A selected event the filter drops is no longer selected (the list, where it was a
 * row, has lost it too). */
static void
on_filter_changed_cb (ChronicleSession *self,
                      ChronicleFilter  *filter)
{
  guint position;

  update_match_set (self);
  if (self->selection != NULL && self->match_set != NULL &&
      (!chronicle_event_store_find (chronicle_dataset_get_events (self->dataset),
                                    chronicle_event_get_id (self->selection), &position) ||
       !chronicle_match_set_contains (self->match_set, position)))
    chronicle_session_set_selection (self, NULL);
}

static void
chronicle_session_dispose (GObject *object)
{
  ChronicleSession *self = CHRONICLE_SESSION (object);

  g_clear_signal_handler (&self->filter_changed_id, self->filter);
  g_clear_object (&self->selection);
  g_clear_object (&self->dataset);
  g_clear_object (&self->file);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (chronicle_session_parent_class)->dispose (object);
}

static void
chronicle_session_finalize (GObject *object)
{
  ChronicleSession *self = CHRONICLE_SESSION (object);

  g_clear_pointer (&self->match_set, chronicle_match_set_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (chronicle_session_parent_class)->finalize (object);
}

static void
chronicle_session_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ChronicleSession *self = CHRONICLE_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, chronicle_session_get_dataset (self));
      break;
    case PROP_FILE:
      g_value_set_object (value, chronicle_session_get_file (self));
      break;
    case PROP_FILTER:
      g_value_set_object (value, chronicle_session_get_filter (self));
      break;
    case PROP_MATCH_SET:
      g_value_set_boxed (value, chronicle_session_get_match_set (self));
      break;
    case PROP_SELECTION:
      g_value_set_object (value, chronicle_session_get_selection (self));
      break;
    case PROP_GROUP_BY:
      g_value_set_int (value, chronicle_session_get_group_by (self));
      break;
    case PROP_HIDE_FILTERED:
      g_value_set_boolean (value, chronicle_session_get_hide_filtered (self));
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, chronicle_session_get_language (self));
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, chronicle_session_get_presenting (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_session_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ChronicleSession *self = CHRONICLE_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      chronicle_session_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_FILE:
      chronicle_session_set_file (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      chronicle_session_set_selection (self, g_value_get_object (value));
      break;
    case PROP_GROUP_BY:
      chronicle_session_set_group_by (self, g_value_get_int (value));
      break;
    case PROP_HIDE_FILTERED:
      chronicle_session_set_hide_filtered (self, g_value_get_boolean (value));
      break;
    case PROP_LANGUAGE:
      chronicle_session_set_language (self, g_value_get_string (value));
      break;
    case PROP_PRESENTING:
      chronicle_session_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_session_class_init (ChronicleSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = chronicle_session_dispose;
  object_class->finalize = chronicle_session_finalize;
  object_class->get_property = chronicle_session_get_property;
  object_class->set_property = chronicle_session_set_property;

  /**
   * ChronicleSession:dataset:
   *
   * What is shown; a new dataset starts unfiltered and with nothing selected.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, CHRONICLE_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleSession:file:
   *
   * The file the dataset was read from, or %NULL for the bundled dataset.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleSession:filter:
   *
   * The session's filter; change it through its own setters.
   */
  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, CHRONICLE_TYPE_FILTER,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleSession:match-set:
   *
   * What the filter keeps of the dataset, or %NULL without a dataset. Notified each
   * time the filter or the dataset changes.
   */
  properties[PROP_MATCH_SET] =
    g_param_spec_boxed ("match-set", NULL, NULL, CHRONICLE_TYPE_MATCH_SET,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleSession:selection:
   *
   * The selected event, one for every view: canvas, list, sidebar, presentation.
   */
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, CHRONICLE_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleSession:group-by:
   *
   * How events are grouped into lanes: a #ChronicleGroupBy.
   */
  properties[PROP_GROUP_BY] =
    g_param_spec_int ("group-by", NULL, NULL, CHRONICLE_GROUP_BY_KIND, CHRONICLE_GROUP_BY_PARTNER,
                      CHRONICLE_GROUP_BY_KIND,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleSession:hide-filtered:
   *
   * Whether events the filter drops are hidden rather than dimmed.
   */
  properties[PROP_HIDE_FILTERED] =
    g_param_spec_boolean ("hide-filtered", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleSession:language:
   *
   * The language of the dataset's translations to show (the UI's by default), or %NULL.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleSession:presenting:
   *
   * Whether the session is being presented (fullscreen, step by step).
   */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
chronicle_session_init (ChronicleSession *self)
{
  self->group_by = CHRONICLE_GROUP_BY_KIND;
  self->language = dup_ui_language ();
  self->filter = chronicle_filter_new ();
  self->filter_changed_id = g_signal_connect_swapped (self->filter, "changed",
                                                      G_CALLBACK (on_filter_changed_cb), self);
}

ChronicleSession *
chronicle_session_new (void)
{
  return g_object_new (CHRONICLE_TYPE_SESSION, NULL);
}

/**
 * chronicle_session_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
ChronicleDataset *
chronicle_session_get_dataset (ChronicleSession *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SESSION (self), NULL);
  return self->dataset;
}

/* In this order: the old selection goes, then the dataset comes with what the
 * (cleared, or kept) filter keeps of it, so that whoever hears of the new dataset reads
 * its own match set: a view never holds an event or a match set of another dataset. */
static void
replace_dataset (ChronicleSession *self,
                 ChronicleDataset *dataset,
                 gboolean          keep_filter)
{
  if (self->dataset == dataset)
    return;

  chronicle_session_set_selection (self, NULL);

  g_set_object (&self->dataset, dataset);
  g_signal_handler_block (self->filter, self->filter_changed_id);
  if (keep_filter && dataset != NULL)
    chronicle_filter_restrict (self->filter, chronicle_dataset_get_events (dataset));
  else
    chronicle_filter_clear (self->filter);
  g_signal_handler_unblock (self->filter, self->filter_changed_id);
  compute_match_set (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH_SET]);
}

/* A new dataset starts unfiltered. */
void
chronicle_session_set_dataset (ChronicleSession *self,
                               ChronicleDataset *dataset)
{
  g_return_if_fail (CHRONICLE_IS_SESSION (self));
  g_return_if_fail (dataset == NULL || CHRONICLE_IS_DATASET (dataset));

  replace_dataset (self, dataset, FALSE);
}

/**
 * chronicle_session_reload_dataset:
 * @dataset: the same file's data, read again
 *
 * As chronicle_session_set_dataset(), but the filter stays as far as it applies to
 * @dataset: the kinds, partners and people none of its events has are dropped
 * (chronicle_filter_restrict()), the text and the range kept.
 */
void
chronicle_session_reload_dataset (ChronicleSession *self,
                                  ChronicleDataset *dataset)
{
  g_return_if_fail (CHRONICLE_IS_SESSION (self));
  g_return_if_fail (CHRONICLE_IS_DATASET (dataset));

  replace_dataset (self, dataset, TRUE);
}

/**
 * chronicle_session_get_file:
 *
 * Returns: (transfer none) (nullable): the file the dataset came from, %NULL for
 *   the bundled dataset
 */
GFile *
chronicle_session_get_file (ChronicleSession *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SESSION (self), NULL);
  return self->file;
}

void
chronicle_session_set_file (ChronicleSession *self,
                            GFile            *file)
{
  g_return_if_fail (CHRONICLE_IS_SESSION (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->file == file || (self->file != NULL && file != NULL && g_file_equal (self->file, file)))
    return;
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/**
 * chronicle_session_get_filter:
 *
 * Returns: (transfer none): the filter, for the life of the session
 */
ChronicleFilter *
chronicle_session_get_filter (ChronicleSession *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SESSION (self), NULL);
  return self->filter;
}

/**
 * chronicle_session_get_match_set:
 *
 * Returns: (transfer none) (nullable): what the filter keeps of the dataset; take a
 *   reference to keep it past the next change
 */
ChronicleMatchSet *
chronicle_session_get_match_set (ChronicleSession *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SESSION (self), NULL);
  return self->match_set;
}

/**
 * chronicle_session_get_selection:
 *
 * Returns: (transfer none) (nullable): the selected event
 */
ChronicleEvent *
chronicle_session_get_selection (ChronicleSession *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SESSION (self), NULL);
  return self->selection;
}

void
chronicle_session_set_selection (ChronicleSession *self,
                                 ChronicleEvent   *event)
{
  g_return_if_fail (CHRONICLE_IS_SESSION (self));
  g_return_if_fail (event == NULL || CHRONICLE_IS_EVENT (event));

  if (g_set_object (&self->selection, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

/**
 * chronicle_session_select_id:
 * @id: an event id
 *
 * Selects the event of the dataset with @id.
 *
 * Returns: whether there is one
 */
gboolean
chronicle_session_select_id (ChronicleSession *self,
                             const char       *id)
{
  ChronicleEventStore *store;
  guint position;

  g_return_val_if_fail (CHRONICLE_IS_SESSION (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->dataset == NULL)
    return FALSE;
  store = chronicle_dataset_get_events (self->dataset);
  if (!chronicle_event_store_find (store, id, &position))
    return FALSE;
  chronicle_session_set_selection (self, chronicle_event_store_get_event (store, position));
  return TRUE;
}

ChronicleGroupBy
chronicle_session_get_group_by (ChronicleSession *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SESSION (self), CHRONICLE_GROUP_BY_KIND);
  return self->group_by;
}

void
chronicle_session_set_group_by (ChronicleSession *self,
                                ChronicleGroupBy  group_by)
{
  g_return_if_fail (CHRONICLE_IS_SESSION (self));
  g_return_if_fail (group_by == CHRONICLE_GROUP_BY_KIND || group_by == CHRONICLE_GROUP_BY_PARTNER);

  if (self->group_by == group_by)
    return;
  self->group_by = group_by;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_BY]);
}

gboolean
chronicle_session_get_hide_filtered (ChronicleSession *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SESSION (self), FALSE);
  return self->hide_filtered;
}

void
chronicle_session_set_hide_filtered (ChronicleSession *self,
                                     gboolean          hide_filtered)
{
  g_return_if_fail (CHRONICLE_IS_SESSION (self));

  hide_filtered = !!hide_filtered;
  if (self->hide_filtered == hide_filtered)
    return;
  self->hide_filtered = hide_filtered;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_FILTERED]);
}

const char *
chronicle_session_get_language (ChronicleSession *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SESSION (self), NULL);
  return self->language;
}

void
chronicle_session_set_language (ChronicleSession *self,
                                const char       *language)
{
  g_return_if_fail (CHRONICLE_IS_SESSION (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

gboolean
chronicle_session_get_presenting (ChronicleSession *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SESSION (self), FALSE);
  return self->presenting;
}

void
chronicle_session_set_presenting (ChronicleSession *self,
                                  gboolean          presenting)
{
  g_return_if_fail (CHRONICLE_IS_SESSION (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;
  self->presenting = presenting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

/**
 * chronicle_session_watch_new:
 * @instance: the object that follows a session (a widget)
 * @changed: called, swapped, with @instance only: when the group binds to a session,
 *   and when any of the named properties of the session changes
 * @first_property: the name of a #ChronicleSession property, then more, then %NULL
 *
 * The one way a view follows a session: a signal group whose target is the session
 * (set it with g_signal_group_set_target() when the view's own :session changes).
 * @changed reads what it needs from the session and hands it to the view's setters,
 * which do nothing when nothing changed; so a view has one callback, whichever
 * property changed, and the same when it is first given a session.
 *
 * Returns: (transfer full): a new #GSignalGroup for #ChronicleSession
 */
GSignalGroup *
chronicle_session_watch_new (gpointer    instance,
                             GCallback   changed,
                             const char *first_property,
                             ...)
{
  GSignalGroup *group;
  GObjectClass *klass;
  va_list args;

  g_return_val_if_fail (G_IS_OBJECT (instance), NULL);
  g_return_val_if_fail (changed != NULL, NULL);

  group = g_signal_group_new (CHRONICLE_TYPE_SESSION);
  klass = g_type_class_ref (CHRONICLE_TYPE_SESSION);
  va_start (args, first_property);
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      g_autofree char *detailed = g_strconcat ("notify::", name, NULL);

      g_warn_if_fail (g_object_class_find_property (klass, name) != NULL);
      g_signal_group_connect_swapped (group, detailed, changed, instance);
    }
  va_end (args);
  g_type_class_unref (klass);
  g_signal_connect_object (group, "bind", changed, instance, G_CONNECT_SWAPPED);
  return group;
}
