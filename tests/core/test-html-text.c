/* test-html-text.c
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "chronicle-html-text.h"

static void
test_html_text_cases (void)
{
  static const struct { const char *html; const char *text; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "  lots \n of\t space  ", "lots of space" },
    /* Paragraphs apart by a blank line, <br> a line break. */
    { "<p>One</p><p>Two</p>", "One\n\nTwo" },
    { "<p> padded </p>", "padded" },
    { "a<br>b<br/>c", "a\nb\nc" },
    { "a<br><br>b", "a\n\nb" },
    { "<div>a</div><div>b</div>", "a\nb" },
    { "<h2>Title</h2>Body", "Title\n\nBody" },
    /* Every entity, named or numbered; an unknown one stays as written. */
    { "&lt;b&gt; &amp; &quot;q&quot; &#233; &#x1F600;", "<b> & \"q\" é 😀" },
    { "&hellip;&eacute;&rsquo;&mdash;&copy;&nbsp;x", "…é’—© x" },
    { "&bogus; kept", "&bogus; kept" },
    /* A bare "<" that starts no tag is text, and so is what follows it. */
    { "Temperature < 5 … > 10 km/h", "Temperature < 5 … > 10 km/h" },
    { "<p>Temperature < 5 &amp; wind > 10 km/h</p>", "Temperature < 5 & wind > 10 km/h" },
    { "1 <2 and 3> 2", "1 <2 and 3> 2" },
    /* Lists keep their items, one a line, with bullets or numbers. */
    { "<ul><li>One</li><li>Two</li></ul>", "• One\n• Two" },
    { "<ol><li>One</li><li>Two</li></ol>", "1. One\n2. Two" },
    { "Intro<ul><li>a</li><li>b</li></ul>After", "Intro\n\n• a\n• b\n\nAfter" },
    { "<li>One</li><li>Two</li>", "• One\n• Two" },
    /* No words glued where the markup separated them. */
    { "<a href=\"https://a.example\">one</a>\n<a href=\"https://b.example\">two</a>", "one two" },
    { "an <i>inline</i> tag", "an inline tag" },
    /* Scripts, styles and comments are not text. */
    { "<script>alert(1)</script>Hi<style>p { color: red }</style><!-- note -->!", "Hi!" },
    { "<pre>a\n  b</pre>", "a\n  b" },
    { "unclosed <tag", "unclosed" },
    /* A quotation's source (<cite> in a <blockquote>) on a line of its own, after a
     * dash, as TimelineJS shows it; a <cite> elsewhere is a title in the sentence. */
    { "<blockquote>Said. <cite>Someone</cite></blockquote>", "Said.\n— Someone" },
    { "<blockquote><p>Said.</p><cite>Someone</cite></blockquote>", "Said.\n\n— Someone" },
    { "<blockquote>Said.<cite></cite></blockquote>After", "Said.\n\nAfter" },
    { "Read <cite>The Book</cite> twice", "Read The Book twice" },
    { "<ul><li><cite></cite>Item</li></ul>", "• Item" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = chronicle_html_text_parse (cases[i].html, NULL);

      g_test_message ("%s", cases[i].html);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_html_text_links (void)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *text = chronicle_html_text_parse (
    "See <a href=\" https://example.org/a \">the <b>site</b></a>, "
    "<a href=\"mailto:x@example.org\">mail</a>, <a href=\"/relative\">here</a> "
    "and <a href=\"http://example.org/b\"></a><a href=\"https://example.org/c\">c</a>.",
    &links);

  g_assert_cmpstr (text, ==, "See the site, mail, here and c.");
  g_assert_cmpuint (links->len, ==, 3);
  g_assert_cmpstr (((ChronicleHtmlLink *) links->pdata[0])->url, ==, "https://example.org/a");
  g_assert_cmpstr (((ChronicleHtmlLink *) links->pdata[0])->text, ==, "the site");
  g_assert_cmpstr (((ChronicleHtmlLink *) links->pdata[1])->url, ==, "http://example.org/b");
  g_assert_null (((ChronicleHtmlLink *) links->pdata[1])->text);
  g_assert_cmpstr (((ChronicleHtmlLink *) links->pdata[2])->url, ==, "https://example.org/c");
  g_assert_cmpstr (((ChronicleHtmlLink *) links->pdata[2])->text, ==, "c");

  /* Plain text has no links, and the array is still there. */
  g_clear_pointer (&links, g_ptr_array_unref);
  g_free (text);
  text = chronicle_html_text_parse ("no markup", &links);
  g_assert_cmpstr (text, ==, "no markup");
  g_assert_cmpuint (links->len, ==, 0);
}

static void
test_html_text_deep (void)
{
  /* Nesting as deep as libxml2 follows (256 levels) keeps its text; a hundred thousand
   * levels neither overflow the stack nor let markup through. */
  static const struct { guint depth; const char *text; } cases[] = {
    { 120, "deep" },
    { 100000, "" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      GString *html = g_string_new (NULL);
      g_autofree char *text = NULL;

      for (guint i = 0; i < cases[c].depth; i++)
        g_string_append (html, "<span><b>");
      g_string_append (html, "deep");
      text = chronicle_html_text_parse (html->str, NULL);
      g_assert_cmpstr (text, ==, cases[c].text);
      g_string_free (html, TRUE);
    }

  /* The parser stopped on the deep text; the next text is parsed afresh. */
  {
    g_autofree char *text = chronicle_html_text_parse ("<p>after &amp; <b>again</b></p>", NULL);

    g_assert_cmpstr (text, ==, "after & again");
  }
}

/* Embed code (TimelineJS's media.url): the text of its quotes only, with their links;
 * nothing for embed code without one. */
static void
test_html_text_quote (void)
{
  static const struct { const char *html; const char *text; } cases[] = {
    { "<blockquote>Work is work. <cite>An engineer</cite></blockquote>", "Work is work.\n— An engineer" },
    /* A post: its quote, not its script; a quote in a quote once. */
    { "<blockquote class=\"post\"><p>Down.</p>&mdash; M (@m) <a href=\"https://s.example/1\">July</a></blockquote>"
      "<script async src=\"https://s.example/w.js\">var x = 1;</script>", "Down.\n\n— M (@m) July" },
    { "<div><blockquote>One</blockquote><p>not a quote</p><blockquote>Two <blockquote>in</blockquote></blockquote></div>",
      "One\n\nTwo\n\nin" },
    { "<iframe src=\"https://player.example/v\"></iframe>", NULL },
    { "<p>no quote</p>", NULL },
    { "<blockquote>  </blockquote>", NULL },
    { "", NULL },
  };
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *quote = chronicle_html_text_parse_quote (cases[i].html, NULL);

      g_test_message ("%s", cases[i].html);
      g_assert_cmpstr (quote, ==, cases[i].text);
    }

  text = chronicle_html_text_parse_quote (cases[1].html, &links);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpstr (((ChronicleHtmlLink *) links->pdata[0])->url, ==, "https://s.example/1");
  g_assert_cmpstr (((ChronicleHtmlLink *) links->pdata[0])->text, ==, "July");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronicle/html-text/cases", test_html_text_cases);
  g_test_add_func ("/chronicle/html-text/links", test_html_text_links);
  g_test_add_func ("/chronicle/html-text/deep", test_html_text_deep);
  g_test_add_func ("/chronicle/html-text/quote", test_html_text_quote);

  return g_test_run ();
}
