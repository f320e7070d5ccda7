package org.policysearch.structure;

import java.util.List;
import java.util.Objects;

/**
 * One block of a document's outline: a heading, a whole paragraph or a whole bullet, repaired.
 *
 * @param kind heading, paragraph or bullet
 * @param level for a heading its depth in the outline (1 for the outermost); for other blocks the
 *     depth of the section they are in (0 outside any section)
 * @param sectionPath the headings above the block, outermost first, not including itself
 * @param text the repaired text: wrapped lines joined, hyphenation undone, bullet symbols removed
 * @param start offset of the block's first source character (its marker, if any)
 * @param end offset just past the block's last source character
 * @param offsets where each character of {@code text} came from
 */
public record Block(
    ChunkKind kind,
    int level,
    List<String> sectionPath,
    String text,
    int start,
    int end,
    SourceOffsets offsets) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    sectionPath = List.copyOf(sectionPath);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
  }

  /** This block at another {@code level}, under {@code sectionPath}. */
  Block movedTo(int level, List<String> sectionPath) {
    return new Block(kind, level, sectionPath, text, start, end, offsets);
  }
}
