/* chronicle-media-box.h — an event's pictures, or links to its media
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "chronicle-dataset.h"
#include "chronicle-event.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_MEDIA_BOX (chronicle_media_box_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleMediaBox, chronicle_media_box, CHRONICLE, MEDIA_BOX, GtkWidget)

GtkWidget *chronicle_media_box_new                    (void);
void       chronicle_media_box_set_event              (ChronicleMediaBox *self,
                                                       ChronicleEvent    *event,
                                                       GFile             *data_file);
void       chronicle_media_box_set_dataset            (ChronicleMediaBox *self,
                                                       ChronicleDataset  *dataset,
                                                       GFile             *data_file);
int        chronicle_media_box_get_max_picture_height (ChronicleMediaBox *self);
void       chronicle_media_box_set_max_picture_height (ChronicleMediaBox *self,
                                                       int                height);
gboolean   chronicle_media_box_shows_url              (ChronicleMediaBox *self,
                                                       const char        *url);
guint      chronicle_media_box_get_n_loading          (ChronicleMediaBox *self);

G_END_DECLS
