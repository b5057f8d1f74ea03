/* chronicle-timeline-view-a11y.c
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
#include "chronicle-event-marker.h"

/* The timeline as a screen reader and a keyboard-only user meet it: each event drawn
 * is an accessible, focusable object (ChronicleMarkerPool places them after every
 * layout), the timeline is one Tab stop whose focus roves over those objects with the
 * arrow keys, and the canvas describes the time in view and how many events it shows.
 * Also the geometry queries (rows, marker boxes, label widths, counts in view) that
 * the window, presentation and tests ask. */

static int
compare_era_starts (gconstpointer a,
                    gconstpointer b,
                    gpointer      dataset)
{
  gint64 x = chronicle_date_first_day (&chronicle_dataset_get_era (dataset, *(const guint *) a)->start);
  gint64 y = chronicle_date_first_day (&chronicle_dataset_get_era (dataset, *(const guint *) b)->start);

  return (x > y) - (x < y);
}

/* The names of the eras in view, earliest first, or %NULL for none. */
static char *
eras_in_view (ChronicleTimelineView *self)
{
  double a = chronicle_time_scale_get_start (self->scale);
  double b = chronicle_time_scale_get_end (self->scale);
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *names;

  for (guint i = 0; i < chronicle_dataset_get_n_eras (self->dataset); i++)
    {
      const ChronicleEra *era = chronicle_dataset_get_era (self->dataset, i);

      if (chronicle_date_end_day (&era->end) > a && chronicle_date_first_day (&era->start) < b)
        g_array_append_val (shown, i);
    }
  if (shown->len == 0)
    return NULL;
  g_array_sort_with_data (shown, compare_era_starts, self->dataset);
  names = g_string_new (NULL);
  for (guint k = 0; k < shown->len; k++)
    {
      if (k > 0)
        g_string_append (names, C_("accessible description", ", "));
      g_string_append (names, chronicle_dataset_get_era_title (self->dataset, g_array_index (shown, guint, k),
                                                               self->language));
    }
  return g_string_free (names, FALSE);
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
      ChronicleMatchSet *matches = self->matches;
      guint total = matches ? chronicle_match_set_get_n_matching (matches)
                            : _chronicle_timeline_view_get_n_events (self);
      guint shown = chronicle_timeline_view_count_visible (self, TRUE);
      ChronicleDate from = { 0 }, to = { 0 };
      g_autofree char *range = NULL;
      g_autofree char *count = NULL;
      g_autofree char *eras = NULL;
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
      eras = eras_in_view (self);
      if (eras == NULL)
        /* Translators: the timeline's description for a screen reader: %1$s is the time
         * in view ("January 2021 – December 2023"), %2$s a count ("54 of 54 events"). */
        text = g_strdup_printf (_("Showing %1$s, %2$s"), range, count);
      else
        /* Translators: the timeline's description for a screen reader: %1$s is the time
         * in view ("January 2021 – December 2023"), %2$s a count ("54 of 54 events"),
         * %3$s the names of the eras in view (the named periods drawn as bands). */
        text = g_strdup_printf (_("Showing %1$s, %2$s; eras: %3$s"), range, count, eras);
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
void
_chronicle_timeline_view_update_accessible (ChronicleTimelineView *self)
{
  g_clear_handle_id (&self->describe_id, g_source_remove);
  self->describe_id = g_timeout_add (250, describe_cb, self);
}

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

void
_chronicle_timeline_view_sync_markers (ChronicleTimelineView *self,
                                       int                    width,
                                       int                    height)
{
  ChronicleMatchSet *matches = self->matches;
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
  _chronicle_timeline_view_update_accessible (self);
}

static void
on_marker_activated_cb (ChronicleTimelineView *self,
                        gint64                 position,
                        guint                  count,
                        guint                  marker,
                        ChronicleMarkerPool   *pool)
{
  if (self->dataset == NULL || position < 0 || position >= (gint64) _chronicle_timeline_view_get_n_events (self))
    return;
  if (count > 1)
    _chronicle_timeline_view_show_cluster (self, marker);
  else
    {
      _chronicle_timeline_view_select_position (self, position, FALSE);
      _chronicle_timeline_view_emit_event_activated (self, _chronicle_timeline_view_get_event (self, (guint) position));
    }
}

void
_chronicle_timeline_view_init_markers (ChronicleTimelineView *self)
{
  self->markers = chronicle_marker_pool_new (GTK_WIDGET (self));
  g_signal_connect_object (self->markers, "activated", G_CALLBACK (on_marker_activated_cb), self, G_CONNECT_SWAPPED);
}

void
_chronicle_timeline_view_navigate (ChronicleTimelineView *self,
                                   int                    direction)
{
  guint next;

  if (chronicle_navigation_step (_chronicle_timeline_view_get_n_events (self), _chronicle_timeline_view_get_mask (self),
                                 self->selected, direction, &next))
    _chronicle_timeline_view_select_position (self, next, TRUE);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

/* Roving focus: the timeline is one Tab stop, its current event object. */
gboolean
_chronicle_timeline_view_grab_focus (GtkWidget *widget)
{
  ChronicleTimelineView *self = CHRONICLE_TIMELINE_VIEW (widget);
  GtkWidget *current = chronicle_marker_pool_get_current (self->markers);

  if (current != NULL && gtk_widget_get_child_visible (current))
    return gtk_widget_grab_focus (current);
  return GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->grab_focus (widget);
}

gboolean
_chronicle_timeline_view_focus (GtkWidget        *widget,
                                GtkDirectionType  direction)
{
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);

  /* Leaving: Tab and Shift+Tab go on past the timeline (arrows are its own keys). */
  if (gtk_widget_has_focus (widget) || (focus_child != NULL && CHRONICLE_IS_EVENT_MARKER (focus_child)))
    return FALSE;
  if (focus_child == NULL)
    return _chronicle_timeline_view_grab_focus (widget);
  return GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->focus (widget, direction);
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
      !_chronicle_timeline_view_find (self, event, &position) ||
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
      !_chronicle_timeline_view_find (self, event, &position) ||
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
      !_chronicle_timeline_view_find (self, event, &position) ||
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
  const guint8 *mask = _chronicle_timeline_view_get_mask (self);
  ChronicleEventStore *store;
  double a, b;
  guint count = 0;

  g_return_val_if_fail (CHRONICLE_IS_TIMELINE_VIEW (self), 0);

  if (self->dataset == NULL)
    return 0;
  store = _chronicle_timeline_view_get_store (self);
  a = chronicle_time_scale_get_start (self->scale);
  b = chronicle_time_scale_get_end (self->scale);
  for (guint i = 0; i < _chronicle_timeline_view_get_n_events (self); i++)
    if (chronicle_event_store_get_ends (store)[i] > a && chronicle_event_store_get_starts (store)[i] < b &&
        (!matching_only || mask == NULL || mask[i]) &&
        (!_chronicle_timeline_view_hides_filtered (self) || mask == NULL || mask[i]))
      count++;
  return count;
}
