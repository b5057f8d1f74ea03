/* chronicle-export-dialog.c — export and print
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Export dialog (format, size, range, kept in GSettings from one export to the
 * next), the file chooser it leads to (with a name from the dataset's title), and
 * printing. What is drawn is the session's: its dataset, lanes, language and, when
 * filtered-out events are hidden, its match set; the range is the view's or the
 * data's. Results are told as toasts, through the parent's win.toast action, and a
 * saved file's through win.toast-file, whose toast offers to open it.
 */

#define G_LOG_DOMAIN "chronicle-export-dialog"

#include "config.h"

#include "chronicle-export-dialog.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "chronicle-accessible.h"
#include "chronicle-export.h"
#include "chronicle-files.h"
#include "chronicle-writer.h"

typedef enum { RANGE_IN_VIEW, RANGE_EVERYTHING, RANGE_CHOSEN_YEARS } Range;
/* The format drop-down: the drawings (ChronicleExportFormat), then the data. */
enum { FORMAT_CSV = CHRONICLE_EXPORT_PDF + 1, FORMAT_JSON, N_FORMATS };

/* The settings' spelling of each drop-down's choices, in their order. */
static const char * const format_nicks[] = { "png", "svg", "pdf", "csv", "json", NULL };
static const char * const size_nicks[] = { "screen", "a4", "a3", NULL };
static const char * const range_nicks[] = { "view", "everything", "years", NULL };
/* A proposed file name is cut at a word after this many characters. */
#define MAX_NAME_CHARS 60

struct _ChronicleExportDialog
{
  AdwMessageDialog    parent_instance;

  ChronicleSession   *session;
  ChronicleTimeScale *scale;      /* the view's */
  GSettings          *settings;   /* nullable: the choices are then not remembered */

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
  guint                  format;        /* a ChronicleExportFormat, FORMAT_CSV or FORMAT_JSON */
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

/* The options of @request: its range (in view, everything or the chosen years). */
static void
request_options (ExportRequest          *request,
                 ChronicleExportOptions *options)
{
  export_options (request->session, request->scale, request->whole, options);
  if (request->years_chosen)
    {
      options->first_day = chronicle_days_from_civil (MIN (request->from_year, request->to_year), 1, 1);
      options->end_day = chronicle_days_from_civil (MAX (request->from_year, request->to_year) + 1, 1, 1);
    }
}

/* The whole dataset as TimelineJS's spreadsheet template or as Chronicle's format,
 * never over the file it was read from. */
static gboolean
write_data (ExportRequest  *request,
            GFile          *file,
            GError        **error)
{
  ChronicleDataset *dataset = chronicle_session_get_dataset (request->session);
  g_autoptr(GFileOutputStream) stream = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  return stream != NULL &&
         (request->format == FORMAT_CSV ? chronicle_dataset_write_csv (dataset, G_OUTPUT_STREAM (stream), NULL, error)
                                        : chronicle_dataset_write_json (dataset, G_OUTPUT_STREAM (stream), NULL, error)) &&
         g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

/* Draws the export into @file (or writes the data); the toast that says so offers
 * to open it. */
static void
export_to_file (ExportRequest *request,
                GFile         *file)
{
  g_autofree char *path = g_file_get_path (file);
  GFile *source = chronicle_session_get_file (request->session);
  g_autoptr(GError) error = NULL;
  ChronicleExportOptions options;
  gboolean done, taller = FALSE;
  double width = 0, height = 0;

  if (path == NULL || chronicle_session_get_dataset (request->session) == NULL)
    return;
  /* Never over the file the timeline was read from (or a link to it), whatever the
   * format. */
  if (source != NULL && chronicle_file_is_same (source, file))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is a file name. */
      g_autofree char *message = g_strdup_printf (_("“%s” is the file the timeline was read from; Chronicle never writes over it"), name);

      toast (request->parent, message);
      return;
    }
  if (request->format >= FORMAT_CSV)
    done = write_data (request, file, &error);
  else
    {
      request_options (request, &options);
      done = chronicle_export_to_file (&options, request->format, request->size, path, &error);
      /* An image whose rows do not fit its size at a readable size is made as tall
       * as they need, rather than leaving events out or refusing: the toast says so. */
      if (!done && request->format != CHRONICLE_EXPORT_PDF &&
          g_error_matches (error, CHRONICLE_EXPORT_ERROR, CHRONICLE_EXPORT_ERROR_TOO_SMALL))
        {
          g_clear_error (&error);
          chronicle_export_size (request->size, request->format, &width, &height);
          done = taller = chronicle_export_to_file_sized (&options, request->format, width, 0, path, &error);
        }
    }
  if (done)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *message = taller
        /* Translators: %s is the file an export was saved to; the image is taller
         * than the size chosen so that every event in it is labelled. */
        ? g_strdup_printf (_("Saved “%s”, taller than the size chosen so that every event fits"), name)
        /* Translators: %s is the file an export was saved to. */
        : g_strdup_printf (_("Saved “%s”"), name);

      gtk_widget_activate_action (GTK_WIDGET (request->parent), "win.toast-file", "(ss)", message, uri);
    }
  else
    toast (request->parent, error->message);
}

/* Whether @request draws something: a drawing of a range with no events (that the
 * filters show) would be an empty frame; a toast says so instead, before a file is
 * chosen or a printer. The data formats write every event. */
static gboolean
request_has_events (ExportRequest *request)
{
  g_autoptr(GError) error = NULL;
  ChronicleExportOptions options;

  if (request->format >= FORMAT_CSV || chronicle_session_get_dataset (request->session) == NULL)
    return TRUE;
  request_options (request, &options);
  if (chronicle_export_check_events (&options, &error))
    return TRUE;
  toast (request->parent, error->message);
  return FALSE;
}

/* Prints @request's range, whole years a page, through GTK's print dialog. */
static void
print_request (ExportRequest *request)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  ChronicleExportOptions options;

  if (chronicle_session_get_dataset (request->session) == NULL || !request_has_events (request))
    return;
  request_options (request, &options);
  operation = chronicle_export_print_operation_new (&options);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, request->parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    toast (request->parent, error->message);
}

static void
on_export_file_cb (GtkNativeDialog *chooser,
                   int              response,
                   ExportRequest   *request)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    export_to_file (request, file);
  /* The keyboard goes back to the window, on the control that had it (the timeline's
   * event). A window manager hands it back; without one (Xvfb, a kiosk session)
   * nothing had the focus until a key was pressed. */
  gtk_window_present (request->parent);
  export_request_free (request);
  g_object_unref (chooser);
}

/* What the drop-downs say, for the file chooser's answer. */
static ExportRequest *
create_request (ChronicleExportDialog *self)
{
  ExportRequest *request = g_new0 (ExportRequest, 1);

  request->parent = g_object_ref (gtk_window_get_transient_for (GTK_WINDOW (self)));
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
  return request;
}

/* ---- remembered choices ---------------------------------------------------------- */

static guint
nick_index (const char * const *nicks,
            const char         *nick)
{
  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_strcmp0 (nicks[i], nick) == 0)
      return i;
  return 0;
}

/* The format, size and range of the last export are the next one's. */
static void
restore_choices (ChronicleExportDialog *self)
{
  struct { GtkDropDown *drop; const char *key; const char * const *nicks; } choices[] = {
    { self->format_drop, "export-format", format_nicks },
    { self->size_drop, "export-size", size_nicks },
    { self->range_drop, "export-range", range_nicks },
  };

  if (self->settings == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autofree char *nick = g_settings_get_string (self->settings, choices[i].key);

      gtk_drop_down_set_selected (choices[i].drop, nick_index (choices[i].nicks, nick));
    }
}

static void
save_choices (ChronicleExportDialog *self)
{
  /* Not g_settings_delay(): it would hold every later write to the window's settings. */
  if (self->settings == NULL)
    return;
  g_settings_set_string (self->settings, "export-format",
                         format_nicks[MIN (gtk_drop_down_get_selected (self->format_drop), N_FORMATS - 1)]);
  g_settings_set_string (self->settings, "export-size", size_nicks[MIN (gtk_drop_down_get_selected (self->size_drop), 2)]);
  g_settings_set_string (self->settings, "export-range",
                         range_nicks[MIN (gtk_drop_down_get_selected (self->range_drop), 2)]);
}

/* A file name from the dataset's title as the window shows it, without its subtitle
 * (what follows a colon): letters and digits kept (in any script), apostrophes
 * dropped, anything else one hyphen. "Vietnam's diplomacy, 2021–2023: visits…" gives
 * "Vietnams-diplomacy-2021-2023". */
static char *
dup_base_name (ChronicleSession *session)
{
  ChronicleDataset *dataset = chronicle_session_get_dataset (session);
  const char *title = NULL;
  g_autofree char *normal = NULL;
  GString *name = g_string_new (NULL);
  guint n_chars = 0;

  if (dataset != NULL)
    title = chronicle_dataset_translate (dataset, "dataset", chronicle_session_get_language (session), "title",
                                         chronicle_dataset_get_title (dataset));
  if (title != NULL && g_utf8_validate (title, -1, NULL))
    normal = g_utf8_normalize (title, -1, G_NORMALIZE_NFC);
  for (const char *p = normal; p != NULL && *p != '\0' && *p != ':'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\'' || c == 0x2019 /* ’ */)
        continue;
      if (g_unichar_isalnum (c))
        {
          if (n_chars >= MAX_NAME_CHARS)
            break;
          g_string_append_unichar (name, c);
          n_chars++;
        }
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  /* A name cut mid-word loses the word. */
  if (n_chars >= MAX_NAME_CHARS && strrchr (name->str, '-') != NULL)
    g_string_truncate (name, strrchr (name->str, '-') - name->str);
  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    /* Translators: the file name proposed for an export of a timeline without a
     * title, before its extension (.png, .svg, .pdf); no spaces or slashes. */
    g_string_append (name, _("timeline"));
  return g_string_free (name, FALSE);
}

static void
chronicle_export_dialog_response (AdwMessageDialog *dialog,
                                  const char       *response)
{
  ChronicleExportDialog *self = CHRONICLE_EXPORT_DIALOG (dialog);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkFileChooserNative *chooser;
  ExportRequest *request;
  g_autofree char *name = NULL;

  if (g_str_equal (response, "export"))
    {
      save_choices (self);
      request = create_request (self);
      if (!request_has_events (request))
        export_request_free (request);
      else
        {
          chooser = gtk_file_chooser_native_new (_("Export Timeline"), parent,
                                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
          name = chronicle_export_dialog_dup_file_name (self);
          gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
          gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
          g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_cb), request);
          gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
        }
    }
  else if (g_str_equal (response, "print"))
    {
      save_choices (self);
      request = create_request (self);
      print_request (request);
      export_request_free (request);
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

/* Size and range are the drawings': the data formats write the whole dataset. */
static gboolean
format_is_drawing (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      data)
{
  g_value_set_boolean (to, g_value_get_uint (from) < FORMAT_CSV);
  return TRUE;
}

static void
on_format_selected_cb (ChronicleExportDialog *self)
{
  guint format = gtk_drop_down_get_selected (self->format_drop);
  gboolean drawing = format < FORMAT_CSV;
  const char *body;

  /* Print draws whatever the format; it is offered while a drawing is chosen. */
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "print", drawing);
  /* What the chosen format writes: a spreadsheet or JSON is not drawn, and has
   * every event whatever the filters and the range; the spreadsheet says what it
   * cannot hold (data/FORMAT.md, "Writing back"). */
  if (drawing)
    body = _("Draws the timeline with its title, a legend and its sources.");
  else if (format == FORMAT_CSV)
    /* Translators: Place, People, Partners and Sources are the names of the spreadsheet's
     * columns, written in English in the file: keep them in English. */
    body = _("Writes every event of the dataset, whatever the filters and the range, with Chronicle’s Place, "
             "People, Partners and Sources columns after the template’s. A spreadsheet cannot hold the "
             "translations, tags, visit directions, relationship levels and upgrades, figures, kinds’ colours "
             "or media after the first: save as Chronicle JSON to keep them.");
  else
    body = _("Writes every event of the dataset, whatever the filters and the range, with everything the "
             "file holds, its translations too.");
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
}

static void
chronicle_export_dialog_dispose (GObject *object)
{
  ChronicleExportDialog *self = CHRONICLE_EXPORT_DIALOG (object);

  g_clear_object (&self->session);
  g_clear_object (&self->scale);
  g_clear_object (&self->settings);
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
  g_object_bind_property_full (self->format_drop, "selected", self->size_drop, "sensitive", G_BINDING_SYNC_CREATE,
                               format_is_drawing, NULL, NULL, NULL);
  g_object_bind_property_full (self->format_drop, "selected", self->range_drop, "sensitive", G_BINDING_SYNC_CREATE,
                               format_is_drawing, NULL, NULL, NULL);
  g_signal_connect_object (self->format_drop, "notify::selected", G_CALLBACK (on_format_selected_cb), self,
                           G_CONNECT_SWAPPED);
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
 * @settings: (nullable): where the format, size and range of the last export are kept
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
chronicle_export_dialog_new (GtkWindow          *parent,
                             ChronicleSession   *session,
                             ChronicleTimeScale *scale,
                             GSettings          *settings)
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
  g_set_object (&self->settings, settings);
  restore_choices (self);

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
 * chronicle_export_dialog_dup_file_name:
 *
 * Returns: (transfer full): the file name the file chooser proposes: the dataset's
 *   title in safe characters, with the chosen format's extension
 */
char *
chronicle_export_dialog_dup_file_name (ChronicleExportDialog *self)
{
  static const char * const extensions[] = { "png", "svg", "pdf", "csv", "json" };
  g_autofree char *base = NULL;

  g_return_val_if_fail (CHRONICLE_IS_EXPORT_DIALOG (self), NULL);

  base = dup_base_name (self->session);
  return g_strdup_printf ("%s.%s", base, extensions[MIN (gtk_drop_down_get_selected (self->format_drop), N_FORMATS - 1)]);
}

/**
 * chronicle_export_dialog_export_to_file:
 * @file: where to save
 *
 * Does what Export and then the file chooser's accepting @file do: remembers the
 * choices, draws the export into @file, and tells the parent (a toast that offers to
 * open it). For tests, which cannot answer a native file chooser.
 */
void
chronicle_export_dialog_export_to_file (ChronicleExportDialog *self,
                                        GFile                 *file)
{
  ExportRequest *request;

  g_return_if_fail (CHRONICLE_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  save_choices (self);
  request = create_request (self);
  export_to_file (request, file);
  export_request_free (request);
}

/**
 * chronicle_export_dialog_print:
 * @parent: the window; it gets a toast if printing fails
 *
 * Prints what is in view: pages of whole years (or months, for a short range), as many
 * as fit a page, each with its title and legend.
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
  if (!chronicle_export_check_events (&options, &error))
    {
      toast (parent, error->message);
      return;
    }
  operation = chronicle_export_print_operation_new (&options);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    toast (parent, error->message);
}
