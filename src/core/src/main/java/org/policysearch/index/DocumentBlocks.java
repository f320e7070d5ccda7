package org.policysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.lucene.document.Document;
import org.policysearch.corpus.UnreadableSourceException;
import org.policysearch.structure.Chunk;

/**
 * Turns one tagged document into its block of Lucene documents: its chunks in order, then the
 * record that closes the block (block joins find a chunk's document as the next record). Holds no
 * state between documents, so the threads putting documents into a {@link LuceneChunkSink} share
 * one; a sink writing to another engine reads its fields from the same documents.
 */
public final class DocumentBlocks {
  // One time per run (a sink builds one of these per run): see Fields.INDEXED.
  private final ChunkDocuments documents = new ChunkDocuments(System.currentTimeMillis());
  private final DocumentRecords records = new DocumentRecords(documents);

  /**
   * The Lucene documents of {@code document}, which has at least one chunk, each built when the
   * writer comes to it: built all at once, a long document's Lucene documents took about ten times
   * its text in heap (a 12 MB text ran out of a 256 MB heap). Iterate once; a failure to build one
   * is an {@link UncheckedIOException}, a text too deep to build one from an {@link
   * UnreadableSourceException}.
   */
  public Iterable<Document> of(ChunkSink.TaggedDocument document) {
    List<Chunk> chunks = document.chunks();
    ChunkDocuments.Block block =
        documents.block(document.source(), chunks.size(), document.definitions());
    return () ->
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next <= chunks.size();
          }

          @Override
          public Document next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            try {
              return i < chunks.size()
                  ? block.toDocument(chunks.get(i), document.tags().get(i))
                  : records.toRecord(
                      document.source(),
                      chunks,
                      document.tags(),
                      document.partyCodes(),
                      document.partyNames(),
                      document.definitions(),
                      block.spelling());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (StackOverflowError e) {
              // The writer takes any Error as the index's own failure and closes itself, which
              // ended the run and every file after it; an exception costs this document only.
              throw new UnreadableSourceException(Indexer.TOO_DEEP, e);
            }
          }
        };
  }
}
