/* chronicle-list-widths.c — how wide each column of the List page is
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The List page's sizing policy, apart from its widgets: fed the width of each row's
 * date, kind and partners text (measured in the list's font by ChronicleEventList) and
 * each title, it keeps each column's longest and typical width, and shares a list's
 * width between the columns. Columns other than the title are as wide as their longest
 * text (or their header), at most a cap of average characters, so they follow the text
 * size and the language. The title, the main datum, takes what they leave: where that
 * is less than its longest title, they give way first down to what nine in ten of their
 * rows need (one long date or kind no longer starves every title), then the partners,
 * then the date and the kind further, until the title has three eighths of the width.
 */

#include "config.h"

#include "chronicle-list-widths.h"

#include <string.h>

static const int max_width_chars[] = { [CHRONICLE_LIST_DATE] = 40, [CHRONICLE_LIST_KIND] = 30,
                                       [CHRONICLE_LIST_TITLE] = 0, [CHRONICLE_LIST_PARTNERS] = 24 };
#define TITLE_WANT_CHARS 60

/* Starts measuring anew, in a font whose average character is @char_width pixels. */
void
chronicle_list_widths_begin (ChronicleListWidths *self,
                             int                  char_width)
{
  chronicle_list_widths_clear (self);
  memset (self, 0, sizeof *self);
  for (guint c = 0; c < CHRONICLE_LIST_N_COLUMNS; c++)
    {
      self->cap[c] = max_width_chars[c] * MAX (char_width, 1);
      if (c != CHRONICLE_LIST_TITLE)
        self->counts[c] = g_new0 (guint, self->cap[c] + 1);
    }
}

/* One row's text in @column (not the title) is @text_width pixels wide. */
void
chronicle_list_widths_add (ChronicleListWidths *self,
                           ChronicleListColumn  column,
                           int                  text_width)
{
  g_return_if_fail (column < CHRONICLE_LIST_N_COLUMNS && self->counts[column] != NULL);

  self->longest[column] = MAX (self->longest[column], text_width);
  self->counts[column][CLAMP (text_width, 0, self->cap[column])]++;
  self->n_rows[column]++;
}

/* One row's title (only its length in characters counts). */
void
chronicle_list_widths_add_title (ChronicleListWidths *self,
                                 const char          *title)
{
  self->longest_title = MAX (self->longest_title, g_utf8_strlen (title, -1));
}

/* Done measuring: @header_widths are the column titles' widths; @padding what a cell
 * and a header (its sort arrow) add to a text. */
void
chronicle_list_widths_end (ChronicleListWidths *self,
                           const int           *header_widths,
                           int                  char_width,
                           int                  padding)
{
  for (guint c = 0; c < CHRONICLE_LIST_N_COLUMNS; c++)
    {
      int longest, typical;
      guint below = 0;

      if (c == CHRONICLE_LIST_TITLE)
        continue;
      longest = MAX (self->longest[c], header_widths[c]);
      self->over_cap[c] = longest > self->cap[c];
      self->widest[c] = MIN (longest, self->cap[c]) + padding;
      /* The width nine in ten rows' texts fit in, and the header's. */
      for (typical = 0; typical < self->cap[c]; typical++)
        {
          if ((guint64) (below + self->counts[c][typical]) * 10 >= (guint64) self->n_rows[c] * 9)
            break;
          below += self->counts[c][typical];
        }
      self->typical[c] = MIN (MAX (typical, header_widths[c]), self->cap[c]) + padding;
      g_clear_pointer (&self->counts[c], g_free);
    }
  self->title_min = CHRONICLE_LIST_TITLE_MIN_CHARS * char_width + padding;
  self->title_want = (int) MIN (self->longest_title, TITLE_WANT_CHARS) * char_width + padding;
  self->partners_min = MIN (self->widest[CHRONICLE_LIST_PARTNERS], 8 * char_width + padding);
}

/* A column that is not shown (Partners, for data that names none) takes no width. */
void
chronicle_list_widths_hide (ChronicleListWidths *self,
                            ChronicleListColumn  column)
{
  g_return_if_fail (column != CHRONICLE_LIST_TITLE && column < CHRONICLE_LIST_N_COLUMNS);

  self->widest[column] = 0;
  self->typical[column] = 0;
  self->over_cap[column] = FALSE;
  if (column == CHRONICLE_LIST_PARTNERS)
    self->partners_min = 0;
}

/* Takes up to @need pixels from the @n columns @cols of @w, each down to no less than
 * its @floor, in proportion to what each has above it; returns what it took. */
static int
take_width (int                       *w,
            const int                 *floor,
            const ChronicleListColumn *cols,
            guint                      n,
            int                        need)
{
  int room = 0, taken = 0;

  for (guint i = 0; i < n; i++)
    room += MAX (0, w[cols[i]] - floor[cols[i]]);
  if (need <= 0 || room <= 0)
    return 0;
  for (guint i = 0; i < n; i++)
    {
      int above = MAX (0, w[cols[i]] - floor[cols[i]]);
      int take = MIN (above, need >= room ? above : (int) ((double) above * need / room + 0.5));

      w[cols[i]] -= take;
      taken += take;
    }
  return taken;
}

/* Each column's width in a list @width wide (the title's: what the others leave), and
 * whether it cuts some of its texts. */
void
chronicle_list_widths_fit (const ChronicleListWidths *self,
                           int                        width,
                           int                       *w,
                           gboolean                  *cut)
{
  static const ChronicleListColumn others[] = { CHRONICLE_LIST_DATE, CHRONICLE_LIST_KIND,
                                                CHRONICLE_LIST_PARTNERS };
  int floor[CHRONICLE_LIST_N_COLUMNS] = { 0 };
  int title = width;

  for (guint c = 0; c < CHRONICLE_LIST_N_COLUMNS; c++)
    {
      w[c] = c == CHRONICLE_LIST_TITLE ? 0 : self->widest[c];
      title -= w[c];
    }
  if (width > 0)
    {
      int want = MAX (self->title_want, self->title_min);
      int fair = MAX (self->title_min, MIN (want, width * 3 / 8));

      /* What most rows need… */
      title += take_width (w, self->typical, others, G_N_ELEMENTS (others), want - title);
      /* …the partners down to a few characters… */
      floor[CHRONICLE_LIST_PARTNERS] = self->partners_min;
      title += take_width (w, floor, &others[2], 1, fair - title);
      /* …the date and the kind down to three tenths, if it must be. */
      floor[CHRONICLE_LIST_DATE] = self->widest[CHRONICLE_LIST_DATE] * 3 / 10;
      floor[CHRONICLE_LIST_KIND] = self->widest[CHRONICLE_LIST_KIND] * 3 / 10;
      title += take_width (w, floor, others, 2, fair - title);
    }
  w[CHRONICLE_LIST_TITLE] = MAX (title, 0);
  for (guint c = 0; c < CHRONICLE_LIST_N_COLUMNS; c++)
    cut[c] = c != CHRONICLE_LIST_TITLE && (w[c] < self->widest[c] || self->over_cap[c]);
}

/* Frees what measuring holds, if it was left half way. */
void
chronicle_list_widths_clear (ChronicleListWidths *self)
{
  for (guint c = 0; c < CHRONICLE_LIST_N_COLUMNS; c++)
    g_clear_pointer (&self->counts[c], g_free);
}
