package org.policysearch.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document file found in the corpus folder, not yet read.
 *
 * @param path where the file is
 * @param fileName its path relative to the corpus folder, with {@code /} separators
 * @param id its document id, unique within the corpus (see {@link DocumentIds})
 * @param format the format it will be read as
 */
public record CorpusFile(Path path, String fileName, String id, SourceFormat format) {
  public CorpusFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(format, "format");
  }
}
