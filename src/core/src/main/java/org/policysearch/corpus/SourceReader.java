package org.policysearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one file of a given format into normalised text (see {@link SourceText}). */
public interface SourceReader {

  /**
   * Reads a file's content, already loaded so that the corpus reader can hash and size-check the
   * same bytes it parses.
   *
   * @throws UnreadableSourceException when the content is not a usable document (binary, empty,
   *     truncated PDF...); its message is the reason shown to the user
   */
  SourceText read(byte[] content);

  /**
   * Reads the file.
   *
   * @throws IOException when the file cannot be read at all
   * @throws UnreadableSourceException when the file is read but is not a usable document (binary,
   *     empty, truncated PDF...); its message is the reason shown to the user
   */
  default SourceText read(Path file) throws IOException {
    return read(Files.readAllBytes(file));
  }
}
