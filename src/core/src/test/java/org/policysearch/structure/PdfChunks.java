package org.policysearch.structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policysearch.corpus.CorpusReader;

/** A PDF written into a corpus folder, read and chunked as the indexer does, for these tests. */
final class PdfChunks {
  private PdfChunks() {}

  /** The chunks of {@code pdf}, written into the empty folder {@code corpus} as {@code name}. */
  static List<Chunk> of(Path corpus, String name, byte[] pdf) throws IOException {
    Files.write(corpus.resolve(name), pdf);
    CorpusReader reader = new CorpusReader();
    return new Chunker().split(reader.read(reader.list(corpus).get(0)));
  }
}
