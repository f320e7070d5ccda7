package org.policysearch.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats the corpus reader understands, chosen by file extension. */
public enum SourceFormat {
  TEXT,
  MARKDOWN,
  HTML,
  PDF;

  /** The format of a file by its extension, or empty when policy-search does not read it. */
  public static Optional<SourceFormat> of(Path file) {
    return of(file.getFileName().toString());
  }

  /** The format of a file named {@code fileName} (a path's last part, or all of it). */
  public static Optional<SourceFormat> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (name.endsWith(".pdf")) {
      return Optional.of(PDF);
    }
    return Optional.empty();
  }
}
