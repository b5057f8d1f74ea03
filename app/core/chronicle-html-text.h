/* chronicle-html-text.h — TimelineJS's HTML as plain text, through libxml2's HTML parser.
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * ChronicleHtmlLink:
 * @url: an absolute http(s) address, as written in `href`
 * @text: (nullable): the link's text, as plain text
 */
typedef struct
{
  char *url;
  char *text;
} ChronicleHtmlLink;

void  chronicle_html_link_free      (ChronicleHtmlLink  *link);
char *chronicle_html_text_parse     (const char         *html,
                                     GPtrArray         **links);
char *chronicle_html_text_parse_quote (const char       *html,
                                       GPtrArray       **links);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChronicleHtmlLink, chronicle_html_link_free)

G_END_DECLS
