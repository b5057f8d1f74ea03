/* chronicle-dataset-window.c — "About This Dataset"
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-dataset-window"

#include "config.h"

#include "chronicle-dataset-window.h"

#include <glib/gi18n.h>

#include "chronicle-accessible.h"
#include "chronicle-date-format.h"
#include "chronicle-media-box.h"

/* The dataset's title, description and own media (a TimelineJS title slide's:
 * pictures next to the file shown, media on the web offered as links, never
 * fetched), documents, figures (with their sources, and both values where the
 * sources disagree) and eras. All of it is the file's text, shown as plain text. */

static GtkWidget *
row (const char *title,
     const char *subtitle)
{
  GtkWidget *r = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (r), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r), title ? title : "");
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (r), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (r), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (r), 0);
  return r;
}

static GtkWidget *
group (AdwPreferencesPage *page,
       const char         *title)
{
  GtkWidget *g = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (g), title);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (g));
  return g;
}

/* The dataset's media, in the overview's list under its title: a row of its own
 * that does nothing when activated, named for screen readers. */
static GtkWidget *
media_row (ChronicleDataset *dataset,
           GFile            *data_file)
{
  GtkWidget *r = adw_preferences_row_new ();
  GtkWidget *box = chronicle_media_box_new ();

  /* Translators: the name, for screen readers, of the row with a timeline's own
   * pictures (its title slide's) in About This Dataset. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r), _("Title media"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (r), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (r)), -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (r), FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  chronicle_media_box_set_max_picture_height (CHRONICLE_MEDIA_BOX (box), 320);
  chronicle_media_box_set_dataset (CHRONICLE_MEDIA_BOX (box), dataset, data_file);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (r), box);
  return r;
}

/**
 * chronicle_dataset_window_new:
 * @language: (nullable): the language of the dataset's translations
 * @data_file: (nullable): the file @dataset was read from, which local pictures are
 *   relative to
 */
GtkWindow *
chronicle_dataset_window_new (GtkWindow        *parent,
                              ChronicleDataset *dataset,
                              const char       *language,
                              GFile            *data_file)
{
  GtkWidget *window;
  AdwPreferencesPage *page;
  GtkWidget *g;
  guint n_events;
  g_autofree char *count = NULL;
  const char *title, *description;

  g_return_val_if_fail (CHRONICLE_IS_DATASET (dataset), NULL);

  window = adw_preferences_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("About This Dataset"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 720);
  /* No search: libadwaita 1.2 builds its search results from the rows' titles with
   * markup on whatever the rows say, so a title such as <a href="file:///…"> would
   * become a link there. Every row here is the file's text, shown as plain text. */
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (window), FALSE);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_title (page, _("Dataset"));
  adw_preferences_page_set_icon_name (page, "dialog-information-symbolic");
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), page);

  title = chronicle_dataset_translate (dataset, "dataset", language, "title", chronicle_dataset_get_title (dataset));
  description = chronicle_dataset_translate (dataset, "dataset", language, "description",
                                             chronicle_dataset_get_description (dataset));
  n_events = chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset));
  /* Translators: how many events a dataset has. */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events), n_events);

  g = group (page, _("Overview"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), row (title ? title : _("Untitled Timeline"), description));
  /* No media, no row. */
  if (chronicle_dataset_get_n_media (dataset) > 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), media_row (dataset, data_file));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), row (_("Events"), count));

  if (chronicle_dataset_get_n_documents (dataset) > 0)
    {
      g = group (page, _("Sources"));
      for (guint i = 0; i < chronicle_dataset_get_n_documents (dataset); i++)
        {
          const ChronicleDocument *doc = chronicle_dataset_get_document (dataset, i);
          g_autofree char *where = NULL;

          if (doc->publisher != NULL && doc->date != NULL)
            /* Translators: a document's publisher and date. */
            where = g_strdup_printf (_("%1$s, %2$s"), doc->publisher, doc->date);
          else
            where = g_strdup (doc->publisher ? doc->publisher : doc->date);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), row (doc->title, where));
        }
    }

  if (chronicle_dataset_get_n_figures (dataset) > 0)
    {
      g = group (page, _("Figures"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (g),
                                             _("Headline numbers, each with its sources. Where the sources disagree, both values are given."));
      for (guint i = 0; i < chronicle_dataset_get_n_figures (dataset); i++)
        {
          const ChronicleFigure *f = chronicle_dataset_get_figure (dataset, i);
          g_autofree char *owner = g_strdup_printf ("figure/%s", f->id ? f->id : "");
          GString *details = g_string_new (NULL);
          GtkWidget *r;

          g_string_append (details, chronicle_dataset_translate (dataset, owner, language, "value", f->value));
          if (f->as_of != NULL)
            /* Translators: when a figure was true; %s is a date such as 2023. */
            g_string_append_printf (details, _(" (as of %s)"), f->as_of);
          if (f->note != NULL)
            {
              g_string_append_c (details, '\n');
              g_string_append (details, chronicle_dataset_translate (dataset, owner, language, "note", f->note));
            }
          for (guint j = 0; j < f->n_sources; j++)
            {
              const ChronicleDocument *doc = chronicle_dataset_find_document (dataset, f->sources[j].document);

              g_string_append_c (details, '\n');
              /* Translators: a figure's source: %1$s the quote, %2$s the document's title. */
              g_string_append_printf (details, _("“%1$s” — %2$s"), f->sources[j].quote ? f->sources[j].quote : "",
                                      doc ? doc->title : f->sources[j].document);
            }
          r = row (chronicle_dataset_translate (dataset, owner, language, "label", f->label), details->str);
          g_string_free (details, TRUE);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), r);
        }
    }

  if (chronicle_dataset_get_n_eras (dataset) > 0)
    {
      g = group (page, _("Eras"));
      for (guint i = 0; i < chronicle_dataset_get_n_eras (dataset); i++)
        {
          const ChronicleEra *era = chronicle_dataset_get_era (dataset, i);
          g_autofree char *when = chronicle_date_format_range (&era->start, &era->end);

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (g),
                                     row (chronicle_dataset_get_era_title (dataset, i, language), when));
        }
    }

  /* Its search button is named by its tooltip alone in GTK 4.8 ("GtkImage"). */
  chronicle_accessible_fix_names (window);
  return GTK_WINDOW (window);
}
