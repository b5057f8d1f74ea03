/* chronicle-window.c — the window: a shell around the views of one session
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its template holds the ChronicleSession every view follows. The window shows the
 * pages, toasts, loading and problems banners and title, keeps its state in GSettings,
 * takes dropped files and hides its chrome while presenting. Loading is
 * ChronicleDocumentController's, actions are chronicle-window-actions.c's, presenting
 * is ChroniclePresentation's.
 */

#define G_LOG_DOMAIN "chronicle-window"

#include "config.h"

#include "chronicle-window-private.h"

#include "chronicle-accessible.h"

#include <glib/gi18n.h>

/* How long a window with nothing to show yet stays blank before the loading page. */
#define LOADING_PAGE_DELAY_MS 300

G_DEFINE_FINAL_TYPE (ChronicleWindow, chronicle_window, ADW_TYPE_APPLICATION_WINDOW)

/* ---- state ------------------------------------------------------------------- */

/* The schema is missing when the binary runs from a build tree without
 * GSETTINGS_SCHEMA_DIR; the window then simply does not remember its state. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_warning ("GSettings schema %s is not installed; window state will not be saved", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_window_state (ChronicleWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (self->settings, "sidebar-shown"));
  g_settings_bind (self->settings, "group-by", self, "group-by", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "hide-filtered", self, "hide-filtered", G_SETTINGS_BIND_DEFAULT);
}

static void
save_window_state (ChronicleWindow *self)
{
  int width = 0;
  int height = 0;

  if (self->settings == NULL)
    return;

  /* The default size tracks the unmaximized size, which is what we restore. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  /* On a narrow window the sidebar is an overlay: its state there is not a choice. */
  if (!adw_flap_get_folded (self->flap))
    g_settings_set_boolean (self->settings, "sidebar-shown", adw_flap_get_reveal_flap (self->flap));
  g_settings_apply (self->settings);
}

static gboolean
chronicle_window_close_request (GtkWindow *window)
{
  save_window_state (CHRONICLE_WINDOW (window));

  return GTK_WINDOW_CLASS (chronicle_window_parent_class)->close_request (window);
}

/* ---- loading: what the document says ---------------------------------------------- */

static gboolean
show_loading_page_cb (gpointer user_data)
{
  ChronicleWindow *self = user_data;

  self->loading_page_id = 0;
  if (chronicle_document_controller_get_loading (self->document) && chronicle_session_get_dataset (self->session) == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "loading");
  return G_SOURCE_REMOVE;
}

/* With nothing on screen the loading page shows the progress; otherwise a banner
 * does, above the data that stays usable until the new file is ready. */
static void
on_load_started_cb (ChronicleWindow             *self,
                    GFile                       *file,
                    ChronicleDocumentController *document)
{
  gtk_progress_bar_set_fraction (self->loading_progress, 0);
  gtk_progress_bar_set_fraction (self->banner_progress, 0);
  g_clear_handle_id (&self->loading_page_id, g_source_remove);
  if (chronicle_session_get_dataset (self->session) == NULL)
    {
      /* A blank window, and the loading page only if the load takes a while: a quick
       * load (the bundled data) shows no page that flashes by, and the first frame
       * is the timeline itself. */
      gtk_stack_set_visible_child_name (self->main_stack, "blank");
      self->loading_page_id = g_timeout_add (LOADING_PAGE_DELAY_MS, show_loading_page_cb, self);
    }
  else
    {
      g_autofree char *name = file ? g_file_get_basename (file) : g_strdup (_("Bundled dataset"));
      /* Translators: shown while a file loads; %s is its name. */
      g_autofree char *text = g_strdup_printf (_("Loading %s…"), name);

      gtk_label_set_text (self->loading_label, text);
      gtk_revealer_set_reveal_child (self->loading_banner, TRUE);
    }
  _chronicle_window_update_actions (self);
}

static void
on_load_progress_cb (ChronicleWindow             *self,
                     double                       fraction,
                     ChronicleDocumentController *document)
{
  GtkProgressBar *bars[] = { self->loading_progress, self->banner_progress };

  for (guint i = 0; i < G_N_ELEMENTS (bars); i++)
    if (fraction >= 0)
      gtk_progress_bar_set_fraction (bars[i], fraction);
    else
      gtk_progress_bar_pulse (bars[i]);
}

/* The window no longer waits for a load: it finished, or was cancelled. */
static void
on_loading_cb (ChronicleWindow             *self,
               GParamSpec                  *pspec,
               ChronicleDocumentController *document)
{
  if (chronicle_document_controller_get_loading (document))
    return;
  g_clear_handle_id (&self->loading_page_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->loading_banner, FALSE);
  _chronicle_window_update_actions (self);
}

/* ---- problems that last ------------------------------------------------------------ */

/* What the last load found wrong stays in a banner until dismissed (or until the next
 * load says otherwise); the document words it, Show Problems lists it all. */
static void
update_problems_banner (ChronicleWindow *self,
                        gboolean         failed)
{
  g_autofree char *detail = NULL;

  g_clear_pointer (&self->problems_summary, g_free);
  if (!chronicle_document_controller_describe_problems (self->document, chronicle_session_get_file (self->session),
                                                        failed, &self->problems_summary, &detail))
    {
      gtk_revealer_set_reveal_child (self->problems_banner, FALSE);
      return;
    }
  gtk_label_set_text (self->problems_label, self->problems_summary);
  gtk_label_set_text (self->problems_detail, detail ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problems_detail), detail != NULL);
  if (failed)
    gtk_widget_add_css_class (GTK_WIDGET (self->problems_banner), "failed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->problems_banner), "failed");
  gtk_revealer_set_reveal_child (self->problems_banner, TRUE);
}

/* Whatever was on screen stays; the problems banner says what is wrong and where. */
static void
on_load_failed_cb (ChronicleWindow             *self,
                   GError                      *error,
                   ChronicleDocumentController *document)
{
  update_problems_banner (self, TRUE);
  gtk_stack_set_visible_child_name (self->main_stack,
                                    chronicle_session_get_dataset (self->session) ? "timeline" : "empty");
  _chronicle_window_update_actions (self);
}

/* What --event and --present asked for, once the data is there. */
static void
apply_requests (ChronicleWindow *self)
{
  g_autofree char *id = g_steal_pointer (&self->requested_event);
  gboolean shown = FALSE;

  if (id != NULL && !(shown = chronicle_window_show_event (self, id)))
    {
      /* Translators: %s is an event id given with --event. */
      g_autofree char *message = g_strdup_printf (_("No event has the id “%s”"), id);
      chronicle_window_add_toast (self, message);
    }
  if (self->requested_present)
    {
      self->requested_present = FALSE;
      /* `--present --event ID` starts on that event, `--present` on the title slide. */
      _chronicle_window_set_presenting (self, TRUE, shown);
    }
}

static void
on_load_finished_cb (ChronicleWindow             *self,
                     ChronicleDataset            *dataset,
                     GFile                       *file,
                     ChronicleDocumentController *document)
{
  GFile *before = chronicle_session_get_file (self->session);
  gboolean reload = before != NULL && file != NULL && g_file_equal (before, file);
  ChronicleTimeScale *scale = chronicle_timeline_view_get_time_scale (self->timeline_view);
  double start = chronicle_time_scale_get_start (scale), end = chronicle_time_scale_get_end (scale);
  ChronicleEvent *selected = chronicle_session_get_selection (self->session);
  g_autofree char *selected_id = selected ? g_strdup (chronicle_event_get_id (selected)) : NULL;
  const char *title;
  g_autofree char *subtitle = NULL;

  /* Every view follows: a new dataset starts unfiltered, with nothing selected; the
   * same file reloaded keeps the filters that still apply. */
  if (reload)
    chronicle_session_reload_dataset (self->session, dataset);
  else
    chronicle_session_set_dataset (self->session, dataset);
  chronicle_session_set_file (self->session, file);
  update_problems_banner (self, FALSE);

  title = chronicle_dataset_translate (dataset, "dataset", chronicle_session_get_language (self->session), "title",
                                       chronicle_dataset_get_title (dataset));
  if (title == NULL || title[0] == '\0')
    title = _("Untitled Timeline");
  subtitle = file != NULL ? g_file_get_basename (file) : g_strdup (_("Bundled dataset"));
  gtk_label_set_text (self->title_label, title);
  /* Whole, where the header shortens it. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), title);

  gtk_stack_set_visible_child_name (self->main_stack, "timeline");
  _chronicle_window_update_actions (self);

  /* A reload keeps the view where it was, and the selection when the event is still there. */
  if (reload)
    {
      chronicle_timeline_view_show_range (self->timeline_view, start, end, FALSE);
      if (selected_id != NULL)
        chronicle_session_select_id (self->session, selected_id);
    }
  else
    _chronicle_window_focus_timeline (self);

  apply_requests (self);
}

/* ---- the views ----------------------------------------------------------------- */

/* On a narrow window the details are a folded overlay: an event picked with the
 * pointer opens it (stepping with the keys leaves it as it is, so the timeline
 * stays in view). */
static void
on_event_activated_cb (ChronicleWindow       *self,
                       ChronicleEvent        *event,
                       ChronicleTimelineView *view)
{
  if (adw_flap_get_folded (self->flap) && !chronicle_presentation_get_presenting (self->presentation))
    {
      GtkWidget *details = adw_flap_get_flap (self->flap);
      double width = gtk_widget_get_width (GTK_WIDGET (view));
      int requested = 0, covered;

      gtk_widget_get_size_request (details, &requested, NULL);
      covered = MAX (gtk_widget_get_width (details), requested);

      adw_flap_set_reveal_flap (self->flap, TRUE);
      /* The details lie over the timeline's end: the event moves into what is left. */
      if (gtk_widget_get_direction (GTK_WIDGET (view)) == GTK_TEXT_DIR_RTL)
        chronicle_timeline_view_show_event_within (view, event, covered + 24, width - 24);
      else
        chronicle_timeline_view_show_event_within (view, event, 24, width - covered - 24);
    }
}

/* A range picked with Shift+drag: offer to zoom to it (Enter does the same). Once it is
 * zoomed to (or gone), the offer goes too. */
static void
on_range_changed_cb (ChronicleWindow       *self,
                     ChronicleTimelineView *view)
{
  AdwToast *toast;

  if (self->range_toast != NULL)
    adw_toast_dismiss (self->range_toast);
  if (!gtk_widget_is_sensitive (GTK_WIDGET (view)) || !chronicle_timeline_view_has_range (view))
    return;
  toast = adw_toast_new (_("Range selected"));
  adw_toast_set_button_label (toast, _("_Zoom to Range"));
  adw_toast_set_action_name (toast, "win.zoom-to-range");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&self->range_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  /* Libadwaita 1.2 names the toast's button "_Zoom to Range Zoom to Range" (its mnemonic
   * and its label) and its close button after its icon's class. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->toast_overlay)); child;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget"))
      chronicle_accessible_fix_names (child);
}

/* The header has no room for the view switcher beside the title: it goes to the bar
 * under the views. */
static void
on_title_squeezed_cb (ChronicleWindow *self)
{
  GtkWidget *shown = adw_squeezer_get_visible_child (self->title_squeezer);

  adw_view_switcher_bar_set_reveal (self->switcher_bar, shown == self->title_alone);
}

/* Presenting (F5): ChroniclePresentation draws and steps; the window hides its
 * chrome and goes fullscreen while it is on. */
static void
on_presenting_cb (ChronicleWindow       *self,
                  GParamSpec            *pspec,
                  ChroniclePresentation *presentation)
{
  gboolean presenting = chronicle_presentation_get_presenting (presentation);

  gtk_widget_set_visible (GTK_WIDGET (self->header_bar), !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_revealer), !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->overview), !presenting);
  if (presenting)
    {
      self->flap_was_revealed = adw_flap_get_reveal_flap (self->flap);
      adw_flap_set_reveal_flap (self->flap, FALSE);
      adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      adw_flap_set_reveal_flap (self->flap, self->flap_was_revealed);
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  chronicle_session_set_presenting (self->session, presenting);
}

/* @from_selection: start on the event selected (Shift+F5) rather than on the title
 * slide (F5). */
void
_chronicle_window_set_presenting (ChronicleWindow *self,
                                  gboolean         presenting,
                                  gboolean         from_selection)
{
  if (!presenting)
    chronicle_presentation_stop (self->presentation);
  else
    chronicle_presentation_start (self->presentation, from_selection);
}

static void
on_primary_popover_show_cb (ChronicleWindow *self)
{
  chronicle_document_controller_fill_recent_menu (self->document, self->recent_menu);
}

static void
create_primary_popup (GtkMenuButton *button,
                      gpointer       user_data)
{
  ChronicleWindow *self = user_data;

  if (gtk_menu_button_get_popover (button) == NULL)
    {
      gtk_menu_button_set_menu_model (button, G_MENU_MODEL (self->primary_menu));
      g_signal_connect_object (gtk_menu_button_get_popover (button), "show",
                               G_CALLBACK (on_primary_popover_show_cb), self, G_CONNECT_SWAPPED);
    }
}

static gboolean
on_drop_cb (ChronicleWindow *self,
            const GValue    *value,
            double           x,
            double           y,
            GtkDropTarget   *target)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;
  chronicle_window_open_file (self, files->data);
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------------- */

static void
chronicle_window_dispose (GObject *object)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);
  g_clear_weak_pointer (&self->range_toast);
  g_clear_handle_id (&self->loading_page_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->recent_menu);

  gtk_widget_dispose_template (GTK_WIDGET (self), CHRONICLE_TYPE_WINDOW);

  G_OBJECT_CLASS (chronicle_window_parent_class)->dispose (object);
}

static void
chronicle_window_finalize (GObject *object)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (object);

  g_clear_pointer (&self->requested_event, g_free);
  g_clear_pointer (&self->problems_summary, g_free);

  G_OBJECT_CLASS (chronicle_window_parent_class)->finalize (object);
}

static void
chronicle_window_class_init (ChronicleWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  g_type_ensure (CHRONICLE_TYPE_SESSION);
  g_type_ensure (CHRONICLE_TYPE_EVENT_LIST);
  g_type_ensure (CHRONICLE_TYPE_FILTER_BAR);
  g_type_ensure (CHRONICLE_TYPE_TIMELINE_VIEW);
  g_type_ensure (CHRONICLE_TYPE_OVERVIEW);
  g_type_ensure (CHRONICLE_TYPE_PRESENTATION);
  g_type_ensure (CHRONICLE_TYPE_SIDEBAR);

  object_class->dispose = chronicle_window_dispose;
  object_class->finalize = chronicle_window_finalize;
  window_class->close_request = chronicle_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/chronicle-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, session);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, title_squeezer);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, title_alone);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, zoom_box);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, filter_slot);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, loading_banner);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, banner_progress);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, problems_banner);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, problems_detail);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, event_list);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, presentation);
  gtk_widget_class_bind_template_callback (widget_class, on_event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_range_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_presenting_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_squeezed_cb);

  _chronicle_window_class_add_actions (widget_class);
}

static void
chronicle_window_init (ChronicleWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  chronicle_accessible_name_mnemonic_buttons (GTK_WIDGET (self));

  _chronicle_window_init_actions (self);
  chronicle_overview_set_scale (self->overview, chronicle_timeline_view_get_time_scale (self->timeline_view));

  self->settings = create_settings ();
  self->document = chronicle_document_controller_new (self->settings);
  g_signal_connect_object (self->document, "started", G_CALLBACK (on_load_started_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "progress", G_CALLBACK (on_load_progress_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::loading", G_CALLBACK (on_loading_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "failed", G_CALLBACK (on_load_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "loaded", G_CALLBACK (on_load_finished_cb), self, G_CONNECT_SWAPPED);
  _chronicle_window_update_actions (self);
  restore_window_state (self);

  /* The problems banner's sentence wraps. A wrapping GtkLabel measured for no width
   * in particular says one line, yet a pixel more for a width: the wrap layout asks
   * it for its height at its least width instead, as height-for-width wants. */
  gtk_widget_set_layout_manager (gtk_widget_get_parent (GTK_WIDGET (self->problems_label)),
                                 chronicle_wrap_layout_new (0, 0));

  /* Drop a .json file on the window to open it. */
  {
    GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }

  /* The primary menu, with its recent files: its popover is made when it first
   * opens, and the recent files are read each time it opens, so neither the menu's
   * widgets nor the recent-files list cost anything while the window starts. */
  {
    g_autoptr(GMenuItem) section = NULL;

    self->recent_menu = g_menu_new ();
    section = g_menu_item_new_section (_("Recent Files"), G_MENU_MODEL (self->recent_menu));
    g_menu_insert_item (self->primary_menu, 1, section);
    gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_popup, self, NULL);
  }

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/* ---- public -------------------------------------------------------------------- */

ChronicleWindow *
chronicle_window_new (ChronicleApplication *application)
{
  g_return_val_if_fail (CHRONICLE_IS_APPLICATION (application), NULL);

  return g_object_new (CHRONICLE_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

void
chronicle_window_add_toast (ChronicleWindow *self,
                            const char      *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (CHRONICLE_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  /* AdwToast titles are markup on libadwaita 1.2: messages quote file names and data. */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* Opens @file in the background; the window stays responsive, and the data on
 * screen stays if the file turns out to be invalid. */
void
chronicle_window_open_file (ChronicleWindow *self,
                            GFile           *file)
{
  g_return_if_fail (CHRONICLE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  chronicle_document_controller_open_file (self->document, file);
}

/* Reopens the last file if it still exists, else shows the bundled dataset. */
void
chronicle_window_open_last (ChronicleWindow *self)
{
  g_return_if_fail (CHRONICLE_IS_WINDOW (self));

  chronicle_document_controller_open_last (self->document);
}

/**
 * chronicle_window_request_event:
 * @id: an event id (`chronicle --event=ID`)
 *
 * Selects the event with @id and brings it into view once the next load is done;
 * a toast says so if there is none.
 */
void
chronicle_window_request_event (ChronicleWindow *self,
                                const char      *id)
{
  g_return_if_fail (CHRONICLE_IS_WINDOW (self));
  g_return_if_fail (id != NULL);

  g_free (self->requested_event);
  self->requested_event = g_strdup (id);
}

/* Starts presenting once the next load is done (`chronicle --present`). */
void
chronicle_window_request_present (ChronicleWindow *self)
{
  g_return_if_fail (CHRONICLE_IS_WINDOW (self));

  self->requested_present = TRUE;
}

/**
 * chronicle_window_get_session:
 *
 * Returns: (transfer none): what the window shows
 */
ChronicleSession *
chronicle_window_get_session (ChronicleWindow *self)
{
  g_return_val_if_fail (CHRONICLE_IS_WINDOW (self), NULL);
  return self->session;
}

/**
 * chronicle_window_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset on screen
 */
ChronicleDataset *
chronicle_window_get_dataset (ChronicleWindow *self)
{
  g_return_val_if_fail (CHRONICLE_IS_WINDOW (self), NULL);
  return chronicle_session_get_dataset (self->session);
}

gboolean
chronicle_window_is_loading (ChronicleWindow *self)
{
  g_return_val_if_fail (CHRONICLE_IS_WINDOW (self), FALSE);
  return chronicle_document_controller_get_loading (self->document);
}

/**
 * chronicle_window_get_timeline_view:
 *
 * Returns: (transfer none): the canvas
 */
ChronicleTimelineView *
chronicle_window_get_timeline_view (ChronicleWindow *self)
{
  g_return_val_if_fail (CHRONICLE_IS_WINDOW (self), NULL);
  return self->timeline_view;
}

gboolean
chronicle_window_is_presenting (ChronicleWindow *self)
{
  g_return_val_if_fail (CHRONICLE_IS_WINDOW (self), FALSE);
  return chronicle_presentation_get_presenting (self->presentation);
}

/* Presents from the title slide (as F5 does), or stops. */
void
chronicle_window_set_presenting (ChronicleWindow *self,
                                 gboolean         presenting)
{
  g_return_if_fail (CHRONICLE_IS_WINDOW (self));
  _chronicle_window_set_presenting (self, presenting, FALSE);
}

/* Selects the event with @id and brings it into view (app.show-event, --event). */
gboolean
chronicle_window_show_event (ChronicleWindow *self,
                             const char      *id)
{
  g_return_val_if_fail (CHRONICLE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!chronicle_session_select_id (self->session, id))
    return FALSE;
  chronicle_timeline_view_show_event (self->timeline_view, chronicle_session_get_selection (self->session), 60, FALSE);
  return TRUE;
}
