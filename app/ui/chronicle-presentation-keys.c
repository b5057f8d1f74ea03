/* chronicle-presentation-keys.c — what moves presentation mode on: keys and autoplay
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The keys of presentation clickers and keyboards, which the presentation takes from
 * the whole window while presenting (a controller on the root, in the capture phase):
 * PageDown/Space/→/↓ next, PageUp/←/↑ previous, Home the title slide, End the last
 * event, Escape leaves, B or . blanks the screen; and autoplay, P, which steps on by
 * itself at a pace [ and ] change, paused by any other key.
 */

#define G_LOG_DOMAIN "chronicle-presentation"

#include "config.h"

#include "chronicle-presentation-private.h"

void
_chronicle_presentation_stop_autoplay (ChroniclePresentation *self)
{
  if (self->autoplay_id == 0)
    return;
  g_clear_handle_id (&self->autoplay_id, g_source_remove);
  _chronicle_presentation_update_progress (self);
}

static gboolean
autoplay_cb (gpointer user_data)
{
  ChroniclePresentation *self = user_data;

  if (self->step + 1 >= (int) self->steps->len)
    {
      self->autoplay_id = 0;
      _chronicle_presentation_update_progress (self);
      return G_SOURCE_REMOVE;
    }
  _chronicle_presentation_show_step (self, self->step + 1);
  return G_SOURCE_CONTINUE;
}

void
_chronicle_presentation_start_autoplay (ChroniclePresentation *self)
{
  g_clear_handle_id (&self->autoplay_id, g_source_remove);
  if (self->autoplay_interval != 0)
    self->autoplay_id = g_timeout_add (self->autoplay_interval, autoplay_cb, self);
  else
    self->autoplay_id = g_timeout_add_seconds (self->autoplay_seconds, autoplay_cb, self);
  _chronicle_presentation_update_progress (self);
}

gboolean
_chronicle_presentation_key_pressed (ChroniclePresentation *self,
                                     guint                  keyval,
                                     guint                  keycode,
                                     GdkModifierType        state,
                                     GtkEventControllerKey *controller)
{
  if (!self->presenting)
    return FALSE;

  /* Any key but P pauses autoplay. */
  if (keyval != GDK_KEY_p && keyval != GDK_KEY_P && keyval != GDK_KEY_bracketleft && keyval != GDK_KEY_bracketright)
    _chronicle_presentation_stop_autoplay (self);

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Page_Down:
      _chronicle_presentation_show_step (self, self->step + 1);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Page_Up:
      _chronicle_presentation_show_step (self, self->step - 1);
      return TRUE;
    case GDK_KEY_Home:
      _chronicle_presentation_show_step (self, TITLE_STEP);
      return TRUE;
    case GDK_KEY_End:
      _chronicle_presentation_show_step (self, (int) self->steps->len - 1);
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
        _chronicle_presentation_stop_autoplay (self);
      else
        {
          /* On the last slide there is nothing to play on to: the story plays again
           * from its title slide (it showed "▶" for a step, then stopped silently). */
          if (self->step + 1 >= (int) self->steps->len)
            _chronicle_presentation_show_step (self, TITLE_STEP);
          _chronicle_presentation_start_autoplay (self);
        }
      return TRUE;
    case GDK_KEY_bracketleft:
      chronicle_presentation_set_autoplay_seconds (self, MIN (self->autoplay_seconds + 2, MAX_AUTOPLAY_SECONDS));
      if (self->autoplay_id != 0)
        _chronicle_presentation_start_autoplay (self);
      return TRUE;
    case GDK_KEY_bracketright:
      chronicle_presentation_set_autoplay_seconds (self, MAX ((int) self->autoplay_seconds - 2, MIN_AUTOPLAY_SECONDS));
      if (self->autoplay_id != 0)
        _chronicle_presentation_start_autoplay (self);
      return TRUE;
    default:
      return FALSE;
    }
}
