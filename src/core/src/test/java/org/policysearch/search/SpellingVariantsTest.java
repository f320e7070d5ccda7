package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** British and American spellings find each other; the text keeps its own spelling. */
class SpellingVariantsTest {
  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    service =
        TestIndexes.ofFiles(
            dir,
            Map.of(
                "american.txt",
                "Notes\n\n"
                    + "The Parties expand cooperation between their defense industries.\n\n"
                    + "Each Party upholds core labor standards in its trade policy.\n\n"
                    + "An international organization monitors the denuclearization process.\n",
                "british.txt",
                "Notes\n\n"
                    + "A liaison office of the Ministry of Defence opens next year.\n\n"
                    + "The Joint Centre for Innovation runs an exchange programme.\n\n"
                    + "Labour unions and standards bodies meet separately.\n",
                "archaic.txt",
                "Notes\n\nA bold enterprize of merchants sailed for the Indies.\n",
                "enterprise.txt",
                "Notes\n\nPrivate enterprise funds most research.\n"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static SearchResult search(String query) throws IOException {
    return service.search(
        new SearchRequest(query, Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE, false));
  }

  /** The words marked in each hit, hit by hit, in rank order (ties in document order). */
  private static List<List<String>> marks(String query) throws IOException {
    return search(query).hits().stream().map(h -> marked(h.text())).toList();
  }

  private static List<String> marked(String text) {
    Matcher m = MARK.matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<String> documents(String query) throws IOException {
    return search(query).hits().stream().map(Hit::documentId).sorted().toList();
  }

  @Test
  void britishSpellingFindsTheAmericanOne() throws IOException {
    assertEquals(List.of("american", "british"), documents("defence"));
  }

  @Test
  void americanSpellingFindsTheBritishOne() throws IOException {
    assertEquals(List.of("american", "british"), documents("defense"));
    assertEquals(List.of("british"), documents("center program"));
  }

  @Test
  void eachHitMarksTheSpellingItsTextUses() throws IOException {
    List<List<String>> marks = marks("defence");
    assertEquals(2, marks.size());
    assertEquals(
        List.of(List.of("Defence"), List.of("defense")),
        marks.stream().sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList());
  }

  @Test
  void phraseMatchesTheOtherSpellingAndStaysExact() throws IOException {
    // british.txt has "Labour unions and standards": both words, not the phrase.
    assertEquals(List.of("american"), documents("\"labour standards\""));
    assertEquals(List.of(List.of("labor standards")), marks("\"labour standards\""));
    assertEquals(List.of("american"), documents("\"labor standards\""));
  }

  @Test
  void inflectedFormsFindTheOtherSpelling() throws IOException {
    assertEquals(List.of("american"), documents("organisations"));
    assertEquals(List.of(List.of("organization")), marks("organisations"));
    assertEquals(List.of("british"), documents("programs"));
    assertEquals(List.of("american"), documents("denuclearisation"));
    assertEquals(List.of("american", "british"), documents("labour's"));
  }

  @Test
  void wordSpeltWithIseInAmericanEnglishToo() throws IOException {
    // "enterprize" is an old spelling of the word, not an American one: no rule joins them.
    assertEquals(List.of("enterprise"), documents("enterprise"));
    assertEquals(List.of("archaic"), documents("enterprize"));
  }

  @Test
  void otherSpellingIsNotCorrectedIntoTheIndexedOne() throws IOException {
    // One hit each, so "did you mean" is consulted; the spelling is right, not a typo.
    assertNull(search("denuclearisation").suggestion());
    assertNull(search("organisation").suggestion());
    assertNull(search("defence industries").suggestion());
  }

  @Test
  void acronymsExpansionFindsItInTheOtherSpellingToo(@TempDir Path tmp) throws IOException {
    // "Harmonised System" is HS's expansion in one text: matching that rule, the query's words
    // used never to meet the variants' rules, and a text saying "Harmonized System" alone was
    // lost.
    Map<String, String> files =
        Map.of(
            "defines.txt",
            "Notes\n\nGoods are classified under the Harmonised System (HS) of nomenclature.\n",
            "plain.txt",
            "Notes\n\nThe Harmonized System nomenclature applies to every good.\n");
    try (SearchService small = TestIndexes.ofFiles(tmp, files)) {
      for (String query : List.of("harmonised system", "harmonized system", "HS")) {
        assertEquals(
            List.of("defines", "plain"),
            small
                .search(
                    new SearchRequest(query, Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false))
                .hits()
                .stream()
                .map(Hit::documentId)
                .sorted()
                .toList(),
            query);
      }
    }
  }
}
