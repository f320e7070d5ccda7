package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web layer and the search commands see only the backend-neutral search layer: none of their
 * sources names Lucene or the Lucene backend, so another backend plugs in without touching them
 * (only {@link Engine} chooses the backend). The core module names neither the web server nor the
 * command line, so that a backend running inside another server can use it.
 */
class LayeringTest {
  private static final Path MAIN = Path.of("src/app/src/main/java/org/policysearch");
  private static final Path CORE = Path.of("src/core/src/main/java/org/policysearch");

  @Test
  void webNamesNoLucene() throws IOException {
    assertEquals(List.of(), namingLucene(sources(MAIN.resolve("web"))));
  }

  @Test
  void searchAndServeCommandsNameNoLucene() throws IOException {
    assertEquals(
        List.of(),
        namingLucene(
            Stream.of("SearchCommand.java", "ServeCommand.java", "IndexCommand.java")
                .map(MAIN::resolve)
                .toList()));
  }

  @Test
  void indexerNamesNoLucene() throws IOException {
    // The indexer's threads, counts and progress talk to a ChunkSink only; the writer is the
    // sink's.
    assertEquals(List.of(), namingLucene(List.of(CORE.resolve("index/Indexer.java"))));
  }

  @Test
  void coreNamesNoWebServerNorCommandLine() throws IOException {
    List<String> found = new java.util.ArrayList<>();
    for (Path file : sources(CORE)) {
      String source = Files.readString(file);
      if (source.contains("io.javalin")
          || source.contains("org.eclipse.jetty")
          || source.contains("picocli")
          || source.contains("org.policysearch.web")
          || source.contains("org.policysearch.bench")) {
        found.add(file.getFileName().toString());
      }
    }
    assertEquals(List.of(), found);
  }

  private static List<Path> sources(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The files among {@code files} that mention Lucene's packages or the Lucene backend. */
  private static List<String> namingLucene(List<Path> files) throws IOException {
    List<String> found = new java.util.ArrayList<>();
    for (Path file : files) {
      String source = Files.readString(file);
      if (source.contains("org.apache.lucene") || source.contains("LuceneBackend")) {
        found.add(file.getFileName().toString());
      }
    }
    return found;
  }
}
