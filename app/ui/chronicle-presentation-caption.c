/* chronicle-presentation-caption.c — the large caption of presentation mode
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What one slide says, read from the back of the room: on the title slide the
 * dataset's title, its number of events, its description, its sources and its own
 * pictures or media links (a TimelineJS title slide's) beside the text; on an
 * event's slide its title, its date as the author wrote it (the display date, else
 * the date) and place, the relationship change, the whole description, the first
 * source's quote, and its pictures or media links beside the text. All of it is the
 * file's text, set as plain text. A slide with a background colour (TimelineJS's
 * `background.color`) has its card in that colour, its text black or white, whichever
 * reads better on it; in high contrast the card stays as it is.
 *
 * It is also what a screen reader follows: ChroniclePresentation gives it the keyboard
 * focus, and at every slide its accessible name becomes the slide's title and its
 * description the rest of the text (GTK 4.8 has no announcement API; a change of the
 * focused object's name and description is what Orca speaks). The presentation places
 * it and sets its text size (ChroniclePresentation's size_allocate).
 */

#define G_LOG_DOMAIN "chronicle-presentation-caption"

#include "config.h"

#include "chronicle-presentation-caption.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "chronicle-date-format.h"
#include "chronicle-media-box.h"
#include "chronicle-timeline-style.h"

struct _ChroniclePresentationCaption
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *text_box;
  GtkLabel          *title_label;
  GtkLabel          *date_label;
  GtkLabel          *relation_label;
  GtkLabel          *description_label;
  GtkLabel          *source_label;
  ChronicleMediaBox *media_box;

  /* The slide's background colour, as the card's (NULL: none). */
  GtkCssProvider    *slide_css;
  char              *slide_color;
};

G_DEFINE_FINAL_TYPE (ChroniclePresentationCaption, chronicle_presentation_caption, GTK_TYPE_WIDGET)

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

/* The name is the title; the description is every other line shown, the media's
 * captions included, in reading order. */
static void
update_accessible (ChroniclePresentationCaption *self)
{
  GtkLabel *lines[] = { self->date_label, self->relation_label, self->description_label, self->source_label };
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (lines[i])))
      {
        if (description->len > 0)
          g_string_append_c (description, '\n');
        g_string_append (description, gtk_label_get_text (lines[i]));
      }
  if (gtk_widget_get_visible (GTK_WIDGET (self->media_box)))
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->media_box));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        const char *text = NULL;

        if (GTK_IS_LABEL (child))
          text = gtk_label_get_text (GTK_LABEL (child));
        else if (GTK_IS_BUTTON (child))
          text = gtk_button_get_label (GTK_BUTTON (child));
        if (text != NULL && text[0] != '\0')
          {
            if (description->len > 0)
              g_string_append_c (description, '\n');
            g_string_append (description, text);
          }
      }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (self->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

/* The card in the slide's colour, unless there is none or high contrast is on. The
 * CSS is written from the parsed colour, never from the file's text. */
static void
apply_slide_color (ChroniclePresentationCaption *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA color;
  g_autofree char *rgb = NULL;
  g_autofree char *css = NULL;
  ChronicleColor card, black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };

  if (self->slide_color == NULL || !gdk_rgba_parse (&color, self->slide_color) ||
      adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
    {
      gtk_css_provider_load_from_data (self->slide_css, "", -1);
      gtk_widget_remove_css_class (widget, "slide-color");
      gtk_widget_remove_css_class (widget, "light-slide");
      return;
    }
  color.alpha = 1;
  rgb = gdk_rgba_to_string (&color);
  css = g_strdup_printf (".caption-card { background-color: %s; }", rgb);
  gtk_css_provider_load_from_data (self->slide_css, css, -1);
  gtk_widget_add_css_class (widget, "slide-color");
  /* Black or white text, whichever has the more contrast with the colour. */
  card = (ChronicleColor) { color.red, color.green, color.blue, 1 };
  if (chronicle_color_contrast (&card, &black) >= chronicle_color_contrast (&card, &white))
    gtk_widget_add_css_class (widget, "light-slide");
  else
    gtk_widget_remove_css_class (widget, "light-slide");
}

static void
set_slide_color (ChroniclePresentationCaption *self,
                 const ChronicleBackground    *background)
{
  g_clear_pointer (&self->slide_color, g_free);
  if (background != NULL && background->color != NULL)
    self->slide_color = g_strstrip (g_strdup (background->color));
  apply_slide_color (self);
}

static void
chronicle_presentation_caption_dispose (GObject *object)
{
  ChroniclePresentationCaption *self = CHRONICLE_PRESENTATION_CAPTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CHRONICLE_TYPE_PRESENTATION_CAPTION);
  g_clear_object (&self->slide_css);
  g_clear_pointer (&self->slide_color, g_free);

  G_OBJECT_CLASS (chronicle_presentation_caption_parent_class)->dispose (object);
}

static void
chronicle_presentation_caption_class_init (ChroniclePresentationCaptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chronicle_presentation_caption_dispose;

  g_type_ensure (CHRONICLE_TYPE_MEDIA_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/chronicle-presentation-caption.ui");
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentationCaption, text_box);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentationCaption, title_label);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentationCaption, date_label);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentationCaption, relation_label);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentationCaption, description_label);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentationCaption, source_label);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentationCaption, media_box);
}

static void
chronicle_presentation_caption_init (ChroniclePresentationCaption *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->slide_css = gtk_css_provider_new ();
  /* Above the stylesheet's card, for this card only. */
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)), GTK_STYLE_PROVIDER (self->slide_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast", G_CALLBACK (apply_slide_color),
                           self, G_CONNECT_SWAPPED);
  /* A picture that loads later is described once it is there. */
  g_signal_connect_object (self->media_box, "notify::n-loading", G_CALLBACK (update_accessible), self,
                           G_CONNECT_SWAPPED);
}

/**
 * chronicle_presentation_caption_show_title:
 * @language: (nullable): the language of the dataset's translations
 * @n_events: how many events the presentation steps through
 * @data_file: (nullable): the file @dataset was read from, which local pictures are
 *   relative to
 *
 * The first slide: the dataset's title, how many events, its description and
 * sources, and its own media (a TimelineJS title slide's) beside them.
 */
void
chronicle_presentation_caption_show_title (ChroniclePresentationCaption *self,
                                           ChronicleDataset             *dataset,
                                           const char                   *language,
                                           guint                         n_events,
                                           GFile                        *data_file)
{
  const char *title, *description;
  g_autofree char *count = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autofree char *sources = NULL;

  g_return_if_fail (CHRONICLE_IS_PRESENTATION_CAPTION (self));
  g_return_if_fail (CHRONICLE_IS_DATASET (dataset));

  title = chronicle_dataset_translate (dataset, "dataset", language, "title", chronicle_dataset_get_title (dataset));
  description = chronicle_dataset_translate (dataset, "dataset", language, "description",
                                             chronicle_dataset_get_description (dataset));
  set_text (self->title_label, title ? title : _("Untitled Timeline"));
  /* Translators: how many events a dataset has. */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events), n_events);
  set_text (self->date_label, count);
  set_text (self->relation_label, NULL);
  set_text (self->description_label, description);
  for (guint i = 0; i < chronicle_dataset_get_n_documents (dataset); i++)
    {
      const ChronicleDocument *doc = chronicle_dataset_get_document (dataset, i);

      g_string_append (titles, i ? "; " : "");
      g_string_append (titles, doc->title);
    }
  if (titles->len > 0)
    /* Translators: the footer of an exported timeline; %s lists the articles it cites. */
    sources = g_strdup_printf (_("Sources: %s"), titles->str);
  gtk_label_set_lines (self->source_label, 4);
  set_text (self->source_label, sources);
  chronicle_media_box_set_dataset (self->media_box, dataset, data_file);
  set_slide_color (self, chronicle_dataset_get_background (dataset));
  update_accessible (self);
}

/**
 * chronicle_presentation_caption_show_event:
 * @language: (nullable): the language of the dataset's translations
 * @data_file: (nullable): the file @dataset was read from, which local pictures are
 *   relative to
 *
 * An event's slide.
 */
void
chronicle_presentation_caption_show_event (ChroniclePresentationCaption *self,
                                           ChronicleDataset             *dataset,
                                           ChronicleEvent               *event,
                                           const char                   *language,
                                           GFile                        *data_file)
{
  g_autofree char *date = NULL;
  g_autofree char *date_line = NULL;
  g_autofree char *relation_line = NULL;
  const char *when, *place, *partner, *from, *to;

  g_return_if_fail (CHRONICLE_IS_PRESENTATION_CAPTION (self));
  g_return_if_fail (CHRONICLE_IS_DATASET (dataset));
  g_return_if_fail (CHRONICLE_IS_EVENT (event));

  set_text (self->title_label, chronicle_event_get_translated (event, language, "title"));
  /* The date as the author wrote it, when the file says. */
  when = chronicle_event_get_display_date (event);
  if (when == NULL)
    when = date = chronicle_date_format_range (chronicle_event_get_start (event), chronicle_event_get_end (event));
  place = chronicle_event_get_translated (event, language, "place");
  if (place != NULL)
    /* Translators: the caption's date and place, as in "10 September 2023 · Hà Nội". */
    date_line = g_strdup_printf (_("%1$s · %2$s"), when, place);
  set_text (self->date_label, date_line ? date_line : when);

  /* An upgrade says what the relationship was and what it became. */
  if (chronicle_event_get_relation (event, &partner, &from, &to) && to != NULL)
    {
      from = from ? chronicle_dataset_translate_level (dataset, language, from) : NULL;
      to = chronicle_dataset_translate_level (dataset, language, to);
      relation_line = from != NULL
        /* Translators: a change of relationship: %1$s the level before, %2$s the level after. */
        ? g_strdup_printf (_("%1$s → %2$s"), from, to)
        /* Translators: a new relationship level, when the one before is not known. */
        : g_strdup_printf (_("→ %s"), to);
    }
  set_text (self->relation_label, relation_line);
  set_text (self->description_label, chronicle_event_get_translated (event, language, "description"));

  gtk_label_set_lines (self->source_label, 2);
  if (chronicle_event_get_n_sources (event) > 0)
    {
      const ChronicleSource *source = chronicle_event_get_source (event, 0);
      const ChronicleDocument *doc = chronicle_dataset_find_document (dataset, source->document);
      /* Translators: the caption's source: %1$s the quote, %2$s the article. */
      g_autofree char *line = g_strdup_printf (_("“%1$s” — %2$s"), source->quote ? source->quote : "",
                                               doc ? doc->title : source->document);
      set_text (self->source_label, line);
    }
  else
    set_text (self->source_label, NULL);
  chronicle_media_box_set_event (self->media_box, event, data_file);
  set_slide_color (self, chronicle_event_get_background (event));
  update_accessible (self);
}

/**
 * chronicle_presentation_caption_set_max_picture_height:
 * @height: in pixels
 *
 * The tallest a picture beside the text may be (the presentation keeps the caption
 * under half the screen).
 */
void
chronicle_presentation_caption_set_max_picture_height (ChroniclePresentationCaption *self,
                                                       int                           height)
{
  g_return_if_fail (CHRONICLE_IS_PRESENTATION_CAPTION (self));

  chronicle_media_box_set_max_picture_height (self->media_box, height);
}
