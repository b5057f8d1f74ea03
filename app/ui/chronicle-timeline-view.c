/* chronicle-timeline-view.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-timeline-view"

#include "config.h"

#include "chronicle-timeline-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "chronicle-date-format.h"
#include "chronicle-event-marker.h"
#include "chronicle-marker-pool.h"
#include "chronicle-scene.h"
#include "chronicle-session.h"
#include "chronicle-timeline-renderer.h"

/* The timeline canvas. Drawing is the renderer's (shared with export); this widget
 * owns interaction: zoom (Ctrl+scroll about the pointer, pinch, Ctrl+=/-/0), pan
 * (drag with momentum, horizontal scroll), Shift+drag to pick a range, click and
 * arrow keys to select, a popover for clusters, tooltips, and the accessible
 * description of the selection. Vertical scrolling comes from a GtkScrolledWindow
 * through GtkScrollable.
 *
 * The drawn content is cached as a render node and rebuilt only when the view, the
 * data or the style changes; hover and selection are drawn on top of it. */

struct _ChronicleTimelineView
{
  GtkWidget                  parent_instance;

  ChronicleDataset          *dataset;
  ChronicleLaneLayout       *layout;
  ChronicleTimeScale        *scale;
  ChronicleTimelineRenderer *renderer;
  guint8                    *mask;           /* NULL: all match */
  guint8                    *layout_mask;    /* what the layout was computed with */
  ChronicleGroupBy           group_by;
  gboolean                   hide_filtered;
  double                     zoom;
  double                     applied_zoom;   /* the zoom the renderer's font was last set at */
  gboolean                   presenting;
  char                      *language;

  gint64                     selected;       /* store position, or -1 */
  gint                       hover_marker;   /* -1 when none */

  GskRenderNode             *content;
  int                        content_width;
  int                        content_height;

  GtkAdjustment             *hadjustment;
  GtkAdjustment             *vadjustment;
  guint                      hscroll_policy : 1;
  guint                      vscroll_policy : 1;

  /* Pointer and gestures */
  double                     pointer_x;
  double                     pointer_y;
  double                     drag_start_begin;
  double                     drag_start_end;
  double                     drag_last_x;
  gint64                     drag_last_time;
  double                     drag_velocity;  /* px per µs */
  gboolean                   range_dragging;
  double                     range_x0;
  double                     range_x1;
  gboolean                   has_range;
  double                     zoom_begin_start;
  double                     zoom_begin_end;
  double                     zoom_anchor_x;

  AdwAnimation              *animation;
  double                     anim_from_start, anim_from_end;
  double                     anim_to_start, anim_to_end;
  double                     anim_anchor;    /* fraction of the width kept still, or < 0 */
  double                     kinetic_velocity;

  GtkWidget                 *cluster_popover;
  gboolean                   fit_pending;    /* fit once the width is known */
  gboolean                   fit_view;       /* that fit is to the dataset's own view */

  ChronicleSession          *session;
  GSignalGroup              *session_signals;

  ChronicleMarkerPool       *markers;        /* the events as accessible, focusable objects */
  char                      *description;    /* what the canvas says it shows */
  guint                      describe_id;    /* its update, after the view settles */
  gboolean                   scene_dirty;    /* the renderer's scene needs laying out */
  gboolean                   markers_dirty;  /* the event objects need placing */
  int                        laid_width;     /* the size the scene was laid out for */
  int                        laid_height;
  guint                      tick_id;
};

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SELECTED_EVENT,
  PROP_GROUP_BY,
  PROP_HIDE_FILTERED,
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

static void update_accessible (ChronicleTimelineView *self);

static void sync_markers (ChronicleTimelineView *self,
                          int                    width,
                          int                    height);

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
      sync_markers (self, width, height);
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
static void
invalidate_content (ChronicleTimelineView *self)
{
  self->scene_dirty = TRUE;
  schedule_layout (self);
}

static ChronicleEventStore *
store_of (ChronicleTimelineView *self)
{
  return self->dataset ? chronicle_dataset_get_events (self->dataset) : NULL;
}

static guint
n_events (ChronicleTimelineView *self)
{
  return self->dataset ? chronicle_event_store_get_n_events (store_of (self)) : 0;
}

/* ---- layout and scrolling --------------------------------------------------- */

static void
configure_vadjustment (ChronicleTimelineView *self)
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

static void
relayout (ChronicleTimelineView *self)
{
  gint64 first, end;
  gint64 min_days;

  if (self->dataset == NULL)
    return;

  /* Rows leave room for a marker at the zoom that shows everything: recomputed when
   * data, filter or grouping change, never on zoom. */
  if (chronicle_event_store_get_bounds (store_of (self), &first, &end))
    min_days = MAX (1, (end - first) / 90);
  else
    min_days = 1;

  g_clear_pointer (&self->layout_mask, g_free);
  if (self->hide_filtered && self->mask != NULL)
    self->layout_mask = g_memdup2 (self->mask, MAX (n_events (self), 1));
  chronicle_lane_layout_compute (self->layout, self->dataset, self->layout_mask, self->group_by, min_days);
  chronicle_timeline_renderer_set_data (self->renderer, self->dataset, self->layout, self->mask);
  configure_vadjustment (self);
  invalidate_content (self);
}

static void
on_vadjustment_value_changed_cb (ChronicleTimelineView *self,
                                 GtkAdjustment         *adjustment)
{
  chronicle_timeline_renderer_set_scroll (self->renderer, gtk_adjustment_get_value (adjustment));
  self->hover_marker = -1;
  invalidate_content (self);
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
      configure_vadjustment (self);
    }
}

/* ---- animation --------------------------------------------------------------- */

static void
on_animation_value_cb (double   value,
                       gpointer user_data)
{
  ChronicleTimelineView *self = user_data;
  double span0 = self->anim_from_end - self->anim_from_start;
  double span1 = self->anim_to_end - self->anim_to_start;
  /* Spans interpolate geometrically, so zooming feels even at every scale. */
  double span = span0 * pow (span1 / span0, value);
  double start;

  if (self->anim_anchor >= 0)
    {
      double anchor0 = self->anim_from_start + self->anim_anchor * span0;
      double anchor1 = self->anim_to_start + self->anim_anchor * span1;
      start = anchor0 + (anchor1 - anchor0) * value - self->anim_anchor * span;
    }
  else
    {
      double c0 = self->anim_from_start + span0 / 2;
      double c1 = self->anim_to_start + span1 / 2;
      start = c0 + (c1 - c0) * value - span / 2;
    }
  chronicle_time_scale_set_visible (self->scale, start, start + span);
}

static void
animate_to (ChronicleTimelineView *self,
            double                 start,
            double                 end,
            double                 anchor_fraction,
            gboolean               animate)
{
  chronicle_time_scale_clamp (self->scale, &start, &end);
  if (self->animation != NULL)
    adw_animation_skip (self->animation);
  g_clear_object (&self->animation);

  if (!animate || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      !adw_get_enable_animations (GTK_WIDGET (self)))
    {
      chronicle_time_scale_set_visible (self->scale, start, end);
      return;
    }

  self->anim_from_start = chronicle_time_scale_get_start (self->scale);
  self->anim_from_end = chronicle_time_scale_get_end (self->scale);
  self->anim_to_start = start;
  self->anim_to_end = end;
  self->anim_anchor = anchor_fraction;
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, 250,
                                             adw_callback_animation_target_new (on_animation_value_cb, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
  adw_animation_play (self->animation);
}

static void
zoom_about (ChronicleTimelineView *self,
            double                 factor,
            double                 anchor_x,
            gboolean               animate)
{
  double start, end;
  double width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);

  /* Successive key presses build on where the running animation is going. */
  if (self->animation != NULL && adw_animation_get_state (self->animation) == ADW_ANIMATION_PLAYING)
    chronicle_time_scale_set_visible (self->scale, self->anim_to_start, self->anim_to_end);
  chronicle_time_scale_compute_zoom (self->scale, factor, anchor_x, &start, &end);
  /* The anchor as a fraction of time, which way time flows on screen aside. */
  animate_to (self, start, end,
              (chronicle_time_scale_to_day (self->scale, CLAMP (anchor_x, 0, width)) - chronicle_time_scale_get_start (self->scale)) /
              chronicle_time_scale_get_span (self->scale),
              animate);
}

/* ---- fit ------------------------------------------------------------------------- */

/* What "everything" is: the events the filter matches (all when it matches none or
 * there is no filter), and the eras. */
static gboolean
content_bounds (ChronicleTimelineView *self,
                double                *first,
                double                *end)
{
  ChronicleEventStore *store = store_of (self);
  const gint64 *starts, *ends;
  gboolean any = FALSE, masked = FALSE;

  if (self->dataset == NULL)
    return FALSE;
  starts = chronicle_event_store_get_starts (store);
  ends = chronicle_event_store_get_ends (store);
  *first = G_MAXDOUBLE, *end = -G_MAXDOUBLE;
  for (int pass = self->mask != NULL ? 0 : 1; pass < 2 && !any; pass++)
    for (guint i = 0; i < n_events (self); i++)
      if (pass == 1 || self->mask[i])
        {
          *first = MIN (*first, (double) starts[i]);
          *end = MAX (*end, (double) MAX (ends[i], starts[i] + 1));
          any = TRUE;
          masked = pass == 0;
        }
  /* Eras frame the story: shown with everything, not with a filter's few events. */
  if (!masked)
    for (guint i = 0; i < chronicle_dataset_get_n_eras (self->dataset); i++)
      {
        const ChronicleEra *era = chronicle_dataset_get_era (self->dataset, i);

        *first = MIN (*first, chronicle_date_first_day (&era->start));
        *end = MAX (*end, chronicle_date_end_day (&era->end));
        any = TRUE;
      }
  return any;
}

/* Shows everything with room at the start for a marker and at the end for the last
 * labels: wide enough that every label shown ends inside the view. */
static void
fit_content (ChronicleTimelineView *self,
             gboolean               animate)
{
  double first, end, start, stop;
  double em = chronicle_widget_get_font_pixels (GTK_WIDGET (self)) * MAX (self->applied_zoom, 1);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  const float *room;
  guint n = 0;

  g_autofree guint8 *inside = NULL;
  gint64 view_first, view_end;

  /* The file's own view, once: where it opens. Then everything the filters keep. */
  if (self->fit_view && chronicle_dataset_get_view (self->dataset, &view_first, &view_end))
    {
      first = view_first;
      end = view_end;
    }
  else if (!content_bounds (self, &first, &end))
    return;
  if (width <= 1)
    {
      self->fit_pending = TRUE;
      return;
    }
  self->fit_pending = FALSE;
  room = chronicle_timeline_renderer_get_label_room (self->renderer, &n);
  if (n != n_events (self))
    room = NULL;
  if (self->fit_view && room != NULL)
    {
      const gint64 *starts = chronicle_event_store_get_starts (store_of (self));

      /* Room for the labels of the events in the view, not of those after it. */
      inside = g_new0 (guint8, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        inside[i] = (self->mask == NULL || self->mask[i]) && starts[i] >= first && starts[i] < end;
    }
  self->fit_view = FALSE;
  chronicle_time_scale_compute_fit_labels (self->scale, first, end, em * 1.5, em,
                                           room != NULL ? n : 0, chronicle_event_store_get_starts (store_of (self)),
                                           room, inside != NULL ? inside : self->mask, &start, &stop);
  animate_to (self, start, stop, -1, animate);
}

/* ---- selection ----------------------------------------------------------------- */

static void
select_position (ChronicleTimelineView *self,
                 gint64                 position,
                 gboolean               follow)
{
  if (position >= (gint64) n_events (self))
    position = -1;
  if (self->selected == position)
    return;

  self->selected = position;
  /* The selected event is always labelled: the scene stacks again if it was not. */
  chronicle_timeline_renderer_set_selected (self->renderer, position);
  invalidate_content (self);
  if (position >= 0 && follow)
    chronicle_timeline_view_show_event (self, chronicle_event_store_get_event (store_of (self), (guint) position),
                                        -1, TRUE);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

/* The canvas's own description: the time in view and how many events it shows. Each
 * event's title, kind and date are on its own object (see ChronicleMarkerPool). */
static gboolean
describe_cb (gpointer data)
{
  ChronicleTimelineView *self = data;
  g_autofree char *text = NULL;

  self->describe_id = 0;

  if (self->dataset != NULL && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    {
      ChronicleMatchSet *matches = self->session ? chronicle_session_get_match_set (self->session) : NULL;
      guint total = matches ? chronicle_match_set_get_n_matching (matches) : n_events (self);
      guint shown = chronicle_timeline_view_count_visible (self, TRUE);
      ChronicleDate from = { 0 }, to = { 0 };
      g_autofree char *range = NULL;
      g_autofree char *count = NULL;
      int month, day;

      chronicle_civil_from_days ((gint64) floor (chronicle_time_scale_get_start (self->scale)), &from.year, &month, &day);
      from.month = month;
      from.precision = CHRONICLE_PRECISION_MONTH;
      chronicle_civil_from_days ((gint64) floor (chronicle_time_scale_get_end (self->scale)), &to.year, &month, &day);
      to.month = month;
      to.precision = CHRONICLE_PRECISION_MONTH;
      range = chronicle_date_format_range (&from, &to);
      /* Translators: how many events the timeline shows of those the filters keep. */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u event", "%1$u of %2$u events", total),
                               shown, total);
      /* Translators: the timeline's description for a screen reader: %1$s is the time
       * in view ("January 2021 – December 2023"), %2$s a count ("54 of 54 events"). */
      text = g_strdup_printf (_("Showing %1$s, %2$s"), range, count);
    }
  else
    text = g_strdup (_("No events"));

  if (g_strcmp0 (text, self->description) == 0)
    return G_SOURCE_REMOVE;
  g_free (self->description);
  self->description = g_steal_pointer (&text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  return G_SOURCE_REMOVE;
}

/* Counting what is in view walks the events: done once the view has settled, not at
 * every frame of a zoom. */
static void
update_accessible (ChronicleTimelineView *self)
{
  g_clear_handle_id (&self->describe_id, g_source_remove);
  self->describe_id = g_timeout_add (250, describe_cb, self);
}

static void show_cluster (ChronicleTimelineView *self,
                          guint                  marker_index);

/* Whether the keyboard focus is on the canvas or one of its event objects (not in the
 * cluster popover, which is a child too). */
static gboolean
focus_is_inside (ChronicleTimelineView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL &&
         (focus == GTK_WIDGET (self) ||
          (CHRONICLE_IS_EVENT_MARKER (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self)));
}

static void
sync_markers (ChronicleTimelineView *self,
              int                    width,
              int                    height)
{
  ChronicleMatchSet *matches = self->session ? chronicle_session_get_match_set (self->session) : NULL;
  GtkWidget *current;
  gboolean moved;

  moved = chronicle_marker_pool_sync (self->markers, self->renderer, self->scale, self->dataset, matches,
                                      self->language, self->selected, width, height);
  current = chronicle_marker_pool_get_current (self->markers);
  /* The focus follows the current event (arrow keys, a selection made elsewhere while
   * the focus was here), so a screen reader announces it. */
  if (current != NULL && focus_is_inside (self) && (moved || gtk_widget_has_focus (GTK_WIDGET (self))) &&
      !gtk_widget_has_focus (current))
    gtk_widget_grab_focus (current);
  update_accessible (self);
}

static void
on_marker_activated_cb (ChronicleTimelineView *self,
                        gint64                 position,
                        guint                  count,
                        guint                  marker,
                        ChronicleMarkerPool   *pool)
{
  if (self->dataset == NULL || position < 0 || position >= (gint64) n_events (self))
    return;
  if (count > 1)
    show_cluster (self, marker);
  else
    {
      select_position (self, position, FALSE);
      g_signal_emit (self, signals[EVENT_ACTIVATED], 0, chronicle_event_store_get_event (store_of (self), (guint) position));
    }
}

static void
navigate (ChronicleTimelineView *self,
          int                    direction)
{
  guint next;

  if (chronicle_navigation_step (n_events (self), self->mask, self->selected, direction, &next))
    select_position (self, next, TRUE);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

/* ---- cluster popover ------------------------------------------------------------- */

static void
on_cluster_row_activated_cb (ChronicleTimelineView *self,
                             GtkListBoxRow         *row,
                             GtkListBox            *list)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position"));
  ChronicleEvent *event = chronicle_event_store_get_event (store_of (self), position);

  gtk_popover_popdown (GTK_POPOVER (self->cluster_popover));
  select_position (self, position, FALSE);
  chronicle_timeline_view_show_event (self, event, 14, TRUE);
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
show_cluster (ChronicleTimelineView *self,
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
      ChronicleEvent *event = chronicle_event_store_get_event (store_of (self), position);
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
  gtk_popover_popup (GTK_POPOVER (self->cluster_popover));
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
    show_cluster (self, marker);
  else
    {
      guint position = chronicle_scene_get_event (chronicle_timeline_renderer_get_scene (self->renderer),
                                                        markers[marker].first);

      select_position (self, position, FALSE);
      g_signal_emit (self, signals[EVENT_ACTIVATED], 0, chronicle_event_store_get_event (store_of (self), position));
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
      zoom_about (self, exp (-dy * (wheel ? 0.18 : 0.01)), self->pointer_x, FALSE);
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
      g_signal_emit (self, signals[RANGE_CHANGED], 0);
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

      animate_to (self, chronicle_time_scale_get_start (self->scale) + shift,
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

  if (keyboard || !chronicle_timeline_renderer_hit (self->renderer, x, y, &marker))
    return FALSE;
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
      ChronicleEvent *event = chronicle_event_store_get_event (store_of (self),
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
  double centre = gtk_widget_get_width (widget) / 2.0;

  /* The keys zoom about the selected event while it is in view, so it stays there. */
  if (self->selected >= 0 && self->dataset != NULL)
    {
      double x = chronicle_time_scale_to_x (self->scale, chronicle_event_store_get_start_positions (store_of (self))[self->selected]);

      if (x >= 0 && x <= gtk_widget_get_width (widget))
        centre = x;
    }

  if (g_str_equal (action_name, "timeline.zoom-in"))
    zoom_about (self, 1.5, centre, TRUE);
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    zoom_about (self, 1 / 1.5, centre, TRUE);
  else if (g_str_equal (action_name, "timeline.zoom-fit"))
    {
      fit_content (self, TRUE);
    }
  else if (g_str_equal (action_name, "timeline.zoom-to-range") && self->has_range)
    {
      double da = chronicle_time_scale_to_day (self->scale, self->range_x0);
      double db = chronicle_time_scale_to_day (self->scale, self->range_x1);
      double a = MIN (da, db), b = MAX (da, db);

      self->has_range = FALSE;
      gtk_widget_action_set_enabled (widget, "timeline.zoom-to-range", FALSE);
      animate_to (self, a, b, -1, TRUE);
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

  animate_to (self, chronicle_time_scale_get_start (self->scale) + shift,
              chronicle_time_scale_get_end (self->scale) + shift, -1, TRUE);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);

  if (g_str_equal (action_name, "timeline.select-next"))
    navigate (self, 1);
  else if (g_str_equal (action_name, "timeline.select-previous"))
    navigate (self, -1);
  else if (g_str_equal (action_name, "timeline.select-first"))
    navigate (self, -2);
  else if (g_str_equal (action_name, "timeline.select-last"))
    navigate (self, 2);
}

/* ---- GtkWidget -------------------------------------------------------------------------- */

static ChronicleColor
lookup (GtkWidget  *widget,
        const char *name,
        double      fallback_alpha)
{
  GdkRGBA rgba = { 0.5, 0.5, 0.5, fallback_alpha };

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &rgba);
G_GNUC_END_IGNORE_DEPRECATIONS
  return (ChronicleColor) { rgba.red, rgba.green, rgba.blue, rgba.alpha };
}

/**
 * chronicle_widget_get_font_pixels:
 *
 * The size of @widget's text in pixels, the desktop's text scale included.
 */
double
chronicle_widget_get_font_pixels (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double px, resolution;

  if (font == NULL || pango_font_description_get_size (font) <= 0)
    return 96.0 / 72.0 * 11;
  px = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (font))
    {
      resolution = pango_cairo_context_get_resolution (context);
      px *= (resolution > 0 ? resolution : 96.0) / 72.0;
    }
  return px;
}

/* The zoom the text is drawn at. Presenting, text grows to about a 22nd of the height
 * (33 px on a 720-line projector), up to :zoom times the normal size, and is never less
 * than twice the default 11 pt text (29 px), nor smaller than the desktop's: with the
 * desktop's text already at 200%, it stays about as it is. */
static double
effective_zoom (ChronicleTimelineView *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double px, lower;

  if (!self->presenting || height <= 0)
    return self->zoom;
  px = chronicle_widget_get_font_pixels (GTK_WIDGET (self));
  lower = MAX (1.0, 2 * 11 * 96.0 / 72.0 / px);
  return CLAMP (height / 22.0 / px, lower, MAX (self->zoom, lower));
}

static void
update_style (ChronicleTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  ChronicleTimelineStyle style;
  ChronicleColor bg;

  /* Colours come from style.css (timeline_* names), so light, dark and high-contrast
   * stylesheets each give theirs. */
  bg = lookup (widget, "timeline_bg_color", 1);
  chronicle_timeline_style_init_default (&style, 0.2126 * bg.red + 0.7152 * bg.green + 0.0722 * bg.blue < 0.5);
  style.background = bg;
  style.foreground = lookup (widget, "timeline_fg_color", 1);
  style.dim_foreground = lookup (widget, "timeline_dim_fg_color", 1);
  style.axis_background = lookup (widget, "timeline_axis_bg_color", 1);
  style.grid = lookup (widget, "timeline_grid_color", 1);
  style.era = lookup (widget, "timeline_era_color", 1);
  style.alternate_lane = lookup (widget, "timeline_alternate_lane_color", 1);
  style.header_background = lookup (widget, "timeline_header_bg_color", 1);
  style.accent = lookup (widget, "timeline_accent_color", 1);
  style.cluster = lookup (widget, "timeline_cluster_color", 1);
  style.band[0] = lookup (widget, "timeline_band_1_color", 1);
  style.band[1] = lookup (widget, "timeline_band_2_color", 1);
  style.band[2] = lookup (widget, "timeline_band_3_color", 1);
  style.band[3] = lookup (widget, "timeline_band_4_color", 1);
  style.high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  /* On a projector: outlines and full-strength text, whatever the theme. */
  if (self->presenting)
    {
      style.high_contrast = TRUE;
      style.dim_foreground = style.foreground;
      style.dim_foreground.alpha = 0.75;
    }

  chronicle_timeline_renderer_set_style (self->renderer, &style);
  self->applied_zoom = effective_zoom (self);
  chronicle_timeline_renderer_set_font (self->renderer, gtk_widget_get_pango_context (widget), self->applied_zoom);
  configure_vadjustment (self);
  invalidate_content (self);
}

static void
chronicle_timeline_view_css_changed (GtkWidget         *widget,
                                     GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (chronicle_timeline_view_parent_class)->css_changed (widget, change);
  update_style (CHRONICLE_TIMELINE_VIEW (widget));
}

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

  chronicle_time_scale_set_width (self->scale, width);
  chronicle_timeline_renderer_set_size (self->renderer, width, height);
  if (self->fit_pending)
    fit_content (self, FALSE);
  /* Presenting, the text size follows the height (entering full screen changes it). */
  if (self->presenting && fabs (effective_zoom (self) - self->applied_zoom) > 0.01)
    update_style (self);
  configure_vadjustment (self);
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
chronicle_timeline_view_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  ChronicleScene *pass = chronicle_timeline_renderer_get_scene (self->renderer);
  guint selected_marker;
  gboolean show_selection;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  /* The content is cached; only hover, selection and range are drawn every time. */
  if (self->content == NULL || self->content_width != width || self->content_height != height)
    {
      g_clear_pointer (&self->content, gsk_render_node_unref);
      self->content = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
      cr = gsk_cairo_node_get_draw_context (self->content);
      chronicle_timeline_renderer_draw_scene (self->renderer, cr);
      cairo_destroy (cr);
      self->content_width = width;
      self->content_height = height;
    }
  gtk_snapshot_append_node (snapshot, self->content);
  /* The event objects draw only their focus ring (CSS). */
  chronicle_marker_pool_snapshot (self->markers, snapshot);

  show_selection = self->selected >= 0 &&
                   chronicle_scene_find_event (pass, (guint) self->selected, &selected_marker);
  if (self->hover_marker < 0 && !show_selection && !self->has_range && !self->range_dragging)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->hover_marker >= 0)
    chronicle_timeline_renderer_draw_highlight (self->renderer, cr, (guint) self->hover_marker, FALSE);
  if (show_selection)
    {
      chronicle_timeline_renderer_draw_highlight (self->renderer, cr, selected_marker, TRUE);
    }
  if (self->has_range || self->range_dragging)
    {
      double x0 = MIN (self->range_x0, self->range_x1), x1 = MAX (self->range_x0, self->range_x1);
      double top = chronicle_timeline_renderer_get_axis_height (self->renderer);

      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.15);
      cairo_rectangle (cr, x0, top, x1 - x0, height - top);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.8);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, x0 + 0.5, top + 0.5, x1 - x0 - 1, height - top - 1);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
chronicle_timeline_view_focus_changed (ChronicleTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Roving focus: the timeline is one Tab stop, its current event object. */
static gboolean
chronicle_timeline_view_grab_focus (GtkWidget *widget)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);
  GtkWidget *current = chronicle_marker_pool_get_current (self->markers);

  if (current != NULL && gtk_widget_get_child_visible (current))
    return gtk_widget_grab_focus (current);
  return GTK_WIDGET_CLASS (chronicle_timeline_view_parent_class)->grab_focus (widget);
}

static gboolean
chronicle_timeline_view_focus (GtkWidget        *widget,
                               GtkDirectionType  direction)
{
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);

  /* Leaving: Tab and Shift+Tab go on past the timeline (arrows are its own keys). */
  if (gtk_widget_has_focus (widget) || (focus_child != NULL && CHRONICLE_IS_EVENT_MARKER (focus_child)))
    return FALSE;
  if (focus_child == NULL)
    return chronicle_timeline_view_grab_focus (widget);
  return GTK_WIDGET_CLASS (chronicle_timeline_view_parent_class)->focus (widget, direction);
}

/* ---- GObject -------------------------------------------------------------------------------- */

static void
on_scale_changed_cb (ChronicleTimelineView *self,
                     ChronicleTimeScale    *scale)
{
  self->hover_marker = -1;
  invalidate_content (self);
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
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_SELECTED_EVENT:
      g_value_set_object (value, chronicle_timeline_view_get_selected_event (self));
      break;
    case PROP_GROUP_BY:
      g_value_set_int (value, self->group_by);
      break;
    case PROP_HIDE_FILTERED:
      g_value_set_boolean (value, self->hide_filtered);
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
    case PROP_DATASET:
      chronicle_timeline_view_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_EVENT:
      chronicle_timeline_view_set_selected_event (self, g_value_get_object (value));
      break;
    case PROP_GROUP_BY:
      chronicle_timeline_view_set_group_by (self, g_value_get_int (value));
      break;
    case PROP_HIDE_FILTERED:
      chronicle_timeline_view_set_hide_filtered (self, g_value_get_boolean (value));
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
  g_clear_pointer (&self->mask, g_free);
  g_clear_pointer (&self->layout_mask, g_free);
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

  widget_class->snapshot = chronicle_timeline_view_snapshot;
  widget_class->grab_focus = chronicle_timeline_view_grab_focus;
  widget_class->focus = chronicle_timeline_view_focus;
  widget_class->measure = chronicle_timeline_view_measure;
  widget_class->size_allocate = chronicle_timeline_view_size_allocate;
  widget_class->css_changed = chronicle_timeline_view_css_changed;
  widget_class->direction_changed = chronicle_timeline_view_direction_changed;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, CHRONICLE_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL, CHRONICLE_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP_BY] =
    g_param_spec_int ("group-by", NULL, NULL, CHRONICLE_GROUP_BY_KIND, CHRONICLE_GROUP_BY_PARTNER,
                      CHRONICLE_GROUP_BY_KIND,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDE_FILTERED] =
    g_param_spec_boolean ("hide-filtered", NULL, NULL, FALSE,
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

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void init_session (ChronicleTimelineView *self);

static void
chronicle_timeline_view_init (ChronicleTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->selected = -1;
  self->hover_marker = -1;
  self->zoom = 1;
  self->layout = chronicle_lane_layout_new ();
  self->scale = chronicle_time_scale_new ();
  self->renderer = chronicle_timeline_renderer_new ();
  chronicle_timeline_renderer_set_scale (self->renderer, self->scale);
  chronicle_time_scale_set_mirrored (self->scale, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL);
  g_signal_connect_object (self->scale, "changed", G_CALLBACK (on_scale_changed_cb), self, G_CONNECT_SWAPPED);
  self->markers = chronicle_marker_pool_new (GTK_WIDGET (self));
  g_signal_connect_object (self->markers, "activated", G_CALLBACK (on_marker_activated_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (chronicle_timeline_view_focus_changed), NULL);

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
  update_accessible (self);
  init_session (self);
}

/* ---- following a session: a thin layer over the setters ---------------------------------- */

static void
on_session_dataset_cb (ChronicleTimelineView *self)
{
  chronicle_timeline_view_set_dataset (self, chronicle_session_get_dataset (self->session));
}

static void
on_session_match_set_cb (ChronicleTimelineView *self)
{
  ChronicleMatchSet *set = chronicle_session_get_match_set (self->session);

  chronicle_timeline_view_set_mask (self, set ? chronicle_match_set_get_mask (set) : NULL);
}

static void
on_session_selection_cb (ChronicleTimelineView *self)
{
  chronicle_timeline_view_set_selected_event (self, chronicle_session_get_selection (self->session));
}

static void
on_session_language_cb (ChronicleTimelineView *self)
{
  chronicle_timeline_view_set_language (self, chronicle_session_get_language (self->session));
}

static void
on_session_lanes_cb (ChronicleTimelineView *self)
{
  chronicle_timeline_view_set_group_by (self, chronicle_session_get_group_by (self->session));
  chronicle_timeline_view_set_hide_filtered (self, chronicle_session_get_hide_filtered (self->session));
}

static void
on_session_bind_cb (ChronicleTimelineView *self)
{
  on_session_language_cb (self);
  on_session_lanes_cb (self);
  on_session_dataset_cb (self);
  on_session_match_set_cb (self);
  on_session_selection_cb (self);
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
  self->session_signals = g_signal_group_new (CHRONICLE_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::dataset", G_CALLBACK (on_session_dataset_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::match-set", G_CALLBACK (on_session_match_set_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selection", G_CALLBACK (on_session_selection_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::language", G_CALLBACK (on_session_language_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::group-by", G_CALLBACK (on_session_lanes_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hide-filtered", G_CALLBACK (on_session_lanes_cb), self);
  g_signal_connect_object (self->session_signals, "bind", G_CALLBACK (on_session_bind_cb), self, G_CONNECT_SWAPPED);
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
  gint64 first, end;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (!dataset || CHRONICLE_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  g_clear_pointer (&self->mask, g_free);
  self->selected = -1;
  chronicle_timeline_renderer_set_selected (self->renderer, -1);
  self->hover_marker = -1;
  self->has_range = FALSE;

  if (dataset != NULL && chronicle_event_store_get_bounds (store_of (self), &first, &end))
    {
      /* Events at times of day can be zoomed to three hours, dates to two days. */
      chronicle_time_scale_set_span_limits (self->scale, chronicle_event_store_has_times (store_of (self)) ? 0.125 : 2,
                                            MAX ((end - first) * 3.0, 3 * 365.2425));
      chronicle_time_scale_set_bounds (self->scale, first, end);
    }
  /* Laid out first: the fit measures the new data's labels. */
  relayout (self);
  /* Where the file asks to open (with room for its labels), else everything. */
  self->fit_view = dataset != NULL && chronicle_dataset_get_view (dataset, NULL, NULL);
  if (dataset != NULL)
    fit_content (self, FALSE);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
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
 * chronicle_timeline_view_set_mask:
 * @mask: (nullable): one byte per event, copied; non-matching events are dimmed, or
 *   hidden with #ChronicleTimelineView:hide-filtered
 */
void
chronicle_timeline_view_set_mask (ChronicleTimelineView *self,
                                  const guint8          *mask)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  g_clear_pointer (&self->mask, g_free);
  if (mask != NULL && self->dataset != NULL)
    self->mask = g_memdup2 (mask, MAX (n_events (self), 1));

  if (self->hide_filtered)
    relayout (self);
  else
    {
      chronicle_timeline_renderer_set_mask (self->renderer, self->mask);
      invalidate_content (self);
    }
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
  return chronicle_event_store_get_event (store_of (self), (guint) self->selected);
}

void
chronicle_timeline_view_set_selected_event (ChronicleTimelineView *self,
                                            ChronicleEvent        *event)
{
  guint position = 0;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  if (event == NULL || self->dataset == NULL ||
      !chronicle_event_store_find (store_of (self), chronicle_event_get_id (event), &position) ||
      chronicle_event_store_get_event (store_of (self), position) != event)
    select_position (self, -1, FALSE);
  else
    select_position (self, position, TRUE);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_BY]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_FILTERED]);
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
  update_style (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* Drawn for a projector: outlined markers, strong text. */
void
chronicle_timeline_view_set_presenting (ChronicleTimelineView *self,
                                        gboolean               presenting)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  self->presenting = !!presenting;
  update_style (self);
}

/* Event text in @language when the dataset translates it ("vi"), else the base text. */
void
chronicle_timeline_view_set_language (ChronicleTimelineView *self,
                                      const char            *language)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));

  g_free (self->language);
  self->language = g_strdup (language);
  chronicle_timeline_renderer_set_language (self->renderer, language);
  update_accessible (self);
  invalidate_content (self);
}

/**
 * chronicle_timeline_view_get_time_scale:
 *
 * Returns: (transfer none): the scale that maps the visible days onto the width
 */
ChronicleTimeScale *
chronicle_timeline_view_get_time_scale (ChronicleTimelineView *self)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), NULL);
  return self->scale;
}

void
chronicle_timeline_view_show_range (ChronicleTimelineView *self,
                                    double                 start,
                                    double                 end,
                                    gboolean               animate)
{
  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (end > start);

  /* A range asked for (a dataset's opening view, a year) wins over the pending fit. */
  self->fit_view = FALSE;
  self->fit_pending = FALSE;
  animate_to (self, start, end, -1, animate);
}

/**
 * chronicle_timeline_view_show_event_within:
 * @x_min: the left edge of the part of the view that is not covered
 * @x_max: its right edge
 *
 * Pans, keeping the zoom, so that @event's start lies between @x_min and @x_max
 * (in the middle) when it does not already: for when something covers part of the
 * view, such as the narrow window's details.
 */
void
chronicle_timeline_view_show_event_within (ChronicleTimelineView *self,
                                           ChronicleEvent        *event,
                                           double                 x_min,
                                           double                 x_max)
{
  double day, x, shift;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (CHRONICLE_IS_EVENT (event));

  day = chronicle_event_get_start_position (event);
  x = chronicle_time_scale_to_x (self->scale, day);
  if (x_max <= x_min || (x >= x_min && x <= x_max))
    return;
  shift = day - chronicle_time_scale_to_day (self->scale, (x_min + x_max) / 2);
  animate_to (self, chronicle_time_scale_get_start (self->scale) + shift,
              chronicle_time_scale_get_end (self->scale) + shift, -1, TRUE);
}

/**
 * chronicle_timeline_view_show_event:
 * @context_days: days of context on each side; < 0 keeps the zoom and only pans
 *   (when the event is not already in view)
 *
 * Brings @event into view, horizontally and vertically.
 */
void
chronicle_timeline_view_show_event (ChronicleTimelineView *self,
                                    ChronicleEvent        *event,
                                    double                 context_days,
                                    gboolean               animate)
{
  double first, end, start, stop, span;
  guint position, row;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (CHRONICLE_IS_EVENT (event));

  if (self->dataset == NULL)
    return;

  first = chronicle_event_get_start_position (event);
  end = chronicle_event_get_end_position (event);
  start = chronicle_time_scale_get_start (self->scale);
  stop = chronicle_time_scale_get_end (self->scale);
  span = stop - start;

  if (context_days >= 0)
    animate_to (self, first - context_days, end + context_days, -1, animate);
  else if (first < start + span * 0.05 || first > stop - span * 0.25)
    animate_to (self, first - span * 0.4, first + span * 0.6, -1, animate);

  /* …and scroll its row into view. */
  if (self->vadjustment != NULL &&
      chronicle_event_store_find (store_of (self), chronicle_event_get_id (event), &position) &&
      chronicle_scene_find_row (chronicle_timeline_renderer_get_scene (self->renderer), position, &row))
    {
      double row_h = chronicle_timeline_renderer_get_row_height (self->renderer);
      double y = chronicle_timeline_renderer_get_row_y (self->renderer, row);
      double value = gtk_adjustment_get_value (self->vadjustment);
      double page = gtk_adjustment_get_page_size (self->vadjustment);

      if (y < value || y + row_h > value + page)
        gtk_adjustment_set_value (self->vadjustment, y - page / 3);
    }
}

/**
 * chronicle_timeline_view_present_event:
 * @event: (nullable): the event to select, or %NULL for none
 *
 * Selects @event and moves to [@start, @end] in one movement, without the pan that
 * selecting alone may start: presentation places its camera itself.
 */
void
chronicle_timeline_view_present_event (ChronicleTimelineView *self,
                                       ChronicleEvent        *event,
                                       double                 start,
                                       double                 end,
                                       gboolean               animate)
{
  guint position;

  g_return_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (event == NULL || CHRONICLE_IS_EVENT (event));
  g_return_if_fail (end > start);

  if (event != NULL && self->dataset != NULL &&
      chronicle_event_store_find (store_of (self), chronicle_event_get_id (event), &position))
    select_position (self, position, FALSE);
  else
    select_position (self, -1, FALSE);
  animate_to (self, start, end, -1, animate);
}

/**
 * chronicle_timeline_view_get_event_row:
 * @top: (out): the top of @event's row, in the vertical adjustment's units
 * @height: (out): the row's height
 *
 * Returns: whether @event has a row (it is laid out)
 */
gboolean
chronicle_timeline_view_get_event_row (ChronicleTimelineView *self,
                                       ChronicleEvent        *event,
                                       double                *top,
                                       double                *height)
{
  guint position, row;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (CHRONICLE_IS_EVENT (event), FALSE);

  if (self->dataset == NULL ||
      !chronicle_event_store_find (store_of (self), chronicle_event_get_id (event), &position) ||
      !chronicle_scene_find_row (chronicle_timeline_renderer_get_scene (self->renderer), position, &row))
    return FALSE;
  *top = chronicle_timeline_renderer_get_row_y (self->renderer, row);
  *height = chronicle_timeline_renderer_get_row_height (self->renderer);
  return TRUE;
}

/**
 * chronicle_timeline_view_get_marker_bounds:
 * @bounds: (out): the box of the marker that shows @event (its own, or its cluster's),
 *   in the view's coordinates, as last drawn
 *
 * Returns: whether the last frame drew a marker for @event
 */
gboolean
chronicle_timeline_view_get_marker_bounds (ChronicleTimelineView *self,
                                           ChronicleEvent        *event,
                                           graphene_rect_t       *bounds)
{
  ChronicleScene *scene;
  cairo_rectangle_t rect;
  guint position, marker;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (CHRONICLE_IS_EVENT (event), FALSE);

  scene = chronicle_timeline_renderer_get_scene (self->renderer);
  if (self->dataset == NULL || self->content == NULL ||
      !chronicle_event_store_find (store_of (self), chronicle_event_get_id (event), &position) ||
      !chronicle_scene_find_event (scene, position, &marker) ||
      !chronicle_timeline_renderer_marker_rect (self->renderer, marker, &rect))
    return FALSE;
  graphene_rect_init (bounds, rect.x, rect.y, rect.width, rect.height);
  return TRUE;
}

/* How wide @event's marker and whole label are drawn now, in pixels. */
double
chronicle_timeline_view_get_label_width (ChronicleTimelineView *self,
                                         ChronicleEvent        *event)
{
  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), 0);

  return chronicle_timeline_renderer_get_label_width (self->renderer, event);
}

/* How far into the view the pinned name of @event's lane reaches, in pixels (0 when
 * @event is not laid out). */
double
chronicle_timeline_view_get_header_end (ChronicleTimelineView *self,
                                        ChronicleEvent        *event)
{
  guint position, item;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), 0);
  g_return_val_if_fail (CHRONICLE_IS_EVENT (event), 0);

  if (self->dataset == NULL ||
      !chronicle_event_store_find (store_of (self), chronicle_event_get_id (event), &position) ||
      !chronicle_lane_layout_find_item (self->layout, position, &item))
    return 0;
  return chronicle_timeline_renderer_get_header_end (self->renderer,
                                                     chronicle_lane_layout_get_items (self->layout)[item].group);
}

/* How many events the current view shows (for tests and the status line). */
guint
chronicle_timeline_view_count_visible (ChronicleTimelineView *self,
                                       gboolean               matching_only)
{
  ChronicleEventStore *store;
  double a, b;
  guint count = 0;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), 0);

  if (self->dataset == NULL)
    return 0;
  store = store_of (self);
  a = chronicle_time_scale_get_start (self->scale);
  b = chronicle_time_scale_get_end (self->scale);
  for (guint i = 0; i < n_events (self); i++)
    if (chronicle_event_store_get_ends (store)[i] > a && chronicle_event_store_get_starts (store)[i] < b &&
        (!matching_only || self->mask == NULL || self->mask[i]) &&
        (!self->hide_filtered || self->mask == NULL || self->mask[i]))
      count++;
  return count;
}
