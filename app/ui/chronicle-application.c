/* chronicle-application.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-application"

#include "config.h"

#include "chronicle-application.h"

#include <glib/gi18n.h>

#include "chronicle-accessible.h"
#include "chronicle-window.h"

struct _ChronicleApplication
{
  AdwApplication  parent_instance;

  char           *event_id;   /* --event=ID: select it once loaded */
  gboolean        present;    /* --present: start presenting once loaded */
};

G_DEFINE_FINAL_TYPE (ChronicleApplication, chronicle_application, ADW_TYPE_APPLICATION)

/* chronicle-bench's startup measure (CHRONICLE_BENCH_STARTUP): print when the first
 * frame with data is painted, and quit. */
static void
on_bench_frame_cb (GdkFrameClock        *clock,
                   ChronicleApplication *self)
{
  g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, on_bench_frame_cb, self);
  g_application_quit (G_APPLICATION (self));
}

static void
on_bench_map_cb (GtkWidget            *window,
                 ChronicleApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, on_bench_map_cb, self);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_bench_frame_cb), self);
}

static void
on_bench_dataset_cb (ChronicleSession     *session,
                     GParamSpec           *pspec,
                     ChronicleApplication *self)
{
  GtkWidget *window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self)));

  if (chronicle_session_get_dataset (session) == NULL || window == NULL)
    return;
  g_signal_handlers_disconnect_by_func (session, on_bench_dataset_cb, self);
  if (gtk_widget_get_frame_clock (window) != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_bench_frame_cb), self);
  else
    g_signal_connect (window, "map", G_CALLBACK (on_bench_map_cb), self);
}

static ChronicleWindow *
get_or_create_window (ChronicleApplication *self)
{
  GtkWindow *window;

  g_assert (CHRONICLE_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      window = GTK_WINDOW (chronicle_window_new (self));
      if (g_getenv ("CHRONICLE_BENCH_STARTUP") != NULL)
        g_signal_connect (chronicle_window_get_session (CHRONICLE_WINDOW (window)), "notify::dataset",
                          G_CALLBACK (on_bench_dataset_cb), self);
    }

  return CHRONICLE_WINDOW (window);
}

/* --event and --present are for what the window loads next: handed down once. */
static void
hand_down_options (ChronicleApplication *self,
                   ChronicleWindow      *window)
{
  g_autofree char *event_id = g_steal_pointer (&self->event_id);

  if (event_id != NULL)
    chronicle_window_request_event (window, event_id);
  if (self->present)
    chronicle_window_request_present (window);
  self->present = FALSE;
}

static void
chronicle_application_activate (GApplication *app)
{
  ChronicleWindow *window = get_or_create_window (CHRONICLE_APPLICATION (app));

  hand_down_options (CHRONICLE_APPLICATION (app), window);
  /* With no file named, Chronicle reopens the last file, or shows its own dataset. */
  if (chronicle_window_get_dataset (window) == NULL && !chronicle_window_is_loading (window))
    chronicle_window_open_last (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
chronicle_application_open (GApplication  *app,
                            GFile        **files,
                            int            n_files,
                            const char    *hint)
{
  ChronicleWindow *window = get_or_create_window (CHRONICLE_APPLICATION (app));

  hand_down_options (CHRONICLE_APPLICATION (app), window);
  /* One window shows one timeline: the last file named wins. */
  if (n_files > 0)
    chronicle_window_open_file (window, files[n_files - 1]);

  gtk_window_present (GTK_WINDOW (window));
}

/* The About window's legal page shows its texts in text views that GTK 4.8 calls
 * "GtkTextView". */
static void
name_text_views (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Legal Information"), -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    name_text_views (child);
}

static void
on_about_action_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ChronicleApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "The Chronicle authors", NULL };
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Chronicle"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Chronicle authors"),
                        "version", PACKAGE_VERSION,
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_WEBSITE "/issues",
                        "copyright", _("© 2026 The Chronicle authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: Replace "translator-credits" with your name(s),
                         * one per line, to have them shown in the About window. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  chronicle_accessible_fix_names (GTK_WIDGET (about));
  name_text_views (GTK_WIDGET (about));
  chronicle_accessible_present (GTK_WINDOW (about));
}

static void
on_quit_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  ChronicleApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Close windows first so each one saves its state. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
on_show_event_action_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  ChronicleApplication *self = user_data;
  ChronicleWindow *window = get_or_create_window (self);

  gtk_window_present (GTK_WINDOW (window));
  chronicle_window_show_event (window, g_variant_get_string (parameter, NULL));
}

static const GActionEntry app_actions[] = {
  { "about", on_about_action_cb },
  { "quit", on_quit_action_cb },
  { "show-event", on_show_event_action_cb, "s" },
};

static void
chronicle_application_startup (GApplication *app)
{
  ChronicleApplication *self = CHRONICLE_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (chronicle_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
}

static int
chronicle_application_handle_local_options (GApplication *app,
                                            GVariantDict *options)
{
  ChronicleApplication *self = CHRONICLE_APPLICATION (app);

  g_clear_pointer (&self->event_id, g_free);
  g_variant_dict_lookup (options, "event", "s", &self->event_id);
  self->present = g_variant_dict_contains (options, "present");
  return -1;
}

static void
chronicle_application_finalize (GObject *object)
{
  ChronicleApplication *self = CHRONICLE_APPLICATION (object);

  g_clear_pointer (&self->event_id, g_free);

  G_OBJECT_CLASS (chronicle_application_parent_class)->finalize (object);
}

static void
chronicle_application_class_init (ChronicleApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = chronicle_application_finalize;
  app_class->handle_local_options = chronicle_application_handle_local_options;

  app_class->activate = chronicle_application_activate;
  app_class->open = chronicle_application_open;
  app_class->startup = chronicle_application_startup;
}

static void
chronicle_application_init (ChronicleApplication *self)
{
  static const GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Open with the event with this id selected and in view"), N_("ID") },
    { "check", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Check timeline files for errors and exit, without opening a window"), NULL },
    { "present", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Start in presentation mode"), NULL },
    /* Handled by main() before the application starts (no display needed); listed here
     * so that --help shows it. */
    { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write FILE (or the sample timeline) to OUT without opening a window: .png, .svg or .pdf as drawn, "
         ".csv as a TimelineJS spreadsheet, .json in Chronicle's format; also --size WxH|a4|a3, "
         "--range FROM..TO, --group-by kind|partner"),
      N_("OUT") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

ChronicleApplication *
chronicle_application_new (void)
{
  return g_object_new (CHRONICLE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
