/* chronicle-marker-pool.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-marker-pool"

#include "config.h"

#include "chronicle-marker-pool.h"

#include <glib/gi18n.h>

#include "chronicle-date-format.h"
#include "chronicle-event-marker.h"

/* The timeline's events as a screen reader and the keyboard reach them: one
 * ChronicleEventMarker child of the canvas per marker of the computed scene in view,
 * placed on the marker's box, made from a pool that is reused from frame to frame and
 * capped (a view shows at most a few hundred markers; past the cap, the "+N" clusters
 * and zooming in reach the rest).
 *
 * The "current" marker (the selected event's, else the one the keyboard was on, else
 * the earliest in view) is the canvas's one Tab stop: roving focus. It always exists
 * while the selected event does, even when that event is panned out of view (then it
 * sits at the canvas's edge). When the current marker moves to another event, it moves
 * to the other of two widgets kept for it, so focusing it is a real focus change that a
 * screen reader announces with the new name. */

#define MAX_MARKERS 160

struct _ChronicleMarkerPool
{
  GObject    parent_instance;

  GtkWidget *parent;        /* unowned: the canvas owns the pool */
  GPtrArray *widgets;       /* ChronicleEventMarker, parented to @parent */
  GArray    *boxes;         /* GtkAllocation of each widget, for chronicle_marker_pool_allocate() */
  guint      n_shown;
  guint      current_slot;  /* 0 or 1 */
  gint64     current;       /* store position of the current marker's first event, or -1 */
  gboolean   has_current;
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ChronicleMarkerPool, chronicle_marker_pool, G_TYPE_OBJECT)

static void
on_marker_clicked_cb (ChronicleMarkerPool  *self,
                      ChronicleEventMarker *marker)
{
  g_signal_emit (self, signals[ACTIVATED], 0,
                 chronicle_event_marker_get_position (marker),
                 chronicle_event_marker_get_count (marker),
                 chronicle_event_marker_get_marker_index (marker));
}

/* Shows or hides one object, for the eye (child-visible) and for assistive technologies
 * (the hidden state: GTK lists every child, child-visible or not). Neither asks the
 * canvas for a new allocation. */
static void
set_shown (GtkWidget *widget,
           gboolean   shown)
{
  if (gtk_widget_get_child_visible (widget) == shown)
    return;
  gtk_widget_set_child_visible (widget, shown);
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, !shown, -1);
}

static ChronicleEventMarker *
widget_at (ChronicleMarkerPool *self,
           guint                slot)
{
  while (self->widgets->len <= slot)
    {
      GtkWidget *widget = chronicle_event_marker_new ();

      /* The canvas takes the pointer (drag, click, hover): these are for the keyboard
       * and assistive technologies only. */
      gtk_widget_set_can_target (widget, FALSE);
      gtk_widget_set_child_visible (widget, FALSE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_set_parent (widget, self->parent);
      g_signal_connect_object (widget, "clicked", G_CALLBACK (on_marker_clicked_cb), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->widgets, widget);
      g_array_set_size (self->boxes, self->widgets->len);
    }
  return g_ptr_array_index (self->widgets, slot);
}

static const char *
kind_label (ChronicleDataset *dataset,
            ChronicleEvent   *event,
            const char       *language)
{
  const ChronicleKind *kind = chronicle_dataset_find_kind (dataset, chronicle_event_get_kind (event));
  g_autofree char *owner = g_strdup_printf ("kind/%s", chronicle_event_get_kind (event));

  return chronicle_dataset_translate (dataset, owner, language, "label",
                                      kind ? kind->label : chronicle_event_get_kind (event));
}

/**
 * chronicle_marker_pool_describe:
 * @matches: (nullable): what the filter keeps, %NULL for everything
 *
 * What a screen reader says after an event's title: its kind, date, place, partners,
 * and where it stands among the events the filters keep.
 *
 * Returns: (transfer full): the description
 */
char *
chronicle_marker_pool_describe (ChronicleDataset  *dataset,
                                ChronicleMatchSet *matches,
                                const char        *language,
                                guint              position)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  ChronicleEvent *event = chronicle_event_store_get_event (store, position);
  const char * const *partners = chronicle_event_get_partners (event);
  const char *place = chronicle_event_get_translated (event, language, "place");
  /* Translators: separates the parts of an event's spoken description (kind, date,
   * place, partners, count), and the partners in a list. */
  const char *separator = C_("accessible description", ", ");
  g_autofree char *date = chronicle_date_format_range (chronicle_event_get_start (event),
                                                       chronicle_event_get_end (event));
  g_autofree char *count = NULL;
  GString *text = g_string_new (kind_label (dataset, event, language));

  g_string_append (text, separator);
  g_string_append (text, date);
  /* The eras it falls in, drawn as bands behind it: a screen reader hears them too. */
  for (guint i = 0; i < chronicle_dataset_get_n_eras (dataset); i++)
    {
      const ChronicleEra *era = chronicle_dataset_get_era (dataset, i);
      gint64 start = chronicle_event_store_get_starts (store)[position];
      g_autofree char *in_era = NULL;

      if (start < chronicle_date_first_day (&era->start) || start >= chronicle_date_end_day (&era->end))
        continue;
      /* Translators: in an event's spoken description, the era it falls in (one of
       * the named periods drawn as bands on the timeline): %s is the era's name. */
      in_era = g_strdup_printf (_("era: %s"), chronicle_dataset_get_era_title (dataset, i, language));
      g_string_append (text, separator);
      g_string_append (text, in_era);
    }
  if (place != NULL && *place != '\0')
    {
      g_string_append (text, separator);
      g_string_append (text, place);
    }
  for (guint i = 0; partners != NULL && partners[i] != NULL; i++)
    {
      const ChroniclePartner *p = chronicle_dataset_find_partner (dataset, partners[i]);
      g_autofree char *owner = g_strdup_printf ("partner/%s", partners[i]);
      const char *name = chronicle_dataset_translate (dataset, owner, language, "name", p ? p->name : partners[i]);

      /* "Turkey" once, when the place is the partner. */
      if (g_strcmp0 (name, place) == 0)
        continue;
      g_string_append (text, separator);
      g_string_append (text, name);
    }

  if (matches == NULL)
    {
      guint n = chronicle_event_store_get_n_events (store);

      /* Translators: where an event stands among those shown: %1$u is its number,
       * %2$u how many events the filters keep. */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "event %1$u of %2$u shown", "event %1$u of %2$u shown", n),
                               position + 1, n);
    }
  else if (chronicle_match_set_contains (matches, position))
    {
      guint n = chronicle_match_set_get_n_matching (matches);

      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "event %1$u of %2$u shown", "event %1$u of %2$u shown", n),
                               chronicle_match_set_rank (matches, position) + 1, n);
    }
  else
    count = g_strdup (_("not kept by the filters"));

  g_string_append (text, separator);
  g_string_append (text, count);
  return g_string_free (text, FALSE);
}

/* What a "+N" cluster's object says after its name: its lane and its span of time,
 * so that clusters can be told apart, and what Enter does. */
static char *
describe_cluster (ChronicleDataset *dataset,
                  ChronicleScene   *scene,
                  const ChronicleMarker *m,
                  const char       *language)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (dataset);
  ChronicleEvent *first = chronicle_event_store_get_event (store, chronicle_scene_get_event (scene, m->first));
  ChronicleEvent *last = chronicle_event_store_get_event (store, chronicle_scene_get_event (scene, m->last));
  g_autofree char *span = chronicle_date_format_range (chronicle_event_get_start (first),
                                                       chronicle_event_get_start (last));

  /* Translators: the description of a "+4" cluster of events on the timeline: %1$s is
   * the kind of its first event ("Visit"), %2$s the span of their dates. */
  return g_strdup_printf (_("%1$s, %2$s: press Enter to list them"), kind_label (dataset, first, language), span);
}

/* How far the focus ring is drawn outside an object's box (style.css: a 3 px outline
 * 2 px off), and a pixel to spare. */
#define RING_ROOM 6

/* Time's part of the canvas, where objects and their focus rings go: never over the
 * lane names in the gutter (left of it, or right of it right to left). A sliver at
 * each end is kept for the ring of a box that reaches the edge. */
static void
time_area (ChronicleTimeScale *scale,
           int                 width,
           double             *x0,
           double             *x1)
{
  double origin = chronicle_time_scale_get_origin (scale);
  double end = MIN (origin + chronicle_time_scale_get_width (scale), width);

  *x0 = origin + RING_ROOM;
  *x1 = end - RING_ROOM;
  if (*x1 - *x0 < 2)
    *x0 = origin, *x1 = MAX (end, origin);
}

/* The box a marker's object covers: its shape and its label, in time's part of the
 * canvas. */
static gboolean
marker_box (ChronicleTimelineRenderer *renderer,
            ChronicleTimeScale        *scale,
            const ChronicleMarker     *m,
            guint                      index,
            int                        width,
            int                        height,
            GtkAllocation             *box)
{
  cairo_rectangle_t rect;
  double top = chronicle_timeline_renderer_get_axis_height (renderer);
  double x0, x1, y0, y1, left, right;

  if (!chronicle_timeline_renderer_marker_rect (renderer, index, &rect))
    return FALSE;
  time_area (scale, width, &left, &right);
  x0 = MIN (rect.x, m->box_x0);
  x1 = MAX (rect.x + rect.width, m->box_x1);
  y0 = rect.y;
  y1 = rect.y + rect.height;
  x0 = CLAMP (x0, left, right);
  x1 = CLAMP (x1, left, right);
  y0 = CLAMP (y0, top, height);
  y1 = CLAMP (y1, top, height);
  if (x1 - x0 < 1 || y1 - y0 < 1)
    return FALSE;
  *box = (GtkAllocation) { (int) floor (x0), (int) floor (y0), (int) ceil (x1 - x0), (int) ceil (y1 - y0) };
  return TRUE;
}

static void
place (ChronicleMarkerPool *self,
       guint                slot,
       gint64               position,
       guint                count,
       guint                marker_index,
       const char          *name,
       const char          *description,
       const GtkAllocation *box,
       gboolean             current)
{
  ChronicleEventMarker *marker = widget_at (self, slot);

  chronicle_event_marker_set_target (marker, position, count, marker_index);
  chronicle_event_marker_set_texts (marker, name, description);
  gtk_widget_set_focusable (GTK_WIDGET (marker), current);
  set_shown (GTK_WIDGET (marker), TRUE);
  g_array_index (self->boxes, GtkAllocation, slot) = *box;
}

/**
 * chronicle_marker_pool_sync:
 * @matches: (nullable): what the filter keeps, %NULL for everything
 * @selected: the selected event's store position, or -1
 *
 * Places an object on every marker of @renderer's computed scene (up to the cap),
 * named and described for a screen reader. Call it after
 * chronicle_timeline_renderer_layout() and before the canvas is allocated (it shows and
 * hides children, which asks for a new allocation): from a frame clock tick, say.
 * chronicle_marker_pool_allocate() then puts each object in its place.
 *
 * Returns: %TRUE when the current marker moved to another event (or appeared or went):
 *   the canvas then moves the keyboard focus to it if the focus was inside
 */
gboolean
chronicle_marker_pool_sync (ChronicleMarkerPool       *self,
                            ChronicleTimelineRenderer *renderer,
                            ChronicleTimeScale        *scale,
                            ChronicleDataset          *dataset,
                            ChronicleMatchSet         *matches,
                            const char                *language,
                            gint64                     selected,
                            int                        width,
                            int                        height)
{
  ChronicleScene *scene = chronicle_timeline_renderer_get_scene (renderer);
  ChronicleEventStore *store;
  const ChronicleMarker *markers = NULL;
  guint n = 0, slot = 2, current_marker = G_MAXUINT;
  gint64 current = -1, previous = self->has_current ? self->current : -1;
  gboolean had_current = self->has_current;

  g_return_val_if_fail (CHRONICLE_IS_MARKER_POOL (self), FALSE);

  if (dataset == NULL)
    {
      chronicle_marker_pool_clear (self);
      return had_current;
    }
  store = chronicle_dataset_get_events (dataset);
  markers = chronicle_scene_get_markers (scene, &n);

  /* Which marker is current: the selected event's; else the one the keyboard was on,
   * while it is in view; else the earliest in view. */
  if (selected >= 0)
    {
      current = selected;
      if (!chronicle_scene_find_event (scene, (guint) selected, &current_marker))
        current_marker = G_MAXUINT;
    }
  else
    {
      guint best = G_MAXUINT;

      if (previous >= 0 && chronicle_scene_find_event (scene, (guint) previous, &current_marker))
        current = previous;
      else
        for (guint i = 0; i < n; i++)
          {
            guint position = chronicle_scene_get_event (scene, markers[i].first);

            if (position < best)
              {
                best = position;
                current_marker = i;
              }
          }
      if (current < 0 && current_marker != G_MAXUINT)
        current = chronicle_scene_get_event (scene, markers[current_marker].first);
    }

  self->has_current = current >= 0;
  if (self->has_current && (!had_current || current != previous))
    self->current_slot = 1 - self->current_slot;
  self->current = current;

  /* The current marker, in its slot; the other slot of the two is left unused. */
  if (self->has_current)
    {
      ChronicleEvent *event = chronicle_event_store_get_event (store, (guint) current);
      GtkAllocation box;
      g_autofree char *name = NULL;
      g_autofree char *description = NULL;
      guint count = current_marker != G_MAXUINT ? markers[current_marker].count : 1;

      if (count > 1 && current != selected)
        {
          /* Translators: the heading of the list of events in a cluster. */
          name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event here", "%u events here", count), count);
          description = describe_cluster (dataset, scene, &markers[current_marker], language);
        }
      else
        {
          name = g_strdup (chronicle_event_get_translated (event, language, "title"));
          description = chronicle_marker_pool_describe (dataset, matches, language, (guint) current);
          count = 1;
        }

      if (current_marker == G_MAXUINT ||
          !marker_box (renderer, scale, &markers[current_marker], current_marker, width, height, &box))
        {
          /* Out of view: at the edge of time's part it lies beyond, so it can still be
           * focused. */
          double x = chronicle_time_scale_to_x (scale, chronicle_event_get_start_position (event));
          int top = (int) chronicle_timeline_renderer_get_axis_height (renderer);
          double left, right;

          time_area (scale, width, &left, &right);
          box = (GtkAllocation) { x < left ? (int) ceil (left) : MAX ((int) floor (right) - 2, 0), top, 2,
                                  MAX ((int) chronicle_timeline_renderer_get_row_height (renderer), 1) };
        }
      place (self, self->current_slot, current, count, current_marker, name, description, &box, TRUE);
    }
  if (self->widgets->len > 1 - self->current_slot)
    set_shown (GTK_WIDGET (widget_at (self, 1 - self->current_slot)), FALSE);
  if (!self->has_current && self->widgets->len > self->current_slot)
    set_shown (GTK_WIDGET (widget_at (self, self->current_slot)), FALSE);

  /* Every other marker in view. */
  for (guint i = 0; i < n && slot < MAX_MARKERS; i++)
    {
      const ChronicleMarker *m = &markers[i];
      GtkAllocation box;

      if (i == current_marker || !marker_box (renderer, scale, m, i, width, height, &box))
        continue;

      if (m->count > 1)
        {
          g_autofree char *name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event here", "%u events here", m->count),
                                                   m->count);
          g_autofree char *description = describe_cluster (dataset, scene, m, language);

          place (self, slot++, chronicle_scene_get_event (scene, m->first), m->count, i, name,
                 description, &box, FALSE);
        }
      else
        {
          guint position = chronicle_scene_get_event (scene, m->first);
          ChronicleEvent *event = chronicle_event_store_get_event (store, position);
          g_autofree char *description = chronicle_marker_pool_describe (dataset, matches, language, position);

          place (self, slot++, position, 1, i, chronicle_event_get_translated (event, language, "title"),
                 description, &box, FALSE);
        }
    }
  self->n_shown = slot - 2 + (self->has_current ? 1 : 0);
  for (guint i = slot; i < self->widgets->len; i++)
    set_shown (g_ptr_array_index (self->widgets, i), FALSE);

  return had_current != self->has_current || current != previous;
}

/* From the canvas's size_allocate: each object shown, in its box. */
void
chronicle_marker_pool_allocate (ChronicleMarkerPool *self)
{
  g_return_if_fail (CHRONICLE_IS_MARKER_POOL (self));

  for (guint i = 0; i < self->widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->widgets, i);

      if (gtk_widget_get_child_visible (widget))
        gtk_widget_size_allocate (widget, &g_array_index (self->boxes, GtkAllocation, i), -1);
    }
}

/**
 * chronicle_marker_pool_get_current:
 *
 * Returns: (transfer none) (nullable): the object of the current marker: the one the
 *   keyboard focus goes to when it enters the timeline
 */
GtkWidget *
chronicle_marker_pool_get_current (ChronicleMarkerPool *self)
{
  g_return_val_if_fail (CHRONICLE_IS_MARKER_POOL (self), NULL);

  if (!self->has_current || self->widgets->len <= self->current_slot)
    return NULL;
  return g_ptr_array_index (self->widgets, self->current_slot);
}

/* How many markers have an object now. */
guint
chronicle_marker_pool_get_n_shown (ChronicleMarkerPool *self)
{
  g_return_val_if_fail (CHRONICLE_IS_MARKER_POOL (self), 0);
  return self->n_shown;
}

/* Draws the objects' focus rings (they draw nothing else). */
void
chronicle_marker_pool_snapshot (ChronicleMarkerPool *self,
                                GtkSnapshot         *snapshot)
{
  g_return_if_fail (CHRONICLE_IS_MARKER_POOL (self));

  for (guint i = 0; i < self->widgets->len; i++)
    gtk_widget_snapshot_child (self->parent, g_ptr_array_index (self->widgets, i), snapshot);
}

/* Unparents every object: when the canvas goes, or has nothing to show. */
void
chronicle_marker_pool_clear (ChronicleMarkerPool *self)
{
  g_return_if_fail (CHRONICLE_IS_MARKER_POOL (self));

  for (guint i = 0; i < self->widgets->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->widgets, i));
  g_ptr_array_set_size (self->widgets, 0);
  g_array_set_size (self->boxes, 0);
  self->has_current = FALSE;
  self->current = -1;
  self->n_shown = 0;
}

static void
chronicle_marker_pool_finalize (GObject *object)
{
  ChronicleMarkerPool *self = CHRONICLE_MARKER_POOL (object);

  g_clear_pointer (&self->widgets, g_ptr_array_unref);
  g_clear_pointer (&self->boxes, g_array_unref);

  G_OBJECT_CLASS (chronicle_marker_pool_parent_class)->finalize (object);
}

static void
chronicle_marker_pool_class_init (ChronicleMarkerPoolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = chronicle_marker_pool_finalize;

  /**
   * ChronicleMarkerPool::activated:
   * @position: the event's store position (a cluster's first event's)
   * @count: 1 for an event, N for a "+N" cluster
   * @marker: the scene's marker
   *
   * An object was activated: Enter, Space, or a screen reader's "click".
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_UINT, G_TYPE_UINT);
}

static void
chronicle_marker_pool_init (ChronicleMarkerPool *self)
{
  self->widgets = g_ptr_array_new ();
  self->boxes = g_array_new (FALSE, TRUE, sizeof (GtkAllocation));
  self->current = -1;
}

ChronicleMarkerPool *
chronicle_marker_pool_new (GtkWidget *parent)
{
  ChronicleMarkerPool *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);

  self = g_object_new (CHRONICLE_TYPE_MARKER_POOL, NULL);
  self->parent = parent;
  return self;
}
