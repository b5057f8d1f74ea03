/* chronicle-list-widths.h — how wide each column of the List page is
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The List page's columns, in their order. */
typedef enum {
  CHRONICLE_LIST_DATE,
  CHRONICLE_LIST_KIND,
  CHRONICLE_LIST_TITLE,
  CHRONICLE_LIST_PARTNERS,
  CHRONICLE_LIST_N_COLUMNS
} ChronicleListColumn;

/* The title column's least width, in average characters. */
#define CHRONICLE_LIST_TITLE_MIN_CHARS 16

typedef struct
{
  /*< private >*/
  int      widest[CHRONICLE_LIST_N_COLUMNS];   /* the column's longest text, padded */
  int      typical[CHRONICLE_LIST_N_COLUMNS];  /* what nine in ten of its rows need, padded */
  gboolean over_cap[CHRONICLE_LIST_N_COLUMNS]; /* some text is wider than its cap */
  int      title_min;                          /* the title column's least width */
  int      title_want;                         /* its width for its longest title */
  int      partners_min;                       /* the partners column's, when it gives way */

  /* While measuring. */
  int      cap[CHRONICLE_LIST_N_COLUMNS];
  guint   *counts[CHRONICLE_LIST_N_COLUMNS];   /* how many rows' texts are each width */
  guint    n_rows[CHRONICLE_LIST_N_COLUMNS];
  int      longest[CHRONICLE_LIST_N_COLUMNS];
  glong    longest_title;                      /* in characters */
} ChronicleListWidths;

void chronicle_list_widths_begin     (ChronicleListWidths *self,
                                      int                  char_width);
void chronicle_list_widths_add       (ChronicleListWidths *self,
                                      ChronicleListColumn  column,
                                      int                  text_width);
void chronicle_list_widths_add_title (ChronicleListWidths *self,
                                      const char          *title);
void chronicle_list_widths_end       (ChronicleListWidths *self,
                                      const int           *header_widths,
                                      int                  char_width,
                                      int                  padding);
void chronicle_list_widths_hide      (ChronicleListWidths *self,
                                      ChronicleListColumn  column);
void chronicle_list_widths_fit       (const ChronicleListWidths *self,
                                      int                        width,
                                      int                       *widths,
                                      gboolean                  *cut);
void chronicle_list_widths_clear     (ChronicleListWidths *self);

G_END_DECLS
