/* chronicle-presentation.c — presentation mode (F5)
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fullscreen, chrome hidden, everything drawn at least twice as large, stepping
 * through the events the filter keeps, in time order, with a large caption. Keys
 * are those of presentation clickers: PageDown/Space/→/↓ next, PageUp/←/↑ previous,
 * Home/End, Escape leaves; B or . blanks the screen; P plays steps on their own
 * (any other key pauses), [ and ] change the pace.
 *
 * This widget lies over the timeline (an overlay child) and draws the caption, the
 * progress and the blank screen; it moves the timeline it is given. The window hides
 * and restores its own chrome when the presenting property changes.
 */

#define G_LOG_DOMAIN "chronicle-presentation"

#include "config.h"

#include "chronicle-presentation.h"

#include <glib/gi18n.h>

#include "chronicle-date-format.h"

#define DEFAULT_AUTOPLAY_SECONDS 8
#define MIN_AUTOPLAY_SECONDS     2
#define MAX_AUTOPLAY_SECONDS     30

struct _ChroniclePresentation
{
  GtkWidget              parent_instance;

  ChronicleTimelineView *timeline_view;
  ChronicleDataset      *dataset;
  char                  *language;
  GtkEventController    *keys;           /* on the root, in the capture phase */
  GtkWidget             *keys_root;
  GtkCssProvider        *text_css;       /* the caption's text size, from the height */
  int                    text_height;
  gboolean               presenting;
  GArray                *steps;          /* store positions, in time order, the filter's */
  int                    step;
  guint                  autoplay_id;
  guint                  autoplay_seconds;
  guint                  autoplay_interval;  /* ms; 0: autoplay_seconds */

  /* Template widgets */
  GtkWidget             *caption;
  GtkLabel              *caption_title;
  GtkLabel              *caption_date;
  GtkLabel              *caption_description;
  GtkLabel              *caption_source;
  GtkLabel              *progress_label;
  GtkWidget             *blank;
};

enum {
  PROP_0,
  PROP_TIMELINE_VIEW,
  PROP_PRESENTING,
  PROP_AUTOPLAY_SECONDS,
  PROP_AUTOPLAY_INTERVAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ChroniclePresentation, chronicle_presentation, GTK_TYPE_WIDGET)

static void
update_progress (ChroniclePresentation *self)
{
  g_autofree char *text = NULL;

  if (self->autoplay_id != 0)
    /* Translators: presentation progress while playing on its own: %1$d the step,
     * %2$u the number of steps, %3$u the seconds per step. */
    text = g_strdup_printf (_("▶ %1$d / %2$u · %3$u s"), self->step + 1, self->steps->len, self->autoplay_seconds);
  else
    /* Translators: presentation progress: %1$d the step, %2$u the number of steps. */
    text = g_strdup_printf (_("%1$d / %2$u"), self->step + 1, self->steps->len);
  gtk_label_set_text (self->progress_label, text);
}

static void
show_step (ChroniclePresentation *self,
           int                    step)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (self->dataset);
  ChronicleEvent *event;
  g_autofree char *date = NULL;
  g_autofree char *date_line = NULL;
  const char *place;
  double span;

  if (self->steps->len == 0)
    return;
  self->step = CLAMP (step, 0, (int) self->steps->len - 1);
  event = chronicle_event_store_get_event (store, g_array_index (self->steps, guint, self->step));

  /* The camera goes to the event with some context around it. */
  span = chronicle_event_get_end_day (event) - chronicle_event_get_first_day (event);
  chronicle_timeline_view_set_selected_event (self->timeline_view, event);
  chronicle_timeline_view_show_event (self->timeline_view, event, MAX (45, span * 0.6), TRUE);

  gtk_label_set_text (self->caption_title, chronicle_event_get_translated (event, self->language, "title"));
  date = chronicle_date_format_range (chronicle_event_get_start (event), chronicle_event_get_end (event));
  place = chronicle_event_get_translated (event, self->language, "place");
  if (place != NULL)
    /* Translators: the caption's date and place, as in "10 September 2023 · Hanoi". */
    date_line = g_strdup_printf (_("%1$s · %2$s"), date, place);
  gtk_label_set_text (self->caption_date, date_line ? date_line : date);
  gtk_label_set_text (self->caption_description, chronicle_event_get_translated (event, self->language, "description") ?: "");
  if (chronicle_event_get_n_sources (event) > 0)
    {
      const ChronicleSource *source = chronicle_event_get_source (event, 0);
      const ChronicleDocument *doc = chronicle_dataset_find_document (self->dataset, source->document);
      /* Translators: the caption's source: %1$s the quote, %2$s the article. */
      g_autofree char *line = g_strdup_printf (_("“%1$s” — %2$s"), source->quote ? source->quote : "",
                                               doc ? doc->title : source->document);
      gtk_label_set_text (self->caption_source, line);
    }
  else
    gtk_label_set_text (self->caption_source, "");
  update_progress (self);
}

static void
stop_autoplay (ChroniclePresentation *self)
{
  if (self->autoplay_id == 0)
    return;
  g_clear_handle_id (&self->autoplay_id, g_source_remove);
  update_progress (self);
}

static gboolean
autoplay_cb (gpointer user_data)
{
  ChroniclePresentation *self = user_data;

  if (self->step + 1 >= (int) self->steps->len)
    {
      self->autoplay_id = 0;
      update_progress (self);
      return G_SOURCE_REMOVE;
    }
  show_step (self, self->step + 1);
  return G_SOURCE_CONTINUE;
}

static void
start_autoplay (ChroniclePresentation *self)
{
  g_clear_handle_id (&self->autoplay_id, g_source_remove);
  if (self->autoplay_interval != 0)
    self->autoplay_id = g_timeout_add (self->autoplay_interval, autoplay_cb, self);
  else
    self->autoplay_id = g_timeout_add_seconds (self->autoplay_seconds, autoplay_cb, self);
  update_progress (self);
}

/* The caption is read from the back of the room: its text follows the window's height
 * (about a 40th of it, so 18 px on a 720-line projector and 27 px at 1080 before the
 * caption's own sizes), never below the desktop's text size. */
static void
update_text_size (ChroniclePresentation *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  int height = root ? gtk_widget_get_height (root) : 0;
  g_autofree char *css = NULL;
  char px[G_ASCII_DTOSTR_BUF_SIZE];

  if (!self->presenting || height <= 0 || height == self->text_height)
    return;
  self->text_height = height;
  g_ascii_formatd (px, sizeof px, "%.1f", MAX (height / 40.0, chronicle_widget_get_font_pixels (root)));
  css = g_strdup_printf (".caption-card, .presentation-progress { font-size: %spx; }", px);
  gtk_css_provider_load_from_data (self->text_css, css, -1);
}

static gboolean
on_key_pressed_cb (ChroniclePresentation *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  if (!self->presenting)
    return FALSE;

  /* Any key but P pauses autoplay. */
  if (keyval != GDK_KEY_p && keyval != GDK_KEY_P && keyval != GDK_KEY_bracketleft && keyval != GDK_KEY_bracketright)
    stop_autoplay (self);

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Page_Down:
      show_step (self, self->step + 1);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Page_Up:
      show_step (self, self->step - 1);
      return TRUE;
    case GDK_KEY_Home:
      show_step (self, 0);
      return TRUE;
    case GDK_KEY_End:
      show_step (self, (int) self->steps->len - 1);
      return TRUE;
    case GDK_KEY_Escape:
      chronicle_presentation_stop (self);
      return TRUE;
    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
      gtk_widget_set_visible (self->blank, !gtk_widget_get_visible (self->blank));
      return TRUE;
    case GDK_KEY_p:
    case GDK_KEY_P:
      if (self->autoplay_id != 0)
        stop_autoplay (self);
      else
        start_autoplay (self);
      return TRUE;
    case GDK_KEY_bracketleft:
      chronicle_presentation_set_autoplay_seconds (self, MIN (self->autoplay_seconds + 2, MAX_AUTOPLAY_SECONDS));
      if (self->autoplay_id != 0)
        start_autoplay (self);
      return TRUE;
    case GDK_KEY_bracketright:
      chronicle_presentation_set_autoplay_seconds (self, MAX ((int) self->autoplay_seconds - 2, MIN_AUTOPLAY_SECONDS));
      if (self->autoplay_id != 0)
        start_autoplay (self);
      return TRUE;
    default:
      return FALSE;
    }
}

/* ---- GtkWidget ------------------------------------------------------------------ */

/* The keys are the whole window's while presenting, before anything else sees them:
 * a controller on the root, in the capture phase. */
static void
chronicle_presentation_root (GtkWidget *widget)
{
  ChroniclePresentation *self = CHRONICLE_PRESENTATION (widget);

  GTK_WIDGET_CLASS (chronicle_presentation_parent_class)->root (widget);

  self->keys_root = GTK_WIDGET (gtk_widget_get_root (widget));
  self->keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (self->keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (self->keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->keys_root, self->keys);
}

static void
chronicle_presentation_unroot (GtkWidget *widget)
{
  ChroniclePresentation *self = CHRONICLE_PRESENTATION (widget);

  if (self->keys != NULL)
    gtk_widget_remove_controller (self->keys_root, self->keys);
  self->keys = NULL;
  self->keys_root = NULL;

  GTK_WIDGET_CLASS (chronicle_presentation_parent_class)->unroot (widget);
}

/* The children lie over each other, each placed by its own align and margins (what
 * GtkBinLayout does; a layout manager would leave size_allocate uncalled). */
static void
chronicle_presentation_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0, child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
chronicle_presentation_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, baseline, NULL);
  update_text_size (CHRONICLE_PRESENTATION (widget));
}

/* The pointer goes through to the timeline, except where the caption, the progress
 * or the blank screen are. */
static gboolean
chronicle_presentation_contains (GtkWidget *widget,
                                 double     x,
                                 double     y)
{
  return FALSE;
}

/* ---- GObject -------------------------------------------------------------------- */

static void
chronicle_presentation_dispose (GObject *object)
{
  ChroniclePresentation *self = CHRONICLE_PRESENTATION (object);

  g_clear_handle_id (&self->autoplay_id, g_source_remove);
  g_clear_object (&self->text_css);
  g_clear_object (&self->timeline_view);
  g_clear_object (&self->dataset);

  gtk_widget_dispose_template (GTK_WIDGET (self), CHRONICLE_TYPE_PRESENTATION);

  G_OBJECT_CLASS (chronicle_presentation_parent_class)->dispose (object);
}

static void
chronicle_presentation_finalize (GObject *object)
{
  ChroniclePresentation *self = CHRONICLE_PRESENTATION (object);

  g_clear_pointer (&self->steps, g_array_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (chronicle_presentation_parent_class)->finalize (object);
}

static void
chronicle_presentation_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ChroniclePresentation *self = CHRONICLE_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_TIMELINE_VIEW:
      g_value_set_object (value, chronicle_presentation_get_timeline_view (self));
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, chronicle_presentation_get_presenting (self));
      break;
    case PROP_AUTOPLAY_SECONDS:
      g_value_set_uint (value, chronicle_presentation_get_autoplay_seconds (self));
      break;
    case PROP_AUTOPLAY_INTERVAL:
      g_value_set_uint (value, chronicle_presentation_get_autoplay_interval (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_presentation_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ChroniclePresentation *self = CHRONICLE_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_TIMELINE_VIEW:
      chronicle_presentation_set_timeline_view (self, g_value_get_object (value));
      break;
    case PROP_AUTOPLAY_SECONDS:
      chronicle_presentation_set_autoplay_seconds (self, g_value_get_uint (value));
      break;
    case PROP_AUTOPLAY_INTERVAL:
      chronicle_presentation_set_autoplay_interval (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_presentation_class_init (ChroniclePresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chronicle_presentation_dispose;
  object_class->finalize = chronicle_presentation_finalize;
  object_class->get_property = chronicle_presentation_get_property;
  object_class->set_property = chronicle_presentation_set_property;
  widget_class->root = chronicle_presentation_root;
  widget_class->unroot = chronicle_presentation_unroot;
  widget_class->measure = chronicle_presentation_measure;
  widget_class->size_allocate = chronicle_presentation_size_allocate;
  widget_class->contains = chronicle_presentation_contains;

  /**
   * ChroniclePresentation:timeline-view:
   *
   * The timeline the presentation steps through.
   */
  properties[PROP_TIMELINE_VIEW] =
    g_param_spec_object ("timeline-view", NULL, NULL, CHRONICLE_TYPE_TIMELINE_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChroniclePresentation:presenting:
   *
   * Whether the presentation is on; it starts with chronicle_presentation_start().
   */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChroniclePresentation:autoplay-seconds:
   *
   * The pace of autoplay, in seconds per step, as the progress shows it ([ and ]).
   */
  properties[PROP_AUTOPLAY_SECONDS] =
    g_param_spec_uint ("autoplay-seconds", NULL, NULL,
                       MIN_AUTOPLAY_SECONDS, MAX_AUTOPLAY_SECONDS, DEFAULT_AUTOPLAY_SECONDS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChroniclePresentation:autoplay-interval:
   *
   * Milliseconds between autoplay's steps, or 0 (the default) for the pace of
   * #ChroniclePresentation:autoplay-seconds. Tests set it to step quickly.
   */
  properties[PROP_AUTOPLAY_INTERVAL] =
    g_param_spec_uint ("autoplay-interval", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/chronicle-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, caption);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, caption_title);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, caption_date);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, caption_description);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, caption_source);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, blank);
}

static void
chronicle_presentation_init (ChroniclePresentation *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->steps = g_array_new (FALSE, FALSE, sizeof (guint));
  self->autoplay_seconds = DEFAULT_AUTOPLAY_SECONDS;
  self->text_css = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (self->caption),
                                  GTK_STYLE_PROVIDER (self->text_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->progress_label)),
                                  GTK_STYLE_PROVIDER (self->text_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
}

/* ---- public --------------------------------------------------------------------- */

/**
 * chronicle_presentation_get_timeline_view:
 *
 * Returns: (transfer none) (nullable): the timeline it moves
 */
ChronicleTimelineView *
chronicle_presentation_get_timeline_view (ChroniclePresentation *self)
{
  g_return_val_if_fail (CHRONICLE_IS_PRESENTATION (self), NULL);
  return self->timeline_view;
}

void
chronicle_presentation_set_timeline_view (ChroniclePresentation *self,
                                          ChronicleTimelineView *view)
{
  g_return_if_fail (CHRONICLE_IS_PRESENTATION (self));
  g_return_if_fail (view == NULL || CHRONICLE_IS_TIMELINE_VIEW (view));

  if (g_set_object (&self->timeline_view, view))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE_VIEW]);
}

gboolean
chronicle_presentation_get_presenting (ChroniclePresentation *self)
{
  g_return_val_if_fail (CHRONICLE_IS_PRESENTATION (self), FALSE);
  return self->presenting;
}

/**
 * chronicle_presentation_start:
 * @dataset: what to present
 * @mask: (nullable): one byte per event of @dataset, nonzero for the events the
 *   filter keeps (those are the steps), or %NULL for all of them
 * @language: (nullable): the language of the dataset's translations to show
 *
 * Starts presenting at the first step. #ChroniclePresentation:presenting is notified
 * before the first step shows, so whoever hides the chrome does so first.
 */
void
chronicle_presentation_start (ChroniclePresentation *self,
                              ChronicleDataset      *dataset,
                              const guint8          *mask,
                              const char            *language)
{
  ChronicleEventStore *store;
  guint n;

  g_return_if_fail (CHRONICLE_IS_PRESENTATION (self));
  g_return_if_fail (CHRONICLE_IS_DATASET (dataset));
  g_return_if_fail (self->timeline_view != NULL);

  if (self->presenting)
    return;
  self->presenting = TRUE;
  g_set_object (&self->dataset, dataset);
  g_free (self->language);
  self->language = g_strdup (language);

  gtk_widget_set_visible (self->caption, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), TRUE);
  gtk_widget_set_visible (self->blank, FALSE);
  chronicle_timeline_view_set_zoom (self->timeline_view, 2.2);
  self->text_height = 0;
  update_text_size (self);
  chronicle_timeline_view_set_presenting (self->timeline_view, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);

  /* The steps are the events the filter keeps, in time order. */
  store = chronicle_dataset_get_events (dataset);
  n = chronicle_event_store_get_n_events (store);
  g_array_set_size (self->steps, 0);
  for (guint i = 0; i < n; i++)
    if (mask == NULL || mask[i])
      g_array_append_val (self->steps, i);
  show_step (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline_view));
}

/**
 * chronicle_presentation_stop:
 *
 * Leaves the presentation (as Escape does); the timeline goes back to its normal size.
 */
void
chronicle_presentation_stop (ChroniclePresentation *self)
{
  g_return_if_fail (CHRONICLE_IS_PRESENTATION (self));

  if (!self->presenting)
    return;
  self->presenting = FALSE;

  stop_autoplay (self);
  gtk_widget_set_visible (self->caption, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), FALSE);
  gtk_widget_set_visible (self->blank, FALSE);
  if (self->timeline_view != NULL)
    {
      chronicle_timeline_view_set_zoom (self->timeline_view, 1.0);
      chronicle_timeline_view_set_presenting (self->timeline_view, FALSE);
    }
  g_clear_object (&self->dataset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

guint
chronicle_presentation_get_autoplay_seconds (ChroniclePresentation *self)
{
  g_return_val_if_fail (CHRONICLE_IS_PRESENTATION (self), DEFAULT_AUTOPLAY_SECONDS);
  return self->autoplay_seconds;
}

/* A new pace applies at once when playing. */
void
chronicle_presentation_set_autoplay_seconds (ChroniclePresentation *self,
                                             guint                  seconds)
{
  g_return_if_fail (CHRONICLE_IS_PRESENTATION (self));

  seconds = CLAMP (seconds, MIN_AUTOPLAY_SECONDS, MAX_AUTOPLAY_SECONDS);
  if (self->autoplay_seconds == seconds)
    return;
  self->autoplay_seconds = seconds;
  if (self->autoplay_id != 0)
    start_autoplay (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOPLAY_SECONDS]);
}

guint
chronicle_presentation_get_autoplay_interval (ChroniclePresentation *self)
{
  g_return_val_if_fail (CHRONICLE_IS_PRESENTATION (self), 0);
  return self->autoplay_interval;
}

void
chronicle_presentation_set_autoplay_interval (ChroniclePresentation *self,
                                              guint                  interval_ms)
{
  g_return_if_fail (CHRONICLE_IS_PRESENTATION (self));

  if (self->autoplay_interval == interval_ms)
    return;
  self->autoplay_interval = interval_ms;
  if (self->autoplay_id != 0)
    start_autoplay (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOPLAY_INTERVAL]);
}
