/* chronicle-overview.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-overview"

#include "config.h"

#include "chronicle-overview.h"

#include <glib/gi18n.h>
#include <math.h>

/* The strip under the canvas: a histogram of all events over the whole dataset,
 * those the filter keeps drawn stronger, with the canvas's visible window on top.
 * Dragging the window pans, dragging its edges zooms, clicking elsewhere centres the
 * view there. Bins are recomputed when data, filter or width change; drawing is
 * one rectangle per pixel column at most. */

#define EDGE 6

typedef enum { DRAG_NONE, DRAG_MOVE, DRAG_LEFT, DRAG_RIGHT } DragMode;

struct _ChronicleOverview
{
  GtkWidget           parent_instance;

  ChronicleDataset   *dataset;
  ChronicleTimeScale *scale;      /* the canvas's */
  ChronicleMatchSet  *matches;    /* what the filter keeps, held; NULL: all */
  ChronicleTimeScale *strip;      /* everything ↔ the strip's width: the same math as the canvas */
  guint              *bins;       /* all events per column */
  guint              *bins_matched;
  int                 n_bins;
  guint               max_bin;

  DragMode            drag;
  double              drag_start;
  double              drag_end;

  ChronicleSession   *session;
  GSignalGroup       *session_signals;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ChronicleOverview, chronicle_overview, GTK_TYPE_WIDGET)

static gboolean
mirrored (ChronicleOverview *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

/* Time flows in the reading direction, as on the canvas. */
static double
day_to_x (ChronicleOverview *self,
          double             day)
{
  return chronicle_time_scale_to_x (self->strip, day);
}

static double
x_to_day (ChronicleOverview *self,
          double             x)
{
  return chronicle_time_scale_to_day (self->strip, x);
}

static void
rebin (ChronicleOverview *self)
{
  ChronicleEventStore *store;
  const gint64 *starts;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  gint64 first, end;
  guint n;

  g_clear_pointer (&self->bins, g_free);
  g_clear_pointer (&self->bins_matched, g_free);
  self->n_bins = 0;
  self->max_bin = 0;
  if (self->dataset == NULL || width <= 0)
    return;

  store = chronicle_dataset_get_events (self->dataset);
  if (!chronicle_event_store_get_bounds (store, &first, &end))
    return;
  /* Everything, eras included, with 2 % of the width on each side. */
  {
    double a = (double) first, b = (double) MAX (end, first + 1);

    for (guint i = 0; i < chronicle_dataset_get_n_eras (self->dataset); i++)
      {
        const ChronicleEra *era = chronicle_dataset_get_era (self->dataset, i);

        a = MIN (a, chronicle_date_first_day (&era->start));
        b = MAX (b, chronicle_date_end_day (&era->end));
      }
    chronicle_time_scale_set_width (self->strip, width);
    chronicle_time_scale_set_mirrored (self->strip, mirrored (self));
    chronicle_time_scale_fit (self->strip, a, b);
  }
  self->n_bins = width;
  self->bins = g_new0 (guint, width);
  self->bins_matched = g_new0 (guint, width);
  starts = chronicle_event_store_get_starts (store);
  n = chronicle_event_store_get_n_events (store);

  for (guint i = 0; i < n; i++)
    {
      int bin = CLAMP ((int) day_to_x (self, (double) starts[i]), 0, width - 1);

      self->bins[bin]++;
      if (self->matches == NULL || chronicle_match_set_contains (self->matches, i))
        self->bins_matched[bin]++;
      self->max_bin = MAX (self->max_bin, self->bins[bin]);
    }
}

static void
on_scale_changed_cb (ChronicleOverview  *self,
                     ChronicleTimeScale *scale)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
chronicle_overview_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  ChronicleOverview *self = CHRONICLE_OVERVIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA bar = { 0.5, 0.5, 0.5, 0.6 }, dim = { 0.5, 0.5, 0.5, 0.2 }, accent = { 0.21, 0.52, 0.89, 1 };
  double x0, x1;

  /* Binned before drawing (on allocation and when the data or match set change):
   * drawing only reads the bins. */
  if (self->bins == NULL || self->n_bins != width || self->scale == NULL)
    return;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "overview_bar_color", &bar);
  gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "overview_dim_bar_color", &dim);
  gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color", &accent);
G_GNUC_END_IGNORE_DEPRECATIONS

  /* Square-root heights, so a lone event still shows beside a crowded month. */
  for (int i = 0; i < self->n_bins; i++)
    {
      double all, kept;

      if (self->bins[i] == 0)
        continue;
      all = sqrt ((double) self->bins[i] / self->max_bin) * (height - 6);
      kept = sqrt ((double) self->bins_matched[i] / self->max_bin) * (height - 6);
      gtk_snapshot_append_color (snapshot, &dim, &GRAPHENE_RECT_INIT (i, height - 2 - MAX (all, 2), 1, MAX (all, 2)));
      if (self->bins_matched[i] > 0)
        gtk_snapshot_append_color (snapshot, &bar, &GRAPHENE_RECT_INIT (i, height - 2 - MAX (kept, 2), 1, MAX (kept, 2)));
    }

  /* The canvas's window. */
  x0 = CLAMP (day_to_x (self, chronicle_time_scale_get_start (self->scale)), 0, width);
  x1 = CLAMP (day_to_x (self, chronicle_time_scale_get_end (self->scale)), 0, width);
  if (x1 < x0)
    {
      double t = x0;
      x0 = x1, x1 = t;
    }
  if (x1 - x0 < 3)
    x0 -= 1.5, x1 += 1.5;
  {
    GdkRGBA fill = accent;
    GskRoundedRect outline;
    const GdkRGBA colors[4] = { accent, accent, accent, accent };
    const float widths[4] = { 2, 2, 2, 2 };

    fill.alpha = 0.15;
    gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (x0, 1, x1 - x0, height - 2));
    gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x0, 1, x1 - x0, height - 2), 3);
    gtk_snapshot_append_border (snapshot, &outline, widths, colors);
  }
}

static void
chronicle_overview_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 100 : 40;
}

static void
chronicle_overview_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  rebin (CHRONICLE_OVERVIEW (widget));
}

static void
on_drag_begin_cb (ChronicleOverview *self,
                  double             x,
                  double             y,
                  GtkGestureDrag    *gesture)
{
  double x0, x1;

  if (self->scale == NULL || self->bins == NULL)
    return;
  x0 = day_to_x (self, chronicle_time_scale_get_start (self->scale));
  x1 = day_to_x (self, chronicle_time_scale_get_end (self->scale));

  /* LEFT and RIGHT name the start and end of the window in time. */
  if (fabs (x - x0) <= EDGE)
    self->drag = DRAG_LEFT;
  else if (fabs (x - x1) <= EDGE)
    self->drag = DRAG_RIGHT;
  else if (x > MIN (x0, x1) && x < MAX (x0, x1))
    self->drag = DRAG_MOVE;
  else
    {
      /* Elsewhere: centre the window there, then drag it. */
      double span = chronicle_time_scale_get_span (self->scale);
      double day = x_to_day (self, x);

      chronicle_time_scale_set_visible (self->scale, day - span / 2, day + span / 2);
      self->drag = DRAG_MOVE;
    }
  self->drag_start = chronicle_time_scale_get_start (self->scale);
  self->drag_end = chronicle_time_scale_get_end (self->scale);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_update_cb (ChronicleOverview *self,
                   double             dx,
                   double             dy,
                   GtkGestureDrag    *gesture)
{
  double days = (mirrored (self) ? -dx : dx) * chronicle_time_scale_days_per_pixel (self->strip);

  switch (self->drag)
    {
    case DRAG_MOVE:
      chronicle_time_scale_set_visible (self->scale, self->drag_start + days, self->drag_end + days);
      break;
    case DRAG_LEFT:
      chronicle_time_scale_set_visible (self->scale, MIN (self->drag_start + days, self->drag_end - 1), self->drag_end);
      break;
    case DRAG_RIGHT:
      chronicle_time_scale_set_visible (self->scale, self->drag_start, MAX (self->drag_end + days, self->drag_start + 1));
      break;
    case DRAG_NONE:
    default:
      break;
    }
}

static void
on_drag_end_cb (ChronicleOverview *self,
                double             dx,
                double             dy,
                GtkGestureDrag    *gesture)
{
  self->drag = DRAG_NONE;
}

static void
on_motion_cb (ChronicleOverview        *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  const char *cursor = NULL;

  if (self->scale != NULL && self->bins != NULL)
    {
      double x0 = day_to_x (self, chronicle_time_scale_get_start (self->scale));
      double x1 = day_to_x (self, chronicle_time_scale_get_end (self->scale));

      if (fabs (x - x0) <= EDGE || fabs (x - x1) <= EDGE)
        cursor = "ew-resize";
      else if (x > MIN (x0, x1) && x < MAX (x0, x1))
        cursor = "grab";
    }
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

/* Following a session: a thin layer over the setters. */
static void
on_session_changed_cb (ChronicleOverview *self)
{
  chronicle_overview_set_dataset (self, chronicle_session_get_dataset (self->session));
  chronicle_overview_set_match_set (self, chronicle_session_get_match_set (self->session));
}

static void
chronicle_overview_dispose (GObject *object)
{
  ChronicleOverview *self = CHRONICLE_OVERVIEW (object);

  if (self->scale != NULL)
    g_signal_handlers_disconnect_by_func (self->scale, on_scale_changed_cb, self);
  g_clear_object (&self->scale);
  g_clear_object (&self->dataset);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_pointer (&self->matches, chronicle_match_set_unref);

  G_OBJECT_CLASS (chronicle_overview_parent_class)->dispose (object);
}

static void
chronicle_overview_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, chronicle_overview_get_session (CHRONICLE_OVERVIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_overview_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      chronicle_overview_set_session (CHRONICLE_OVERVIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_overview_finalize (GObject *object)
{
  ChronicleOverview *self = CHRONICLE_OVERVIEW (object);

  g_clear_object (&self->strip);
  g_clear_pointer (&self->bins, g_free);
  g_clear_pointer (&self->bins_matched, g_free);

  G_OBJECT_CLASS (chronicle_overview_parent_class)->finalize (object);
}

static void
chronicle_overview_class_init (ChronicleOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chronicle_overview_dispose;
  object_class->finalize = chronicle_overview_finalize;
  object_class->get_property = chronicle_overview_get_property;
  object_class->set_property = chronicle_overview_set_property;
  widget_class->snapshot = chronicle_overview_snapshot;
  widget_class->measure = chronicle_overview_measure;
  widget_class->size_allocate = chronicle_overview_size_allocate;

  /**
   * ChronicleOverview:session:
   *
   * The session whose dataset and match set the strip shows.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CHRONICLE_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "overview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
chronicle_overview_init (ChronicleOverview *self)
{
  GtkGesture *gesture = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->strip = chronicle_time_scale_new ();
  chronicle_time_scale_set_span_limits (self->strip, 1, 1e13);

  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (on_drag_end_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
  g_signal_connect_object (motion, "motion", G_CALLBACK (on_motion_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overview of all events"),
                                  -1);

  self->session_signals = chronicle_session_watch_new (self, G_CALLBACK (on_session_changed_cb),
                                                       "dataset", "match-set", NULL);
}

GtkWidget *
chronicle_overview_new (void)
{
  return g_object_new (CHRONICLE_TYPE_OVERVIEW, NULL);
}

void
chronicle_overview_set_dataset (ChronicleOverview *self,
                                ChronicleDataset  *dataset)
{
  g_return_if_fail (CHRONICLE_IS_OVERVIEW (self));

  if (!g_set_object (&self->dataset, dataset))
    return;
  g_clear_pointer (&self->matches, chronicle_match_set_unref);
  rebin (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * chronicle_overview_set_match_set:
 * @matches: (nullable): what the filter keeps (held, not copied), drawn stronger;
 *   %NULL for everything. A match set of another dataset counts as %NULL.
 */
void
chronicle_overview_set_match_set (ChronicleOverview *self,
                                  ChronicleMatchSet *matches)
{
  g_return_if_fail (CHRONICLE_IS_OVERVIEW (self));

  if (matches != NULL &&
      (self->dataset == NULL || chronicle_match_set_get_n_events (matches) !=
                                chronicle_event_store_get_n_events (chronicle_dataset_get_events (self->dataset))))
    matches = NULL;
  if (self->matches == matches)
    return;
  g_clear_pointer (&self->matches, chronicle_match_set_unref);
  self->matches = matches != NULL ? chronicle_match_set_ref (matches) : NULL;
  rebin (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
chronicle_overview_set_scale (ChronicleOverview  *self,
                              ChronicleTimeScale *scale)
{
  g_return_if_fail (CHRONICLE_IS_OVERVIEW (self));

  if (self->scale == scale)
    return;
  if (self->scale != NULL)
    g_signal_handlers_disconnect_by_func (self->scale, on_scale_changed_cb, self);
  g_set_object (&self->scale, scale);
  if (scale != NULL)
    g_signal_connect_object (scale, "changed", G_CALLBACK (on_scale_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * chronicle_overview_get_session:
 *
 * Returns: (transfer none) (nullable): the session the strip follows
 */
ChronicleSession *
chronicle_overview_get_session (ChronicleOverview *self)
{
  g_return_val_if_fail (CHRONICLE_IS_OVERVIEW (self), NULL);
  return self->session;
}

void
chronicle_overview_set_session (ChronicleOverview *self,
                                ChronicleSession  *session)
{
  g_return_if_fail (CHRONICLE_IS_OVERVIEW (self));
  g_return_if_fail (session == NULL || CHRONICLE_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
