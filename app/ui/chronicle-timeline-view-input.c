/* chronicle-timeline-view-input.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-timeline-view"

#include "config.h"

#include "chronicle-timeline-view-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "chronicle-date-format.h"

/* The timeline's input: zoom (Ctrl+scroll about the pointer, pinch, Ctrl+=/-/0), pan
 * (drag with momentum, horizontal scroll, Ctrl+arrows), Shift+drag to pick a range,
 * click and arrow keys to select, the popover that lists a cluster's events, and the
 * tooltips. The timeline.* actions and their keys are installed here. */

/* ---- cluster popover ------------------------------------------------------------- */

static void
on_cluster_row_activated_cb (ChronicleTimelineView *self,
                             GtkListBoxRow         *row,
                             GtkListBox            *list)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position"));
  ChronicleEvent *event = _chronicle_timeline_view_get_event (self, position);

  gtk_popover_popdown (GTK_POPOVER (self->cluster_popover));
  _chronicle_timeline_view_select_position (self, position, FALSE);
  chronicle_timeline_view_show_event (self, event, 14, TRUE);
  _chronicle_timeline_view_emit_event_activated (self, event);
}

/* The canvas's tooltips come back when the cluster's list goes. */
static void
on_cluster_popover_closed_cb (ChronicleTimelineView *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

void
_chronicle_timeline_view_show_cluster (ChronicleTimelineView *self,
                                       guint                  marker_index)
{
  const ChronicleMarker *markers;
  const ChronicleMarker *m;
  ChronicleScene *pass = chronicle_timeline_renderer_get_scene (self->renderer);
  cairo_rectangle_t rect;
  GtkWidget *scrolled, *list, *box, *heading;
  g_autofree char *title = NULL;
  guint positions[300];
  guint n, n_positions;

  markers = chronicle_scene_get_markers (pass, &n);
  if (marker_index >= n)
    return;
  m = &markers[marker_index];

  if (self->cluster_popover != NULL)
    gtk_widget_unparent (self->cluster_popover);
  self->cluster_popover = gtk_popover_new ();
  gtk_widget_set_parent (self->cluster_popover, GTK_WIDGET (self));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* Translators: the heading of the list of events in a cluster. */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event here", "%u events here", m->count), m->count);
  heading = gtk_label_new (title);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* At most a few hundred rows: beyond that, zooming in is the better way. */
  n_positions = chronicle_scene_get_marker_events (pass, marker_index, positions, G_N_ELEMENTS (positions));
  for (guint k = 0; k < n_positions; k++)
    {
      guint position = positions[k];
      ChronicleEvent *event = _chronicle_timeline_view_get_event (self, position);
      g_autofree char *date = chronicle_date_format_range (chronicle_event_get_start (event), chronicle_event_get_end (event));
      GtkWidget *row = adw_action_row_new ();

      /* Event text is plain text, never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), chronicle_event_get_translated (event, self->language, "title"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "position", GUINT_TO_POINTER (position));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_cluster_row_activated_cb), self, G_CONNECT_SWAPPED);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_widget_set_size_request (scrolled, 320, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (self->cluster_popover), box);

  chronicle_timeline_renderer_marker_rect (self->renderer, marker_index, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->cluster_popover),
                               &(GdkRectangle) { (int) rect.x, (int) rect.y, (int) rect.width, (int) rect.height });
  g_signal_connect_object (self->cluster_popover, "closed", G_CALLBACK (on_cluster_popover_closed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_popover_popup (GTK_POPOVER (self->cluster_popover));
  /* The tooltip of the "+N" under the pointer would sit on top of the list: it goes
   * (asked again, the canvas has none to give) and none comes while the list is open. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), FALSE);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
activate_at (ChronicleTimelineView *self,
             double                 x,
             double                 y)
{
  const ChronicleMarker *markers;
  guint marker, n;

  if (!chronicle_timeline_renderer_hit (self->renderer, x, y, &marker))
    return;
  markers = chronicle_scene_get_markers (chronicle_timeline_renderer_get_scene (self->renderer), &n);
  if (markers[marker].count > 1)
    _chronicle_timeline_view_show_cluster (self, marker);
  else
    {
      guint position = chronicle_scene_get_event (chronicle_timeline_renderer_get_scene (self->renderer),
                                                        markers[marker].first);

      _chronicle_timeline_view_select_position (self, position, FALSE);
      _chronicle_timeline_view_emit_event_activated (self, _chronicle_timeline_view_get_event (self, position));
    }
}

/* ---- event handlers -------------------------------------------------------------- */

static gboolean
on_scroll_cb (ChronicleTimelineView    *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  if (state & GDK_CONTROL_MASK)
    {
      /* Zoom about the pointer: the day under it stays put. */
      _chronicle_timeline_view_zoom_about (self, exp (-dy * (wheel ? 0.18 : 0.01)), self->pointer_x, FALSE);
      return TRUE;
    }
  if (state & GDK_SHIFT_MASK)
    dx = dy, dy = 0;
  if (fabs (dx) > fabs (dy) && dx != 0)
    {
      /* Content follows the fingers: in RTL, later days are to the left. */
      if (chronicle_time_scale_get_mirrored (self->scale))
        dx = -dx;
      chronicle_time_scale_pan (self->scale, dx * (wheel ? 60 : 1));
      return TRUE;
    }
  /* Vertical: the scrolled window scrolls the lanes. */
  return FALSE;
}

static void
on_motion_cb (ChronicleTimelineView    *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  guint marker;
  int hover = -1;

  self->pointer_x = x;
  self->pointer_y = y;
  if (chronicle_timeline_renderer_hit (self->renderer, x, y, &marker))
    hover = (int) marker;
  if (hover != self->hover_marker)
    {
      self->hover_marker = hover;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave_cb (ChronicleTimelineView    *self,
             GtkEventControllerMotion *controller)
{
  if (self->hover_marker != -1)
    {
      self->hover_marker = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_drag_begin_cb (ChronicleTimelineView *self,
                  double                 x,
                  double                 y,
                  GtkGestureDrag        *gesture)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->animation != NULL)
    adw_animation_skip (self->animation);
  self->drag_start_begin = chronicle_time_scale_get_start (self->scale);
  self->drag_start_end = chronicle_time_scale_get_end (self->scale);
  self->drag_last_x = 0;
  self->drag_last_time = g_get_monotonic_time ();
  self->drag_velocity = 0;
  self->range_dragging = (state & GDK_SHIFT_MASK) != 0;
  if (self->range_dragging)
    {
      self->range_x0 = self->range_x1 = x;
      self->has_range = FALSE;
    }
}

static void
on_drag_update_cb (ChronicleTimelineView *self,
                   double                 offset_x,
                   double                 offset_y,
                   GtkGestureDrag        *gesture)
{
  gint64 now = g_get_monotonic_time ();

  if (self->range_dragging)
    {
      double x;

      gtk_gesture_drag_get_start_point (gesture, &x, NULL);
      self->range_x1 = x + offset_x;
      self->has_range = fabs (self->range_x1 - self->range_x0) > 3;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  if (fabs (offset_x) < 3 && fabs (offset_y) < 3)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  {
    double per_px = (self->drag_start_end - self->drag_start_begin) / MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
    double shift = (chronicle_time_scale_get_mirrored (self->scale) ? offset_x : -offset_x) * per_px;

    chronicle_time_scale_set_visible (self->scale, self->drag_start_begin + shift, self->drag_start_end + shift);
  }
  if (self->vadjustment != NULL && fabs (offset_y) > 3)
    gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment) - (offset_y - 0));
  if (now > self->drag_last_time)
    self->drag_velocity = 0.7 * ((offset_x - self->drag_last_x) / (double) (now - self->drag_last_time)) + 0.3 * self->drag_velocity;
  self->drag_last_x = offset_x;
  self->drag_last_time = now;
}

static void
on_drag_end_cb (ChronicleTimelineView *self,
                double                 offset_x,
                double                 offset_y,
                GtkGestureDrag        *gesture)
{
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);

  if (self->range_dragging)
    {
      self->range_dragging = FALSE;
      self->has_range = fabs (offset_x) > 3;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      _chronicle_timeline_view_emit_range_changed (self);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-to-range", self->has_range);
      return;
    }

  if (fabs (offset_x) < 3 && fabs (offset_y) < 3)
    {
      activate_at (self, x, y);
      return;
    }

  /* A quick release keeps moving: momentum panning. */
  if (fabs (self->drag_velocity) > 0.0002 && g_get_monotonic_time () - self->drag_last_time < 80000)
    {
      double per_px = chronicle_time_scale_days_per_pixel (self->scale);
      double distance = self->drag_velocity * 300000.0;   /* px travelled in 0.3 s */
      double shift = (chronicle_time_scale_get_mirrored (self->scale) ? distance : -distance) * per_px;

      _chronicle_timeline_view_animate_to (self, chronicle_time_scale_get_start (self->scale) + shift,
                  chronicle_time_scale_get_end (self->scale) + shift, -1, TRUE);
    }
}

static void
on_zoom_begin_cb (ChronicleTimelineView *self,
                  GdkEventSequence      *sequence,
                  GtkGestureZoom        *gesture)
{
  double x = self->pointer_x, y;

  gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y);
  self->zoom_anchor_x = x;
  self->zoom_begin_start = chronicle_time_scale_get_start (self->scale);
  self->zoom_begin_end = chronicle_time_scale_get_end (self->scale);
}

static void
on_zoom_scale_changed_cb (ChronicleTimelineView *self,
                          double                 scale,
                          GtkGestureZoom        *gesture)
{
  double start, end;

  chronicle_time_scale_set_visible (self->scale, self->zoom_begin_start, self->zoom_begin_end);
  chronicle_time_scale_compute_zoom (self->scale, MAX (scale, 0.01), self->zoom_anchor_x, &start, &end);
  chronicle_time_scale_set_visible (self->scale, start, end);
}

static gboolean
on_query_tooltip_cb (ChronicleTimelineView *self,
                     int                    x,
                     int                    y,
                     gboolean               keyboard,
                     GtkTooltip            *tooltip)
{
  const ChronicleMarker *markers;
  ChronicleScene *pass = chronicle_timeline_renderer_get_scene (self->renderer);
  guint marker, n;

  if (keyboard || (self->cluster_popover != NULL && gtk_widget_get_visible (self->cluster_popover)))
    return FALSE;
  if (!chronicle_timeline_renderer_hit (self->renderer, x, y, &marker))
    {
      /* A lane's name, whole (the gutter may shorten it). Plain text. */
      g_autofree char *lane = chronicle_timeline_renderer_get_lane_name_at (self->renderer, x, y);

      if (lane == NULL)
        return FALSE;
      gtk_tooltip_set_text (tooltip, lane);
      return TRUE;
    }
  markers = chronicle_scene_get_markers (pass, &n);

  if (markers[marker].count > 1)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: the tooltip of a cluster of events. */
                                                            "%u event — click to list it",
                                                            "%u events — click to list them",
                                                            markers[marker].count),
                                               markers[marker].count);
      gtk_tooltip_set_text (tooltip, text);
    }
  else
    {
      ChronicleEvent *event = chronicle_event_store_get_event (_chronicle_timeline_view_get_store (self),
                                                               chronicle_scene_get_event (pass, markers[marker].first));
      g_autofree char *date = chronicle_date_format_range (chronicle_event_get_start (event), chronicle_event_get_end (event));
      /* Plain text: titles are data, never markup. */
      g_autofree char *text = g_strdup_printf ("%s\n%s", chronicle_event_get_translated (event, self->language, "title"), date);

      gtk_tooltip_set_text (tooltip, text);
    }
  return TRUE;
}

/* ---- actions ------------------------------------------------------------------------- */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);
  /* The middle of time's part of the width (beside the lane names). */
  double centre = chronicle_time_scale_get_origin (self->scale) + chronicle_time_scale_get_width (self->scale) / 2.0;

  /* The keys zoom about the selected event while it is in view, so it stays there. */
  if (self->selected >= 0 && self->dataset != NULL)
    {
      const double *starts = chronicle_event_store_get_start_positions (_chronicle_timeline_view_get_store (self));
      double x = chronicle_time_scale_to_x (self->scale, starts[self->selected]);

      if (x >= 0 && x <= gtk_widget_get_width (widget))
        centre = x;
    }

  if (g_str_equal (action_name, "timeline.zoom-in"))
    _chronicle_timeline_view_zoom_about (self, 1.5, centre, TRUE);
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    _chronicle_timeline_view_zoom_about (self, 1 / 1.5, centre, TRUE);
  else if (g_str_equal (action_name, "timeline.zoom-fit"))
    {
      _chronicle_timeline_view_fit_content (self, TRUE);
    }
  else if (g_str_equal (action_name, "timeline.zoom-to-range") && self->has_range)
    {
      double da = chronicle_time_scale_to_day (self->scale, self->range_x0);
      double db = chronicle_time_scale_to_day (self->scale, self->range_x1);
      double a = MIN (da, db), b = MAX (da, db);

      self->has_range = FALSE;
      gtk_widget_action_set_enabled (widget, "timeline.zoom-to-range", FALSE);
      _chronicle_timeline_view_animate_to (self, a, b, -1, TRUE);
      _chronicle_timeline_view_emit_range_changed (self);
    }
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);
  double span = chronicle_time_scale_get_span (self->scale);
  double shift = g_str_equal (action_name, "timeline.pan-later") ? span / 3 : -span / 3;

  _chronicle_timeline_view_animate_to (self, chronicle_time_scale_get_start (self->scale) + shift,
              chronicle_time_scale_get_end (self->scale) + shift, -1, TRUE);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);

  if (g_str_equal (action_name, "timeline.select-next"))
    _chronicle_timeline_view_navigate (self, 1);
  else if (g_str_equal (action_name, "timeline.select-previous"))
    _chronicle_timeline_view_navigate (self, -1);
  else if (g_str_equal (action_name, "timeline.select-first"))
    _chronicle_timeline_view_navigate (self, -2);
  else if (g_str_equal (action_name, "timeline.select-last"))
    _chronicle_timeline_view_navigate (self, 2);
}

void
_chronicle_timeline_view_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-to-range", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan-earlier", NULL, pan_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan-later", NULL, pan_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-next", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-previous", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-first", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-last", NULL, select_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.zoom-to-range", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.zoom-to-range", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_CONTROL_MASK, "timeline.pan-earlier", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_CONTROL_MASK, "timeline.pan-later", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.select-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.select-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.select-first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.select-last", NULL);
}

/* Enter after a Shift+drag zooms to the range picked, whatever has the focus inside the
 * timeline: the event that holds it would otherwise take Enter first and open itself (the
 * class binding only sees keys no child handled). Without a range, Enter goes on as usual. */
static gboolean
on_key_capture_cb (ChronicleTimelineView *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  if (!self->has_range || (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "timeline.zoom-to-range", NULL);
}

void
_chronicle_timeline_view_init_input (ChronicleTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_key_capture_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (on_scroll_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion", G_CALLBACK (on_motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (on_drag_end_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_object (gesture, "begin", G_CALLBACK (on_zoom_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-to-range", FALSE);
}
