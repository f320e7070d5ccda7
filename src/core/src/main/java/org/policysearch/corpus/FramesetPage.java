package org.policysearch.corpus;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives a frameset page (HTML 4's {@code <frameset>} in place of a body) the body that its {@code
 * <noframes>} content makes, which is the page's text for a reader without frames.
 *
 * <p>An HTML parser keeps {@code <noframes>} content as raw text, like a script's, so without this
 * a frameset page has no text at all: its frames' own files hold the rest, and are read as corpus
 * files of their own when they are in the folder.
 */
final class FramesetPage {
  static final String NO_TEXT = "a frameset page: its text is in the frames' own files";

  private FramesetPage() {}

  /**
   * Whether {@code page} is a frameset page; if so its frameset is replaced, in place, by a body
   * made of its {@code <noframes>} content (empty when it has none).
   */
  static boolean unfold(Document page) {
    Element frameset = page.body();
    if (!frameset.normalName().equals("frameset")) {
      return false;
    }
    StringBuilder html = new StringBuilder();
    for (Element noframes : frameset.select("noframes")) {
      html.append(noframes.data()).append('\n');
    }
    Element body = new Element("body");
    frameset.replaceWith(body);
    // Parsed in the body's context: a <body> tag written inside <noframes> adds nothing.
    body.html(html.toString());
    return true;
  }
}
