/* chronicle-wrap-layout.c — children in a row that wraps onto more lines
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays a widget's children out from the start edge, each at its natural width, and
 * starts a new line when the next would not fit, as words in a paragraph (GTK 4.8 has
 * no wrap box: GtkFlowBox aligns its children in columns and wraps each in a child
 * widget of its own). Set on a horizontal GtkBox, it keeps the box's children as they
 * are, so their order, focus and the box's API stay the same. A child wider than the
 * whole width gets the whole width, never less than its minimum.
 */

#define G_LOG_DOMAIN "chronicle-wrap-layout"

#include "config.h"

#include "chronicle-wrap-layout.h"

struct _ChronicleWrapLayout
{
  GtkLayoutManager parent_instance;

  int              spacing;       /* between children on a line */
  int              line_spacing;  /* between lines */
  int              height;        /* at the width last allocated; 0 before */
};

enum {
  PROP_0,
  PROP_HEIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ChronicleWrapLayout, chronicle_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

/* The width @child gets on a line @width wide. */
static int
child_width (GtkWidget *child,
             int        width)
{
  int minimum = 0, natural = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return MAX (minimum, MIN (natural, width));
}

/* Walks the visible children line by line at @width, allocating them if @allocate,
 * and returns the height of all lines. */
static int
flow (ChronicleWrapLayout *self,
      GtkWidget           *widget,
      int                  width,
      gboolean             allocate)
{
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkWidget *line_start = gtk_widget_get_first_child (widget);
  int y = 0;
  gboolean first_line = TRUE;

  while (line_start != NULL)
    {
      GtkWidget *child, *line_end = NULL;
      int x = 0, line_height = 0;

      /* Which children fit on this line, and how tall it is. */
      for (child = line_start; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int w, h = 0;

          if (!gtk_widget_should_layout (child))
            continue;
          w = child_width (child, width);
          if (x > 0 && x + self->spacing + w > width)
            break;
          x += (x > 0 ? self->spacing : 0) + w;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, NULL, &h, NULL, NULL);
          line_height = MAX (line_height, h);
          line_end = child;
        }
      if (line_end == NULL)
        break;

      if (!first_line)
        y += self->line_spacing;
      if (allocate)
        {
          x = 0;
          for (child = line_start; child != gtk_widget_get_next_sibling (line_end);
               child = gtk_widget_get_next_sibling (child))
            {
              int w;

              if (!gtk_widget_should_layout (child))
                continue;
              w = child_width (child, width);
              gtk_widget_size_allocate (child,
                                        &(GtkAllocation) { rtl ? width - x - w : x, y, w, line_height }, -1);
              x += w + self->spacing;
            }
        }
      y += line_height;
      first_line = FALSE;
      line_start = gtk_widget_get_next_sibling (line_end);
    }
  return y;
}

static GtkSizeRequestMode
chronicle_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                        GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
chronicle_wrap_layout_measure (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               GtkOrientation    orientation,
                               int               for_size,
                               int              *minimum,
                               int              *natural,
                               int              *minimum_baseline,
                               int              *natural_baseline)
{
  ChronicleWrapLayout *self = CHRONICLE_WRAP_LAYOUT (manager);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* At least the widest child; at best all of them on one line. */
      gboolean any = FALSE;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        {
          int child_min = 0, child_nat = 0;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural += (any ? self->spacing : 0) + child_nat;
          any = TRUE;
        }
    }
  else
    {
      int natural_width = 0, minimum_width = 0;

      /* For no width in particular: as tall as at the narrowest (GTK wants the
       * natural height no less than the minimum). */
      if (for_size < 0)
        {
          chronicle_wrap_layout_measure (manager, widget, GTK_ORIENTATION_HORIZONTAL, -1,
                                         &minimum_width, &natural_width, NULL, NULL);
          *minimum = *natural = flow (self, widget, minimum_width, FALSE);
        }
      else
        *minimum = *natural = flow (self, widget, for_size, FALSE);
    }
}

static void
chronicle_wrap_layout_allocate (GtkLayoutManager *manager,
                                GtkWidget        *widget,
                                int               width,
                                int               height,
                                int               baseline)
{
  ChronicleWrapLayout *self = CHRONICLE_WRAP_LAYOUT (manager);
  int lines_height = flow (self, widget, width, TRUE);

  if (lines_height != self->height)
    {
      self->height = lines_height;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT]);
    }
}

static void
chronicle_wrap_layout_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_HEIGHT:
      g_value_set_int (value, chronicle_wrap_layout_get_height (CHRONICLE_WRAP_LAYOUT (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/**
 * chronicle_wrap_layout_get_height:
 *
 * Returns: the height the children take at the width last allocated, 0 before (for
 *   a parent that cannot ask the height for a width: GtkScrolledWindow in GTK 4.8)
 */
int
chronicle_wrap_layout_get_height (ChronicleWrapLayout *self)
{
  g_return_val_if_fail (CHRONICLE_IS_WRAP_LAYOUT (self), 0);

  return self->height;
}

static void
chronicle_wrap_layout_class_init (ChronicleWrapLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = chronicle_wrap_layout_get_property;

  manager_class->get_request_mode = chronicle_wrap_layout_get_request_mode;
  manager_class->measure = chronicle_wrap_layout_measure;
  manager_class->allocate = chronicle_wrap_layout_allocate;

  properties[PROP_HEIGHT] =
    g_param_spec_int ("height", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
chronicle_wrap_layout_init (ChronicleWrapLayout *self)
{
}

/**
 * chronicle_wrap_layout_new:
 * @spacing: pixels between children on a line
 * @line_spacing: pixels between lines
 */
GtkLayoutManager *
chronicle_wrap_layout_new (int spacing,
                           int line_spacing)
{
  ChronicleWrapLayout *self = g_object_new (CHRONICLE_TYPE_WRAP_LAYOUT, NULL);

  self->spacing = MAX (spacing, 0);
  self->line_spacing = MAX (line_spacing, 0);
  return GTK_LAYOUT_MANAGER (self);
}
