package org.policysearch.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the main content of HTML pages into Markdown-like text: headings become {@code #} headings,
 * list items {@code -} bullets, every other block (paragraph, div, blockquote, table row) a
 * paragraph, with a blank line between blocks; menus, cookie dialogs, sidebars, share bars and
 * lists of links are dropped ({@link MainContent}).
 */
public final class HtmlReader implements SourceReader {
  static final String WHOLE_PAGE_WARNING =
      "no main text found apart from menus, sidebars and banners; indexed the whole page";

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

  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");
  private static final Pattern SPACED_LINE_BREAK = Pattern.compile(" ?" + LINE_BREAK + " ?");

  @Override
  public SourceText read(byte[] content) {
    Charset utf16 = TextReader.utf16(content);
    if (utf16 == null && TextReader.isBinary(content)) {
      throw new UnreadableSourceException("binary content, not HTML");
    }
    Document page;
    boolean legacy = false;
    try {
      // A null charset lets jsoup honour a BOM or <meta charset>, falling back to UTF-8; UTF-16
      // without a BOM it cannot tell, as its <meta> is only readable once decoded. Bytes that are
      // UTF-8, letters beyond ASCII included, are UTF-8 whatever the <meta> says: a page saved or
      // converted by a tool keeps its old declaration (gb2312, windows-1252), and no other
      // encoding's text is valid UTF-8 by chance.
      Charset charset = utf16 != null ? utf16 : utf8BeyondAscii(content) ? UTF_8 : null;
      page =
          Jsoup.parse(
              new ByteArrayInputStream(content), charset == null ? null : charset.name(), "");
      if (charset == null && page.charset().equals(UTF_8) && beyondAscii(content)) {
        // Not UTF-8, and no character set jsoup knows declared (none, or a misspelt one): read as
        // a text file is, rather than with every accented letter a replacement sign ("caf\uFFFD").
        page = Jsoup.parse(new ByteArrayInputStream(content), WINDOWS_1252, "");
        legacy = true;
      }
    } catch (IOException e) {
      throw new UnreadableSourceException("not readable HTML: " + e.getMessage(), e);
    }
    boolean frameset = FramesetPage.unfold(page);
    // Each try works on a copy, so that a gentler one starts from the whole page again.
    Element main = MainContent.of(page.clone());
    List<String> blocks = blocks(main);
    if (blocks.isEmpty()) {
      // An empty <main> (filled by a script) or a page whose text all looked like boilerplate.
      main = MainContent.ofBody(page.clone());
      blocks = blocks(main);
    }
    List<String> warnings = new ArrayList<>();
    if (legacy) {
      warnings.add(LEGACY_WARNING);
    }
    if (blocks.isEmpty()) {
      main = MainContent.ofBodyWithoutFurniture(page.clone());
      blocks = blocks(main);
      warnings.add(WHOLE_PAGE_WARNING);
    }
    if (blocks.isEmpty() && frameset) {
      throw new UnreadableSourceException(FramesetPage.NO_TEXT);
    }
    if (blocks.isEmpty()) {
      throw new UnreadableSourceException(
          content.length == 0 || new String(content, page.charset()).isBlank()
              ? "empty file"
              : "no text in HTML");
    }
    String site = PageTitle.siteName(page);
    return SourceText.normalised(
            String.join("\n\n", blocks), PageTitle.of(page, main, site), warnings)
        .publishedOn(PublishedDate.of(page))
        .declaredNews(NewsArticle.declared(page))
        .publishedBy(site);
  }

  static final String LEGACY_WARNING =
      "not UTF-8 and no known character set declared, read as Windows-1252";

  private static final String WINDOWS_1252 = "windows-1252";

  /** Whether {@code content} holds a byte beyond ASCII. */
  private static boolean beyondAscii(byte[] content) {
    for (byte b : content) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code content} is valid UTF-8 and holds a character beyond ASCII. */
  private static boolean utf8BeyondAscii(byte[] content) {
    return beyondAscii(content) && TextReader.charsetOf(content) == UTF_8;
  }

  /**
   * A link's text that is a sign, not words: the permalink ("¶", "#", "§", "🔗") that site
   * generators put in every heading, linking to the heading itself.
   */
  private static final Pattern PERMALINK = Pattern.compile("[^\\p{L}\\p{N}]{0,2}");

  /** A heading's text without its permalink: "Scope", not "Scope¶". */
  static String headingText(Element heading) {
    Element copy = heading.clone();
    for (Element link : copy.select("a[href^=#]")) {
      if (PERMALINK.matcher(link.text().strip()).matches()) {
        link.remove();
      }
    }
    return copy.text();
  }

  /** The level of a heading element, 1 to 6, or 0 for any other element. */
  static int headingLevel(Element element) {
    String tag = element.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
        ? tag.charAt(1) - '0'
        : 0;
  }

  private static List<String> blocks(Element content) {
    Blocks blocks = new Blocks();
    blocks.walk(content);
    blocks.flush();
    return blocks.text();
  }

  /** Collects the blocks of a page in document order. */
  private static final class Blocks implements NodeFilter {
    private final List<String> done = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    /** How many blocks there are up to the last one that is not a heading. */
    private int textEnd;

    /**
     * A bullet waiting for the first text of its list item, which may sit in a nested {@code p}.
     */
    private String prefix = "";

    /** The block a definition list's term ({@code <dt>}) just made, or -1. */
    private int term = -1;

    /**
     * Reads an element's blocks; jsoup walks the tree without recursion, so a page nested thousands
     * of levels deep cannot overflow the stack.
     */
    void walk(Element element) {
      NodeTraversor.filter(this, element);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        current.append(text.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element) || INLINE.contains(element.normalName())) {
        return FilterResult.CONTINUE;
      }
      String tag = element.normalName();
      if (tag.equals("br")) {
        current.append(LINE_BREAK);
        return FilterResult.CONTINUE;
      }
      flush();
      if (headingLevel(element) > 0) {
        String heading = collapsed(headingText(element));
        if (!heading.isEmpty()) {
          done.add("#".repeat(headingLevel(element)) + " " + heading);
        }
        return FilterResult.SKIP_ENTIRELY;
      } else if (tag.equals("tr")) {
        List<String> cells = new ArrayList<>();
        for (Element cell : element.select("> td, > th")) {
          if (!cell.text().isBlank()) {
            cells.add(cell.text());
          }
        }
        add(String.join(" | ", cells));
        return FilterResult.SKIP_ENTIRELY;
      } else if (tag.equals("pre")) {
        add(element.wholeText().strip().replace('\n', LINE_BREAK));
        return FilterResult.SKIP_ENTIRELY;
      } else if (tag.equals("li")) {
        prefix = "- ";
      } else if (tag.equals("dd") && term >= 0 && term == done.size() - 1) {
        // A definition reads with its term: "Working group: Meets every quarter."
        String words = done.remove(term);
        prefix = words.endsWith(":") ? words + " " : words + ": ";
        term = -1; // a second definition of the term stands alone
      }
      if (!tag.equals("dd")) {
        term = -1;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element
          && !INLINE.contains(element.normalName())
          && !element.normalName().equals("br")) {
        int before = done.size();
        flush();
        if (element.normalName().equals("li") || element.normalName().equals("dd")) {
          prefix = "";
        }
        if (element.normalName().equals("dt") && done.size() > before) {
          term = done.size() - 1;
        }
      }
      return FilterResult.CONTINUE;
    }

    void flush() {
      add(current.toString());
      current.setLength(0);
    }

    /** Adds a block with its white space collapsed; only {@code <br>} line breaks are kept. */
    private void add(String block) {
      String text = LiteralHashes.escaped(collapsed(block));
      if (!text.isEmpty()) {
        done.add(prefix + text);
        prefix = "";
        textEnd = done.size();
      }
    }

    /**
     * The blocks without the headings they end on: a heading with nothing under it once the
     * boilerplate is gone ("Is this page useful?", "Share this") heads nothing. A page of headings
     * only keeps them all.
     */
    private static String collapsed(String block) {
      String spaced = SPACES.matcher(block.replace('\u00A0', ' ')).replaceAll(" ");
      return SPACED_LINE_BREAK.matcher(spaced).replaceAll("\n").strip();
    }

    List<String> text() {
      return textEnd == 0 ? done : done.subList(0, textEnd);
    }
  }
}
