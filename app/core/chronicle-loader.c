/* chronicle-loader.c — ChronicleLoader: a file or bytes in, a dataset and its
 * diagnostics out, synchronously or in a worker thread.
 *
 * This is the loader object and its plumbing: reading a file safely (regular files
 * only, a size limit, cancellable slices), choosing the reader (spreadsheet,
 * TimelineJS or Chronicle JSON), the worker thread, progress signals on the caller's
 * main context, cancellation, and turning the builder's diagnostics into a GError
 * when a load fails. The readers and the rules they share are elsewhere:
 * chronicle-builder.c, chronicle-prescan.c, chronicle-native-reader.c,
 * chronicle-timelinejs.c, chronicle-csv-reader.c.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-loader"

#include "config.h"

#include "chronicle-loader-private.h"
#include "chronicle-builder.h"
#include "chronicle-csv-reader.h"
#include "chronicle-native-reader.h"
#include "chronicle-prescan.h"
#include "chronicle-timelinejs-private.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>

/* Reads a Chronicle (chronicle/1) or TimelineJS 3 JSON file into an immutable
 * ChronicleDataset. Bytes are checked first (encoding, nesting), then json-glib
 * parses them, then every member is read with its type checked: a wrong file gives
 * errors that name the file and the place, never a crash. The JSON tree is freed
 * before the dataset is returned. */

struct _ChronicleLoader
{
  GObject       parent_instance;

  GPtrArray    *diagnostics;
  guint         n_errors;
  guint         n_warnings;
  GMainContext *context;   /* the creator's thread-default context: progress goes there */
  GThread      *thread;    /* the creator's thread */
};

enum {
  PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ChronicleLoader, chronicle_loader, G_TYPE_OBJECT)

G_DEFINE_QUARK (chronicle-load-error-quark, chronicle_load_error)

/* Frees a parse tree and gives its pages back to the system. */
static void
free_tree (JsonParser *parser,
           gsize       size)
{
  gboolean bulk = _chronicle_bulk_free_begin (size);

  g_object_unref (parser);
  _chronicle_bulk_free_end (bulk);
}

static ChronicleDataset *
build_from_bytes (ChronicleBuilder *b,
                  GBytes           *bytes)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  GPtrArray *events;
  ChronicleDataset *dataset;
  ChronicleJsonPlace top = { NULL, -1, NULL };
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *root;

  if (data == NULL)
    data = "";

  /* A TimelineJS spreadsheet, or a file that is plainly not JSON: see chronicle-csv-reader.c. */
  if (_chronicle_csv_detect (data, size, b->display_name))
    return _chronicle_csv_load (b, data, size);
  if (_chronicle_report_not_json (b, data, size))
    return NULL;

  if (_chronicle_strip_utf8_bom (&data, &size))
    _chronicle_builder_report (b, CHRONICLE_SEVERITY_WARNING, &top,
                               _("the file starts with a byte-order mark, which JSON does not need"));

  if (_chronicle_is_blank (data, size))
    {
      _chronicle_builder_report_at (b, CHRONICLE_SEVERITY_ERROR, 1, 1, _("the file is empty"));
      return NULL;
    }

  if (!_chronicle_prescan_check (b, data, size))
    return NULL;

  if (b->progress != NULL)
    b->progress (b, CHRONICLE_LOAD_STAGE_PARSING, 0, 0);

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) size, &parse_error))
    {
      /* json-glib refuses bad encoding without saying where: say it ourselves. */
      if (!_chronicle_prescan_report_encoding (b, data, size))
        _chronicle_prescan_report_syntax_error (b, parse_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      _chronicle_builder_report (b, CHRONICLE_SEVERITY_ERROR, &top,
                                 /* Translators: %s is a JSON type ("an array"). */
                                 _("the file must hold one JSON object, not %s"),
                                 _chronicle_json_type_name (root));
      return NULL;
    }

  if (_chronicle_timelinejs_detect (json_node_get_object (root)))
    events = _chronicle_timelinejs_build (b, json_node_get_object (root));
  else
    events = _chronicle_native_read (b, json_node_get_object (root));

  dataset = _chronicle_builder_finish (b, events, size);

  /* The JSON tree is not needed any more: free it now. */
  free_tree (g_steal_pointer (&parser), size);

  return dataset;
}

/* ------------------------------------------------------------------------- */
/* The loader object                                                         */

typedef struct
{
  ChronicleLoader    *loader;
  ChronicleLoadStage  stage;
  guint               done;
  guint               total;
} ProgressReport;

static gboolean
emit_progress_cb (gpointer data)
{
  ProgressReport *report = data;

  g_signal_emit (report->loader, signals[PROGRESS], 0, report->stage, report->done, report->total);
  return G_SOURCE_REMOVE;
}

static void
progress_report_free (gpointer data)
{
  ProgressReport *report = data;

  g_object_unref (report->loader);
  g_free (report);
}

/* Progress goes out as a signal on the context that created the loader. */
static void
report_progress (ChronicleBuilder   *b,
                 ChronicleLoadStage  stage,
                 guint               done,
                 guint               total)
{
  ChronicleLoader *self = b->progress_data;
  ProgressReport *report = g_new0 (ProgressReport, 1);
  GSource *source;

  report->loader = g_object_ref (self);
  report->stage = stage;
  report->done = done;
  report->total = total;

  /* A synchronous load on the creator's thread (or one on the thread running that
   * context) says it at once. */
  if (g_thread_self () == self->thread || g_main_context_is_owner (self->context))
    {
      emit_progress_cb (report);
      progress_report_free (report);
      return;
    }
  /* From the worker it is always queued. Not g_main_context_invoke(): when the
   * creator's thread is between two iterations of its loop (a window being shown, a
   * test's code), that acquires the context and runs the handlers in the worker,
   * which then move the window's progress bars while the main thread styles and
   * lays out the same widgets: GTK's CSS bloom filter assertion, heap corruption. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, emit_progress_cb, report, progress_report_free);
  g_source_set_static_name (source, "[chronicle] load progress");
  g_source_attach (source, self->context);
  g_source_unref (source);
}

/* A failed or cancelled load gives its memory back as a successful one does. */
static void
clear_failed (ChronicleBuilder *b,
              GBytes           *bytes)
{
  gboolean bulk = _chronicle_bulk_free_begin (g_bytes_get_size (bytes));

  _chronicle_builder_clear (b);
  _chronicle_bulk_free_end (bulk);
}


/* How many errors and warnings a load found, listed or not. */
typedef struct
{
  guint errors;
  guint warnings;
} LoadCounts;

static ChronicleDataset *
load_bytes (ChronicleLoader  *self,
            GBytes           *bytes,
            const char       *display_name,
            GCancellable     *cancellable,
            GPtrArray       **diagnostics,
            LoadCounts       *counts,
            GError          **error)
{
  ChronicleBuilder b;
  g_autoptr(ChronicleDataset) dataset = NULL;

  _chronicle_builder_init (&b, display_name, cancellable);
  b.progress = report_progress;
  b.progress_data = self;
  dataset = build_from_bytes (&b, bytes);

  counts->errors = b.n_errors;
  counts->warnings = b.n_warnings;
  *diagnostics = g_ptr_array_ref (b.diagnostics);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      clear_failed (&b, bytes);
      return NULL;
    }

  _chronicle_builder_note_dropped_warnings (&b);
  if (dataset == NULL)
    {
      const ChronicleDiagnostic *first = NULL;
      g_autofree char *text = NULL;

      for (guint i = 0; i < b.diagnostics->len && first == NULL; i++)
        {
          const ChronicleDiagnostic *d = g_ptr_array_index (b.diagnostics, i);

          if (d->severity == CHRONICLE_SEVERITY_ERROR)
            first = d;
        }
      g_assert (first != NULL);
      text = chronicle_diagnostic_describe (first);

      if (b.n_errors > 1)
        g_set_error (error, CHRONICLE_LOAD_ERROR,
                     first->line > 0 ? CHRONICLE_LOAD_ERROR_SYNTAX : CHRONICLE_LOAD_ERROR_INVALID,
                     /* Translators: %1$s is the first error; %2$u how many more there are. */
                     g_dngettext (GETTEXT_PACKAGE, "%1$s (and %2$u more error)",
                                  "%1$s (and %2$u more errors)", b.n_errors - 1),
                     text, b.n_errors - 1);
      else
        g_set_error_literal (error, CHRONICLE_LOAD_ERROR,
                             first->line > 0 ? CHRONICLE_LOAD_ERROR_SYNTAX : CHRONICLE_LOAD_ERROR_INVALID,
                             text);
      clear_failed (&b, bytes);
      return NULL;
    }

  _chronicle_dataset_take_warnings (dataset, g_ptr_array_ref (b.diagnostics));
  _chronicle_builder_clear (&b);

  report_progress (&(ChronicleBuilder) { .progress_data = self },
                     CHRONICLE_LOAD_STAGE_DONE,
                     chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)),
                     chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)));

  return g_steal_pointer (&dataset);
}

static void
set_result (ChronicleLoader  *self,
            GPtrArray        *diagnostics,
            const LoadCounts *counts)
{
  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);
  self->diagnostics = diagnostics;
  self->n_errors = counts->errors;
  self->n_warnings = counts->warnings;
}

static void
set_too_large (GError **error)
{
  g_autofree char *limit = g_format_size (CHRONICLE_LOADER_MAX_SIZE);

  g_set_error (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_TOO_LARGE,
               /* Translators: %s is a size such as "1.1 GB". */
               _("the file is larger than %s"), limit);
}

static void
set_not_regular (GError **error)
{
  g_set_error_literal (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO,
                       _("this is not a regular file (it is a device, a pipe or a socket); Chronicle reads files"));
}

static void
set_from_errno (GError     **error,
                int          saved_errno)
{
  g_set_error_literal (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO, g_strerror (saved_errno));
}

/* For tests: a read of a held path waits until it is released, so that a test can
 * keep a load in flight for as long as it looks (a FIFO once served, but FIFOs are
 * now refused). Nothing outside tests holds a path. */
static GMutex held_lock;
static GCond held_cond;
static GHashTable *held_paths;
static gint n_finished_loads;

/* For tests: how many loads have handed their result back (to wait for a late one). */
guint
_chronicle_loader_get_n_finished_loads (void)
{
  return (guint) g_atomic_int_get (&n_finished_loads);
}

void
_chronicle_loader_hold_path (const char *path)
{
  g_mutex_lock (&held_lock);
  if (held_paths == NULL)
    held_paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (held_paths, g_strdup (path));
  g_mutex_unlock (&held_lock);
}

void
_chronicle_loader_release_path (const char *path)
{
  g_mutex_lock (&held_lock);
  if (held_paths != NULL)
    g_hash_table_remove (held_paths, path);
  g_cond_broadcast (&held_cond);
  g_mutex_unlock (&held_lock);
}

static void
wait_while_held (const char *path)
{
  g_mutex_lock (&held_lock);
  while (held_paths != NULL && g_hash_table_contains (held_paths, path))
    g_cond_wait (&held_cond, &held_lock);
  g_mutex_unlock (&held_lock);
}

/* Reads a local file: only a regular file, opened without blocking (a FIFO nobody
 * writes to would block open() and read() for ever), read in slices so that a cancel
 * is seen within one slice, and never more than the size limit, whatever the file
 * claims its size is (a device says 0) or however it grows while read. */
static GBytes *
read_local_file (const char    *path,
                 GCancellable  *cancellable,
                 GError       **error)
{
  const gsize slice = 4 * 1024 * 1024;
  g_autofree char *data = NULL;
  gsize capacity, length = 0;
  struct stat st;
  int fd;

  wait_while_held (path);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      /* A socket cannot be opened at all: say what it is rather than ENXIO. */
      if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
        set_not_regular (error);
      else
        set_from_errno (error, saved_errno);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      set_from_errno (error, errno);
      close (fd);
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO,
                           _("this is a folder, not a file"));
      close (fd);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      set_not_regular (error);
      close (fd);
      return NULL;
    }
  if ((guint64) st.st_size > CHRONICLE_LOADER_MAX_SIZE)
    {
      set_too_large (error);
      close (fd);
      return NULL;
    }

  capacity = (gsize) st.st_size + 1;
  data = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return NULL;
        }
      if (length == capacity)
        {
          /* The file grew since fstat(). */
          if (length > CHRONICLE_LOADER_MAX_SIZE)
            {
              set_too_large (error);
              close (fd);
              return NULL;
            }
          capacity = MIN (capacity * 2, CHRONICLE_LOADER_MAX_SIZE + 1);
          data = g_realloc (data, capacity);
        }
      n = read (fd, data + length, MIN (slice, capacity - length));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_from_errno (error, errno);
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
    }
  close (fd);

  if (length > CHRONICLE_LOADER_MAX_SIZE)
    {
      set_too_large (error);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/* Fails with the reason alone: see read_failed(). */
static GBytes *
read_file (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = NULL;
  g_autoptr(GError) local_error = NULL;

  if (path != NULL)
    return read_local_file (path, cancellable, error);

  /* Anything else (a GVfs location, a resource) through GIO, with the same rules. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO,
                           _("this is a folder, not a file"));
      return NULL;
    }
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    {
      set_not_regular (error);
      return NULL;
    }
  if (info != NULL && (guint64) g_file_info_get_size (info) > CHRONICLE_LOADER_MAX_SIZE)
    {
      set_too_large (error);
      return NULL;
    }

  if (info != NULL)
    stream = g_file_read (file, cancellable, &local_error);
  data = g_byte_array_new ();
  while (stream != NULL)
    {
      guint8 buffer[64 * 1024];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer, cancellable, &local_error);

      if (n <= 0)
        break;
      if ((guint64) data->len + n > CHRONICLE_LOADER_MAX_SIZE)
        {
          set_too_large (error);
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }

  if (local_error != NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, CHRONICLE_LOAD_ERROR, CHRONICLE_LOAD_ERROR_IO, local_error->message);
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Turns a read error into a diagnostic naming the file, and the GError to match. */
static void
read_failed (const char  *display_name,
             GError      *reason,
             GPtrArray  **diagnostics,
             LoadCounts  *counts,
             GError     **error)
{
  g_autoptr(ChronicleDiagnostic) d = NULL;
  g_autofree char *text = NULL;

  *diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_diagnostic_free);
  counts->errors = counts->warnings = 0;
  if (g_error_matches (reason, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, reason);
      return;
    }

  d = chronicle_diagnostic_new (CHRONICLE_SEVERITY_ERROR, display_name, 0, 0, NULL, reason->message);
  text = chronicle_diagnostic_describe (d);
  g_set_error_literal (error, CHRONICLE_LOAD_ERROR, reason->code, text);
  g_ptr_array_add (*diagnostics, g_steal_pointer (&d));
  counts->errors = 1;
  g_error_free (reason);
}

static char *
dup_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path != NULL ? g_filename_display_name (path) : g_file_get_parse_name (file);
}

static void
chronicle_loader_finalize (GObject *object)
{
  ChronicleLoader *self = CHRONICLE_LOADER (object);

  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->thread, g_thread_unref);

  G_OBJECT_CLASS (chronicle_loader_parent_class)->finalize (object);
}

static void
chronicle_loader_class_init (ChronicleLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = chronicle_loader_finalize;

  /**
   * ChronicleLoader::progress:
   * @stage: a #ChronicleLoadStage
   * @done: events built so far (building stage)
   * @total: events in the file (building stage)
   *
   * Emitted on the thread-default main context of the loader's creator.
   */
  signals[PROGRESS] =
    g_signal_new ("progress",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
chronicle_loader_init (ChronicleLoader *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->thread = g_thread_ref (g_thread_self ());
  self->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_diagnostic_free);
}

ChronicleLoader *
chronicle_loader_new (void)
{
  return g_object_new (CHRONICLE_TYPE_LOADER, NULL);
}

/**
 * chronicle_loader_load_bytes:
 * @bytes: the file's contents
 * @display_name: the name to use in messages
 *
 * Returns: (transfer full): the dataset, or %NULL with @error naming the first
 *   problem; chronicle_loader_get_diagnostics() lists them all
 */
ChronicleDataset *
chronicle_loader_load_bytes (ChronicleLoader  *self,
                             GBytes           *bytes,
                             const char       *display_name,
                             GCancellable     *cancellable,
                             GError          **error)
{
  GPtrArray *diagnostics = NULL;
  LoadCounts counts = { 0, 0 };
  ChronicleDataset *dataset;

  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  dataset = load_bytes (self, bytes, display_name, cancellable, &diagnostics, &counts, error);
  set_result (self, diagnostics, &counts);
  return dataset;
}

ChronicleDataset *
chronicle_loader_load_file (ChronicleLoader  *self,
                            GFile            *file,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *read_error = NULL;

  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = dup_display_name (file);
  report_progress (&(ChronicleBuilder) { .progress_data = self }, CHRONICLE_LOAD_STAGE_READING, 0, 0);
  bytes = read_file (file, cancellable, &read_error);
  if (bytes == NULL)
    {
      GPtrArray *diagnostics;
      LoadCounts counts;

      read_failed (display_name, g_steal_pointer (&read_error), &diagnostics, &counts, error);
      set_result (self, diagnostics, &counts);
      return NULL;
    }

  return chronicle_loader_load_bytes (self, bytes, display_name, cancellable, error);
}

typedef struct
{
  GFile     *file;          /* read in the thread… */
  GBytes    *bytes;         /* …or already in memory, */
  char      *display_name;  /* with this name */
  GPtrArray *diagnostics;
  LoadCounts counts;
} LoadJob;

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_clear_pointer (&job->display_name, g_free);
  g_clear_pointer (&job->diagnostics, g_ptr_array_unref);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ChronicleLoader *self = source_object;
  LoadJob *job = task_data;
  g_autofree char *display_name = job->file ? dup_display_name (job->file) : g_strdup (job->display_name);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ChronicleDataset *dataset;

  report_progress (&(ChronicleBuilder) { .progress_data = self }, CHRONICLE_LOAD_STAGE_READING, 0, 0);
  bytes = job->file ? read_file (job->file, cancellable, &error) : g_bytes_ref (job->bytes);
  if (bytes == NULL)
    {
      GError *described = NULL;

      read_failed (display_name, g_steal_pointer (&error), &job->diagnostics, &job->counts, &described);
      g_task_return_error (task, described);
      g_atomic_int_inc (&n_finished_loads);
      return;
    }

  dataset = load_bytes (self, bytes, display_name, cancellable, &job->diagnostics, &job->counts, &error);
  if (dataset == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dataset, g_object_unref);
  g_atomic_int_inc (&n_finished_loads);
}

/* Runs @job (owned) in a worker thread; both async loads end here. */
static void
run_load_job (ChronicleLoader     *self,
              LoadJob             *job,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, load_job_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * chronicle_loader_load_file_async:
 *
 * Reads, parses and builds @file in a worker thread; the caller's thread never
 * blocks on the file. Progress is reported through #ChronicleLoader::progress.
 */
void
chronicle_loader_load_file_async (ChronicleLoader     *self,
                                  GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  LoadJob *job;

  g_return_if_fail (CHRONICLE_IS_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (LoadJob, 1);
  job->file = g_object_ref (file);
  run_load_job (self, job, chronicle_loader_load_file_async, cancellable, callback, user_data);
}

/**
 * chronicle_loader_load_bytes_async:
 *
 * Parses and builds @bytes in a worker thread, as chronicle_loader_load_file_async()
 * does a file's contents; finish with chronicle_loader_load_file_finish(). For data
 * already in memory (the bundled dataset, a GResource), with no #GFile and so no
 * GVfs to set up.
 */
void
chronicle_loader_load_bytes_async (ChronicleLoader     *self,
                                   GBytes              *bytes,
                                   const char          *display_name,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  LoadJob *job;

  g_return_if_fail (CHRONICLE_IS_LOADER (self));
  g_return_if_fail (bytes != NULL);
  g_return_if_fail (display_name != NULL);

  job = g_new0 (LoadJob, 1);
  job->bytes = g_bytes_ref (bytes);
  job->display_name = g_strdup (display_name);

  run_load_job (self, job, chronicle_loader_load_bytes_async, cancellable, callback, user_data);
}

/**
 * chronicle_loader_load_file_finish:
 *
 * Finishes chronicle_loader_load_file_async() or chronicle_loader_load_bytes_async().
 */
ChronicleDataset *
chronicle_loader_load_file_finish (ChronicleLoader  *self,
                                   GAsyncResult     *result,
                                   GError          **error)
{
  LoadJob *job;

  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  job = g_task_get_task_data (G_TASK (result));
  set_result (self,
              job->diagnostics ? g_steal_pointer (&job->diagnostics)
                               : g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_diagnostic_free),
              &job->counts);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * chronicle_loader_get_diagnostics:
 *
 * Returns: (transfer none) (element-type ChronicleDiagnostic): errors and warnings
 *   of the last load, in document order
 */
GPtrArray *
chronicle_loader_get_diagnostics (ChronicleLoader *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), NULL);
  return self->diagnostics;
}

guint
chronicle_loader_get_n_errors (ChronicleLoader *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), 0);
  return self->n_errors;
}

/**
 * chronicle_loader_get_n_warnings:
 *
 * Returns: how many warnings the last load found, including those not listed in
 *   chronicle_loader_get_diagnostics() (which keeps the first 100)
 */
guint
chronicle_loader_get_n_warnings (ChronicleLoader *self)
{
  g_return_val_if_fail (CHRONICLE_IS_LOADER (self), 0);
  return self->n_warnings;
}