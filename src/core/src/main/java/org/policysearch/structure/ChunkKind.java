package org.policysearch.structure;

import java.util.Locale;

/** What a chunk is in its document's outline. */
public enum ChunkKind {
  HEADING,
  PARAGRAPH,
  BULLET;

  /** The lower-case name used in the index and the API. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ChunkKind ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
