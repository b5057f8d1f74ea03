/* chronicle-window.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-window"

#include "config.h"

#include "chronicle-window.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "chronicle-dataset-window.h"
#include "chronicle-date-format.h"
#include "chronicle-export.h"
#include "chronicle-filter-bar.h"
#include "chronicle-filter.h"
#include "chronicle-loader.h"
#include "chronicle-overview.h"
#include "chronicle-presentation.h"
#include "chronicle-sidebar.h"
#include "chronicle-timeline-view.h"

#define BUNDLED_DATASET_PATH RESOURCE_BASE "/data/vietnam-diplomacy-2021-2023.json"
/* How long a window with nothing to show yet stays blank before the loading page. */
#define LOADING_PAGE_DELAY_MS 300

struct _ChronicleWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GtkFileChooserNative *file_chooser;
  ChronicleDataset     *dataset;
  GFile                *file;         /* NULL for the bundled dataset */
  ChronicleLoader      *loader;
  GCancellable         *load_cancellable;
  guint                 loading_page_id;   /* shows the loading page if a load is slow */
  char                 *language;     /* for the dataset's translations */
  ChronicleFilter      *filter;
  guint8               *mask;         /* one byte per event: matches the filter */
  GtkWidget            *filter_bar;
  GtkFilterListModel   *list_model;
  GtkCustomFilter      *list_filter;
  GtkSingleSelection   *list_selection;
  GFileMonitor         *monitor;
  guint                 reload_id;
  GMenu                *recent_menu;
  gboolean              syncing_selection;
  char                 *group_by;
  gboolean              hide_filtered;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *window_title;
  GtkMenuButton        *primary_menu_button;
  GMenu                *primary_menu;          /* its popover is made when it first opens */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *loading_progress;
  GtkWidget            *zoom_box;
  GtkWidget            *sidebar_button;
  ChroniclePresentation *presentation;
  gboolean              flap_was_revealed;  /* before presenting */
  GtkWidget            *filter_slot;
  GtkRevealer          *filter_revealer;
  GtkRevealer          *loading_banner;
  GtkLabel             *loading_label;
  GtkProgressBar       *banner_progress;
  AdwFlap              *flap;
  AdwViewStack         *view_stack;
  GtkColumnView        *event_list;
  ChronicleSidebar     *sidebar;
  ChronicleTimelineView *timeline_view;
  ChronicleOverview    *overview;
};

enum {
  PROP_0,
  PROP_GROUP_BY,
  PROP_HIDE_FILTERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void     update_recent_menu (ChronicleWindow *self);
static void     end_load           (ChronicleWindow *self);
static void     create_primary_popup (GtkMenuButton *button,
                                      gpointer       user_data);
static void     open_recent_action (GtkWidget       *widget,
                                    const char      *action_name,
                                    GVariant        *parameter);
static gboolean on_drop_cb         (ChronicleWindow *self,
                                    const GValue    *value,
                                    double           x,
                                    double           y,
                                    GtkDropTarget   *target);

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

static void apply_filter (ChronicleWindow *self);

static void
update_actions (ChronicleWindow *self)
{
  gboolean has_data = self->dataset != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-fit", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", self->load_cancellable != NULL);
  gtk_widget_set_visible (self->zoom_box, has_data);
  gtk_widget_set_visible (self->sidebar_button, has_data);
  gtk_widget_set_visible (self->filter_slot, has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.select-next", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.about-dataset", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.select-previous", has_data);
}

/* ---- filtering --------------------------------------------------------------- */

static void
apply_filter (ChronicleWindow *self)
{
  ChronicleEventStore *store;
  g_autoptr(GHashTable) counts = NULL;
  guint n, matching;

  if (self->dataset == NULL)
    return;

  store = chronicle_dataset_get_events (self->dataset);
  n = chronicle_event_store_get_n_events (store);
  g_clear_pointer (&self->mask, g_free);
  self->mask = g_new (guint8, MAX (n, 1));
  matching = chronicle_filter_apply (self->filter, store, self->mask);
  counts = chronicle_filter_count_kinds (self->filter, store);

  chronicle_timeline_view_set_mask (self->timeline_view, self->mask);
  chronicle_overview_set_mask (self->overview, self->mask);
  gtk_filter_changed (GTK_FILTER (self->list_filter), GTK_FILTER_CHANGE_DIFFERENT);
  chronicle_filter_bar_update_counts (CHRONICLE_FILTER_BAR (self->filter_bar), counts, matching, n);
}

static gboolean
list_filter_func (gpointer item,
                  gpointer user_data)
{
  ChronicleWindow *self = user_data;
  guint position;

  if (self->mask == NULL || self->dataset == NULL)
    return TRUE;
  return chronicle_event_store_find (chronicle_dataset_get_events (self->dataset),
                                     chronicle_event_get_id (item), &position) && self->mask[position];
}

/* ---- selection, kept the same in the canvas, the list and the sidebar ---------- */

static void
on_view_selection_cb (ChronicleWindow       *self,
                      GParamSpec            *pspec,
                      ChronicleTimelineView *view)
{
  ChronicleEvent *event = chronicle_timeline_view_get_selected_event (view);
  guint n;

  chronicle_sidebar_set_event (self->sidebar, event);
  if (self->syncing_selection)
    return;

  self->syncing_selection = TRUE;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->list_model));
  gtk_single_selection_set_selected (self->list_selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; event != NULL && i < n; i++)
    {
      g_autoptr(ChronicleEvent) item = g_list_model_get_item (G_LIST_MODEL (self->list_model), i);

      if (item == event)
        {
          gtk_single_selection_set_selected (self->list_selection, i);
          break;
        }
    }
  self->syncing_selection = FALSE;
}

/* On a narrow window the details are a folded overlay: an event picked with the
 * pointer opens it (stepping with the keys leaves it as it is, so the timeline
 * stays in view). */
static void
on_event_activated_cb (ChronicleWindow       *self,
                       ChronicleEvent        *event,
                       ChronicleTimelineView *view)
{
  if (adw_flap_get_folded (self->flap) && !chronicle_presentation_get_presenting (self->presentation))
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
on_list_selection_cb (ChronicleWindow    *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  if (self->syncing_selection)
    return;
  self->syncing_selection = TRUE;
  chronicle_timeline_view_set_selected_event (self->timeline_view, gtk_single_selection_get_selected_item (selection));
  self->syncing_selection = FALSE;
}

/* ---- the list's columns ------------------------------------------------------------ */

typedef enum { COLUMN_DATE, COLUMN_KIND, COLUMN_TITLE, COLUMN_PARTNERS } Column;

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  /* The title takes what the others leave; the others are as wide as their usual
   * text, in characters, so they follow the text size. */
  static const int width_chars[] = { [COLUMN_DATE] = 18, [COLUMN_KIND] = 18, [COLUMN_TITLE] = 28,
                                     [COLUMN_PARTNERS] = 16 };
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), width_chars[column]);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ChronicleWindow          *self)
{
  ChronicleEvent *event = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_DATE:
      text = chronicle_date_format_range (chronicle_event_get_start (event), chronicle_event_get_end (event));
      break;
    case COLUMN_KIND:
      {
        const ChronicleKind *kind = chronicle_dataset_find_kind (self->dataset, chronicle_event_get_kind (event));
        g_autofree char *owner = g_strdup_printf ("kind/%s", chronicle_event_get_kind (event));

        text = g_strdup (chronicle_dataset_translate (self->dataset, owner, self->language, "label",
                                                      kind ? kind->label : chronicle_event_get_kind (event)));
        break;
      }
    case COLUMN_TITLE:
      text = g_strdup (chronicle_event_get_translated (event, self->language, "title"));
      break;
    case COLUMN_PARTNERS:
    default:
      {
        const char * const *ids = chronicle_event_get_partners (event);
        GString *names = g_string_new (NULL);

        for (guint i = 0; ids[i] != NULL; i++)
          {
            const ChroniclePartner *p = chronicle_dataset_find_partner (self->dataset, ids[i]);
            g_autofree char *owner = g_strdup_printf ("partner/%s", ids[i]);

            if (i > 0)
              g_string_append (names, ", ");
            g_string_append (names, chronicle_dataset_translate (self->dataset, owner, self->language, "name",
                                                                 p ? p->name : ids[i]));
          }
        text = g_string_free (names, FALSE);
        break;
      }
    }
  /* Plain text: the data's markup is never interpreted (tooltip-text is plain too);
   * the tooltip shows what an ellipsis hides. */
  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), column == COLUMN_TITLE || column == COLUMN_PARTNERS ? text : NULL);
}

static void
add_column (ChronicleWindow *self,
            const char      *title,
            Column           column,
            gboolean         expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_append_column (self->event_list, col);
  g_object_unref (col);
}

/* The list's columns and rows are widgets, made when the List page is first shown:
 * made at start, for a page nobody sees yet, they cost a quarter of Chronicle's
 * startup work over a bare window (chronicle-bench startup). */
static void
on_view_page_cb (ChronicleWindow *self)
{
  if (gtk_column_view_get_model (self->event_list) != NULL ||
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "list") != 0)
    return;
  add_column (self, C_("column", "Date"), COLUMN_DATE, FALSE);
  add_column (self, C_("column", "Kind"), COLUMN_KIND, FALSE);
  add_column (self, C_("column", "Title"), COLUMN_TITLE, TRUE);
  add_column (self, C_("column", "Partners"), COLUMN_PARTNERS, FALSE);
  gtk_column_view_set_model (self->event_list, GTK_SELECTION_MODEL (self->list_selection));
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
  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (self->settings, "sidebar-shown"));
  {
    g_autofree char *group_by = g_settings_get_string (self->settings, "group-by");
    g_object_set (self, "group-by", group_by,
                  "hide-filtered", g_settings_get_boolean (self->settings, "hide-filtered"),
                  NULL);
  }
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
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  g_clear_object (&self->recent_menu);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->loading_page_id, g_source_remove);
  g_clear_object (&self->loader);
  g_clear_object (&self->dataset);
  g_clear_object (&self->file);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->group_by, g_free);
  g_clear_pointer (&self->mask, g_free);
  if (self->event_list != NULL)
    gtk_column_view_set_model (self->event_list, NULL);
  g_clear_object (&self->list_selection);
  g_clear_object (&self->list_model);
  g_clear_object (&self->list_filter);
  g_clear_object (&self->filter);

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
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->timeline_view),
                              g_str_equal (action_name, "win.select-next") ? "timeline.select-next"
                                                                           : "timeline.select-previous", NULL);
}

/* A range picked with Shift+drag: offer to zoom to it (Enter does the same). */
static void
on_range_changed_cb (ChronicleWindow       *self,
                     ChronicleTimelineView *view)
{
  AdwToast *toast;

  if (!gtk_widget_is_sensitive (GTK_WIDGET (view)))
    return;
  toast = adw_toast_new (_("Range selected"));
  adw_toast_set_button_label (toast, _("_Zoom to Range"));
  adw_toast_set_action_name (toast, "win.zoom-to-range");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
filter_partner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  const char *partners[] = { g_variant_get_string (parameter, NULL), NULL };

  chronicle_filter_set_partners (self->filter, partners);
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
  gtk_window_present (shortcuts);
}

/* ---- export and print ------------------------------------------------------- */

static void
export_options (ChronicleWindow        *self,
                gboolean                whole,
                ChronicleExportOptions *options)
{
  ChronicleTimeScale *scale = chronicle_timeline_view_get_time_scale (self->timeline_view);
  gint64 first = 0, end = 1;

  memset (options, 0, sizeof *options);
  options->dataset = self->dataset;
  options->mask = chronicle_timeline_view_get_hide_filtered (self->timeline_view) ? self->mask : NULL;
  options->group_by = chronicle_timeline_view_get_group_by (self->timeline_view);
  options->language = self->language;
  if (whole && chronicle_event_store_get_bounds (chronicle_dataset_get_events (self->dataset), &first, &end))
    {
      options->first_day = first - (end - first) * 0.02;
      options->end_day = end + (end - first) * 0.02;
    }
  else
    {
      options->first_day = chronicle_time_scale_get_start (scale);
      options->end_day = chronicle_time_scale_get_end (scale);
    }
}

typedef struct
{
  ChronicleWindow       *window;
  ChronicleExportFormat  format;
  ChronicleExportSize    size;
  gboolean               whole;
  gboolean               years_chosen;  /* from_year to to_year, both included */
  gint64                 from_year;
  gint64                 to_year;
} ExportRequest;

static void
on_export_file_cb (GtkNativeDialog *chooser,
                   int              response,
                   ExportRequest   *request)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  ChronicleExportOptions options;

  if (response == GTK_RESPONSE_ACCEPT && request->window->dataset != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      export_options (request->window, request->whole, &options);
      if (request->years_chosen)
        {
          options.first_day = chronicle_days_from_civil (MIN (request->from_year, request->to_year), 1, 1);
          options.end_day = chronicle_days_from_civil (MAX (request->from_year, request->to_year) + 1, 1, 1);
        }
      if (chronicle_export_to_file (&options, request->format, request->size, path, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          /* Translators: %s is the file an export was saved to. */
          g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);
          chronicle_window_add_toast (request->window, message);
        }
      else
        chronicle_window_add_toast (request->window, error->message);
    }
  g_object_unref (request->window);
  g_free (request);
  g_object_unref (chooser);
}

static void
on_export_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       ChronicleWindow  *self)
{
  static const char *extensions[] = { "png", "svg", "pdf" };
  GtkDropDown *format = g_object_get_data (G_OBJECT (dialog), "format");
  GtkDropDown *size = g_object_get_data (G_OBJECT (dialog), "size");
  GtkDropDown *range = g_object_get_data (G_OBJECT (dialog), "range");
  GtkFileChooserNative *chooser;
  ExportRequest *request;
  g_autofree char *name = NULL;

  if (!g_str_equal (response, "export"))
    return;

  request = g_new0 (ExportRequest, 1);
  request->window = g_object_ref (self);
  request->format = gtk_drop_down_get_selected (format);
  request->size = gtk_drop_down_get_selected (size);
  request->whole = gtk_drop_down_get_selected (range) == 1;
  if (gtk_drop_down_get_selected (range) == 2)
    {
      request->years_chosen = TRUE;
      request->from_year = gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (dialog), "from"));
      request->to_year = gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (dialog), "to"));
    }

  chooser = gtk_file_chooser_native_new (_("Export Timeline"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the suggested file name of an export; keep the extension placeholder. */
  name = g_strdup_printf (_("timeline.%s"), extensions[request->format]);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkWidget *
choice_row (GtkWidget          *grid,
            int                 row,
            const char         *label,
            const char * const *choices)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *drop = gtk_drop_down_new_from_strings (choices);

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), drop);
  gtk_widget_set_hexpand (drop, TRUE);
  gtk_grid_attach (GTK_GRID (grid), title, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), drop, 1, row, 1, 1);
  return drop;
}

static gboolean
range_is_chosen_years (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == 2);
  return TRUE;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  const char *formats[] = { _("PNG image"), _("SVG drawing"), _("PDF document"), NULL };
  const char *sizes[] = { _("Screen, 1920 × 1080"), _("A4, landscape"), _("A3, landscape"), NULL };
  const char *ranges[] = { _("What is in view"), _("Everything"), _("Chosen years"), NULL };
  ChronicleTimeScale *scale = chronicle_timeline_view_get_time_scale (self->timeline_view);
  GtkWidget *dialog, *grid, *range, *years, *from, *to, *to_label;
  gint64 first_year, last_year;
  int month, day;

  if (self->dataset == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Timeline"),
                                   _("Draws the timeline with its title, a legend and its sources."));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set_data (G_OBJECT (dialog), "format", choice_row (grid, 0, _("_Format"), formats));
  g_object_set_data (G_OBJECT (dialog), "size", choice_row (grid, 1, _("_Size"), sizes));
  range = choice_row (grid, 2, _("_Range"), ranges);
  g_object_set_data (G_OBJECT (dialog), "range", range);

  /* The chosen years start as those in view. */
  chronicle_civil_from_days ((gint64) floor (chronicle_time_scale_get_start (scale)), &first_year, &month, &day);
  chronicle_civil_from_days ((gint64) floor (chronicle_time_scale_get_end (scale)) - 1, &last_year, &month, &day);
  years = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  from = gtk_spin_button_new_with_range (-9999, 9999, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (from), (double) first_year);
  /* Translators: between the two years of an export's range, as in "2021 to 2023". */
  to_label = gtk_label_new (C_("year range", "to"));
  to = gtk_spin_button_new_with_range (-9999, 9999, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (to), (double) last_year);
  gtk_accessible_update_property (GTK_ACCESSIBLE (from), GTK_ACCESSIBLE_PROPERTY_LABEL, _("First year"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (to), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Last year"), -1);
  gtk_box_append (GTK_BOX (years), from);
  gtk_box_append (GTK_BOX (years), to_label);
  gtk_box_append (GTK_BOX (years), to);
  gtk_grid_attach (GTK_GRID (grid), years, 1, 3, 1, 1);
  g_object_bind_property_full (range, "selected", years, "sensitive", G_BINDING_SYNC_CREATE,
                               range_is_chosen_years, NULL, NULL, NULL);
  g_object_set_data (G_OBJECT (dialog), "from", from);
  g_object_set_data (G_OBJECT (dialog), "to", to);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  ChronicleExportOptions options;

  if (self->dataset == NULL)
    return;

  /* What is in view, about a year a page, each with its title and legend. */
  export_options (self, FALSE, &options);
  operation = chronicle_export_print_operation_new (&options);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    chronicle_window_add_toast (self, error->message);
}

/* ---- presentation (F5): ChroniclePresentation draws and steps; the window hides
 * its chrome and goes fullscreen while it is on. */

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
}

static void
set_presenting (ChronicleWindow *self,
                gboolean         presenting)
{
  if (!presenting)
    chronicle_presentation_stop (self->presentation);
  else if (self->dataset != NULL)
    chronicle_presentation_start (self->presentation, self->dataset, self->mask, self->language);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  set_presenting (self, !chronicle_presentation_get_presenting (self->presentation));
}

gboolean
chronicle_window_is_presenting (ChronicleWindow *self)
{
  g_return_val_if_fail (CHRONICLE_IS_WINDOW (self), FALSE);
  return chronicle_presentation_get_presenting (self->presentation);
}

void
chronicle_window_set_presenting (ChronicleWindow *self,
                                 gboolean         presenting)
{
  g_return_if_fail (CHRONICLE_IS_WINDOW (self));
  set_presenting (self, presenting);
}

/* Selects the event with @id and brings it into view (app.show-event, --event). */
gboolean
chronicle_window_show_event (ChronicleWindow *self,
                             const char      *id)
{
  ChronicleEventStore *store;
  guint position;

  g_return_val_if_fail (CHRONICLE_IS_WINDOW (self), FALSE);

  if (self->dataset == NULL)
    return FALSE;
  store = chronicle_dataset_get_events (self->dataset);
  if (!chronicle_event_store_find (store, id, &position))
    return FALSE;
  chronicle_timeline_view_set_selected_event (self->timeline_view, chronicle_event_store_get_event (store, position));
  chronicle_timeline_view_show_event (self->timeline_view, chronicle_event_store_get_event (store, position), 60, FALSE);
  return TRUE;
}

static void
about_dataset_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  if (self->dataset != NULL)
    gtk_window_present (chronicle_dataset_window_new (GTK_WINDOW (self), self->dataset, self->language));
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  chronicle_window_add_toast (CHRONICLE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  if (self->dataset != NULL)
    {
      gtk_revealer_set_reveal_child (self->filter_revealer, TRUE);
      chronicle_filter_bar_focus_search (CHRONICLE_FILTER_BAR (self->filter_bar));
    }
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (widget);

  if (self->load_cancellable == NULL)
    return;
  /* The window goes back at once to what it showed; the loader's thread stops at
   * its next check (json-glib's parse itself cannot be interrupted). */
  g_cancellable_cancel (self->load_cancellable);
  end_load (self);
  gtk_stack_set_visible_child_name (self->main_stack, self->dataset ? "timeline" : "empty");
  update_actions (self);
}

static void
chronicle_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_GROUP_BY:
      g_value_set_string (value, self->group_by);
      break;
    case PROP_HIDE_FILTERED:
      g_value_set_boolean (value, self->hide_filtered);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ChronicleWindow *self = CHRONICLE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_GROUP_BY:
      {
        const char *group_by = g_value_get_string (value);

        if (g_strcmp0 (group_by, self->group_by) == 0 || group_by == NULL)
          break;
        g_free (self->group_by);
        self->group_by = g_strdup (group_by);
        chronicle_timeline_view_set_group_by (self->timeline_view,
                                              g_str_equal (group_by, "partner") ? CHRONICLE_GROUP_BY_PARTNER
                                                                               : CHRONICLE_GROUP_BY_KIND);
        if (self->settings != NULL)
          g_settings_set_string (self->settings, "group-by", group_by);
        g_object_notify_by_pspec (object, pspec);
        break;
      }
    case PROP_HIDE_FILTERED:
      if (self->hide_filtered == g_value_get_boolean (value))
        break;
      self->hide_filtered = g_value_get_boolean (value);
      chronicle_timeline_view_set_hide_filtered (self->timeline_view, self->hide_filtered);
      if (self->settings != NULL)
        g_settings_set_boolean (self->settings, "hide-filtered", self->hide_filtered);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_window_class_init (ChronicleWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  g_type_ensure (CHRONICLE_TYPE_TIMELINE_VIEW);
  g_type_ensure (CHRONICLE_TYPE_OVERVIEW);
  g_type_ensure (CHRONICLE_TYPE_PRESENTATION);
  g_type_ensure (CHRONICLE_TYPE_SIDEBAR);

  object_class->dispose = chronicle_window_dispose;
  object_class->get_property = chronicle_window_get_property;
  object_class->set_property = chronicle_window_set_property;

  properties[PROP_GROUP_BY] =
    g_param_spec_string ("group-by", NULL, NULL, "kind",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDE_FILTERED] =
    g_param_spec_boolean ("hide-filtered", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  window_class->close_request = chronicle_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/chronicle-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, zoom_box);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, filter_slot);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, loading_banner);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, banner_progress);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, event_list);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, ChronicleWindow, presentation);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-to-range", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.select-next", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "win.select-previous", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "win.filter-partner", "s", filter_partner_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.about-dataset", NULL, about_dataset_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK, "win.show-shortcuts", NULL);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_property_action (widget_class, "win.group-by", "group-by");
  gtk_widget_class_install_property_action (widget_class, "win.hide-filtered", "hide-filtered");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
}

static void
chronicle_window_init (ChronicleWindow *self)
{
  /* Property actions read these as soon as the template is built. */
  self->group_by = g_strdup ("kind");
  gtk_widget_init_template (GTK_WIDGET (self));

  self->language = dup_ui_language ();
  chronicle_timeline_view_set_language (self->timeline_view, self->language);
  chronicle_sidebar_set_language (self->sidebar, self->language);

  self->filter = chronicle_filter_new ();
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (apply_filter), self, G_CONNECT_SWAPPED);
  self->filter_bar = chronicle_filter_bar_new (self->filter);
  gtk_box_append (GTK_BOX (self->filter_slot), self->filter_bar);

  self->list_filter = gtk_custom_filter_new (list_filter_func, self, NULL);
  self->list_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->list_filter)));
  self->list_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list_model)));
  gtk_single_selection_set_autoselect (self->list_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->list_selection, TRUE);
  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (on_view_page_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_selection, "notify::selected", G_CALLBACK (on_list_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "notify::selected-event", G_CALLBACK (on_view_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "range-changed", G_CALLBACK (on_range_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "event-activated", G_CALLBACK (on_event_activated_cb), self, G_CONNECT_SWAPPED);
  chronicle_overview_set_scale (self->overview, chronicle_timeline_view_get_time_scale (self->timeline_view));
  update_actions (self);

  self->settings = create_settings ();
  restore_window_state (self);

  g_signal_connect_object (self->presentation, "notify::presenting", G_CALLBACK (on_presenting_cb), self,
                           G_CONNECT_SWAPPED);

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

static void load (ChronicleWindow *self,
                  GFile           *file);
static void on_first_frame_cb (GdkFrameClock   *clock,
                               ChronicleWindow *self);
static void on_map_for_bench_cb (ChronicleWindow *self);
static void remember_file (ChronicleWindow *self,
                           GFile           *file);
static void select_requested_event (ChronicleWindow *self);
static void present_if_requested (ChronicleWindow *self);
static void on_file_changed_cb (ChronicleWindow   *self,
                                GFile             *file,
                                GFile             *other,
                                GFileMonitorEvent  event,
                                GFileMonitor      *monitor);

static void
show_dataset (ChronicleWindow  *self,
              ChronicleDataset *dataset,
              GFile            *file)
{
  const char *title;
  g_autofree char *subtitle = NULL;
  gboolean reload = self->file != NULL && file != NULL && g_file_equal (self->file, file);
  ChronicleTimeScale *scale = chronicle_timeline_view_get_time_scale (self->timeline_view);
  double start = chronicle_time_scale_get_start (scale), end = chronicle_time_scale_get_end (scale);
  ChronicleEvent *selected = chronicle_timeline_view_get_selected_event (self->timeline_view);
  g_autofree char *selected_id = selected ? g_strdup (chronicle_event_get_id (selected)) : NULL;

  g_set_object (&self->dataset, dataset);
  g_set_object (&self->file, file);

  /* Watch the file: it is reloaded when it changes on disk. */
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  if (file != NULL)
    {
      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, NULL);
      if (self->monitor != NULL)
        g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_file_changed_cb), self, G_CONNECT_SWAPPED);
    }

  chronicle_timeline_view_set_dataset (self->timeline_view, dataset);
  chronicle_overview_set_dataset (self->overview, dataset);
  chronicle_sidebar_set_dataset (self->sidebar, dataset);
  chronicle_filter_bar_set_dataset (CHRONICLE_FILTER_BAR (self->filter_bar), dataset, self->language);
  gtk_filter_list_model_set_model (self->list_model, G_LIST_MODEL (chronicle_dataset_get_events (dataset)));
  /* A new dataset starts unfiltered. */
  chronicle_filter_clear (self->filter);
  apply_filter (self);

  title = chronicle_dataset_translate (dataset, "dataset", self->language, "title",
                                       chronicle_dataset_get_title (dataset));
  if (title == NULL || title[0] == '\0')
    title = _("Untitled Timeline");
  subtitle = file != NULL ? g_file_get_basename (file) : g_strdup (_("Bundled dataset"));
  adw_view_switcher_title_set_title (self->window_title, title);
  adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);

  gtk_stack_set_visible_child_name (self->main_stack, "timeline");
  update_actions (self);

  if (g_getenv ("CHRONICLE_BENCH_STARTUP") != NULL)
    {
      if (gtk_widget_get_frame_clock (GTK_WIDGET (self)) != NULL)
        g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint", G_CALLBACK (on_first_frame_cb), self);
      else
        g_signal_connect (self, "map", G_CALLBACK (on_map_for_bench_cb), NULL);
    }

  /* A reload keeps the view where it was, and the selection when the event is still there. */
  if (reload)
    {
      guint position;

      chronicle_timeline_view_show_range (self->timeline_view, start, end, FALSE);
      if (selected_id != NULL &&
          chronicle_event_store_find (chronicle_dataset_get_events (dataset), selected_id, &position))
        chronicle_timeline_view_set_selected_event (self->timeline_view,
                                                    chronicle_event_store_get_event (chronicle_dataset_get_events (dataset), position));
    }
}

/* chronicle-bench's startup measure: print when the first frame with data is painted. */
static void
on_first_frame_cb (GdkFrameClock   *clock,
                   ChronicleWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);
  if (app != NULL)
    g_application_quit (G_APPLICATION (app));
}

static void
on_map_for_bench_cb (ChronicleWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, on_map_for_bench_cb, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint", G_CALLBACK (on_first_frame_cb), self);
}

static gboolean
reload_cb (gpointer user_data)
{
  ChronicleWindow *self = user_data;

  self->reload_id = 0;
  if (self->file != NULL)
    load (self, self->file);
  return G_SOURCE_REMOVE;
}

static void
on_file_changed_cb (ChronicleWindow   *self,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_CHANGED)
    return;
  /* Editors write in several steps: reload once things settle. */
  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->reload_id = g_timeout_add (300, reload_cb, self);
}

/* ---- recent files -------------------------------------------------------------- */

static void
update_recent_menu (ChronicleWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL && n < 5; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, ".json") || !gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
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
                               G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
    }
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  chronicle_window_open_file (CHRONICLE_WINDOW (widget), file);
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

/* `chronicle --event=ID`: select that event and bring it into view. */
static void
select_requested_event (ChronicleWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *id = app ? chronicle_application_take_event_id (CHRONICLE_APPLICATION (app)) : NULL;
  guint position;
  ChronicleEventStore *store = chronicle_dataset_get_events (self->dataset);

  if (id == NULL)
    return;
  if (!chronicle_event_store_find (store, id, &position))
    {
      /* Translators: %s is an event id given with --event. */
      g_autofree char *message = g_strdup_printf (_("No event has the id “%s”"), id);
      chronicle_window_add_toast (self, message);
      return;
    }
  chronicle_timeline_view_set_selected_event (self->timeline_view, chronicle_event_store_get_event (store, position));
  chronicle_timeline_view_show_event (self->timeline_view, chronicle_event_store_get_event (store, position), 60, FALSE);
}

/* `chronicle --present`: start presenting once the data is there. */
static void
present_if_requested (ChronicleWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app != NULL && chronicle_application_take_present (CHRONICLE_APPLICATION (app)))
    set_presenting (self, TRUE);
}

/* Files opened go to the recent files, and the last one is reopened next time. */
static void
remember_file (ChronicleWindow *self,
               GFile           *file)
{
  g_autofree char *uri = file ? g_file_get_uri (file) : NULL;

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-file", uri ? uri : "");
  if (uri != NULL)
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

typedef struct
{
  ChronicleWindow *window;       /* weak */
  GFile           *file;         /* NULL: the bundled dataset */
  GCancellable    *cancellable;  /* the window's while this is its current load */
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_clear_weak_pointer (&request->window);
  g_clear_object (&request->file);
  g_clear_object (&request->cancellable);
  g_free (request);
}

/* The window no longer waits for a load: it finished, or was cancelled. */
static void
end_load (ChronicleWindow *self)
{
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->loading_page_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->loading_banner, FALSE);
}

static void
on_load_progress_cb (ChronicleWindow *self,
                     int              stage,
                     guint            done,
                     guint            total,
                     ChronicleLoader *loader)
{
  if (stage == CHRONICLE_LOAD_STAGE_BUILDING && total > 0)
    {
      gtk_progress_bar_set_fraction (self->loading_progress, (double) done / total);
      gtk_progress_bar_set_fraction (self->banner_progress, (double) done / total);
    }
  else
    {
      gtk_progress_bar_pulse (self->loading_progress);
      gtk_progress_bar_pulse (self->banner_progress);
    }
}

static gboolean
show_loading_page_cb (gpointer user_data)
{
  ChronicleWindow *self = user_data;

  self->loading_page_id = 0;
  if (self->load_cancellable != NULL && self->dataset == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "loading");
  return G_SOURCE_REMOVE;
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

  /* A load that was cancelled, or replaced by another, has nothing more to say. */
  if (self != NULL && request->cancellable == self->load_cancellable)
    {
      end_load (self);

      if (dataset != NULL)
        {
          show_dataset (self, dataset, request->file);
          remember_file (self, request->file);
          select_requested_event (self);
          present_if_requested (self);
        }
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
  g_autoptr(GBytes) bundled = NULL;
  g_autoptr(GError) error = NULL;
  LoadRequest *request;

  /* The bundled dataset is a resource, already in memory: no GFile, so no GVfs to
   * set up while the window starts. */
  if (file == NULL &&
      (bundled = g_resources_lookup_data (BUNDLED_DATASET_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error)) == NULL)
    {
      /* Only a broken build gets here; the suite loads the same data. */
      chronicle_window_add_toast (self, error->message);
      return;
    }

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  if (self->loader != NULL)
    g_signal_handlers_disconnect_by_data (self->loader, self);
  g_clear_object (&self->loader);
  self->loader = chronicle_loader_new ();
  g_signal_connect_object (self->loader, "progress", G_CALLBACK (on_load_progress_cb), self, G_CONNECT_SWAPPED);

  /* With nothing on screen the loading page shows the progress; otherwise a banner
   * does, above the data that stays usable until the new file is ready. */
  gtk_progress_bar_set_fraction (self->loading_progress, 0);
  gtk_progress_bar_set_fraction (self->banner_progress, 0);
  g_clear_handle_id (&self->loading_page_id, g_source_remove);
  if (self->dataset == NULL)
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

  request = g_new0 (LoadRequest, 1);
  g_set_weak_pointer (&request->window, self);
  request->file = file ? g_object_ref (file) : NULL;
  request->cancellable = g_object_ref (self->load_cancellable);
  if (file != NULL)
    chronicle_loader_load_file_async (self->loader, file, self->load_cancellable, on_load_finished_cb, request);
  else
    chronicle_loader_load_bytes_async (self->loader, bundled, _("Bundled dataset"), self->load_cancellable,
                                       on_load_finished_cb, request);
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

/* Shows the dataset Chronicle comes with. It is compiled into the program (a
 * GResource, already in memory), small, and checked by the test suite: it is read
 * at once, so the first frame the window paints already shows it. Files from disk
 * always load in the background. */
void
chronicle_window_open_bundled (ChronicleWindow *self)
{
  g_autoptr(ChronicleLoader) loader = NULL;
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CHRONICLE_IS_WINDOW (self));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->loading_page_id, g_source_remove);
  loader = chronicle_loader_new ();
  /* Straight from the resource: no GFile, so no VFS to set up at start. */
  bytes = g_resources_lookup_data (BUNDLED_DATASET_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    dataset = chronicle_loader_load_bytes (loader, bytes, _("Bundled dataset"), NULL, &error);
  if (dataset == NULL)
    {
      /* Only a broken build gets here; the suite loads the same data. */
      chronicle_window_add_toast (self, error->message);
      return;
    }
  show_dataset (self, dataset, NULL);
  remember_file (self, NULL);
  select_requested_event (self);
  present_if_requested (self);
}

/* Reopens the last file if it still exists, else shows the bundled dataset. */
void
chronicle_window_open_last (ChronicleWindow *self)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (CHRONICLE_IS_WINDOW (self));

  if (self->settings != NULL)
    uri = g_settings_get_string (self->settings, "last-file");
  if (uri != NULL && uri[0] != '\0')
    file = g_file_new_for_uri (uri);
  if (file != NULL && g_file_query_exists (file, NULL))
    load (self, file);
  else
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
