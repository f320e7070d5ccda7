package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch says that the corpus changed for files added, changed and removed anywhere in it, in
 * folders made or moved after it started too; each test waits for the change to be told, at most
 * {@link #PATIENCE_SECONDS}.
 */
class CorpusWatchTest {
  private static final long PATIENCE_SECONDS = 20;

  @TempDir Path tmp;
  private final AtomicInteger changes = new AtomicInteger();

  @Test
  void aFileAddedChangedOrRemovedIsTold() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (CorpusWatch watch = watch(corpus, CorpusReader.Links.INSIDE_CORPUS)) {
      assertFalse(watch.rescanning());
      Path file = corpus.resolve("a.txt");

      toldOf(() -> Files.writeString(file, "Fisheries"));
      toldOf(() -> Files.writeString(file, "Fisheries and stocks"));
      toldOf(() -> Files.delete(file));
    }
  }

  @Test
  void aFileInAFolderMadeAfterTheWatchStartedIsTold() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (CorpusWatch watch = watch(corpus, CorpusReader.Links.INSIDE_CORPUS)) {
      Path folder = corpus.resolve("2025");

      toldOf(() -> Files.createDirectories(folder.resolve("pacific")));
      toldOf(() -> Files.writeString(folder.resolve("pacific/tuna.txt"), "Tuna"));
    }
  }

  @Test
  void aFolderMovedInsideTheCorpusIsWatchedUnderItsNewName() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.createDirectories(corpus.resolve("drafts"));
    try (CorpusWatch watch = watch(corpus, CorpusReader.Links.INSIDE_CORPUS)) {
      Path moved = corpus.resolve("final");

      toldOf(() -> Files.move(corpus.resolve("drafts"), moved));
      // A folder made inside it is named by the events as final/annexes, which exists.
      toldOf(() -> Files.createDirectories(moved.resolve("annexes")));
      toldOf(() -> Files.writeString(moved.resolve("annexes/a.txt"), "Annex"));
    }
  }

  @Test
  void aCorpusFolderReplacedByAnotherIsWatchedInItsPlace() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Old copy");
    try (CorpusWatch watch = watch(corpus, CorpusReader.Links.INSIDE_CORPUS)) {
      Path fresh = Files.createDirectories(tmp.resolve("corpus.new"));
      Files.writeString(fresh.resolve("a.txt"), "New copy");

      // As a deploy swaps a fresh copy into place: the old folder moved aside, the new one in.
      toldOf(
          () -> {
            Files.move(corpus, tmp.resolve("corpus.old"));
            Files.move(fresh, corpus);
          });
      toldOf(() -> Files.writeString(corpus.resolve("b.txt"), "Added to the new copy"));
      assertFalse(watch.rescanning());
    }
  }

  @Test
  void aFolderLinkedFromOutsideIsWatchedWhenLinksAreFollowed() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createSymbolicLink(corpus.resolve("linked"), outside);
    try (CorpusWatch watch = watch(corpus, CorpusReader.Links.FOLLOW)) {
      toldOf(() -> Files.writeString(outside.resolve("b.txt"), "Linked"));
    }
  }

  @Test
  void withoutTheSystemsWatchTheFolderIsWalkedForChanges() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (CorpusWatch watch =
        CorpusWatch.rescanning(
            corpus,
            CorpusReader.Links.INSIDE_CORPUS,
            List.of(),
            changes::incrementAndGet,
            Duration.ofMillis(50))) {
      assertTrue(watch.rescanning());
      Path file = corpus.resolve("sub/a.txt");

      toldOf(
          () -> {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "A");
          });
      toldOf(() -> Files.writeString(file, "A longer text"));
      toldOf(() -> Files.delete(file));
    }
  }

  private CorpusWatch watch(Path corpus, CorpusReader.Links links) throws Exception {
    return CorpusWatch.start(corpus, links, List.of(), changes::incrementAndGet);
  }

  /** A change to the corpus. */
  private interface Change {
    void make() throws Exception;
  }

  /**
   * Makes {@code change} and waits until the watch has told of it, once it has told of what came
   * before (a file written is two events, which may be told apart).
   */
  private void toldOf(Change change) throws Exception {
    int before = changes.get();
    for (int told = -1; told != before; before = changes.get()) {
      told = before;
      Thread.sleep(300);
    }
    change.make();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (changes.get() == before) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not told within " + PATIENCE_SECONDS + " s");
      }
      Thread.sleep(20);
    }
  }
}
