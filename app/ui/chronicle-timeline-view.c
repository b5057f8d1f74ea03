/* chronicle-timeline-view.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-timeline-view"

#include "config.h"

#include "chronicle-timeline-view-private.h"

#include <math.h>

#include "chronicle-session.h"

/* The timeline canvas, the widget itself: its properties, the session it follows, the
 * lanes laid out for the data, filter and grouping, the per-frame layout of the scene,
 * and drawing. Drawing is the renderer's (shared with export); the drawn content is
 * cached as a render node and rebuilt only when the view, the data or the style
 * changes; hover, selection and the picked range are drawn on top of it. Vertical
 * scrolling comes from a GtkScrolledWindow through GtkScrollable. Where the view goes
 * is in -camera.c, input in -input.c, accessibility in -a11y.c, looks in -style.c. */

enum {
  PROP_0,
  PROP_SELECTED_EVENT,
  PROP_ZOOM,
  PROP_SESSION,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  RANGE_CHANGED,
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (ChronicleTimelineView, chronicle_timeline_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* Layout happens once per frame, before drawing: in the frame clock's update phase the
 * scene is laid out and the event objects are shown, hidden, named, described and
 * placed; size_allocate lays out again only when the size changed (the objects follow
 * at the next frame); snapshot draws. */
static gboolean
layout_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  self->tick_id = 0;
  if (width > 0 && height > 0)
    {
      if (self->scene_dirty || width != self->laid_width || height != self->laid_height)
        {
          g_clear_pointer (&self->content, gsk_render_node_unref);
          chronicle_timeline_renderer_layout (self->renderer, width, height);
          self->scene_dirty = FALSE;
          self->laid_width = width;
          self->laid_height = height;
        }
      _chronicle_timeline_view_sync_markers (self, width, height);
      self->markers_dirty = FALSE;
      /* The objects are placed now; the canvas itself keeps its allocation. */
      chronicle_marker_pool_allocate (self->markers);
      gtk_widget_queue_draw (widget);
    }
  return G_SOURCE_REMOVE;
}

static void
schedule_layout (ChronicleTimelineView *self)
{
  self->markers_dirty = TRUE;
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), layout_tick_cb, NULL, NULL);
}

/* The scene is laid out again, then drawn again, at the next frame: changes may come
 * at any time (input, animations, other widgets' allocation), layout only in its phase. */
void
_chronicle_timeline_view_invalidate (ChronicleTimelineView *self)
{
  self->scene_dirty = TRUE;
  schedule_layout (self);
}

ChronicleEventStore *
_chronicle_timeline_view_get_store (ChronicleTimelineView *self)
{
  return self->dataset ? chronicle_dataset_get_events (self->dataset) : NULL;
}

guint
_chronicle_timeline_view_get_n_events (ChronicleTimelineView *self)
{
  return self->dataset ? chronicle_event_store_get_n_events (_chronicle_timeline_view_get_store (self)) : 0;
}

/* The event at store position @position. */
ChronicleEvent *
_chronicle_timeline_view_get_event (ChronicleTimelineView *self,
                                    guint                  position)
{
  return chronicle_event_store_get_event (_chronicle_timeline_view_get_store (self), position);
}

/* Where @event is in the dataset's store, if it is there. */
gboolean
_chronicle_timeline_view_find (ChronicleTimelineView *self,
                               ChronicleEvent        *event,
                               guint                 *position)
{
  return self->dataset != NULL &&
         chronicle_event_store_find (_chronicle_timeline_view_get_store (self), chronicle_event_get_id (event),
                                     position);
}

/* ---- layout and scrolling --------------------------------------------------- */

void
_chronicle_timeline_view_configure_vadjustment (ChronicleTimelineView *self)
{
  double page = gtk_widget_get_height (GTK_WIDGET (self)) - chronicle_timeline_renderer_get_axis_height (self->renderer);
  double upper = chronicle_timeline_renderer_get_content_height (self->renderer);

  if (self->vadjustment == NULL)
    return;
  page = MAX (page, 1);
  gtk_adjustment_configure (self->vadjustment,
                            CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, MAX (upper - page, 0)),
                            0, MAX (upper, page),
                            chronicle_timeline_renderer_get_row_height (self->renderer),
                            page * 0.9, page);
}


/* A file's opening view is where it is read: up close, labels keep within it. Not
 * while presenting, where the camera puts each event's label after its marker (and
 * labels do not turn before their markers to share rows). */
static void
update_reading_range (ChronicleTimelineView *self)
{
  gint64 view_first, view_end;

  chronicle_scene_set_turning (chronicle_timeline_renderer_get_scene (self->renderer), !self->presenting);

  if (self->dataset != NULL && !self->presenting &&
      chronicle_dataset_get_view (self->dataset, &view_first, &view_end))
    chronicle_timeline_renderer_set_reading_range (self->renderer, view_first, view_end);
  else
    chronicle_timeline_renderer_set_reading_range (self->renderer, 0, 0);
}

static void
relayout (ChronicleTimelineView *self)
{
  gint64 first, end;
  gint64 min_days;

  if (self->dataset == NULL)
    return;

  /* Rows leave room for a marker at the zoom that shows everything: recomputed when
   * data, filter or grouping change, never on zoom. */
  if (chronicle_event_store_get_bounds (_chronicle_timeline_view_get_store (self), &first, &end))
    min_days = MAX (1, (end - first) / 90);
  else
    min_days = 1;

  chronicle_lane_layout_compute (self->layout, self->dataset,
                                 _chronicle_timeline_view_hides_filtered (self) ? _chronicle_timeline_view_get_mask (self) : NULL,
                                 chronicle_timeline_view_can_group_by (self, self->group_by)
                                   ? self->group_by : CHRONICLE_GROUP_BY_KIND,
                                 min_days);
  /* The renderer borrows the mask: the view holds its match set until the next. */
  chronicle_timeline_renderer_set_data (self->renderer, self->dataset, self->layout,
                                        _chronicle_timeline_view_get_mask (self));
  update_reading_range (self);
  _chronicle_timeline_view_configure_vadjustment (self);
  _chronicle_timeline_view_invalidate (self);
}

static void
on_vadjustment_value_changed_cb (ChronicleTimelineView *self,
                                 GtkAdjustment         *adjustment)
{
  chronicle_timeline_renderer_set_scroll (self->renderer, gtk_adjustment_get_value (adjustment));
  self->hover_marker = -1;
  _chronicle_timeline_view_invalidate (self);
}

static void
set_vadjustment (ChronicleTimelineView *self,
                 GtkAdjustment         *adjustment)
{
  if (self->vadjustment == adjustment)
    return;
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_vadjustment_value_changed_cb, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    {
      g_signal_connect_object (adjustment, "value-changed",
                               G_CALLBACK (on_vadjustment_value_changed_cb), self, G_CONNECT_SWAPPED);
      _chronicle_timeline_view_configure_vadjustment (self);
    }
}

/* ---- selection ----------------------------------------------------------------- */

void
_chronicle_timeline_view_emit_event_activated (ChronicleTimelineView *self,
                                               ChronicleEvent        *event)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

void
_chronicle_timeline_view_emit_range_changed (ChronicleTimelineView *self)
{
  g_signal_emit (self, signals[RANGE_CHANGED], 0);
}

void
_chronicle_timeline_view_select_position (ChronicleTimelineView *self,
                                          gint64                 position,
                                          gboolean               follow)
{
  if (position >= (gint64) _chronicle_timeline_view_get_n_events (self))
    position = -1;
  if (self->selected == position)
    return;

  self->selected = position;
  /* The selected event is always labelled: the scene stacks again if it was not. */
  chronicle_timeline_renderer_set_selected (self->renderer, position);
  _chronicle_timeline_view_invalidate (self);
  if (position >= 0 && follow)
    chronicle_timeline_view_show_event (self, _chronicle_timeline_view_get_event (self, (guint) position),
                                        -1, TRUE);
  _chronicle_timeline_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

/* ---- GtkWidget -------------------------------------------------------------------------- */

/* Time flows in the reading direction: right to left in Arabic or Hebrew. */
static void
chronicle_timeline_view_direction_changed (GtkWidget        *widget,
                                           GtkTextDirection  previous)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);

  chronicle_time_scale_set_mirrored (self->scale, gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL);
  GTK_WIDGET_CLASS (chronicle_timeline_view_parent_class)->direction_changed (widget, previous);
}

static void
chronicle_timeline_view_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);

  /* The renderer gives the scale the width the lane names leave to time. */
  chronicle_timeline_renderer_set_size (self->renderer, width, height);
  if (self->fit_pending)
    _chronicle_timeline_view_fit_content (self, FALSE);
  /* Presenting, the text size follows the height (entering full screen changes it). */
  if (self->presenting && fabs (_chronicle_timeline_view_get_effective_zoom (self) - self->applied_zoom) > 0.01)
    _chronicle_timeline_view_update_style (self);
  _chronicle_timeline_view_configure_vadjustment (self);
  if (self->cluster_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->cluster_popover));

  /* Layout before drawing: the scene that snapshot draws and hit-testing reads… */
  if (self->scene_dirty || width != self->laid_width || height != self->laid_height)
    {
      g_clear_pointer (&self->content, gsk_render_node_unref);
      chronicle_timeline_renderer_layout (self->renderer, width, height);
      self->scene_dirty = FALSE;
      self->laid_width = width;
      self->laid_height = height;
      schedule_layout (self);
    }
  /* …and the event objects on it (placed for this scene in the next frame when the
   * size changed). */
  chronicle_marker_pool_allocate (self->markers);
}

static void
chronicle_timeline_view_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 120;
  /* The natural width sets where the window folds its sidebar: 460 + 340 ≈ 800 px. */
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 460 : 400;
}

static void
chronicle_timeline_view_focus_changed (ChronicleTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- GObject -------------------------------------------------------------------------------- */

static void
on_scale_changed_cb (ChronicleTimelineView *self,
                     ChronicleTimeScale    *scale)
{
  self->hover_marker = -1;
  _chronicle_timeline_view_invalidate (self);
}

static void
chronicle_timeline_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_EVENT:
      g_value_set_object (value, chronicle_timeline_view_get_selected_event (self));
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SESSION:
      g_value_set_object (value, chronicle_timeline_view_get_session (self));
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_timeline_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_EVENT:
      chronicle_timeline_view_set_selected_event (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      chronicle_timeline_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_SESSION:
      chronicle_timeline_view_set_session (self, g_value_get_object (value));
      break;
    case PROP_HADJUSTMENT:
      g_set_object (&self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_vadjustment (self, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_timeline_view_dispose (GObject *object)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (object);

  if (self->animation != NULL)
    adw_animation_reset (self->animation);
  g_clear_object (&self->animation);
  g_clear_pointer (&self->cluster_popover, gtk_widget_unparent);
  g_clear_handle_id (&self->describe_id, g_source_remove);
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
  if (self->markers != NULL)
    chronicle_marker_pool_clear (self->markers);
  g_clear_object (&self->markers);
  set_vadjustment (self, NULL);
  g_clear_object (&self->hadjustment);
  g_clear_pointer (&self->content, gsk_render_node_unref);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_pointer (&self->matches, chronicle_match_set_unref);

  G_OBJECT_CLASS (chronicle_timeline_view_parent_class)->dispose (object);
}

static void
chronicle_timeline_view_finalize (GObject *object)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->layout);
  g_clear_object (&self->renderer);
  g_clear_object (&self->scale);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (chronicle_timeline_view_parent_class)->finalize (object);
}

static void
chronicle_timeline_view_class_init (ChronicleTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = chronicle_timeline_view_get_property;
  object_class->set_property = chronicle_timeline_view_set_property;
  object_class->dispose = chronicle_timeline_view_dispose;
  object_class->finalize = chronicle_timeline_view_finalize;

  widget_class->snapshot = _chronicle_timeline_view_snapshot;
  widget_class->grab_focus = _chronicle_timeline_view_grab_focus;
  widget_class->focus = _chronicle_timeline_view_focus;
  widget_class->measure = chronicle_timeline_view_measure;
  widget_class->size_allocate = chronicle_timeline_view_size_allocate;
  widget_class->css_changed = _chronicle_timeline_view_css_changed;
  widget_class->direction_changed = chronicle_timeline_view_direction_changed;

  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL, CHRONICLE_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.5, 6.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleTimelineView:session:
   *
   * The session the view shows and follows: dataset, match set, selection, language,
   * lanes. Selecting in the view selects in the session.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CHRONICLE_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * ChronicleTimelineView::range-changed:
   *
   * A range was picked with Shift+drag; timeline.zoom-to-range zooms to it.
   */
  signals[RANGE_CHANGED] =
    g_signal_new ("range-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * ChronicleTimelineView::event-activated:
   * @event: the event
   *
   * The user picked @event with the pointer (a click on its marker, or its row in a
   * cluster's list), as opposed to stepping onto it with the keyboard.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CHRONICLE_TYPE_EVENT);

  _chronicle_timeline_view_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void init_session (ChronicleTimelineView *self);

static void
chronicle_timeline_view_init (ChronicleTimelineView *self)
{
  self->selected = -1;
  self->hover_marker = -1;
  self->zoom = 1;
  self->layout = chronicle_lane_layout_new ();
  self->scale = chronicle_time_scale_new ();
  self->renderer = chronicle_timeline_renderer_new ();
  chronicle_timeline_renderer_set_scale (self->renderer, self->scale);
  chronicle_time_scale_set_mirrored (self->scale, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL);
  g_signal_connect_object (self->scale, "changed", G_CALLBACK (on_scale_changed_cb), self, G_CONNECT_SWAPPED);
  _chronicle_timeline_view_init_markers (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (chronicle_timeline_view_focus_changed), NULL);

  _chronicle_timeline_view_init_input (self);
  _chronicle_timeline_view_update_accessible (self);
  init_session (self);
}

/* ---- following a session: a thin layer over the setters ---------------------------------- */

/* Whatever changed in the session, the view takes it all: each setter does nothing
 * when nothing changed for it. */
static void
on_session_changed_cb (ChronicleTimelineView *self)
{
  ChronicleSession *session = self->session;

  chronicle_timeline_view_set_language (self, chronicle_session_get_language (session));
  chronicle_timeline_view_set_group_by (self, chronicle_session_get_group_by (session));
  chronicle_timeline_view_set_hide_filtered (self, chronicle_session_get_hide_filtered (session));
  chronicle_timeline_view_set_dataset (self, chronicle_session_get_dataset (session));
  chronicle_timeline_view_set_match_set (self, chronicle_session_get_match_set (session));
  chronicle_timeline_view_set_selected_event (self, chronicle_session_get_selection (session));
}

static void
on_selected_event_cb (ChronicleTimelineView *self)
{
  if (self->session != NULL)
    chronicle_session_set_selection (self->session, chronicle_timeline_view_get_selected_event (self));
}

static void
init_session (ChronicleTimelineView *self)
{
  self->session_signals = chronicle_session_watch_new (self, G_CALLBACK (on_session_changed_cb),
                                                       "dataset", "match-set", "selection", "language",
                                                       "group-by", "hide-filtered", NULL);
  g_signal_connect (self, "notify::selected-event", G_CALLBACK (on_selected_event_cb), NULL);
}

/**
 * chronicle_timeline_view_get_session:
 *
 * Returns: (transfer none) (nullable): the session the view follows
 */
ChronicleSession *
chronicle_timeline_view_get_session (ChronicleTimelineView *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), NULL);
  return self->session;
}

void
chronicle_timeline_view_set_session (ChronicleTimelineView *self,
                                     ChronicleSession      *session)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (session == NULL || CHRONICLE_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

GtkWidget *
chronicle_timeline_view_new (void)
{
  return g_object_new (CHRONICLE_TYPE_TIMELINE_VIEW, NULL);
}

/* ---- public API -------------------------------------------------------------------------- */

void
chronicle_timeline_view_set_dataset (ChronicleTimelineView *self,
                                     ChronicleDataset      *dataset)
{
  g_autoptr(ChronicleMatchSet) old_matches = NULL;
  gint64 first, end;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (!dataset || CHRONICLE_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  /* The last dataset's match set goes once the renderer no longer borrows its mask. */
  old_matches = g_steal_pointer (&self->matches);
  self->names_partners = FALSE;
  for (guint i = 0; i < _chronicle_timeline_view_get_n_events (self) && !self->names_partners; i++)
    {
      const char * const *partners = chronicle_event_get_partners (chronicle_event_store_get_event (
                                                                     _chronicle_timeline_view_get_store (self), i));

      self->names_partners = partners != NULL && partners[0] != NULL;
    }
  self->selected = -1;
  chronicle_timeline_renderer_set_selected (self->renderer, -1);
  self->hover_marker = -1;
  self->has_range = FALSE;

  if (dataset != NULL && chronicle_event_store_get_bounds (_chronicle_timeline_view_get_store (self), &first, &end))
    {
      chronicle_time_scale_set_bounds (self->scale, first, end,
                                       chronicle_event_store_has_times (_chronicle_timeline_view_get_store (self)));
    }
  /* Laid out first: the fit measures the new data's labels. */
  relayout (self);
  /* Where the file asks to open (with room for its labels), else everything. */
  self->fit_view = dataset != NULL && chronicle_dataset_get_view (dataset, NULL, NULL);
  if (dataset != NULL)
    _chronicle_timeline_view_fit_content (self, FALSE);
  _chronicle_timeline_view_update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

/**
 * chronicle_timeline_view_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
ChronicleDataset *
chronicle_timeline_view_get_dataset (ChronicleTimelineView *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), NULL);
  return self->dataset;
}

/**
 * chronicle_timeline_view_set_match_set:
 * @matches: (nullable): what the filter keeps of the dataset (held, not copied);
 *   %NULL for everything. Events it drops are dimmed, or hidden with
 *   chronicle_timeline_view_set_hide_filtered(). A match set of another dataset
 *   counts as %NULL.
 */
void
chronicle_timeline_view_set_match_set (ChronicleTimelineView *self,
                                       ChronicleMatchSet     *matches)
{
  g_autoptr(ChronicleMatchSet) old_matches = NULL;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  if (matches != NULL &&
      (self->dataset == NULL ||
       chronicle_match_set_get_n_events (matches) != _chronicle_timeline_view_get_n_events (self)))
    matches = NULL;
  if (self->matches == matches)
    return;
  /* The old one lives until the renderer has the new mask. */
  old_matches = g_steal_pointer (&self->matches);
  self->matches = matches != NULL ? chronicle_match_set_ref (matches) : NULL;

  if (_chronicle_timeline_view_hides_filtered (self))
    relayout (self);
  else
    {
      chronicle_timeline_renderer_set_mask (self->renderer, _chronicle_timeline_view_get_mask (self));
      _chronicle_timeline_view_invalidate (self);
    }
}

/**
 * chronicle_timeline_view_has_range:
 *
 * Returns: whether a range of time picked with Shift+drag waits to be zoomed to
 */
gboolean
chronicle_timeline_view_has_range (ChronicleTimelineView *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), FALSE);

  return self->has_range;
}

/**
 * chronicle_timeline_view_get_selected_event:
 *
 * Returns: (transfer none) (nullable): the selected event
 */
ChronicleEvent *
chronicle_timeline_view_get_selected_event (ChronicleTimelineView *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), NULL);

  if (self->selected < 0 || self->dataset == NULL)
    return NULL;
  return _chronicle_timeline_view_get_event (self, (guint) self->selected);
}

void
chronicle_timeline_view_set_selected_event (ChronicleTimelineView *self,
                                            ChronicleEvent        *event)
{
  guint position = 0;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  if (event == NULL || self->dataset == NULL ||
      !_chronicle_timeline_view_find (self, event, &position) ||
      _chronicle_timeline_view_get_event (self, position) != event)
    _chronicle_timeline_view_select_position (self, -1, FALSE);
  else
    _chronicle_timeline_view_select_position (self, position, TRUE);
}

ChronicleGroupBy
chronicle_timeline_view_get_group_by (ChronicleTimelineView *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), CHRONICLE_GROUP_BY_KIND);
  return self->group_by;
}

void
chronicle_timeline_view_set_group_by (ChronicleTimelineView *self,
                                      ChronicleGroupBy       group_by)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  if (self->group_by == group_by)
    return;
  self->group_by = group_by;
  relayout (self);
}

/**
 * chronicle_timeline_view_can_group_by:
 *
 * Returns: whether the data can be laid out in lanes by @group_by: by kind always,
 *   by partner when an event names one. Asked for another, the view shows lanes by
 *   kind (and still remembers what was asked, for the next dataset).
 */
gboolean
chronicle_timeline_view_can_group_by (ChronicleTimelineView *self,
                                      ChronicleGroupBy       group_by)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), FALSE);

  return group_by == CHRONICLE_GROUP_BY_KIND || self->names_partners;
}

gboolean
chronicle_timeline_view_get_hide_filtered (ChronicleTimelineView *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), FALSE);
  return self->hide_filtered;
}

void
chronicle_timeline_view_set_hide_filtered (ChronicleTimelineView *self,
                                           gboolean               hide)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  hide = !!hide;
  if (self->hide_filtered == hide)
    return;
  self->hide_filtered = hide;
  relayout (self);
}

double
chronicle_timeline_view_get_zoom (ChronicleTimelineView *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), 1);
  return self->zoom;
}

/* How much larger than normal text and markers are drawn (presentation: 2 or more). */
void
chronicle_timeline_view_set_zoom (ChronicleTimelineView *self,
                                  double                 zoom)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  _chronicle_timeline_view_update_style (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* Drawn for a projector: outlined markers, strong text. */
void
chronicle_timeline_view_set_presenting (ChronicleTimelineView *self,
                                        gboolean               presenting)
{
  gboolean changed;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  changed = self->presenting != !!presenting;
  self->presenting = !!presenting;
  update_reading_range (self);
  _chronicle_timeline_view_update_style (self);
  /* The board shows what the show steps through: the events the filters keep. */
  if (changed && !self->hide_filtered && _chronicle_timeline_view_get_mask (self) != NULL)
    relayout (self);
}

/* Presenting, whether the board is the backdrop of a title slide, the whole story
 * behind the caption: its text then is the caption's size (see
 * _chronicle_timeline_view_get_effective_zoom()), so every lane and most labels show. */
void
chronicle_timeline_view_set_overview (ChronicleTimelineView *self,
                                      gboolean               overview)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  if (self->overview == !!overview)
    return;
  self->overview = !!overview;
  if (self->presenting)
    _chronicle_timeline_view_update_style (self);
}

/* Whether events the filters leave out are left out of the timeline (rather than
 * dimmed): as the user chose, and always while presenting, where the board shows the
 * events the show steps through. */
gboolean
_chronicle_timeline_view_hides_filtered (ChronicleTimelineView *self)
{
  return self->hide_filtered || self->presenting;
}

/* Event text in @language when the dataset translates it ("vi"), else the base text. */
void
chronicle_timeline_view_set_language (ChronicleTimelineView *self,
                                      const char            *language)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  chronicle_timeline_renderer_set_language (self->renderer, language);
  _chronicle_timeline_view_update_accessible (self);
  _chronicle_timeline_view_invalidate (self);
}
