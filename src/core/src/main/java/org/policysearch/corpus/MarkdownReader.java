package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads Markdown files as CommonMark (with GitHub's tables): headings, list items and table rows
 * keep the conventions the outline parser reads ({@code ## Title}, {@code - item}, a row's cells
 * joined by {@code |}), and the inline markup becomes the text a reader sees: a link's words, not
 * its address; emphasis without its asterisks; an image's description; an HTML tag's text.
 *
 * <p>Decoding and the front matter are {@link TextReader}'s. A heading underlined with {@code ===}
 * is a heading, and a table's row of dashes no text, as CommonMark says.
 */
public final class MarkdownReader implements SourceReader {
  private final TextReader text = new TextReader();

  @Override
  public SourceText read(byte[] content) {
    SourceText raw = text.read(content);
    // A parser a read: CommonMark's holds state while it parses.
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    Blocks blocks = new Blocks();
    parser.parse(raw.text()).accept(blocks);
    String shown = String.join("\n\n", blocks.blocks);
    if (shown.isBlank()) {
      // Markup alone (an HTML comment, an image without a description): its source is the text.
      return raw;
    }
    return new SourceText(
        shown + "\n", TextReader.titleOf(shown), raw.warnings(), null, raw.frontMatter());
  }

  /** The document's blocks in the outline parser's conventions, in order. */
  private static final class Blocks extends AbstractVisitor {
    private final List<String> blocks = new ArrayList<>();

    @Override
    public void visit(Heading heading) {
      String words = shown(heading).replace('\n', ' ').strip();
      if (!words.isEmpty()) {
        blocks.add("#".repeat(heading.getLevel()) + " " + words);
      }
    }

    @Override
    public void visit(Paragraph paragraph) {
      add(shown(paragraph));
    }

    @Override
    public void visit(ListItem item) {
      Node first = item.getFirstChild();
      String marker = marker(item);
      if (first instanceof Paragraph paragraph) {
        add(marker + shown(paragraph).strip());
        first = first.getNext();
      }
      for (Node child = first; child != null; child = child.getNext()) {
        child.accept(this);
      }
    }

    @Override
    public void visit(FencedCodeBlock code) {
      add(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      add(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      add(Jsoup.parseBodyFragment(html.getLiteral()).text());
    }

    @Override
    public void visit(CustomBlock block) {
      if (!(block instanceof TableBlock)) {
        visitChildren(block);
        return;
      }
      // Each row a block of its own, its cells joined, as an HTML table's rows are read.
      List<Node> rows = new ArrayList<>();
      collectRows(block, rows);
      for (Node row : rows) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            String words = shown(cell).replace('\n', ' ').strip();
            if (!words.isEmpty()) {
              cells.add(words);
            }
          }
        }
        add(String.join(" | ", cells));
      }
    }

    private static void collectRows(Node node, List<Node> rows) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof TableRow) {
          rows.add(child);
        } else {
          collectRows(child, rows);
        }
      }
    }

    private void add(String block) {
      String stripped = block.strip();
      if (!stripped.isEmpty()) {
        blocks.add(stripped);
      }
    }

    /** "- " for a bullet, "3. " for the third item of a list numbered from 1. */
    private static String marker(ListItem item) {
      if (!(item.getParent() instanceof OrderedList list)) {
        return "- ";
      }
      int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
      for (Node before = item.getPrevious(); before != null; before = before.getPrevious()) {
        number++;
      }
      String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
      return number + delimiter + " ";
    }
  }

  /** The text a reader sees of {@code node}'s inline content: lines as the source breaks them. */
  private static String shown(Node node) {
    StringBuilder shown = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            shown.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            shown.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak lineBreak) {
            shown.append('\n');
          }

          @Override
          public void visit(HardLineBreak lineBreak) {
            shown.append('\n');
          }

          @Override
          public void visit(HtmlInline html) {
            if (html.getLiteral().matches("(?i)<br\\s*/?>")) {
              shown.append('\n');
            }
          }
        });
    return shown.toString();
  }
}
