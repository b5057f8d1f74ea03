/* test-legible.c — what a user reads on the canvas at "Show everything": every event
 * labelled, on the bundled data and on files shaped like real ones, drawn with the
 * renderer's own fonts and the canvas's row budget, without a display.
 *
 * To measure a file: test-legible FILE kind|partner WIDTH HEIGHT prints how many of
 * its events are labelled and the rows each lane needs (CHRONICLE_LEGIBLE_PNG=out.png
 * draws it).
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "chronicle-loader.h"
#include "chronicle-timeline-renderer.h"

typedef struct
{
  ChronicleDataset          *dataset;
  ChronicleLaneLayout       *layout;
  ChronicleTimeScale        *scale;
  ChronicleTimelineRenderer *renderer;
  guint                      n_events;
  guint                      n_labelled;
} Canvas;

static ChronicleDataset *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset = chronicle_loader_load_file (loader, file, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* Lays @path out as the canvas does at "Show everything" in @width × @height: the
 * events between margins of one and a half ems, rows as many as fit. */
static void
canvas_show_view (Canvas           *c,
                  const char       *path,
                  ChronicleGroupBy  group_by,
                  double            width,
                  double            height,
                  gboolean          opening)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 11");
  ChronicleTimelineStyle style;
  PangoContext *context;
  ChronicleEventStore *store;
  gint64 first, end;
  double start, stop, em;
  const ChronicleMarker *markers;
  guint n_markers;

  c->dataset = load (path);
  c->layout = chronicle_lane_layout_new ();
  chronicle_lane_layout_compute (c->layout, c->dataset, NULL, group_by, 1);
  store = chronicle_dataset_get_events (c->dataset);
  c->n_events = chronicle_event_store_get_n_events (store);

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);
  em = pango_font_description_get_size (font) / (double) PANGO_SCALE * 96 / 72;

  c->scale = chronicle_time_scale_new ();
  chronicle_time_scale_set_span_limits (c->scale, 1, 1e13);

  c->renderer = chronicle_timeline_renderer_new ();
  chronicle_timeline_style_init_default (&style, FALSE);
  chronicle_timeline_renderer_set_style (c->renderer, &style);
  chronicle_timeline_renderer_set_font (c->renderer, context, 1.0);
  g_object_unref (context);
  chronicle_timeline_renderer_set_scale (c->renderer, c->scale);
  chronicle_timeline_renderer_set_data (c->renderer, c->dataset, c->layout, NULL);
  /* The gutter takes its width first: the fit is of the width left to time. */
  chronicle_timeline_renderer_set_size (c->renderer, width, height);
  g_assert_true (chronicle_event_store_get_bounds (store, &first, &end));
  /* The file's opening view, as the canvas shows it first: labels keep within it. */
  if (opening)
    {
      g_assert_true (chronicle_dataset_get_view (c->dataset, &first, &end));
      chronicle_timeline_renderer_set_reading_range (c->renderer, first, end);
    }
  chronicle_time_scale_compute_fit (c->scale, first, end, em * 1.5, em * 1.5, &start, &stop);
  chronicle_time_scale_set_visible (c->scale, start, stop);
  chronicle_timeline_renderer_layout (c->renderer, width, height);

  markers = chronicle_scene_get_markers (chronicle_timeline_renderer_get_scene (c->renderer), &n_markers);
  c->n_labelled = 0;
  for (guint i = 0; i < n_markers; i++)
    if (markers[i].count == 1 && markers[i].labelled)
      c->n_labelled++;
  g_test_message ("%s at %.0f×%.0f: %u of %u events labelled", path, width, height, c->n_labelled, c->n_events);
  if (g_getenv ("CHRONICLE_LEGIBLE_PNG") != NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_t *cr = cairo_create (surface);

      chronicle_timeline_renderer_draw_scene (c->renderer, cr);
      cairo_destroy (cr);
      cairo_surface_write_to_png (surface, g_getenv ("CHRONICLE_LEGIBLE_PNG"));
      cairo_surface_destroy (surface);
    }
}

static void
canvas_show (Canvas           *c,
             const char       *path,
             ChronicleGroupBy  group_by,
             double            width,
             double            height)
{
  canvas_show_view (c, path, group_by, width, height, FALSE);
}

static void
canvas_clear (Canvas *c)
{
  g_clear_object (&c->renderer);
  g_clear_object (&c->scale);
  g_clear_object (&c->layout);
  g_clear_object (&c->dataset);
}

/* No two boxes in a row overlap, and nothing is drawn under the lane names: every
 * label lies in time's part of the width, and so does every marker when the view
 * shows @everything (else a bar may begin out of view). */
static void
assert_clear (Canvas   *c,
              gboolean  everything)
{
  ChronicleScene *scene = chronicle_timeline_renderer_get_scene (c->renderer);
  const ChronicleMarker *markers;
  guint n;
  double gutter = chronicle_timeline_renderer_get_gutter (c->renderer);

  markers = chronicle_scene_get_markers (scene, &n);
  g_assert_cmpfloat (gutter, >, 0);
  g_assert_cmpfloat (chronicle_time_scale_get_origin (c->scale), ==, gutter);
  for (guint i = 0; i < n; i++)
    {
      const ChronicleMarker *a = &markers[i];

      if (everything)
        g_assert_cmpfloat (a->x0, >=, gutter);
      if (a->labelled)
        g_assert_cmpfloat (a->label_x, >=, gutter);
      for (guint j = i + 1; j < n; j++)
        {
          const ChronicleMarker *b = &markers[j];

          if (a->row != b->row)
            continue;
          if (a->box_x1 > b->box_x0 && b->box_x1 > a->box_x0)
            g_error ("row %u: boxes %.1f–%.1f and %.1f–%.1f overlap", a->row, a->box_x0, a->box_x1, b->box_x0, b->box_x1);
        }
    }
}

/* The canvas of a 1920 × 1080 window: with the details pane (1575 wide), and without. */
static const double sizes[][2] = { { 1575, 900 }, { 1920, 900 } };
static const double view_sizes[][2] = { { 1575, 900 }, { 1920, 900 }, { 1575, 860 }, { 1575, 820 }, { 1575, 780 }, { 1280, 700 } };

static void
assert_all_labelled (const char       *path,
                     ChronicleGroupBy  group_by)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      Canvas c = { 0 };

      canvas_show (&c, path, group_by, sizes[s][0], sizes[s][1]);
      assert_clear (&c, TRUE);
      if (c.n_labelled != c.n_events)
        g_error ("%s at %.0f × %.0f: %u of %u events labelled", path, sizes[s][0], sizes[s][1], c.n_labelled, c.n_events);
      canvas_clear (&c);
    }
}

/* The bundled dataset (54 events, 41 of them in 2023, in 13 lanes) at "Show
 * everything": every event labelled, with no overlap and nothing under a lane name. */
static void
test_legible_bundled (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);

  assert_all_labelled (path, CHRONICLE_GROUP_BY_KIND);
}

/* A lane's name is in the gutter beside its rows, whole for a tooltip; time's part of
 * the width has none. */
static void
test_legible_lane_names (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);
  Canvas c = { 0 };
  ChronicleScene *scene;
  double gutter, y;
  g_autofree char *first = NULL, *in_time = NULL;

  canvas_show (&c, path, CHRONICLE_GROUP_BY_KIND, 1575, 900);
  scene = chronicle_timeline_renderer_get_scene (c.renderer);
  gutter = chronicle_timeline_renderer_get_gutter (c.renderer);
  for (guint g = 0; g < chronicle_scene_get_n_groups (scene); g++)
    {
      const ChronicleLaneGroup *group = chronicle_lane_layout_get_group (c.layout, g);
      g_autofree char *name = NULL;

      y = chronicle_timeline_renderer_get_axis_height (c.renderer) +
          chronicle_timeline_renderer_get_row_y (c.renderer, chronicle_scene_get_group (scene, g)->first_row) +
          chronicle_timeline_renderer_get_row_height (c.renderer) / 2;
      name = chronicle_timeline_renderer_get_lane_name_at (c.renderer, gutter / 2, y);
      g_assert_cmpstr (name, ==, group->label);
      if (g == 0)
        in_time = chronicle_timeline_renderer_get_lane_name_at (c.renderer, gutter + 10, y);
    }
  g_assert_null (in_time);
  first = chronicle_timeline_renderer_get_lane_name_at (c.renderer, gutter / 2, 1);
  g_assert_null (first);
  canvas_clear (&c);
}

/* How many events the view shows some of. */
static guint
count_in_view (Canvas *c)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (c->dataset);
  double start = chronicle_time_scale_get_start (c->scale), end = chronicle_time_scale_get_end (c->scale);
  guint n = 0;

  for (guint i = 0; i < c->n_events; i++)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, i);

      if (chronicle_event_get_start_position (event) < end && chronicle_event_get_end_position (event) > start)
        n++;
    }
  return n;
}

/* The bundled dataset opens on 2021–2023: every event in view labelled (Xi Jinping's
 * visits of 2015 and 2017 are not in view), and every label whole in the view (none
 * running off either side). */
static void
test_legible_opening_view (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);

  for (guint s = 0; s < G_N_ELEMENTS (view_sizes); s++)
    {
      Canvas c = { 0 };
      const ChronicleMarker *markers;
      guint n;
      double x0, x1, em = 11 * 96 / 72.0;

      canvas_show_view (&c, path, CHRONICLE_GROUP_BY_KIND, view_sizes[s][0], view_sizes[s][1], TRUE);
      assert_clear (&c, FALSE);
      /* The canvas of a 1920 × 1080 window labels them all; smaller ones keep the
       * rules below. */
      if (view_sizes[s][0] >= 1575 && view_sizes[s][1] >= 900)
        {
          g_assert_cmpuint (c.n_labelled, ==, count_in_view (&c));
          g_assert_cmpuint (c.n_labelled, ==, c.n_events - 2);
        }
      x0 = chronicle_time_scale_get_origin (c.scale);
      x1 = x0 + chronicle_time_scale_get_width (c.scale);
      markers = chronicle_scene_get_markers (chronicle_timeline_renderer_get_scene (c.renderer), &n);
      for (guint i = 0; i < n; i++)
        if (markers[i].labelled && !markers[i].label_inside)
          {
            ChronicleScene *scene = chronicle_timeline_renderer_get_scene (c.renderer);
            ChronicleEvent *event = chronicle_event_store_get_event (chronicle_dataset_get_events (c.dataset),
                                                                     chronicle_scene_get_event (scene, markers[i].first));
            double full = chronicle_timeline_renderer_get_label_width (c.renderer, event);
            double free_before = markers[i].x0 - (i > 0 && markers[i - 1].row == markers[i].row ? markers[i - 1].box_x1 : x0);

            /* Rows to spare: no label runs out of view (when rows are short, one may,
             * as the last resort before a badge; the renderer shortens it). */
            if (view_sizes[s][0] >= 1575 && view_sizes[s][1] >= 900)
              {
                g_assert_cmpfloat (markers[i].label_x, >=, x0);
                g_assert_cmpfloat (markers[i].label_x + markers[i].label_width, <=, x1);
              }
            /* A label after its marker cut short by the view's end (the data's, a
             * margin inside it) turns before its marker, whole, when its row has the
             * room there. */
            if (markers[i].label_x > markers[i].x0 && markers[i].label_width + 0.5 < full &&
                markers[i].label_x + markers[i].label_width > x1 - 3 * em && markers[i].label_x + markers[i].label_width <= x1)
              g_assert_cmpfloat (free_before, <, full + 40);
          }
      canvas_clear (&c);
    }
}

/* By partner (21 lanes and the levels' legend), most are labelled and none overlap. */
static void
test_legible_bundled_partners (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);
  Canvas c = { 0 };

  const ChronicleMarker *markers;
  double needed;
  guint n;

  canvas_show (&c, path, CHRONICLE_GROUP_BY_PARTNER, 1920, 900);
  assert_clear (&c, TRUE);
  g_assert_cmpuint (c.n_labelled, >=, c.n_events * 9 / 10);
  /* Short of all its labels only because the rows run out: the lanes need more rows
   * (at the canvas's row height) than 900 pixels hold. Given that height, every
   * event in every lane it is in has its label. */
  needed = chronicle_timeline_renderer_get_needed_height (c.renderer);
  g_assert_cmpfloat (needed, >, 900);
  canvas_clear (&c);
  canvas_show (&c, path, CHRONICLE_GROUP_BY_PARTNER, 1920, ceil (needed));
  assert_clear (&c, TRUE);
  markers = chronicle_scene_get_markers (chronicle_timeline_renderer_get_scene (c.renderer), &n);
  for (guint i = 0; i < n; i++)
    g_assert_true (markers[i].count == 1 && markers[i].labelled);
  canvas_clear (&c);
}

/* The upstream TimelineJS samples, read where they are (not copied). */
static void
test_legible_samples (void)
{
  const char *dir = g_getenv ("CHRONICLE_SHARED_DIR");
  const char *names[] = { "eras.json", "women_in_computing.json", "cosmo.json" };

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the shared TimelineJS samples are not here");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, "timelinejs-samples", names[i], NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_test_skip ("a shared TimelineJS sample is missing");
          return;
        }
      assert_all_labelled (path, CHRONICLE_GROUP_BY_KIND);
    }
}

/* Files shaped like real ones: one TimelineJS group of 30 events over four months,
 * and a biography of 18 events over five decades. */
static void
test_legible_shapes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-legible-XXXXXX", NULL);
  g_autofree char *group = g_build_filename (dir, "group.json", NULL);
  g_autofree char *life = g_build_filename (dir, "life.json", NULL);
  g_autoptr(GString) json = g_string_new ("{\"events\": [");
  static const int years[] = { 1960, 1964, 1968, 1971, 1975, 1979, 1983, 1986, 1990,
                               1993, 1997, 1999, 2001, 2004, 2006, 2008, 2010, 2012 };

  for (guint i = 0; i < 30; i++)
    g_string_append_printf (json, "%s{\"start_date\": {\"year\": \"2017\", \"month\": \"%u\", \"day\": \"%u\"}, "
                            "\"group\": \"Protests\", \"text\": {\"headline\": \"Protest march number %u in the capital\"}}",
                            i > 0 ? ", " : "", 9 + i / 8, 1 + (i % 8) * 3, i + 1);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (group, json->str, -1, NULL));

  g_string_assign (json, "{\"events\": [");
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    g_string_append_printf (json, "%s{\"start_date\": {\"year\": \"%d\"}, "
                            "\"text\": {\"headline\": \"A chapter of her life that began in %d\"}}",
                            i > 0 ? ", " : "", years[i], years[i]);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (life, json->str, -1, NULL));

  assert_all_labelled (group, CHRONICLE_GROUP_BY_KIND);
  assert_all_labelled (life, CHRONICLE_GROUP_BY_KIND);
  g_unlink (group);
  g_unlink (life);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  Canvas c = { 0 };

  g_test_init (&argc, &argv, NULL);
  if (argc > 4)
    {
      canvas_show (&c, argv[1], g_str_equal (argv[2], "partner") ? CHRONICLE_GROUP_BY_PARTNER : CHRONICLE_GROUP_BY_KIND,
                   g_ascii_strtod (argv[3], NULL), g_ascii_strtod (argv[4], NULL));
      g_print ("%u of %u labelled; rows needed %.1f\n", c.n_labelled, c.n_events,
               (chronicle_timeline_renderer_get_needed_height (c.renderer)) / chronicle_timeline_renderer_get_row_height (c.renderer));
      {
        ChronicleScene *scene = chronicle_timeline_renderer_get_scene (c.renderer);
        for (guint g = 0; g < chronicle_scene_get_n_groups (scene); g++)
          g_print (" %u", chronicle_scene_get_group (scene, g)->n_needed);
        g_print ("\n");
      }
      canvas_clear (&c);
      return 0;
    }
  g_test_add_func ("/chronicle/legible/bundled", test_legible_bundled);
  g_test_add_func ("/chronicle/legible/opening-view", test_legible_opening_view);
  g_test_add_func ("/chronicle/legible/lane-names", test_legible_lane_names);
  g_test_add_func ("/chronicle/legible/bundled-partners", test_legible_bundled_partners);
  g_test_add_func ("/chronicle/legible/samples", test_legible_samples);
  g_test_add_func ("/chronicle/legible/shapes", test_legible_shapes);
  return g_test_run ();
}
