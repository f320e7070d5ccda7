package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.Fields;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.Indexer;

/**
 * Issue 12: an {@code index} run killed at any moment (kill -9) leaves an index that opens clean
 * with every document whole, as the last commit left it or as a later one did, and the next full
 * run brings it to what a clean run gives.
 */
class IndexCrashTest {
  private static final int FILES = 200;
  private static final int KILLS = 10;
  private static final String[] WORDS =
      ("the parties shall cooperate in science technology innovation quantum semiconductors"
              + " supply chain trade agreement article protocol research security")
          .split(" ");

  @TempDir Path tmp;

  @Test
  void indexKilledAtRandomMomentsAlwaysOpensWholeAndTheNextRunConverges() throws Exception {
    Random random = new Random(20_251_126L);
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path index = tmp.resolve("index");
    for (int n = 0; n < FILES; n++) {
      write(corpus, n, 0, random);
    }
    Engine engine = Engine.create();
    engine.index(corpus, index, Indexer.Progress.NONE);
    for (int kill = 1; kill <= KILLS; kill++) {
      // Files changed each time, so that every run has work to do: some runs are killed with it
      // under way, some only after their commit, some during it.
      int changed = 10 + random.nextInt(40);
      for (int i = 0; i < changed; i++) {
        write(corpus, random.nextInt(FILES), kill, random);
      }
      Path log = tmp.resolve("run-" + kill + ".log");
      Process run = IndexProcess.start(corpus, index, log);
      long delay = 300 + random.nextInt(4_000);
      boolean finished = run.waitFor(delay, TimeUnit.MILLISECONDS);
      run.destroyForcibly();
      assertTrue(run.waitFor(30, TimeUnit.SECONDS), "killed");
      String when = "after kill " + kill + " at " + delay + " ms (finished: " + finished + ")";
      assertWhole(index, when);
    }

    String out = CommandOutput.run("index", "--corpus", "" + corpus, "--index", "" + index).out();
    IndexSummary clean = engine.index(corpus, tmp.resolve("clean"), Indexer.Progress.NONE);

    assertTrue(
        out.startsWith(
            "Indexed " + clean.documents() + " documents, " + clean.chunks() + " chunks in "),
        out);
    assertEquals(FILES, clean.documents());
    assertWhole(index, "after the last run");
  }

  /**
   * Checks that the index opens, that Lucene's CheckIndex finds nothing wrong, and that it holds
   * every file once with all of its chunks: the first commit's state or a later one's, never half.
   */
  private static void assertWhole(Path index, String when) throws IOException {
    try (Directory dir = FSDirectory.open(index)) {
      try (CheckIndex check = new CheckIndex(dir)) {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        check.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
        assertTrue(
            check.checkIndex().clean, when + ":\n" + report.toString(StandardCharsets.UTF_8));
      }
      Map<String, Integer> chunks = new HashMap<>();
      Map<String, Integer> declared = new HashMap<>();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            Document d = stored.document(doc);
            String id = d.get(Fields.DOC_ID);
            if (d.get(Fields.CHUNK_ID) != null) {
              chunks.merge(id, 1, Integer::sum);
            }
            // The document's first chunk and its record say how many chunks it has.
            IndexableField count = d.getField(Fields.CHUNK_COUNT);
            if (count != null) {
              declared.put(id, count.numericValue().intValue());
            }
          }
        }
      }
      assertEquals(FILES, chunks.size(), when + ": documents");
      assertEquals(declared, chunks, when + ": each document's chunks, all of them");
    }
  }

  /** File {@code n} in version {@code version}: a few paragraphs of random policy words. */
  private static void write(Path corpus, int n, int version, Random random) throws IOException {
    StringBuilder text = new StringBuilder("Report " + n + " version " + version + ".\n\n");
    int paragraphs = 2 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      for (int w = 0; w < 40; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(w == 39 ? ".\n\n" : " ");
      }
    }
    Files.writeString(corpus.resolve(String.format(Locale.ROOT, "report-%03d.txt", n)), text);
  }
}
