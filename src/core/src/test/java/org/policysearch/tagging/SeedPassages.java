package org.policysearch.tagging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The passages of the seed corpus's text files, split at blank lines, for rules to be tried on. */
final class SeedPassages {
  private SeedPassages() {}

  static List<String> read() throws IOException {
    List<String> passages = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String passage : Files.readString(file).split("\\n\\s*\\n")) {
          passages.add(passage.strip());
        }
      }
    }
    return passages;
  }
}
