/* test-render.c — draws the bundled dataset offscreen and looks at the pixels.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "chronicle-date-format.h"
#include "chronicle-loader.h"
#include "chronicle-timeline-renderer.h"

#define WIDTH 1600
#define HEIGHT 1000

typedef struct
{
  ChronicleDataset          *dataset;
  ChronicleLaneLayout       *layout;
  ChronicleTimeScale        *scale;
  ChronicleTimelineRenderer *renderer;
  cairo_surface_t           *surface;
} Render;

/* Lays @r->dataset out by @group_by and draws it from @first to @last (days) at
 * WIDTH × HEIGHT, as the canvas does. */
static void
render_dataset (Render           *r,
                ChronicleGroupBy  group_by,
                double            first,
                double            last)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 11");
  ChronicleTimelineStyle style;
  PangoContext *context;
  cairo_t *cr;

  r->layout = chronicle_lane_layout_new ();
  chronicle_lane_layout_compute (r->layout, r->dataset, NULL, group_by, 7);

  r->scale = chronicle_time_scale_new ();
  chronicle_time_scale_set_span_limits (r->scale, 1, 1e6);
  chronicle_time_scale_set_width (r->scale, WIDTH);
  chronicle_time_scale_set_visible (r->scale, first, last);

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);

  r->renderer = chronicle_timeline_renderer_new ();
  chronicle_timeline_style_init_default (&style, FALSE);
  chronicle_timeline_renderer_set_style (r->renderer, &style);
  chronicle_timeline_renderer_set_font (r->renderer, context, 1.0);
  g_object_unref (context);
  chronicle_timeline_renderer_set_scale (r->renderer, r->scale);
  chronicle_timeline_renderer_set_data (r->renderer, r->dataset, r->layout, NULL);

  r->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (r->surface);
  chronicle_timeline_renderer_draw (r->renderer, cr, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (r->surface);
}

static void
render_grouped (Render           *r,
                ChronicleGroupBy  group_by)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *png = NULL;

  r->dataset = chronicle_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  render_dataset (r, group_by, chronicle_days_from_civil (2022, 12, 1), chronicle_days_from_civil (2024, 1, 1));

  /* Kept for people to look at: build/tests/render-bundled.png */
  png = g_test_build_filename (G_TEST_BUILT, "render-bundled.png", NULL);
  g_assert_cmpint (cairo_surface_write_to_png (r->surface, png), ==, CAIRO_STATUS_SUCCESS);
}

static void
render_bundled (Render *r)
{
  render_grouped (r, CHRONICLE_GROUP_BY_KIND);
}

static void
render_clear (Render *r)
{
  cairo_surface_destroy (r->surface);
  g_clear_object (&r->renderer);
  g_clear_object (&r->scale);
  g_clear_object (&r->layout);
  g_clear_object (&r->dataset);
}

static void
pixel (Render *r,
       int     x,
       int     y,
       double *red,
       double *green,
       double *blue)
{
  const guint8 *data = cairo_image_surface_get_data (r->surface);
  int stride = cairo_image_surface_get_stride (r->surface);
  guint32 p = *(const guint32 *) (data + y * stride + x * 4);

  *red = ((p >> 16) & 0xff) / 255.0;
  *green = ((p >> 8) & 0xff) / 255.0;
  *blue = (p & 0xff) / 255.0;
}

/* The centre of an event's marker: its start, in the middle of its row. */
static void
marker_centre (Render     *r,
               const char *id,
               int        *x,
               int        *y)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (r->dataset);
  guint position, row;

  g_assert_true (chronicle_event_store_find (store, id, &position));
  g_assert_true (chronicle_scene_find_row (chronicle_timeline_renderer_get_scene (r->renderer), position, &row));
  *x = (int) round (chronicle_time_scale_to_x (r->scale, chronicle_event_get_first_day (chronicle_event_store_get_event (store, position))));
  *y = (int) (chronicle_timeline_renderer_get_axis_height (r->renderer) +
              chronicle_timeline_renderer_get_row_y (r->renderer, row) +
              chronicle_timeline_renderer_get_row_height (r->renderer) / 2);
}

static void
assert_kind_colour_at (Render     *r,
                       const char *id,
                       double      er,
                       double      eg,
                       double      eb)
{
  double red, green, blue;
  int x, y;

  marker_centre (r, id, &x, &y);
  g_test_message ("%s at %d,%d", id, x, y);
  g_assert_cmpint (x, >, 0);
  g_assert_cmpint (x, <, WIDTH);
  pixel (r, x, y, &red, &green, &blue);
  g_assert_cmpfloat_with_epsilon (red, er, 0.08);
  g_assert_cmpfloat_with_epsilon (green, eg, 0.08);
  g_assert_cmpfloat_with_epsilon (blue, eb, 0.08);
}

static void
test_render_markers (void)
{
  Render r = { 0 };

  render_bundled (&r);
  /* The kinds' own colours, at the expected x of known events. */
  assert_kind_colour_at (&r, "tonga-relations", 0x26 / 255.0, 0xa2 / 255.0, 0x69 / 255.0);
  assert_kind_colour_at (&r, "trong-biden-call-2023", 0x81 / 255.0, 0x3d / 255.0, 0x9c / 255.0);
  assert_kind_colour_at (&r, "biden-2023", 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0);
  render_clear (&r);
}

/* Draws @json (a Chronicle file) from @first to @last (days) at WIDTH × HEIGHT. */
static void
render_json (Render     *r,
             const char *json,
             double      first,
             double      last)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;

  r->dataset = chronicle_loader_load_bytes (loader, bytes, "test.json", NULL, &error);
  g_assert_no_error (error);
  render_dataset (r, CHRONICLE_GROUP_BY_KIND, first, last);
}

/* Where event @id is drawn: from *@x0 to *@x1, the middle of its row at *@y. */
static void
event_span (Render     *r,
            const char *id,
            double     *x0,
            double     *x1,
            int        *y)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (r->dataset);
  ChronicleEvent *event;
  guint position, row;

  g_assert_true (chronicle_event_store_find (store, id, &position));
  event = chronicle_event_store_get_event (store, position);
  g_assert_true (chronicle_scene_find_row (chronicle_timeline_renderer_get_scene (r->renderer), position, &row));
  *x0 = chronicle_time_scale_to_x (r->scale, chronicle_event_get_start_position (event));
  *x1 = chronicle_time_scale_to_x (r->scale, chronicle_event_get_end_position (event));
  *y = (int) (chronicle_timeline_renderer_get_axis_height (r->renderer) + chronicle_timeline_renderer_get_row_y (r->renderer, row) +
              chronicle_timeline_renderer_get_row_height (r->renderer) / 2);
}

/* How many pixels in the columns [@x_from, @x_to) and the rows @y ± @dy are in the
 * test kind's blue (#1c71d8). */
static guint
count_blue (Render *r,
            int     x_from,
            int     x_to,
            int     y,
            int     dy)
{
  guint coloured = 0;

  for (int x = x_from; x < x_to; x++)
    for (int yy = y - dy; yy <= y + dy; yy++)
      {
        double red, green, blue;

        pixel (r, x, yy, &red, &green, &blue);
        coloured += fabs (red - 0x1c / 255.0) < 0.15 && fabs (green - 0x71 / 255.0) < 0.15 && fabs (blue - 0xd8 / 255.0) < 0.15;
      }
  return coloured;
}

/* A span too short at this zoom for a bar with a label inside still shows how long it
 * lasts: "July 1943 – 1946" over 150 years is about 25 pixels, drawn as a line in its
 * kind's colour from the marker to its end, never as one day. */
static void
test_render_short_span (void)
{
  static const char json[] =
    "{\"kinds\": [{\"id\": \"k\", \"label\": \"K\", \"color\": \"#1c71d8\"}],"
    " \"events\": ["
    "  {\"id\": \"a\", \"kind\": \"k\", \"title\": \"Early\", \"start\": \"1850\"},"
    "  {\"id\": \"span\", \"kind\": \"k\", \"title\": \"The women who made it work\", \"start\": \"1943-07\", \"end\": \"1946\"},"
    "  {\"id\": \"z\", \"kind\": \"k\", \"title\": \"Late\", \"start\": \"2000\"}]}";
  Render r = { 0 };
  double x0, x1, em = 11 * 96 / 72.0;
  int y;

  render_json (&r, json, chronicle_days_from_civil (1840, 1, 1), chronicle_days_from_civil (2010, 1, 1));
  event_span (&r, "span", &x0, &x1, &y);
  /* Shorter than a bar with a label inside, longer than the marker. */
  g_assert_cmpfloat (x1 - x0, <, 2.5 * em);
  g_assert_cmpfloat (x1 - x0, >, em);
  /* Past the marker (half an em wide at most), up to where the year-precision end fades. */
  g_assert_cmpuint (count_blue (&r, (int) ceil (x0 + em * 0.6), (int) (x1 - (x1 - x0) / 3), y, 0), >=, 3);
  render_clear (&r);
}

/* A single day, at a zoom where a day is a little wider than the marker, is its
 * marker alone: no stub of a line with an end stroke beside the marker, which read as
 * a glitch (the new user's review, presenting "Sputnik 1 launched" at day zoom). */
static void
test_render_single_day (void)
{
  static const char json[] =
    "{\"kinds\": [{\"id\": \"k\", \"label\": \"K\", \"color\": \"#1c71d8\"}],"
    " \"events\": ["
    "  {\"id\": \"day\", \"kind\": \"k\", \"title\": \"One day\", \"start\": \"1957-10-04\"},"
    "  {\"id\": \"z\", \"kind\": \"k\", \"title\": \"Later\", \"start\": \"1957-11-03\"}]}";
  Render r = { 0 };
  double x0, x1, em = 11 * 96 / 72.0;
  int y;

  /* 80 days over the width: a day is about 1.6 em. */
  render_json (&r, json, chronicle_days_from_civil (1957, 9, 25), chronicle_days_from_civil (1957, 12, 14));
  event_span (&r, "day", &x0, &x1, &y);
  g_assert_cmpfloat (x1 - x0, >, em);
  g_assert_cmpfloat (x1 - x0, <, 2.5 * em);
  /* Past the marker (half an em wide at most) to the day's end: nothing in its colour. */
  g_assert_cmpuint (count_blue (&r, (int) ceil (x0 + em * 0.6), (int) x1 + 1, y, 3), ==, 0);
  render_clear (&r);
}

/* The selection's ring goes round the marker, never over its label's first letters,
 * even where a day is wider than the marker. */
static void
test_render_ring_clear_of_label (void)
{
  static const char json[] =
    "{\"events\": ["
    "  {\"id\": \"a\", \"kind\": \"k\", \"title\": \"32nd National Diplomatic Conference\", \"start\": \"2023-12-19\"},"
    "  {\"id\": \"b\", \"kind\": \"k\", \"title\": \"Before\", \"start\": \"2023-12-26\"}]}";
  Render r = { 0 };
  const ChronicleMarker *markers;
  guint n, checked = 0;

  for (int days = 400; days >= 5; days /= 3)
    {
      render_json (&r, json, chronicle_days_from_civil (2023, 12, 15), chronicle_days_from_civil (2023, 12, 15) + days);
      markers = chronicle_scene_get_markers (chronicle_timeline_renderer_get_scene (r.renderer), &n);
      for (guint i = 0; i < n; i++)
        {
          cairo_rectangle_t rect;

          if (!markers[i].labelled || markers[i].label_inside)
            continue;
          g_assert_true (chronicle_timeline_renderer_marker_rect (r.renderer, i, &rect));
          /* The ring's stroke is 3 pixels, half outside the rectangle. */
          if (markers[i].label_x >= markers[i].anchor)
            g_assert_cmpfloat (rect.x + rect.width + 1.5, <=, markers[i].label_x);
          else
            g_assert_cmpfloat (rect.x - 1.5, >=, markers[i].label_x + markers[i].label_width);
          g_assert_cmpfloat (rect.x, <=, markers[i].anchor);
          checked++;
        }
      render_clear (&r);
    }
  g_assert_cmpuint (checked, >=, 6);
}

/* Grouped by partner, the relationship levels' legend is a strip along the bottom:
 * reserved (the content scrolls past it, clicks there hit nothing) and drawn over
 * nothing else. Grouped by kind there is none. */
static void
test_render_legend_strip (void)
{
  Render r = { 0 };
  ChronicleTimelineStyle style;
  double row_h, rows_bottom, red, green, blue;
  guint marker, n_rows;
  int x, y;

  chronicle_timeline_style_init_default (&style, FALSE);

  /* By kind: the content ends a little under the last row. */
  render_bundled (&r);
  row_h = chronicle_timeline_renderer_get_row_height (r.renderer);
  n_rows = chronicle_scene_get_n_rows (chronicle_timeline_renderer_get_scene (r.renderer));
  rows_bottom = chronicle_timeline_renderer_get_row_y (r.renderer, n_rows - 1) + row_h;
  g_assert_cmpfloat (chronicle_timeline_renderer_get_content_height (r.renderer), >=, rows_bottom);
  g_assert_cmpfloat (chronicle_timeline_renderer_get_content_height (r.renderer), <, rows_bottom + row_h / 2);
  render_clear (&r);

  /* By partner: and then the legend's strip. */
  render_grouped (&r, CHRONICLE_GROUP_BY_PARTNER);
  n_rows = chronicle_scene_get_n_rows (chronicle_timeline_renderer_get_scene (r.renderer));
  rows_bottom = chronicle_timeline_renderer_get_row_y (r.renderer, n_rows - 1) + row_h;
  g_assert_cmpfloat (chronicle_timeline_renderer_get_content_height (r.renderer), >, rows_bottom + row_h / 2);
  g_assert_cmpfloat (chronicle_timeline_renderer_get_content_height (r.renderer), <, rows_bottom + 4 * row_h);

  /* The strip's corner is the header colour, not a lane's. */
  pixel (&r, WIDTH - 3, HEIGHT - 3, &red, &green, &blue);
  g_assert_cmpfloat_with_epsilon (red, style.header_background.red, 0.02);
  g_assert_cmpfloat_with_epsilon (green, style.header_background.green, 0.02);
  g_assert_cmpfloat_with_epsilon (blue, style.header_background.blue, 0.02);

  /* A click in the strip, under a marker's x, hits nothing. */
  marker_centre (&r, "us-upgrade-2023", &x, &y);
  g_assert_true (chronicle_timeline_renderer_hit (r.renderer, x, y, &marker));
  g_assert_false (chronicle_timeline_renderer_hit (r.renderer, x, HEIGHT - 3, &marker));
  render_clear (&r);
}

static void
test_render_axis (void)
{
  Render r = { 0 };
  guint ink_columns = 0, label_runs = 0;
  gboolean in_run = FALSE;
  int axis;

  render_bundled (&r);
  axis = (int) chronicle_timeline_renderer_get_axis_height (r.renderer);

  /* Month labels in the axis band: columns with dark text pixels, in separate runs. */
  for (int x = 0; x < WIDTH; x++)
    {
      gboolean ink = FALSE;

      for (int y = 2; y < axis * 0.55 && !ink; y++)
        {
          double red, green, blue;

          pixel (&r, x, y, &red, &green, &blue);
          ink = red + green + blue < 1.2;
        }
      ink_columns += ink;
      if (ink && !in_run)
        label_runs++;
      in_run = ink;
    }
  g_test_message ("%u ink columns in %u runs", ink_columns, label_runs);
  /* Thirteen months in view: a label (or more) for most of them, never a smear. */
  g_assert_cmpuint (label_runs, >=, 10);
  g_assert_cmpuint (ink_columns, <, WIDTH / 2);
  render_clear (&r);
}

/* Whether @label names a year "0 BCE" (there is none: astronomical year 0 is 1 BCE). */
static gboolean
says_year_zero_bce (const char *label)
{
  for (const char *p = strstr (label, "0 BCE"); p != NULL; p = strstr (p + 1, "0 BCE"))
    if (p == label || !g_ascii_isdigit (p[-1]))
      return TRUE;
  return FALSE;
}

/* Every step the axis can choose, ticking across the start of the era: no label says
 * "0 BCE", and BCE years read as BCE ("44 BCE", "1 BCE"), never as 0 or negative. */
static void
test_render_axis_no_year_zero (void)
{
  const ChronicleTickStep steps[] = {
    { CHRONICLE_TICK_HOUR, 6 }, { CHRONICLE_TICK_DAY, 1 }, { CHRONICLE_TICK_WEEK, 1 },
    { CHRONICLE_TICK_MONTH, 1 }, { CHRONICLE_TICK_MONTH, 3 }, { CHRONICLE_TICK_MONTH, 6 },
    { CHRONICLE_TICK_YEAR, 1 }, { CHRONICLE_TICK_YEAR, 2 }, { CHRONICLE_TICK_YEAR, 5 },
    { CHRONICLE_TICK_YEAR, 10 }, { CHRONICLE_TICK_YEAR, 20 }, { CHRONICLE_TICK_YEAR, 50 },
    { CHRONICLE_TICK_YEAR, 100 }, { CHRONICLE_TICK_YEAR, 200 }, { CHRONICLE_TICK_YEAR, 500 },
    { CHRONICLE_TICK_YEAR, 1000 }, { CHRONICLE_TICK_YEAR, 2000 }, { CHRONICLE_TICK_YEAR, 5000 },
    { CHRONICLE_TICK_YEAR, 10000 }, { CHRONICLE_TICK_YEAR, 100000 },
  };
  g_autofree char *one_bce = chronicle_year_format (0);
  g_autofree char *year_one = chronicle_year_format (1);

  g_assert_cmpstr (one_bce, ==, "1 BCE");
  g_assert_cmpstr (year_one, ==, "1");
  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      /* Around year 0: a few days for hour steps, years for month steps, millennia
       * for years. */
      double reach = steps[s].unit == CHRONICLE_TICK_YEAR ? 30 * 365.25 * steps[s].count
                   : steps[s].unit == CHRONICLE_TICK_MONTH ? 4 * 365.25 : 20;
      double zero = (double) chronicle_days_from_civil (0, 12, 31);
      guint n = 0;

      for (double day = chronicle_tick_step_floor (steps[s], zero - reach); day <= zero + reach && n < 2000;
           day = chronicle_tick_step_next (steps[s], day), n++)
        {
          g_autofree char *label = chronicle_tick_format (steps[s], day);

          if (says_year_zero_bce (label) || label[0] == '-')
            g_error ("step %d×%" G_GINT64_FORMAT ", day %g: “%s”", steps[s].unit, (gint64) steps[s].count, day, label);
        }
      g_assert_cmpuint (n, >, 2);
    }
}

/* Widgets get their font as an absolute size (pixels, text scale included) while exports
 * use points: 20 px and 15 pt at 96 dpi are the same text, and so the same rows. A
 * renderer that took the pixels for points drew everything a third larger. */
static double
row_height_for (const char *font_name,
                gboolean    absolute,
                double      size)
{
  g_autoptr(ChronicleTimelineRenderer) renderer = chronicle_timeline_renderer_new ();
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (font_name);
  double height;

  if (absolute)
    pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  else
    pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);
  chronicle_timeline_renderer_set_font (renderer, context, 1.0);
  height = chronicle_timeline_renderer_get_row_height (renderer);
  g_object_unref (context);
  return height;
}

static void
test_render_font_units (void)
{
  double points = row_height_for ("Sans", FALSE, 15);
  double pixels = row_height_for ("Sans", TRUE, 20);
  double doubled = row_height_for ("Sans", TRUE, 40);

  g_assert_cmpfloat (fabs (points - pixels), <=, 1);
  /* Text at 200% doubles the rows. */
  g_assert_cmpfloat (fabs (doubled - 2 * pixels), <=, 2);
}

/* Era names against the axis band they are drawn on: at least WCAG AA's 4.5:1 in the
 * default palettes and in those the widget resolves from libadwaita's light, dark and
 * high-contrast styles (style.css: dim text is alpha(@view_fg_color, 0.45) over
 * @headerbar_bg_color), and the full foreground in high contrast. */
static void
test_render_era_label_contrast (void)
{
  static const struct {
    const char    *name;
    ChronicleColor background, foreground, dim, axis;
    gboolean       high_contrast;
  } palettes[] = {
    { "adwaita light", { 1, 1, 1, 1 }, { 0, 0, 0, 0.8 }, { 0, 0, 0, 0.8 * 0.45 },
      { 0xeb / 255.0, 0xeb / 255.0, 0xeb / 255.0, 1 }, FALSE },
    { "adwaita dark", { 0x1e / 255.0, 0x1e / 255.0, 0x1e / 255.0, 1 }, { 1, 1, 1, 1 }, { 1, 1, 1, 0.45 },
      { 0x30 / 255.0, 0x30 / 255.0, 0x30 / 255.0, 1 }, FALSE },
    { "adwaita high contrast", { 1, 1, 1, 1 }, { 0, 0, 0, 1 }, { 0, 0, 0, 0.45 },
      { 0xeb / 255.0, 0xeb / 255.0, 0xeb / 255.0, 1 }, TRUE },
    { "adwaita dark high contrast", { 0x1e / 255.0, 0x1e / 255.0, 0x1e / 255.0, 1 }, { 1, 1, 1, 1 },
      { 1, 1, 1, 0.45 }, { 0x30 / 255.0, 0x30 / 255.0, 0x30 / 255.0, 1 }, TRUE },
    /* A theme whose dim text is barely there. */
    { "faint", { 1, 1, 1, 1 }, { 0.2, 0.2, 0.2, 1 }, { 0.2, 0.2, 0.2, 0.1 }, { 0.95, 0.95, 0.95, 1 }, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (palettes) + 2; i++)
    {
      ChronicleTimelineStyle style;
      ChronicleColor label;
      double contrast;

      /* The two defaults (light, dark: what exports use), then the table. */
      chronicle_timeline_style_init_default (&style, i == 1);
      if (i >= 2)
        {
          style.background = palettes[i - 2].background;
          style.foreground = palettes[i - 2].foreground;
          style.dim_foreground = palettes[i - 2].dim;
          style.axis_background = palettes[i - 2].axis;
          style.high_contrast = palettes[i - 2].high_contrast;
        }
      label = chronicle_timeline_style_get_era_label_color (&style);
      contrast = chronicle_color_contrast (&label, &style.axis_background);
      g_test_message ("%s: era names at %.2f:1", i >= 2 ? palettes[i - 2].name : i == 1 ? "default dark" : "default light",
                      contrast);
      g_assert_cmpfloat (label.alpha, ==, 1);
      g_assert_cmpfloat (contrast, >=, 4.5);
      if (style.high_contrast)
        g_assert_cmpfloat (contrast, >=, 7);
      /* Still secondary text where the theme allows: no stronger than the foreground. */
      {
        ChronicleColor fg = style.foreground;

        fg.red = fg.red * fg.alpha + style.axis_background.red * (1 - fg.alpha);
        fg.green = fg.green * fg.alpha + style.axis_background.green * (1 - fg.alpha);
        fg.blue = fg.blue * fg.alpha + style.axis_background.blue * (1 - fg.alpha);
        fg.alpha = 1;
        g_assert_cmpfloat (contrast, <=, chronicle_color_contrast (&fg, &style.axis_background) + 1e-9);
      }
    }

  /* The ratio itself: black on white is 21:1, a colour on itself 1:1. */
  {
    ChronicleColor black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };

    g_assert_cmpfloat_with_epsilon (chronicle_color_contrast (&black, &white), 21, 1e-9);
    g_assert_cmpfloat_with_epsilon (chronicle_color_contrast (&white, &white), 1, 1e-9);
  }
}

/* Projected (presentation: everything about twice as large, 1920 × 1080 with the
 * caption under the board), the board has about one row a lane, so a lane's name has
 * one line: it is whole, the gutter wide enough for it ("Diplomatic relations e…",
 * "Agreement or joint sta…" were cut at a fifth of the width, while the window, with
 * two rows for them, wrapped them whole). */
static void
test_render_presentation_lane_names (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "vietnam-diplomacy-2021-2023.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_file (loader, file, NULL, &error);
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  g_autoptr(ChronicleTimelineRenderer) renderer = chronicle_timeline_renderer_new ();
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 11");
  g_autoptr(PangoFontDescription) bold = pango_font_description_from_string ("Sans Bold");
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoLayout) text = NULL;
  ChronicleScene *scene;
  ChronicleTimelineStyle style;
  const double zoom = 2.17, width = 1920, height = 700;
  double gutter, row_h, pad;
  guint one_line = 0;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);

  g_assert_no_error (error);
  chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_KIND, 7);
  chronicle_time_scale_set_span_limits (scale, 1, 1e6);
  chronicle_time_scale_set_width (scale, width);
  chronicle_time_scale_set_visible (scale, chronicle_days_from_civil (2020, 11, 1), chronicle_days_from_civil (2023, 12, 1));
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);
  chronicle_timeline_style_init_default (&style, FALSE);
  chronicle_timeline_renderer_set_style (renderer, &style);
  chronicle_timeline_renderer_set_font (renderer, context, zoom);
  chronicle_timeline_renderer_set_scale (renderer, scale);
  chronicle_timeline_renderer_set_data (renderer, dataset, layout, NULL);
  chronicle_timeline_renderer_draw (renderer, cr, width, height);

  /* The lane names' font: bold, 0.85 of the labels'. */
  pango_font_description_set_size (bold, (int) (11 * zoom * 0.85 * PANGO_SCALE));
  text = pango_layout_new (context);
  pango_layout_set_font_description (text, bold);
  gutter = chronicle_timeline_renderer_get_gutter (renderer);
  row_h = chronicle_timeline_renderer_get_row_height (renderer);
  pad = row_h / 1.45 * 0.6;  /* 0.6 em each side */
  scene = chronicle_timeline_renderer_get_scene (renderer);
  g_assert_cmpfloat (chronicle_time_scale_get_origin (scale), ==, gutter);
  /* Time keeps most of the width. */
  g_assert_cmpfloat (gutter, <=, width * 0.3);
  for (guint g = 0; g < chronicle_scene_get_n_groups (scene); g++)
    {
      const ChronicleSceneGroup *group = chronicle_scene_get_group (scene, g);
      double y = chronicle_timeline_renderer_get_axis_height (renderer) +
                 chronicle_timeline_renderer_get_row_y (renderer, group->first_row) + row_h / 2;
      g_autofree char *name = chronicle_timeline_renderer_get_lane_name_at (renderer, gutter / 2, y);
      int w, h;

      g_assert_nonnull (name);
      pango_layout_set_text (text, name, -1);
      pango_layout_get_pixel_size (text, &w, &h);
      if (group->n_rows * row_h >= 2 * h)
        continue;  /* room to wrap */
      one_line++;
      g_test_message ("%s: %d px in %.0f px", name, w, gutter - 2 * pad);
      g_assert_cmpfloat (w, <=, gutter - 2 * pad + 2);
    }
  g_assert_cmpuint (one_line, >=, 8);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);
}

/* Magenta (#ff00ff, the test kind's colour) pixels of @surface in columns
 * [@x0, @x1): its bars' outlines and its markers, not their pale fill. */
static guint
count_magenta (cairo_surface_t *surface,
               int              x0,
               int              x1)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 p = *(const guint32 *) (data + y * stride + x * 4);

        n += ((p >> 16) & 0xff) > 150 && ((p >> 8) & 0xff) < 150 && (p & 0xff) > 150;
      }
  return n;
}

/* A page of rows (exports, print) draws its rows only: a bar is a little taller than
 * its row, and that of the row before the page showed a sliver of its lower edge at
 * the top of the next page, across the year. Here a year's bar in the first row and
 * a January event under it, a page each: the second page has nothing in the year's
 * last three quarters; the first has the whole bar, its lower edge too. */
static void
test_render_page_rows (void)
{
  static const char json[] =
    "{\"format\": \"chronicle/1\", \"title\": \"Rows\", "
    "\"kinds\": [{\"id\": \"m\", \"label\": \"Mark\", \"color\": \"#ff00ff\", \"shape\": \"circle\"}], "
    "\"events\": [{\"id\": \"a\", \"kind\": \"m\", \"start\": \"2023-01-01\", \"end\": \"2023-12-31\", "
    "\"title\": \"A year\"}, {\"id\": \"b\", \"kind\": \"m\", \"start\": \"2023-01-20\", \"title\": \"In January\"}]}";
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(ChronicleLoader) loader = chronicle_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChronicleDataset) dataset = chronicle_loader_load_bytes (loader, bytes, "rows.json", NULL, &error);
  g_autoptr(ChronicleLaneLayout) layout = chronicle_lane_layout_new ();
  g_autoptr(ChronicleTimeScale) scale = chronicle_time_scale_new ();
  g_autoptr(ChronicleTimelineRenderer) renderer = chronicle_timeline_renderer_new ();
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  ChronicleTimelineStyle style;
  PangoContext *context;
  const int w = 800, h = 400;
  guint on_page[2];

  g_assert_no_error (error);
  chronicle_lane_layout_compute (layout, dataset, NULL, CHRONICLE_GROUP_BY_KIND, 1);
  chronicle_time_scale_set_span_limits (scale, 1, 1e6);
  chronicle_time_scale_set_width (scale, w);
  chronicle_time_scale_set_visible (scale, chronicle_days_from_civil (2022, 12, 20), chronicle_days_from_civil (2024, 1, 10));
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_font_description (context, font);
  chronicle_timeline_style_init_default (&style, FALSE);
  chronicle_timeline_renderer_set_style (renderer, &style);
  chronicle_timeline_renderer_set_font (renderer, context, 1.0);
  g_object_unref (context);
  chronicle_timeline_renderer_set_scale (renderer, scale);
  chronicle_timeline_renderer_set_row_budget (renderer, 100000);
  chronicle_timeline_renderer_set_data (renderer, dataset, layout, NULL);
  chronicle_timeline_renderer_set_size (renderer, w, h);
  g_assert_cmpuint (chronicle_timeline_renderer_paginate_rows (renderer, h, rows), ==, 1);
  g_assert_cmpuint (chronicle_scene_get_n_rows (chronicle_timeline_renderer_get_scene (renderer)), ==, 2);

  for (guint row = 0; row < 2; row++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
      cairo_t *cr = cairo_create (surface);
      int from = (int) round (chronicle_time_scale_to_x (scale, chronicle_days_from_civil (2023, 4, 1)));
      int to = (int) round (chronicle_time_scale_to_x (scale, chronicle_days_from_civil (2023, 12, 1)));

      chronicle_timeline_renderer_draw_rows (renderer, cr, w, h, row, row + 1);
      cairo_destroy (cr);
      on_page[row] = count_magenta (surface, from, to);
      g_test_message ("a page of row %u: %u magenta pixels from April to November", row, on_page[row]);
      cairo_surface_destroy (surface);
    }
  /* The bar's lower edge, 2 pixels high, across eight months (its upper one is under
   * the axis's line). */
  g_assert_cmpuint (on_page[0], >=, (guint) (chronicle_time_scale_to_x (scale, chronicle_days_from_civil (2023, 12, 1)) -
                                             chronicle_time_scale_to_x (scale, chronicle_days_from_civil (2023, 4, 1))) * 2 - 10);
  g_assert_cmpuint (on_page[1], ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/render/markers", test_render_markers);
  g_test_add_func ("/chronicle/render/short-span", test_render_short_span);
  g_test_add_func ("/chronicle/render/single-day", test_render_single_day);
  g_test_add_func ("/chronicle/render/ring-clear-of-label", test_render_ring_clear_of_label);
  g_test_add_func ("/chronicle/render/axis", test_render_axis);
  g_test_add_func ("/chronicle/render/legend-strip", test_render_legend_strip);
  g_test_add_func ("/chronicle/render/font-units", test_render_font_units);
  g_test_add_func ("/chronicle/render/era-label-contrast", test_render_era_label_contrast);
  g_test_add_func ("/chronicle/render/axis-no-year-zero", test_render_axis_no_year_zero);
  g_test_add_func ("/chronicle/render/presentation-lane-names", test_render_presentation_lane_names);
  g_test_add_func ("/chronicle/render/page-rows", test_render_page_rows);

  return g_test_run ();
}
