package org.policysearch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.policysearch.Engine;
import org.policysearch.index.Indexer;

/** Builds real on-disk indexes for tests: the committed seed corpus, or a few files of our own. */
public final class TestIndexes {
  /** The seed corpus committed with the code. */
  public static final Path SEED_CORPUS = Path.of("corpus");

  public static final String NEWS_A = "korea-italy-mou-news-a";
  public static final String NEWS_B = "korea-italy-mou-news-b";
  public static final String US_ROK = "us-rok-technology-prosperity-deal";

  private TestIndexes() {}

  /** Indexes the seed corpus into {@code dir} and opens a service over it. */
  public static SearchService seed(Path dir) throws IOException {
    return open(SEED_CORPUS, dir.resolve("index"));
  }

  /** Writes {@code files} (name → text) into {@code dir}/corpus, indexes it, opens a service. */
  public static SearchService ofFiles(Path dir, Map<String, String> files) throws IOException {
    Path corpus = write(dir.resolve("corpus"), files);
    return open(corpus, dir.resolve("index"));
  }

  /** Writes {@code files} (name → text) into {@code corpus}. */
  public static Path write(Path corpus, Map<String, String> files) throws IOException {
    Files.createDirectories(corpus);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(corpus.resolve(file.getKey()), file.getValue());
    }
    return corpus;
  }

  /** Brings the index at {@code index} in line with {@code corpus}. */
  public static void index(Path corpus, Path index) throws IOException {
    Engine.create().index(corpus, index, Indexer.Progress.NONE);
  }

  private static SearchService open(Path corpus, Path index) throws IOException {
    index(corpus, index);
    return Engine.create().searchService(index);
  }

  /**
   * Short chunk ids, so expectations read like the corpus: {@code a:4}, {@code b:16}, {@code
   * us:30}.
   */
  public static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> shortId(h.chunkId())).toList();
  }

  /** Short ids of the hits holding every word of the query, which come before the others. */
  public static List<String> idsWithEveryWord(SearchResult result) {
    return result.hits().stream().filter(Hit::allWords).map(h -> shortId(h.chunkId())).toList();
  }

  /** Expands short ids ({@code a:4}) into full chunk ids. */
  public static String chunkId(String shortId) {
    String[] parts = shortId.split(":");
    String doc =
        switch (parts[0]) {
          case "a" -> NEWS_A;
          case "b" -> NEWS_B;
          case "us" -> US_ROK;
          default -> parts[0];
        };
    return doc + ":" + parts[1];
  }

  /** The short form of a chunk id of the seed corpus. */
  public static String shortId(String chunkId) {
    return chunkId
        .replace(NEWS_A + ":", "a:")
        .replace(NEWS_B + ":", "b:")
        .replace(US_ROK + ":", "us:");
  }

  /** {@code "a:1 a:4"} as a list. */
  public static List<String> list(String ids) {
    return Arrays.asList(ids.split(" "));
  }
}
