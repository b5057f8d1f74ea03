/* test-ui-media.c — what authors wrote, as the sidebar and the presentation caption
 * show it: display dates, links by their text, local pictures (relative to the data
 * file) scaled to fit with caption and credit, web media as links never fetched, and
 * no space at all for an event with no media. Also the filter bar's authored-data
 * cases: kinds past the chips in their own picker, and quick years that are the
 * data's own span. Accessibility is on (GTK's default).
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "chronicle-dataset-window.h"
#include "chronicle-date-format.h"
#include "chronicle-filter-bar.h"
#include "chronicle-filter-years.h"
#include "chronicle-loader.h"
#include "chronicle-media-box.h"
#include "chronicle-presentation-caption.h"
#include "chronicle-session.h"
#include "chronicle-sidebar.h"
#include "chronicle-timeline-style.h"
#include "ui-test-util.h"

typedef struct
{
  ChronicleSession *session;
  GtkWidget        *window;
  GtkWidget        *sidebar;
} Fixture;

static gboolean
loaded (gpointer box)
{
  return chronicle_media_box_get_n_loading (box) == 0;
}

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
two_frames (gpointer ticks)
{
  return *(guint *) ticks >= 2;
}

/* Until @widget's window has drawn two frames since now: what a change queued is
 * laid out by then. */
static gboolean
allocated (gpointer widget)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (GTK_WIDGET (gtk_widget_get_root (widget)), count_tick_cb, &ticks, NULL);
  gboolean ok = ui_test_wait_until (two_frames, &ticks, 10000);

  gtk_widget_remove_tick_callback (GTK_WIDGET (gtk_widget_get_root (widget)), id);
  return ok && gtk_widget_get_width (widget) > 0;
}

/* Every shown widget of @type under @widget, in order; with @skip, none inside it. */
static void
collect (GtkWidget *widget,
         GType      type,
         GtkWidget *skip,
         GPtrArray *found)
{
  if (widget == skip || !gtk_widget_get_visible (widget))
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect (child, type, skip, found);
}

/* No label anywhere takes the data's text as markup. */
static void
assert_no_markup (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    g_assert_false (gtk_label_get_use_markup (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    assert_no_markup (child);
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (widget, GTK_TYPE_LABEL, NULL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static ChronicleDataset *
load (const char  *name,
      GFile      **file_out)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = chronicle_loader_load_file (loader, file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  if (file_out != NULL)
    *file_out = g_steal_pointer (&file);
  return dataset;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(ChronicleDataset) dataset = load (data, &file);

  f->session = chronicle_session_new ();
  chronicle_session_set_file (f->session, file);
  chronicle_session_set_dataset (f->session, dataset);
  f->sidebar = g_object_new (CHRONICLE_TYPE_SIDEBAR, "session", f->session, NULL);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 900);
  gtk_window_set_child (GTK_WINDOW (f->window), f->sidebar);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->session);
}

static ChronicleMediaBox *
select_event (Fixture    *f,
              const char *id)
{
  ChronicleMediaBox *box = CHRONICLE_MEDIA_BOX (ui_test_find_type (f->sidebar, CHRONICLE_TYPE_MEDIA_BOX));

  g_assert_true (chronicle_session_select_id (f->session, id));
  g_assert_true (ui_test_wait_until (loaded, box, 10000));
  g_assert_true (allocated (f->sidebar));
  return box;
}

/* A TimelineJS slide with a display date, a local picture and links in its text. */
static void
test_media_sidebar_picture (Fixture       *f,
                            gconstpointer  data)
{
  ChronicleMediaBox *box = select_event (f, "picture");
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  GtkPicture *picture;
  GdkPaintable *paintable;

  /* The date as the author wrote it. */
  g_assert_true (shows_text (f->sidebar, "Winter of 1903"));

  /* The picture next to the file, loaded, whole, no wider than the sidebar. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (box)));
  collect (GTK_WIDGET (box), GTK_TYPE_PICTURE, NULL, pictures);
  g_assert_cmpuint (pictures->len, ==, 1);
  picture = g_ptr_array_index (pictures, 0);
  paintable = gtk_picture_get_paintable (picture);
  g_assert_nonnull (paintable);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 160);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, 100);
  g_assert_cmpstr (gtk_picture_get_alternative_text (picture), ==, "A yellow sun over blue water");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (picture)), <=, gtk_widget_get_width (GTK_WIDGET (box)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (picture)), ==, 160);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (picture)), ==, 100);
  /* Its credit, as plain text (the HTML's tags are not shown or interpreted). */
  g_assert_true (shows_text (GTK_WIDGET (box), "Photo: A. Person"));

  /* The text's links, each by its own text; the bare address by itself. */
  collect (f->sidebar, GTK_TYPE_LINK_BUTTON, GTK_WIDGET (box), links);
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpstr (gtk_link_button_get_uri (g_ptr_array_index (links, 0)), ==, "https://example.org/letters");
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (links, 0)), ==, "the Wrights' letters");
  g_assert_cmpstr (gtk_link_button_get_uri (g_ptr_array_index (links, 1)), ==, "https://example.org/plain");
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (links, 1)), ==, "https://example.org/plain");

  assert_no_markup (f->sidebar);
}

/* Media on the web is a link named by its caption, shown once; nothing is fetched. */
static void
test_media_sidebar_remote (Fixture       *f,
                           gconstpointer  data)
{
  ChronicleMediaBox *box = select_event (f, "remote");
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  g_autoptr(GPtrArray) media_links = g_ptr_array_new ();
  g_autoptr(GPtrArray) other_links = g_ptr_array_new ();

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (box)));
  collect (GTK_WIDGET (box), GTK_TYPE_PICTURE, NULL, pictures);
  g_assert_cmpuint (pictures->len, ==, 0);
  collect (GTK_WIDGET (box), GTK_TYPE_LINK_BUTTON, NULL, media_links);
  g_assert_cmpuint (media_links->len, ==, 1);
  g_assert_cmpstr (gtk_link_button_get_uri (g_ptr_array_index (media_links, 0)), ==, "https://example.org/film.ogv");
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (media_links, 0)), ==, "A film of the flight");
  g_assert_true (shows_text (GTK_WIDGET (box), "Archive"));
  /* The reader also makes the media's address a link: it is not listed twice. */
  collect (f->sidebar, GTK_TYPE_LINK_BUTTON, GTK_WIDGET (box), other_links);
  g_assert_cmpuint (other_links->len, ==, 0);
  /* No display date: the date. */
  g_assert_true (shows_text (f->sidebar, "1910"));
  assert_no_markup (f->sidebar);
}

/* A picture that is not there, or is no file, says so, with its address; the
 * caption stays. */
static void
test_media_sidebar_missing (Fixture       *f,
                            gconstpointer  data)
{
  ChronicleMediaBox *box = select_event (f, "missing");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean said = FALSE;

  collect (GTK_WIDGET (box), GTK_TYPE_LABEL, NULL, labels);
  for (guint i = 0; i < labels->len; i++)
    said |= strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), "images/missing.png") != NULL;
  g_assert_true (said);
  /* In words, not the system's message with the whole path. */
  g_assert_true (shows_text (GTK_WIDGET (box),
                             "Picture “images/missing.png” not shown: there is no such file next to the timeline’s file"));
  g_assert_true (shows_text (GTK_WIDGET (box), "Lost"));

  /* Not a file at all (a data file could name a folder, a device, a pipe): not read. */
  box = select_event (f, "directory");
  g_assert_true (shows_text (GTK_WIDGET (box), "Picture “images” not shown: not an ordinary file of at most 64 MB"));
  g_assert_null (gtk_picture_get_paintable (GTK_PICTURE (ui_test_find_type (GTK_WIDGET (box), GTK_TYPE_PICTURE))));
}

/* No media, no space: the box is hidden and takes no height. */
static void
test_media_sidebar_none (Fixture       *f,
                         gconstpointer  data)
{
  ChronicleMediaBox *box = select_event (f, "picture");

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (box)));
  box = select_event (f, "bare");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (box)));
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (box)));
  g_assert_true (shows_text (f->sidebar, "Nothing to look at."));
}

/* The Chronicle format's media list: a local JPEG, and a sound on the web shown as
 * a link by its address (it has no caption). */
static void
test_media_sidebar_chronicle_format (Fixture       *f,
                                     gconstpointer  data)
{
  ChronicleMediaBox *box = select_event (f, "local");
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  g_autoptr(GPtrArray) links = g_ptr_array_new ();

  collect (GTK_WIDGET (box), GTK_TYPE_PICTURE, NULL, pictures);
  g_assert_cmpuint (pictures->len, ==, 1);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (gtk_picture_get_paintable (g_ptr_array_index (pictures, 0))), ==, 120);
  g_assert_cmpstr (gtk_picture_get_alternative_text (g_ptr_array_index (pictures, 0)), ==, "A biplane just off the ground");
  g_assert_true (shows_text (GTK_WIDGET (box), "The Flyer"));
  g_assert_true (shows_text (GTK_WIDGET (box), "J. T. Daniels"));
  collect (GTK_WIDGET (box), GTK_TYPE_LINK_BUTTON, NULL, links);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (links, 0)), ==, "https://example.org/flight.ogg");

  box = select_event (f, "none");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (box)));
}

/* A tall picture is scaled to fit: no taller than the limit, its shape kept. */
static void
test_media_box_fits (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(ChronicleDataset) dataset = load ("media-authored.json", &file);
  ChronicleEvent *event = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = chronicle_media_box_new ();
  GtkWidget *picture;
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    if (g_str_equal (chronicle_event_get_id (chronicle_event_store_get_event (store, i)), "picture"))
      event = chronicle_event_store_get_event (store, i);
  g_assert_nonnull (event);
  chronicle_media_box_set_max_picture_height (CHRONICLE_MEDIA_BOX (box), 50);
  gtk_widget_set_size_request (box, 400, -1);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_window_set_child (GTK_WINDOW (window), box);
  chronicle_media_box_set_event (CHRONICLE_MEDIA_BOX (box), event, file);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ui_test_wait_until (loaded, box, 10000));
  picture = ui_test_find_type (box, GTK_TYPE_PICTURE);
  gtk_widget_queue_allocate (box);
  g_assert_true (allocated (picture));
  g_assert_cmpint (gtk_widget_get_height (picture), ==, 50);
  g_assert_cmpint (gtk_widget_get_width (picture), ==, 80);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The caption says the slide, and its accessible name and description follow each
 * slide: a screen reader on the focused caption speaks them. */
static void
test_media_caption (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(ChronicleDataset) dataset = load ("media-authored.json", &file);
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *caption = g_object_new (CHRONICLE_TYPE_PRESENTATION_CAPTION, NULL);
  ChronicleMediaBox *box = CHRONICLE_MEDIA_BOX (ui_test_find_type (caption, CHRONICLE_TYPE_MEDIA_BOX));
  ChronicleEvent *picture = NULL, *bare = NULL;
  g_autofree char *problem = NULL;

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      ChronicleEvent *e = chronicle_event_store_get_event (store, i);

      if (g_str_equal (chronicle_event_get_id (e), "picture"))
        picture = e;
      if (g_str_equal (chronicle_event_get_id (e), "bare"))
        bare = e;
    }
  gtk_window_set_child (GTK_WINDOW (window), caption);
  gtk_window_present (GTK_WINDOW (window));

  chronicle_presentation_caption_show_title (CHRONICLE_PRESENTATION_CAPTION (caption), dataset, NULL, 4, file);
  g_assert_true (shows_text (caption, "Authored media"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (box)));
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (caption), GTK_ACCESSIBLE_PROPERTY_LABEL, "Authored media");
  g_assert_null (problem);

  chronicle_presentation_caption_show_event (CHRONICLE_PRESENTATION_CAPTION (caption), dataset, picture, NULL, file);
  g_assert_true (ui_test_wait_until (loaded, box, 10000));
  g_assert_true (shows_text (caption, "Winter of 1903"));
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (ui_test_find_type (GTK_WIDGET (box), GTK_TYPE_PICTURE))));
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (caption), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "A picture next to the file");
  g_assert_null (problem);
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (caption), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Winter of 1903\nRead the Wrights' letters and https://example.org/plain.\n"
                                                "The at noon\nPhoto: A. Person");
  g_assert_null (problem);
  assert_no_markup (caption);

  chronicle_presentation_caption_show_event (CHRONICLE_PRESENTATION_CAPTION (caption), dataset, bare, NULL, file);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (box)));
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (caption), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "1930\nNothing to look at.");
  g_assert_null (problem);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The title slide's media (the dataset's) on the presentation's first slide: the
 * picture next to the file, its caption and credit, said to a screen reader too. */
static void
test_media_caption_title (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(ChronicleDataset) dataset = load ("title-media-tjs3.json", &file);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *caption = g_object_new (CHRONICLE_TYPE_PRESENTATION_CAPTION, NULL);
  ChronicleMediaBox *box = CHRONICLE_MEDIA_BOX (ui_test_find_type (caption, CHRONICLE_TYPE_MEDIA_BOX));
  GtkWidget *picture;
  g_autofree char *problem = NULL;

  gtk_window_set_child (GTK_WINDOW (window), caption);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 400);
  gtk_window_present (GTK_WINDOW (window));

  chronicle_presentation_caption_show_title (CHRONICLE_PRESENTATION_CAPTION (caption), dataset, NULL, 1, file);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (box)));
  g_assert_true (ui_test_wait_until (loaded, box, 10000));
  picture = ui_test_find_type (GTK_WIDGET (box), GTK_TYPE_PICTURE);
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (picture)));
  g_assert_cmpstr (gtk_picture_get_alternative_text (GTK_PICTURE (picture)), ==, "A yellow sun over blue water");
  g_assert_true (allocated (picture));
  g_assert_cmpint (gtk_widget_get_height (picture), >, 0);
  g_assert_true (shows_text (caption, "A title slide with a picture"));
  g_assert_true (shows_text (caption, "The harbour at noon"));
  g_assert_true (shows_text (caption, "Photo: A. Person"));
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (caption), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "1 event\nIts picture is next to this file.\n"
                                                "The harbour at noon\nPhoto: A. Person");
  g_assert_null (problem);
  assert_no_markup (caption);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What @widget last drew, or NULL before it has drawn. */
static GskRenderNode *
widget_node (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (snapshot);
}

/* Takes what data[0], a widget, last drew into data[1], once it has drawn: in one go,
 * since a frame queued in between leaves it nothing drawn for a moment (a flaky
 * "no node" when this waited, then asked again). */
static gboolean
take_node (gpointer data)
{
  gpointer *d = data;

  if (!gtk_widget_get_mapped (d[0]))
    return FALSE;
  g_clear_pointer ((GskRenderNode **) &d[1], gsk_render_node_unref);
  d[1] = widget_node (d[0]);
  return d[1] != NULL;
}

/* The colour @widget is drawn in at (@x, @y), as its window's renderer draws it. */
static void
drawn_color (GtkWidget *widget,
             int        x,
             int        y,
             GdkRGBA   *color)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  const guchar *p;

  gpointer drawn[2] = { widget, NULL };

  g_assert_true (ui_test_wait_until (take_node, drawn, 10000));
  node = drawn[1];
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* Cairo's ARGB32: B, G, R, A in memory, premultiplied. */
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  p = pixels + ((gsize) y * width + x) * 4;
  g_assert_cmpint (p[3], ==, 255);
  *color = (GdkRGBA) { p[2] / 255.0, p[1] / 255.0, p[0] / 255.0, 1 };
}

/* A slide with a background colour (TimelineJS's background.color) has its caption's
 * card in that colour and its text in black or white, whichever reads on it (at least
 * 4.5:1); a slide with none has the dark card; the title slide has the dataset's. */
static void
test_media_caption_background (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(ChronicleDataset) dataset = load ("backgrounds.json", &file);
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *caption = g_object_new (CHRONICLE_TYPE_PRESENTATION_CAPTION, NULL);
  GtkWidget *title;
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  const struct { const char *id; const char *card; gboolean dark_text; } slides[] = {
    { NULL, "#1d2a3a", FALSE },       /* the title slide: the dataset's */
    { "colour", "#1d2a3a", FALSE },
    { "short", "#ffaa00", TRUE },     /* " #fA0 " */
    { "named", "#ffefd5", TRUE },     /* PapayaWhip */
    { "both", "#000000", FALSE },     /* its picture is on the web, not fetched */
    { "plain", "rgb(36,36,36)", FALSE },
  };

  /* Chronicle's stylesheet, which its windows have: the card's own colours. */
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_window_set_child (GTK_WINDOW (window), caption);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 300);
  gtk_window_present (GTK_WINDOW (window));
  title = ui_test_find (caption, NULL, "caption-title", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (slides); i++)
    {
      GdkRGBA card, want, text;
      ChronicleColor c_card, c_text, black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };

      if (slides[i].id == NULL)
        chronicle_presentation_caption_show_title (CHRONICLE_PRESENTATION_CAPTION (caption), dataset, NULL, 7, file);
      else
        for (guint k = 0; k < chronicle_event_store_get_n_events (store); k++)
          if (g_str_equal (chronicle_event_get_id (chronicle_event_store_get_event (store, k)), slides[i].id))
            chronicle_presentation_caption_show_event (CHRONICLE_PRESENTATION_CAPTION (caption), dataset,
                                                       chronicle_event_store_get_event (store, k), NULL, file);
      g_assert_true (allocated (caption));
      /* In the card's bottom corner, inside its rounding and its padding. */
      drawn_color (caption, gtk_widget_get_width (caption) - 20, gtk_widget_get_height (caption) - 5, &card);
      g_assert_true (gdk_rgba_parse (&want, slides[i].card));

      g_assert_cmpfloat (fabs (card.red - want.red), <, 0.02);
      g_assert_cmpfloat (fabs (card.green - want.green), <, 0.02);
      g_assert_cmpfloat (fabs (card.blue - want.blue), <, 0.02);

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_get_color (gtk_widget_get_style_context (title), &text);
      G_GNUC_END_IGNORE_DEPRECATIONS
      {
        g_autofree char *card_s = gdk_rgba_to_string (&card);
        g_autofree char *text_s = gdk_rgba_to_string (&text);

        g_test_message ("%s: card %s, text %s", slides[i].id ? slides[i].id : "title", card_s, text_s);
      }
      c_card = (ChronicleColor) { card.red, card.green, card.blue, 1 };
      c_text = (ChronicleColor) { text.red, text.green, text.blue, 1 };
      g_assert_cmpint (chronicle_color_contrast (&c_text, &black) < chronicle_color_contrast (&c_text, &white), ==,
                       slides[i].dark_text);
      g_assert_cmpfloat (chronicle_color_contrast (&c_card, &c_text), >=, 4.5);
      /* A link on a coloured card is in the text's colour too (underlined). */
      if (slides[i].id != NULL && g_str_equal (slides[i].id, "colour"))
        {
          GtkWidget *link = ui_test_find_type (caption, GTK_TYPE_LINK_BUTTON);
          GdkRGBA link_text;

          g_assert_nonnull (link);
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          gtk_style_context_get_color (gtk_widget_get_style_context (gtk_button_get_child (GTK_BUTTON (link))), &link_text);
          G_GNUC_END_IGNORE_DEPRECATIONS
          g_assert_true (gdk_rgba_equal (&link_text, &text));
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
}

static gboolean
is_link_named (GtkWidget     *widget,
               gconstpointer  label)
{
  return GTK_IS_LINK_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* About This Dataset shows the title slide's media under the title: a picture next
 * to the file, with its caption and credit; media on the web as a link by its
 * caption, never fetched; no media, no row. */
static void
test_media_about_dataset (void)
{
  static const struct {
    const char *file;
    const char *caption;   /* NULL: the dataset has no media */
    const char *credit;
    const char *link;      /* the caption of a web media item, shown as a link */
  } cases[] = {
    { "title-media-tjs3.json", "The harbour at noon", "Photo: A. Person", NULL },
    { "title-media.json", "The Flyer", "J. T. Daniels", "A recording" },
    { "title-media.csv", "The Flyer", "J. T. Daniels", NULL },
    { "media-authored.json", NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(ChronicleDataset) dataset = load (cases[i].file, &file);
      GtkWindow *window = chronicle_dataset_window_new (NULL, dataset, NULL, file);
      GtkWidget *box;
      g_autofree char *problem = NULL;

      g_test_message ("%s", cases[i].file);
      gtk_window_present (window);
      box = ui_test_find_type (GTK_WIDGET (window), CHRONICLE_TYPE_MEDIA_BOX);
      if (cases[i].caption == NULL)
        {
          g_assert_null (box);
          gtk_window_destroy (window);
          continue;
        }
      g_assert_nonnull (box);
      g_assert_true (ui_test_wait_until (loaded, box, 10000));
      g_assert_true (allocated (box));
      g_assert_true (shows_text (GTK_WIDGET (window), cases[i].caption));
      g_assert_true (shows_text (GTK_WIDGET (window), cases[i].credit));
      /* The picture next to the file is shown, at a size. */
      g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (ui_test_find_type (box, GTK_TYPE_PICTURE))));
      g_assert_cmpint (gtk_widget_get_height (ui_test_find_type (box, GTK_TYPE_PICTURE)), >, 0);
      if (cases[i].link != NULL)
        g_assert_nonnull (ui_test_find_where (box, is_link_named, cases[i].link));
      /* Its row, under the title, is named for screen readers. */
      problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_ancestor (box, ADW_TYPE_PREFERENCES_ROW)),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL, "Title media");
      g_assert_null (problem);
      assert_no_markup (box);
      gtk_window_destroy (window);
    }
}

/* ---- the filter bar ---------------------------------------------------------- */

static ChronicleDataset *
load_text (const char *json)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = chronicle_loader_load_bytes (loader, bytes, "test.json", NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* A slide with a long text and a web medium: the medium's caption keeps a readable
 * line beside the text (it was squeezed to a few letters a line, "Al-d-rin on t-he
 * M-o-o-n", as the text took all the width). */
static void
test_media_caption_beside_long_text (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"chronicle/1\", \"title\": \"Moon\","
                                          " \"kinds\": [{\"id\": \"m\", \"label\": \"Moon\"}],"
                                          " \"events\": [{\"id\": \"a11\", \"kind\": \"m\","
                                          " \"start\": \"1969-07-20\", \"title\": \"Apollo 11\","
                                          " \"media\": [{\"url\": \"https://example.org/aldrin.jpg\","
                                          " \"caption\": \"Aldrin on the Moon\", \"credit\": \"NASA\"}],"
                                          " \"description\": \"");
  g_autoptr(ChronicleDataset) dataset = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *caption = g_object_new (CHRONICLE_TYPE_PRESENTATION_CAPTION, NULL);
  GtkWidget *link;
  g_autoptr(PangoLayout) layout = NULL;
  int line_width;

  for (int i = 0; i < 8; i++)
    g_string_append (json, "The Apollo 11 mission carried Neil Armstrong, Buzz Aldrin and Michael Collins; "
                           "the lunar module Eagle landed in the Sea of Tranquility. ");
  g_string_append (json, "\"}]}");
  dataset = load_text (json->str);
  gtk_window_set_default_size (GTK_WINDOW (window), 1248, 200);
  gtk_window_set_child (GTK_WINDOW (window), caption);
  chronicle_presentation_caption_show_event (CHRONICLE_PRESENTATION_CAPTION (caption), dataset,
                                             chronicle_event_store_get_event (chronicle_dataset_get_events (dataset), 0),
                                             NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  link = ui_test_find_type (caption, GTK_TYPE_LINK_BUTTON);
  g_assert_nonnull (link);
  g_assert_true (allocated (link));
  /* Given less height than it asks for (the presentation's caption, while its text
   * size settles to fit the screen), the text takes the width it needs for that
   * height: the medium's caption must still keep its line. */
  {
    int min_h, nat_h;

    gtk_widget_measure (caption, GTK_ORIENTATION_VERTICAL, 1248, &min_h, &nat_h, NULL, NULL);
    gtk_widget_allocate (caption, 1248, min_h * 3 / 4, -1, NULL);
  }
  /* "Aldrin on th": the shorter of a dozen characters and the whole caption. */
  layout = gtk_widget_create_pango_layout (gtk_button_get_child (GTK_BUTTON (link)), "Aldrin on th");
  pango_layout_get_pixel_size (layout, &line_width, NULL);
  g_assert_cmpint (gtk_widget_get_width (gtk_button_get_child (GTK_BUTTON (link))), >=, line_width);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
show_bar (ChronicleSession *session,
          ChronicleDataset *dataset)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *bar = chronicle_filter_bar_new (session);

  chronicle_session_set_dataset (session, dataset);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 300);
  gtk_window_set_child (GTK_WINDOW (window), bar);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (allocated (bar));
  return window;
}

/* The window is on a monitor (a popover is placed within it). */
static gboolean
on_monitor (gpointer window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  return surface != NULL && gdk_surface_get_mapped (surface) &&
         gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface) != NULL;
}

static GtkWidget *
find_menu_button (GtkWidget  *widget,
                  const char *label)
{
  if (GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
n_matching (ChronicleSession *session)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return chronicle_match_set_get_n_matching (chronicle_session_get_match_set (session));
}

/* 40 kinds, kind i with i + 1 events: the 30 with the most have chips, the other ten
 * are in a picker; a kind picked there stays in the filter when a chip is toggled. */
static void
test_filter_bar_more_kinds (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"chronicle/1\", \"kinds\": [");
  g_autoptr(ChronicleSession) session = chronicle_session_new ();
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *window, *button, *popover, *list, *chip = NULL, *check = NULL;
  guint n_chips = 0, n_events = 0, n_rows = 0;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (json, "%s{\"id\": \"k%u\", \"label\": \"Kind %u\"}", i ? "," : "", i, i);
  g_string_append (json, "], \"events\": [");
  for (guint i = 0; i < 40; i++)
    for (guint j = 0; j <= i; j++, n_events++)
      g_string_append_printf (json, "%s{\"id\": \"e%u-%u\", \"kind\": \"k%u\", \"start\": \"%u\", \"title\": \"E\"}",
                              n_events ? "," : "", i, j, i, 1950 + (n_events % 7));
  g_string_append (json, "]}");
  dataset = load_text (json->str);
  window = show_bar (session, dataset);

  collect (window, GTK_TYPE_TOGGLE_BUTTON, NULL, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "chip"))
      {
        n_chips++;
        if (g_str_has_prefix (gtk_button_get_label (g_ptr_array_index (buttons, i)), "Kind 39 "))
          chip = g_ptr_array_index (buttons, i);
      }
  g_assert_cmpuint (n_chips, ==, 30);
  g_assert_nonnull (chip);

  button = find_menu_button (window, "and 10 more kinds");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (button));
  g_assert_true (ui_test_wait_until (on_monitor, window, 10000));
  /* In view after the chips, which scroll sideways. */
  g_assert_null (gtk_widget_get_ancestor (button, GTK_TYPE_SCROLLED_WINDOW));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  list = ui_test_find_type (popover, GTK_TYPE_LIST_BOX);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *c = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      n_rows++;
      if (g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (c)), "Kind 3") == 0)
        check = c;
    }
  /* Only the kinds without a chip. */
  g_assert_cmpuint (n_rows, ==, 10);
  g_assert_nonnull (check);

  g_assert_cmpuint (n_matching (session), ==, n_events);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpuint (n_matching (session), ==, 4);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), ==, "Kind 3");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  /* A chip as well: both kinds. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip), TRUE);
  g_assert_cmpuint (n_matching (session), ==, 4 + 40);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip), FALSE);
  g_assert_cmpuint (n_matching (session), ==, 4);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_cmpuint (n_matching (session), ==, n_events);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), ==, "and 10 more kinds");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The quick year buttons after All, by their labels. */
static char *
quick_years (GtkWidget *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GString) labels = g_string_new (NULL);

  collect (window, GTK_TYPE_TOGGLE_BUTTON, NULL, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *b = g_ptr_array_index (buttons, i);

      if (GTK_IS_MENU_BUTTON (gtk_widget_get_parent (b)) || gtk_widget_has_css_class (b, "chip") ||
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (b)), "All") == 0 || gtk_button_get_label (GTK_BUTTON (b)) == NULL)
        continue;
      g_string_append_printf (labels, "%s%s", labels->len ? "|" : "", gtk_button_get_label (GTK_BUTTON (b)));
    }
  return g_string_free (g_steal_pointer (&labels), FALSE);
}

static const struct
{
  const char *years;     /* TimelineJS 3 start years, comma-separated */
  const char *buttons;   /* the quick buttons' labels */
} quick_year_cases[] = {
  /* Few years: each its own. */
  { "1943,1943,1972,1985", "1943|1972|1985" },
  /* Many: in decades, as women_in_computing.json. */
  { "1815,1943,1943,1948,1951,1952,1956,1958,1972,1985", "1815|1943–1948|1951–1958|1972|1985" },
  /* A century of events in 20-year groups, as eras.json. */
  { "602,604,622,626,627,633,641,645,650,663,670,674,681,685,687,698", "602–604|622–633|641–650|663–674|681–698" },
  /* Deep time: each age its own button, named as the date format names its year
   * (NULL: those names, which are chronicle-date-format's to choose). */
  { "-13800000000,-4600000000,-3500,1969", NULL },
};

static void
test_filter_bar_quick_years (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (quick_year_cases); c++)
    {
      g_auto(GStrv) years = g_strsplit (quick_year_cases[c].years, ",", -1);
      g_autoptr(GString) json = g_string_new ("{\"events\": [");
      g_autoptr(ChronicleSession) session = chronicle_session_new ();
      g_autoptr(ChronicleDataset) dataset = NULL;
      g_autofree char *labels = NULL;
      GtkWidget *window;

      for (guint i = 0; years[i] != NULL; i++)
        g_string_append_printf (json, "%s{\"start_date\": {\"year\": \"%s\"}, \"text\": {\"headline\": \"E%u\"}}",
                                i ? "," : "", years[i], i);
      g_string_append (json, "]}");
      dataset = load_text (json->str);
      window = show_bar (session, dataset);
      labels = quick_years (window);
      g_test_message ("%s → %s", quick_year_cases[c].years, labels);
      if (quick_year_cases[c].buttons != NULL)
        g_assert_cmpstr (labels, ==, quick_year_cases[c].buttons);
      else
        {
          ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
          g_autoptr(GString) expected = g_string_new (NULL);

          for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
            {
              g_autofree char *year = chronicle_year_format (chronicle_event_get_start (chronicle_event_store_get_event (store, i))->year);

              g_string_append_printf (expected, "%s%s", i ? "|" : "", year);
            }
          g_assert_cmpstr (labels, ==, expected->str);
        }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Quick years of deep time have long names ("538.8 million years ago"): the bar
 * still fits a narrow window, as the cosmology sample's did not (it pushed the window
 * past 1280 px); and each button still says what it filters, whole on one line when
 * there is room, else on two: the Big Bang and the Dark Ages (370,000 years apart)
 * are one "13.8 billion years ago", no longer "13.8–13.79963 billion years ago", and
 * no button was shortened ("538.8 million years…", "13.8–13.79963 billi…"). */
static const char *
years_at (GtkWidget *bar,
          guint      n,
          gboolean  *shortened)
{
  GtkWidget *years = ui_test_find_type (bar, CHRONICLE_TYPE_FILTER_YEARS);
  GtkWidget *child;

  g_assert_nonnull (years);
  child = gtk_widget_get_first_child (years);  /* All */
  *shortened = FALSE;
  for (guint i = 0; i <= n && child != NULL; i++)
    child = gtk_widget_get_next_sibling (child);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (child));
  *shortened = pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (child)))));
  return gtk_button_get_label (GTK_BUTTON (child));
}

static void
test_filter_bar_long_years_fit (void)
{
  static const char * const names[] = {
    "13.8 billion years ago", "12.8 billion years ago", "4.6 billion years ago",
    "538.8 million years ago", "315,000 years ago – 3500 BCE",
  };
  static const int widths[] = { 1200, 760 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(ChronicleSession) session = chronicle_session_new ();
      g_autoptr(ChronicleDataset) dataset = load_text (
        "{\"events\": ["
        "{\"start_date\": {\"year\": \"-13800000000\"}, \"text\": {\"headline\": \"A\"}},"
        "{\"start_date\": {\"year\": \"-13799630000\"}, \"text\": {\"headline\": \"B\"}},"
        "{\"start_date\": {\"year\": \"-12800000000\"}, \"text\": {\"headline\": \"C\"}},"
        "{\"start_date\": {\"year\": \"-4600000000\"}, \"text\": {\"headline\": \"D\"}},"
        "{\"start_date\": {\"year\": \"-538800000\"}, \"text\": {\"headline\": \"E\"}},"
        "{\"start_date\": {\"year\": \"-315000\"}, \"text\": {\"headline\": \"F\"}},"
        "{\"start_date\": {\"year\": \"-3500\"}, \"text\": {\"headline\": \"G\"}}]}");
      GtkWidget *window = gtk_window_new ();
      GtkWidget *bar = chronicle_filter_bar_new (session);
      int min = 0;

      chronicle_session_set_dataset (session, dataset);
      gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 300);
      gtk_window_set_child (GTK_WINDOW (window), bar);
      gtk_window_present (GTK_WINDOW (window));
      g_assert_true (allocated (bar));
      g_assert_cmpint (gtk_widget_get_width (bar), <=, widths[w]);

      gtk_widget_measure (bar, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_assert_cmpint (min, <, 600);
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          gboolean shortened;

          g_assert_cmpstr (years_at (bar, i, &shortened), ==, names[i]);
          g_test_message ("%d px: %s%s", widths[w], names[i], shortened ? " (shortened)" : "");
          g_assert_false (shortened);
        }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Web media named by a long address (TimelineJS's women_in_computing sample links a
 * 150-character Google Maps address, with no caption), or by a long caption, leave
 * the sidebar narrow: the address is one line shortened in the middle (whole in its
 * tooltip), the caption wraps. The address set whole on one line made the sidebar
 * wider than the window allowed, and the window folded it away whenever that event
 * was selected. */
static void
test_media_long_link_fits (void)
{
  g_autoptr(ChronicleDataset) dataset = load_text (
    "{\"events\": ["
    "{\"start_date\": {\"year\": \"1943\"}, \"text\": {\"headline\": \"Address\"},"
    " \"media\": {\"url\": \"https://www.google.com/maps/place/University+of+Pennsylvania/"
    "@39.9522188,-75.1932137,17z/data=!3m1!4b1!4m2!3m1!1s0x89c6c65a7f3bccc1:0x9eaa6a2b2d6fe94\"}},"
    "{\"start_date\": {\"year\": \"1944\"}, \"text\": {\"headline\": \"Caption\"},"
    " \"media\": {\"url\": \"https://example.org/a\", \"caption\": \"A caption long enough to take"
    " far more than the few hundred pixels a sidebar has, so that it has to wrap onto lines\"}}]}");
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);

  g_assert_cmpuint (chronicle_event_store_get_n_events (store), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *box = chronicle_media_box_new ();
      GtkWidget *link;
      int min = 0;

      gtk_window_set_child (GTK_WINDOW (window), box);
      chronicle_media_box_set_event (CHRONICLE_MEDIA_BOX (box), chronicle_event_store_get_event (store, i), NULL);
      gtk_window_present (GTK_WINDOW (window));
      link = ui_test_find_type (box, GTK_TYPE_LINK_BUTTON);
      g_assert_nonnull (link);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (link), ==,
                       gtk_link_button_get_uri (GTK_LINK_BUTTON (link)));
      gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_assert_cmpint (min, <, 250);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* An event whose every text is one long word (an address in the description and
 * the quote, a 170-letter name for its kind, place, person, partner and source):
 * the sidebar stays as narrow as it asks to be, each text wrapping anywhere or
 * shortened, and the filter bar's chip for that kind is shortened too (whole in its
 * tooltip). Any of them set whole on one line made the window wider than the
 * screen, its header buttons out of reach, and folded the sidebar away. */
#define LONG_WORD "Supercalifragilistic" "Supercalifragilistic" "Supercalifragilistic" \
  "Supercalifragilistic" "Supercalifragilistic" "Supercalifragilistic" "Supercalifragilistic" \
  "Supercalifragilistic"
#define LONG_URL "https://example.org/" LONG_WORD LONG_WORD
static void
test_long_words_fit (void)
{
  g_autoptr(ChronicleSession) session = chronicle_session_new ();
  g_autoptr(ChronicleDataset) dataset = load_text (
    "{\"format\": \"chronicle/1\","
    " \"documents\": [{\"id\": \"d\", \"title\": \"Doc" LONG_WORD "\", \"publisher\": \"Pub" LONG_WORD "\"}],"
    " \"kinds\": [{\"id\": \"k\", \"label\": \"Kind" LONG_WORD "\"}],"
    " \"partners\": [{\"id\": \"p\", \"name\": \"Partner" LONG_WORD "\"}],"
    " \"events\": [{\"id\": \"a\", \"kind\": \"k\", \"title\": \"Title" LONG_WORD "\", \"start\": \"2020-01-01\","
    " \"place\": \"Place" LONG_WORD "\", \"description\": \"See " LONG_URL "\","
    " \"people\": [\"Person" LONG_WORD "\"], \"partners\": [\"p\"],"
    " \"sources\": [{\"document\": \"d\", \"quote\": \"Quote " LONG_URL "\"}]},"
    " {\"id\": \"b\", \"kind\": \"k\", \"title\": \"Vietnam and the United States: comprehensive strategic partnership\","
    " \"start\": \"2023-09-10\"}]}");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *sidebar = g_object_new (CHRONICLE_TYPE_SIDEBAR, "session", session, NULL);
  GtkWidget *bar_window, *bar, *chip, *title;
  int min = 0;

  chronicle_session_set_dataset (session, dataset);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 900);
  gtk_window_set_child (GTK_WINDOW (window), sidebar);
  gtk_window_present (GTK_WINDOW (window));
  chronicle_session_set_selection (session, chronicle_event_store_get_event (chronicle_dataset_get_events (dataset), 0));
  g_assert_nonnull (ui_test_find_label (sidebar, "Title" LONG_WORD));
  gtk_widget_measure (sidebar, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 320);
  /* Ordinary words are never cut ("comprehens-ive" in large text): they wrap whole. */
  chronicle_session_set_selection (session, chronicle_event_store_get_event (chronicle_dataset_get_events (dataset), 1));
  title = ui_test_find_label (sidebar, "Vietnam and the United States: comprehensive strategic partnership");
  g_assert_nonnull (title);
  g_assert_cmpint (gtk_label_get_wrap_mode (GTK_LABEL (title)), ==, PANGO_WRAP_WORD);
  gtk_window_destroy (GTK_WINDOW (window));

  bar_window = show_bar (session, dataset);
  bar = gtk_window_get_child (GTK_WINDOW (bar_window));
  gtk_widget_measure (bar, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <, 900);
  chip = ui_test_find (bar, "GtkToggleButton", "chip", NULL);
  g_assert_nonnull (chip);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (chip), ==, "Kind" LONG_WORD " 2");
  gtk_window_destroy (GTK_WINDOW (bar_window));
}

/* An event's partners are compact buttons side by side, wrapping as words do: a
 * flow box put four of them one per line, each as wide as the sidebar. */
static void
test_sidebar_partners_wrap (void)
{
  g_autoptr(ChronicleSession) session = chronicle_session_new ();
  g_autoptr(ChronicleDataset) dataset = load_text (
    "{\"format\": \"chronicle/1\","
    " \"partners\": [{\"id\": \"jp\", \"name\": \"Japan\"}, {\"id\": \"fr\", \"name\": \"France\"},"
    " {\"id\": \"au\", \"name\": \"Australia\"}, {\"id\": \"nl\", \"name\": \"Netherlands\"}],"
    " \"events\": [{\"id\": \"a\", \"title\": \"Anniversaries\", \"start\": \"2023\","
    " \"partners\": [\"jp\", \"fr\", \"au\", \"nl\"]}]}");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *sidebar = g_object_new (CHRONICLE_TYPE_SIDEBAR, "session", session, NULL);
  GtkWidget *buttons[4];
  double top = G_MAXDOUBLE;
  guint n_lines = 0;

  chronicle_session_set_dataset (session, dataset);
  gtk_window_set_default_size (GTK_WINDOW (window), 340, 900);
  gtk_window_set_child (GTK_WINDOW (window), sidebar);
  gtk_window_present (GTK_WINDOW (window));
  chronicle_session_set_selection (session, chronicle_event_store_get_event (chronicle_dataset_get_events (dataset), 0));
  buttons[0] = ui_test_find (sidebar, "GtkButton", NULL, "Japan");
  buttons[1] = ui_test_find (sidebar, "GtkButton", NULL, "France");
  buttons[2] = ui_test_find (sidebar, "GtkButton", NULL, "Australia");
  buttons[3] = ui_test_find (sidebar, "GtkButton", NULL, "Netherlands");
  for (guint i = 0; i < 4; i++)
    g_assert_nonnull (buttons[i]);
  g_assert_true (allocated (buttons[3]));
  for (guint i = 0; i < 4; i++)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (buttons[i], sidebar, &bounds));
      g_assert_cmpfloat (bounds.size.width, <, gtk_widget_get_width (sidebar) / 2.0);
      if (bounds.origin.y > top + 1 || top == G_MAXDOUBLE)
        n_lines++, top = bounds.origin.y;
    }
  g_assert_cmpuint (n_lines, <, 4);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/chronicle/media/sidebar-picture", Fixture, "media-authored.json",
              fixture_set_up, test_media_sidebar_picture, fixture_tear_down);
  g_test_add ("/chronicle/media/sidebar-remote", Fixture, "media-authored.json",
              fixture_set_up, test_media_sidebar_remote, fixture_tear_down);
  g_test_add ("/chronicle/media/sidebar-missing", Fixture, "media-authored.json",
              fixture_set_up, test_media_sidebar_missing, fixture_tear_down);
  g_test_add ("/chronicle/media/sidebar-none", Fixture, "media-authored.json",
              fixture_set_up, test_media_sidebar_none, fixture_tear_down);
  g_test_add ("/chronicle/media/sidebar-chronicle-format", Fixture, "media.json",
              fixture_set_up, test_media_sidebar_chronicle_format, fixture_tear_down);
  g_test_add_func ("/chronicle/media/box-fits", test_media_box_fits);
  g_test_add_func ("/chronicle/media/long-link-fits", test_media_long_link_fits);
  g_test_add_func ("/chronicle/media/caption", test_media_caption);
  g_test_add_func ("/chronicle/media/caption-title", test_media_caption_title);
  g_test_add_func ("/chronicle/media/caption-background", test_media_caption_background);
  g_test_add_func ("/chronicle/media/about-dataset", test_media_about_dataset);
  g_test_add_func ("/chronicle/filter-bar/more-kinds", test_filter_bar_more_kinds);
  g_test_add_func ("/chronicle/filter-bar/quick-years", test_filter_bar_quick_years);
  g_test_add_func ("/chronicle/filter-bar/long-years-fit", test_filter_bar_long_years_fit);
  g_test_add_func ("/chronicle/media/long-words-fit", test_long_words_fit);
  g_test_add_func ("/chronicle/media/caption-beside-long-text", test_media_caption_beside_long_text);
  g_test_add_func ("/chronicle/media/sidebar-partners-wrap", test_sidebar_partners_wrap);
  return g_test_run ();
}
