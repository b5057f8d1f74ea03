/* chronicle-sidebar.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-sidebar"

#include "config.h"

#include "chronicle-sidebar.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "chronicle-accessible.h"
#include "chronicle-date-format.h"
#include "chronicle-media-box.h"
#include "chronicle-timeline-renderer.h"
#include "chronicle-wrap-layout.h"

/* The selected event, in full: what, when (as the author wrote it, when the file
 * gives a display date), where, its pictures or media links, who, every source with
 * its verbatim quote, and its links by their titles. All event text is set as plain
 * text (gtk_label_set_text): markup in the data is shown, never interpreted. */

struct _ChronicleSidebar
{
  GtkWidget         parent_instance;

  ChronicleDataset *dataset;
  ChronicleEvent   *event;
  char             *language;
  ChronicleSession *session;
  GSignalGroup     *session_signals;
  GBindingGroup    *session_bindings;

  GtkStack         *stack;
  GtkDrawingArea   *kind_shape;
  GtkLabel         *kind_label;
  GtkLabel         *title_label;
  GtkLabel         *date_label;
  GtkLabel         *place_label;
  GtkLabel         *description_label;
  ChronicleMediaBox *media_box;
  GtkLabel         *relation_label;
  GtkWidget        *people_heading;
  GtkLabel         *people_label;
  GtkWidget        *partners_heading;
  GtkBox           *partners_box;
  GtkWidget        *sources_heading;
  GtkBox           *sources_box;
  GtkBox           *links_box;
};

enum {
  PROP_0,
  PROP_EVENT,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ChronicleSidebar, chronicle_sidebar, GTK_TYPE_WIDGET)

/* A "word" longer than this many characters (an address, a name run together) may
 * break anywhere; shorter words wrap whole. */
#define LONG_WORD_CHARS 20

/* How @label wraps its text: at words, unless one is so long that it would make the
 * sidebar wider than it asks to be (too wide, the window folds it away); then
 * anywhere. Ordinary words are never cut, even in large text. */
static void
fit_wrap (GtkLabel *label)
{
  const char *text = gtk_label_get_text (label);
  glong run = 0, longest = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      run = g_unichar_isspace (g_utf8_get_char (p)) ? 0 : run + 1;
      longest = MAX (longest, run);
    }
  gtk_label_set_wrap_mode (label, longest > LONG_WORD_CHARS ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
}

static void
set_optional (GtkLabel   *label,
              const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  fit_wrap (label);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

/**
 * chronicle_sidebar_dup_citation:
 * @source: which of the event's sources
 *
 * Returns: (transfer full) (nullable): the source as plain text for a citation:
 *   “quote” — Title, Publisher, date.
 */
char *
chronicle_sidebar_dup_citation (ChronicleSidebar *self,
                                guint             source)
{
  const ChronicleSource *s;
  const ChronicleDocument *doc;

  g_return_val_if_fail (CHRONICLE_IS_SIDEBAR (self), NULL);

  if (self->event == NULL || source >= chronicle_event_get_n_sources (self->event))
    return NULL;
  s = chronicle_event_get_source (self->event, source);
  doc = chronicle_dataset_find_document (self->dataset, s->document);

  if (doc != NULL && doc->publisher != NULL && doc->date != NULL)
    /* Translators: a citation: %1$s the quote, %2$s the article's title, %3$s its
     * publisher, %4$s its date. Keep or replace the quotation marks as your
     * language writes them. */
    return g_strdup_printf (_("“%1$s” — %2$s, %3$s, %4$s."), s->quote ? s->quote : "",
                            doc->title, doc->publisher, doc->date);
  if (doc != NULL && doc->publisher != NULL)
    /* Translators: a citation without a date: %1$s the quote, %2$s the title, %3$s the publisher. */
    return g_strdup_printf (_("“%1$s” — %2$s, %3$s."), s->quote ? s->quote : "", doc->title, doc->publisher);
  /* Translators: a citation with only a title: %1$s the quote, %2$s the title. */
  return g_strdup_printf (_("“%1$s” — %2$s."), s->quote ? s->quote : "", doc ? doc->title : s->document);
}

static void
on_copy_clicked_cb (GtkButton        *button,
                    ChronicleSidebar *self)
{
  guint source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "source"));
  g_autofree char *citation = chronicle_sidebar_dup_citation (self, source);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (citation == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), citation);
  if (ADW_IS_APPLICATION_WINDOW (root))
    gtk_widget_activate_action (GTK_WIDGET (root), "win.toast", "s", _("Citation copied"));
}

static GtkWidget *
source_row (ChronicleSidebar *self,
            guint             i)
{
  const ChronicleSource *s = chronicle_event_get_source (self->event, i);
  const ChronicleDocument *doc = chronicle_dataset_find_document (self->dataset, s->document);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *quote, *where, *copy;
  g_autofree char *quoted = NULL;
  g_autofree char *origin = NULL;

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "source");

  /* Translators: a verbatim quote from an article, in quotation marks. */
  quoted = g_strdup_printf (_("“%s”"), s->quote ? s->quote : "");
  quote = gtk_label_new (quoted);
  gtk_label_set_wrap (GTK_LABEL (quote), TRUE);
  /* A word longer than the sidebar (an address in a quote) breaks rather than widen it. */
  fit_wrap (GTK_LABEL (quote));
  gtk_label_set_xalign (GTK_LABEL (quote), 0);
  gtk_label_set_selectable (GTK_LABEL (quote), TRUE);
  gtk_widget_add_css_class (quote, "quote");
  gtk_box_append (GTK_BOX (box), quote);

  if (doc != NULL && doc->publisher != NULL && doc->date != NULL)
    /* Translators: where a quote comes from: %1$s the article's title, %2$s its publisher, %3$s its date. */
    origin = g_strdup_printf (_("%1$s — %2$s, %3$s"), doc->title, doc->publisher, doc->date);
  else if (doc != NULL && doc->publisher != NULL)
    /* Translators: where a quote comes from: %1$s the article's title, %2$s its publisher. */
    origin = g_strdup_printf (_("%1$s — %2$s"), doc->title, doc->publisher);
  else
    origin = g_strdup (doc ? doc->title : s->document);
  where = gtk_label_new (origin);
  gtk_label_set_wrap (GTK_LABEL (where), TRUE);
  fit_wrap (GTK_LABEL (where));
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_widget_add_css_class (where, "caption");
  gtk_widget_add_css_class (where, "dim-label");
  gtk_box_append (GTK_BOX (box), where);

  copy = gtk_button_new_with_mnemonic (_("_Copy Citation"));
  /* One plain name (GTK 4.8 would say "_Copy Citation Copy Citation"); which source
   * it copies is its description. */
  chronicle_accessible_set_name (copy, _("Copy Citation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, origin, -1);
  gtk_widget_set_halign (copy, GTK_ALIGN_START);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_add_css_class (copy, "small");
  g_object_set_data (G_OBJECT (copy), "source", GUINT_TO_POINTER (i));
  g_signal_connect (copy, "clicked", G_CALLBACK (on_copy_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), copy);

  return box;
}

/* The kind's shape in its colour, as on the canvas. */
static void
draw_kind_shape (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  ChronicleSidebar *self = user_data;
  const ChronicleKind *kind;
  unsigned int r = 0x77, g = 0x76, b = 0x7b;

  if (self->event == NULL || self->dataset == NULL)
    return;
  kind = chronicle_dataset_find_kind (self->dataset, chronicle_event_get_kind (self->event));
  if (kind != NULL && kind->color != NULL)
    sscanf (kind->color + 1, "%02x%02x%02x", &r, &g, &b);
  chronicle_shape_path (cr, chronicle_shape_from_name (kind ? kind->shape : NULL), width / 2.0, height / 2.0, width * 0.36);
  cairo_set_source_rgb (cr, r / 255.0, g / 255.0, b / 255.0);
  cairo_fill (cr);
}

/* The text the file gives link @i, or %NULL. */
static const char *
link_text (ChronicleEvent *e,
           guint           i)
{
  const char *text = chronicle_event_get_link_title (e, i);

  return text != NULL && text[0] != '\0' ? text : NULL;
}

/* A link, as its text when it has one (wrapped), else as its address on one line,
 * ellipsized in the middle (where an address says least); the full address is its
 * tooltip and its accessible description either way. Only http(s) links reach the
 * model; they open with the system's handler. */
static GtkWidget *
link_button (const char *url,
             const char *text)
{
  GtkWidget *link = gtk_link_button_new_with_label (url, text != NULL ? text : url);
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (link));

  gtk_widget_set_tooltip_text (link, url);
  gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, url, -1);
  gtk_widget_set_halign (link, GTK_ALIGN_START);
  if (GTK_IS_LABEL (child))
    {
      GtkLabel *label = GTK_LABEL (child);

      gtk_label_set_xalign (label, 0);
      if (text != NULL)
        {
          /* Long texts wrap rather than widen the sidebar. */
          gtk_label_set_wrap (label, TRUE);
          gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
        }
      else
        {
          gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_MIDDLE);
          gtk_label_set_single_line_mode (label, TRUE);
        }
    }
  return link;
}

static void
update (ChronicleSidebar *self)
{
  ChronicleEvent *e = self->event;
  const ChronicleKind *kind;
  const char *kind_text;
  const char *partner, *from, *to;
  const char * const *people;
  const char * const *partners;
  const char * const *links;
  g_autofree char *owner = NULL;
  g_autofree char *kind_line = NULL;
  g_autofree char *date = NULL;

  if (e == NULL || self->dataset == NULL)
    {
      chronicle_media_box_set_event (self->media_box, NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "event");

  kind = chronicle_dataset_find_kind (self->dataset, chronicle_event_get_kind (e));
  owner = g_strdup_printf ("kind/%s", chronicle_event_get_kind (e));
  kind_text = chronicle_dataset_translate (self->dataset, owner, self->language, "label",
                                           kind ? kind->label : chronicle_event_get_kind (e));
  switch (chronicle_event_get_direction (e))
    {
    case CHRONICLE_DIRECTION_INBOUND:
      /* Translators: a kind of event and its direction, as in "Visit · incoming". */
      kind_line = g_strdup_printf (_("%s · incoming"), kind_text);
      break;
    case CHRONICLE_DIRECTION_OUTBOUND:
      /* Translators: a kind of event and its direction, as in "Visit · outgoing". */
      kind_line = g_strdup_printf (_("%s · outgoing"), kind_text);
      break;
    case CHRONICLE_DIRECTION_NONE:
    default:
      kind_line = g_strdup (kind_text);
      break;
    }
  gtk_label_set_text (self->kind_label, kind_line);
  fit_wrap (self->kind_label);
  gtk_widget_queue_draw (GTK_WIDGET (self->kind_shape));

  gtk_label_set_text (self->title_label, chronicle_event_get_translated (e, self->language, "title"));
  fit_wrap (self->title_label);
  date = chronicle_date_format_range (chronicle_event_get_start (e), chronicle_event_get_end (e));
  /* The author's own words for the date, as TimelineJS shows them; the date it
   * sorts by stays in the tooltip. */
  if (chronicle_event_get_display_date (e) != NULL)
    {
      gtk_label_set_text (self->date_label, chronicle_event_get_display_date (e));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_label), date);
    }
  else
    {
      gtk_label_set_text (self->date_label, date);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_label), NULL);
    }
  fit_wrap (self->date_label);
  chronicle_media_box_set_event (self->media_box, e, self->session ? chronicle_session_get_file (self->session) : NULL);
  set_optional (self->place_label, chronicle_event_get_translated (e, self->language, "place"));
  set_optional (self->description_label, chronicle_event_get_translated (e, self->language, "description"));

  if (chronicle_event_get_relation (e, &partner, &from, &to) && to != NULL)
    {
      g_autofree char *text = NULL;

      from = chronicle_dataset_translate_level (self->dataset, self->language, from);
      to = chronicle_dataset_translate_level (self->dataset, self->language, to);
      text = from != NULL
        /* Translators: a change of relationship: %1$s the level before, %2$s the level after. */
        ? g_strdup_printf (_("%1$s → %2$s"), from, to)
        /* Translators: a new relationship level, when the one before is not known. */
        : g_strdup_printf (_("→ %s"), to);
      set_optional (self->relation_label, text);
    }
  else
    set_optional (self->relation_label, NULL);

  people = chronicle_event_get_people (e);
  {
    g_autofree char *joined = g_strjoinv (", ", (char **) people);
    set_optional (self->people_label, joined);
    gtk_widget_set_visible (self->people_heading, people[0] != NULL);
  }

  clear_box (GTK_WIDGET (self->partners_box));
  partners = chronicle_event_get_partners (e);
  for (guint i = 0; partners[i] != NULL; i++)
    {
      const ChroniclePartner *p = chronicle_dataset_find_partner (self->dataset, partners[i]);
      g_autofree char *partner_owner = g_strdup_printf ("partner/%s", partners[i]);
      const char *name = chronicle_dataset_translate (self->dataset, partner_owner, self->language, "name",
                                                      p ? p->name : partners[i]);
      GtkWidget *button = gtk_button_new_with_label (name);
      g_autofree char *tooltip = NULL;

      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "small");
      /* A long name is shortened (whole in the tooltip) rather than widen the sidebar. */
      if (GTK_IS_LABEL (label))
        {
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
        }
      /* Clicking a partner filters the timeline by it. */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.filter-partner");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", partners[i]);
      /* Translators: the tooltip of a partner's button; %s is the partner. */
      tooltip = g_strdup_printf (_("Show only events with %s"), name);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_box_append (self->partners_box, button);
    }
  gtk_widget_set_visible (self->partners_heading, partners[0] != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->partners_box), partners[0] != NULL);

  clear_box (GTK_WIDGET (self->sources_box));
  for (guint i = 0; i < chronicle_event_get_n_sources (e); i++)
    gtk_box_append (self->sources_box, source_row (self, i));
  gtk_widget_set_visible (self->sources_heading, chronicle_event_get_n_sources (e) > 0);

  clear_box (GTK_WIDGET (self->links_box));
  links = chronicle_event_get_links (e);
  for (guint i = 0; links[i] != NULL; i++)
    {
      const char *text = link_text (e, i);
      gboolean seen = FALSE;

      /* Each address once: a media item's with the media, and one the file lists
       * more than once by the first text it gives (a text says more than the address). */
      if (chronicle_media_box_shows_url (self->media_box, links[i]))
        continue;
      for (guint j = 0; j < i && !seen; j++)
        seen = g_str_equal (links[j], links[i]) && !chronicle_media_box_shows_url (self->media_box, links[j]);
      if (seen)
        continue;
      for (guint j = i + 1; links[j] != NULL && text == NULL; j++)
        if (g_str_equal (links[j], links[i]))
          text = link_text (e, j);
      gtk_box_append (self->links_box, link_button (links[i], text));
    }
}

static void
chronicle_sidebar_dispose (GObject *object)
{
  ChronicleSidebar *self = CHRONICLE_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CHRONICLE_TYPE_SIDEBAR);
  g_clear_object (&self->session_bindings);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->event);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (chronicle_sidebar_parent_class)->dispose (object);
}

static void
chronicle_sidebar_finalize (GObject *object)
{
  ChronicleSidebar *self = CHRONICLE_SIDEBAR (object);

  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (chronicle_sidebar_parent_class)->finalize (object);
}

static void
chronicle_sidebar_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ChronicleSidebar *self = CHRONICLE_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, chronicle_sidebar_get_event (self));
      break;
    case PROP_SESSION:
      g_value_set_object (value, chronicle_sidebar_get_session (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_sidebar_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ChronicleSidebar *self = CHRONICLE_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      chronicle_sidebar_set_event (self, g_value_get_object (value));
      break;
    case PROP_SESSION:
      chronicle_sidebar_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_sidebar_class_init (ChronicleSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chronicle_sidebar_dispose;
  object_class->finalize = chronicle_sidebar_finalize;
  object_class->get_property = chronicle_sidebar_get_property;
  object_class->set_property = chronicle_sidebar_set_property;

  /**
   * ChronicleSidebar:event:
   *
   * The event shown.
   */
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, CHRONICLE_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleSidebar:session:
   *
   * The session whose selection the sidebar shows, in its dataset and language.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CHRONICLE_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CHRONICLE_TYPE_MEDIA_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/chronicle-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, kind_shape);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, kind_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, title_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, date_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, place_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, description_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, media_box);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, relation_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, people_heading);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, people_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, partners_heading);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, partners_box);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, sources_heading);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, sources_box);
  gtk_widget_class_bind_template_child (widget_class, ChronicleSidebar, links_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sidebar");
}

static void
on_session_dataset_cb (ChronicleSidebar *self)
{
  chronicle_sidebar_set_dataset (self, chronicle_session_get_dataset (self->session));
  chronicle_sidebar_set_event (self, chronicle_session_get_selection (self->session));
}

static void
on_session_language_cb (ChronicleSidebar *self)
{
  chronicle_sidebar_set_language (self, chronicle_session_get_language (self->session));
}

static void
on_session_bind_cb (ChronicleSidebar *self)
{
  on_session_language_cb (self);
  on_session_dataset_cb (self);
}

static void
chronicle_sidebar_init (ChronicleSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self->partners_box), chronicle_wrap_layout_new (6, 6));
  gtk_drawing_area_set_draw_func (self->kind_shape, draw_kind_shape, self, NULL);
  update (self);

  /* The selection through a binding; the dataset and the language, which redraw
   * everything, through their notifications. */
  self->session_bindings = g_binding_group_new ();
  g_binding_group_bind (self->session_bindings, "selection", self, "event", G_BINDING_SYNC_CREATE);
  self->session_signals = g_signal_group_new (CHRONICLE_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::dataset", G_CALLBACK (on_session_dataset_cb), self);
  /* Pictures are found next to the file. */
  g_signal_group_connect_swapped (self->session_signals, "notify::file", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::language", G_CALLBACK (on_session_language_cb), self);
  g_signal_connect_object (self->session_signals, "bind", G_CALLBACK (on_session_bind_cb), self, G_CONNECT_SWAPPED);
}

/**
 * chronicle_sidebar_get_session:
 *
 * Returns: (transfer none) (nullable): the session the sidebar follows
 */
ChronicleSession *
chronicle_sidebar_get_session (ChronicleSidebar *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SIDEBAR (self), NULL);
  return self->session;
}

void
chronicle_sidebar_set_session (ChronicleSidebar *self,
                               ChronicleSession *session)
{
  g_return_if_fail (CHRONICLE_IS_SIDEBAR (self));
  g_return_if_fail (session == NULL || CHRONICLE_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  g_binding_group_set_source (self->session_bindings, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

void
chronicle_sidebar_set_dataset (ChronicleSidebar *self,
                               ChronicleDataset *dataset)
{
  gboolean had_event;

  g_return_if_fail (CHRONICLE_IS_SIDEBAR (self));

  had_event = self->event != NULL;

  g_set_object (&self->dataset, dataset);
  g_clear_object (&self->event);
  update (self);
  if (had_event)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

void
chronicle_sidebar_set_event (ChronicleSidebar *self,
                             ChronicleEvent   *event)
{
  g_return_if_fail (CHRONICLE_IS_SIDEBAR (self));

  if (!g_set_object (&self->event, event))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

/**
 * chronicle_sidebar_get_event:
 *
 * Returns: (transfer none) (nullable): the event shown
 */
ChronicleEvent *
chronicle_sidebar_get_event (ChronicleSidebar *self)
{
  g_return_val_if_fail (CHRONICLE_IS_SIDEBAR (self), NULL);
  return self->event;
}

void
chronicle_sidebar_set_language (ChronicleSidebar *self,
                                const char       *language)
{
  g_return_if_fail (CHRONICLE_IS_SIDEBAR (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  update (self);
}
