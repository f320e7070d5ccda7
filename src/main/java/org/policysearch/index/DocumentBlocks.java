package org.policysearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.policysearch.structure.Chunk;

/**
 * Turns one tagged document into its block of Lucene documents: its chunks in order, then the
 * record that closes the block (block joins find a chunk's document as the next record). Holds no
 * state between documents, so the threads putting documents into a {@link LuceneChunkSink} share
 * one.
 */
final class DocumentBlocks {
  private final ChunkDocuments documents = new ChunkDocuments();
  private final DocumentRecords records = new DocumentRecords(documents);

  /** The Lucene documents of {@code document}, which has at least one chunk. */
  List<Document> of(ChunkSink.TaggedDocument document) throws IOException {
    List<Chunk> chunks = document.chunks();
    List<Document> docs = new ArrayList<>(chunks.size() + 1);
    ChunkDocuments.Block block =
        documents.block(document.source(), chunks.size(), document.definitions());
    for (int i = 0; i < chunks.size(); i++) {
      docs.add(block.toDocument(chunks.get(i), document.tags().get(i)));
    }
    docs.add(
        records.toRecord(
            document.source(),
            chunks,
            document.tags(),
            document.partyCodes(),
            document.partyNames()));
    return docs;
  }
}
