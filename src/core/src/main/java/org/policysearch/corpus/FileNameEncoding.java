package org.policysearch.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Tells the corpus files whose names this JVM can list but not name again: on Linux a name is
 * bytes, which Java decodes in its file-name encoding (from the locale), putting a replacement sign
 * for bytes it cannot decode ({@code caf\xE9.txt}, Latin-1, in a UTF-8 locale; any byte beyond
 * ASCII in the C locale). The name stored in the index would then lead to no file, or to another
 * one, so such a file is skipped, with the reason, rather than indexed and unreachable.
 */
final class FileNameEncoding {
  private final String encoding;

  private FileNameEncoding(String encoding) {
    this.encoding = encoding;
  }

  /** The encoding this JVM writes file names in. */
  static FileNameEncoding ofThisJvm() {
    return new FileNameEncoding(System.getProperty("sun.jnu.encoding", "unknown"));
  }

  /** Whether {@code name}, a path under {@code root} as read, names {@code path} again. */
  static boolean namesAgain(Path root, String name, Path path) {
    try {
      return root.resolve(name).equals(path);
    } catch (InvalidPathException e) {
      return false; // a character the file-name encoding cannot write
    }
  }

  /** Why a file whose name does not name it again is skipped, and what to do. */
  String reason() {
    boolean utf8 = encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8");
    return utf8
        ? "file name not valid "
            + StandardCharsets.UTF_8.name()
            + " (written in another encoding?), so it could not be opened again: rename it"
        : "file name not readable in this system's file-name encoding ("
            + encoding
            + ", from the locale), so it could not be opened again: run with a UTF-8 locale"
            + " (LANG=C.UTF-8) or rename it";
  }
}
