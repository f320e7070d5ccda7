package org.policysearch.structure;

import java.util.List;
import java.util.Objects;

/**
 * One indexed passage: a heading, a paragraph (or a part of a long one) or a bullet.
 *
 * @param id stable id {@code <documentId>:<ordinal>}; the same text always yields the same ids
 * @param documentId the document it belongs to
 * @param ordinal position among the document's chunks, from 0
 * @param kind heading, paragraph or bullet
 * @param sectionPath the headings above this chunk, outermost first (a heading chunk's path does
 *     not include itself)
 * @param text the chunk's text, repaired (wrapped lines joined, hyphenation undone)
 * @param start offset of the chunk's first character in the document's normalised text
 * @param end offset just past the chunk's last character in the document's normalised text
 */
public record Chunk(
    String id,
    String documentId,
    int ordinal,
    ChunkKind kind,
    List<String> sectionPath,
    String text,
    int start,
    int end) {
  public Chunk {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    sectionPath = List.copyOf(sectionPath);
    Objects.requireNonNull(text, "text");
  }

  /** The id of the chunk at {@code ordinal} in document {@code documentId}. */
  public static String idOf(String documentId, int ordinal) {
    return documentId + ":" + ordinal;
  }

  /**
   * The ordinal an id made by {@link #idOf} holds ({@code us-rok-deal:12} → 12); -1 when {@code id}
   * holds none, as a typed or linked id may not.
   */
  public static int ordinalOf(String id) {
    int colon = id.lastIndexOf(':');
    String ordinal = id.substring(colon + 1);
    return colon > 0 && ordinal.matches("\\d{1,9}") ? Integer.parseInt(ordinal) : -1;
  }
}
