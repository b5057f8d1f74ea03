/* chronicle-filter-bar-private.h — what the filter bar's files share: its instance
 * struct and the kinds' part (chronicle-filter-bar-kinds.c)
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-filter-bar.h"
#include "chronicle-filter-picker.h"
#include "chronicle-filter-years.h"

G_BEGIN_DECLS

/* At most this many chips, for the kinds with the most events: a file with 100k
 * TimelineJS groups (one kind each) must not make 100k buttons. */
#define MAX_CHIPS 30
/* A chip's label is shortened past this many characters. */
#define CHIP_MAX_CHARS 40
/* Lines of chips shown before they scroll. */
#define MAX_CHIP_LINES 3
#define CHIP_LINE_SPACING 6

struct _ChronicleFilterBar
{
  GtkWidget         parent_instance;

  ChronicleSession *session;
  GSignalGroup     *session_signals;
  ChronicleFilter  *filter;        /* the session's */
  ChronicleDataset *dataset;
  char             *language;

  GtkWidget        *box;           /* vertical */
  GtkWidget        *search;
  GtkWidget        *kinds;         /* the row of the chips and the More Kinds picker */
  GtkWidget        *chips_box;     /* the toggle chips, wrapping */
  GtkWidget        *chips_scroller; /* scrolls them past MAX_CHIP_LINES lines */
  GtkWidget        *controls;      /* the row of the search, pickers, years… */
  GtkWidget        *controls_focus;  /* weak: the control the row's Tab stop returns to */
  GtkWidget        *kinds_focus;     /* weak: likewise for the chips */
  ChronicleFilterPicker *partners_picker;
  ChronicleFilterPicker *people_picker;
  ChronicleFilterPicker *kinds_picker;   /* the kinds without a chip */
  ChronicleFilterYears *years;
  GtkWidget        *hide_button;
  GtkWidget        *clear_button;
  GtkWidget        *status;
  GHashTable       *chips;         /* kind id → GtkToggleButton */
  guint             fit_chips_id;  /* fits the chips' scroller after an allocation */
  gboolean          updating;
};

void        _chronicle_filter_bar_apply_kinds     (ChronicleFilterBar    *self);
void        _chronicle_filter_bar_fit_chips_later (ChronicleFilterBar    *self);
void        _chronicle_filter_bar_add_chips       (ChronicleFilterBar    *self,
                                                   ChronicleDataset      *dataset,
                                                   GHashTable            *counts);
void        _chronicle_filter_bar_label_chips     (ChronicleFilterBar    *self,
                                                   GHashTable            *kind_counts);
void        _chronicle_filter_bar_show_kinds      (ChronicleFilterBar    *self);
const char *_chronicle_filter_bar_kind_label      (ChronicleFilterBar    *self,
                                                   const char            *id);
void        _chronicle_filter_bar_fill_kinds      (ChronicleFilterPicker *picker,
                                                   gpointer               user_data);
int         _chronicle_filter_bar_compare_labels  (gconstpointer          a,
                                                   gconstpointer          b);

G_END_DECLS
