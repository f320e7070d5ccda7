package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.FacetRegistry;
import org.policysearch.search.FacetCounts;
import org.policysearch.search.TestIndexes;

/**
 * Work on a reader (here, the corpus's facet counts) is done in the background, after the reader
 * starts answering searches, or by the first caller when the background has not come to it.
 */
class ReaderWorkTest {
  @TempDir Path dir;
  Path index;

  @BeforeEach
  void indexTwoDocuments() throws IOException {
    Path corpus =
        TestIndexes.write(
            dir.resolve("corpus"),
            Map.of(
                "rome.txt", "Meeting notes\n\nItaly and Japan agree on quantum sensing.\n",
                "tokyo.txt", "Research notes\n\nJapan funds semiconductor research.\n"));
    index = dir.resolve("index");
    TestIndexes.index(corpus, index);
  }

  @Test
  void countsMadeInTheBackgroundAreServedAfterTheReaderHasClosed() throws IOException {
    List<Runnable> background = new ArrayList<>();
    ReaderWork<FacetCounts> counts;
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      counts = counting(reader).startOn(background::add);
      background.forEach(Runnable::run);
    }
    // Counted before the reader closed: no reader is read now.
    assertJapanInBothAndItalyInOne(counts.get());
  }

  @Test
  void theFirstCallerCountsWhenTheBackgroundHasNotComeToIt() throws IOException {
    List<Runnable> background = new ArrayList<>();
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      ReaderWork<FacetCounts> counts = counting(reader).startOn(background::add);
      assertJapanInBothAndItalyInOne(counts.get());
      // Its turn comes after the reader has closed: nothing is counted again, nothing fails.
      reader.close();
      background.forEach(Runnable::run);
      assertJapanInBothAndItalyInOne(counts.get());
    }
  }

  @Test
  void uncountedCountsOfAClosedReaderAreNotMadeUp() throws IOException {
    List<Runnable> background = new ArrayList<>();
    ReaderWork<FacetCounts> counts;
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      counts = counting(reader).startOn(background::add);
    }
    background.forEach(Runnable::run);
    assertThrows(AlreadyClosedException.class, counts::get);
  }

  private static ReaderWork<FacetCounts> counting(DirectoryReader reader) throws IOException {
    DefaultSortedSetDocValuesReaderState ordinals = ordinals(reader);
    return ReaderWork.of(reader, () -> ReaderState.corpusCounts(reader, ordinals));
  }

  private static DefaultSortedSetDocValuesReaderState ordinals(DirectoryReader reader)
      throws IOException {
    return new DefaultSortedSetDocValuesReaderState(reader, FacetRegistry.facetsConfig());
  }

  private static void assertJapanInBothAndItalyInOne(FacetCounts counts) {
    Map<String, Integer> countries = counts.counts().get("country");
    assertEquals(2, countries.get("JP"));
    assertEquals(1, countries.get("IT"));
  }
}
