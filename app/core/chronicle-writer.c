/* chronicle-writer.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-writer"

#include "config.h"

#include "chronicle-writer.h"
#include "chronicle-writer-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

/* Writes a dataset in Chronicle's own JSON (chronicle/1), through json-glib's
 * generator, losing nothing the format holds: title, description, language, view,
 * the dataset's media and background, documents, the kinds the file defines (not the
 * built-in ones), partners with their levels ("since": "before" as such), the level
 * names' translations, eras, figures, and the events in the file's order with every
 * member; every translation (the dataset's, kinds', partners', eras', figures',
 * levels', events'). tests/core/test-writer.c compares the bundled dataset with what
 * is written, member by member. The spreadsheet template is written by
 * chronicle-writer-csv.c; the two share the helpers below. */

gboolean
_chronicle_writer_write_all (GOutputStream  *stream,
                             GString        *text,
                             GCancellable   *cancellable,
                             GError        **error)
{
  return g_output_stream_write_all (stream, text->str, text->len, NULL, cancellable, error);
}

static int
compare_file_order (gconstpointer a,
                    gconstpointer b)
{
  guint ia = chronicle_event_get_file_index (*(ChronicleEvent * const *) a);
  guint ib = chronicle_event_get_file_index (*(ChronicleEvent * const *) b);

  return ia < ib ? -1 : ia > ib;
}

/* The events in the order the file gave them (the store holds them by date), so a
 * file written back keeps its author's order. */
GPtrArray *
_chronicle_writer_events_in_file_order (ChronicleDataset *dataset)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  guint n = store != NULL ? chronicle_event_store_get_n_events (store) : 0;
  GPtrArray *events = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (events, chronicle_event_store_get_event (store, i));
  g_ptr_array_sort (events, compare_file_order);
  return events;
}

/* ------------------------------------------------------------------------- */
/* Chronicle JSON                                                            */

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_date (JsonBuilder         *builder,
          const char          *member,
          const ChronicleDate *date)
{
  g_autofree char *text = chronicle_date_to_string (date);

  add_string (builder, member, text);
}

/* A member that is an array; the caller adds its values and ends it. */
static void
begin_array_member (JsonBuilder *builder,
                    const char  *member)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
}

typedef struct
{
  const char *name;
  const char *value;   /* nullable: not written */
} Member;

/* An object of string members, as an array's value. */
static void
add_object (JsonBuilder  *builder,
            const Member *members,
            guint         n_members)
{
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_members; i++)
    add_string (builder, members[i].name, members[i].value);
  json_builder_end_object (builder);
}

#define ADD_OBJECT(builder, ...) \
  G_STMT_START { \
    const Member members_[] = { __VA_ARGS__ }; \
    add_object ((builder), members_, G_N_ELEMENTS (members_)); \
  } G_STMT_END

static void
add_list (JsonBuilder        *builder,
          const char         *member,
          const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;
  begin_array_member (builder, member);
  for (guint i = 0; items[i] != NULL; i++)
    json_builder_add_string_value (builder, items[i]);
  json_builder_end_array (builder);
}

/* "links": an address alone, or {"url", "text"} when the link has a text. */
static void
add_links (JsonBuilder    *builder,
           ChronicleEvent *event)
{
  const char * const *links = chronicle_event_get_links (event);

  if (links == NULL || links[0] == NULL)
    return;
  begin_array_member (builder, "links");
  for (guint i = 0; links[i] != NULL; i++)
    {
      const char *text = chronicle_event_get_link_title (event, i);

      if (text != NULL)
        ADD_OBJECT (builder, { "url", links[i] }, { "text", text });
      else
        json_builder_add_string_value (builder, links[i]);
    }
  json_builder_end_array (builder);
}

/* "media": [{"url", "caption", "credit", "alt", "thumbnail"}], of an event or the dataset. */
static void
add_media (JsonBuilder          *builder,
           const ChronicleMedia *media,
           guint                 n_media)
{
  if (n_media == 0)
    return;
  begin_array_member (builder, "media");
  for (guint i = 0; i < n_media; i++)
    ADD_OBJECT (builder, { "url", media[i].url }, { "caption", media[i].caption },
                { "credit", media[i].credit }, { "alt", media[i].alt }, { "thumbnail", media[i].thumbnail });
  json_builder_end_array (builder);
}

/* "background": {"color", "url"}, of an event or the dataset (its title slide). */
static void
add_background (JsonBuilder               *builder,
                const ChronicleBackground *background)
{
  if (background == NULL)
    return;
  json_builder_set_member_name (builder, "background");
  json_builder_begin_object (builder);
  add_string (builder, "color", background->color);
  add_string (builder, "url", background->url);
  json_builder_end_object (builder);
}

/* Which of the dataset's translations belong to what: owner ("kind/ID", "level/NAME"…)
 * → the indices of its translations, in the file's order. */
static GHashTable *
index_translations (ChronicleDataset *dataset)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < chronicle_dataset_get_n_translations (dataset); i++)
    {
      const ChronicleTranslation *t = chronicle_dataset_get_translation (dataset, i);
      GArray *indices = g_hash_table_lookup (index, t->owner);

      if (indices == NULL)
        {
          indices = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (index, (gpointer) t->owner, indices);
        }
      g_array_append_val (indices, i);
    }
  return index;
}

/* "translations": {LANG: {FIELD: TEXT, …}, …} of @owner, the languages in the file's order. */
static void
add_translations (JsonBuilder      *builder,
                  ChronicleDataset *dataset,
                  GHashTable       *index,
                  const char       *owner)
{
  GArray *indices = g_hash_table_lookup (index, owner);
  g_autoptr(GHashTable) done = NULL;

  if (indices == NULL)
    return;
  done = g_hash_table_new (g_str_hash, g_str_equal);
  json_builder_set_member_name (builder, "translations");
  json_builder_begin_object (builder);
  for (guint i = 0; i < indices->len; i++)
    {
      const char *language = chronicle_dataset_get_translation (dataset, g_array_index (indices, guint, i))->language;

      if (!g_hash_table_add (done, (gpointer) language))
        continue;
      json_builder_set_member_name (builder, language);
      json_builder_begin_object (builder);
      for (guint k = i; k < indices->len; k++)
        {
          const ChronicleTranslation *t = chronicle_dataset_get_translation (dataset, g_array_index (indices, guint, k));

          if (g_str_equal (t->language, language))
            add_string (builder, t->field, t->value);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static void
add_event_translations (JsonBuilder    *builder,
                        ChronicleEvent *event)
{
  guint n = chronicle_event_get_n_translations (event);

  if (n == 0)
    return;
  json_builder_set_member_name (builder, "translations");
  json_builder_begin_object (builder);
  for (guint i = 0; i < n; i++)
    {
      const char *title, *description, *place;
      const char *language = chronicle_event_get_translation (event, i, &title, &description, &place);

      json_builder_set_member_name (builder, language);
      json_builder_begin_object (builder);
      add_string (builder, "title", title);
      add_string (builder, "description", description);
      add_string (builder, "place", place);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

/* A figure's value: a whole number as the file's number (the reader keeps it as
 * its digits), anything else as the text it is. */
static void
add_figure_value (JsonBuilder *builder,
                  const char  *value)
{
  gint64 number;
  g_autofree char *digits = NULL;

  json_builder_set_member_name (builder, "value");
  if (g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL) &&
      g_str_equal (value, (digits = g_strdup_printf ("%" G_GINT64_FORMAT, number))))
    json_builder_add_int_value (builder, number);
  else
    json_builder_add_string_value (builder, value);
}

static void
add_event (JsonBuilder    *builder,
           ChronicleEvent *event)
{
  const char *partner, *from, *to;

  json_builder_begin_object (builder);
  add_string (builder, "id", chronicle_event_get_id (event));
  add_string (builder, "kind", chronicle_event_get_kind (event));
  if (chronicle_event_get_direction (event) != CHRONICLE_DIRECTION_NONE)
    add_string (builder, "direction",
                chronicle_event_get_direction (event) == CHRONICLE_DIRECTION_INBOUND ? "inbound" : "outbound");
  add_date (builder, "start", chronicle_event_get_start (event));
  if (chronicle_event_get_end (event) != NULL)
    add_date (builder, "end", chronicle_event_get_end (event));
  add_string (builder, "display_date", chronicle_event_get_display_date (event));
  add_string (builder, "title", chronicle_event_get_title (event));
  add_string (builder, "description", chronicle_event_get_description (event));
  add_string (builder, "place", chronicle_event_get_place (event));
  add_list (builder, "people", chronicle_event_get_people (event));
  add_list (builder, "partners", chronicle_event_get_partners (event));
  if (chronicle_event_get_relation (event, &partner, &from, &to))
    {
      json_builder_set_member_name (builder, "relation");
      json_builder_begin_object (builder);
      add_string (builder, "partner", partner);
      add_string (builder, "from", from);
      add_string (builder, "to", to);
      json_builder_end_object (builder);
    }
  if (chronicle_event_get_n_sources (event) > 0)
    {
      begin_array_member (builder, "sources");
      for (guint i = 0; i < chronicle_event_get_n_sources (event); i++)
        {
          const ChronicleSource *source = chronicle_event_get_source (event, i);

          ADD_OBJECT (builder, { "document", source->document }, { "quote", source->quote });
        }
      json_builder_end_array (builder);
    }
  add_links (builder, event);
  add_list (builder, "tags", chronicle_event_get_tags (event));
  if (chronicle_event_get_n_media (event) > 0)
    add_media (builder, chronicle_event_get_media (event, 0), chronicle_event_get_n_media (event));
  add_background (builder, chronicle_event_get_background (event));
  add_event_translations (builder, event);
  json_builder_end_object (builder);
}

/**
 * chronicle_dataset_write_json:
 * @stream: where to write; not closed
 *
 * Writes @dataset in Chronicle's own format (chronicle/1), which Chronicle opens
 * again with the same events, dates, text, kinds, partners, eras and links.
 *
 * Returns: %TRUE, or %FALSE with @error set when @stream fails
 */
gboolean
chronicle_dataset_write_json (ChronicleDataset  *dataset,
                              GOutputStream     *stream,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GHashTable) translations = NULL;
  g_autoptr(GPtrArray) ordered = NULL;
  ChronicleDate view_start, view_end;
  gboolean any_kind = FALSE;

  g_return_val_if_fail (CHRONICLE_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  translations = index_translations (dataset);
  ordered = _chronicle_writer_events_in_file_order (dataset);

  json_builder_begin_object (builder);
  add_string (builder, "format", "chronicle/1");
  add_string (builder, "title", chronicle_dataset_get_title (dataset));
  add_string (builder, "description", chronicle_dataset_get_description (dataset));
  add_string (builder, "language", chronicle_dataset_get_language (dataset));
  add_translations (builder, dataset, translations, "dataset");
  if (chronicle_dataset_get_n_media (dataset) > 0)
    add_media (builder, chronicle_dataset_get_media (dataset, 0), chronicle_dataset_get_n_media (dataset));
  add_background (builder, chronicle_dataset_get_background (dataset));
  if (chronicle_dataset_get_view_dates (dataset, &view_start, &view_end))
    {
      json_builder_set_member_name (builder, "view");
      json_builder_begin_object (builder);
      add_date (builder, "start", &view_start);
      add_date (builder, "end", &view_end);
      json_builder_end_object (builder);
    }

  if (chronicle_dataset_get_n_documents (dataset) > 0)
    {
      begin_array_member (builder, "documents");
      for (guint i = 0; i < chronicle_dataset_get_n_documents (dataset); i++)
        {
          const ChronicleDocument *doc = chronicle_dataset_get_document (dataset, i);

          ADD_OBJECT (builder, { "id", doc->id }, { "title", doc->title }, { "publisher", doc->publisher },
                      { "date", doc->date }, { "url", doc->url }, { "file", doc->file });
        }
      json_builder_end_array (builder);
    }

  for (guint i = 0; i < chronicle_dataset_get_n_kinds (dataset); i++)
    {
      const ChronicleKind *kind = chronicle_dataset_get_kind (dataset, i);
      g_autofree char *owner = NULL;

      /* Every kind the file defines (used or not) or its events name (a TimelineJS
       * group); not the built-in ones, which Chronicle adds again, labelled in the
       * language of whoever opens the file. */
      if (chronicle_dataset_is_builtin_kind (dataset, kind))
        continue;
      if (!any_kind)
        begin_array_member (builder, "kinds");
      any_kind = TRUE;
      owner = g_strdup_printf ("kind/%s", kind->id);
      json_builder_begin_object (builder);
      add_string (builder, "id", kind->id);
      add_string (builder, "label", kind->label);
      add_string (builder, "color", kind->color);
      add_string (builder, "shape", kind->shape);
      add_translations (builder, dataset, translations, owner);
      json_builder_end_object (builder);
    }
  if (any_kind)
    json_builder_end_array (builder);

  if (chronicle_dataset_get_n_partners (dataset) > 0)
    {
      begin_array_member (builder, "partners");
      for (guint i = 0; i < chronicle_dataset_get_n_partners (dataset); i++)
        {
          const ChroniclePartner *partner = chronicle_dataset_get_partner (dataset, i);
          g_autofree char *owner = g_strdup_printf ("partner/%s", partner->id);

          json_builder_begin_object (builder);
          add_string (builder, "id", partner->id);
          add_string (builder, "name", partner->name);
          if (partner->n_levels > 0)
            {
              begin_array_member (builder, "levels");
              for (guint k = 0; k < partner->n_levels; k++)
                {
                  const ChronicleLevel *level = &partner->levels[k];
                  /* Held since before the data, from a date the sources do not give. */
                  g_autofree char *since = level->before_data ? g_strdup ("before")
                                                              : chronicle_date_to_string (&level->since);

                  ADD_OBJECT (builder, { "level", level->level }, { "since", since });
                }
              json_builder_end_array (builder);
            }
          add_translations (builder, dataset, translations, owner);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  if (chronicle_dataset_get_n_eras (dataset) > 0)
    {
      begin_array_member (builder, "eras");
      for (guint i = 0; i < chronicle_dataset_get_n_eras (dataset); i++)
        {
          const ChronicleEra *era = chronicle_dataset_get_era (dataset, i);

          g_autofree char *start = chronicle_date_to_string (&era->start);
          g_autofree char *end = chronicle_date_to_string (&era->end);
          g_autofree char *span = g_strdup_printf ("%s – %s", start, end);

          g_autofree char *owner = g_strdup_printf ("era/%u", i);

          /* The format needs a title: an untitled TimelineJS era is named by its span. */
          json_builder_begin_object (builder);
          add_string (builder, "title", era->title != NULL && era->title[0] != '\0' ? era->title : span);
          add_string (builder, "start", start);
          add_string (builder, "end", end);
          add_translations (builder, dataset, translations, owner);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  /* The names of relationship levels the file translates, in its order. */
  {
    gboolean any = FALSE;
    g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < chronicle_dataset_get_n_translations (dataset); i++)
      {
        const char *owner = chronicle_dataset_get_translation (dataset, i)->owner;

        if (!g_str_has_prefix (owner, "level/") || !g_hash_table_add (done, (gpointer) owner))
          continue;
        if (!any)
          begin_array_member (builder, "levels");
        any = TRUE;
        json_builder_begin_object (builder);
        add_string (builder, "name", owner + strlen ("level/"));
        add_translations (builder, dataset, translations, owner);
        json_builder_end_object (builder);
      }
    if (any)
      json_builder_end_array (builder);
  }

  if (chronicle_dataset_get_n_figures (dataset) > 0)
    {
      begin_array_member (builder, "figures");
      for (guint i = 0; i < chronicle_dataset_get_n_figures (dataset); i++)
        {
          const ChronicleFigure *figure = chronicle_dataset_get_figure (dataset, i);

          json_builder_begin_object (builder);
          add_string (builder, "id", figure->id);
          add_string (builder, "label", figure->label);
          add_figure_value (builder, figure->value);
          add_string (builder, "as_of", figure->as_of);
          add_string (builder, "note", figure->note);
          if (figure->n_sources > 0)
            {
              begin_array_member (builder, "sources");
              for (guint k = 0; k < figure->n_sources; k++)
                ADD_OBJECT (builder, { "document", figure->sources[k].document },
                            { "quote", figure->sources[k].quote });
              json_builder_end_array (builder);
            }
          if (figure->id != NULL)
            {
              g_autofree char *owner = g_strdup_printf ("figure/%s", figure->id);

              add_translations (builder, dataset, translations, owner);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  begin_array_member (builder, "events");
  for (guint i = 0; i < ordered->len; i++)
    add_event (builder, g_ptr_array_index (ordered, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  out = json_generator_to_gstring (generator, g_string_new (NULL));
  g_string_append_c (out, '\n');
  return _chronicle_writer_write_all (stream, out, cancellable, error);
}
