package org.policysearch.index;

import java.io.IOException;
import java.nio.file.Path;

/** Thrown when another indexing run, in this process or another, holds the index's write lock. */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path indexDir;

  IndexLockedException(Path indexDir, Throwable cause) {
    super("another index run holds the index at " + indexDir.toAbsolutePath(), cause);
    this.indexDir = indexDir;
  }

  /** The index folder that is held. */
  public Path indexDir() {
    return indexDir;
  }
}
