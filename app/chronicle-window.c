/* chronicle-window.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-window"

#include "config.h"

#include "chronicle-window.h"

#include <glib/gi18n.h>
#include <string.h>

#include "chronicle-loader.h"
#include "chronicle-overview.h"
#include "chronicle-timeline-view.h"

#define BUNDLED_DATASET_URI "resource://" RESOURCE_BASE "/data/vietnam-diplomacy-2021-2023.json"

struct _ChronicleWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GtkFileChooserNative *file_chooser;
  ChronicleDataset     *dataset;
  GFile                *file;         /* NULL for the bundled dataset */
  ChronicleLoader      *loader;
  GCancellable         *load_cancellable;
  char                 *language;     /* for the dataset's translations */

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *loading_progress;
  GtkWidget            *zoom_box;
  ChronicleTimelineView *timeline_view;
  ChronicleOverview    *overview;
};

G_DEFINE_FINAL_TYPE (ChronicleWindow, chronicle_window, ADW_TYPE_APPLICATION_WINDOW)

/* The language whose translations to show from the dataset: the one the UI speaks. */
static char *
dup_ui_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    if (!g_str_equal (names[i], "C") && !g_str_equal (names[i], "POSIX"))
      return g_strndup (names[i], strcspn (names[i], "_.@"));
  return NULL;
}

static void
update_actions (ChronicleWindow *self)
{
  gboolean has_data = self->dataset != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-fit", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", self->load_cancellable != NULL);
  gtk_widget_set_visible (self->zoom_box, has_data);
}

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
  g_settings_apply (self->settings);
}

static gboolean
chronicle_window_close_request (GtkWindow *window)
{
  save_window_state (CHRONICLE_WINDOW (window));

  return GTK_WINDOW_CLASS (chronicle_window_parent_class)->close_request (window);
}

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

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
      return;
    }

  gtk_file_filter_set_name (json_filter, _("Timeline Files (JSON)"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_suffix (json_filter, "json");
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
chronicle_window_dispose (GObject *object)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);
  g_clear_object (&self->settings);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loader);
  g_clear_object (&self->dataset);
  g_clear_object (&self->file);
  g_clear_pointer (&self->language, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), CHRONICLE_TYPE_WINDOW);

  G_OBJECT_CLASS (chronicle_window_parent_class)->dispose (object);
}

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
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  g_cancellable_cancel (self->load_cancellable);
}

static void
chronicle_window_class_init (ChronicleWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  g_type_ensure (CHRONICLE_TYPE_TIMELINE_VIEW);
  g_type_ensure (CHRONICLE_TYPE_OVERVIEW);

  object_class->dispose = chronicle_window_dispose;
  window_class->close_request = chronicle_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/chronicle-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, zoom_box);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, overview);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_action);
}

static void
chronicle_window_init (ChronicleWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->language = dup_ui_language ();
  chronicle_timeline_view_set_language (self->timeline_view, self->language);
  chronicle_overview_set_scale (self->overview, chronicle_timeline_view_get_time_scale (self->timeline_view));
  update_actions (self);

  self->settings = create_settings ();
  restore_window_state (self);

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

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

/**
 * chronicle_window_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset on screen
 */
ChronicleDataset *
chronicle_window_get_dataset (ChronicleWindow *self)
{
  g_return_val_if_fail (CHRONICLE_IS_WINDOW (self), NULL);
  return self->dataset;
}

gboolean
chronicle_window_is_loading (ChronicleWindow *self)
{
  g_return_val_if_fail (CHRONICLE_IS_WINDOW (self), FALSE);
  return self->load_cancellable != NULL;
}

static void
show_dataset (ChronicleWindow  *self,
              ChronicleDataset *dataset,
              GFile            *file)
{
  const char *title;
  g_autofree char *subtitle = NULL;

  g_set_object (&self->dataset, dataset);
  g_set_object (&self->file, file);

  chronicle_timeline_view_set_dataset (self->timeline_view, dataset);
  chronicle_overview_set_dataset (self->overview, dataset);

  title = chronicle_dataset_translate (dataset, "dataset", self->language, "title",
                                       chronicle_dataset_get_title (dataset));
  if (title == NULL || title[0] == '\0')
    title = _("Untitled Timeline");
  subtitle = file != NULL ? g_file_get_basename (file) : g_strdup (_("Bundled dataset"));
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);

  gtk_stack_set_visible_child_name (self->main_stack, "timeline");
  update_actions (self);
}

typedef struct
{
  ChronicleWindow *window;   /* weak */
  GFile           *file;     /* NULL: the bundled dataset */
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_clear_weak_pointer (&request->window);
  g_clear_object (&request->file);
  g_free (request);
}

static void
on_load_progress_cb (ChronicleWindow *self,
                     int              stage,
                     guint            done,
                     guint            total,
                     ChronicleLoader *loader)
{
  if (stage == CHRONICLE_LOAD_STAGE_BUILDING && total > 0)
    gtk_progress_bar_set_fraction (self->loading_progress, (double) done / total);
  else
    gtk_progress_bar_pulse (self->loading_progress);
}

static void
on_load_finished_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  LoadRequest *request = user_data;
  ChronicleWindow *self = request->window;
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = chronicle_loader_load_file_finish (CHRONICLE_LOADER (source), result, &error);

  if (self != NULL)
    {
      g_clear_object (&self->load_cancellable);

      if (dataset != NULL)
        show_dataset (self, dataset, request->file);
      else
        {
          /* Whatever was on screen stays; the toast says what is wrong and where. */
          if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            chronicle_window_add_toast (self, error->message);
          gtk_stack_set_visible_child_name (self->main_stack, self->dataset ? "timeline" : "empty");
          update_actions (self);
        }
    }

  load_request_free (request);
}

static void
load (ChronicleWindow *self,
      GFile           *file)
{
  g_autoptr(GFile) source = file ? g_object_ref (file) : g_file_new_for_uri (BUNDLED_DATASET_URI);
  LoadRequest *request;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  g_clear_object (&self->loader);
  self->loader = chronicle_loader_new ();
  g_signal_connect_object (self->loader, "progress", G_CALLBACK (on_load_progress_cb), self, G_CONNECT_SWAPPED);

  /* The loading page shows only when loading takes a while. */
  gtk_progress_bar_set_fraction (self->loading_progress, 0);
  if (self->dataset == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "loading");

  request = g_new0 (LoadRequest, 1);
  g_set_weak_pointer (&request->window, self);
  request->file = file ? g_object_ref (file) : NULL;
  chronicle_loader_load_file_async (self->loader, source, self->load_cancellable, on_load_finished_cb, request);
  update_actions (self);
}

/* Opens @file in the background; the window stays responsive, and the data on
 * screen stays if the file turns out to be invalid. */
void
chronicle_window_open_file (ChronicleWindow *self,
                            GFile           *file)
{
  g_return_if_fail (CHRONICLE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  load (self, file);
}

/* Shows the dataset Chronicle comes with. */
void
chronicle_window_open_bundled (ChronicleWindow *self)
{
  g_return_if_fail (CHRONICLE_IS_WINDOW (self));

  load (self, NULL);
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
