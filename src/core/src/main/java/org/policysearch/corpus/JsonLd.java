package org.policysearch.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org JSON-LD a web page declares for search engines ({@code <script
 * type="application/ld+json">}), searched as text: a newsroom's fields are found by their names,
 * whatever graph they stand in.
 */
final class JsonLd {
  private JsonLd() {}

  /**
   * What {@code pattern} finds in each of {@code page}'s JSON-LD scripts, in order: its first
   * group, or the whole match when it has none; a script it does not match gives nothing.
   */
  static Stream<String> found(Document page, Pattern pattern) {
    return page.select("script[type=application/ld+json]").stream()
        .map(Element::data)
        .map(pattern::matcher)
        .filter(Matcher::find)
        .map(m -> m.groupCount() > 0 ? m.group(1) : m.group());
  }
}
