/* chronicle-event-marker.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-event-marker"

#include "config.h"

#include "chronicle-event-marker.h"

/* One event (or one "+N" cluster) of the timeline as a screen reader and the keyboard see
 * it. GTK 4.8 lets an application expose only widgets to assistive technologies, so the
 * timeline keeps a small pool of these buttons, one per marker in view, placed on the
 * marker's box. They draw nothing but their focus ring (CSS, `eventmarker:focus-visible`):
 * the canvas paints the markers and labels. Being buttons, they have the "click" action
 * over AT-SPI and activate on Enter and Space. */

struct _ChronicleEventMarker
{
  GtkButton parent_instance;

  gint64    position;      /* store position of the event, or of a cluster's first; -1 unused */
  guint     count;         /* 1 for an event, N for a "+N" cluster */
  guint     marker_index;  /* the scene's marker this stands for */
  char     *name;
  char     *description;
};

G_DEFINE_FINAL_TYPE (ChronicleEventMarker, chronicle_event_marker, GTK_TYPE_BUTTON)

static void
chronicle_event_marker_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  /* Nothing: the canvas draws the marker under us; CSS draws the focus outline. */
}

static void
chronicle_event_marker_finalize (GObject *object)
{
  ChronicleEventMarker *self = CHRONICLE_EVENT_MARKER (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (chronicle_event_marker_parent_class)->finalize (object);
}

static void
chronicle_event_marker_class_init (ChronicleEventMarkerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = chronicle_event_marker_finalize;
  widget_class->snapshot = chronicle_event_marker_snapshot;

  gtk_widget_class_set_css_name (widget_class, "eventmarker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
chronicle_event_marker_init (ChronicleEventMarker *self)
{
  self->position = -1;
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), FALSE);
}

GtkWidget *
chronicle_event_marker_new (void)
{
  return g_object_new (CHRONICLE_TYPE_EVENT_MARKER, NULL);
}

void
chronicle_event_marker_set_target (ChronicleEventMarker *self,
                                   gint64                position,
                                   guint                 count,
                                   guint                 marker_index)
{
  g_return_if_fail (CHRONICLE_IS_EVENT_MARKER (self));

  self->position = position;
  self->count = count;
  self->marker_index = marker_index;
}

gint64
chronicle_event_marker_get_position (ChronicleEventMarker *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_MARKER (self), -1);
  return self->position;
}

guint
chronicle_event_marker_get_count (ChronicleEventMarker *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_MARKER (self), 0);
  return self->count;
}

guint
chronicle_event_marker_get_marker_index (ChronicleEventMarker *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_MARKER (self), 0);
  return self->marker_index;
}

/* Updates the accessible name and description, only when they change: each update is a
 * D-Bus signal to every listening screen reader. */
void
chronicle_event_marker_set_texts (ChronicleEventMarker *self,
                                  const char           *name,
                                  const char           *description)
{
  g_return_if_fail (CHRONICLE_IS_EVENT_MARKER (self));

  if (g_strcmp0 (self->name, name) == 0 && g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_free (self->description);
  self->description = g_strdup (description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->name ? self->name : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description ? self->description : "",
                                  -1);
}
