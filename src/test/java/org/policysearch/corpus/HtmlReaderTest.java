package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private final HtmlReader reader = new HtmlReader();

  private SourceText read(String html) {
    return reader.read(html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void turnsHeadingsListsAndParagraphsIntoMarkdownBlocks() {
    String html =
        """
        <!DOCTYPE html>
        <html><head><title>Korea &amp; Italy sign MoU</title>
        <style>p { color: red }</style></head>
        <body>
        <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
        <header><p>Site banner</p></header>
        <h1>Korea &amp; Italy   sign
          MoU</h1>
        <p>Leaders met in <b>Seoul</b> on Monday&nbsp;to sign it.</p>
        <script>var tracking = "do not index";</script>
        <h2>Areas of cooperation</h2>
        <ul>
          <li>Artificial intelligence</li>
          <li><p>Semiconductors</p>
            <ul><li>AI chips</li></ul>
          </li>
        </ul>
        <div>Officials said &ldquo;more to come&rdquo;.<div>Nested block</div></div>
        <blockquote>A quoted passage.</blockquote>
        <table><tr><th>Sector</th><th>Lead</th></tr><tr><td>Aerospace</td><td>Italy</td></tr></table>
        <p>Line one<br>line two</p>
        <footer>Copyright 2025</footer>
        </body></html>
        """;

    SourceText text = read(html);

    assertEquals("Korea & Italy sign MoU", text.title());
    assertEquals(
        """
        # Korea & Italy sign MoU

        Leaders met in Seoul on Monday to sign it.

        ## Areas of cooperation

        - Artificial intelligence

        - Semiconductors

        - AI chips

        Officials said \u201cmore to come\u201d.

        Nested block

        A quoted passage.

        Sector | Lead

        Aerospace | Italy

        Line one
        line two""",
        text.text());
  }

  @Test
  void titleFallsBackToFirstH1() {
    SourceText text = read("<html><body><h1>Joint Statement</h1><p>Text.</p></body></html>");

    assertEquals("Joint Statement", text.title());
  }

  @Test
  void headingLevelsBecomeHashCounts() {
    SourceText text = read("<h3>Annex</h3><h6>Note</h6>");

    assertEquals("### Annex\n\n###### Note", text.text());
  }

  @Test
  void decomposedAccentsAreComposed() {
    SourceText text = read("<p>Re\u0301publique fran\u00e7aise</p>");

    assertEquals("R\u00e9publique fran\u00e7aise", text.text());
  }

  @Test
  void pageWithOnlyScriptsHasNoText() {
    var e =
        assertThrows(
            UnreadableSourceException.class,
            () -> read("<html><body><script>alert(1)</script><nav>Menu</nav></body></html>"));
    assertEquals("no text in HTML", e.getMessage());
  }

  @Test
  void emptyFileIsRejected() {
    var e = assertThrows(UnreadableSourceException.class, () -> read("  \n"));
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void binaryFileNamedHtmlIsRejected() {
    byte[] content = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(content));
    assertEquals("binary content, not HTML", e.getMessage());
  }
}
