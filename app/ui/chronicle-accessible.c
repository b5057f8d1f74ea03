/* chronicle-accessible.c — names for what GTK 4.8 leaves unnamed
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a button with a mnemonic label twice, by its raw label and by the
 * label inside it ("_Cancel Cancel"); an icon-only button by its image's type
 * ("GtkImage", its tooltip being only the description). These helpers give each one
 * plain name.
 */

#define G_LOG_DOMAIN "chronicle-accessible"

#include "config.h"

#include "chronicle-accessible.h"

#include <glib/gi18n.h>

/**
 * chronicle_accessible_set_name:
 * @name: what a screen reader calls @widget
 *
 * Makes @name the widget's one accessible name, replacing a label it is
 * labelled by (which GTK 4.8 would add to it).
 */
void
chronicle_accessible_set_name (GtkWidget  *widget,
                               const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* The text of the first label under @widget, without its mnemonic underscore. */
static const char *
inner_label_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      const char *text = inner_label_text (child);

      if (text != NULL && text[0] != '\0')
        return text;
    }
  return NULL;
}

/* What the icons of the icon-only buttons of GTK's and libadwaita's own windows mean. */
static const char *
icon_name_to_name (const char *icon)
{
  static const struct { const char *icon; const char *name; } names[] = {
    { "edit-find-symbolic", N_("Search") },
    { "go-previous-symbolic", N_("Back") },
    { "window-close-symbolic", N_("Close") },
  };

  for (guint i = 0; icon != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (icon, names[i].icon))
      return _(names[i].name);
  return NULL;
}

static gboolean
has_image_child_only (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL && GTK_IS_IMAGE (child) && gtk_widget_get_next_sibling (child) == NULL;
}

/**
 * chronicle_accessible_present:
 *
 * Presents @window with the keyboard focus on its first control: GTK 4.8 leaves a
 * new window (a shortcuts or preferences window) with no focus at all, and a
 * screen reader then says nothing.
 */
void
chronicle_accessible_present (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  gtk_window_present (window);
  if (gtk_window_get_focus (window) == NULL)
    gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
}

/**
 * chronicle_accessible_fix_names:
 * @root: a window or a part of one, built
 *
 * Names the buttons under @root that GTK 4.8 names badly: a mnemonic button gets
 * its label's plain text, an icon-only button its tooltip (or what its icon means),
 * a button around a label that label's text, a search entry its placeholder. Use it
 * on windows whose controls are named by nobody else (GTK's and libadwaita's own).
 */
void
chronicle_accessible_fix_names (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    {
      GtkButton *button = GTK_BUTTON (root);
      const char *tooltip = gtk_widget_get_tooltip_text (root);

      if (gtk_button_get_use_underline (button) && gtk_button_get_label (button) != NULL &&
          inner_label_text (root) != NULL)
        chronicle_accessible_set_name (root, inner_label_text (root));
      else if (gtk_button_get_label (button) == NULL && tooltip != NULL && has_image_child_only (root))
        chronicle_accessible_set_name (root, tooltip);
      else if (gtk_button_get_label (button) == NULL && has_image_child_only (root))
        {
          const char *icon = gtk_image_get_icon_name (GTK_IMAGE (gtk_widget_get_first_child (root)));
          const char *name = icon_name_to_name (icon);

          if (name != NULL)
            chronicle_accessible_set_name (root, name);
        }
      else if (gtk_button_get_label (button) == NULL && inner_label_text (root) != NULL)
        chronicle_accessible_set_name (root, inner_label_text (root));
    }
  else if (GTK_IS_MENU_BUTTON (root))
    {
      const char *label = gtk_menu_button_get_label (GTK_MENU_BUTTON (root));
      const char *icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (root));
      const char *tooltip = gtk_widget_get_tooltip_text (root);

      if (label != NULL)
        chronicle_accessible_set_name (root, label);
      else if (tooltip != NULL)
        chronicle_accessible_set_name (root, tooltip);
      else if (icon_name_to_name (icon) != NULL)
        chronicle_accessible_set_name (root, icon_name_to_name (icon));
      else if (inner_label_text (root) != NULL)
        chronicle_accessible_set_name (root, inner_label_text (root));
    }
  else if (GTK_IS_SEARCH_ENTRY (root))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (root, "placeholder-text", &placeholder, NULL);
      chronicle_accessible_set_name (root, placeholder != NULL && placeholder[0] != '\0' ? placeholder
                                                                                       : _("Search"));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    chronicle_accessible_fix_names (child);
}

/* Mnemonic buttons ("_Cancel") below @widget get their plain text as their one name
 * (icon-only buttons are named in their templates). */
void
chronicle_accessible_name_mnemonic_buttons (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL &&
      GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))))
    chronicle_accessible_set_name (widget, gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    chronicle_accessible_name_mnemonic_buttons (child);
}
