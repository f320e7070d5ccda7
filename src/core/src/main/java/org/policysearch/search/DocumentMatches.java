package org.policysearch.search;

import java.util.List;

/**
 * Where a query's words are in one document: each chunk that holds one, with how many the document
 * view marks there, so that the page can step from match to match through parts not loaded yet.
 *
 * @param documentId the document
 * @param query the query as typed
 * @param total how many matches the document holds (the sum of the chunks' matches)
 * @param chunks the chunks holding a match, in document order
 */
public record DocumentMatches(String documentId, String query, int total, List<Chunk> chunks) {
  public DocumentMatches {
    chunks = List.copyOf(chunks);
  }

  /** A chunk holding matches: its ordinal and how many of its words (or phrases) are marked. */
  public record Chunk(int ordinal, int matches) {}

  /** The matches of {@code chunks}, totalled. */
  public static DocumentMatches of(String documentId, String query, List<Chunk> chunks) {
    return new DocumentMatches(
        documentId, query, chunks.stream().mapToInt(Chunk::matches).sum(), chunks);
  }

  /**
   * How many marks a chunk's text, as the document view gives it (HTML-escaped, each match in one
   * {@code <mark>}), holds: what a match is, for the count and the page alike.
   */
  public static int marks(String marked) {
    int count = 0;
    for (int at = marked.indexOf("<mark>"); at >= 0; at = marked.indexOf("<mark>", at + 6)) {
      count++;
    }
    return count;
  }
}
