/* test-ui-smoke.c — starts the real application under Xvfb and looks at its window.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "chronicle-application.h"
#include "chronicle-window.h"
#include "ui-test-util.h"

typedef struct
{
  ChronicleApplication *app;
  gboolean              checked;
  guint                 poll_id;
} SmokeState;

static gboolean
window_has_action (GtkWidget  *window,
                   const char *detailed)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (window);
  const char *name = NULL;
  const GVariantType *parameter_type = NULL;
  const char *property_name = NULL;
  GType owner = G_TYPE_INVALID;

  if (g_str_has_prefix (detailed, "app."))
    return g_action_group_has_action (G_ACTION_GROUP (g_application_get_default ()), detailed + 4);

  if (g_str_has_prefix (detailed, "win.") &&
      g_action_group_has_action (G_ACTION_GROUP (window), detailed + 4))
    return TRUE;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property_name); i++)
    if (g_strcmp0 (name, detailed) == 0)
      return TRUE;

  return FALSE;
}

static void
collect_menu_actions (GMenuModel *model,
                      GPtrArray  *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_ptr_array_add (actions, g_steal_pointer (&action));

      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);
          collect_menu_actions (link, actions);
        }
    }
}

/* Every key trigger of every shortcut controller under @widget, as accelerator names. */
static void
collect_bound_keys (GtkWidget  *widget,
                    GHashTable *keys)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger))
            g_hash_table_add (keys, gtk_accelerator_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                                          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_bound_keys (child, keys);
}

/* The shortcuts window lists the keys of the General and Timeline groups, which are
 * widget bindings rather than application accelerators: each must really be bound.
 * (The Presenting group's keys are handled while presenting; test-ui-present
 * presses them.) */
static void
check_listed_keys_are_bound (GtkWidget *shortcuts,
                             GtkWidget *window)
{
  g_autoptr(GHashTable) bound = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  guint checked = 0;

  collect_bound_keys (window, bound);
  g_ptr_array_add (stack, shortcuts);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_SHORTCUTS_GROUP (widget))
        {
          g_autofree char *title = NULL;

          g_object_get (widget, "title", &title, NULL);
          if (g_strcmp0 (title, "Presenting") == 0)
            continue;
        }
      /* The window's search page holds copies of every shortcut: look at the groups'. */
      if (GTK_IS_SHORTCUTS_SHORTCUT (widget) && GTK_IS_SHORTCUTS_GROUP (gtk_widget_get_parent (widget)))
        {
          g_autofree char *accelerator = NULL;
          g_auto(GStrv) tokens = NULL;

          g_object_get (widget, "accelerator", &accelerator, NULL);
          tokens = g_strsplit (accelerator ? accelerator : "", " ", -1);
          for (guint i = 0; tokens[i] != NULL; i++)
            {
              guint keyval;
              GdkModifierType mods;
              g_autofree char *name = NULL;

              if (tokens[i][0] == '\0')
                continue;
              g_assert_true (gtk_accelerator_parse (tokens[i], &keyval, &mods));
              name = gtk_accelerator_name (keyval, mods);
              if (!g_hash_table_contains (bound, name))
                g_error ("the shortcuts window lists %s, which nothing binds", name);
              checked++;
            }
        }
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  g_assert_cmpuint (checked, >=, 15);
}

static gboolean
check_window_cb (gpointer user_data)
{
  SmokeState *state = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (state->app));
  GtkWidget *status_page;
  GtkWidget *menu_button;
  GMenuModel *menu;
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
  static const char *expected[] = { "win.open", "win.show-shortcuts", "app.about" };

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)) ||
      chronicle_window_is_loading (CHRONICLE_WINDOW (window)))
    return G_SOURCE_CONTINUE;

  /* With no file named, the bundled dataset is loaded in the background and shown. */
  g_assert_true (CHRONICLE_IS_WINDOW (window));
  g_assert_nonnull (chronicle_window_get_dataset (CHRONICLE_WINDOW (window)));
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Vietnam's diplomacy, 2021–2023: visits and relationship upgrades");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chronicle_window_get_timeline_view (CHRONICLE_WINDOW (window)))));

  /* The empty state is there for when nothing could be loaded, and not shown now. */
  status_page = ui_test_find_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status_page);
  g_assert_false (gtk_widget_get_mapped (status_page));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status_page)), ==, "No Timeline Open");

  /* The primary menu offers Open…, Keyboard Shortcuts and About, and each action exists. */
  menu_button = ui_test_find_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (menu_button)));
  /* Its popover is made when it first opens. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)))));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (menu);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  collect_menu_actions (menu, actions);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (g_ptr_array_find_with_equal_func (actions, expected[i], g_str_equal, NULL));
      g_assert_true (window_has_action (GTK_WIDGET (window), expected[i]));
    }
  g_assert_true (window_has_action (GTK_WIDGET (window), "app.quit"));

  /* The shortcuts window is built when first asked for, from its resource. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))));
  check_listed_keys_are_bound (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))),
                               GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))));

  /* The accelerators are wired. */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (state->app), "win.open");
    g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>o"));
  }

  state->checked = TRUE;
  state->poll_id = 0;
  g_action_group_activate_action (G_ACTION_GROUP (state->app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                SmokeState   *state)
{
  state->poll_id = g_timeout_add (20, check_window_cb, state);
}

static void
test_ui_smoke_window (void)
{
  SmokeState state = { 0 };
  int status;

  state.app = chronicle_application_new ();
  g_signal_connect_after (state.app, "activate", G_CALLBACK (on_activate_cb), &state);

  status = g_application_run (G_APPLICATION (state.app), 0, NULL);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (state.checked);
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (state.app)));
  g_assert_finalize_object (state.app);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/chronicle/ui/smoke/window", test_ui_smoke_window);

  return g_test_run ();
}
