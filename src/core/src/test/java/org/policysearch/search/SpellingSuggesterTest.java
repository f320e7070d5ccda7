package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.index.Indexer;

/** "Did you mean" on the seed corpus, as the API returns it in {@code suggestion}. */
class SpellingSuggesterTest {
  @TempDir static Path indexDir;
  private static SearchService service;

  @BeforeAll
  static void indexSeedCorpus() throws IOException {
    Engine engine = Engine.create();
    engine.index(Path.of("corpus"), indexDir, Indexer.Progress.NONE);
    service = engine.searchService(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static String suggestion(String query) throws IOException {
    return service.search(SearchRequest.of(query)).suggestion();
  }

  @Test
  void misspeltWordIsCorrectedToIndexedWord() throws IOException {
    assertEquals("semiconductor", suggestion("semiconductr"));
    assertEquals("quantum", suggestion("quantom"));
  }

  @Test
  void correctedNameKeepsTheUsersCapitals() throws IOException {
    assertEquals("Giorgia Meloni", suggestion("Giorgia Melone"));
  }

  @Test
  void everyMisspeltWordOfAPhraseIsCorrected() throws IOException {
    assertEquals("artificial intelligence", suggestion("artifical inteligence"));
  }

  @Test
  void operatorsAndFiltersStayAsTyped() throws IOException {
    assertEquals("quantum OR samsung country:KR", suggestion("quantom OR samsng country:KR"));
  }

  @Test
  void queryThatFindsEnoughHasNoSuggestion() throws IOException {
    assertNull(suggestion("quantum"));
  }

  @Test
  void wordFoundThroughItsStemIsNotCorrected() throws IOException {
    // The corpus says "sides", never "side": both search the same stem, so "sides" finds no more.
    assertEquals(
        service.search(SearchRequest.of("sides")).total(),
        service.search(SearchRequest.of("side")).total());
    assertNull(suggestion("side"));
    assertNull(suggestion("how can either side end the agreement?"));
  }

  @Test
  void typoSomeTextsShareIsCorrectedToTheWordMostSay(@TempDir Path tmp) throws IOException {
    // "tarrifs" is in one agreement of sixty, "tariffs" in the others.
    Map<String, String> files = new HashMap<>();
    files.put("typo.txt", "Notes\n\nThe tarrifs of each Party apply.\n");
    for (int i = 0; i < 59; i++) {
      files.put(
          "a" + i + ".txt", "Notes\n\nThe tariffs of Party " + i + " apply, tariff by tariff.\n");
    }
    try (SearchService many = TestIndexes.ofFiles(tmp, files)) {
      assertEquals("tariffs quotas", many.search(SearchRequest.of("tarrifs quotas")).suggestion());
      // Two letters off "tariff", one off the typo "tarrifs": the word sixty texts use is meant.
      assertEquals("tariff quotas", many.search(SearchRequest.of("tarrif quotas")).suggestion());
      // One passage holds both words, sixty hold one: still too few hold every word.
      SearchResult apply = many.search(SearchRequest.of("tarrifs apply"));
      assertEquals(60, apply.total());
      assertEquals("tariffs apply", apply.suggestion());
    }
  }

  @Test
  void typoSeveralTextsShareIsCorrectedToTheEnglishWordTheRestUse(@TempDir Path tmp)
      throws IOException {
    // Three texts of forty-three misspell the word: too many for a mere typo by counts alone,
    // but "intelectual" is no English word and "intellectual" is.
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      files.put("t" + i + ".txt", "Notes\n\nThe intelectual property of Party " + i + ".\n");
    }
    for (int i = 0; i < 40; i++) {
      files.put("a" + i + ".txt", "Notes\n\nThe intellectual property of Party " + i + ".\n");
    }
    try (SearchService many = TestIndexes.ofFiles(tmp, files)) {
      assertEquals(
          "intellectual quotas", many.search(SearchRequest.of("intelectual quotas")).suggestion());
    }
  }

  @Test
  void aSpanishQueryIsSpeltAsTheSpanishTextsSpellIt(@TempDir Path tmp) throws IOException {
    // "acceso" is in 2 texts and "access" in 40, but those 2 are Spanish ("los", "del").
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 2; i++) {
      files.put(
          "es" + i + ".txt",
          "Notas\n\nEl acceso a los mercados y la cooperación aduanera del Acuerdo, y sus"
              + " aspectos "
              + i
              + ".\n");
    }
    for (int i = 0; i < 40; i++) {
      files.put("en" + i + ".txt", "Notes\n\nThe access to markets of Party " + i + ".\n");
    }
    try (SearchService mixed = TestIndexes.ofFiles(tmp, files)) {
      assertNull(mixed.search(SearchRequest.of("acceso a los mercados")).suggestion());
      // Its accent folded, "Cooperación" is a word the texts know, not one to correct.
      assertNull(mixed.search(SearchRequest.of("Cooperación aduanera")).suggestion());
      // Among English words the same spelling is an English typo, and alone it tells no language.
      assertEquals("access markets", mixed.search(SearchRequest.of("acceso markets")).suggestion());
      assertEquals("access", mixed.search(SearchRequest.of("acceso")).suggestion());
      // A word of English the texts do not say is no typo of a word they say in Spanish.
      assertNull(mixed.search(SearchRequest.of("asbestos")).suggestion());
    }
  }

  @Test
  void aTypoBesideAnEnglishWordIsNoWordOfSpanish(@TempDir Path tmp) throws IOException {
    // "geograficas" is one letter from "geografical", "geographical" two; the query's other word
    // is English, and so is the word meant.
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 4; i++) {
      files.put(
          "es" + i + ".txt",
          "Notas\n\nLas indicaciones geograficas de los productos del Acuerdo " + i + ".\n");
    }
    for (int i = 0; i < 40; i++) {
      files.put(
          "en" + i + ".txt",
          "Notes\n\nThe geographical indications of the Parties, schedule " + i + ".\n");
    }
    try (SearchService mixed = TestIndexes.ofFiles(tmp, files)) {
      assertEquals(
          "geographical indications",
          mixed.search(SearchRequest.of("geografical indications")).suggestion());
    }
  }

  @Test
  void typoOfANameIsCorrectedToTheNameNotToAFartherCommonerWord(@TempDir Path tmp)
      throws IOException {
    // "singapure" in one text, "Singapore" in 20, "signature" (two letters off) in 120.
    Map<String, String> files = new HashMap<>();
    files.put("typo.txt", "Notes\n\nInvestors of Singapure are covered.\n");
    for (int i = 0; i < 20; i++) {
      files.put("s" + i + ".txt", "Notes\n\nInvestors of Singapore are covered " + i + ".\n");
    }
    for (int i = 0; i < 120; i++) {
      files.put("a" + i + ".txt", "Notes\n\nThe signature of Party " + i + " is needed.\n");
    }
    try (SearchService many = TestIndexes.ofFiles(tmp, files)) {
      assertEquals(
          "Singapore investors", many.search(SearchRequest.of("Singapure investors")).suggestion());
    }
  }

  @Test
  void aTypoInsideAWordJoinedByHyphensIsCorrectedAsItsPart(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 5; i++) {
      files.put("e" + i + ".txt", "Notes\n\nThe Parties promote e-commerce " + i + ".\n");
    }
    try (SearchService few = TestIndexes.ofFiles(tmp, files)) {
      SearchResult result = few.search(SearchRequest.of("e-comerce"));
      assertEquals("e-commerce", result.correctedQuery());
      assertEquals(5, result.allWordsTotal());
    }
  }

  @Test
  void aWordTypedClosedFindsItsHyphenatedFormWithoutACorrection(@TempDir Path tmp)
      throws IOException {
    // The index holds "e-commerce" also as "ecommerce" (schema 95): found, not corrected.
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 5; i++) {
      files.put(
          "e" + i + ".txt",
          "Notes\n\nThe Parties promote e-commerce and remove non-tariff barriers " + i + ".\n");
    }
    try (SearchService few = TestIndexes.ofFiles(tmp, files)) {
      SearchResult closed = few.search(SearchRequest.of("ecommerce"));
      assertNull(closed.correctedQuery());
      assertEquals(5, closed.allWordsTotal());
      SearchResult barriers = few.search(SearchRequest.of("nontariff barriers"));
      assertNull(barriers.correctedQuery());
      assertEquals(5, barriers.allWordsTotal());
      // A prefix before no word the texts say is no hyphenated word.
      assertNull(few.search(SearchRequest.of("antiquark")).correctedQuery());
    }
  }

  @Test
  void shortNameTwoLettersFromACommonWordIsKept(@TempDir Path tmp) throws IOException {
    // "Nauru" is two letters from "nature", which sixty texts use: too far in five letters.
    Map<String, String> files = new HashMap<>();
    files.put("nauru.txt", "Notes\n\nNauru exports phosphate.\n");
    for (int i = 0; i < 60; i++) {
      files.put("a" + i + ".txt", "Notes\n\nThe nature of measure " + i + " is temporary.\n");
    }
    try (SearchService many = TestIndexes.ofFiles(tmp, files)) {
      assertNull(many.search(SearchRequest.of("Nauru tuna")).suggestion());
    }
  }

  @Test
  void rareWordWithAWordOnlySomewhatCommonerNearItIsKept(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      files.put("m" + i + ".txt", "Notes\n\nThe mercosur council meets.\n");
    }
    for (int i = 0; i < 30; i++) {
      files.put("t" + i + ".txt", "Notes\n\nThe mercosul council meets " + i + " times.\n");
    }
    try (SearchService many = TestIndexes.ofFiles(tmp, files)) {
      assertNull(many.search(SearchRequest.of("mercosur quotas")).suggestion());
    }
  }

  @Test
  void wordUnlikeAnyIndexedWordHasNoSuggestion() throws IOException {
    assertNull(suggestion("xylophone"));
  }

  @Test
  void queryThatFindsNothingIsAnsweredByItsCorrection() throws IOException {
    SearchResult result = service.search(SearchRequest.of("quantom"));

    assertEquals("quantom", result.query());
    assertEquals("quantum", result.correctedQuery());
    assertEquals(service.search(SearchRequest.of("quantum")).total(), result.total());
    assertEquals(
        "Positioning the Participants to be at the forefront of <mark>quantum</mark>",
        result.hits().get(0).text().substring(0, 75));
    assertTrue(result.hits().get(0).url().endsWith("&q=quantum"), result.hits().get(0).url());
  }

  @Test
  void queryMatchingOnlySomeWordsIsAnsweredByACorrectionMatchingAll() throws IOException {
    SearchResult result = service.search(SearchRequest.of("Giorgia Melone"));

    assertEquals("Giorgia Meloni", result.correctedQuery());
    assertFalse(result.relaxed());
    assertEquals(service.search(SearchRequest.of("Giorgia Meloni")).total(), result.total());
  }

  /** Two texts misspell "tariffs"; 120 spell it, and {@code applying} of them say "apply". */
  private static SearchService tariffs(Path dir, int applying) throws IOException {
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 2; i++) {
      files.put("typo" + i + ".txt", "Notes\n\nThe tarrifs of Party " + i + " apply.\n");
    }
    for (int i = 0; i < 120; i++) {
      String verb = i < applying ? "apply" : "hold";
      files.put("a" + i + ".txt", "Notes\n\nThe tariffs of Party " + i + " " + verb + ".\n");
    }
    return TestIndexes.ofFiles(dir, files);
  }

  @Test
  void typoAFewTextsShareIsAnsweredByACorrectionFindingFarMore(@TempDir Path tmp)
      throws IOException {
    try (SearchService many = tariffs(tmp, 60)) {
      SearchResult result = many.search(SearchRequest.of("tarrifs apply"));
      assertEquals("tariffs apply", result.correctedQuery());
      assertEquals(60, result.allWordsTotal());
      assertTrue(result.hits().get(0).documentId().startsWith("a"), result.hits().get(0).text());

      SearchResult asTyped =
          many.search(
              new SearchRequest(
                  "tarrifs apply", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false, false));
      assertNull(asTyped.correctedQuery());
      assertEquals(2, asTyped.allWordsTotal());
      assertEquals("tariffs apply", asTyped.suggestion());
    }
  }

  @Test
  void typoAFewTextsShareIsKeptWhenTheCorrectionFindsNotFarMore(@TempDir Path tmp)
      throws IOException {
    // The word is far commoner, but the query as corrected finds 15 passages to the typo's 2.
    try (SearchService many = tariffs(tmp, 15)) {
      SearchResult result = many.search(SearchRequest.of("tarrifs apply"));
      assertNull(result.correctedQuery());
      assertEquals(2, result.allWordsTotal());
      assertEquals("tariffs apply", result.suggestion());
    }
  }

  /**
   * Forty texts on public procurement and residence permits; none says "resilience", "pubic" or
   * "patient", each a word of English one or two letters from a word they do say.
   */
  private static SearchService procurement(Path dir) throws IOException {
    return fortyTexts(
        dir,
        i ->
            "Notes\n\nPublic procurement by Party "
                + i
                + " is open. A residence permit is granted. The patent office registers.\n"
                + "\nSupply chain rules apply to Party "
                + i
                + ".\n");
  }

  /** Forty texts, the {@code i}th reading {@code text.apply(i)}, indexed in {@code dir}. */
  private static SearchService fortyTexts(Path dir, IntFunction<String> text) throws IOException {
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      files.put("t" + i + ".txt", text.apply(i));
    }
    return TestIndexes.ofFiles(dir, files);
  }

  @Test
  void aWordOfEnglishTheTextsDoNotSayIsNotOfferedAsAnotherWord(@TempDir Path tmp)
      throws IOException {
    try (SearchService texts = procurement(tmp)) {
      // "residence" is two letters off and in every text, but no passage says it beside "supply
      // chain" either: nothing tells that "resilience" was a typo.
      SearchResult result = texts.search(SearchRequest.of("supply chain resilience"));
      assertNull(result.suggestion());
      assertNull(result.correctedQuery());
      assertEquals(0, result.allWordsTotal());
      assertTrue(result.total() > 0, "passages holding some of the words are still shown");
    }
  }

  @Test
  void aWordOfEnglishTypedForAnotherIsCorrectedWhereTheQuerysOtherWordsSaySo(@TempDir Path tmp)
      throws IOException {
    try (SearchService texts = procurement(tmp)) {
      SearchResult result = texts.search(SearchRequest.of("pubic procurement"));
      assertEquals("public procurement", result.correctedQuery());
      assertEquals(40, result.allWordsTotal());
    }
  }

  @Test
  void aWordOfEnglishTypedAloneIsSearchedAsTypedAndOnlyOffered(@TempDir Path tmp)
      throws IOException {
    try (SearchService texts = procurement(tmp)) {
      // Alone, "patient" may be meant: the passages saying "patent" are offered, not shown.
      SearchResult result = texts.search(SearchRequest.of("patient"));
      assertNull(result.correctedQuery());
      assertEquals(0, result.total());
      assertEquals("patent", result.suggestion());
    }
  }

  /**
   * Forty texts where an import licence is checked long before the ship leaves the port, and
   * officials are willing; none says "whey", "pork" or "whaling".
   */
  private static SearchService harbour(Path dir) throws IOException {
    return fortyTexts(
        dir,
        i ->
            "Notes\n\nWhen goods arrive, the import licence of Party "
                + i
                + " is checked by the officers of the customs authority before the ship may leave"
                + " the port.\n\nOfficials are willing to cooperate.\n");
  }

  @Test
  void aStopWordIsNeverOfferedForAWord(@TempDir Path tmp) throws IOException {
    try (SearchService texts = harbour(tmp)) {
      // "when" is one letter from "whey" and in every text, but searches nothing: the answer
      // would be every passage saying "import".
      SearchResult result = texts.search(SearchRequest.of("import whey"));
      assertNull(result.suggestion());
      assertNull(result.correctedQuery());
    }
  }

  @Test
  void aWordOfEnglishIsOfferedOnlyAWordOneLetterOff(@TempDir Path tmp) throws IOException {
    try (SearchService texts = harbour(tmp)) {
      assertNull(texts.search(SearchRequest.of("whaling")).suggestion());
    }
  }

  @Test
  void aWordOfEnglishIsReplacedOnlyWhereTheTextsSayTheCorrectionBesideTheOtherWords(
      @TempDir Path tmp) throws IOException {
    try (SearchService texts = harbour(tmp)) {
      // Every text says "import" and "port", but never near each other: "pork" may be meant.
      SearchResult result = texts.search(SearchRequest.of("import pork"));
      assertEquals("import port", result.suggestion());
      assertNull(result.correctedQuery());
      assertEquals(0, result.allWordsTotal());
    }
  }

  @Test
  void correctionCanBeTurnedOffToSearchTheWordsAsTyped() throws IOException {
    SearchResult asTyped =
        service.search(
            new SearchRequest(
                "quantom", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false, false));

    assertEquals(0, asTyped.total());
    assertNull(asTyped.correctedQuery());
    assertEquals("quantum", asTyped.suggestion());
  }

  @Test
  void correctlySpeltQueryIsNeverReplaced() throws IOException {
    assertNull(service.search(SearchRequest.of("quantum")).correctedQuery());
    assertNull(service.search(SearchRequest.of("quantum country:IT")).correctedQuery());
  }
}
