package org.policysearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary copy of some corpus documents without their first lines: a catalogue's title that is
 * not the document's own text, so that a measure sees only what the text itself says.
 */
public final class CutCorpus {
  private CutCorpus() {}

  /**
   * Copies each of {@code files} (relative to {@code corpus}, or to its {@code docs/} folder) into
   * a new temporary folder without its first {@code dropLines} lines; a file that is missing is
   * left out. The caller deletes the folder with {@link #delete(Path)}.
   */
  public static Path copy(Path corpus, Collection<String> files, int dropLines) throws IOException {
    Path copy = Files.createTempDirectory("policy-search-cut");
    for (String file : files) {
      Path source = corpus.resolve(file);
      if (!Files.isRegularFile(source)) {
        source = corpus.resolve("docs").resolve(file);
      }
      if (Files.isRegularFile(source)) {
        List<String> lines = Files.readAllLines(source);
        Path target = copy.resolve(file);
        Files.createDirectories(target.getParent());
        Files.write(
            target,
            new ArrayList<>(lines.subList(Math.min(dropLines, lines.size()), lines.size())));
      }
    }
    return copy;
  }

  /** Deletes {@code folder} and everything in it. */
  public static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
