/* chronicle-media-box.c — an event's (or a dataset's) pictures, or links to its media
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the sidebar and the presentation caption show of an event's "media" list: a
 * picture stored next to the data file (its address relative to that file) is loaded
 * without blocking and shown whole, scaled down to the width it is given and to at
 * most max-picture-height, with its caption and credit under it; media on the web is
 * never fetched, only offered as a link named by its caption. An address that is
 * neither (another scheme, an absolute path, no data file to be relative to) is said
 * not to be shown. An event with no media leaves the box hidden, so it takes no
 * space. A dataset's own media (a TimelineJS title slide's) are shown the same way. Every text is the file's, set as plain text.
 *
 * The children lie one under the other; pictures are measured here (their height
 * follows the width, up to the limit), everything else measures itself.
 */

#define G_LOG_DOMAIN "chronicle-media-box"

#include "config.h"

#include "chronicle-media-box.h"

#include <glib/gi18n.h>
#include <math.h>

#define SPACING 6
/* A picture file larger than this is not read (a data file could name anything). */
#define MAX_PICTURE_BYTES (64 * 1024 * 1024)

struct _ChronicleMediaBox
{
  GtkWidget     parent_instance;

  GCancellable *cancellable;
  GPtrArray    *urls;                /* the web addresses shown as links */
  int           max_picture_height;
  guint         n_loading;
};

enum {
  PROP_0,
  PROP_MAX_PICTURE_HEIGHT,
  PROP_N_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ChronicleMediaBox, chronicle_media_box, GTK_TYPE_WIDGET)

static gboolean
is_web_address (const char *url)
{
  return g_ascii_strncasecmp (url, "https://", 8) == 0 || g_ascii_strncasecmp (url, "http://", 7) == 0;
}

/* A caption or credit wraps, but is never squeezed below a short line (or its whole
 * text, if shorter): beside a long text (a presentation slide's) the box would be
 * given next to no width, and its words broken letter by letter. */
#define MIN_LINE_CHARS 12

static void
keep_a_line (GtkLabel *label)
{
  gtk_label_set_width_chars (label, (int) MIN (g_utf8_strlen (gtk_label_get_text (label), -1), MIN_LINE_CHARS));
}

static GtkWidget *
plain_label (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  keep_a_line (GTK_LABEL (label));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The picture's size at @width: the whole picture, no wider than @width nor taller
 * than the limit, never enlarged. */
static void
picture_size (ChronicleMediaBox *self,
              GtkPicture        *picture,
              int                width,
              int               *out_width,
              int               *out_height)
{
  GdkPaintable *paintable = gtk_picture_get_paintable (picture);
  double w, h, scale = 1;

  *out_width = *out_height = 0;
  if (paintable == NULL)
    return;
  w = gdk_paintable_get_intrinsic_width (paintable);
  h = gdk_paintable_get_intrinsic_height (paintable);
  if (w <= 0 || h <= 0)
    return;
  if (width >= 0 && w > width)
    scale = MIN (scale, width / w);
  if (self->max_picture_height > 0 && h * scale > self->max_picture_height)
    scale = self->max_picture_height / h;
  *out_width = (int) ceil (w * scale);
  *out_height = (int) ceil (h * scale);
}

static void
chronicle_media_box_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  ChronicleMediaBox *self = CHRONICLE_MEDIA_BOX (widget);
  int n = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0, child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      if (GTK_IS_PICTURE (child))
        {
          int w, h;

          picture_size (self, GTK_PICTURE (child), orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1, &w, &h);
          child_min = orientation == GTK_ORIENTATION_VERTICAL ? h : 0;
          child_nat = orientation == GTK_ORIENTATION_VERTICAL ? h : w;
        }
      else
        gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_VERTICAL)
        {
          *minimum += child_min + (n > 0 ? SPACING : 0);
          *natural += child_nat + (n > 0 ? SPACING : 0);
        }
      else
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      n++;
    }
}

static void
chronicle_media_box_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  ChronicleMediaBox *self = CHRONICLE_MEDIA_BOX (widget);
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int h = 0, w = width, x = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      if (GTK_IS_PICTURE (child))
        {
          picture_size (self, GTK_PICTURE (child), width, &w, &h);
          /* Pictures start where the text does. */
          x = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? width - w : 0;
        }
      else
        gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &h, NULL, NULL);
      gtk_widget_allocate (child, w, h, -1, gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y)));
      y += h + SPACING;
    }
}

static void
clear (ChronicleMediaBox *self)
{
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_ptr_array_set_size (self->urls, 0);
  if (self->n_loading != 0)
    {
      self->n_loading = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LOADING]);
    }
}

static void
loaded (ChronicleMediaBox *self)
{
  self->n_loading--;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LOADING]);
}

static void
show_problem (GtkWidget  *picture,
              const char *reason)
{
  GtkWidget *problem = g_object_get_data (G_OBJECT (picture), "problem");
  g_autofree char *text = NULL;

  /* Translators: in place of a picture that could not be shown: %1$s its address
   * in the data file, %2$s why (the system's message). */
  text = g_strdup_printf (_("Picture “%1$s” not shown: %2$s"),
                          (char *) g_object_get_data (G_OBJECT (picture), "url"), reason);
  gtk_label_set_text (GTK_LABEL (problem), text);
  gtk_widget_set_visible (problem, TRUE);
}

/* The picture's file is read: decoded here, or its place says why not. */
static void
on_bytes_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GtkWidget) picture = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  ChronicleMediaBox *self;

  bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || gtk_widget_get_parent (picture) == NULL)
    return;
  self = CHRONICLE_MEDIA_BOX (gtk_widget_get_parent (picture));
  if (bytes != NULL)
    texture = gdk_texture_new_from_bytes (bytes, &error);
  if (texture != NULL)
    {
      gtk_picture_set_paintable (GTK_PICTURE (picture), GDK_PAINTABLE (texture));
      gtk_widget_set_visible (picture, TRUE);
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  else
    {
      g_debug ("%s: %s", (char *) g_object_get_data (G_OBJECT (picture), "url"), error->message);
      show_problem (picture, error->message);
    }
  loaded (self);
}

/* Only a regular file of a sane size is read: not a device, a pipe or a huge file
 * that a hostile data file names. */
static void
on_info_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GtkWidget) picture = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, &error);
  ChronicleMediaBox *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || gtk_widget_get_parent (picture) == NULL)
    return;
  self = CHRONICLE_MEDIA_BOX (gtk_widget_get_parent (picture));
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      g_file_info_get_size (info) <= MAX_PICTURE_BYTES)
    {
      g_file_load_bytes_async (G_FILE (source), self->cancellable, on_bytes_loaded_cb, g_steal_pointer (&picture));
      return;
    }
  if (info != NULL)
    /* Translators: why a picture is not shown: the file is not an ordinary file, or too big. */
    show_problem (picture, _("not an ordinary file of at most 64 MB"));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    /* Translators: why a picture is not shown: its path (relative to the timeline's
     * file) names no file. */
    show_problem (picture, _("there is no such file next to the timeline’s file"));
  else
    show_problem (picture, error->message);
  loaded (self);
}

static void
add_picture (ChronicleMediaBox    *self,
             const ChronicleMedia *media,
             GFile                *file)
{
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *problem = plain_label (NULL, "dim-label");

  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), media->alt ? media->alt : media->caption);
  gtk_widget_add_css_class (picture, "media-picture");
  /* Shown once it has loaded. */
  gtk_widget_set_visible (picture, FALSE);
  g_object_set_data_full (G_OBJECT (picture), "url", g_strdup (media->url), g_free);
  g_object_set_data (G_OBJECT (picture), "problem", problem);
  gtk_widget_set_parent (picture, GTK_WIDGET (self));
  gtk_widget_set_visible (problem, FALSE);
  gtk_widget_set_parent (problem, GTK_WIDGET (self));

  self->n_loading++;
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, self->cancellable, on_info_cb,
                           g_object_ref (picture));
}

static void
add_media (ChronicleMediaBox    *self,
           const ChronicleMedia *media,
           GFile                *dir)
{
  gboolean caption_shown = FALSE;

  if (is_web_address (media->url))
    {
      /* Never fetched: a link, named by its caption. */
      GtkWidget *link = gtk_link_button_new_with_label (media->url, media->caption ? media->caption : media->url);
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (link));

      gtk_widget_set_tooltip_text (link, media->url);
      gtk_widget_set_halign (link, GTK_ALIGN_START);
      /* Neither a long caption nor a long address may widen the box (and so the
       * sidebar, which then folds away): a caption wraps, a bare address is one
       * line ellipsized in the middle, whole in its tooltip. */
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_xalign (GTK_LABEL (child), 0);
          if (media->caption != NULL)
            {
              gtk_label_set_wrap (GTK_LABEL (child), TRUE);
              gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
              keep_a_line (GTK_LABEL (child));
            }
          else
            {
              gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_MIDDLE);
              gtk_label_set_single_line_mode (GTK_LABEL (child), TRUE);
            }
        }
      gtk_widget_add_css_class (link, "media-link");
      gtk_widget_set_parent (link, GTK_WIDGET (self));
      g_ptr_array_add (self->urls, g_strdup (media->url));
      caption_shown = TRUE;
    }
  else if (dir != NULL && g_uri_peek_scheme (media->url) == NULL && !g_path_is_absolute (media->url))
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (dir, media->url);

      add_picture (self, media, file);
    }
  else
    {
      /* Translators: an event's media that Chronicle does not open; %s is its address. */
      g_autofree char *text = g_strdup_printf (_("Media not shown: %s"), media->url);

      gtk_widget_set_parent (plain_label (text, "dim-label"), GTK_WIDGET (self));
    }

  if (media->caption != NULL && !caption_shown)
    gtk_widget_set_parent (plain_label (media->caption, "media-caption"), GTK_WIDGET (self));
  if (media->credit != NULL)
    {
      GtkWidget *credit = plain_label (media->credit, "media-credit");

      gtk_widget_add_css_class (credit, "dim-label");
      gtk_widget_set_parent (credit, GTK_WIDGET (self));
    }
}

static void
chronicle_media_box_dispose (GObject *object)
{
  ChronicleMediaBox *self = CHRONICLE_MEDIA_BOX (object);

  if (self->urls != NULL)
    clear (self);

  G_OBJECT_CLASS (chronicle_media_box_parent_class)->dispose (object);
}

static void
chronicle_media_box_finalize (GObject *object)
{
  ChronicleMediaBox *self = CHRONICLE_MEDIA_BOX (object);

  g_clear_pointer (&self->urls, g_ptr_array_unref);

  G_OBJECT_CLASS (chronicle_media_box_parent_class)->finalize (object);
}

static void
chronicle_media_box_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ChronicleMediaBox *self = CHRONICLE_MEDIA_BOX (object);

  switch (prop_id)
    {
    case PROP_MAX_PICTURE_HEIGHT:
      g_value_set_int (value, chronicle_media_box_get_max_picture_height (self));
      break;
    case PROP_N_LOADING:
      g_value_set_uint (value, chronicle_media_box_get_n_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_media_box_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ChronicleMediaBox *self = CHRONICLE_MEDIA_BOX (object);

  switch (prop_id)
    {
    case PROP_MAX_PICTURE_HEIGHT:
      chronicle_media_box_set_max_picture_height (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_media_box_class_init (ChronicleMediaBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chronicle_media_box_dispose;
  object_class->finalize = chronicle_media_box_finalize;
  object_class->get_property = chronicle_media_box_get_property;
  object_class->set_property = chronicle_media_box_set_property;
  widget_class->measure = chronicle_media_box_measure;
  widget_class->size_allocate = chronicle_media_box_size_allocate;

  /**
   * ChronicleMediaBox:max-picture-height:
   *
   * The tallest a picture is shown, in pixels; 0 for no limit but the width.
   */
  properties[PROP_MAX_PICTURE_HEIGHT] =
    g_param_spec_int ("max-picture-height", NULL, NULL, 0, G_MAXINT, 240,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChronicleMediaBox:n-loading:
   *
   * How many pictures are still being read.
   */
  properties[PROP_N_LOADING] =
    g_param_spec_uint ("n-loading", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "media");
}

static void
chronicle_media_box_init (ChronicleMediaBox *self)
{
  self->urls = g_ptr_array_new_with_free_func (g_free);
  self->max_picture_height = 240;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
chronicle_media_box_new (void)
{
  return g_object_new (CHRONICLE_TYPE_MEDIA_BOX, NULL);
}

/* Empties the box for new media; @dir: where local pictures are found, if anywhere. */
static void
begin (ChronicleMediaBox  *self,
       GFile              *data_file,
       GFile             **dir)
{
  clear (self);
  self->cancellable = g_cancellable_new ();
  *dir = data_file != NULL ? g_file_get_parent (data_file) : NULL;
}

/* Shows the box when it has @n media, hides it (no space) when none. */
static void
end (ChronicleMediaBox *self,
     guint              n)
{
  if (self->n_loading > 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LOADING]);
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * chronicle_media_box_set_event:
 * @event: (nullable): whose media to show
 * @data_file: (nullable): the file @event was read from; local pictures are
 *   relative to it, and none is shown without it
 *
 * Shows @event's media; the box is hidden when it has none.
 */
void
chronicle_media_box_set_event (ChronicleMediaBox *self,
                               ChronicleEvent    *event,
                               GFile             *data_file)
{
  g_autoptr(GFile) dir = NULL;
  guint n;

  g_return_if_fail (CHRONICLE_IS_MEDIA_BOX (self));
  g_return_if_fail (event == NULL || CHRONICLE_IS_EVENT (event));
  g_return_if_fail (data_file == NULL || G_IS_FILE (data_file));

  begin (self, data_file, &dir);
  n = event != NULL ? chronicle_event_get_n_media (event) : 0;
  for (guint i = 0; i < n; i++)
    add_media (self, chronicle_event_get_media (event, i), dir);
  end (self, n);
}

/**
 * chronicle_media_box_set_dataset:
 * @dataset: (nullable): whose own media to show (a TimelineJS title slide's)
 * @data_file: (nullable): the file @dataset was read from; local pictures are
 *   relative to it, and none is shown without it
 *
 * Shows the media of @dataset as a whole; the box is hidden when it has none.
 */
void
chronicle_media_box_set_dataset (ChronicleMediaBox *self,
                                 ChronicleDataset  *dataset,
                                 GFile             *data_file)
{
  g_autoptr(GFile) dir = NULL;
  guint n;

  g_return_if_fail (CHRONICLE_IS_MEDIA_BOX (self));
  g_return_if_fail (dataset == NULL || CHRONICLE_IS_DATASET (dataset));
  g_return_if_fail (data_file == NULL || G_IS_FILE (data_file));

  begin (self, data_file, &dir);
  n = dataset != NULL ? chronicle_dataset_get_n_media (dataset) : 0;
  for (guint i = 0; i < n; i++)
    add_media (self, chronicle_dataset_get_media (dataset, i), dir);
  end (self, n);
}

int
chronicle_media_box_get_max_picture_height (ChronicleMediaBox *self)
{
  g_return_val_if_fail (CHRONICLE_IS_MEDIA_BOX (self), 0);
  return self->max_picture_height;
}

void
chronicle_media_box_set_max_picture_height (ChronicleMediaBox *self,
                                            int                height)
{
  g_return_if_fail (CHRONICLE_IS_MEDIA_BOX (self));

  height = MAX (height, 0);
  if (self->max_picture_height == height)
    return;
  self->max_picture_height = height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_PICTURE_HEIGHT]);
}

/**
 * chronicle_media_box_shows_url:
 * @url: a web address
 *
 * Returns: whether @url is one of the media shown as a link (so a list of the
 *   event's links can leave it out)
 */
gboolean
chronicle_media_box_shows_url (ChronicleMediaBox *self,
                               const char        *url)
{
  g_return_val_if_fail (CHRONICLE_IS_MEDIA_BOX (self), FALSE);

  for (guint i = 0; i < self->urls->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->urls, i), url) == 0)
      return TRUE;
  return FALSE;
}

guint
chronicle_media_box_get_n_loading (ChronicleMediaBox *self)
{
  g_return_val_if_fail (CHRONICLE_IS_MEDIA_BOX (self), 0);
  return self->n_loading;
}
