/* chronicle-filter-picker.h — a searchable list of check boxes behind a button
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CHRONICLE_TYPE_FILTER_PICKER (chronicle_filter_picker_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleFilterPicker, chronicle_filter_picker, CHRONICLE, FILTER_PICKER, GtkWidget)

/* Called when the picker opens with no items: add them with chronicle_filter_picker_add(). */
typedef void (*ChronicleFilterPickerFillFunc) (ChronicleFilterPicker *picker,
                                               gpointer               user_data);

GtkWidget          *chronicle_filter_picker_new           (const char                    *title,
                                                           const char                    *placeholder);
void                chronicle_filter_picker_set_fill_func (ChronicleFilterPicker         *self,
                                                           ChronicleFilterPickerFillFunc  func,
                                                           gpointer                       user_data);
void                chronicle_filter_picker_add           (ChronicleFilterPicker         *self,
                                                           const char                    *value,
                                                           const char                    *label);
void                chronicle_filter_picker_add_counted   (ChronicleFilterPicker         *self,
                                                           const char                    *value,
                                                           const char                    *label,
                                                           guint                          count);
gboolean            chronicle_filter_picker_get_open      (ChronicleFilterPicker         *self);
void                chronicle_filter_picker_invalidate    (ChronicleFilterPicker         *self);
void                chronicle_filter_picker_set_title     (ChronicleFilterPicker         *self,
                                                           const char                    *title);
const char * const *chronicle_filter_picker_get_picked    (ChronicleFilterPicker         *self);
void                chronicle_filter_picker_set_picked    (ChronicleFilterPicker         *self,
                                                           const char * const            *values,
                                                           const char                    *first_label);

G_END_DECLS
