/* chronicle-document-controller.c — loading what a window shows, and watching it
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document controller: it opens a file (or the bundled dataset) with a
 * ChronicleLoader in the background, one load at a time (a new one cancels the
 * last), and says so with signals: ::started, ::progress, then ::loaded or
 * ::failed. A loaded file is watched, and reloaded when it changes on disk, once
 * writes settle; a symbolic link is watched along with the file it points to, so a
 * link reloads when its target changes. Files opened go to the recent files, and the
 * last one is remembered for the next start. It holds no widget: the window shows
 * what it says.
 */

#define G_LOG_DOMAIN "chronicle-document-controller"

#include "config.h"

#include "chronicle-document-controller.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "chronicle-dataset.h"
#include "chronicle-loader.h"

#define BUNDLED_DATASET_PATH RESOURCE_BASE "/data/vietnam-diplomacy-2021-2023.json"
/* Editors write in several steps: a file is reloaded once it has been quiet this long. */
#define RELOAD_DELAY_MS 300
/* Links followed to find what to watch. */
#define MAX_LINK_DEPTH 8

struct _ChronicleDocumentController
{
  GObject          parent_instance;

  GSettings       *settings;         /* nullable: the last file is then not remembered */
  ChronicleLoader *loader;
  GCancellable    *cancellable;      /* the current load's; NULL when none */
  GFile           *file;             /* the file loaded last; NULL for the bundled dataset */
  GPtrArray       *monitors;         /* the file's, and its links' targets' */
  guint            reload_id;
  GPtrArray       *problems;         /* ChronicleDiagnostic: the last finished load's */
  guint            n_errors;         /* how many errors it had (more than listed, past the limit) */
  GFile           *problems_file;    /* the file they are about; NULL for the bundled dataset */
};

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

enum {
  STARTED,
  PROGRESS,
  LOADED,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ChronicleDocumentController, chronicle_document_controller, G_TYPE_OBJECT)

typedef struct
{
  ChronicleDocumentController *document;     /* weak */
  GFile             *file;         /* NULL: the bundled dataset */
  GCancellable      *cancellable;  /* the document's while this is its current load */
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_clear_weak_pointer (&request->document);
  g_clear_object (&request->file);
  g_clear_object (&request->cancellable);
  g_free (request);
}

static void load (ChronicleDocumentController *self,
                  GFile             *file);

/* ---- watching -------------------------------------------------------------------- */

static gboolean
reload_cb (gpointer user_data)
{
  ChronicleDocumentController *self = user_data;

  self->reload_id = 0;
  if (self->file != NULL)
    load (self, self->file);
  return G_SOURCE_REMOVE;
}

static void
on_file_changed_cb (ChronicleDocumentController *self,
                    GFile                       *file,
                    GFile                       *other,
                    GFileMonitorEvent            event,
                    GFileMonitor                *monitor)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_CHANGED)
    return;
  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
}

static void
unwatch (ChronicleDocumentController *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  for (guint i = 0; i < self->monitors->len; i++)
    {
      GFileMonitor *monitor = g_ptr_array_index (self->monitors, i);

      g_signal_handlers_disconnect_by_data (monitor, self);
      g_file_monitor_cancel (monitor);
    }
  g_ptr_array_set_size (self->monitors, 0);
}

/* A file monitor watches a name in its folder: for a symbolic link, that is the
 * link, not what it points to. So the targets are watched too, link by link. */
static void
watch (ChronicleDocumentController *self,
       GFile                       *file)
{
  g_autoptr(GFile) current = g_object_ref (file);

  unwatch (self);
  for (guint depth = 0; current != NULL && depth <= MAX_LINK_DEPTH; depth++)
    {
      GFileMonitor *monitor = g_file_monitor_file (current, G_FILE_MONITOR_NONE, NULL, NULL);
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GFile) parent = NULL;
      const char *target;

      if (monitor != NULL)
        {
          g_signal_connect_object (monitor, "changed", G_CALLBACK (on_file_changed_cb), self, G_CONNECT_SWAPPED);
          g_ptr_array_add (self->monitors, monitor);
        }

      info = g_file_query_info (current, G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK "," G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET,
                                G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
      if (info == NULL || !g_file_info_get_is_symlink (info) ||
          (target = g_file_info_get_symlink_target (info)) == NULL)
        break;
      parent = g_file_get_parent (current);
      g_set_object (&current, NULL);
      current = parent ? g_file_resolve_relative_path (parent, target) : g_file_new_for_path (target);
    }
}

/* ---- loading --------------------------------------------------------------------- */

/* The name Chronicle's entries in the recent files carry, whatever the language of the
 * desktop (g_get_application_name() is translatable), so that Recent Files offers the
 * files Chronicle opened and not every JSON file another program opened. */
#define RECENT_APP_NAME "Chronicle"

/* Files opened go to the recent files, and the last one is reopened next time. */
static void
remember_file (ChronicleDocumentController *self,
               GFile                       *file)
{
  g_autofree char *uri = file ? g_file_get_uri (file) : NULL;

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-file", uri ? uri : "");
  if (uri != NULL)
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *type = g_content_type_guess (basename, NULL, 0, NULL);
      g_autofree char *mime = g_content_type_get_mime_type (type);
      g_autofree char *exec = g_strdup_printf ("%s %%u", g_get_prgname () ? g_get_prgname () : "chronicle");
      GtkRecentData data = {
        .mime_type = mime ? mime : (char *) "application/octet-stream",
        .app_name = (char *) RECENT_APP_NAME,
        .app_exec = exec,
      };

      gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
    }
}

/* The document no longer waits for a load: it finished, or was cancelled. */
static void
end_load (ChronicleDocumentController *self)
{
  if (self->cancellable == NULL)
    return;
  g_clear_object (&self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
on_load_progress_cb (ChronicleDocumentController *self,
                     int                          stage,
                     guint                        done,
                     guint                        total,
                     ChronicleLoader             *loader)
{
  double fraction = -1;

  if (stage == CHRONICLE_LOAD_STAGE_BUILDING && total > 0)
    fraction = (double) done / total;
  g_signal_emit (self, signals[PROGRESS], 0, fraction);
}

static void
on_load_finished_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  LoadRequest *request = user_data;
  ChronicleDocumentController *self = request->document;
  g_autoptr(ChronicleDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = chronicle_loader_load_file_finish (CHRONICLE_LOADER (source), result, &error);

  /* A load that was cancelled, or replaced by another, has nothing more to say. */
  if (self != NULL && request->cancellable == self->cancellable)
    {
      g_object_ref (self);
      end_load (self);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Every error and warning, listed before ::loaded or ::failed is emitted. */
          g_clear_pointer (&self->problems, g_ptr_array_unref);
          self->problems = g_ptr_array_ref (chronicle_loader_get_diagnostics (CHRONICLE_LOADER (source)));
          self->n_errors = chronicle_loader_get_n_errors (CHRONICLE_LOADER (source));
          g_set_object (&self->problems_file, request->file);
        }
      if (dataset != NULL)
        {
          g_set_object (&self->file, request->file);
          if (request->file != NULL)
            watch (self, request->file);
          else
            unwatch (self);
          remember_file (self, request->file);
          g_signal_emit (self, signals[LOADED], 0, dataset, request->file);
        }
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[FAILED], 0, error);
      g_object_unref (self);
    }

  load_request_free (request);
}

static void
load (ChronicleDocumentController *self,
      GFile                       *file)
{
  g_autoptr(GBytes) bundled = NULL;
  g_autoptr(GError) error = NULL;
  LoadRequest *request;
  gboolean was_loading = self->cancellable != NULL;

  /* The bundled dataset is a resource, already in memory: no GFile, so no GVfs to
   * set up while the window starts. */
  if (file == NULL &&
      (bundled = g_resources_lookup_data (BUNDLED_DATASET_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error)) == NULL)
    {
      /* Only a broken build gets here; the suite loads the same data. */
      g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (self->loader != NULL)
    g_signal_handlers_disconnect_by_data (self->loader, self);
  g_clear_object (&self->loader);
  self->loader = chronicle_loader_new ();
  g_signal_connect_object (self->loader, "progress", G_CALLBACK (on_load_progress_cb), self, G_CONNECT_SWAPPED);

  g_signal_emit (self, signals[STARTED], 0, file);

  request = g_new0 (LoadRequest, 1);
  g_set_weak_pointer (&request->document, self);
  request->file = file ? g_object_ref (file) : NULL;
  request->cancellable = g_object_ref (self->cancellable);
  if (file != NULL)
    chronicle_loader_load_file_async (self->loader, file, self->cancellable, on_load_finished_cb, request);
  else
    chronicle_loader_load_bytes_async (self->loader, bundled, _("Bundled dataset"), self->cancellable,
                                       on_load_finished_cb, request);
  if (!was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* ---- GObject --------------------------------------------------------------------- */

static void
chronicle_document_controller_dispose (GObject *object)
{
  ChronicleDocumentController *self = CHRONICLE_DOCUMENT_CONTROLLER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->monitors != NULL)
    unwatch (self);
  if (self->loader != NULL)
    g_signal_handlers_disconnect_by_data (self->loader, self);
  g_clear_object (&self->loader);
  g_clear_object (&self->file);
  g_clear_object (&self->problems_file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (chronicle_document_controller_parent_class)->dispose (object);
}

static void
chronicle_document_controller_finalize (GObject *object)
{
  ChronicleDocumentController *self = CHRONICLE_DOCUMENT_CONTROLLER (object);

  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (chronicle_document_controller_parent_class)->finalize (object);
}

static void
chronicle_document_controller_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, chronicle_document_controller_get_loading (CHRONICLE_DOCUMENT_CONTROLLER (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_document_controller_class_init (ChronicleDocumentControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = chronicle_document_controller_dispose;
  object_class->finalize = chronicle_document_controller_finalize;
  object_class->get_property = chronicle_document_controller_get_property;

  /**
   * ChronicleDocumentController:loading:
   *
   * Whether a load is under way.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ChronicleDocumentController::started:
   * @file: (nullable): the file, or %NULL for the bundled dataset
   *
   * A load began (a reload too); the data shown so far stays until it ends.
   */
  signals[STARTED] =
    g_signal_new ("started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);
  /**
   * ChronicleDocumentController::progress:
   * @fraction: how far the load is, from 0 to 1, or -1 when that is not known
   */
  signals[PROGRESS] =
    g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_DOUBLE);
  /**
   * ChronicleDocumentController::loaded:
   * @dataset: what was read
   * @file: (nullable): where from, or %NULL for the bundled dataset
   */
  signals[LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_OBJECT, G_TYPE_FILE);
  /**
   * ChronicleDocumentController::failed:
   * @error: what is wrong, and where (never a cancellation)
   */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
chronicle_document_controller_init (ChronicleDocumentController *self)
{
  self->monitors = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_diagnostic_free);
}

/* ---- public ---------------------------------------------------------------------- */

/**
 * chronicle_document_controller_new:
 * @settings: (nullable): where the last file is remembered
 */
ChronicleDocumentController *
chronicle_document_controller_new (GSettings *settings)
{
  ChronicleDocumentController *self;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CHRONICLE_TYPE_DOCUMENT_CONTROLLER, NULL);
  g_set_object (&self->settings, settings);
  return self;
}

/* Opens @file in the background; what is shown stays if the file turns out invalid. */
void
chronicle_document_controller_open_file (ChronicleDocumentController *self,
                                         GFile                       *file)
{
  g_return_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self));
  g_return_if_fail (G_IS_FILE (file));

  load (self, file);
}

/* Opens the dataset Chronicle comes with, compiled into the program. */
void
chronicle_document_controller_open_bundled (ChronicleDocumentController *self)
{
  g_return_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self));

  load (self, NULL);
}

/* Reopens the last file if it still exists, else the bundled dataset. */
void
chronicle_document_controller_open_last (ChronicleDocumentController *self)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self));

  if (self->settings != NULL)
    uri = g_settings_get_string (self->settings, "last-file");
  if (uri != NULL && uri[0] != '\0')
    file = g_file_new_for_uri (uri);
  if (file != NULL && g_file_query_exists (file, NULL))
    load (self, file);
  else
    load (self, NULL);
}

/* Stops waiting for the current load at once; the loader's thread stops at its next
 * check (json-glib's parse itself cannot be interrupted) and its answer is ignored. */
void
chronicle_document_controller_cancel (ChronicleDocumentController *self)
{
  g_return_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self));

  g_cancellable_cancel (self->cancellable);
  end_load (self);
}

gboolean
chronicle_document_controller_get_loading (ChronicleDocumentController *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self), FALSE);
  return self->cancellable != NULL;
}

/**
 * chronicle_document_controller_get_file:
 *
 * Returns: (transfer none) (nullable): the file loaded last, %NULL for the bundled dataset
 */
GFile *
chronicle_document_controller_get_file (ChronicleDocumentController *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self), NULL);
  return self->file;
}

static char *
escape_underscores (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

/* Most recently opened first (the recent-files list keeps the order entries were first
 * added in: reopening yesterday's sheet would leave it below older files). */
static int
compare_recent_newest_first (gconstpointer a,
                             gconstpointer b)
{
  GDateTime *ma = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *mb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  if (ma == NULL || mb == NULL)
    return (ma == NULL) - (mb == NULL);
  return g_date_time_compare (mb, ma);
}

/* Where @info's file is, for a reader: its folder, with the home folder as "~". */
static char *
dup_folder_label (GtkRecentInfo *info)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *below_home = NULL;

  if (parent == NULL)
    return g_strdup ("/");
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  if ((below_home = g_file_get_relative_path (home, parent)) != NULL)
    return g_build_filename ("~", below_home, NULL);
  return g_file_get_parse_name (parent);
}

/* The five files Chronicle opened most recently that still exist, as win.open-recent
 * items, each labelled with its name as it is (and its folder when two have the same
 * name): every format it opens (its JSON, TimelineJS JSON and spreadsheets), and only
 * what Chronicle itself opened — not another program's JSON. */
void
chronicle_document_controller_fill_recent_menu (ChronicleDocumentController *self,
                                                GMenu                       *menu)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GtkRecentInfo *shown[5];
  guint n = 0;

  g_return_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self));
  g_return_if_fail (G_IS_MENU (menu));

  g_menu_remove_all (menu);
  items = g_list_sort (items, compare_recent_newest_first);
  for (GList *l = items; l != NULL && n < G_N_ELEMENTS (shown); l = l->next)
    if (gtk_recent_info_has_application (l->data, RECENT_APP_NAME) && gtk_recent_info_exists (l->data))
      shown[n++] = l->data;

  for (guint i = 0; i < n; i++)
    {
      const char *name = gtk_recent_info_get_display_name (shown[i]);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;
      gboolean same_name = FALSE;

      for (guint j = 0; j < n && !same_name; j++)
        same_name = j != i && g_strcmp0 (name, gtk_recent_info_get_display_name (shown[j])) == 0;
      if (same_name)
        {
          g_autofree char *folder = dup_folder_label (shown[i]);

          /* Translators: a recent file's menu label when two recent files have the
           * same name: %1$s is the file's name, %2$s the folder it is in. */
          label = g_strdup_printf (C_("recent file", "%1$s — %2$s"), name, folder);
        }
      else
        label = g_strdup (name);
      /* A menu label reads "_" as the mark of its access key: "my_file" would show as
       * "myfile". Doubled, it shows as itself. */
      {
        g_autofree char *escaped = escape_underscores (label);

        item = g_menu_item_new (escaped, NULL);
      }
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (shown[i]));
      g_menu_append_item (menu, item);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/**
 * chronicle_document_controller_get_problems:
 *
 * Returns: (transfer none) (element-type ChronicleDiagnostic): the errors and
 *   warnings of the last load that finished (loaded or failed), in document order;
 *   empty before the first
 */
GPtrArray *
chronicle_document_controller_get_problems (ChronicleDocumentController *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self), NULL);
  return self->problems;
}

/* How many errors the last load that finished had: past the loader's limit, more than
 * chronicle_document_controller_get_problems() lists. */
guint
chronicle_document_controller_get_n_errors (ChronicleDocumentController *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self), 0);
  return self->n_errors;
}

/**
 * chronicle_document_controller_get_problems_file:
 *
 * Returns: (transfer none) (nullable): the file the last finished load read, which
 *   the problems are about; %NULL for the bundled dataset
 */
GFile *
chronicle_document_controller_get_problems_file (ChronicleDocumentController *self)
{
  g_return_val_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self), NULL);
  return self->problems_file;
}

/* One problem for the banner: the file by its name (the banner is no place for its
 * folder; the Problems dialog has the full path), its place and what is wrong. */
static char *
describe_place (const ChronicleDiagnostic *d,
                const char                *name)
{
  if (d->line > 0)
    /* Translators: %1$s is a file, %2$d a line, %3$d a column, %4$s what is wrong there. */
    return g_strdup_printf (_("%1$s:%2$d:%3$d: %4$s"), name, d->line, d->column, d->message);
  if (d->path != NULL)
    /* Translators: %1$s is a file, %2$s a place in it (like: events[12] "biden-2023"),
     * %3$s what is wrong there. */
    return g_strdup_printf (_("%1$s: %2$s: %3$s"), name, d->path, d->message);
  /* Translators: %1$s is a file, %2$s what is wrong with it. */
  return g_strdup_printf (_("%1$s: %2$s"), name, d->message);
}

/* How many events the errors are about: one place (path or line) per event, counted
 * once. 0 when errors were dropped past the limit, so the count is not known. */
static guint
count_events_left_out (ChronicleDocumentController *self)
{
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_kept = 0;

  for (guint i = 0; i < self->problems->len; i++)
    {
      const ChronicleDiagnostic *d = g_ptr_array_index (self->problems, i);

      if (d->severity != CHRONICLE_SEVERITY_ERROR)
        continue;
      n_kept++;
      if (d->path != NULL)
        g_hash_table_add (places, g_strdup (d->path));
      else
        g_hash_table_add (places, g_strdup_printf ("%d", d->line));
    }
  return n_kept < self->n_errors ? 0 : g_hash_table_size (places);
}

/**
 * chronicle_document_controller_describe_problems:
 * @shown: (nullable): the file on screen
 * @failed: whether the last load failed (else: whether it had warnings)
 * @summary: (out) (transfer full): one sentence: which file, what happened, how many
 * @detail: (out) (transfer full) (nullable): the first problem of that kind, described
 *
 * Words what the last finished load found wrong: a file that failed (and whether an
 * older version of it is what is shown), a file that opened without its events that
 * have errors, or a file that opened with warnings.
 *
 * Returns: whether there is anything to say
 */
gboolean
chronicle_document_controller_describe_problems (ChronicleDocumentController  *self,
                                                 GFile                        *shown,
                                                 gboolean                      failed,
                                                 char                        **summary,
                                                 char                        **detail)
{
  GFile *file;
  g_autofree char *name = NULL;
  const ChronicleDiagnostic *first = NULL;
  guint n_warnings = 0, n, n_left_out;
  /* Opened, but without the events that have errors: those errors come first. */
  gboolean left_out;

  g_return_val_if_fail (CHRONICLE_IS_DOCUMENT_CONTROLLER (self), FALSE);
  g_return_val_if_fail (summary != NULL && detail != NULL, FALSE);

  *summary = *detail = NULL;
  left_out = !failed && self->n_errors > 0;
  for (guint i = 0; i < self->problems->len; i++)
    {
      const ChronicleDiagnostic *d = g_ptr_array_index (self->problems, i);

      if (d->severity == CHRONICLE_SEVERITY_WARNING)
        n_warnings++;
      if (first == NULL && (d->severity == CHRONICLE_SEVERITY_ERROR) == (failed || left_out))
        first = d;
    }
  if (!failed && !left_out && n_warnings == 0)
    return FALSE;

  file = self->problems_file;
  name = file ? g_file_get_basename (file) : g_strdup (_("Bundled dataset"));
  n = failed ? MAX (self->n_errors, 1) : n_warnings;
  n_left_out = left_out ? count_events_left_out (self) : 0;
  if (failed && file != NULL && shown != NULL && g_file_equal (file, shown))
    *summary =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    /* Translators: a banner after a file that is shown changed on
                                     * disk and could not be read again: %1$s is the file's name,
                                     * %2$u how many errors it has now. */
                                    "“%1$s” on disk has %2$u error; the timeline shows its last valid version",
                                    "“%1$s” on disk has %2$u errors; the timeline shows its last valid version", n),
                       name, n);
  else if (failed)
    *summary =
      /* Translators: a banner after a file could not be opened: %1$s is its name,
       * %2$u how many errors it has. */
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%1$s” was not opened: it has %2$u error",
                                    "“%1$s” was not opened: it has %2$u errors", n),
                       name, n);
  else if (left_out && n_left_out > 0)
    *summary =
      /* Translators: a banner after a file was opened without its events that have
       * errors: %1$u is how many events were left out, %2$s the file's name. */
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u event in “%2$s” has errors and was left out",
                                    "%1$u events in “%2$s” have errors and were left out", n_left_out),
                       n_left_out, name);
  else if (left_out)
    *summary =
      /* Translators: as above, when there were too many errors to count the events:
       * %s is the file's name. */
      g_strdup_printf (_("Some events in “%s” have errors and were left out"), name);
  else
    *summary =
      /* Translators: a banner after a file was opened: %1$s is its name, %2$u how many
       * warnings it has (events left out or changed). */
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%1$s” opened with %2$u warning",
                                    "“%1$s” opened with %2$u warnings", n),
                       name, n);

  if (first != NULL)
    *detail = describe_place (first, name);
  return TRUE;
}
