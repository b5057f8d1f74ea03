/* chronicle-event.h
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "chronicle-date.h"

G_BEGIN_DECLS

#define CHRONICLE_TYPE_EVENT (chronicle_event_get_type ())

G_DECLARE_FINAL_TYPE (ChronicleEvent, chronicle_event, CHRONICLE, EVENT, GObject)

typedef enum
{
  CHRONICLE_DIRECTION_NONE = 0,
  CHRONICLE_DIRECTION_INBOUND,
  CHRONICLE_DIRECTION_OUTBOUND,
} ChronicleDirection;

/**
 * ChronicleSource:
 * @document: id of the cited document
 * @quote: (nullable): the sentence quoted verbatim from it
 */
typedef struct
{
  const char *document;
  const char *quote;
} ChronicleSource;

/**
 * ChronicleMedia:
 * @url: where the picture, video or sound is: an http(s) address, or a path
 *   relative to the file it was read from
 * @caption: (nullable): plain text shown with it
 * @credit: (nullable): who made it, plain text
 * @alt: (nullable): what it shows, for those who cannot see it
 * @thumbnail: (nullable): a small picture standing for it (TimelineJS's
 *   `media.thumbnail`, the spreadsheet's Media Thumbnail), as written: an http(s)
 *   address or a path relative to the file
 */
typedef struct
{
  const char *url;
  const char *caption;
  const char *credit;
  const char *alt;
  const char *thumbnail;
} ChronicleMedia;

/**
 * ChronicleBackground:
 * @color: (nullable): a colour, as the file writes it: `#rgb`, `#rrggbb` or a CSS
 *   colour name such as `papayawhip` (nothing else is kept)
 * @url: (nullable): a picture behind the slide: an http(s) address or a path
 *   relative to the file
 *
 * A TimelineJS slide's background (its `background`, the spreadsheet's Background
 * column); at least one of the two is set.
 */
typedef struct
{
  const char *color;
  const char *url;
} ChronicleBackground;

const char          *chronicle_event_get_id             (ChronicleEvent  *self);
const char          *chronicle_event_get_kind           (ChronicleEvent  *self);
ChronicleDirection   chronicle_event_get_direction      (ChronicleEvent  *self);
const ChronicleDate *chronicle_event_get_start          (ChronicleEvent  *self);
const ChronicleDate *chronicle_event_get_end            (ChronicleEvent  *self);
gint64               chronicle_event_get_first_day      (ChronicleEvent  *self);
gint64               chronicle_event_get_end_day        (ChronicleEvent  *self);
double               chronicle_event_get_start_position (ChronicleEvent  *self);
double               chronicle_event_get_end_position   (ChronicleEvent  *self);
const char          *chronicle_event_get_title          (ChronicleEvent  *self);
const char          *chronicle_event_get_description    (ChronicleEvent  *self);
const char          *chronicle_event_get_place          (ChronicleEvent  *self);
const char * const  *chronicle_event_get_people         (ChronicleEvent  *self);
const char * const  *chronicle_event_get_partners       (ChronicleEvent  *self);
const char * const  *chronicle_event_get_links          (ChronicleEvent  *self);
const char          *chronicle_event_get_link_title     (ChronicleEvent  *self,
                                                         guint            i);
const char          *chronicle_event_get_display_date   (ChronicleEvent  *self);
gboolean             chronicle_event_title_is_made      (ChronicleEvent  *self);
guint                chronicle_event_get_n_media        (ChronicleEvent  *self);
const ChronicleMedia *chronicle_event_get_media         (ChronicleEvent  *self,
                                                         guint            i);
const ChronicleBackground *chronicle_event_get_background (ChronicleEvent *self);
const char * const  *chronicle_event_get_tags           (ChronicleEvent  *self);
gboolean             chronicle_event_get_relation       (ChronicleEvent  *self,
                                                         const char     **partner,
                                                         const char     **from,
                                                         const char     **to);
guint                chronicle_event_get_n_sources      (ChronicleEvent  *self);
const ChronicleSource *chronicle_event_get_source       (ChronicleEvent  *self,
                                                         guint            i);
const char          *chronicle_event_get_translated     (ChronicleEvent  *self,
                                                         const char      *language,
                                                         const char      *field);
guint                chronicle_event_get_n_translations (ChronicleEvent *self);
const char          *chronicle_event_get_translation    (ChronicleEvent  *self,
                                                         guint            i,
                                                         const char     **title,
                                                         const char     **description,
                                                         const char     **place);
guint                chronicle_event_get_file_index     (ChronicleEvent  *self);
gboolean             chronicle_event_has_partner        (ChronicleEvent  *self,
                                                         const char      *partner);
gboolean             chronicle_event_has_person         (ChronicleEvent  *self,
                                                         const char      *person);

G_END_DECLS
