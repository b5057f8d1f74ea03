/* ui-test-util.h — what every UI test needs: waiting for a condition, finding widgets,
 * a window with the bundled dataset, and a private application to run them in
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "chronicle-application.h"
#include "chronicle-window.h"

G_BEGIN_DECLS

typedef gboolean (*UiTestCondition) (gpointer data);
typedef gboolean (*UiTestMatch)     (GtkWidget *widget, gconstpointer data);

gboolean              ui_test_wait_until        (UiTestCondition  done,
                                                 gpointer         data,
                                                 guint            timeout_ms);
GtkWidget            *ui_test_find_where        (GtkWidget       *root,
                                                 UiTestMatch      match,
                                                 gconstpointer    data);
GtkWidget            *ui_test_find              (GtkWidget       *root,
                                                 const char      *type_name,
                                                 const char      *css_class,
                                                 const char      *label);
GtkWidget            *ui_test_find_type         (GtkWidget       *root,
                                                 GType            type);
GtkWidget            *ui_test_find_text         (GtkWidget       *root,
                                                 const char      *text);
GtkWidget            *ui_test_find_label        (GtkWidget       *root,
                                                 const char      *text);
GtkWidget            *ui_test_find_menu_button  (GtkWidget       *root,
                                                 const char      *label);
gboolean              ui_test_is_mapped         (gpointer         widget);
gboolean              ui_test_window_loaded     (gpointer         window);
gboolean              ui_test_dataset_changed   (gpointer         pair);
gboolean              ui_test_is_recent         (gpointer         file);
ChronicleWindow      *ui_test_open_bundled      (int              width,
                                                 int              height);
ChronicleApplication *ui_test_init              (int             *argc,
                                                 char          ***argv);
int                   ui_test_run               (void);
void                  ui_test_finish            (void);

G_END_DECLS
