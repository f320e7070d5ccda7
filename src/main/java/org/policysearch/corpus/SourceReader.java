package org.policysearch.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one file of a given format into normalised text (see {@link SourceText}). */
public interface SourceReader {

  /**
   * Reads the file.
   *
   * @throws IOException when the file cannot be read at all
   * @throws UnreadableSourceException when the file is read but is not a usable document (binary,
   *     empty, truncated PDF...); its message is the reason shown to the user
   */
  SourceText read(Path file) throws IOException;
}
