/* chronicle-window-actions.c — every win.* action, and when each is enabled
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-window-actions"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "chronicle-accessible.h"
#include "chronicle-dataset-window.h"
#include "chronicle-export-dialog.h"
#include "chronicle-window-private.h"

enum {
  PROP_0,
  PROP_GROUP_BY,
  PROP_HIDE_FILTERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* win.group-by and win.hide-filtered are property actions: these two properties
 * are the session's, as the menu and the settings spell them. */
static void
get_property (GObject    *object,
              guint       prop_id,
              GValue     *value,
              GParamSpec *pspec)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (object);

  switch (prop_id)
    {
    /* Property actions read these while the template is built, before the session is there. */
    case PROP_GROUP_BY:
      g_value_set_string (value, self->session && chronicle_session_get_group_by (self->session) ==
                                 CHRONICLE_GROUP_BY_PARTNER ? "partner" : "kind");
      break;
    case PROP_HIDE_FILTERED:
      g_value_set_boolean (value, self->session && chronicle_session_get_hide_filtered (self->session));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_property (GObject      *object,
              guint         prop_id,
              const GValue *value,
              GParamSpec   *pspec)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_GROUP_BY:
      if (self->session != NULL && g_value_get_string (value) != NULL)
        chronicle_session_set_group_by (self->session, g_str_equal (g_value_get_string (value), "partner")
                                                       ? CHRONICLE_GROUP_BY_PARTNER : CHRONICLE_GROUP_BY_KIND);
      break;
    case PROP_HIDE_FILTERED:
      if (self->session != NULL)
        chronicle_session_set_hide_filtered (self->session, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_session_group_by_cb (ChronicleWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_BY]);
}

static void
on_session_hide_filtered_cb (ChronicleWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_FILTERED]);
}

/* What can be done depends on whether there is data (and what it names), and on
 * whether a load runs. */
void
_chronicle_window_update_actions (ChronicleWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_data = chronicle_session_get_dataset (self->session) != NULL;

  gtk_widget_action_set_enabled (widget, "win.zoom-in", has_data);
  gtk_widget_action_set_enabled (widget, "win.zoom-out", has_data);
  gtk_widget_action_set_enabled (widget, "win.zoom-fit", has_data);
  gtk_widget_action_set_enabled (widget, "win.cancel-load", chronicle_document_controller_get_loading (self->document));
  gtk_widget_set_visible (self->zoom_box, has_data);
  gtk_widget_set_visible (self->sidebar_button, has_data);
  gtk_widget_set_visible (self->filter_slot, has_data);
  gtk_widget_action_set_enabled (widget, "win.select-next", has_data);
  gtk_widget_action_set_enabled (widget, "win.about-dataset", has_data);
  gtk_widget_action_set_enabled (widget, "win.export", has_data);
  gtk_widget_action_set_enabled (widget, "win.present", has_data);
  gtk_widget_action_set_enabled (widget, "win.present-from-event", has_data);
  gtk_widget_action_set_enabled (widget, "win.print", has_data);
  gtk_widget_action_set_enabled (widget, "win.select-previous", has_data);
  /* A lane mode the data cannot use is not offered (the menu hides the Lanes choice). */
  gtk_widget_action_set_enabled (widget, "win.group-by",
                                 has_data && chronicle_timeline_view_can_group_by (self->timeline_view,
                                                                                   CHRONICLE_GROUP_BY_PARTNER));
}

/* ---- files --------------------------------------------------------------------- */

static void
on_file_chooser_response_cb (ChronicleWindow      *self,
                             int                   response,
                             GtkFileChooserNative *chooser)
{
  g_assert (CHRONICLE_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        chronicle_window_open_file (self, file);
    }

  g_clear_object (&self->file_chooser);
}

/* What the Open dialog shows at first: every file Chronicle opens, TimelineJS
 * spreadsheets saved as CSV too (a teacher's CSV was hidden behind "All Files"). */
GtkFileFilter *
_chronicle_window_new_timeline_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Timeline Files (JSON or CSV)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  return filter;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  g_autoptr(GtkFileFilter) json_filter = _chronicle_window_new_timeline_filter ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
      return;
    }

  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");

  self->file_chooser = gtk_file_chooser_native_new (_("Open Timeline"),
                                                    GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_OPEN,
                                                    _("_Open"),
                                                    _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->file_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), json_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), all_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->file_chooser), json_filter);
  g_signal_connect_object (self->file_chooser, "response",
                           G_CALLBACK (on_file_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  chronicle_window_open_file (CHRONICLE_WINDOW (widget), file);
}

/* The dataset Chronicle comes with, whatever was opened since. */
static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  chronicle_document_controller_open_bundled (self->document);
}

/* Every error and warning of the last load, each with its place. */
static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  GPtrArray *problems = chronicle_document_controller_get_problems (self->document);

  if (self->problems_summary == NULL || problems->len == 0)
    return;
  gtk_window_present (chronicle_problems_dialog_new (GTK_WINDOW (self), self->problems_summary, problems,
                                                     chronicle_document_controller_get_n_errors (self->document)));
}

static void
dismiss_problems_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (CHRONICLE_WINDOW (widget)->problems_banner, FALSE);
}

/* The window goes back at once to what it showed. */
static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  if (!chronicle_document_controller_get_loading (self->document))
    return;
  chronicle_document_controller_cancel (self->document);
  gtk_stack_set_visible_child_name (self->main_stack,
                                    chronicle_session_get_dataset (self->session) ? "timeline" : "empty");
  _chronicle_window_update_actions (self);
}

/* ---- the timeline ---------------------------------------------------------------- */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  const char *name = strchr (action_name, '.') + 1;
  g_autofree char *timeline_action = g_strconcat ("timeline.", name, NULL);

  gtk_widget_activate_action (GTK_WIDGET (self->timeline_view), timeline_action, NULL);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->timeline_view),
                              g_str_equal (action_name, "win.select-next") ? "timeline.select-next"
                                                                           : "timeline.select-previous", NULL);
}

static void
filter_partner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  const char *partners[] = { g_variant_get_string (parameter, NULL), NULL };

  chronicle_filter_set_partners (chronicle_session_get_filter (self->session), partners);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  if (chronicle_session_get_dataset (self->session) != NULL)
    {
      gtk_revealer_set_reveal_child (self->filter_revealer, TRUE);
      chronicle_filter_bar_focus_search (self->filter_bar);
    }
}

/* Enter in the search field: the first event the filters keep, with the keyboard
 * (the List's first row on the List page, else selected on the timeline). */
static void
first_match_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  ChronicleMatchSet *matches = chronicle_session_get_match_set (self->session);

  if (chronicle_session_get_dataset (self->session) == NULL ||
      chronicle_presentation_get_presenting (self->presentation) ||
      (matches != NULL && chronicle_match_set_get_n_matching (matches) == 0))
    return;
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "list") == 0)
    {
      chronicle_event_list_focus (self->event_list);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self->timeline_view), "timeline.select-first", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline_view));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* win.present (F5) starts on the title slide, win.present-from-event (Shift+F5) on the
 * event selected, as slide software does; either leaves when presenting. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  _chronicle_window_set_presenting (self, !chronicle_presentation_get_presenting (self->presentation),
                                    g_str_equal (action_name, "win.present-from-event"));
}

/* ---- keys from anywhere ------------------------------------------------------------- */

/* Whether the key belongs to the focused widget rather than to the timeline: text
 * being typed, and, for the plain arrows and Home/End, a widget that moves within
 * itself with them (a list, the filter bar's rows, a selectable label). The timeline takes
 * its own keys. */
static gboolean
focus_keeps_key (ChronicleWindow *self,
                 gboolean         plain)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (chronicle_presentation_get_presenting (self->presentation))
    return TRUE;
  if (focus == NULL)
    return FALSE;
  if (focus == GTK_WIDGET (self->timeline_view) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->timeline_view)))
    return TRUE;
  if (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus) ||
      gtk_widget_get_ancestor (focus, GTK_TYPE_EDITABLE) != NULL)
    return TRUE;
  if (!plain)
    return FALSE;
  /* The filter bar's rows are toolbars: the arrows move along them. */
  return GTK_IS_LABEL (focus) || GTK_IS_SCALE (focus) ||
         gtk_widget_is_ancestor (focus, GTK_WIDGET (self->filter_bar)) ||
         gtk_widget_get_ancestor (focus, GTK_TYPE_COLUMN_VIEW) != NULL ||
         gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW) != NULL ||
         gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX) != NULL ||
         gtk_widget_get_ancestor (focus, GTK_TYPE_FLOW_BOX) != NULL ||
         gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN) != NULL;
}

/* A timeline key pressed anywhere else in the window: the timeline acts on it, as
 * if it had the focus (the zoom keys work after clicking a filter button). */
static gboolean
forward_key_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  const char *action = user_data;
  gboolean plain = !g_str_has_prefix (action, "timeline.zoom");
  GtkEventController *keys = g_object_get_data (G_OBJECT (self), "chronicle-timeline-keys");
  GdkEvent *event = gtk_event_controller_get_current_event (keys);

  /* A popover (a picker) is its own surface, with its own focus: its keys stay there. */
  if (event == NULL || gdk_event_get_surface (event) != gtk_native_get_surface (GTK_NATIVE (self)))
    return FALSE;
  if (chronicle_session_get_dataset (self->session) == NULL || focus_keeps_key (self, plain))
    return FALSE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->timeline_view)) && plain)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self->timeline_view), action, NULL);
}

/* The regions F6 and Shift+F6 cycle through, in order; those hidden are skipped. */
typedef enum { REGION_FILTERS, REGION_TIMELINE, REGION_DETAILS, REGION_LIST, N_REGIONS } Region;

static Region
current_region (ChronicleWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL)
    return N_REGIONS;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->filter_bar)))
    return REGION_FILTERS;
  if (focus == GTK_WIDGET (self->timeline_view) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->timeline_view)))
    return REGION_TIMELINE;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar)))
    return REGION_DETAILS;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->event_list)))
    return REGION_LIST;
  return N_REGIONS;
}

static gboolean
focus_region (ChronicleWindow *self,
              Region           region)
{
  switch (region)
    {
    case REGION_FILTERS:
      if (!gtk_revealer_get_reveal_child (self->filter_revealer))
        return FALSE;
      chronicle_filter_bar_focus_search (self->filter_bar);
      return TRUE;
    case REGION_TIMELINE:
      adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
      return gtk_widget_grab_focus (GTK_WIDGET (self->timeline_view));
    case REGION_DETAILS:
      return adw_flap_get_reveal_flap (self->flap) &&
             gtk_widget_child_focus (GTK_WIDGET (self->sidebar), GTK_DIR_TAB_FORWARD);
    case REGION_LIST:
      adw_view_stack_set_visible_child_name (self->view_stack, "list");
      chronicle_event_list_focus (self->event_list);
      return TRUE;
    case N_REGIONS:
    default:
      return FALSE;
    }
}

static void
cycle_region_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  int step = g_str_equal (action_name, "win.previous-region") ? N_REGIONS - 1 : 1;
  Region start = current_region (self);
  int region = start == N_REGIONS ? (step == 1 ? N_REGIONS - 1 : REGION_FILTERS) : (int) start;

  if (chronicle_session_get_dataset (self->session) == NULL ||
      chronicle_presentation_get_presenting (self->presentation))
    return;
  for (int i = 0; i < N_REGIONS; i++)
    {
      region = (region + step) % N_REGIONS;
      if (focus_region (self, region))
        return;
    }
}

/* The timeline has the keyboard: at start, and after a file opens. */
void
_chronicle_window_focus_timeline (ChronicleWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* Someone typing in the search keeps typing. */
  if (focus != NULL && GTK_IS_EDITABLE (focus))
    return;
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->timeline_view));
}

static void
add_forward (GtkShortcutController *controller,
             guint                  keyval,
             GdkModifierType        modifiers,
             const char            *timeline_action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_callback_action_new (forward_key_cb,
                                                                                   (gpointer) timeline_action,
                                                                                   NULL)));
}

/* ---- dialogs --------------------------------------------------------------------- */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  ChronicleTimeScale *scale = chronicle_timeline_view_get_time_scale (self->timeline_view);

  if (chronicle_session_get_dataset (self->session) == NULL)
    return;
  /* Opened from the menu, the dialog would start with no focus at all. */
  chronicle_accessible_present (GTK_WINDOW (chronicle_export_dialog_new (GTK_WINDOW (self), self->session, scale,
                                                                         self->settings)));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  chronicle_export_dialog_print (GTK_WINDOW (self), self->session,
                                 chronicle_timeline_view_get_time_scale (self->timeline_view));
}

static void
about_dataset_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  ChronicleDataset *dataset = chronicle_session_get_dataset (self->session);

  if (dataset != NULL)
    chronicle_accessible_present (chronicle_dataset_window_new (GTK_WINDOW (self), dataset,
                                                                chronicle_session_get_language (self->session),
                                                                chronicle_session_get_file (self->session)));
}

/* The shortcuts window's section switcher (its menu button and the button in it)
 * has no name of its own in GTK 4.8. */
static void
name_section_switcher (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    {
      chronicle_accessible_set_name (widget, _("Shortcut Sections"));
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_BUTTON (child))
          chronicle_accessible_set_name (child, _("Shortcut Sections"));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    name_section_switcher (child);
}

/* GTK 4.8's shortcut labels write Page Up and Page Down as the X key names "Page_Up" and
 * "Page_Down" (its "keyboard label" strings, left untranslated in English): spell them as
 * a keyboard does. A label GTK's own catalogue translated is left alone. */
static void
spell_page_keys (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_label (GTK_LABEL (widget));

      if (g_strcmp0 (text, "Page_Up") == 0)
        /* Translators: the Page Up key, as written on a key cap in the shortcuts window. */
        gtk_label_set_label (GTK_LABEL (widget), C_("keyboard label", "Page Up"));
      else if (g_strcmp0 (text, "Page_Down") == 0)
        /* Translators: the Page Down key, as written on a key cap in the shortcuts window. */
        gtk_label_set_label (GTK_LABEL (widget), C_("keyboard label", "Page Down"));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    spell_page_keys (child);
}

/* The shortcuts window is built the first time it is asked for, not with every
 * window (GtkApplication would build it at once from gtk/help-overlay.ui). */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkWindow *shortcuts = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (widget)));

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/chronicle-shortcuts.ui");

      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (widget),
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
      shortcuts = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (widget)));
    }
  spell_page_keys (GTK_WIDGET (shortcuts));
  chronicle_accessible_fix_names (GTK_WIDGET (shortcuts));
  name_section_switcher (GTK_WIDGET (shortcuts));
  chronicle_accessible_present (shortcuts);
}

/* A toast about a file just written, with a button that opens it (win.launch-file). */
static void
toast_file_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  const char *message = NULL, *uri = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_variant_get (parameter, "(&s&s)", &message, &uri);
  /* AdwToast titles are markup on libadwaita 1.2: the message quotes a file name. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.launch-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_launch_file_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ChronicleWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    chronicle_window_add_toast (self, error->message);
}

/* Opens a file in the application the desktop prefers for it. */
static void
launch_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));

  g_app_info_launch_default_for_uri_async (g_variant_get_string (parameter, NULL), G_APP_LAUNCH_CONTEXT (context),
                                           NULL, on_launch_file_cb, g_object_ref (widget));
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  chronicle_window_add_toast (CHRONICLE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

void
_chronicle_window_init_actions (ChronicleWindow *self)
{
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  /* The timeline's keys, from anywhere in the window, before a button or the window
   * itself (whose arrows move the focus) takes them; a widget that uses them keeps them. */
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (keys), "chronicle-timeline-keys");
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (keys), GTK_PHASE_CAPTURE);
  add_forward (keys, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in");
  add_forward (keys, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in");
  add_forward (keys, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in");
  add_forward (keys, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out");
  add_forward (keys, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out");
  add_forward (keys, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit");
  add_forward (keys, GDK_KEY_Right, 0, "timeline.select-next");
  add_forward (keys, GDK_KEY_Left, 0, "timeline.select-previous");
  add_forward (keys, GDK_KEY_Home, 0, "timeline.select-first");
  add_forward (keys, GDK_KEY_End, 0, "timeline.select-last");
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (keys));
  g_object_set_data (G_OBJECT (self), "chronicle-timeline-keys", keys);

  g_signal_connect_object (self->session, "notify::group-by", G_CALLBACK (on_session_group_by_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::hide-filtered", G_CALLBACK (on_session_hide_filtered_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_chronicle_window_class_add_actions (GtkWidgetClass *widget_class)
{
  GObjectClass *object_class = G_OBJECT_CLASS (widget_class);

  object_class->get_property = get_property;
  object_class->set_property = set_property;
  properties[PROP_GROUP_BY] =
    g_param_spec_string ("group-by", NULL, NULL, "kind",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDE_FILTERED] =
    g_param_spec_boolean ("hide-filtered", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-to-range", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-problems", NULL, dismiss_problems_action);
  gtk_widget_class_install_action (widget_class, "win.select-next", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "win.select-previous", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "win.filter-partner", "s", filter_partner_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.toast-file", "(ss)", toast_file_action);
  gtk_widget_class_install_action (widget_class, "win.launch-file", "s", launch_file_action);
  gtk_widget_class_install_action (widget_class, "win.about-dataset", NULL, about_dataset_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_install_action (widget_class, "win.present-from-event", NULL, present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK, "win.present-from-event", NULL);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK, "win.show-shortcuts", NULL);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "win.first-match", NULL, first_match_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_property_action (widget_class, "win.group-by", "group-by");
  gtk_widget_class_install_property_action (widget_class, "win.hide-filtered", "hide-filtered");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_install_action (widget_class, "win.next-region", NULL, cycle_region_action);
  gtk_widget_class_install_action (widget_class, "win.previous-region", NULL, cycle_region_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.next-region", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, "win.previous-region", NULL);
}
