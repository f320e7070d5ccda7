package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.policysearch.corpus.TestPdfs.Run;
import org.policysearch.corpus.TestPdfs.TurnedPage;

/** PDF text set sideways or upside down, on pages shown turned or not, read upright. */
class PdfTurnedTextTest {
  private final PdfReader reader = new PdfReader();

  private static final String[] TREATY = {
    "Framework Agreement on Trade",
    "The Parties shall cooperate on customs matters.",
    "Each Party keeps its tariff schedule."
  };

  /** The non-blank lines of a text, pages apart or not, without the spaces around them. */
  private static List<String> lines(String text) {
    return Arrays.stream(text.split("[\n\f]"))
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .toList();
  }

  private List<String> linesOf(TurnedPage... pages) throws IOException {
    return lines(reader.read(TestPdfs.turned(List.of(pages))).text());
  }

  @Test
  void aSidewaysPagesWordsComeOutWhole() throws IOException {
    // A landscape table set on a portrait page: its lines run up the page.
    List<String> lines = linesOf(TurnedPage.upright(Run.turned(90, 300, 100, TREATY)));

    assertEquals(List.of(TREATY), lines);
  }

  @Test
  void textRunningDownThePageComesOutWhole() throws IOException {
    List<String> lines = linesOf(TurnedPage.upright(Run.turned(270, 300, 700, TREATY)));

    assertEquals(List.of(TREATY), lines);
  }

  @Test
  void upsideDownTextComesOutWhole() throws IOException {
    List<String> lines = linesOf(TurnedPage.upright(Run.turned(180, 500, 400, TREATY)));

    assertEquals(List.of(TREATY), lines);
  }

  @Test
  void aPageShownTurnedWhoseTextTurnsWithItReadsAsBefore() throws IOException {
    // PDFBox reads text that its page's /Rotate turns upright whole already: it stays so.
    List<String> lines = linesOf(TurnedPage.shownUpright(90, Run.upright(72, 540, TREATY)));

    assertEquals(List.of(TREATY), lines);
  }

  @Test
  void aPageShownTurnedWhoseTextDoesNotTurnWithItComesOutWhole() throws IOException {
    // A portrait page scanned or exported as landscape: /Rotate 270, the text drawn unturned.
    List<String> lines = linesOf(TurnedPage.shownSideways(270, Run.upright(72, 720, TREATY)));

    assertEquals(List.of(TREATY), lines);
  }

  @Test
  void aSidewaysCaptionFollowsItsUprightPagesText() throws IOException {
    String text =
        reader
            .read(
                TestPdfs.turned(
                    List.of(
                        TurnedPage.upright(
                            Run.upright(72, 720, "Trade Report", "Tariffs fell in every quarter."),
                            Run.turned(90, 300, 200, "Table 3 Framework Agreement on Trade"),
                            Run.upright(300, 40, "7")))))
            .text();

    // Each direction is read in turn, the page's own first: its page number keeps its place at
    // the foot of its upright text, among the page's last two lines, and the caption stands
    // apart, a paragraph of its own.
    assertEquals(
        List.of(
            "Trade Report",
            "Tariffs fell in every quarter.",
            "7",
            "Table 3 Framework Agreement on Trade"),
        lines(text));
    assertTrue(text.contains("\n\nTable 3 Framework Agreement on Trade"), text);
  }

  @Test
  void aTurnedPagesUnturnedStampFollowsTheTextThatReadsUpright() throws IOException {
    // A page shown turned, its text drawn to read upright on screen, and a filing stamp drawn
    // as if the page were not turned: the text a reader sees upright comes first, then the stamp.
    List<String> lines =
        linesOf(
            TurnedPage.shownUpright(
                90, Run.upright(72, 540, TREATY), Run.turned(-90, 400, 572, "Filed 3 May 2024")));

    assertEquals(List.of(TREATY[0], TREATY[1], TREATY[2], "Filed 3 May 2024"), lines);
  }

  @Test
  void uprightPagesAroundASidewaysOneReadAsWithoutIt() throws IOException {
    TurnedPage before = TurnedPage.upright(Run.upright(72, 720, "Tariffs fell.", "Quotas rose."));
    TurnedPage after = TurnedPage.upright(Run.upright(72, 720, "Duties were cut by half."));
    TurnedPage sideways = TurnedPage.upright(Run.turned(90, 300, 100, TREATY));

    String[] alone = reader.read(TestPdfs.turned(List.of(before, after))).text().split("\f");
    String[] around =
        reader.read(TestPdfs.turned(List.of(before, sideways, after))).text().split("\f");

    assertEquals(3, around.length);
    assertEquals(alone[0], around[0]);
    assertEquals(alone[1], around[2]);
    assertTrue(around[1].contains(String.join("\n", TREATY)), around[1]);
  }

  @Test
  void readingATurnedPageLeavesItAsItWas() throws IOException {
    byte[] content =
        TestPdfs.turned(
            List.of(
                TurnedPage.shownSideways(
                    90, Run.upright(72, 720, "Tariffs fell."), Run.turned(90, 300, 100, TREATY))));
    try (PDDocument pdf = Loader.loadPDF(content)) {
      PDPage page = pdf.getPage(0);
      COSBase contents = page.getCOSObject().getItem(COSName.CONTENTS);

      PdfLines lines = PdfLines.read(pdf);

      // The damage checks after the reading look at the page's content as the file has it.
      assertTrue(lines.text().contains(String.join("\n", TREATY)), lines.text());
      assertSame(contents, page.getCOSObject().getItem(COSName.CONTENTS));
      assertEquals(90, page.getRotation());
    }
  }
}
