package org.policysearch.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads HTML pages into Markdown-like text: headings become {@code #} headings, list items {@code
 * -} bullets, every other block (paragraph, div, blockquote, table row) a paragraph, with a blank
 * line between blocks; page furniture (navigation, header, footer, scripts) is dropped.
 */
public final class HtmlReader implements SourceReader {
  /** Elements that are never document text. */
  private static final String DROPPED =
      "script, style, nav, header, footer, noscript, template, svg, iframe, head";

  /** Elements that flow inside a block; every other element starts a new block. */
  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn",
          "em", "font", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small",
          "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

  /**
   * Stands for a {@code <br>} until a block is collapsed, because newlines in the HTML source are
   * only white space; U+2028 is the Unicode line separator, so one in the text means the same.
   */
  private static final char LINE_BREAK = '\u2028';

  @Override
  public SourceText read(byte[] content) {
    if (TextReader.isBinary(content)) {
      throw new UnreadableSourceException("binary content, not HTML");
    }
    Document page;
    try {
      // A null charset lets jsoup honour a BOM or <meta charset>, falling back to UTF-8.
      page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
    } catch (IOException e) {
      throw new UnreadableSourceException("not readable HTML: " + e.getMessage(), e);
    }
    String title = title(page);
    page.select(DROPPED).remove();
    Blocks blocks = new Blocks();
    blocks.walk(page.body());
    blocks.flush();
    if (blocks.done.isEmpty()) {
      throw new UnreadableSourceException(
          content.length == 0 || new String(content, page.charset()).isBlank()
              ? "empty file"
              : "no text in HTML");
    }
    return SourceText.normalised(String.join("\n\n", blocks.done), title, List.of());
  }

  private static String title(Document page) {
    if (!PlaceholderTitles.isPlaceholder(page.title())) {
      return page.title();
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null ? null : h1.text();
  }

  /** Collects the blocks of a page in document order. */
  private static final class Blocks {
    private final List<String> done = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    /**
     * A bullet waiting for the first text of its list item, which may sit in a nested {@code p}.
     */
    private String prefix = "";

    void walk(Element element) {
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode text) {
          current.append(text.getWholeText());
        } else if (child instanceof Element e) {
          visit(e);
        }
      }
    }

    private void visit(Element element) {
      String tag = element.normalName();
      if (INLINE.contains(tag)) {
        walk(element);
      } else if (tag.equals("br")) {
        current.append(LINE_BREAK);
      } else if (tag.matches("h[1-6]")) {
        flush();
        add("#".repeat(tag.charAt(1) - '0') + " " + element.text());
      } else if (tag.equals("li")) {
        flush();
        prefix = "- ";
        walk(element);
        flush();
        prefix = "";
      } else if (tag.equals("tr")) {
        flush();
        List<String> cells = new ArrayList<>();
        for (Element cell : element.select("> td, > th")) {
          if (!cell.text().isBlank()) {
            cells.add(cell.text());
          }
        }
        add(String.join(" | ", cells));
      } else if (tag.equals("pre")) {
        flush();
        add(element.wholeText().strip().replace('\n', LINE_BREAK));
      } else {
        flush();
        walk(element);
        flush();
      }
    }

    void flush() {
      add(current.toString());
      current.setLength(0);
    }

    /** Adds a block with its white space collapsed; only {@code <br>} line breaks are kept. */
    private void add(String block) {
      String text =
          block
              .replace('\u00A0', ' ')
              .replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ")
              .replaceAll(" ?" + LINE_BREAK + " ?", "\n")
              .strip();
      if (!text.isEmpty()) {
        done.add(prefix + text);
        prefix = "";
      }
    }
  }
}
