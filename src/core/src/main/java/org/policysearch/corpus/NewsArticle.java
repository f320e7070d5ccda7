package org.policysearch.corpus;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Whether a web page declares itself a news article, as newsrooms tell search engines in their
 * schema.org JSON-LD ({@code "@type": "NewsArticle"}, or a kind of it: a report, an analysis, an
 * opinion piece).
 */
final class NewsArticle {
  /** schema.org's NewsArticle and its sub-types, as an {@code @type} value or one of a list's. */
  private static final Pattern TYPE =
      Pattern.compile(
          "\"@type\"\\s*:\\s*(?:\\[[^\\]]*)?\"(?:Reportage|Analysis|Opinion|Background|Review"
              + "|AskPublic)?NewsArticle\"");

  private NewsArticle() {}

  /** Whether {@code page}'s JSON-LD types it (or an item of its graph) a news article. */
  static boolean declared(Document page) {
    return JsonLd.found(page, TYPE).findAny().isPresent();
  }
}
