package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.corpus.TestPdfs;
import org.policysearch.corpus.TestPdfs.Run;
import org.policysearch.corpus.TestPdfs.TurnedPage;

/** PDFs with pages set sideways, read and chunked as the indexer does. */
class TurnedPdfPagesTest {
  @Test
  void aSidewaysPagesRunningHeadAndNumberAreDroppedLikeTheOthers(@TempDir Path corpus)
      throws IOException {
    byte[] pdf =
        TestPdfs.turned(
            List.of(
                TurnedPage.upright(
                    Run.upright(72, 740, "Trade Report 2024"),
                    Run.upright(72, 700, "Tariffs fell in every quarter of the year."),
                    Run.upright(300, 40, "1")),
                // Shown turned, drawn unturned: the reader sees it sideways.
                TurnedPage.shownSideways(
                    270,
                    Run.upright(72, 740, "Trade Report 2024"),
                    Run.upright(72, 700, "Framework Agreement on Trade in services."),
                    Run.upright(300, 40, "2")),
                // A landscape page set on a portrait one, its head and number turned with it.
                TurnedPage.upright(
                    Run.turned(90, 40, 72, "Trade Report 2024"),
                    Run.turned(90, 80, 72, "Quotas were lifted on steel."),
                    Run.turned(90, 580, 380, "3"))));

    String text =
        PdfChunks.of(corpus, "report.pdf", pdf).stream()
            .map(Chunk::text)
            .collect(Collectors.joining("\n"));

    assertTrue(text.contains("Framework Agreement on Trade in services."), text);
    assertTrue(text.contains("Quotas were lifted on steel."), text);
    assertFalse(text.contains("Trade Report"), text);
    assertFalse(text.matches("(?s).*(?m:^\\s*[123]\\s*$).*"), text);
  }
}
