package org.policysearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.policysearch.acronyms.Definition;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.structure.Chunk;
import org.policysearch.tagging.Tags;

/**
 * Where the {@link Indexer} writes documents' tagged chunks: a Lucene index ({@link
 * LuceneChunkSink}), or another engine's collection, without the indexer changing.
 *
 * <p>The indexer puts documents from several threads at once, so {@link #put} must be thread-safe
 * (and a sink that commits on its own, as the Lucene one does from time to time in a long run, must
 * allow for the puts under way). The other methods are called from one thread, when no put is under
 * way.
 */
public interface ChunkSink extends Closeable {

  /**
   * One document ready to index.
   *
   * @param source the document, its parties declared or inferred
   * @param chunks its chunks in order
   * @param tags each chunk's countries and sectors, in the same order
   * @param definitions the acronyms its chunks define
   * @param partyCodes its parties' country codes
   * @param partyNames every name of its parties, for matching the document as a whole
   */
  record TaggedDocument(
      SourceDocument source,
      List<Chunk> chunks,
      List<Tags> tags,
      List<Definition> definitions,
      List<String> partyCodes,
      List<String> partyNames) {}

  /** How many documents and chunks the sink holds. */
  record Counts(int documents, int chunks) {}

  /**
   * The content hash of each document the sink holds, by id; empty when it holds none or must be
   * rebuilt (then every document is written again).
   */
  Map<String, String> contentHashes();

  /**
   * The id of each document the sink holds, by its file name (its path in the corpus folder), so
   * that a file keeps its id when a file added beside it would take it; empty when the sink holds
   * none or cannot tell.
   */
  default Map<String, String> idsByFile() {
    return Map.of();
  }

  /**
   * Replaces every chunk of {@code document}'s id by its chunks, never leaving it half-updated.
   * Thread-safe: called from several indexing threads at once, each with a different document. An
   * exception ends the indexing run (a document that cannot be read, chunked or tagged never comes
   * here).
   */
  void put(TaggedDocument document) throws IOException;

  /** Removes every chunk of the document {@code documentId}. */
  void delete(String documentId) throws IOException;

  /** Makes the writes so far visible at once; until then searches see the previous commit. */
  void commit() throws IOException;

  /** What the sink holds, its writes included. */
  Counts counts() throws IOException;
}
