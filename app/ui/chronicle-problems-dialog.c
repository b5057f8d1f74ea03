/* chronicle-problems-dialog.c — every error and warning of a file, each copyable
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a load found wrong with a file, one row a problem: its severity, what is
 * wrong, and its place (file:line:column, or the event and member). Each row has a
 * button that copies it, as `chronicle --check` prints it; Copy All copies them all,
 * one a line. The text is the file's and the loader's, shown as plain text.
 */

#define G_LOG_DOMAIN "chronicle-problems-dialog"

#include "config.h"

#include "chronicle-problems-dialog.h"

#include <glib/gi18n.h>


struct _ChronicleProblemsDialog
{
  AdwWindow        parent_instance;

  GPtrArray       *problems;      /* ChronicleDiagnostic */
  guint            n_errors;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkLabel        *summary_label;
  GtkListBox      *list;
  GtkLabel        *more_label;
};

G_DEFINE_FINAL_TYPE (ChronicleProblemsDialog, chronicle_problems_dialog, ADW_TYPE_WINDOW)

/* Where the problem is, under it: the file by its name (the summary and a copied line
 * have its whole path). */
static char *
dup_place (const ChronicleDiagnostic *d)
{
  g_autofree char *file = g_path_get_basename (d->file ? d->file : "-");

  if (d->line > 0)
    /* Translators: a problem's place: %1$s a file, %2$d a line, %3$d a column. */
    return g_strdup_printf (_("%1$s:%2$d:%3$d"), file, d->line, d->column);
  if (d->path != NULL)
    /* Translators: a problem's place: %1$s a file, %2$s a place in it, such as
     * events[12] "biden-2023". */
    return g_strdup_printf (_("%1$s: %2$s"), file, d->path);
  return g_strdup (file);
}

static void
copy (ChronicleProblemsDialog *self,
      const char              *text,
      const char              *message)
{
  AdwToast *toast;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 2);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChronicleProblemsDialog *self = CHRONICLE_PROBLEMS_DIALOG (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autofree char *text = NULL;

  if (index >= self->problems->len)
    return;
  text = chronicle_diagnostic_to_string (g_ptr_array_index (self->problems, index));
  copy (self, text, _("Problem copied"));
}

static void
copy_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ChronicleProblemsDialog *self = CHRONICLE_PROBLEMS_DIALOG (widget);
  g_autofree char *text = chronicle_problems_dialog_dup_text (self);

  copy (self, text, _("All problems copied"));
}

static GtkWidget *
create_row (const ChronicleDiagnostic *d,
            guint                      index)
{
  gboolean error = d->severity == CHRONICLE_SEVERITY_ERROR;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (error ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  g_autofree char *place = dup_place (d);

  /* The file's text is never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), d->message ? d->message : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), place);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "problem");

  gtk_widget_add_css_class (icon, error ? "error" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  error ? _("Error") : _("Warning"), -1);
  gtk_widget_set_tooltip_text (icon, error ? _("Error") : _("Warning"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Copy"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copy Problem"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "problems.copy");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
chronicle_problems_dialog_dispose (GObject *object)
{
  ChronicleProblemsDialog *self = CHRONICLE_PROBLEMS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CHRONICLE_TYPE_PROBLEMS_DIALOG);

  G_OBJECT_CLASS (chronicle_problems_dialog_parent_class)->dispose (object);
}

static void
chronicle_problems_dialog_finalize (GObject *object)
{
  ChronicleProblemsDialog *self = CHRONICLE_PROBLEMS_DIALOG (object);

  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (chronicle_problems_dialog_parent_class)->finalize (object);
}

static void
chronicle_problems_dialog_class_init (ChronicleProblemsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chronicle_problems_dialog_dispose;
  object_class->finalize = chronicle_problems_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/chronicle-problems-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ChronicleProblemsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ChronicleProblemsDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ChronicleProblemsDialog, list);
  gtk_widget_class_bind_template_child (widget_class, ChronicleProblemsDialog, more_label);

  gtk_widget_class_install_action (widget_class, "problems.copy", "u", copy_action);
  gtk_widget_class_install_action (widget_class, "problems.copy-all", NULL, copy_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
chronicle_problems_dialog_init (ChronicleProblemsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * chronicle_problems_dialog_new:
 * @parent: the window the problems are about
 * @summary: one sentence on what happened (the banner's)
 * @problems: (element-type ChronicleDiagnostic): the load's errors and warnings
 * @n_errors: how many errors the load counted (it lists no more than its limit)
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWindow *
chronicle_problems_dialog_new (GtkWindow  *parent,
                               const char *summary,
                               GPtrArray  *problems,
                               guint       n_errors)
{
  ChronicleProblemsDialog *self;
  guint listed_errors = 0;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  self = g_object_new (CHRONICLE_TYPE_PROBLEMS_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_diagnostic_free);
  for (guint i = 0; i < problems->len; i++)
    {
      const ChronicleDiagnostic *d = g_ptr_array_index (problems, i);

      g_ptr_array_add (self->problems, chronicle_diagnostic_copy (d));
      gtk_list_box_append (self->list, create_row (d, i));
      if (d->severity == CHRONICLE_SEVERITY_ERROR)
        listed_errors++;
    }
  self->n_errors = n_errors;
  gtk_label_set_text (self->summary_label, summary);

  /* The loader stops listing after its limit: say how many are not shown. */
  if (n_errors > listed_errors)
    {
      guint more = n_errors - listed_errors;
      /* Translators: under the list of problems; %u is how many errors are not listed. */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more error is not listed",
                                                            "%u more errors are not listed", more), more);

      gtk_label_set_text (self->more_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->more_label), TRUE);
    }

  return GTK_WINDOW (self);
}

/* How many problems the list shows. */
guint
chronicle_problems_dialog_get_n_rows (ChronicleProblemsDialog *self)
{
  g_return_val_if_fail (CHRONICLE_IS_PROBLEMS_DIALOG (self), 0);
  return self->problems->len;
}

/**
 * chronicle_problems_dialog_dup_text:
 *
 * Returns: (transfer full): every problem, one a line, as Copy All copies them
 */
char *
chronicle_problems_dialog_dup_text (ChronicleProblemsDialog *self)
{
  GString *text;

  g_return_val_if_fail (CHRONICLE_IS_PROBLEMS_DIALOG (self), NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->problems->len; i++)
    {
      g_autofree char *line = chronicle_diagnostic_to_string (g_ptr_array_index (self->problems, i));

      g_string_append (text, line);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}
