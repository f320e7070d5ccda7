package org.policysearch.search;

import java.util.List;
import org.policysearch.structure.Chunk;

/**
 * A passage that reads the same as a better-ranked hit (the same clause in another agreement), or
 * nearly the same, and is folded into it rather than listed again.
 *
 * @param chunkId the passage's chunk
 * @param documentId its document
 * @param title its document's title
 * @param sectionPath the headings above it in its document: what tells apart passages of one
 *     document (its chapters), which the title cannot; null until they are read
 * @param url the page address that opens the passage inside its document, the query's words marked
 * @param nearly whether its words differ from the hit's in places (a near copy), not only in
 *     numbering, case and punctuation
 */
public record SameTextPassage(
    String chunkId,
    String documentId,
    String title,
    List<String> sectionPath,
    String url,
    boolean nearly) {
  public SameTextPassage {
    sectionPath = sectionPath == null ? null : List.copyOf(sectionPath);
  }

  /**
   * The passage at {@code ordinal} in document {@code documentId}, its link marking {@code query}'s
   * words (null: none); untitled and its headings unread, as an engine's ranked window knows
   * neither.
   */
  public static SameTextPassage of(String documentId, int ordinal, String query) {
    String chunkId = Chunk.idOf(documentId, ordinal);
    return new SameTextPassage(
        chunkId, documentId, null, null, Permalink.opening(documentId, chunkId, query), false);
  }

  /** This passage under {@code headings} in its document. */
  public SameTextPassage under(List<String> headings) {
    return new SameTextPassage(chunkId, documentId, title, headings, url, nearly);
  }

  /** This passage with its document's title. */
  public SameTextPassage titled(String documentTitle) {
    return new SameTextPassage(chunkId, documentId, documentTitle, sectionPath, url, nearly);
  }

  /** This passage, a near copy of the hit when {@code near}. */
  public SameTextPassage nearly(boolean near) {
    return new SameTextPassage(chunkId, documentId, title, sectionPath, url, near);
  }
}
