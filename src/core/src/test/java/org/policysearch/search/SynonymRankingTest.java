package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain words find treaty language, and a word's synonyms weigh no more than the word itself. */
class SynonymRankingTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    Map<String, String> files = new HashMap<>();
    // Other documents, so that the words below are rare, as topic words are in an archive.
    for (int i = 0; i < 24; i++) {
      files.put("other" + i + ".txt", "Markets\n\nTrade in goods grew by " + i + " percent.\n");
    }
    files.putAll(
        Map.of(
            "force.txt",
            "Final provisions\n\n"
                + "This Agreement shall enter into force on the first day of the second month"
                + " after its signature.\n",
            "operative.txt",
            "Final provisions\n\nThis Memorandum becomes operative on the date of the last"
                + " signature.\n",
            "ending.txt",
            "Final provisions\n\nEither Participant may discontinue its participation by"
                + " written notice.\n",
            "czech-turkey.txt",
            "Free Trade Agreement\n\nThe Czech Republic and the Republic of Turkey establish a"
                + " free trade area.\n",
            "cooperate.txt",
            "Science\n\nThe Participants cooperate on basic research.\n",
            "collaborate.txt",
            "Science\n\nUniversities collaborate on applied research.\n",
            "acronym.txt",
            "Standards\n\nThe institutes align AI testing and the adoption of AI by industry.\n",
            "words.txt",
            "Standards\n\nThe institutes align artificial intelligence testing and the"
                + " adoption of artificial intelligence by industry.\n"));
    service = TestIndexes.ofFiles(dir, files);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static List<String> documents(String query) throws IOException {
    return service
        .search(new SearchRequest(query, Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false))
        .hits()
        .stream()
        .map(Hit::documentId)
        .toList();
  }

  @Test
  void takeEffectFindsEntryIntoForceAndBecomingOperative() throws IOException {
    assertEquals(
        List.of("force", "operative"), documents("take effect").stream().sorted().toList());
  }

  @Test
  void terminationFindsDiscontinuing() throws IOException {
    assertEquals(List.of("ending"), documents("termination"));
  }

  @Test
  void workTogetherFindsCooperationButCooperationDoesNotFindCollaboration() throws IOException {
    assertEquals(
        List.of("collaborate", "cooperate"), documents("work together").stream().sorted().toList());
    assertEquals(List.of("cooperate"), documents("cooperation"));
  }

  @Test
  void countryNamedByItsCurrentNameFindsATextUsingAnOlderOne() throws IOException {
    assertEquals(List.of("czech-turkey"), documents("Czechia Türkiye"));
  }

  @Test
  void aPassageSayingTheTypedWordOutranksOneSayingItsSynonymAsOften() throws IOException {
    // "artificial intelligence" is two rare words: scored as a phrase, it would weigh twice "AI".
    assertEquals(List.of("acronym", "words"), documents("AI"));
    assertEquals(List.of("words", "acronym"), documents("artificial intelligence"));
  }
}
