/* test-ui-timeline.c — the canvas in a real window under Xvfb, driven by its actions.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "chronicle-event-marker.h"
#include "chronicle-filter.h"
#include "chronicle-loader.h"
#include "chronicle-match-set.h"
#include "chronicle-timeline-view.h"
#include "chronicle-timeline-view-private.h"
#include "chronicle-timeline-renderer-private.h"
#include "ui-test-util.h"

typedef struct
{
  GtkWidget             *window;
  ChronicleTimelineView *view;
  ChronicleTimeScale    *scale;
  ChronicleDataset      *dataset;
  guint                  selection_changes;
} Fixture;

static void
on_selected_cb (GObject    *object,
                GParamSpec *pspec,
                Fixture    *f)
{
  f->selection_changes++;
}

/* Lets allocation and a frame happen. */
static void
wait_for_draw (Fixture *f)
{
  g_assert_true (ui_test_wait_until (ui_test_is_mapped, f->view, 5000));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *scroller = gtk_scrolled_window_new ();

  f->dataset = chronicle_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 700);
  f->view = CHRONICLE_TIMELINE_VIEW (chronicle_timeline_view_new ());
  if (g_strcmp0 (data, "rtl") == 0)
    gtk_widget_set_direction (GTK_WIDGET (f->view), GTK_TEXT_DIR_RTL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (f->view));
  gtk_window_set_child (GTK_WINDOW (f->window), scroller);
  chronicle_timeline_view_set_dataset (f->view, f->dataset);
  f->scale = chronicle_timeline_view_get_time_scale (f->view);
  g_signal_connect (f->view, "notify::selected-event", G_CALLBACK (on_selected_cb), f);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_draw (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->dataset);
}

static void
activate (Fixture    *f,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), action, NULL));
  wait_for_draw (f);
}

static void
test_timeline_zoom (Fixture       *f,
                    gconstpointer  data)
{
  double span0 = chronicle_time_scale_get_span (f->scale);
  double centre0 = chronicle_time_scale_get_start (f->scale) + span0 / 2;
  double centre;
  gint64 first, end;

  /* Time has the width but the lane names' gutter. */
  g_assert_cmpfloat (chronicle_time_scale_get_width (f->scale), >=, 800);
  g_assert_cmpfloat (chronicle_time_scale_get_origin (f->scale), >, 0);

  /* Zoom in about the centre: the span shrinks, the centre stays. */
  activate (f, "timeline.zoom-in");
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_span (f->scale), span0 / 1.5, span0 * 1e-6);
  centre = chronicle_time_scale_get_start (f->scale) + chronicle_time_scale_get_span (f->scale) / 2;
  g_assert_cmpfloat_with_epsilon (centre, centre0, 1.0);

  activate (f, "timeline.zoom-out");
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_span (f->scale), span0, span0 * 1e-6);

  /* Zoom far in: clamped at the minimum span. */
  for (int i = 0; i < 40; i++)
    activate (f, "timeline.zoom-in");
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_span (f->scale), chronicle_time_scale_get_min_span (f->scale), 1e-6);

  /* Fit shows every event again. */
  activate (f, "timeline.zoom-fit");
  g_assert_true (chronicle_event_store_get_bounds (chronicle_dataset_get_events (f->dataset), &first, &end));
  g_assert_cmpfloat (chronicle_time_scale_get_start (f->scale), <=, first);
  g_assert_cmpfloat (chronicle_time_scale_get_end (f->scale), >=, end);
  g_assert_cmpuint (chronicle_timeline_view_count_visible (f->view, FALSE), ==,
                    chronicle_event_store_get_n_events (chronicle_dataset_get_events (f->dataset)));
}

static void
test_timeline_pan (Fixture       *f,
                   gconstpointer  data)
{
  double start0, span0;

  activate (f, "timeline.zoom-in");
  activate (f, "timeline.zoom-in");
  start0 = chronicle_time_scale_get_start (f->scale);
  span0 = chronicle_time_scale_get_span (f->scale);

  activate (f, "timeline.pan-later");
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_start (f->scale), start0 + span0 / 3, 1e-6);
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_span (f->scale), span0, 1e-6);
  activate (f, "timeline.pan-earlier");
  activate (f, "timeline.pan-earlier");
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_get_start (f->scale), start0 - span0 / 3, 1e-6);
}

static void
test_timeline_select (Fixture       *f,
                      gconstpointer  data)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (f->dataset);
  guint n = chronicle_event_store_get_n_events (store);
  ChronicleEvent *event;

  g_assert_null (chronicle_timeline_view_get_selected_event (f->view));

  /* Right with nothing selected: the first event in time. */
  activate (f, "timeline.select-next");
  g_assert_true (chronicle_timeline_view_get_selected_event (f->view) == chronicle_event_store_get_event (store, 0));
  activate (f, "timeline.select-next");
  g_assert_true (chronicle_timeline_view_get_selected_event (f->view) == chronicle_event_store_get_event (store, 1));
  activate (f, "timeline.select-last");
  event = chronicle_timeline_view_get_selected_event (f->view);
  g_assert_true (event == chronicle_event_store_get_event (store, n - 1));
  activate (f, "timeline.select-previous");
  g_assert_true (chronicle_timeline_view_get_selected_event (f->view) == chronicle_event_store_get_event (store, n - 2));
  activate (f, "timeline.select-first");
  g_assert_true (chronicle_timeline_view_get_selected_event (f->view) == chronicle_event_store_get_event (store, 0));
  g_assert_cmpuint (f->selection_changes, ==, 5);

  /* Selecting follows: zoomed in on 2023, selecting a 2015 event brings it into view. */
  chronicle_timeline_view_show_range (f->view, chronicle_days_from_civil (2023, 6, 1), chronicle_days_from_civil (2023, 9, 1), FALSE);
  activate (f, "timeline.select-last");
  activate (f, "timeline.select-first");
  event = chronicle_timeline_view_get_selected_event (f->view);
  g_assert_cmpfloat (chronicle_time_scale_get_start (f->scale), <=, chronicle_event_get_first_day (event));
  g_assert_cmpfloat (chronicle_time_scale_get_end (f->scale), >, chronicle_event_get_first_day (event));

  /* The filter limits keyboard order to what it keeps. */
  {
    g_autofree guint8 *mask = g_new0 (guint8, n);
    g_autoptr(ChronicleMatchSet) matches = NULL;
    guint a, b;

    g_assert_true (chronicle_event_store_find (store, "biden-2023", &a));
    g_assert_true (chronicle_event_store_find (store, "xi-2023", &b));
    mask[a] = mask[b] = 1;
    matches = chronicle_match_set_new_from_mask (mask, n);
    chronicle_timeline_view_set_match_set (f->view, matches);
    chronicle_timeline_view_set_selected_event (f->view, NULL);
    activate (f, "timeline.select-next");
    g_assert_true (chronicle_timeline_view_get_selected_event (f->view) == chronicle_event_store_get_event (store, a));
    activate (f, "timeline.select-next");
    g_assert_true (chronicle_timeline_view_get_selected_event (f->view) == chronicle_event_store_get_event (store, b));

    /* Hidden rather than dimmed: only the kept events are counted in view. */
    activate (f, "timeline.zoom-fit");
    chronicle_timeline_view_set_hide_filtered (f->view, TRUE);
    g_assert_cmpuint (chronicle_timeline_view_count_visible (f->view, FALSE), ==, 2);
  }
}

/* End (and Home) keep the zoom and frame the data's end (start): the last event in
 * view, near the end edge, with little empty time after the last thing that happens
 * (it was put 40 % of the way in, leaving 60 % of the board empty future); likewise
 * before the first event. */
static void
test_timeline_ends_framed (Fixture       *f,
                           gconstpointer  data)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (f->dataset);
  guint n = chronicle_event_store_get_n_events (store);
  const gint64 *starts = chronicle_event_store_get_starts (store);
  double first_start = G_MAXDOUBLE, last_start = -G_MAXDOUBLE;
  double span, start, end;
  ChronicleEvent *event;

  for (guint i = 0; i < n; i++)
    {
      first_start = MIN (first_start, (double) starts[i]);
      last_start = MAX (last_start, (double) starts[i]);
    }
  /* A year or so in view, less than the data's eight. */
  activate (f, "timeline.zoom-in");
  activate (f, "timeline.zoom-in");
  span = chronicle_time_scale_get_span (f->scale);
  g_assert_cmpfloat (span, <, (last_start - first_start) / 2);

  activate (f, "timeline.select-last");
  event = chronicle_timeline_view_get_selected_event (f->view);
  g_assert_true (event == chronicle_event_store_get_event (store, n - 1));
  start = chronicle_time_scale_get_start (f->scale);
  end = chronicle_time_scale_get_end (f->scale);
  g_assert_cmpfloat_with_epsilon (end - start, span, span * 1e-6);
  g_assert_cmpfloat (start, <, chronicle_event_get_start_position (event));
  g_assert_cmpfloat (chronicle_event_get_start_position (event), <, end);
  g_assert_cmpfloat (end - last_start, <=, span * 0.1);
  g_assert_cmpfloat (end - last_start, >, 0);

  activate (f, "timeline.select-first");
  event = chronicle_timeline_view_get_selected_event (f->view);
  g_assert_true (event == chronicle_event_store_get_event (store, 0));
  start = chronicle_time_scale_get_start (f->scale);
  end = chronicle_time_scale_get_end (f->scale);
  g_assert_cmpfloat (start, <, chronicle_event_get_start_position (event));
  g_assert_cmpfloat (chronicle_event_get_start_position (event), <, end);
  g_assert_cmpfloat (first_start - start, <=, span * 0.1);
}

/* With an event selected and in view, the zoom keys zoom about it: it stays where it
 * was on screen (zooming about the centre used to push it out of view). */
static void
test_timeline_zoom_about_selection (Fixture       *f,
                                    gconstpointer  data)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (f->dataset);
  ChronicleEvent *event = chronicle_event_store_get_event (store, chronicle_event_store_get_n_events (store) - 1);
  double day = (double) chronicle_event_get_first_day (event);
  double x0;

  chronicle_timeline_view_set_selected_event (f->view, event);
  wait_for_draw (f);
  x0 = chronicle_time_scale_to_x (f->scale, day);
  g_assert_cmpfloat (x0, >=, chronicle_time_scale_get_origin (f->scale));
  g_assert_cmpfloat (x0, <=, chronicle_time_scale_get_origin (f->scale) + chronicle_time_scale_get_width (f->scale));
  g_assert_cmpfloat (fabs (x0 - chronicle_time_scale_get_origin (f->scale) - chronicle_time_scale_get_width (f->scale) / 2), >, 50);

  for (int i = 0; i < 3; i++)
    {
      activate (f, "timeline.zoom-in");
      g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_x (f->scale, day), x0, 1.0);
    }
  activate (f, "timeline.zoom-out");
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_x (f->scale, day), x0, 1.0);
}

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       ticks)
{
  (*(guint *) ticks)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
two_frames (gpointer ticks)
{
  return *(guint *) ticks >= 2;
}

/* Lets the view lay out its scene again (that happens at the next frame). */
static void
wait_for_layout (Fixture *f)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (GTK_WIDGET (f->view), count_tick_cb, &ticks, NULL);

  g_assert_true (ui_test_wait_until (two_frames, &ticks, 5000));
  gtk_widget_remove_tick_callback (GTK_WIDGET (f->view), id);
}

/* Lanes by partner for data that names no partner (a TimelineJS file) would be one
 * lane of everything: the view cannot group so, and shows its lanes by kind. */
static void
test_timeline_group_by_partner_needs_partners (Fixture       *f,
                                               gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "timelinejs-basic.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) plain = chronicle_loader_load_file (loader, file, NULL, &error);
  ChronicleEventStore *store;
  double tops[8], top, height;
  guint n;

  g_assert_no_error (error);
  /* The bundled data names partners: both ways are open. */
  g_assert_true (chronicle_timeline_view_can_group_by (f->view, CHRONICLE_GROUP_BY_KIND));
  g_assert_true (chronicle_timeline_view_can_group_by (f->view, CHRONICLE_GROUP_BY_PARTNER));

  chronicle_timeline_view_set_dataset (f->view, plain);
  g_assert_true (chronicle_timeline_view_can_group_by (f->view, CHRONICLE_GROUP_BY_KIND));
  g_assert_false (chronicle_timeline_view_can_group_by (f->view, CHRONICLE_GROUP_BY_PARTNER));
  store = chronicle_dataset_get_events (plain);
  n = chronicle_event_store_get_n_events (store);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (n, <=, G_N_ELEMENTS (tops));

  wait_for_layout (f);
  for (guint i = 0; i < n; i++)
    g_assert_true (chronicle_timeline_view_get_event_row (f->view, chronicle_event_store_get_event (store, i),
                                                          &tops[i], &height));

  /* Asked for lanes by partner, the rows stay those of lanes by kind. */
  chronicle_timeline_view_set_group_by (f->view, CHRONICLE_GROUP_BY_PARTNER);
  g_assert_cmpint (chronicle_timeline_view_get_group_by (f->view), ==, CHRONICLE_GROUP_BY_PARTNER);
  wait_for_layout (f);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (chronicle_timeline_view_get_event_row (f->view, chronicle_event_store_get_event (store, i),
                                                            &top, &height));
      g_assert_cmpfloat (top, ==, tops[i]);
    }
}

/* "Show everything" shows the eras too, an era after the last event included, with
 * the filter bar's match set keeping every event (as the window always has one). */
static void
test_timeline_fit_covers_eras (Fixture       *f,
                               gconstpointer  data)
{
  static const char json[] =
    "{\"format\": \"chronicle/1\", \"title\": \"Eras\","
    " \"kinds\": [{\"id\": \"battle\", \"label\": \"Battle\"}],"
    " \"eras\": [{\"title\": \"Before\", \"start\": \"0600\", \"end\": \"0650\"},"
    "            {\"title\": \"After\", \"start\": \"0700\", \"end\": \"0720\"}],"
    " \"events\": [{\"id\": \"a\", \"kind\": \"battle\", \"start\": \"0622\", \"title\": \"A\"},"
    "              {\"id\": \"b\", \"kind\": \"battle\", \"start\": \"0698\", \"title\": \"B\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_bytes (loader, bytes, "eras.json", NULL, &error);
  g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();
  g_autoptr(ChronicleMatchSet) all = NULL;
  ChronicleDate d = { .year = 720, .precision = CHRONICLE_PRECISION_YEAR };
  ChronicleDate e = { .year = 600, .precision = CHRONICLE_PRECISION_YEAR };

  g_assert_no_error (error);
  chronicle_timeline_view_set_dataset (f->view, dataset);
  all = chronicle_match_set_new (filter, chronicle_dataset_get_events (dataset));
  g_assert_cmpuint (chronicle_match_set_get_n_matching (all), ==, 2);
  chronicle_timeline_view_set_match_set (f->view, all);
  activate (f, "timeline.zoom-fit");
  g_assert_cmpfloat (chronicle_time_scale_get_start (f->scale), <=, chronicle_date_first_day (&e));
  g_assert_cmpfloat (chronicle_time_scale_get_end (f->scale), >=, chronicle_date_end_day (&d));
}

/* Events at times of day: the view zooms to hours, and selecting an event brings its
 * time (not its midnight) into view; the zoom keys keep it where it is. */
static void
test_timeline_times (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "times-one-day.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) times = chronicle_loader_load_file (loader, file, NULL, &error);
  ChronicleEventStore *store;
  ChronicleEvent *dinner;
  guint position;
  double at, x0;

  g_assert_no_error (error);
  chronicle_timeline_view_set_dataset (f->view, times);
  wait_for_draw (f);
  store = chronicle_dataset_get_events (times);
  g_assert_true (chronicle_event_store_find (store, "dinner", &position));
  dinner = chronicle_event_store_get_event (store, position);
  at = chronicle_event_get_start_position (dinner);

  for (int i = 0; i < 40; i++)
    activate (f, "timeline.zoom-in");
  /* Three hours across the view: the axis is in hours. */
  g_assert_cmpfloat (chronicle_time_scale_get_span (f->scale), <=, 0.125 + 1e-9);

  chronicle_timeline_view_show_range (f->view, chronicle_days_from_civil (2023, 9, 10) + 0.25,
                                      chronicle_days_from_civil (2023, 9, 10) + 0.375, FALSE);
  chronicle_timeline_view_set_selected_event (f->view, dinner);
  wait_for_draw (f);
  g_assert_cmpfloat (chronicle_time_scale_get_start (f->scale), <=, at);
  g_assert_cmpfloat (chronicle_time_scale_get_end (f->scale), >, at);

  x0 = chronicle_time_scale_to_x (f->scale, at);
  activate (f, "timeline.zoom-out");
  g_assert_cmpfloat_with_epsilon (chronicle_time_scale_to_x (f->scale, at), x0, 1.0);

  chronicle_timeline_view_set_dataset (f->view, NULL);
}

/* The first "+N" cluster on screen, zooming out until there is one. */
static guint
find_cluster (Fixture *f)
{
  for (int tries = 0; tries < 12; tries++)
    {
      ChronicleScene *scene = chronicle_timeline_renderer_get_scene (f->view->renderer);
      const ChronicleMarker *markers;
      guint n;

      markers = chronicle_scene_get_markers (scene, &n);
      for (guint i = 0; i < n; i++)
        if (markers[i].count > 1)
          return i;
      activate (f, "timeline.zoom-out");
    }
  g_assert_not_reached ();
}

static gboolean
popover_gone (gpointer popover)
{
  return !gtk_widget_get_visible (popover);
}

/* A cluster's list opens over the canvas: the canvas's tooltip (the "+N click to
 * list them" that was up when it was clicked) goes and none comes while the list is
 * open; once it closes, the canvas has tooltips again. */
static void
test_timeline_cluster_hides_tooltip (Fixture       *f,
                                     gconstpointer  data)
{
  guint cluster = find_cluster (f);
  GtkWidget *popover;

  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (f->view)));
  _chronicle_timeline_view_show_cluster (f->view, cluster);
  popover = f->view->cluster_popover;
  g_assert_nonnull (popover);
  g_assert_true (ui_test_wait_until (ui_test_is_mapped, popover, 5000));
  g_assert_false (gtk_widget_get_has_tooltip (GTK_WIDGET (f->view)));

  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_true (ui_test_wait_until (popover_gone, popover, 5000));
  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (f->view)));
}

/* The focus ring (style.css: a 3 px outline 2 px outside the event's object) stays in
 * time's part of the width, never over the lane names: a bar that starts before the
 * view had its object, and its ring, from the window's left edge over the gutter. */
#define RING_ROOM 5

static void
assert_rings_in_time_area (Fixture *f)
{
  double t0 = chronicle_time_scale_get_origin (f->scale);
  double t1 = t0 + chronicle_time_scale_get_width (f->scale);
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!CHRONICLE_IS_EVENT_MARKER (child) || !gtk_widget_get_child_visible (child))
        continue;
      g_assert_true (gtk_widget_compute_bounds (child, GTK_WIDGET (f->view), &bounds));
      g_assert_cmpfloat (bounds.origin.x - RING_ROOM, >=, t0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width + RING_ROOM, <=, t1);
      n++;
    }
  g_assert_cmpuint (n, >, 10);
}

static gboolean
focus_on_event (gpointer view)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (view));

  return focus != NULL && CHRONICLE_IS_EVENT_MARKER (focus) && gtk_widget_get_child_visible (focus);
}

static void
test_timeline_focus_ring_beside_gutter (Fixture       *f,
                                        gconstpointer  data)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (f->dataset);
  guint un;

  /* The UN Security Council term (2020–2021) starts before a view of 2021 on. */
  g_assert_true (chronicle_event_store_find (store, "unsc-2020-2021", &un));
  chronicle_timeline_view_set_selected_event (f->view, chronicle_event_store_get_event (store, un));
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  chronicle_timeline_view_show_range (f->view, chronicle_days_from_civil (2021, 3, 1),
                                      chronicle_days_from_civil (2023, 12, 31), FALSE);
  g_assert_true (ui_test_wait_until (focus_on_event, f->view, 5000));
  g_assert_cmpfloat (chronicle_time_scale_get_start (f->scale), >,
                     chronicle_event_get_first_day (chronicle_event_store_get_event (store, un)));
  /* Right to left, the gutter is on the right. */
  if (g_strcmp0 (data, "rtl") == 0)
    g_assert_cmpfloat (chronicle_time_scale_get_origin (f->scale), ==, 0);
  assert_rings_in_time_area (f);
}

/* A lane's name breaks between words only: in a gutter narrower than "Relationship",
 * "Relationship upgrade" is "Relationship" (drawn ellipsized) over "upgrade", never
 * "Relationsh-" over "ip upgrade" (reviewer F10). */
static void
test_timeline_lane_name_words (void)
{
  GtkWidget *label = gtk_label_new (NULL);
  PangoContext *pango = gtk_widget_get_pango_context (label);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold 22");
  g_autoptr(PangoLayout) layout = pango_layout_new (pango);
  int relation;

  g_object_ref_sink (label);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, "Relation", -1);
  pango_layout_get_pixel_size (layout, &relation, NULL);
  {
    g_auto(GStrv) lines = _chronicle_timeline_lane_name_lines (pango, font, "Relationship upgrade", relation, 3);
    const char *expected[] = { "Relationship", "upgrade", NULL };

    g_assert_cmpstrv (lines, expected);
  }
  /* One line: all of it, to be ellipsized. */
  {
    g_auto(GStrv) lines = _chronicle_timeline_lane_name_lines (pango, font, "Relationship upgrade", relation, 1);
    const char *expected[] = { "Relationship upgrade", NULL };

    g_assert_cmpstrv (lines, expected);
  }
  /* Two lines for three words: the rest goes on the last one. */
  {
    g_auto(GStrv) lines = _chronicle_timeline_lane_name_lines (pango, font, "Diplomatic relations established", relation, 2);
    const char *expected[] = { "Diplomatic", "relations established", NULL };

    g_assert_cmpstrv (lines, expected);
  }
  g_object_unref (label);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Animations finish at once, so each action's result can be checked directly. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/chronicle/ui/timeline/lane-name-words", test_timeline_lane_name_words);
  g_test_add ("/chronicle/ui/timeline/zoom", Fixture, NULL, fixture_set_up, test_timeline_zoom, fixture_tear_down);
  g_test_add ("/chronicle/ui/timeline/zoom-about-selection", Fixture, NULL, fixture_set_up,
              test_timeline_zoom_about_selection, fixture_tear_down);
  g_test_add ("/chronicle/ui/timeline/pan", Fixture, NULL, fixture_set_up, test_timeline_pan, fixture_tear_down);
  g_test_add ("/chronicle/ui/timeline/select", Fixture, NULL, fixture_set_up, test_timeline_select, fixture_tear_down);
  g_test_add ("/chronicle/ui/timeline/ends-framed", Fixture, NULL, fixture_set_up, test_timeline_ends_framed,
              fixture_tear_down);
  g_test_add ("/chronicle/ui/timeline/group-by-partner-needs-partners", Fixture, NULL, fixture_set_up,
              test_timeline_group_by_partner_needs_partners, fixture_tear_down);
  g_test_add ("/chronicle/ui/timeline/fit-covers-eras", Fixture, NULL, fixture_set_up,
              test_timeline_fit_covers_eras, fixture_tear_down);
  g_test_add ("/chronicle/ui/timeline/times", Fixture, NULL, fixture_set_up, test_timeline_times, fixture_tear_down);
  g_test_add ("/chronicle/ui/timeline/cluster-hides-tooltip", Fixture, NULL, fixture_set_up,
              test_timeline_cluster_hides_tooltip, fixture_tear_down);
  g_test_add ("/chronicle/ui/timeline/focus-ring-beside-gutter", Fixture, NULL, fixture_set_up,
              test_timeline_focus_ring_beside_gutter, fixture_tear_down);
  g_test_add ("/chronicle/ui/timeline/focus-ring-beside-gutter-rtl", Fixture, "rtl", fixture_set_up,
              test_timeline_focus_ring_beside_gutter, fixture_tear_down);

  return g_test_run ();
}
