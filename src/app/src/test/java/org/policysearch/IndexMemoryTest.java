package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a large file never ends an indexing run with {@link OutOfMemoryError}; it is indexed in
 * a bounded heap, or skipped before it is read, and the other files are indexed either way.
 */
class IndexMemoryTest {
  private static final String HEAP = "-Xmx256m";
  private static final long MEGABYTE = 1024 * 1024;
  private static final String[] WORDS =
      ("the parties shall cooperate in science technology innovation quantum semiconductors"
              + " supply chain trade agreement article protocol research security")
          .split(" ");

  @TempDir Path tmp;

  @Test
  void fileTooLargeForTheHeapIsSkippedWithItsSizeAndLimitAndTheOthersIndexed() throws Exception {
    Path corpus = smallCorpus();
    writeText(corpus.resolve("big.txt"), 60 * MEGABYTE, "\n\n");

    String out = index(corpus);

    assertTrue(out.contains("\nIndexed 2 documents, "), out);
    assertTrue(
        Pattern.compile(
                "\n  big\\.txt: too large: 60\\.0 MB, limit [0-9.]+ MB for a [0-9]+ MB heap \\(")
            .matcher(out)
            .find(),
        out);
    assertFalse(out.contains("OutOfMemoryError"), out);
  }

  @Test
  void paragraphOfTenMegabytesWithoutLineBreaksIndexesInASmallHeap() throws Exception {
    Path corpus = smallCorpus();
    writeText(corpus.resolve("one-line.txt"), 10 * MEGABYTE, " ");

    String out = index(corpus);

    assertTrue(out.contains("Indexed 3 documents, "), out);
    assertFalse(out.contains("Skipped"), out);
  }

  private Path smallCorpus() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Agreement between Japan and Chile on trade.");
    Files.writeString(corpus.resolve("b.txt"), "Memorandum on quantum research with Korea.");
    return corpus;
  }

  /** Runs {@code index} on {@code corpus} in a JVM with a 256 MB heap; what it printed. */
  private String index(Path corpus) throws IOException, InterruptedException {
    Path log = tmp.resolve("index.log");
    Process run = IndexProcess.start(corpus, tmp.resolve("index"), log, HEAP);
    try {
      assertTrue(run.waitFor(3, TimeUnit.MINUTES), "index finished");
      String out = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(0, run.exitValue(), out);
      return out;
    } finally {
      run.destroyForcibly();
    }
  }

  /** About {@code bytes} of English-like sentences, {@code gap} after each of 80 words. */
  private static void writeText(Path file, long bytes, String gap) throws IOException {
    Random random = new Random(12);
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (written < bytes) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 80; i++) {
          paragraph.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
          if (i % 16 == 15) {
            paragraph.append('.');
          }
        }
        paragraph.append(gap);
        out.write(paragraph.toString());
        written += paragraph.length();
      }
    }
  }
}
