package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.corpus.TestPdfs;

/** A PDF whose words break across lines and pages, read and chunked as the indexer does. */
class HyphenatedPdfTest {

  @Test
  void wordsBrokenAcrossLinesAndPagesAreJoinedAndCompoundsKept(@TempDir Path corpus)
      throws IOException {
    List<Chunk> chunks = PdfChunks.of(corpus, "accord.pdf", TestPdfs.hyphenatedAccord());

    assertEquals(
        List.of(
            "Article 1 Committee",
            "The Parties shall promote the establishment of a joint committee and the negotiation"
                + " of long-term arrangements to reduce barriers to trade in goods."),
        chunks.stream().map(Chunk::text).toList());
    assertEquals(List.of("Article 1 Committee"), chunks.get(1).sectionPath());
  }
}
