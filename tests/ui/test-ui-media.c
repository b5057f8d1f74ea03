/* test-ui-media.c — what authors wrote, as the sidebar and the presentation caption
 * show it: display dates, links by their text, local pictures (relative to the data
 * file) scaled to fit with caption and credit, web media as links never fetched, and
 * no space at all for an event with no media. Accessibility is on (GTK's default).
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "chronicle-loader.h"
#include "chronicle-media-box.h"
#include "chronicle-presentation-caption.h"
#include "chronicle-session.h"
#include "chronicle-sidebar.h"

typedef struct
{
  ChronicleSession *session;
  GtkWidget        *window;
  GtkWidget        *sidebar;
} Fixture;

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done, for at most 10 s. (A copy of the shared helper's
 * wait, until this file moves to ui-test-util.) */
static gboolean
wait_for (gboolean (*done) (gpointer), gpointer data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint tick = g_timeout_add (20, wake_cb, NULL);
  gboolean ok;

  while (!(ok = done (data)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  return ok;
}

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
  gboolean ok = wait_for (two_frames, &ticks);

  gtk_widget_remove_tick_callback (GTK_WIDGET (gtk_widget_get_root (widget)), id);
  return ok && gtk_widget_get_width (widget) > 0;
}

static GtkWidget *
find_by_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
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
  ChronicleMediaBox *box = CHRONICLE_MEDIA_BOX (find_by_type (f->sidebar, CHRONICLE_TYPE_MEDIA_BOX));

  g_assert_true (chronicle_session_select_id (f->session, id));
  g_assert_true (wait_for (loaded, box));
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

/* A picture that is not there says so, with its address; the caption stays. */
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
  g_assert_true (shows_text (GTK_WIDGET (box), "Lost"));
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
  g_assert_true (wait_for (loaded, box));
  picture = find_by_type (box, GTK_TYPE_PICTURE);
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
  ChronicleMediaBox *box = CHRONICLE_MEDIA_BOX (find_by_type (caption, CHRONICLE_TYPE_MEDIA_BOX));
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

  chronicle_presentation_caption_show_title (CHRONICLE_PRESENTATION_CAPTION (caption), dataset, NULL, 4);
  g_assert_true (shows_text (caption, "Authored media"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (box)));
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (caption), GTK_ACCESSIBLE_PROPERTY_LABEL, "Authored media");
  g_assert_null (problem);

  chronicle_presentation_caption_show_event (CHRONICLE_PRESENTATION_CAPTION (caption), dataset, picture, NULL, file);
  g_assert_true (wait_for (loaded, box));
  g_assert_true (shows_text (caption, "Winter of 1903"));
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (find_by_type (GTK_WIDGET (box), GTK_TYPE_PICTURE))));
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
  g_test_add_func ("/chronicle/media/caption", test_media_caption);
  return g_test_run ();
}
