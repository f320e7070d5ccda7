package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
  @TempDir Path tmp;

  @Test
  void indexPrintsASummaryAndSucceeds() {
    CommandOutput run =
        run("index", "--corpus", "corpus", "--index", tmp.resolve("index").toString());

    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("Indexed 3 documents, 72 chunks in "), run.out());
    assertTrue(run.out().contains("(3 added, 0 updated, 0 unchanged, 0 removed)"), run.out());
  }

  @Test
  void aCorpusFolderThatIsNotThereIsTheWholeErrorWithoutAStackTrace() {
    Path missing = tmp.resolve("no-such-corpus");

    CommandOutput run =
        run("index", "--corpus", missing.toString(), "--index", tmp.resolve("i").toString());

    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        "No corpus folder at " + missing.toAbsolutePath() + System.lineSeparator(), run.err());
  }

  @Test
  void corruptIndexIsRebuiltFromTheCorpusWithOneLine() throws IOException {
    Path index = tmp.resolve("index");
    assertEquals(0, run("index", "--corpus", "corpus", "--index", index.toString()).exitCode());
    try (var files = Files.list(index)) {
      for (Path file : files.filter(f -> !f.endsWith("write.lock")).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55; // one flipped byte: its checksum no longer holds
        Files.write(file, bytes);
      }
    }

    CommandOutput run = run("index", "--corpus", "corpus", "--index", index.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("(3 added, 0 updated, 0 unchanged, 0 removed)"), run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(
        run.err().contains("cannot be read (")
            && run.err().contains("rebuilding it from the corpus"),
        run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void indexFailsWhenNothingCouldBeIndexed() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("empty.txt"), "");

    CommandOutput run =
        run("index", "--corpus", corpus.toString(), "--index", tmp.resolve("i").toString());

    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("empty.txt: empty file"), run.out());
    assertTrue(run.out().contains("Nothing could be indexed."), run.out());
  }

  @Test
  void indexPrintsAndCountsMetadataWarnings() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("deal.txt"), "Agreement between Japan and Chile.");
    Files.writeString(corpus.resolve("deal.txt.meta.json"), "{\"date\": \"2025-13-45\"}");
    Files.writeString(corpus.resolve("manifest.jsonl"), "not json\n{\"file\": \"deal.txt\"}\n");

    CommandOutput run =
        run("index", "--corpus", corpus.toString(), "--index", tmp.resolve("i").toString());

    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("removed), 2 warnings."), run.out());
    assertTrue(
        run.out()
            .contains("  deal.txt: deal.txt.meta.json: \"date\" \"2025-13-45\" is not a real date"),
        run.out());
    assertTrue(run.out().contains("  manifest.jsonl:1: not valid JSON"), run.out());
  }

  @Test
  void linkLeadingOutsideTheCorpusIsSkippedUnlessFollowLinksIsGiven(@TempDir Path outside)
      throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("deal.txt"), "Agreement between Japan and Chile.");
    Path secret = Files.writeString(outside.resolve("secret.txt"), "Minutes of a closed meeting.");
    Files.createSymbolicLink(corpus.resolve("p.txt"), secret);

    CommandOutput confined =
        run("index", "--corpus", corpus.toString(), "--index", tmp.resolve("i").toString());

    assertEquals(0, confined.exitCode());
    assertTrue(confined.out().startsWith("Indexed 1 documents, "), confined.out());
    assertTrue(
        confined
            .out()
            .contains(
                "Skipped 1 file:\n  p.txt: symbolic link leading outside the corpus folder"
                    + " (not followed without --follow-links)\n"),
        confined.out());

    CommandOutput following =
        run(
            "index",
            "--follow-links",
            "--corpus",
            corpus.toString(),
            "--index",
            tmp.resolve("i").toString());

    assertEquals(0, following.exitCode());
    assertTrue(following.out().startsWith("Indexed 2 documents, "), following.out());
    assertTrue(following.out().contains("(1 added, 0 updated, 1 unchanged"), following.out());
  }

  @Test
  void fileNamesWithLineBreaksAreQuotedAndCannotForgeLinesOfTheOutputOrTheLog() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("deal.txt"), "Agreement between Japan and Chile.");
    Files.writeString(corpus.resolve("a.txt\n  forged.txt: binary content, not text\nb.txt"), "");
    Files.write(corpus.resolve("c.txt\rforged.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});

    CommandOutput run =
        run("index", "--corpus", corpus.toString(), "--index", tmp.resolve("i").toString());

    assertEquals(0, run.exitCode());
    assertTrue(
        run.out()
            .contains(
                "Warnings:\n  \"c.txt\\rforged.txt\": not valid UTF-8, read as Windows-1252\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "Skipped 1 file:\n"
                    + "  \"a.txt\\n  forged.txt: binary content, not text\\nb.txt\": empty file\n"),
        run.out());
    assertTrue(
        run.err()
            .contains(
                "skipped \"a.txt\\n  forged.txt: binary content, not text\\nb.txt\": empty"
                    + " file\n"),
        run.err());
    assertTrue(
        run.err().contains("\"c.txt\\rforged.txt\": not valid UTF-8, read as Windows-1252\n"),
        run.err());
    for (String line : (run.out() + run.err()).split("[\r\n]")) {
      assertFalse(line.startsWith("  forged.txt") || line.startsWith("forged.txt"), line);
    }
  }

  @Test
  void indexRunWhileAnotherHoldsTheIndexSaysSoInOneLineAndFails() throws IOException {
    Path index = tmp.resolve("index");
    assertEquals(0, run("index", "--corpus", "corpus", "--index", index.toString()).exitCode());

    try (Directory dir = FSDirectory.open(index);
        IndexWriter other =
            new IndexWriter(
                dir,
                new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setCommitOnClose(false))) {
      CommandOutput second = run("index", "--corpus", "corpus", "--index", index.toString());

      assertEquals(1, second.exitCode());
      assertEquals("", second.out());
      assertEquals(
          "Another index run holds the index at "
              + index.toAbsolutePath()
              + ": try again when it has finished (serve can run alongside it).\n",
          second.err());
      assertTrue(other.isOpen(), "the other run goes on");
    }
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command : new String[] {"index", "serve", "search"}) {
      CommandOutput run = run(command, "--help");
      assertEquals(0, run.exitCode(), command);
      assertTrue(run.out().contains("Usage: policy-search " + command), run.out());
    }
  }

  private static CommandOutput run(String... args) {
    return CommandOutput.run(args);
  }
}
