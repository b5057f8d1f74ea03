/* chronicle-presentation-caption.h — the large caption of presentation mode
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "chronicle-dataset.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_PRESENTATION_CAPTION (chronicle_presentation_caption_get_type ())

G_DECLARE_FINAL_TYPE (ChroniclePresentationCaption, chronicle_presentation_caption,
                      CHRONICLE, PRESENTATION_CAPTION, GtkWidget)

void chronicle_presentation_caption_show_title             (ChroniclePresentationCaption *self,
                                                            ChronicleDataset             *dataset,
                                                            const char                   *language,
                                                            guint                         n_events,
                                                            GFile                        *data_file);
void chronicle_presentation_caption_show_event             (ChroniclePresentationCaption *self,
                                                            ChronicleDataset             *dataset,
                                                            ChronicleEvent               *event,
                                                            const char                   *language,
                                                            GFile                        *data_file);
void chronicle_presentation_caption_set_max_picture_height (ChroniclePresentationCaption *self,
                                                            int                           height);

G_END_DECLS
