package org.policysearch.corpus;

import java.util.regex.Pattern;

/**
 * Keeps a {@code #} that opens a line of a PDF or an HTML page from reading as a Markdown heading
 * ({@code # of projects: 12}, a code sample's {@code # comment}): the space after the hashes
 * becomes a no-break space, which looks the same and which the outline parser does not take for the
 * space that makes a heading. Only the readers' own headings are Markdown in these formats.
 */
final class LiteralHashes {
  private static final Pattern OPENING = Pattern.compile("(?m)^([ \\t]*#{1,6})[ \\t]");

  private LiteralHashes() {}

  /** {@code text} with every line that opens with hashes and a space kept from being a heading. */
  static String escaped(String text) {
    return text.indexOf('#') < 0 ? text : OPENING.matcher(text).replaceAll("$1\u00A0");
  }
}
