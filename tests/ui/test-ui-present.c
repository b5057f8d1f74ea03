/* test-ui-present.c — presentation mode, driven by real key events (xdotool on Xvfb).
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <math.h>
#include <string.h>

#include "chronicle-application.h"
#include "chronicle-presentation.h"
#include "chronicle-timeline-view.h"
/* Only to read where the timeline drew the presented event's label (its scene) and how
 * tall its axis is: what a viewer sees on screen. */
#include "chronicle-timeline-view-private.h"
#include "chronicle-window.h"
#include "ui-test-util.h"

static ChronicleWindow *window;

/* How long a condition may take before the test fails: generous, for a sanitizer
 * build on a busy machine; a condition met returns at once. */
#define WAIT_MS 30000

/* Sends keys to the X server, as a clicker or keyboard would, then lets GTK handle
 * them. xdotool has closed its display when it returns, and closing waits until the
 * server has taken its key events; a round trip of ours then brings every event the
 * server sent us before it into our queue, and the main loop handles them. */
static void
press (const char *key)
{
  const char *argv[] = { "xdotool", "key", "--delay", "30", key, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (window)));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static const char *
selected_id (void)
{
  ChronicleEvent *event = chronicle_timeline_view_get_selected_event (chronicle_window_get_timeline_view (window));
  return event ? chronicle_event_get_id (event) : NULL;
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
four_ticks (gpointer ticks)
{
  return *(guint *) ticks >= 4;
}

/* Lets a few frames be laid out and drawn: the caption's text size and the timeline's
 * margin settle over a frame or two, and marker geometry is that of the last frame. */
static void
settle (void)
{
  /* Twice: what a frame starts (idles before the next frame) is drawn by the next. */
  for (int round = 0; round < 2; round++)
    {
      guint ticks = 0;
      guint id = gtk_widget_add_tick_callback (GTK_WIDGET (window), count_tick_cb, &ticks, NULL);
      /* A bound for a broken frame clock only: a sanitizer build relaying out at a new
       * text size can take seconds a frame. */
      gboolean ticked = ui_test_wait_until (four_ticks, &ticks, 60000);

      gtk_widget_remove_tick_callback (GTK_WIDGET (window), id);
      g_assert_true (ticked);
    }
}

static gboolean
is_selected (gpointer id)
{
  return g_strcmp0 (selected_id (), id) == 0;
}

/* A key, then until the presentation has moved to @id (NULL: the title slide). */
static void
press_until_selected (const char *key,
                      const char *id)
{
  const char *argv[] = { "xdotool", "key", key, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  ui_test_wait_until (is_selected, (gpointer) id, WAIT_MS);
  g_assert_cmpstr (selected_id (), ==, id);
}

/* The same, then a few frames for the slide to settle. */
static void
press_until (const char *key,
             const char *id)
{
  press_until_selected (key, id);
  settle ();
}

/* The caption's labels show their whole text: none is ellipsized but the quote's, and
 * each has at least the height its text needs at its width. */
static void
assert_caption_whole (GtkWidget *caption)
{
  GtkWidget *description = ui_test_find (caption, NULL, "caption-description", NULL);

  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (description)), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (description))));
  for (GtkWidget *label = gtk_widget_get_first_child (caption); label; label = gtk_widget_get_next_sibling (label))
    {
      int natural = 0;

      if (!gtk_widget_get_visible (label))
        continue;
      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label), NULL, &natural, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (label), >=, natural);
    }
}

/* The presented event, as the timeline last drew it: its marker (a bar's start, or
 * the whole bar when the label comes after it) and its label, in the presentation's
 * coordinates. Returns whether the label is whole (not shortened). */
static gboolean
get_presented_box (ChronicleTimelineView *view,
                   GtkWidget             *presentation,
                   ChronicleEvent        *event,
                   graphene_rect_t       *box)
{
  ChronicleScene *scene = chronicle_timeline_renderer_get_scene (view->renderer);
  const ChronicleMarker *markers = chronicle_scene_get_markers (scene, NULL);
  const ChronicleMarker *m;
  graphene_rect_t marker, view_box;
  double top, row_h, em, radius, text, x0, x1;
  guint position, index;

  g_assert_true (chronicle_timeline_view_get_marker_bounds (view, event, &marker));
  g_assert_true (chronicle_timeline_view_get_event_row (view, event, &top, &row_h));
  g_assert_true (_chronicle_timeline_view_find (view, event, &position));
  g_assert_true (chronicle_scene_find_event (scene, position, &index));
  m = &markers[index];
  g_test_message ("  marker x %.0f–%.0f, label at %.0f, %.0f wide%s", m->x0, m->x1, m->label_x, m->label_width, m->label_inside ? " inside" : "");
  /* Its own marker, labelled: not in a "+N", not without its label. */
  g_assert_cmpuint (m->count, ==, 1);
  g_assert_true (m->labelled);
  g_assert_cmpfloat (m->label_width, >, 0);

  /* The marker's box is its ring, half a marker wider than the marker each side. */
  radius = marker.size.height / 3;
  if (m->label_inside)
    {
      /* At the bar's start: the marker and the label; the bar may run on. */
      x0 = MIN (marker.origin.x, m->label_x);
      x1 = MAX (marker.origin.x + radius * 3, m->label_x + m->label_width);
      if (gtk_widget_get_direction (GTK_WIDGET (view)) == GTK_TEXT_DIR_RTL)
        x0 = MIN (marker.origin.x + marker.size.width - radius * 3, m->label_x);
    }
  else
    {
      x0 = MIN (marker.origin.x, m->label_x);
      x1 = MAX (marker.origin.x + marker.size.width, m->label_x + m->label_width);
    }
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (view), presentation, &view_box));
  graphene_rect_init (box, x0 + view_box.origin.x, marker.origin.y + view_box.origin.y, x1 - x0, marker.size.height);

  /* The label's whole text: the measured width less the marker and the gaps. */
  em = row_h / 1.45;
  text = chronicle_timeline_view_get_label_width (view, event) - 2 * radius - em;
  return m->label_width >= text - 1;
}

static gboolean
is_loaded_and_mapped (gpointer data)
{
  return !chronicle_window_is_loading (window) && chronicle_window_get_dataset (window) != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
is_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (window));
}

/* A window of the bundled data at @width×@height (instead of the one open: without a
 * window manager, a mapped window keeps its size), with the keyboard's focus: keys go
 * to it, not to whatever is under the pointer (without a window manager the X server's
 * focus follows the pointer, and a tooltip popping up under it took a key now and
 * then). */
static void
open_window (int width,
             int height)
{
  GdkSurface *surface;
  g_autofree char *xid = NULL;
  const char *argv_move[] = { "xdotool", "mousemove", "400", "300", NULL };
  const char *argv_focus[] = { "xdotool", "windowfocus", NULL, NULL };

  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  window = ui_test_open_bundled (width, height);
  g_assert_true (ui_test_wait_until (is_loaded_and_mapped, NULL, WAIT_MS));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_assert_true (GDK_IS_X11_SURFACE (surface));
  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  argv_focus[2] = xid;
  g_assert_true (g_spawn_sync (NULL, (char **) argv_move, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv_focus, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL));
  g_assert_true (ui_test_wait_until (is_active, NULL, WAIT_MS));
  press ("shift");
}

static gboolean
marker_drawn (gpointer event)
{
  graphene_rect_t bounds;

  return chronicle_timeline_view_get_marker_bounds (chronicle_window_get_timeline_view (window), event, &bounds);
}

static gboolean
window_has_size (gpointer data)
{
  GdkSurface *surface = window != NULL ? gtk_native_get_surface (GTK_NATIVE (window)) : NULL;
  const int *size = data;

  return window != NULL && surface != NULL && gdk_surface_get_width (surface) == size[0] &&
         gdk_surface_get_height (surface) == size[1];
}

/* At @width×@height, with the desktop's text at @text_scale: the show opens on the
 * title slide, then steps through every bundled event; each time, the presented
 * event's marker and whole label (as the timeline last drew them) lie in the
 * timeline, below its axis, clear of the caption and of the progress, and the
 * caption shows the whole description. The controls leave the timeline at least
 * half of the height. Going on, the zoom holds from step to step but where the
 * story's pace changes. */
static void
check_framing (int    width,
               int    height,
               double text_scale)
{
  ChronicleTimelineView *view;
  ChronicleDataset *dataset;
  ChronicleEventStore *store;
  GtkWidget *presentation, *caption, *progress;
  int size[2] = { width, height };
  double last_span = 0;
  guint zoom_changes = 0, shortened = 0;
  double normal_px;
  guint longest = 0;
  gsize longest_length = 0;

  if (!window_has_size (size))
    open_window (width, height);
  g_assert_true (ui_test_wait_until (window_has_size, size, WAIT_MS));
  view = chronicle_window_get_timeline_view (window);
  dataset = chronicle_timeline_view_get_dataset (view);
  store = chronicle_dataset_get_events (dataset);
  normal_px = chronicle_widget_get_font_pixels (GTK_WIDGET (window));
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (96 * 1024 * text_scale), NULL);
  settle ();
  g_assert_cmpfloat_with_epsilon (chronicle_widget_get_font_pixels (GTK_WIDGET (window)) / normal_px, text_scale, 0.05);

  press_until ("F5", NULL);
  g_assert_true (chronicle_window_is_presenting (window));
  /* The size asked on screen (the window's own size leaves out its client-side shadow). */
  {
    GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

    g_test_message ("surface %d×%d, window %d×%d", gdk_surface_get_width (surface), gdk_surface_get_height (surface),
                    gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));
    g_assert_cmpint (gdk_surface_get_width (surface), ==, width);
    g_assert_cmpint (gdk_surface_get_height (surface), ==, height);
  }
  presentation = ui_test_find_type (GTK_WIDGET (window), CHRONICLE_TYPE_PRESENTATION);
  caption = ui_test_find (presentation, NULL, "caption-card", NULL);
  progress = ui_test_find (presentation, NULL, "presentation-progress", NULL);

  /* Behind the title slide the board is the whole story, in the caption's text size (a
   * 40th of the height, at least the desktop's), and every lane shows: its first row
   * whole above the caption, at the desktop's normal text size. (At a 28th, 2 of the 13 bundled lanes were under the
   * caption at 1080 lines, and most lanes were one "+N" badge.) */
  settle ();
  {
    double text_px = chronicle_widget_get_font_pixels (GTK_WIDGET (view)) * view->applied_zoom;
    ChronicleScene *scene = chronicle_timeline_renderer_get_scene (view->renderer);
    double drawn = _chronicle_timeline_view_get_drawn_height (view);
    double row_h = chronicle_timeline_renderer_get_row_height (view->renderer);
    double axis_h = chronicle_timeline_renderer_get_axis_height (view->renderer);
    double scroll = gtk_adjustment_get_value (view->vadjustment);
    graphene_rect_t view_box, caption_box;

    g_test_message ("title slide: timeline text %.1f px, %u lanes", text_px, chronicle_scene_get_n_groups (scene));
    g_assert_cmpfloat (fabs (text_px - MAX (gtk_widget_get_height (GTK_WIDGET (window)) / 40.0, normal_px * text_scale)), <, 0.5);
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (view), presentation, &view_box));
    g_assert_true (gtk_widget_compute_bounds (caption, presentation, &caption_box));
    g_assert_cmpfloat (view_box.origin.y + drawn, <=, caption_box.origin.y + 0.5);
    g_assert_cmpuint (chronicle_scene_get_n_groups (scene), ==, 13);
    /* (With the desktop's text at 200 %, the text cannot be smaller than that: fewer
     * lanes fit at 720 lines.) */
    for (guint g = 0; text_scale == 1.0 && g < chronicle_scene_get_n_groups (scene); g++)
      {
        double top = axis_h + chronicle_timeline_renderer_get_row_y (view->renderer, chronicle_scene_get_group (scene, g)->first_row) - scroll;

        g_assert_cmpfloat (top, >=, axis_h - 0.5);
        g_assert_cmpfloat (top + row_h, <=, drawn + 0.5);
      }
  }

  /* The title slide first: the dataset's title and description. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ui_test_find (caption, NULL, "caption-title", NULL))), ==,
                   chronicle_dataset_get_title (dataset));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ui_test_find (caption, NULL, "caption-description", NULL))), ==,
                   chronicle_dataset_get_description (dataset));
  assert_caption_whole (caption);

  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, i);
      ChronicleTimeScale *scale = chronicle_timeline_view_get_time_scale (view);
      graphene_rect_t box, caption_box, progress_box, view_box, time_box;
      const char *description = chronicle_event_get_description (event);
      double axis_h;
      double span;

      press_until_selected ("Next", chronicle_event_get_id (event));
      /* Frames for the caption's height, the timeline's margin and the scroll to the
       * row, and until the timeline has drawn the marker there. */
      settle ();
      g_assert_true (ui_test_wait_until (marker_drawn, event, WAIT_MS));
      /* (Measured now: the title slide's text, and axis, are smaller.) */
      axis_h = chronicle_timeline_renderer_get_axis_height (view->renderer);
      /* The timeline's text grows with the screen: a 28th of its height, at least
       * twice the default 11 pt (29 px), at least the desktop's. */
      if (i == 0)
        {
          double text_px = chronicle_widget_get_font_pixels (GTK_WIDGET (view)) * view->applied_zoom;

          g_test_message ("timeline text %.1f px", text_px);
          g_assert_cmpfloat (text_px, >=, MAX (MAX (gtk_widget_get_height (GTK_WIDGET (window)) / 28.0, 2 * 11 * 96 / 72.0), normal_px * text_scale) - 0.5);
        }
      g_test_message ("%d×%d at %.0f %%, step %u: %s", width, height, text_scale * 100, i + 1,
                      chronicle_event_get_id (event));

      if (!get_presented_box (view, presentation, event, &box))
        {
          g_test_message ("  label shortened");
          shortened++;
        }
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (view), presentation, &view_box));
      g_assert_true (gtk_widget_compute_bounds (caption, presentation, &caption_box));
      g_assert_true (gtk_widget_compute_bounds (progress, presentation, &progress_box));
      g_test_message ("  box %.0f,%.0f %.0f×%.0f; timeline %.0f,%.0f %.0f×%.0f (axis %.0f); caption top %.0f",
                      box.origin.x, box.origin.y, box.size.width, box.size.height, view_box.origin.x,
                      view_box.origin.y, view_box.size.width, view_box.size.height, axis_h, caption_box.origin.y);
      /* A label wider than the whole timeline cannot be whole: it starts at the
       * start edge's margin and runs to the far edge. */
      time_box = view_box;
      time_box.origin.x += chronicle_time_scale_get_origin (scale);
      time_box.size.width = chronicle_time_scale_get_width (scale);
      if (box.size.width > time_box.size.width * 0.95)
        {
          g_test_message ("  label wider than the screen");
          g_assert_cmpfloat (box.origin.x, <=, time_box.origin.x + time_box.size.width * 0.05);
          graphene_rect_intersection (&box, &time_box, &box);
        }
      /* In the timeline's part of the screen, beside the lane names, below its axis… */
      g_assert_cmpfloat (box.origin.x, >=, time_box.origin.x);
      g_assert_cmpfloat (box.origin.x + box.size.width, <=, time_box.origin.x + time_box.size.width);
      g_assert_cmpfloat (box.origin.y, >=, view_box.origin.y + axis_h);
      g_assert_cmpfloat (box.origin.y + box.size.height, <=, view_box.origin.y + view_box.size.height);
      /* Rows are drawn whole: the drawing stops at the bottom of the last row wholly
       * above the caption, never through a row's text, and the presented event is
       * above it. */
      {
        double drawn = _chronicle_timeline_view_get_drawn_height (view);
        double row_h = chronicle_timeline_renderer_get_row_height (view->renderer);
        double scroll = gtk_adjustment_get_value (view->vadjustment);
        ChronicleScene *scene = chronicle_timeline_renderer_get_scene (view->renderer);

        g_assert_cmpfloat (drawn, >, view_box.size.height - row_h - 0.5);
        g_assert_cmpfloat (drawn, <=, view_box.size.height);
        for (guint row = 0; row < chronicle_scene_get_n_rows (scene); row++)
          {
            double top = axis_h + chronicle_timeline_renderer_get_row_y (view->renderer, row) - scroll;

            g_assert_true (top + row_h <= drawn + 0.5 || top >= drawn - 0.5 || top + row_h <= axis_h);
          }
        g_assert_cmpfloat (box.origin.y + box.size.height, <=, view_box.origin.y + drawn);
      }
      /* …clear of the caption and of the progress. */
      g_assert_false (graphene_rect_intersection (&box, &caption_box, NULL));
      g_assert_false (graphene_rect_intersection (&box, &progress_box, NULL));
      g_assert_cmpfloat (caption_box.origin.y, >=, 0);
      /* The progress covers nothing of the timeline: it is below it. */
      g_assert_cmpfloat (progress_box.origin.y, >=, view_box.origin.y + view_box.size.height);
      /* The timeline keeps well over half of the height, whatever the text size. */
      g_assert_cmpfloat (view_box.size.height, >=, height * 0.55);

      /* The zoom: how often it changed from one step to the next. */
      span = chronicle_time_scale_get_end (scale) - chronicle_time_scale_get_start (scale);
      if (last_span > 0 && fabs (log (span / last_span)) > 0.01)
        {
          g_test_message ("  zoom changed: %.0f → %.0f days", last_span, span);
          zoom_changes++;
        }
      last_span = span;

      /* The whole description, every time. */
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ui_test_find (caption, NULL, "caption-description", NULL))), ==,
                       description ? description : "");
      assert_caption_whole (caption);
      if (description != NULL && strlen (description) > longest_length)
        {
          longest = i;
          longest_length = strlen (description);
        }
    }
  g_test_message ("longest description: %s", chronicle_event_get_id (chronicle_event_store_get_event (store, longest)));
  /* Steady: the zoom changed at a few steps of 54, not at most of them. */
  g_test_message ("%u zoom changes, %u labels shortened", zoom_changes, shortened);
  g_assert_cmpuint (zoom_changes, <=, chronicle_event_store_get_n_events (store) / 6);
  g_assert_cmpuint (longest_length, >, 200);

  press_until ("Escape", chronicle_event_get_id (chronicle_event_store_get_event (store, chronicle_event_store_get_n_events (store) - 1)));
  g_assert_false (chronicle_window_is_presenting (window));
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024, NULL);
  settle ();
}

static void
test_present_framing_1080 (void)
{
  check_framing (1920, 1080, 1.0);
}

static void
test_present_framing_720 (void)
{
  check_framing (1280, 720, 1.0);
}

static void
test_present_framing_720_200 (void)
{
  check_framing (1280, 720, 2.0);
}

/* The caption's text follows the window's height: a 40th of it, or the desktop's size. */
static gboolean
caption_text_fits_height (gpointer card)
{
  double height = gtk_widget_get_height (GTK_WIDGET (window));
  double normal = chronicle_widget_get_font_pixels (GTK_WIDGET (window));

  return height > 0 && fabs (chronicle_widget_get_font_pixels (card) - MAX (height / 40, normal)) < 0.5;
}

static gboolean
is_presenting (gpointer data)
{
  return chronicle_window_is_presenting (window) && gtk_widget_get_mapped (data);
}

static void
test_present_keys (void)
{
  GtkWidget *blank, *progress, *caption_title;

  /* Only the United States: four events, in time order. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-partner", "s", "us"));

  press ("F5");
  g_assert_true (chronicle_window_is_presenting (window));
  blank = ui_test_find (GTK_WIDGET (window), NULL, "presentation-blank", NULL);
  progress = ui_test_find (GTK_WIDGET (window), NULL, "presentation-progress", NULL);
  caption_title = ui_test_find (GTK_WIDGET (window), NULL, "caption-title", NULL);
  /* The title slide, then the first event. */
  g_assert_null (selected_id ());
  g_assert_false (gtk_widget_get_visible (progress));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption_title)), ==,
                   "Vietnam's diplomacy, 2021–2023: visits and relationship upgrades");
  /* The board shows the show's events, the filter's four, and no other. */
  settle ();
  {
    ChronicleTimelineView *view = chronicle_window_get_timeline_view (window);
    ChronicleScene *scene = chronicle_timeline_renderer_get_scene (view->renderer);
    ChronicleEventStore *store = chronicle_dataset_get_events (chronicle_timeline_view_get_dataset (view));
    const char *kept[] = { "trong-biden-call-2023", "son-blinken-2023", "biden-2023", "us-upgrade-2023", NULL };
    guint n_markers, shown = 0;

    chronicle_scene_get_markers (scene, &n_markers);
    for (guint i = 0; i < n_markers; i++)
      {
        guint events[64];
        guint n = chronicle_scene_get_marker_events (scene, i, events, G_N_ELEMENTS (events));

        for (guint k = 0; k < n; k++)
          g_assert_true (g_strv_contains (kept, chronicle_event_get_id (chronicle_event_store_get_event (store, events[k]))));
        shown += n;
      }
    g_assert_cmpuint (shown, ==, 4);
  }
  press ("Next");
  g_assert_cmpstr (selected_id (), ==, "trong-biden-call-2023");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (progress)), ==, "1 / 4");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption_title)), ==, "Nguyễn Phú Trọng's phone call with Joe Biden");

  /* The caption's text follows the window's height, once it is laid out. */
  {
    GtkWidget *card = ui_test_find (GTK_WIDGET (window), NULL, "caption-card", NULL);

    g_assert_true (ui_test_wait_until (is_presenting, card, WAIT_MS));
    g_assert_true (ui_test_wait_until (caption_text_fits_height, card, WAIT_MS));
  }

  /* What clickers send. */
  press ("Next");
  g_assert_cmpstr (selected_id (), ==, "son-blinken-2023");
  press ("space");
  g_assert_cmpstr (selected_id (), ==, "biden-2023");
  press ("Down");
  g_assert_cmpstr (selected_id (), ==, "us-upgrade-2023");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (progress)), ==, "4 / 4");
  press ("Right");
  g_assert_cmpstr (selected_id (), ==, "us-upgrade-2023");   /* the last stays */
  press ("Prior");
  g_assert_cmpstr (selected_id (), ==, "biden-2023");
  press ("Left");
  press ("Up");
  g_assert_cmpstr (selected_id (), ==, "trong-biden-call-2023");
  press ("End");
  g_assert_cmpstr (selected_id (), ==, "us-upgrade-2023");
  press ("Home");
  g_assert_null (selected_id ());
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption_title)), ==,
                   "Vietnam's diplomacy, 2021–2023: visits and relationship upgrades");
  press ("Next");
  g_assert_cmpstr (selected_id (), ==, "trong-biden-call-2023");

  /* Blanking, with B or the full stop. */
  g_assert_false (gtk_widget_get_visible (blank));
  press ("b");
  g_assert_true (gtk_widget_get_visible (blank));
  press ("b");
  g_assert_false (gtk_widget_get_visible (blank));
  press ("period");
  g_assert_true (gtk_widget_get_visible (blank));
  press ("period");
  g_assert_false (gtk_widget_get_visible (blank));

  /* Autoplay, paused by any other key. */
  press ("p");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (progress)), "▶"));
  press ("Next");
  g_assert_false (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (progress)), "▶"));
  g_assert_cmpstr (selected_id (), ==, "son-blinken-2023");

  /* Escape leaves. */
  press ("Escape");
  g_assert_false (chronicle_window_is_presenting (window));
  g_assert_false (gtk_widget_get_visible (progress));
}

/* Whether @progress shows the show paused (no ▶). */
static gboolean
is_paused (gpointer progress)
{
  return !g_str_has_prefix (gtk_label_get_text (GTK_LABEL (progress)), "▶");
}

/* Whether autoplay has stepped to the second event; once it has, the show is held
 * there (an hour a step), as a slow build would otherwise step on again while the test
 * finishes waiting and looks (a sanitizer run found the last event selected). */
static gboolean
stepped_then_held (gpointer presentation)
{
  if (g_strcmp0 (selected_id (), "son-blinken-2023") != 0)
    return FALSE;
  g_object_set (presentation, "autoplay-interval", 3600 * 1000, NULL);
  return TRUE;
}

static void
test_present_autoplay_steps (void)
{
  GtkWidget *progress, *presentation;

  chronicle_window_set_presenting (window, TRUE);
  progress = ui_test_find (GTK_WIDGET (window), NULL, "presentation-progress", NULL);
  presentation = ui_test_find_type (GTK_WIDGET (window), CHRONICLE_TYPE_PRESENTATION);
  g_assert_nonnull (presentation);
  press ("Home");
  press ("Next");
  /* Fastest pace (2 s), then wait for a step to happen on its own. (The clock a test
   * can set steps every 8 s here: a sanitizer build can take longer than 2 s over a
   * step's frames, and stepped twice while the key was handled.) */
  for (int i = 0; i < 5; i++)
    press ("bracketright");
  g_object_set (presentation, "autoplay-interval", 8000, NULL);
  press ("p");
  g_assert_cmpstr (selected_id (), ==, "trong-biden-call-2023");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (progress)), "▶ "));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (progress)), " / 4 · 2 s"));
  g_assert_true (ui_test_wait_until (stepped_then_held, presentation, WAIT_MS));
  g_assert_cmpstr (selected_id (), ==, "son-blinken-2023");

  /* A faster clock, as a test can set it: autoplay steps to the last event and stops there. */
  press ("p");
  g_assert_false (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (progress)), "▶"));
  g_object_set (presentation, "autoplay-interval", 20, NULL);
  press ("p");
  ui_test_wait_until (is_paused, progress, WAIT_MS);
  g_assert_cmpstr (selected_id (), ==, "us-upgrade-2023");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (progress)), ==, "4 / 4");

  /* P on the last slide plays the story again from its title slide. (An hour a step:
   * a slow build drawing the title slide must not step on before it is seen there.
   * Waiting for the key to arrive: a slow build may take longer than press() waits.) */
  g_object_set (presentation, "autoplay-interval", 3600 * 1000, NULL);
  press ("p");
  ui_test_wait_until (is_selected, NULL, WAIT_MS);
  g_assert_null (selected_id ());
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (progress)), "▶"));
  press ("p");
  ui_test_wait_until (is_paused, progress, WAIT_MS);
  g_assert_false (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (progress)), "▶"));
  g_object_set (presentation, "autoplay-interval", 0, NULL);

  press ("Escape");
  g_assert_false (chronicle_window_is_presenting (window));
}

/* Whether the presentation is on and its caption says @title. */
static gboolean
caption_says (gpointer title)
{
  GtkWidget *label = ui_test_find (GTK_WIDGET (window), NULL, "caption-title", NULL);

  return chronicle_window_is_presenting (window) && label != NULL &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0;
}

/* As in slide software: F5 starts from the beginning (the title slide) whatever is
 * selected, Shift+F5 from the event selected, or from the beginning when none is. */
static void
test_present_start (void)
{
  const char *title = "Vietnam's diplomacy, 2021–2023: visits and relationship upgrades";
  const char *event_title;

  g_assert_true (chronicle_window_show_event (window, "us-upgrade-2023"));
  event_title = chronicle_event_get_title (chronicle_timeline_view_get_selected_event (chronicle_window_get_timeline_view (window)));
  press ("F5");
  g_assert_true (ui_test_wait_until (caption_says, (gpointer) title, WAIT_MS));
  g_assert_null (selected_id ());
  press ("Escape");
  g_assert_false (chronicle_window_is_presenting (window));

  g_assert_true (chronicle_window_show_event (window, "us-upgrade-2023"));
  press ("shift+F5");
  g_assert_true (ui_test_wait_until (caption_says, (gpointer) event_title, WAIT_MS));
  g_assert_cmpstr (selected_id (), ==, "us-upgrade-2023");
  /* Home still goes to the title slide. */
  press_until_selected ("Home", NULL);
  g_assert_true (caption_says ((gpointer) title));
  press ("Escape");
  g_assert_false (chronicle_window_is_presenting (window));

  /* Nothing selected: Shift+F5 starts from the beginning too. */
  g_assert_null (selected_id ());
  press ("shift+F5");
  g_assert_true (ui_test_wait_until (caption_says, (gpointer) title, WAIT_MS));
  g_assert_null (selected_id ());
  press ("Escape");
  g_assert_false (chronicle_window_is_presenting (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;
  g_autofree char *xdotool_path = NULL;

  ui_test_init (&argc, &argv);

  xdotool_path = g_find_program_in_path ("xdotool");
  if (xdotool_path == NULL)
    {
      g_test_skip ("xdotool is not installed");
      return ui_test_run ();
    }

  open_window (1280, 720);

  g_test_add_func ("/chronicle/ui/present/framing-1080", test_present_framing_1080);
  g_test_add_func ("/chronicle/ui/present/framing-720", test_present_framing_720);
  g_test_add_func ("/chronicle/ui/present/framing-720-200", test_present_framing_720_200);
  g_test_add_func ("/chronicle/ui/present/start", test_present_start);
  g_test_add_func ("/chronicle/ui/present/keys", test_present_keys);
  g_test_add_func ("/chronicle/ui/present/autoplay", test_present_autoplay_steps);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_finish ();
  return status;
}
