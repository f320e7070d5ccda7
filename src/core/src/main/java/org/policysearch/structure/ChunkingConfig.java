package org.policysearch.structure;

/**
 * How documents are cut into chunks.
 *
 * @param maxWords the most words a paragraph or bullet chunk may hold, unless a single sentence is
 *     longer (sentences are not cut, unless so long that they are text without full stops: see
 *     {@link Chunker})
 */
public record ChunkingConfig(int maxWords) {
  /** The default: about the length of a long paragraph, short enough to highlight usefully. */
  public static final ChunkingConfig DEFAULT = new ChunkingConfig(250);

  public ChunkingConfig {
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be positive: " + maxWords);
    }
  }
}
