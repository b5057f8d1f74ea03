/* chronicle-window-private.h — what the window and its actions share
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "chronicle-document-controller.h"
#include "chronicle-event-list.h"
#include "chronicle-filter-bar.h"
#include "chronicle-overview.h"
#include "chronicle-presentation.h"
#include "chronicle-problems-dialog.h"
#include "chronicle-session.h"
#include "chronicle-sidebar.h"
#include "chronicle-window.h"
#include "chronicle-wrap-layout.h"

G_BEGIN_DECLS

struct _ChronicleWindow
{
  AdwApplicationWindow   parent_instance;

  GSettings             *settings;           /* NULL without the schema: nothing is remembered */
  ChronicleDocumentController     *document;
  GtkFileChooserNative  *file_chooser;
  GMenu                 *recent_menu;
  guint                  loading_page_id;    /* shows the loading page if a load is slow */
  gboolean               flap_was_revealed;  /* before presenting */
  char                  *requested_event;    /* --event: selected after the next load */
  gboolean               requested_present;  /* --present: presenting after the next load */
  char                  *problems_summary;   /* the problems banner's sentence */

  /* Template objects and widgets */
  ChronicleSession      *session;
  AdwHeaderBar          *header_bar;
  AdwSqueezer           *title_squeezer;     /* title and switcher, or the title alone */
  GtkLabel              *title_label;        /* the dataset's title; the other pages' copy it */
  GtkLabel              *subtitle_label;     /* its file name, or "Bundled dataset" */
  GtkWidget             *title_alone;        /* the squeezer's page without a switcher */
  AdwViewSwitcherBar    *switcher_bar;       /* under the views while the title is alone */
  GtkMenuButton         *primary_menu_button;
  GMenu                 *primary_menu;       /* its popover is made when it first opens */
  AdwToastOverlay       *toast_overlay;
  AdwToast              *range_toast;        /* "Range selected", while it is shown (weak) */
  GtkStack              *main_stack;
  GtkProgressBar        *loading_progress;
  GtkWidget             *zoom_box;
  GtkWidget             *sidebar_button;
  GtkWidget             *filter_slot;
  GtkRevealer           *filter_revealer;
  ChronicleFilterBar    *filter_bar;
  GtkRevealer           *loading_banner;
  GtkLabel              *loading_label;
  GtkProgressBar        *banner_progress;
  GtkRevealer           *problems_banner;
  GtkLabel              *problems_label;
  GtkLabel              *problems_detail;
  AdwFlap               *flap;
  AdwViewStack          *view_stack;
  ChronicleEventList    *event_list;
  ChronicleSidebar      *sidebar;
  ChronicleTimelineView *timeline_view;
  ChronicleOverview     *overview;
  ChroniclePresentation *presentation;
};

void _chronicle_window_class_add_actions (GtkWidgetClass  *widget_class);
void _chronicle_window_init_actions      (ChronicleWindow *self);
void _chronicle_window_update_actions    (ChronicleWindow *self);
void _chronicle_window_set_presenting    (ChronicleWindow *self,
                                          gboolean         presenting,
                                          gboolean         from_selection);
void _chronicle_window_focus_timeline    (ChronicleWindow *self);
GtkFileFilter *_chronicle_window_new_timeline_filter (void);

G_END_DECLS
