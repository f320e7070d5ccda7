package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.Indexer;

/**
 * {@code ab} runs two builds side by side in one JVM; here both builds are this one (the test's
 * class path), each in its own class loader, as a jar of another checkout would be.
 */
class AbCommandTest {
  @TempDir static Path index;
  @TempDir static Path withoutTheNews;

  private static final String THIS_BUILD = System.getProperty("java.class.path");

  @BeforeAll
  static void indexSeedCorpusWholeAndWithoutOneDocument(@TempDir Path corpus) throws IOException {
    Engine.create().index(Path.of("corpus"), index, Indexer.Progress.NONE);
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().startsWith("korea-italy-mou-news-a")) {
          Files.copy(file, corpus.resolve(file.getFileName()));
        }
      }
    }
    Engine.create().index(corpus, withoutTheNews, Indexer.Progress.NONE);
  }

  @Test
  void sameBuildOnTheSameIndexAnswersEveryQueryAlikeAndIsTimedRoundByRound() {
    CommandOutput run = thisBuildAgainstItself("--rounds", "3");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("3 measured rounds each"), run.out());
    assertTrue(run.out().contains("this / other, paired by round"), run.out());
    assertTrue(run.out().matches("(?s).*CPU\\s+median \\d+\\.\\d{3}.*"), run.out());
    assertTrue(run.out().matches("(?s).*answers: the same for all \\d+ queries.*"), run.out());
  }

  @Test
  void queriesAnsweredDifferentlyAreCountedAndNamed() {
    CommandOutput run =
        thisBuildAgainstItself("--other-index", withoutTheNews.toString(), "--rounds", "1");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().matches("(?s).*answers: \\d+ of \\d+ queries answered differently.*"), run.out());
  }

  @Test
  void aQueryTheBuildRefusesIsNamedInAOneLineError(@TempDir Path tmp) throws IOException {
    Path queries = tmp.resolve("queries.tsv");
    Files.writeString(queries, "words\ttariff country:Narnia\n");

    CommandOutput run = thisBuildAgainstItself("--queries", queries.toString(), "--rounds", "1");

    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().startsWith("The query \"tariff country:Narnia\" is refused: Unknown country"),
        run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void anIndexTheOtherBuildCannotOpenIsNamedInAOneLineError(@TempDir Path broken)
      throws IOException {
    try (var files = Files.list(index)) {
      for (Path file : files.filter(f -> !f.endsWith("write.lock")).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55; // one flipped byte: its checksum no longer holds
        Files.write(broken.resolve(file.getFileName()), bytes);
      }
    }

    CommandOutput run = thisBuildAgainstItself("--other-index", broken.toString());

    assertEquals(1, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "The build at " + THIS_BUILD + " cannot search " + broken.toAbsolutePath() + ": "),
        run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void aClassPathThatIsNotAWholeBuildIsNamedInAOneLineError() {
    // The core module alone: it can search, but lacks the bench's classes the round calls.
    String coreOnly =
        Arrays.stream(THIS_BUILD.split(File.pathSeparator))
            .filter(entry -> !entry.contains("src" + File.separator + "app"))
            .collect(Collectors.joining(File.pathSeparator));

    CommandOutput run =
        CommandOutput.run("ab", "--index", index.toString(), "--other", coreOnly, "--warm-up", "0");

    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().startsWith("The build at " + coreOnly + " lacks what this one calls: "),
        run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void aBuildThatIsNotThereIsNamedInAOneLineError() {
    CommandOutput run =
        CommandOutput.run("ab", "--index", index.toString(), "--other", "no-such-build.jar");

    assertEquals(1, run.exitCode());
    assertEquals(
        "No build at " + Path.of("no-such-build.jar").toAbsolutePath() + System.lineSeparator(),
        run.err());
  }

  /** {@code ab} with this build on both sides, on the whole seed index, without warm-up. */
  private static CommandOutput thisBuildAgainstItself(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of("ab", "--index", index.toString(), "--other", THIS_BUILD, "--warm-up", "0"));
    args.addAll(List.of(options));
    return CommandOutput.run(args.toArray(String[]::new));
  }
}
