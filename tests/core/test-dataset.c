/* test-dataset.c — the bundled dataset: loads cleanly, complete, dated as its sources.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "chronicle-loader.h"
#include "core-test-helpers.h"

static ChronicleDataset *
load_bundled (ChronicleLoader *loader)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = test_load_file (path, loader, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
test_dataset_loads_cleanly (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(ChronicleDataset) dataset = load_bundled (loader);

  /* Zero errors and zero warnings: nothing in it is ignored. */
  g_assert_cmpuint (chronicle_loader_get_diagnostics (loader)->len, ==, 0);
  g_assert_cmpuint (chronicle_dataset_get_warnings (dataset)->len, ==, 0);
  g_assert_cmpuint (chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)), >=, 50);
  g_assert_cmpuint (chronicle_dataset_get_n_documents (dataset), ==, 5);
}

static void
test_dataset_structure (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(ChronicleDataset) dataset = load_bundled (loader);
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);

  g_assert_nonnull (chronicle_dataset_translate (dataset, "dataset", "vi", "title", NULL));

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      ChronicleEvent *e = chronicle_event_store_get_event (store, i);
      const char *vi_title = chronicle_event_get_translated (e, "vi", "title");
      const ChronicleKind *kind = chronicle_dataset_find_kind (dataset, chronicle_event_get_kind (e));

      g_test_message ("%s", chronicle_event_get_id (e));
      /* Every event cites at least one article, with a quote of 40 to 700 characters. */
      g_assert_cmpuint (chronicle_event_get_n_sources (e), >=, 1);
      for (guint j = 0; j < chronicle_event_get_n_sources (e); j++)
        {
          const ChronicleSource *source = chronicle_event_get_source (e, j);
          glong length = g_utf8_strlen (source->quote, -1);

          g_assert_nonnull (chronicle_dataset_find_document (dataset, source->document));
          g_assert_cmpint (length, >=, 40);
          g_assert_cmpint (length, <=, 700);
        }
      /* …and has a Vietnamese title and description of its own. */
      g_assert_true (vi_title != chronicle_event_get_title (e));
      g_assert_true (g_utf8_validate (vi_title, -1, NULL) && strlen (vi_title) > 0);
      g_assert_true (chronicle_event_get_translated (e, "vi", "description") != chronicle_event_get_description (e));
      if (chronicle_event_get_place (e) != NULL)
        g_assert_nonnull (chronicle_event_get_translated (e, "vi", "place"));
      /* Kinds are the dataset's own, each with a Vietnamese label. */
      g_assert_nonnull (kind);
      {
        g_autofree char *owner = g_strconcat ("kind/", kind->id, NULL);
        g_assert_nonnull (chronicle_dataset_translate (dataset, owner, "vi", "label", NULL));
      }
      /* Visits say which way they went. */
      if (g_str_equal (chronicle_event_get_kind (e), "visit"))
        g_assert_cmpint (chronicle_event_get_direction (e), !=, CHRONICLE_DIRECTION_NONE);
    }

  for (guint i = 0; i < chronicle_dataset_get_n_figures (dataset); i++)
    {
      const ChronicleFigure *figure = chronicle_dataset_get_figure (dataset, i);
      g_autofree char *owner = g_strdup_printf ("figure/%s", figure->id);

      g_assert_cmpuint (figure->n_sources, >=, 1);
      g_assert_nonnull (chronicle_dataset_translate (dataset, owner, "vi", "label", NULL));
    }
}

/* Dates exactly as precise as the articles, never more. */
static void
test_dataset_dates (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(ChronicleDataset) dataset = load_bundled (loader);
  static const struct { const char *id; const char *start; const char *end; } cases[] = {
    { "biden-2023", "2023-09-10", NULL },
    { "us-upgrade-2023", "2023-09-10", NULL },
    { "japan-upgrade-2023", "2023-11-27", NULL },   /* "late November" in one, the 27th in another */
    { "korea-upgrade-2022", "2022", NULL },
    { "trong-china-2022", "2022-10-30", "2022-11-01" },
    { "xi-2023", "2023-12-12", NULL },
    { "xi-visit-2015", "2015", NULL },
    { "unesco-gc-vp-2023", "2023-11", NULL },       /* "early November": no day */
    { "tonga-relations", "2023-09", NULL },
    { "israel-fta-2023", "2023", NULL },
    { "sea-games-31", "2022-05-12", "2022-05-23" },
    { "chinh-japan-2023", "2023-12-15", "2023-12-18" },
    { "hrc-2023-2025", "2023", "2025" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChronicleEvent *e = test_find_event (dataset, cases[i].id);
      g_autofree char *start = chronicle_date_to_string (chronicle_event_get_start (e));

      g_test_message ("%s", cases[i].id);
      g_assert_cmpstr (start, ==, cases[i].start);
      if (cases[i].end == NULL)
        g_assert_null (chronicle_event_get_end (e));
      else
        {
          g_autofree char *end = chronicle_date_to_string (chronicle_event_get_end (e));
          g_assert_cmpstr (end, ==, cases[i].end);
        }
    }
}

static void
test_dataset_upgrades (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(ChronicleDataset) dataset = load_bundled (loader);
  const char *partner, *from, *to;
  const ChroniclePartner *us;

  g_assert_true (chronicle_event_get_relation (test_find_event (dataset, "us-upgrade-2023"), &partner, &from, &to));
  g_assert_cmpstr (partner, ==, "us");
  g_assert_cmpstr (from, ==, "comprehensive partnership");
  g_assert_cmpstr (to, ==, "comprehensive strategic partnership");
  g_assert_true (chronicle_event_get_relation (test_find_event (dataset, "japan-upgrade-2023"), &partner, NULL, &to));
  g_assert_cmpstr (partner, ==, "japan");
  g_assert_true (chronicle_event_get_relation (test_find_event (dataset, "korea-upgrade-2022"), &partner, NULL, NULL));

  /* The partner's level history changes on the day of the upgrade. */
  us = chronicle_dataset_find_partner (dataset, "us");
  g_assert_cmpuint (us->n_levels, >=, 1);
  g_assert_cmpint (chronicle_date_first_day (&us->levels[us->n_levels - 1].since), ==,
                   chronicle_event_get_first_day (test_find_event (dataset, "us-upgrade-2023")));

  /* Every level the file uses has its Vietnamese name, and the rest fall back. */
  for (guint i = 0; i < chronicle_dataset_get_n_partners (dataset); i++)
    {
      const ChroniclePartner *p = chronicle_dataset_get_partner (dataset, i);

      for (guint j = 0; j < p->n_levels; j++)
        g_assert_cmpstr (chronicle_dataset_translate_level (dataset, "vi", p->levels[j].level), !=, p->levels[j].level);
    }
  g_assert_cmpstr (chronicle_dataset_translate_level (dataset, "vi", "comprehensive strategic partnership"), ==,
                   "Đối tác chiến lược toàn diện");
  g_assert_cmpstr (chronicle_dataset_translate_level (dataset, "vi", "strategic partnership"), ==, "strategic partnership");
  g_assert_cmpstr (chronicle_dataset_translate_level (dataset, NULL, "comprehensive partnership"), ==, "comprehensive partnership");
}

static void
test_dataset_disagreements (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(ChronicleDataset) dataset = load_bundled (loader);
  static const char *disputed[] = { "visits-abroad-2023", "visits-received-2023", "fdi-2023" };

  /* Where the articles disagree, both values stand, each with its source, and a note says so. */
  for (guint i = 0; i < G_N_ELEMENTS (disputed); i++)
    for (guint j = 0; j < chronicle_dataset_get_n_figures (dataset); j++)
      {
        const ChronicleFigure *figure = chronicle_dataset_get_figure (dataset, j);

        if (g_strcmp0 (figure->id, disputed[i]) != 0)
          continue;
        g_assert_cmpuint (figure->n_sources, ==, 2);
        g_assert_cmpstr (figure->sources[0].document, !=, figure->sources[1].document);
        g_assert_nonnull (figure->note);
        g_assert_nonnull (strstr (figure->note, "disagree"));
      }
}

/* The six comprehensive strategic partners the articles name each have that level: the
 * US and Japan from the day of their upgrade, the Republic of Korea from the year the
 * articles give, China, Russia and India from before the data, since no article says when. */
static void
test_dataset_partner_levels (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(ChronicleDataset) dataset = load_bundled (loader);
  static const struct { const char *id; gboolean before; } partners[] = {
    { "us", FALSE }, { "japan", FALSE }, { "korea", FALSE },
    { "china", TRUE }, { "russia", TRUE }, { "india", TRUE },
  };
  const ChroniclePartner *us;

  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    {
      const ChroniclePartner *p = chronicle_dataset_find_partner (dataset, partners[i].id);
      const ChronicleLevel *last;

      g_test_message ("%s", partners[i].id);
      g_assert_nonnull (p);
      g_assert_cmpuint (p->n_levels, >=, 1);
      last = &p->levels[p->n_levels - 1];
      g_assert_cmpstr (last->level, ==, "comprehensive strategic partnership");
      g_assert_cmpint (last->before_data, ==, partners[i].before);
    }
  /* The US held a comprehensive partnership before the data, as the upgrade's "from" says. */
  us = chronicle_dataset_find_partner (dataset, "us");
  g_assert_cmpuint (us->n_levels, ==, 2);
  g_assert_true (us->levels[0].before_data);
  g_assert_cmpstr (us->levels[0].level, ==, "comprehensive partnership");
}

/* One spelling per place, in every language; no quote stops where its sentence goes on
 * ("Trong affirmed:"). */
static void
test_dataset_text (void)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(ChronicleDataset) dataset = load_bundled (loader);
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      ChronicleEvent *e = chronicle_event_store_get_event (store, i);
      static const char * const fields[] = { "title", "description", "place" };

      g_test_message ("%s", chronicle_event_get_id (e));
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        for (guint l = 0; l < 2; l++)
          {
            const char *text = chronicle_event_get_translated (e, l == 0 ? NULL : "vi", fields[f]);

            g_assert_null (text != NULL ? strstr (text, "Hanoi") : NULL);
          }
      for (guint j = 0; j < chronicle_event_get_n_sources (e); j++)
        {
          const char *quote = chronicle_event_get_source (e, j)->quote;

          g_assert_false (g_str_has_suffix (quote, ":"));
        }
    }
}

/* The Chronicle format's top-level "media": the dataset's own, every item kept, in
 * order; a file with none has none; a mistyped list is reported where it is. */
static void
test_dataset_media (void)
{
  g_autoptr(ChronicleDataset) dataset = test_load_fixture_ok ("title-media.json");
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(ChronicleDataset) bundled = load_bundled (loader);
  const ChronicleMedia *media;
  static const struct { const char *media; const char *message; } bad[] = {
    { "\"x.jpg\"", "bad.json: \"media\" must be an array, not a string" },
    { "[{\"caption\": \"c\"}]", "bad.json: \"media[0].url\" is missing" },
    { "[\"x.jpg\"]", "bad.json: \"media[0]\" must be an object, not a string" },
  };

  g_assert_cmpuint (chronicle_dataset_get_n_media (dataset), ==, 2);
  media = chronicle_dataset_get_media (dataset, 0);
  g_assert_cmpstr (media->url, ==, "images/flyer.jpg");
  g_assert_cmpstr (media->caption, ==, "The Flyer");
  g_assert_cmpstr (media->credit, ==, "J. T. Daniels");
  g_assert_cmpstr (media->alt, ==, "A biplane just off the ground");
  media = chronicle_dataset_get_media (dataset, 1);
  g_assert_cmpstr (media->url, ==, "https://example.org/flight.ogg");
  g_assert_cmpstr (media->caption, ==, "A recording");
  g_assert_null (media->credit);
  g_assert_null (media->alt);
  /* Not an event's: the one event has none. */
  g_assert_cmpuint (chronicle_event_get_n_media (test_find_event (dataset, "flight")), ==, 0);
  g_assert_cmpuint (chronicle_dataset_get_warnings (dataset)->len, ==, 0);
  g_assert_cmpuint (chronicle_dataset_get_n_media (bundled), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"media\": %s, \"events\": [{\"id\": \"a\", \"start\": \"2000\", "
                                               "\"title\": \"t\"}]}", bad[i].media);
      g_autoptr(ChronicleLoader) refusing = chronicle_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ChronicleDataset) refused = test_load_text (json, "bad.json", refusing, &error);

      g_assert_null (refused);
      g_assert_cmpstr (error->message, ==, bad[i].message);
    }
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/dataset/loads-cleanly", test_dataset_loads_cleanly);
  g_test_add_func ("/chronicle/dataset/structure", test_dataset_structure);
  g_test_add_func ("/chronicle/dataset/dates", test_dataset_dates);
  g_test_add_func ("/chronicle/dataset/upgrades", test_dataset_upgrades);
  g_test_add_func ("/chronicle/dataset/disagreements", test_dataset_disagreements);
  g_test_add_func ("/chronicle/dataset/partner-levels", test_dataset_partner_levels);
  g_test_add_func ("/chronicle/dataset/text", test_dataset_text);
  g_test_add_func ("/chronicle/dataset/media", test_dataset_media);

  return g_test_run ();
}
