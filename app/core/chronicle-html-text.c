/* chronicle-html-text.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "chronicle-html-text"

#include "config.h"

#include "chronicle-html-text.h"

#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

/* TimelineJS text is HTML, shown by a browser. Chronicle shows it as plain text
 * (never as markup), so it is parsed the way a browser would parse it — by libxml2's
 * HTML parser, which decodes every entity, keeps a bare "<" that starts no tag as
 * text and tolerates broken markup — and the tree is turned into text:
 *   - paragraphs, headings, block quotes, lists and tables are separated by a blank
 *     line, other blocks (div, tr) and <br> by a line break;
 *   - list items start a line with "• " (or "1. " in an ordered list);
 *   - a quote's <cite> (in a <blockquote>) starts a line with "— ", as TimelineJS
 *     shows a quotation's source under it;
 *   - white space is collapsed as a browser collapses it, except inside <pre>;
 *   - <script>, <style>, <template>, <noscript> and comments are dropped;
 *   - <a href> with an absolute http(s) address is collected as a link with its text;
 *   - an element of class "chronicle-links" holds links only: they are collected, its
 *     text is not part of the text. Chronicle writes an event's links that are not on
 *     words of its text so (chronicle-writer.c): a browser, and so TimelineJS, shows
 *     them as a paragraph of links; Chronicle reads them back as links, and the text
 *     as it was.
 * The walk is iterative: deeply nested markup cannot exhaust the stack. */

typedef struct
{
  GString   *out;
  guint      pending_breaks;   /* newlines owed before the next text: 0, 1 or 2 */
  gboolean   pending_space;
  const char *prefix;          /* "• " owed at the start of a list item's text */
  char       number[16];       /* or its number in an ordered list */
  int        pre_depth;
  GPtrArray *links;            /* nullable */
  const char *link_url;
  gsize      link_start;
  /* Inside a "chronicle-links" element: its text goes to a scratch string, and what
   * was owed before it waits in these until it ends. */
  xmlNode   *links_only;
  GString   *text_out;
  guint      saved_breaks;
  gboolean   saved_space;
  const char *saved_prefix;
} Walk;

typedef enum { INLINE, LINE, PARAGRAPH, SKIP } Role;

/* libxml2's HTML parser gives element names in lower case. */

static GHashTable *
role_table (void)
{
  static const char * const paragraphs[] = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table",
    "pre", "figure", "section", "article", "header", "footer", "aside", "nav", "hr",
    "address", "details", "main", NULL
  };
  static const char * const lines[] = {
    "div", "li", "tr", "dt", "dd", "figcaption", "summary", "caption", "option", NULL
  };
  static const char * const skipped[] = {
    "script", "style", "template", "noscript", "head", "title", "iframe", "object",
    "select", "textarea", "svg", "math", NULL
  };
  static gsize table = 0;

  /* Built once per process and kept for its life. */
  if (g_once_init_enter (&table))
    {
      GHashTable *roles = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; paragraphs[i] != NULL; i++)
        g_hash_table_insert (roles, (gpointer) paragraphs[i], GINT_TO_POINTER (PARAGRAPH));
      for (guint i = 0; lines[i] != NULL; i++)
        g_hash_table_insert (roles, (gpointer) lines[i], GINT_TO_POINTER (LINE));
      for (guint i = 0; skipped[i] != NULL; i++)
        g_hash_table_insert (roles, (gpointer) skipped[i], GINT_TO_POINTER (SKIP));
      g_once_init_leave (&table, (gsize) roles);
    }
  return (GHashTable *) table;
}

static Role
element_role (const char *name)
{
  /* INLINE is 0: the value of a name the table does not have. */
  return (Role) GPOINTER_TO_INT (g_hash_table_lookup (role_table (), name));
}

static void
owe_break (Walk  *walk,
           guint  breaks)
{
  walk->pending_breaks = MAX (walk->pending_breaks, breaks);
}

static void
flush (Walk *walk)
{
  if (walk->out->len > 0 && walk->pending_breaks > 0)
    {
      for (guint i = 0; i < walk->pending_breaks; i++)
        g_string_append_c (walk->out, '\n');
    }
  else if (walk->out->len > 0 && walk->pending_space && walk->out->str[walk->out->len - 1] != '\n')
    g_string_append_c (walk->out, ' ');
  walk->pending_breaks = 0;
  walk->pending_space = FALSE;

  if (walk->prefix != NULL)
    {
      g_string_append (walk->out, walk->prefix);
      walk->prefix = NULL;
    }
  /* A link's text starts at its first character, after what was owed before it. */
  if (walk->link_url != NULL && walk->link_start == G_MAXSIZE)
    walk->link_start = walk->out->len;
}

static gboolean
is_collapsible_space (gunichar c)
{
  /* HTML's white space, plus the no-break space that &nbsp; gives. */
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0;
}

static void
append_text (Walk       *walk,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (walk->pre_depth > 0)
        {
          if (c == '\n')
            {
              flush (walk);
              g_string_append_c (walk->out, '\n');
              continue;
            }
        }
      else if (is_collapsible_space (c))
        {
          walk->pending_space = TRUE;
          continue;
        }
      flush (walk);
      g_string_append_unichar (walk->out, c);
    }
}

static gboolean
is_web_address (const char *url)
{
  return g_ascii_strncasecmp (url, "https://", 8) == 0 || g_ascii_strncasecmp (url, "http://", 7) == 0;
}

static gboolean
holds_links_only (xmlNode *node)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) "class");
  g_auto(GStrv) classes = NULL;
  gboolean found = FALSE;

  if (value == NULL)
    return FALSE;
  classes = g_strsplit_set ((const char *) value, " \t\n\r\f", -1);
  xmlFree (value);
  for (guint i = 0; classes[i] != NULL && !found; i++)
    found = g_str_equal (classes[i], "chronicle-links");
  return found;
}

/* What a quotation's source starts with. */
static const char cite_prefix[] = "— ";

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL && strcmp ((const char *) node->name, name) == 0;
}

static gboolean
in_blockquote (xmlNode *node)
{
  for (xmlNode *up = node->parent; up != NULL; up = up->parent)
    if (is_element (up, "blockquote"))
      return TRUE;
  return FALSE;
}

static void
enter_element (Walk    *walk,
               xmlNode *node,
               Role     role)
{
  const char *name = (const char *) node->name;

  /* Not inside a link: the link's text is measured in one string. */
  if (walk->links_only == NULL && walk->link_url == NULL && holds_links_only (node))
    {
      walk->links_only = node;
      walk->text_out = walk->out;
      walk->out = g_string_new (NULL);
      walk->saved_breaks = walk->pending_breaks;
      walk->saved_space = walk->pending_space;
      walk->saved_prefix = walk->prefix;
      walk->pending_breaks = 0;
      walk->pending_space = FALSE;
      walk->prefix = NULL;
      return;
    }

  if (strcmp (name, "br") == 0)
    {
      walk->pending_breaks = MIN (walk->pending_breaks + 1, 2);
      if (walk->out->len == 0)
        walk->pending_breaks = 0;
      return;
    }

  if (role == LINE || role == PARAGRAPH)
    owe_break (walk, role == PARAGRAPH ? 2 : 1);

  if (strcmp (name, "cite") == 0 && in_blockquote (node))
    {
      owe_break (walk, 1);
      walk->prefix = cite_prefix;
    }
  else if (strcmp (name, "li") == 0)
    {
      xmlNode *list = node->parent;

      walk->prefix = "• ";
      if (list != NULL && list->name != NULL && strcmp ((const char *) list->name, "ol") == 0)
        {
          guint n = 1;

          for (xmlNode *sibling = node->prev; sibling != NULL; sibling = sibling->prev)
            if (sibling->type == XML_ELEMENT_NODE && strcmp ((const char *) sibling->name, "li") == 0)
              n++;
          g_snprintf (walk->number, sizeof walk->number, "%u. ", n);
          walk->prefix = walk->number;
        }
    }
  else if (strcmp (name, "pre") == 0)
    walk->pre_depth++;
  else if (strcmp (name, "a") == 0 && walk->links != NULL && walk->link_url == NULL)
    {
      if (xmlHasProp (node, (const xmlChar *) "href") != NULL)
        {
          xmlChar *value = xmlGetProp (node, (const xmlChar *) "href");
          g_autofree char *url = g_strstrip (g_strdup ((const char *) value));

          xmlFree (value);
          if (is_web_address (url) && strpbrk (url, " \t\n<>\"") == NULL)
            {
              ChronicleHtmlLink *link = g_new0 (ChronicleHtmlLink, 1);

              link->url = g_steal_pointer (&url);
              g_ptr_array_add (walk->links, link);
              walk->link_url = link->url;
              walk->link_start = G_MAXSIZE;   /* set by flush() at its first character */
            }
        }
    }
}

static void
leave_element (Walk    *walk,
               xmlNode *node,
               Role     role)
{
  const char *name = (const char *) node->name;

  if (node == walk->links_only)
    {
      g_string_free (walk->out, TRUE);
      walk->out = g_steal_pointer (&walk->text_out);
      walk->pending_breaks = walk->saved_breaks;
      walk->pending_space = walk->saved_space;
      walk->prefix = walk->saved_prefix;
      walk->links_only = NULL;
      return;
    }

  if (role == LINE || role == PARAGRAPH)
    owe_break (walk, role == PARAGRAPH ? 2 : 1);
  /* (An empty <cite> owes nothing after it.) */
  if (strcmp (name, "li") == 0 || (strcmp (name, "cite") == 0 && walk->prefix == cite_prefix))
    walk->prefix = NULL;
  else if (strcmp (name, "pre") == 0 && walk->pre_depth > 0)
    walk->pre_depth--;
  else if (strcmp (name, "a") == 0 && walk->link_url != NULL)
    {
      ChronicleHtmlLink *link = g_ptr_array_index (walk->links, walk->links->len - 1);

      if (walk->link_start != G_MAXSIZE && walk->link_start < walk->out->len)
        {
          g_autofree char *text = g_strndup (walk->out->str + walk->link_start,
                                             walk->out->len - walk->link_start);

          g_strstrip (text);
          if (text[0] != '\0')
            link->text = g_steal_pointer (&text);
        }
      walk->link_url = NULL;
    }
}

static void
init_parser (void)
{
  static gsize initialized = 0;

  /* libxml2 wants its global state set up once, before threads use it. */
  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

static htmlDocPtr
parse_html (const char *html,
            int         len)
{
  init_parser ();
  return htmlReadMemory (html, len, NULL, "UTF-8",
                         HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                         HTML_PARSE_COMPACT);
}

/* Turns @root and everything in it into text, in document order. */
static void
walk_tree (Walk    *walk,
           xmlNode *root)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      Role role = node->type == XML_ELEMENT_NODE ? element_role ((const char *) node->name) : INLINE;
      gboolean descend = FALSE;

      if (node->type == XML_TEXT_NODE && node->content != NULL)
        append_text (walk, (const char *) node->content);
      else if (node->type == XML_ELEMENT_NODE && role != SKIP)
        {
          enter_element (walk, node, role);
          descend = node->children != NULL;
          if (!descend)
            leave_element (walk, node, role);
        }
      else if (node->type == XML_DTD_NODE || node->type == XML_DOCUMENT_NODE)
        descend = node->children != NULL;

      if (descend)
        {
          node = node->children;
          continue;
        }

      /* Next sibling, else climb, leaving each element on the way up: never past @root. */
      while (node != root && node->next == NULL)
        {
          node = node->parent;
          if (node->type == XML_ELEMENT_NODE)
            leave_element (walk, node, element_role ((const char *) node->name));
        }
      node = node == root ? NULL : node->next;
    }
}

void
chronicle_html_link_free (ChronicleHtmlLink *link)
{
  if (link == NULL)
    return;
  g_free (link->url);
  g_free (link->text);
  g_free (link);
}

/**
 * chronicle_html_text_parse:
 * @html: HTML, as TimelineJS text fields hold it (a fragment, UTF-8)
 * @links: (out) (optional) (element-type ChronicleHtmlLink): the http(s) links found,
 *   in document order, each with its text
 *
 * Returns: (transfer full): @html as plain text: paragraphs apart by a blank line,
 *   lines by a newline, list items with bullets, no leading or trailing white space
 */
char *
chronicle_html_text_parse (const char  *html,
                           GPtrArray  **links)
{
  Walk walk = { 0 };
  htmlDocPtr doc;
  xmlNode *node;
  gsize len;

  g_return_val_if_fail (html != NULL, NULL);

  if (links != NULL)
    *links = g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_html_link_free);

  len = strlen (html);
  /* Text with no markup and no entity is already plain: skip the parser. */
  if (strpbrk (html, "<&") == NULL)
    {
      walk.out = g_string_sized_new (len);
      append_text (&walk, html);
      return g_string_free (walk.out, FALSE);
    }

  doc = len <= G_MAXINT ? parse_html (html, (int) len) : NULL;

  walk.out = g_string_sized_new (len);
  walk.links = links != NULL ? *links : NULL;

  for (node = doc != NULL ? doc->children : NULL; node != NULL; node = node->next)
    walk_tree (&walk, node);

  if (doc != NULL)
    xmlFreeDoc (doc);

  /* Every element entered is left on the way up; this is only a safeguard. */
  if (walk.links_only != NULL)
    {
      g_string_free (walk.out, TRUE);
      walk.out = g_steal_pointer (&walk.text_out);
    }
  return g_string_free (walk.out, FALSE);
}

/**
 * chronicle_html_text_parse_quote:
 * @html: embed code, as TimelineJS's media.url may hold it (a `<blockquote>`, a
 *   tweet's blockquote and its script, an `<iframe>`)
 * @links: (out) (optional) (element-type ChronicleHtmlLink): the http(s) links in the
 *   quotes, in document order, each with its text
 *
 * Returns: (transfer full) (nullable): the text of @html's `<blockquote>`s as
 *   chronicle_html_text_parse() gives it (a quote's `<cite>` on a line of its own after
 *   "— "), each a paragraph; %NULL when it has no quote with text
 */
char *
chronicle_html_text_parse_quote (const char  *html,
                                 GPtrArray  **links)
{
  Walk walk = { 0 };
  htmlDocPtr doc;
  xmlNode *node;
  gsize len;

  g_return_val_if_fail (html != NULL, NULL);

  if (links != NULL)
    *links = g_ptr_array_new_with_free_func ((GDestroyNotify) chronicle_html_link_free);

  len = strlen (html);
  doc = len <= G_MAXINT ? parse_html (html, (int) len) : NULL;
  walk.out = g_string_new (NULL);
  walk.links = links != NULL ? *links : NULL;

  /* Every quote, in document order; a quote in a quote is part of the outer one. */
  node = doc != NULL ? doc->children : NULL;
  while (node != NULL)
    {
      gboolean quote = is_element (node, "blockquote");

      if (quote)
        walk_tree (&walk, node);
      if (!quote && node->children != NULL)
        node = node->children;
      else
        {
          while (node != NULL && node->next == NULL)
            node = node->parent;
          node = node != NULL ? node->next : NULL;
        }
    }

  if (doc != NULL)
    xmlFreeDoc (doc);
  if (walk.links_only != NULL)
    {
      g_string_free (walk.out, TRUE);
      walk.out = g_steal_pointer (&walk.text_out);
    }
  if (walk.out->len == 0)
    {
      g_string_free (walk.out, TRUE);
      return NULL;
    }
  return g_string_free (walk.out, FALSE);
}
