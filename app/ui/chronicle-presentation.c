/* chronicle-presentation.c — presentation mode (F5)
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fullscreen, chrome hidden, everything drawn at least twice as large: a title slide
 * (the dataset's title, description and sources), then the events the filter keeps,
 * in time order, each with a large caption. Keys
 * are those of presentation clickers: PageDown/Space/→/↓ next, PageUp/←/↑ previous,
 * Home/End, Escape leaves; B or . blanks the screen; P plays steps on their own
 * (any other key pauses), [ and ] change the pace.
 *
 * This widget lies over the timeline (an overlay child) and places the caption (its
 * own widget, ChroniclePresentationCaption, which says the slide and is what a screen
 * reader follows), a strip of the whole story with the progress at its end, and the
 * blank screen; it steps through the story (which events: chronicle-presentation-story.c;
 * the keys and autoplay that move it on: chronicle-presentation-keys.c) and moves the
 * timeline it is given (where to: chronicle-presentation-camera.c). The window hides
 * and restores its own chrome when the presenting property changes.
 *
 * Framing: the caption sits at the bottom, as wide as the screen, above the strip and
 * the progress; the timeline's scroller gets a bottom margin as tall as all three, so
 * the timeline draws only in what they leave free (60 % of the height or more, at any
 * text size, as the caption's text gets smaller) and nothing covers its axis or
 * labels. The presented event's row is scrolled into the middle of that part. The
 * caption shows everything (title, date and place, the relationship change, the whole
 * description, the source); when that is taller than it may be, its text (and the
 * progress's) gets smaller, and the quote, two lines at most, is what gives way first.
 */

#define G_LOG_DOMAIN "chronicle-presentation"

#include "config.h"

#include "chronicle-presentation.h"

#include <glib/gi18n.h>

#include <math.h>

#include "chronicle-presentation-caption.h"
#include "chronicle-presentation-private.h"

#define CONTROLS_MAX_FRACTION    0.4    /* of the height, before the caption's text gets smaller */
#define MIN_TEXT_SCALE           0.4

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

static void apply_text_size (ChroniclePresentation *self);

void
_chronicle_presentation_update_progress (ChroniclePresentation *self)
{
  g_autofree char *text = NULL;

  /* The title slide says how many events there are; while playing, the progress shows. */
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label),
                          self->presenting && (self->step != TITLE_STEP || self->autoplay_id != 0));
  if (self->autoplay_id != 0)
    /* Translators: presentation progress while playing on its own: %1$d the step,
     * %2$u the number of steps, %3$u the seconds per step. */
    text = g_strdup_printf (_("▶ %1$d / %2$u · %3$u s"), self->step + 1, self->steps->len, self->autoplay_seconds);
  else
    /* Translators: presentation progress: %1$d the step, %2$u the number of steps. */
    text = g_strdup_printf (_("%1$d / %2$u"), self->step + 1, self->steps->len);
  gtk_label_set_text (self->progress_label, text);
}

static ChronicleEvent *
step_event (ChroniclePresentation *self,
            int                    step)
{
  step = CLAMP (step, 0, (int) self->steps->len - 1);
  return chronicle_event_store_get_event (chronicle_dataset_get_events (self->dataset),
                                          g_array_index (self->steps, guint, step));
}

/* The first slide: the dataset's title, how many events, its description and sources;
 * the timeline shows the whole story behind it. */
static void
show_title (ChroniclePresentation *self)
{
  double pad = MAX ((self->story_end - self->story_first) * 0.04, 1);
  ChronicleSession *session;
  GtkAdjustment *adjustment;
  gint64 view_first, view_end;

  self->step = TITLE_STEP;
  self->camera_span = 0;
  /* The board is the title's backdrop, the whole story: in the caption's text size, so
   * that every lane shows, from the top. */
  chronicle_timeline_view_set_overview (self->timeline_view, TRUE);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->timeline_view));
  if (adjustment != NULL)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
  /* The title slide rests where the file asks the timeline to open, else on the story. */
  if (chronicle_dataset_get_view (self->dataset, &view_first, &view_end))
    chronicle_timeline_view_present_event (self->timeline_view, NULL, view_first, view_end, TRUE);
  else if (self->steps->len > 0)
    chronicle_timeline_view_present_event (self->timeline_view, NULL, self->story_first - pad,
                                           self->story_end + pad, TRUE);

  session = chronicle_timeline_view_get_session (self->timeline_view);
  chronicle_presentation_caption_show_title (CHRONICLE_PRESENTATION_CAPTION (self->caption), self->dataset,
                                             self->language, self->steps->len,
                                             session ? chronicle_session_get_file (session) : NULL);
}

void
_chronicle_presentation_show_step (ChroniclePresentation *self,
                                  int                    step)
{
  ChronicleEvent *event;
  ChronicleSession *session;
  double start, end;

  if (self->dataset == NULL)
    return;
  self->fits = 0;
  self->scroll_pending = TRUE;
  if (step <= TITLE_STEP || self->steps->len == 0)
    {
      show_title (self);
      _chronicle_presentation_update_progress (self);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      gtk_widget_queue_draw (self->story_strip);
      return;
    }
  self->step = MIN (step, (int) self->steps->len - 1);
  event = step_event (self, self->step);
  chronicle_timeline_view_set_overview (self->timeline_view, FALSE);

  _chronicle_presentation_camera_for_step (self->timeline_view, chronicle_dataset_get_events (self->dataset),
                                           self->steps, self->step, self->camera_span, &start, &end);
  self->camera_span = end - start;
  chronicle_timeline_view_present_event (self->timeline_view, event, start, end, TRUE);

  /* Local pictures are found next to the file the timeline shows. */
  session = chronicle_timeline_view_get_session (self->timeline_view);
  chronicle_presentation_caption_show_event (CHRONICLE_PRESENTATION_CAPTION (self->caption), self->dataset, event,
                                             self->language, session ? chronicle_session_get_file (session) : NULL);
  _chronicle_presentation_update_progress (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (self->story_strip);
}

static gboolean
reframe_cb (GtkWidget     *view,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  ChroniclePresentation *self = user_data;

  if (gtk_widget_get_width (view) <= 1)
    return G_SOURCE_CONTINUE;
  self->reframe_id = 0;
  if (self->presenting && self->step != TITLE_STEP)
    _chronicle_presentation_show_step (self, self->step);
  return G_SOURCE_REMOVE;
}

/* The file changed on disk and was read again: the slides follow it (the board did,
 * the caption kept the old text), on the same event when it is still there, found by
 * its id, else at the same place in the story. */
static void
on_session_dataset_cb (ChroniclePresentation *self,
                       GParamSpec            *pspec,
                       ChronicleSession      *session)
{
  ChronicleDataset *dataset = chronicle_session_get_dataset (session);
  g_autofree char *id = NULL;
  int step = self->step, found;

  if (!self->presenting || dataset == self->dataset)
    return;
  if (dataset == NULL)
    {
      chronicle_presentation_stop (self);
      return;
    }
  if (self->step != TITLE_STEP && self->steps->len > 0)
    id = g_strdup (chronicle_event_get_id (step_event (self, self->step)));
  g_set_object (&self->dataset, dataset);
  _chronicle_presentation_collect_steps (chronicle_dataset_get_events (dataset),
                                         chronicle_session_get_match_set (session),
                                         self->steps, &self->story_first, &self->story_end);
  found = _chronicle_presentation_find_step (chronicle_dataset_get_events (dataset), self->steps, id);
  _chronicle_presentation_show_step (self, MIN (found >= 0 ? found : step, (int) self->steps->len - 1));
}

/* The caption is read from the back of the room: its text follows the window's height
 * (about a 40th of it, so 18 px on a 720-line projector and 27 px at 1080 before the
 * caption's own sizes), never below the desktop's text size, unless the caption would
 * be taller than its limit: then text_scale makes it smaller. */
static void
apply_text_size (ChroniclePresentation *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  int height = root ? gtk_widget_get_height (root) : 0;
  g_autofree char *css = NULL;
  char caption_px[G_ASCII_DTOSTR_BUF_SIZE];
  double base;

  if (height <= 0)
    return;
  self->text_height = height;
  base = MAX (height / 40.0, chronicle_widget_get_font_pixels (root));
  g_ascii_formatd (caption_px, sizeof caption_px, "%.1f", base * self->text_scale);
  /* The progress goes with the caption: smaller with it when room is short. */
  css = g_strdup_printf (".caption-card, .presentation-progress { font-size: %spx; }", caption_px);
  gtk_css_provider_load_from_data (self->text_css, css, -1);
  /* Pictures beside the caption's text: a quarter of the screen's height at most. */
  chronicle_presentation_caption_set_max_picture_height (CHRONICLE_PRESENTATION_CAPTION (self->caption), height / 4);
}

static void
update_text_size (ChroniclePresentation *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  int height = root ? gtk_widget_get_height (root) : 0;

  if (!self->presenting || height <= 0 || height == self->text_height)
    return;
  apply_text_size (self);
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
  g_signal_connect_object (self->keys, "key-pressed", G_CALLBACK (_chronicle_presentation_key_pressed), self, G_CONNECT_SWAPPED);
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

/* The timeline's scroller ends where the caption begins: margins change outside the
 * allocation that measured them, so from an idle, one that runs before the next frame. */
static gboolean
apply_margin_cb (gpointer user_data)
{
  ChroniclePresentation *self = user_data;

  self->margin_idle_id = 0;
  if (self->scroller != NULL && self->presenting)
    gtk_widget_set_margin_bottom (self->scroller, MAX (gtk_widget_get_height (GTK_WIDGET (self)) - self->free_height, 0));
  /* Allocated again once the timeline has its new height, to scroll the row into it. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* The presented event's row in the middle of what the timeline shows, which is all
 * above the caption. */
static gboolean
scroll_to_step_cb (gpointer user_data)
{
  ChroniclePresentation *self = user_data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->timeline_view));
  double top, row_h, value, page;

  self->scroll_idle_id = 0;
  self->scroll_pending = FALSE;
  if (!self->presenting || self->step == TITLE_STEP || adjustment == NULL ||
      !chronicle_timeline_view_get_event_row (self->timeline_view, step_event (self, self->step), &top, &row_h))
    return G_SOURCE_REMOVE;
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (top < value + row_h * 0.5 || top + row_h > value + page - row_h * 0.5)
    gtk_adjustment_set_value (adjustment, top + row_h / 2 - page / 2);
  return G_SOURCE_REMOVE;
}

static void
chronicle_presentation_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  ChroniclePresentation *self = CHRONICLE_PRESENTATION (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int margin = MAX (8, height / 60);
  int strip_h = MAX (6, height / 90);
  int caption_w = MAX (width - 2 * margin, 1);
  int caption_min = 0, caption_nat = 0, caption_h, caption_y, strip_y;
  int progress_w = 0, progress_h = 0, row_h, row_y, limit;

  update_text_size (self);

  gtk_widget_allocate (self->blank, width, height, -1, NULL);

  /* The bottom row, below the caption, where nothing of the timeline is: the story
   * strip, and the progress at its end. Its height is kept on the title slide too
   * (where the progress is hidden), so the caption does not move on the first step. */
  gtk_widget_measure (GTK_WIDGET (self->progress_label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &progress_w, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->progress_label), GTK_ORIENTATION_VERTICAL, progress_w, NULL, &progress_h, NULL, NULL);
  row_h = MAX (progress_h, strip_h);
  row_y = height - margin / 2 - row_h;
  if (gtk_widget_should_layout (GTK_WIDGET (self->progress_label)))
    gtk_widget_allocate (GTK_WIDGET (self->progress_label), progress_w, progress_h, -1,
                         gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? margin : width - margin - progress_w,
                                                                              row_y)));
  strip_y = row_y + (row_h - strip_h) / 2;
  if (gtk_widget_should_layout (self->story_strip))
    {
      int strip_w = MAX (caption_w - progress_w - margin, 1);

      gtk_widget_allocate (self->story_strip, strip_w, strip_h, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? width - margin - strip_w : margin,
                                                                                strip_y)));
    }

  /* The caption, the bottom row and their margins take at most this much of the
   * height: the timeline keeps the rest, whatever the text size. */
  limit = MAX ((int) (height * CONTROLS_MAX_FRACTION) - (height - row_y) - margin, 1);

  if (!gtk_widget_should_layout (self->caption))
    return;
  gtk_widget_measure (self->caption, GTK_ORIENTATION_VERTICAL, caption_w, &caption_min, &caption_nat, NULL, NULL);
  caption_h = MAX (caption_nat, caption_min);

  /* Too tall: smaller text (the area goes with the square of the size); much shorter
   * than it may be: back towards the full size. A few steps at most per caption. */
  if (self->fits < 8 &&
      ((caption_h > limit && self->text_scale > MIN_TEXT_SCALE) ||
       (caption_h < limit * 0.8 && self->text_scale < 1.0)))
    {
      double scale = self->text_scale * sqrt ((double) limit / caption_h) * 0.97;

      self->text_scale = CLAMP (scale, MIN_TEXT_SCALE, 1.0);
      self->fits++;
      apply_text_size (self);
    }

  caption_y = row_y - margin / 2 - caption_h;
  gtk_widget_allocate (self->caption, caption_w, caption_h, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (margin, caption_y)));

  /* The timeline gets what is above the caption. */
  caption_y -= margin / 2;
  if (caption_y != self->free_height ||
      (self->scroller != NULL && gtk_widget_get_margin_bottom (self->scroller) != height - caption_y))
    {
      self->free_height = caption_y;
      self->scroll_pending = TRUE;
      if (self->margin_idle_id == 0)
        self->margin_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_margin_cb, self, NULL);
    }
  else if (self->scroll_pending && self->scroll_idle_id == 0)
    /* Not while allocating: the scrollbar moves too, and it was allocated already. */
    self->scroll_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, scroll_to_step_cb, self, NULL);
}

/* The story strip draws what the presentation is at (chronicle-presentation-strip.c). */
static void
draw_story_strip (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  ChroniclePresentation *self = user_data;

  if (self->dataset == NULL || self->steps->len == 0 || width <= 0)
    return;
  _chronicle_presentation_draw_strip (cr, width, height, chronicle_timeline_view_get_time_scale (self->timeline_view),
                                      chronicle_dataset_get_events (self->dataset), self->steps,
                                      self->step, self->story_first, self->story_end);
}

static void
on_scale_changed_cb (ChroniclePresentation *self)
{
  if (self->presenting)
    gtk_widget_queue_draw (self->story_strip);
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
  g_clear_handle_id (&self->margin_idle_id, g_source_remove);
  g_clear_handle_id (&self->scroll_idle_id, g_source_remove);
  if (self->session != NULL)
    g_clear_signal_handler (&self->dataset_id, self->session);
  g_clear_object (&self->session);
  if (self->reframe_id != 0 && self->timeline_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->timeline_view), self->reframe_id);
  self->reframe_id = 0;
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

  g_type_ensure (CHRONICLE_TYPE_PRESENTATION_CAPTION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/chronicle-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, caption);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, story_strip);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ChroniclePresentation, blank);
}

static void
chronicle_presentation_init (ChroniclePresentation *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->steps = g_array_new (FALSE, FALSE, sizeof (guint));
  self->autoplay_seconds = DEFAULT_AUTOPLAY_SECONDS;
  self->text_scale = 1.0;
  self->step = TITLE_STEP;
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->story_strip), draw_story_strip, self, NULL);
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
    {
      /* The story strip shows where the camera is. */
      if (view != NULL)
        g_signal_connect_object (chronicle_timeline_view_get_time_scale (view), "changed",
                                 G_CALLBACK (on_scale_changed_cb), self, G_CONNECT_SWAPPED);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE_VIEW]);
    }
}

gboolean
chronicle_presentation_get_presenting (ChroniclePresentation *self)
{
  g_return_val_if_fail (CHRONICLE_IS_PRESENTATION (self), FALSE);
  return self->presenting;
}

/**
 * chronicle_presentation_start:
 *
 * @from_selection: whether to start on the event selected (Shift+F5, `--present
 *   --event`) if it is one of the steps, rather than on the title slide (F5)
 *
 * Starts presenting what the timeline view's session shows: its dataset, in its
 * language, with the events its filter keeps as the steps, on the title slide or, with
 * @from_selection, on the event selected (the title slide when none is).
 * #ChroniclePresentation:presenting is notified before the first slide shows, so
 * whoever hides the chrome does so first.
 */
void
chronicle_presentation_start (ChroniclePresentation *self,
                              gboolean               from_selection)
{
  ChronicleSession *session;
  ChronicleDataset *dataset;
  ChronicleEvent *selected;

  g_return_if_fail (CHRONICLE_IS_PRESENTATION (self));
  g_return_if_fail (self->timeline_view != NULL);

  session = chronicle_timeline_view_get_session (self->timeline_view);
  dataset = session != NULL ? chronicle_session_get_dataset (session) : NULL;
  if (self->presenting || dataset == NULL)
    return;
  /* The steps are what the filters keep: when they keep nothing of a timeline that has
   * events, a show would be a title slide saying "0 events" over an empty board, with
   * no key doing anything. Say so instead. */
  _chronicle_presentation_collect_steps (chronicle_dataset_get_events (dataset),
                                         chronicle_session_get_match_set (session),
                                         self->steps, &self->story_first, &self->story_end);
  if (self->steps->len == 0 && chronicle_event_store_get_n_events (chronicle_dataset_get_events (dataset)) > 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s",
                                  _("The filters keep no events: clear them to present the timeline"));
      return;
    }
  self->presenting = TRUE;
  g_set_object (&self->dataset, dataset);
  g_free (self->language);
  self->language = g_strdup (chronicle_session_get_language (session));

  gtk_widget_set_visible (self->caption, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), TRUE);
  gtk_widget_set_visible (self->story_strip, TRUE);
  gtk_widget_set_visible (self->blank, FALSE);
  chronicle_timeline_view_set_zoom (self->timeline_view, 2.2);
  self->text_height = 0;
  self->text_scale = 1.0;
  update_text_size (self);
  /* The timeline ends where the caption begins (see size_allocate). */
  self->scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->timeline_view), GTK_TYPE_SCROLLED_WINDOW);
  if (self->scroller != NULL)
    self->scroller_margin = gtk_widget_get_margin_bottom (self->scroller);
  self->free_height = -1;
  chronicle_timeline_view_set_presenting (self->timeline_view, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);

  /* The file may change on disk while it is presented (a teacher fixing a typo). */
  g_set_object (&self->session, session);
  self->dataset_id = g_signal_connect_object (session, "notify::dataset",
                                              G_CALLBACK (on_session_dataset_cb), self, G_CONNECT_SWAPPED);
  /* From the title slide, as slide software starts with F5; or from the event selected,
   * if the story has it (Shift+F5, --present --event: a lesson resumed). */
  selected = from_selection ? chronicle_session_get_selection (session) : NULL;
  self->camera_span = 0;
  _chronicle_presentation_show_step (self, _chronicle_presentation_find_step (chronicle_dataset_get_events (dataset), self->steps,
                                                      selected ? chronicle_event_get_id (selected) : NULL));
  /* A timeline not laid out yet (the file has just loaded) fits itself to the file's
   * view when it first gets its size, over the event's: framed again then. */
  if (self->step != TITLE_STEP && gtk_widget_get_width (GTK_WIDGET (self->timeline_view)) <= 1 &&
      self->reframe_id == 0)
    self->reframe_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->timeline_view), reframe_cb, self, NULL);
  /* The caption has the focus: a screen reader says each slide as its name and
   * description change. The keys are the root's (see root). */
  gtk_widget_grab_focus (self->caption);
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

  _chronicle_presentation_stop_autoplay (self);
  if (self->session != NULL)
    g_clear_signal_handler (&self->dataset_id, self->session);
  g_clear_object (&self->session);
  if (self->reframe_id != 0 && self->timeline_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->timeline_view), self->reframe_id);
  self->reframe_id = 0;
  if (gtk_widget_has_focus (self->caption) && self->timeline_view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->timeline_view));
  gtk_widget_set_visible (self->caption, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), FALSE);
  gtk_widget_set_visible (self->story_strip, FALSE);
  gtk_widget_set_visible (self->blank, FALSE);
  g_clear_handle_id (&self->margin_idle_id, g_source_remove);
  g_clear_handle_id (&self->scroll_idle_id, g_source_remove);
  if (self->scroller != NULL)
    gtk_widget_set_margin_bottom (self->scroller, self->scroller_margin);
  self->scroller = NULL;
  if (self->timeline_view != NULL)
    {
      chronicle_timeline_view_set_zoom (self->timeline_view, 1.0);
      chronicle_timeline_view_set_overview (self->timeline_view, FALSE);
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
    _chronicle_presentation_start_autoplay (self);
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
    _chronicle_presentation_start_autoplay (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOPLAY_INTERVAL]);
}
