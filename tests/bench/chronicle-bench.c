/* chronicle-bench.c — speed and memory figures for the core (not a test).
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   chronicle-bench                      every measure at 1k, 10k, 100k and 1M events
 *   chronicle-bench --events N [MEASURE…] only those
 *
 * Prints one JSON object per line:
 *   {"measure": "load", "events": N, "median_ms": x, "max_ms": y, "rss_mb": z}
 * Measures: json-glib-parse (a bare JsonParser load, a walk reading every member, and
 * freeing the tree: the floor any reader of the file pays), load, filter, filter-text, layout,
 * startup (launch → first frame painted with the bundled data, against a bare
 * AdwApplicationWindow launched the same way; needs a display), restack (10k and more: the scene
 * stacked again after a zoom step) and frame (10k events and more: the canvas's content snapshotted into a render node and
 * drawn with gsk_render_node_draw onto a 1920×1080 cairo image surface, over a fixed
 * sequence of zoom levels from all of it down to one week), many-kinds (a Chronicle file
 * with as many kinds as events, each event its own kind, then a TimelineJS file with as many
 * groups: loading must stay linear; up to 100k), rss-after-failed and rss-after-cancel (in a
 * fresh process: the RSS with the file read, at the peak of a load that fails after reading
 * every event (each has an error) or is cancelled halfway through building, and after it, the file dropped:
 *   {"measure": "rss-after-cancel", "events": N, "before_mb": a, "peak_mb": p, "after_mb": b}).
 * Events come from a deterministic generator, so every run sees the same input.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <gtk/gtk.h>
#include <pango/pangocairo.h>

#include "chronicle-filter.h"
#include "chronicle-timeline-renderer.h"
#include "chronicle-lane-layout.h"
#include "chronicle-loader.h"

static const char *kinds[] = { "visit", "upgrade", "relations", "call", "summit", "conference", "agreement", "policy", "election", "other" };
static const char *people[] = { "Nguyễn Phú Trọng", "Võ Văn Thưởng", "Phạm Minh Chính", "Vương Đình Huệ", "Bùi Thanh Sơn", "Joe Biden", "Kishida Fumio", "Xi Jinping" };
#define N_PARTNERS 50

/* A small LCG: the same events on every machine and run. */
static guint32
next_random (guint32 *state)
{
  *state = *state * 1664525u + 1013904223u;
  return *state >> 8;
}

static GBytes *
generate (guint n)
{
  GString *s = g_string_sized_new ((gsize) n * 420 + 4096);
  guint32 state = 20260101;

  g_string_append (s, "{\"format\": \"chronicle/1\", \"title\": \"Synthetic\",\n"
                      " \"documents\": [{\"id\": \"d1\", \"title\": \"Source\", \"publisher\": \"Bench\"}],\n \"partners\": [");
  for (guint p = 0; p < N_PARTNERS; p++)
    g_string_append_printf (s, "%s{\"id\": \"p%u\", \"name\": \"Partner %u\", \"levels\": [{\"level\": \"strategic partnership\", \"since\": \"%u\"}]}",
                            p ? ", " : "", p, p, 1990 + p % 30);
  g_string_append (s, "],\n \"events\": [\n");

  for (guint i = 0; i < n; i++)
    {
      guint year = 1900 + next_random (&state) % 124;
      guint month = 1 + next_random (&state) % 12;
      guint day = 1 + next_random (&state) % 28;
      guint precision = next_random (&state) % 10;
      guint kind = next_random (&state) % G_N_ELEMENTS (kinds);
      guint partner = next_random (&state) % N_PARTNERS;
      guint person = next_random (&state) % G_N_ELEMENTS (people);

      g_string_append_printf (s, "%s  {\"id\": \"e%u\", \"kind\": \"%s\", ", i ? ",\n" : "", i, kinds[kind]);
      if (precision == 0)
        g_string_append_printf (s, "\"start\": \"%u\", ", year);
      else if (precision < 3)
        g_string_append_printf (s, "\"start\": \"%u-%02u\", ", year, month);
      else
        g_string_append_printf (s, "\"start\": \"%u-%02u-%02u\", ", year, month, day);
      if (precision == 9)
        g_string_append_printf (s, "\"end\": \"%u-%02u-%02u\", ", year + 1, month, day);
      g_string_append_printf (s,
                              "\"title\": \"Event %u of kind %s\", "
                              "\"description\": \"A synthetic event with partner %u, generated for the benchmark; it says little.\", "
                              "\"place\": \"Hà Nội\", \"people\": [\"%s\"], \"partners\": [\"p%u\"], "
                              "\"sources\": [{\"document\": \"d1\", \"quote\": \"A sentence quoted verbatim from the source article.\"}], "
                              "\"translations\": {\"vi\": {\"title\": \"Sự kiện %u\"}}}",
                              i, kinds[kind], partner, people[person], partner, i);
    }
  g_string_append (s, "\n]}\n");

  return g_string_free_to_bytes (s);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line ? g_ascii_strtod (line + 6, NULL) / 1024.0 : -1;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
report (const char *measure,
        guint       events,
        GArray     *times,
        double      rss)
{
  char median[32], max[32], rss_text[32];

  g_array_sort (times, compare_doubles);
  g_ascii_formatd (median, sizeof median, "%.3f", g_array_index (times, double, times->len / 2));
  g_ascii_formatd (max, sizeof max, "%.3f", g_array_index (times, double, times->len - 1));
  if (rss >= 0)
    {
      g_ascii_formatd (rss_text, sizeof rss_text, "%.1f", rss);
      printf ("{\"measure\": \"%s\", \"events\": %u, \"median_ms\": %s, \"max_ms\": %s, \"rss_mb\": %s}\n",
              measure, events, median, max, rss_text);
    }
  else
    printf ("{\"measure\": \"%s\", \"events\": %u, \"median_ms\": %s, \"max_ms\": %s}\n",
            measure, events, median, max);
  fflush (stdout);
}

/* Reads every member, as any consumer of the tree would: the floor for `load`. */
static guint64
walk (JsonNode *node)
{
  guint64 sum = 0;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &member))
          sum += strlen (name) + walk (member);
        return sum;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          sum += walk (json_array_get_element (array, i));
        return sum;
      }
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return strlen (json_node_get_string (node));
      return (guint64) json_node_get_int (node);
    case JSON_NODE_NULL:
    default:
      return 0;
    }
}

static guint
runs_for (guint n)
{
  return n >= 1000000 ? 3 : n >= 100000 ? 5 : 9;
}

static gboolean
wanted (const char * const *measures,
        const char         *measure)
{
  return measures == NULL || measures[0] == NULL || g_strv_contains (measures, measure);
}

/* Runs this program as `--time-floor FILE` or `--time-load FILE`: it prints the
 * milliseconds taken and, for a load, the RSS after it in MB. */
static gboolean
run_child (const char *self,
           const char *mode,
           const char *path,
           double     *ms,
           double     *mb)
{
  const char *argv[] = { self, mode, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  char *end = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, NULL))
    return FALSE;
  *ms = g_ascii_strtod (out, &end);
  if (mb != NULL)
    *mb = g_ascii_strtod (end, NULL);
  return TRUE;
}

static double
status_mb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line ? g_ascii_strtod (line + strlen (field), NULL) / 1024.0 : -1;
}

static void
on_progress_cancel_cb (ChronicleLoader *loader,
                       int              stage,
                       guint            done,
                       guint            total,
                       GCancellable    *cancellable)
{
  /* Halfway through building: the tree and half the events exist. */
  if (stage == CHRONICLE_LOAD_STAGE_BUILDING && total > 0 && done >= total / 2)
    g_cancellable_cancel (cancellable);
}

/* `--rss-failed FILE` / `--rss-cancel FILE`: loads @bytes (owned), which fails or is
 * cancelled, and prints the RSS before, at the peak and after, in MB. */
static int
rss_child_main (const char *mode,
                GBytes     *bytes)
{
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  double before = rss_mb ();
  double file_mb = g_bytes_get_size (bytes) / (1024.0 * 1024.0);

  if (g_str_equal (mode, "--rss-cancel"))
    g_signal_connect (loader, "progress", G_CALLBACK (on_progress_cancel_cb), cancellable);
  dataset = chronicle_loader_load_bytes (loader, bytes, "bench.json", cancellable, &error);
  g_bytes_unref (bytes);
  if (dataset != NULL ||
      (g_str_equal (mode, "--rss-cancel") && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)))
    return 1;
  /* "before" without the file's text, which the caller drops as it does here. */
  printf ("%.1f %.1f %.1f\n", before - file_mb, status_mb ("VmHWM:"), rss_mb ());
  return 0;
}

static int
child_main (const char *mode,
            const char *path)
{
  g_autofree char *data = NULL;
  gsize size = 0;
  double t0;

  if (!g_file_get_contents (path, &data, &size, NULL))
    return 1;

  if (g_str_equal (mode, "--rss-failed") || g_str_equal (mode, "--rss-cancel"))
    return rss_child_main (mode, g_bytes_new_take (g_steal_pointer (&data), size));

  if (g_str_equal (mode, "--time-floor"))
    {
      JsonParser *parser;

      t0 = now_ms ();
      parser = json_parser_new_immutable ();
      if (!json_parser_load_from_data (parser, data, (gssize) size, NULL) ||
          walk (json_parser_get_root (parser)) == 0)
        return 1;
      g_object_unref (parser);
      printf ("%.3f\n", now_ms () - t0);
      return 0;
    }
  else
    {
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&data), size);
      g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
      g_autoptr(ChronicleDataset) dataset = NULL;
      double ms;

      t0 = now_ms ();
      dataset = chronicle_loader_load_bytes (loader, bytes, path, NULL, NULL);
      ms = now_ms () - t0;
      if (dataset == NULL)
        return 1;
      /* The file's text is the caller's to keep or drop: drop it before measuring. */
      g_clear_pointer (&bytes, g_bytes_unref);
      printf ("%.3f %.1f\n", ms, rss_mb ());
      return 0;
    }
}

/* This thread's CPU time: on a shared machine, what a frame costs when it is not
 * waiting for a core (printed beside the wall-clock figures, to stderr). */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
report_cpu (const char *measure,
            GArray     *cpu)
{
  g_array_sort (cpu, compare_doubles);
  g_printerr ("%s: thread CPU time, median %.3f ms, max %.3f ms\n", measure,
              g_array_index (cpu, double, cpu->len / 2), g_array_index (cpu, double, cpu->len - 1));
}

static void
bench_frame (guint             n,
             ChronicleDataset *dataset)
{
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  g_autoptr(ChronicleTimelineRenderer) renderer = chronicle_timeline_renderer_new ();
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *target_cr = cairo_create (target);
  ChronicleTimelineStyle style;
  gint64 first, end;
  const int levels = 16;

  /* No display needed: registering the node types is all GSK wants here. */
  g_type_ensure (GSK_TYPE_RENDER_NODE);
  g_type_ensure (GSK_TYPE_CAIRO_NODE);

  g_assert (chronicle_event_store_get_bounds (chronicle_dataset_get_events (dataset), &first, &end));
  /* As the canvas lays out: rows leave room for a marker at the zoom showing everything. */
  chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_KIND, MAX (1, (end - first) / 90));

  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);
  chronicle_timeline_style_init_default (&style, FALSE);
  chronicle_timeline_renderer_set_style (renderer, &style);
  chronicle_timeline_renderer_set_font (renderer, context, 1.0);
  chronicle_time_scale_set_span_limits (scale, 1, 1e7);
  chronicle_time_scale_set_width (scale, 1920);
  chronicle_timeline_renderer_set_scale (renderer, scale);
  chronicle_timeline_renderer_set_data (renderer, dataset, layout, NULL);

  /* Once per font, before any frame: every label's width (as the widget's first frame). */
  {
    cairo_t *cr = cairo_create (target);
    double t0 = now_ms ();

    chronicle_time_scale_set_visible (scale, first, end);
    chronicle_timeline_renderer_draw (renderer, cr, 1920, 1080);
    cairo_destroy (cr);
    g_printerr ("frame: first frame, labels measured: %.1f ms\n", now_ms () - t0);
  }

  /* Every frame below is at another zoom level: each re-stacks, and its time counts. */
  for (int run = 0; run < 3; run++)
    for (int level = 0; level < levels; level++)
      {
        /* From the whole range to one week, geometrically, centred mid-range. */
        double full = (double) (end - first);
        double span = full * pow (7.0 / full, (double) level / (levels - 1));
        double centre = first + full * 0.5 + (level % 3) * span * 0.1;
        GskRenderNode *node;
        cairo_t *cr;
        double t0, c0;

        chronicle_time_scale_set_visible (scale, centre - span / 2, centre + span / 2);
        t0 = now_ms ();
        c0 = cpu_ms ();
        node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, 1920, 1080));
        cr = gsk_cairo_node_get_draw_context (node);
        chronicle_timeline_renderer_draw (renderer, cr, 1920, 1080);
        cairo_destroy (cr);
        gsk_render_node_draw (node, target_cr);
        cairo_surface_flush (target);
        gsk_render_node_unref (node);
        g_array_append_val (times, (double) { now_ms () - t0 });
        g_array_append_val (cpu, (double) { cpu_ms () - c0 });
      }

  report ("frame", n, times, -1);
  report_cpu ("frame", cpu);
  cairo_destroy (target_cr);
  cairo_surface_destroy (target);
  g_object_unref (context);
  pango_font_description_free (font);
}

/* Re-stacking after a zoom step: the scene laid out again at the next zoom level (a
 * factor √2) for a 1920×1080 view, over the same 16 levels as `frame`; labels were
 * measured before. */
static void
bench_restack (guint             n,
               ChronicleDataset *dataset)
{
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  g_autoptr(ChronicleTimelineRenderer) renderer = chronicle_timeline_renderer_new ();
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  ChronicleTimelineStyle style;
  gint64 first, end;
  const int levels = 16;

  g_assert (chronicle_event_store_get_bounds (chronicle_dataset_get_events (dataset), &first, &end));
  chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_KIND, 1);
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);
  chronicle_timeline_style_init_default (&style, FALSE);
  chronicle_timeline_renderer_set_style (renderer, &style);
  chronicle_timeline_renderer_set_font (renderer, context, 1.0);
  chronicle_time_scale_set_span_limits (scale, 1, 1e7);
  chronicle_time_scale_set_width (scale, 1920);
  chronicle_timeline_renderer_set_scale (renderer, scale);
  chronicle_timeline_renderer_set_size (renderer, 1920, 1080);
  chronicle_timeline_renderer_set_data (renderer, dataset, layout, NULL);
  chronicle_time_scale_set_visible (scale, first, end);
  chronicle_timeline_renderer_get_content_height (renderer);

  for (int run = 0; run < 3; run++)
    for (int level = 0; level < levels; level++)
      {
        double full = (double) (end - first);
        double span = full * pow (7.0 / full, (double) level / (levels - 1));
        double centre = first + full * 0.5;
        double t0, c0;

        chronicle_time_scale_set_visible (scale, centre - span / 2, centre + span / 2);
        t0 = now_ms ();
        c0 = cpu_ms ();
        chronicle_timeline_renderer_get_content_height (renderer);
        g_array_append_val (times, (double) { now_ms () - t0 });
        g_array_append_val (cpu, (double) { cpu_ms () - c0 });
      }

  report ("restack", n, times, -1);
  report_cpu ("restack", cpu);
  g_object_unref (context);
  pango_font_description_free (font);
}

/* A file where every event has its own kind (Chronicle) or group (TimelineJS). */
static GBytes *
generate_many_kinds (guint    n,
                     gboolean timelinejs)
{
  GString *s = g_string_sized_new ((gsize) n * 120 + 64);

  if (timelinejs)
    {
      g_string_append (s, "{\"events\": [");
      for (guint i = 0; i < n; i++)
        g_string_append_printf (s, "%s{\"start_date\": {\"year\": %u}, \"group\": \"Group %u\", "
                                   "\"text\": {\"headline\": \"Event %u\"}}",
                                i ? ",\n" : "", 1900 + i % 124, i, i);
    }
  else
    {
      g_string_append (s, "{\"kinds\": [");
      for (guint i = 0; i < n; i++)
        g_string_append_printf (s, "%s{\"id\": \"k%u\", \"label\": \"Kind %u\"}", i ? ",\n" : "", i, i);
      g_string_append (s, "],\n\"events\": [");
      for (guint i = 0; i < n; i++)
        g_string_append_printf (s, "%s{\"id\": \"e%u\", \"kind\": \"k%u\", \"start\": \"%u\", \"title\": \"Event %u\"}",
                                i ? ",\n" : "", i, i, 1900 + i % 124, i);
    }
  g_string_append (s, "]}\n");
  return g_string_free_to_bytes (s);
}

/* many-kinds: a load with as many kinds (then TimelineJS groups) as events. Reported
 * as "many-kinds" and "many-groups". */
static void
bench_many_kinds (guint n)
{
  for (int timelinejs = 0; timelinejs <= 1; timelinejs++)
    {
      g_autoptr(GBytes) bytes = generate_many_kinds (n, timelinejs);
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint r = 0; r < runs_for (n); r++)
        {
          g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
          g_autoptr(ChronicleDataset) dataset = NULL;
          g_autoptr(GError) error = NULL;
          double t0 = now_ms ();

          dataset = chronicle_loader_load_bytes (loader, bytes, "kinds.json", NULL, &error);
          g_assert_no_error (error);
          g_array_append_val (times, (double) { now_ms () - t0 });
          g_assert (chronicle_dataset_get_n_kinds (dataset) >= n);
        }
      report (timelinejs ? "many-groups" : "many-kinds", n, times, -1);
    }
}

/* rss-after-failed / rss-after-cancel, each in a fresh process (see rss_child_main()). */
static void
bench_rss_after (const char *self,
                 guint       n,
                 GBytes     *bytes,
                 const char *measure)
{
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) fields = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gboolean failed = g_str_equal (measure, "rss-after-failed");
  const char *argv[] = { self, failed ? "--rss-failed" : "--rss-cancel", NULL, NULL };
  int fd = g_file_open_tmp ("chronicle-bench-XXXXXX.json", &path, NULL);
  int status;

  g_assert (fd >= 0);
  close (fd);
  if (failed)
    {
      /* The same events, each with an invalid start: one bad event is left out and the
       * others open, so only a file whose every event is bad fails, after reading them. */
      g_autoptr(GString) bad = g_string_new_len (data, size);

      g_string_replace (bad, "\"start\": \"", "\"start\": \"x", 0);
      if (!g_file_set_contents (path, bad->str, bad->len, NULL))
        g_error ("cannot write %s", path);
    }
  else if (!g_file_set_contents (path, data, (gssize) size, NULL))
    g_error ("cannot write %s", path);

  argv[2] = path;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    g_error ("%s: the run failed", measure);
  g_unlink (path);
  fields = g_strsplit (g_strstrip (out), " ", 3);
  g_assert (g_strv_length (fields) == 3);
  printf ("{\"measure\": \"%s\", \"events\": %u, \"before_mb\": %s, \"peak_mb\": %s, \"after_mb\": %s}\n",
          measure, n, fields[0], fields[1], fields[2]);
  fflush (stdout);
}

static void
bench_size (const char         *self,
            guint               n,
            const char * const *measures)
{
  g_autoptr(GBytes) bytes = generate (n);
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  guint runs = runs_for (n);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  /* The floor and the load each run in a fresh process, alternating, reading the same
   * file: what opening a file in a newly started app costs, with no heap left warm
   * (or fragmented) by an earlier run. The load's process also reports its RSS. */
  if (wanted (measures, "json-glib-parse") || wanted (measures, "load"))
    {
      g_autoptr(GArray) floor_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *path = NULL;
      double rss = -1;
      int fd = g_file_open_tmp ("chronicle-bench-XXXXXX.json", &path, NULL);

      g_assert (fd >= 0);
      close (fd);
      if (!g_file_set_contents (path, data, (gssize) size, NULL))
        g_error ("cannot write %s", path);

      for (guint r = 0; r < runs; r++)
        {
          double ms, mb;

          if (wanted (measures, "json-glib-parse"))
            {
              if (!run_child (self, "--time-floor", path, &ms, NULL))
                g_error ("the floor run failed");
              g_array_append_val (floor_times, ms);
            }
          if (wanted (measures, "load"))
            {
              if (!run_child (self, "--time-load", path, &ms, &mb))
                g_error ("the load run failed");
              g_array_append_val (times, ms);
              rss = MAX (rss, mb);
            }
        }
      g_unlink (path);

      if (wanted (measures, "json-glib-parse"))
        report ("json-glib-parse", n, floor_times, -1);
      if (wanted (measures, "load"))
        report ("load", n, times, rss);
    }

  if (wanted (measures, "filter") || wanted (measures, "filter-text") || wanted (measures, "layout") ||
      ((wanted (measures, "frame") || wanted (measures, "restack")) && n >= 10000))
    {
      g_autoptr(GError) error = NULL;

      dataset = chronicle_loader_load_bytes (loader, bytes, "bench.json", NULL, &error);
      g_assert_no_error (error);
    }

  if (wanted (measures, "filter") || wanted (measures, "filter-text"))
    {
      ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
      g_autofree guint8 *mask = g_new (guint8, MAX (n, 1));
      const char *some_kinds[] = { "visit", "upgrade", "summit", NULL };
      const char *some_partners[] = { "p1", "p2", "p3", "p7", "p11", NULL };
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) text_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(ChronicleFilter) filter = chronicle_filter_new ();

      chronicle_filter_set_kinds (filter, some_kinds);
      chronicle_filter_set_partners (filter, some_partners);
      chronicle_filter_set_range (filter, chronicle_days_from_civil (1950, 1, 1), chronicle_days_from_civil (2000, 1, 1));
      for (guint r = 0; r < runs * 3; r++)
        {
          double t0 = now_ms ();
          guint count = chronicle_filter_apply (filter, store, mask);

          g_assert (count <= n);
          g_array_append_val (times, (double) { now_ms () - t0 });
        }
      if (wanted (measures, "filter"))
        report ("filter", n, times, -1);

      /* Text: the folded index is built once per store, on the first search. */
      chronicle_filter_clear (filter);
      chronicle_filter_set_text (filter, "nguyen phu");
      chronicle_filter_apply (filter, store, mask);
      for (guint r = 0; r < runs * 3; r++)
        {
          double t0 = now_ms ();

          chronicle_filter_set_text (filter, r % 2 ? "nguyen phu" : "pham minh");
          chronicle_filter_apply (filter, store, mask);
          g_array_append_val (text_times, (double) { now_ms () - t0 });
        }
      if (wanted (measures, "filter-text"))
        report ("filter-text", n, text_times, -1);
    }

  if (wanted (measures, "layout"))
    {
      g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint r = 0; r < runs * 3; r++)
        {
          double t0 = now_ms ();

          chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_KIND, 7);
          g_array_append_val (times, (double) { now_ms () - t0 });
        }
      g_assert (chronicle_lane_layout_get_n_items (layout) == n);
      report ("layout", n, times, -1);
    }

  if (wanted (measures, "frame") && n >= 10000)
    bench_frame (n, dataset);
  if (wanted (measures, "restack") && n >= 10000)
    bench_restack (n, dataset);

  if (wanted (measures, "many-kinds") && n <= 100000)
    bench_many_kinds (n);
  if (wanted (measures, "rss-after-failed"))
    bench_rss_after (self, n, bytes, "rss-after-failed");
  if (wanted (measures, "rss-after-cancel"))
    bench_rss_after (self, n, bytes, "rss-after-cancel");
}

/* Launches @argv and returns the milliseconds until it printed the moment of its first
 * painted frame (CLOCK_MONOTONIC, the same clock in both processes). */
static double
time_to_first_frame (const char * const *argv)
{
  const char *envp_extra[] = {
    "CHRONICLE_BENCH_STARTUP=1", "GSETTINGS_BACKEND=memory",
    "GSETTINGS_SCHEMA_DIR=" BENCH_BUILDDIR "/data", NULL
  };
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out = NULL;
  gint64 t0;
  int status;

  for (guint i = 0; envp_extra[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (envp_extra[i], "=", 2);
      envp = g_environ_setenv (envp, kv[0], kv[1], TRUE);
    }
  t0 = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL) || out == NULL || out[0] == '\0')
    return -1;
  return (g_ascii_strtoll (out, NULL, 10) - t0) / 1000.0;
}

static void
bench_startup (void)
{
  const char *chronicle[] = { BENCH_BUILDDIR "/app/chronicle", NULL };
  const char *bare[] = { BENCH_BUILDDIR "/tests/bench/bare-window", NULL };
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  char median[32], bare_median[32], ratio[32];
  double m, b;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("startup: skipped, no display (run under xvfb-run -a)\n");
      return;
    }

  /* Alternating, after one warm-up of each (caches, fonts); 15 of each, because a
   * launch on a shared machine varies by a tenth from one to the next. */
  time_to_first_frame (chronicle);
  time_to_first_frame (bare);
  for (int r = 0; r < 15; r++)
    {
      double a = time_to_first_frame (chronicle);
      double c = time_to_first_frame (bare);

      if (a < 0 || c < 0)
        g_error ("startup: a launch failed");
      g_array_append_val (times, a);
      g_array_append_val (bare_times, c);
    }
  g_array_sort (times, compare_doubles);
  g_array_sort (bare_times, compare_doubles);
  m = g_array_index (times, double, times->len / 2);
  b = g_array_index (bare_times, double, bare_times->len / 2);
  g_ascii_formatd (median, sizeof median, "%.1f", m);
  g_ascii_formatd (bare_median, sizeof bare_median, "%.1f", b);
  g_ascii_formatd (ratio, sizeof ratio, "%.2f", m / b);
  printf ("{\"measure\": \"startup\", \"median_ms\": %s, \"bare_median_ms\": %s, \"ratio\": %s}\n",
          median, bare_median, ratio);
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 1000, 10000, 100000, 1000000 };
  g_autoptr(GPtrArray) measures = g_ptr_array_new ();
  guint only = 0;

  /* As Chronicle's main() does: GLib 2.74's slice allocator never gives memory back,
   * and G_SLICE only counts when set before the process starts. */
  if (glib_check_version (2, 76, 0) != NULL && getenv ("G_SLICE") == NULL &&
      setenv ("G_SLICE", "always-malloc", 1) == 0)
    execv ("/proc/self/exe", argv);

  if (argc == 3 && (g_str_equal (argv[1], "--time-floor") || g_str_equal (argv[1], "--time-load") ||
                    g_str_equal (argv[1], "--rss-failed") || g_str_equal (argv[1], "--rss-cancel")))
    return child_main (argv[1], argv[2]);

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--events") && i + 1 < argc)
        only = (guint) g_ascii_strtoull (argv[++i], NULL, 10);
      else
        g_ptr_array_add (measures, argv[i]);
    }
  g_ptr_array_add (measures, NULL);

  if (wanted ((const char * const *) measures->pdata, "startup"))
    bench_startup ();
  if (measures->len == 2 && g_str_equal (g_ptr_array_index (measures, 0), "startup"))
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (only == 0 || only == sizes[i])
      bench_size (argv[0], sizes[i], (const char * const *) measures->pdata);
  if (only != 0 && only != 1000 && only != 10000 && only != 100000 && only != 1000000)
    bench_size (argv[0], only, (const char * const *) measures->pdata);

  return 0;
}
