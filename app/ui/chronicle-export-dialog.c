/* chronicle-export-dialog.c — export and print
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Export dialog (format, size, range), the file chooser it leads to, and
 * printing. What is drawn is the session's: its dataset, lanes, language and, when
 * filtered-out events are hidden, its match set; the range is the view's or the
 * data's. Results are told as toasts, through the parent's win.toast action.
 */

#define G_LOG_DOMAIN "chronicle-export-dialog"

#include "config.h"

#include "chronicle-export-dialog.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "chronicle-accessible.h"
#include "chronicle-export.h"

typedef enum { RANGE_IN_VIEW, RANGE_EVERYTHING, RANGE_CHOSEN_YEARS } Range;

struct _ChronicleExportDialog
{
  AdwMessageDialog    parent_instance;

  ChronicleSession   *session;
  ChronicleTimeScale *scale;      /* the view's */

  /* Template widgets */
  GtkDropDown        *format_drop;
  GtkDropDown        *size_drop;
  GtkDropDown        *range_drop;
  GtkWidget          *years_box;
  GtkSpinButton      *from_spin;
  GtkSpinButton      *to_spin;
};

G_DEFINE_FINAL_TYPE (ChronicleExportDialog, chronicle_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* A file chooser's answer outlives the dialog: it keeps what it needs. */
typedef struct
{
  GtkWindow             *parent;
  ChronicleSession      *session;
  ChronicleTimeScale    *scale;
  ChronicleExportFormat  format;
  ChronicleExportSize    size;
  gboolean               whole;
  gboolean               years_chosen;  /* from_year to to_year, both included */
  gint64                 from_year;
  gint64                 to_year;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_clear_object (&request->parent);
  g_clear_object (&request->session);
  g_clear_object (&request->scale);
  g_free (request);
}

static void
toast (GtkWindow  *parent,
       const char *message)
{
  gtk_widget_activate_action (GTK_WIDGET (parent), "win.toast", "s", message);
}

static void
export_options (ChronicleSession       *session,
                ChronicleTimeScale     *scale,
                gboolean                whole,
                ChronicleExportOptions *options)
{
  ChronicleDataset *dataset = chronicle_session_get_dataset (session);
  ChronicleMatchSet *set = chronicle_session_get_match_set (session);
  gint64 first = 0, end = 1;

  memset (options, 0, sizeof *options);
  options->dataset = dataset;
  options->mask = chronicle_session_get_hide_filtered (session) && set ? chronicle_match_set_get_mask (set) : NULL;
  options->group_by = chronicle_session_get_group_by (session);
  options->language = chronicle_session_get_language (session);
  if (whole && chronicle_event_store_get_bounds (chronicle_dataset_get_events (dataset), &first, &end))
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

static void
on_export_file_cb (GtkNativeDialog *chooser,
                   int              response,
                   ExportRequest   *request)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  ChronicleExportOptions options;

  if (response == GTK_RESPONSE_ACCEPT && chronicle_session_get_dataset (request->session) != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      export_options (request->session, request->scale, request->whole, &options);
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
          toast (request->parent, message);
        }
      else
        toast (request->parent, error->message);
    }
  export_request_free (request);
  g_object_unref (chooser);
}

static void
chronicle_export_dialog_response (AdwMessageDialog *dialog,
                                  const char       *response)
{
  static const char *extensions[] = { "png", "svg", "pdf" };
  ChronicleExportDialog *self = CHRONICLE_EXPORT_DIALOG (dialog);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkFileChooserNative *chooser;
  ExportRequest *request;
  g_autofree char *name = NULL;

  if (g_str_equal (response, "export"))
    {
      request = g_new0 (ExportRequest, 1);
      request->parent = g_object_ref (parent);
      request->session = g_object_ref (self->session);
      request->scale = g_object_ref (self->scale);
      request->format = gtk_drop_down_get_selected (self->format_drop);
      request->size = gtk_drop_down_get_selected (self->size_drop);
      request->whole = gtk_drop_down_get_selected (self->range_drop) == RANGE_EVERYTHING;
      if (gtk_drop_down_get_selected (self->range_drop) == RANGE_CHOSEN_YEARS)
        {
          request->years_chosen = TRUE;
          request->from_year = gtk_spin_button_get_value_as_int (self->from_spin);
          request->to_year = gtk_spin_button_get_value_as_int (self->to_spin);
        }

      chooser = gtk_file_chooser_native_new (_("Export Timeline"), parent,
                                             GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
      /* Translators: the suggested file name of an export; keep the extension placeholder. */
      name = g_strdup_printf (_("timeline.%s"), extensions[request->format]);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
      g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_cb), request);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
    }

  if (ADW_MESSAGE_DIALOG_CLASS (chronicle_export_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (chronicle_export_dialog_parent_class)->response (dialog, response);
}

static gboolean
range_is_chosen_years (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == RANGE_CHOSEN_YEARS);
  return TRUE;
}

static void
chronicle_export_dialog_dispose (GObject *object)
{
  ChronicleExportDialog *self = CHRONICLE_EXPORT_DIALOG (object);

  g_clear_object (&self->session);
  g_clear_object (&self->scale);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHRONICLE_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (chronicle_export_dialog_parent_class)->dispose (object);
}

static void
chronicle_export_dialog_class_init (ChronicleExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = chronicle_export_dialog_dispose;
  dialog_class->response = chronicle_export_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/chronicle-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ChronicleExportDialog, format_drop);
  gtk_widget_class_bind_template_child (widget_class, ChronicleExportDialog, size_drop);
  gtk_widget_class_bind_template_child (widget_class, ChronicleExportDialog, range_drop);
  gtk_widget_class_bind_template_child (widget_class, ChronicleExportDialog, years_box);
  gtk_widget_class_bind_template_child (widget_class, ChronicleExportDialog, from_spin);
  gtk_widget_class_bind_template_child (widget_class, ChronicleExportDialog, to_spin);
}

static void
chronicle_export_dialog_init (ChronicleExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_bind_property_full (self->range_drop, "selected", self->years_box, "sensitive", G_BINDING_SYNC_CREATE,
                               range_is_chosen_years, NULL, NULL, NULL);
}

static void
name_drop_button (GtkDropDown *drop,
                  const char  *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      chronicle_accessible_set_name (child, name);
}

/**
 * chronicle_export_dialog_new:
 * @parent: the window; it gets the toasts
 * @session: what to draw
 * @scale: the view's time scale: what is in view, and the years chosen at first
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
chronicle_export_dialog_new (GtkWindow          *parent,
                             ChronicleSession   *session,
                             ChronicleTimeScale *scale)
{
  ChronicleExportDialog *self;
  gint64 first_year, last_year;
  int month, day;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CHRONICLE_IS_SESSION (session), NULL);
  g_return_val_if_fail (CHRONICLE_IS_TIME_SCALE (scale), NULL);

  self = g_object_new (CHRONICLE_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->session = g_object_ref (session);
  self->scale = g_object_ref (scale);

  /* The chosen years start as those in view. */
  chronicle_civil_from_days ((gint64) floor (chronicle_time_scale_get_start (scale)), &first_year, &month, &day);
  chronicle_civil_from_days ((gint64) floor (chronicle_time_scale_get_end (scale)) - 1, &last_year, &month, &day);
  gtk_spin_button_set_value (self->from_spin, (double) first_year);
  gtk_spin_button_set_value (self->to_spin, (double) last_year);

  /* The buttons a screen reader meets get plain names: the responses', and each
   * drop-down's own button (the dialog opens with the focus on Format's) is called
   * as its label calls the drop-down. */
  chronicle_accessible_fix_names (GTK_WIDGET (self));
  name_drop_button (self->format_drop, C_("export", "Format"));
  name_drop_button (self->size_drop, C_("export", "Size"));
  name_drop_button (self->range_drop, C_("export", "Range"));

  return GTK_WIDGET (self);
}

/**
 * chronicle_export_dialog_print:
 * @parent: the window; it gets a toast if printing fails
 *
 * Prints what is in view, about a year a page, each with its title and legend.
 */
void
chronicle_export_dialog_print (GtkWindow          *parent,
                               ChronicleSession   *session,
                               ChronicleTimeScale *scale)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  ChronicleExportOptions options;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CHRONICLE_IS_SESSION (session));
  g_return_if_fail (CHRONICLE_IS_TIME_SCALE (scale));

  if (chronicle_session_get_dataset (session) == NULL)
    return;
  export_options (session, scale, FALSE, &options);
  operation = chronicle_export_print_operation_new (&options);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    toast (parent, error->message);
}
