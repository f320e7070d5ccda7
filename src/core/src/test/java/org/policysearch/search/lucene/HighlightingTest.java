package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.search.Hit;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchResult;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/** The marked text of hits: phrases as one span, synonyms marked, hostile text escaped. */
class HighlightingTest {
  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    service = TestIndexes.seed(dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static SearchResult search(String query) throws IOException {
    return service.search(
        new SearchRequest(query, Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE, false));
  }

  static Hit hit(SearchResult result, String shortId) {
    String id = TestIndexes.chunkId(shortId);
    return result.hits().stream().filter(h -> h.chunkId().equals(id)).findFirst().orElseThrow();
  }

  static List<String> marked(String text) {
    Matcher m = MARK.matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void phraseIsMarkedAsOneSpan() throws IOException {
    Hit hit = hit(search("\"supply chain\""), "us:28");
    assertEquals(
        "Expanding their partnership in telecommunications innovation and <mark>supply chain</mark>"
            + " resilience, the Participants intend to collaborate on building a trusted,"
            + " interoperable <mark>supply chain</mark> and enable joint research and development"
            + " in 6G-relevant technologies.",
        hit.text().substring(0, hit.text().indexOf(" This work")));
  }

  @Test
  void phraseOnlyQueryNeverMarksItsWordsAlone() throws IOException {
    for (Hit hit : search("\"supply chain\"").hits()) {
      for (String mark : marked(hit.text() + hit.snippet())) {
        assertTrue(mark.matches("(?i)supply[ -]chains?"), hit.chunkId() + ": " + mark);
      }
    }
  }

  @Test
  void wordsQueryMarksEachWord() throws IOException {
    // b:4 says "supply" without "chain": a words query marks it, the phrase query does not find it.
    Hit hit = hit(search("supply"), "b:4");
    assertEquals(List.of("supply"), marked(hit.text()));
  }

  @Test
  void stopWordsOfTheQueryAreNotMarked() throws IOException {
    SearchResult result = search("which agreements cover the Korean peninsula?");
    assertFalse(result.hits().isEmpty());
    for (Hit hit : result.hits()) {
      for (String mark : marked(hit.text() + hit.snippet())) {
        assertFalse(
            mark.equalsIgnoreCase("which") || mark.equalsIgnoreCase("the"),
            hit.chunkId() + ": " + mark);
      }
    }
  }

  @Test
  void synonymIsMarkedWhereTheTextSaysIt() throws IOException {
    SearchResult ai = search("artificial intelligence");
    assertEquals(List.of("AI", "AI"), marked(hit(ai, "us:15").text())); // the chunk only says "AI"
    assertEquals(List.of("artificial intelligence"), marked(hit(search("AI"), "b:16").text()));
  }

  @Test
  void prefixMarksEveryMatchingWord() throws IOException {
    assertEquals(List.of("semiconductors"), marked(hit(search("semicond*"), "a:9").text()));
  }

  @Test
  void excludedAndFilterWordsAreNotMarked() throws IOException {
    Hit hit = hit(search("quantum -supply country:US"), "us:31");
    assertEquals(List.of("Quantum"), marked(hit.text()));
  }

  @Test
  void chunkJustUnderTheThresholdKeepsItsWholeText() throws IOException {
    Hit hit = hit(search("Melania"), "us:22");
    assertEquals(hit.text(), hit.snippet());
  }

  @Test
  void shortChunkSnippetIsItsText() throws IOException {
    Hit hit = hit(search("quantum"), "us:31");
    assertEquals("Leading <mark>Quantum</mark> Innovation", hit.text());
    assertEquals(hit.text(), hit.snippet());
  }

  @Test
  void longChunkGetsAShorterSnippet() throws IOException {
    Hit hit = hit(search("Artemis"), "us:36");
    assertTrue(hit.text().length() > Highlighting.SNIPPET_THRESHOLD);
    assertTrue(hit.snippet().length() < hit.text().length(), hit.snippet());
    assertFalse(hit.snippet().contains("Recognizing that research"), hit.snippet());
    assertTrue(hit.snippet().contains("rideshare on <mark>Artemis</mark> II"), hit.snippet());
  }

  @Test
  void hostileTextIsEscaped(@TempDir Path tmp) throws IOException {
    String hostile =
        "Hostile notes\n\nThis quantum note says <script>alert(1)</script> and"
            + " <img src=x onerror=alert(1)> & more.\n";
    try (SearchService escaped = TestIndexes.ofFiles(tmp, Map.of("hostile.txt", hostile))) {
      Hit hit =
          escaped
              .search(
                  new SearchRequest(
                      "quantum", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false))
              .hits()
              .get(0);
      assertEquals(
          "This <mark>quantum</mark> note says &lt;script&gt;alert(1)&lt;&#x2F;script&gt; and"
              + " &lt;img src=x onerror=alert(1)&gt; &amp; more.",
          hit.text());
      String scriptHit =
          escaped
              .search(
                  new SearchRequest("script", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false))
              .hits()
              .get(0)
              .text();
      assertTrue(scriptHit.contains("&lt;<mark>script</mark>&gt;"), scriptHit);
      String documentText = escaped.document("hostile", "img").orElseThrow().chunks().get(1).text();
      assertTrue(documentText.contains("&lt;<mark>img</mark> src=x"), documentText);
      assertFalse(documentText.contains("<img"), documentText);
    }
  }

  /** A plan whose heading and title say what its passage does not, with markup in both. */
  private static final String PLAN =
      "Article 1 Semiconductors <b>and</b> Tools\n\n"
          + "The Parties shall fund joint research on fabrication lines & test benches.\n";

  private static final String PLAN_META =
      "{\"title\": \"Quantum <i>plan</i> & more\", \"type\": \"agreement\"}";

  private static Hit planHit(Path tmp, String query) throws IOException {
    try (SearchService plan =
        TestIndexes.ofFiles(tmp, Map.of("plan.txt", PLAN, "plan.txt.meta.json", PLAN_META))) {
      SearchResult result =
          plan.search(
              new SearchRequest(query, Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false));
      return hit(result, "plan:1");
    }
  }

  @Test
  void headingWordIsMarkedInTheSectionPathAndNotInTheText() throws IOException {
    // "leadership" is only in the heading two levels above the Artemis passage.
    Hit hit = hit(search("Artemis leadership"), "us:36");
    assertEquals(
        List.of(
            "II. Areas of Cooperation",
            "Trusted Technology <mark>Leadership</mark>",
            "Cooperating on Space Exploration"),
        hit.sectionPathHighlighted());
    assertEquals(List.of("Artemis"), marked(hit.text()).stream().distinct().toList());
  }

  @Test
  void synonymInAHeadingIsMarkedAndItsMarkupEscaped(@TempDir Path tmp) throws IOException {
    Hit hit = planHit(tmp, "chips research");
    assertEquals(
        List.of("Article 1 <mark>Semiconductors</mark> &lt;b&gt;and&lt;&#x2F;b&gt; Tools"),
        hit.sectionPathHighlighted());
    assertEquals(List.of("research"), marked(hit.text()));
    assertEquals("Quantum &lt;i&gt;plan&lt;&#x2F;i&gt; &amp; more", hit.titleHighlighted());
  }

  @Test
  void titleWordIsMarkedInTheTitle(@TempDir Path tmp) throws IOException {
    Hit hit = planHit(tmp, "quantum research");
    assertEquals(
        "<mark>Quantum</mark> &lt;i&gt;plan&lt;&#x2F;i&gt; &amp; more", hit.titleHighlighted());
    assertEquals(List.of("research"), marked(hit.text()));
  }

  @Test
  void titleFilterWordIsMarkedInTheTitle(@TempDir Path tmp) throws IOException {
    Hit hit = planHit(tmp, "research title:plan");
    assertEquals(
        "Quantum &lt;i&gt;<mark>plan</mark>&lt;&#x2F;i&gt; &amp; more", hit.titleHighlighted());
  }

  @Test
  void browsingMarksNothingInTitleOrHeadings() throws IOException {
    Hit hit = hit(search(""), "us:36");
    assertEquals(hit.sectionPath(), hit.sectionPathHighlighted());
    assertFalse(hit.titleHighlighted().contains("<mark>"), hit.titleHighlighted());
  }

  @Test
  void phraseAcrossTwoHeadingsIsMarkedInEach() {
    assertEquals(
        List.of("Trusted <mark>Leadership</mark>", "<mark>Cooperating</mark> on Space"),
        Highlighting.splitValues("Trusted <mark>Leadership\u0000Cooperating</mark> on Space"));
  }

  private static String snippetOf(Path tmp, String paragraph, String query) throws IOException {
    String text = "Snippet notes\n\n" + paragraph + "\n";
    try (SearchService one = TestIndexes.ofFiles(tmp, Map.of("notes.txt", text))) {
      Hit hit =
          one.search(new SearchRequest(query, Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false))
              .hits()
              .get(0);
      assertTrue(hit.text().length() > Highlighting.SNIPPET_THRESHOLD, hit.text());
      return hit.snippet();
    }
  }

  @Test
  void snippetCutInsideALongSentenceStartsAndEndsWithAnEllipsis(@TempDir Path tmp)
      throws IOException {
    String words = "the delegations reviewed the schedules of tariff lines and quotas, ".repeat(12);
    String snippet =
        snippetOf(
            tmp,
            "During the meeting " + words + "and finally the turbines, " + words + ".",
            "turbines");
    assertTrue(snippet.startsWith("… "), snippet);
    assertTrue(snippet.endsWith(" …"), snippet);
    assertTrue(snippet.contains("<mark>turbines</mark>"), snippet);
  }

  @Test
  void snippetFromTheMiddleOfAChunkStartsAtASentence(@TempDir Path tmp) throws IOException {
    String filler = "The delegations reviewed the schedules of tariff lines and quotas. ";
    String snippet =
        snippetOf(
            tmp, filler.repeat(6) + "Wind turbines are covered. " + filler.repeat(6), "turbines");
    assertTrue(snippet.startsWith("Wind <mark>turbines</mark> are covered."), snippet);
  }

  @Test
  void snippetAfterAnAbbreviationShowsItDoesNotStartTheSentence(@TempDir Path tmp)
      throws IOException {
    String filler = "The delegations reviewed the schedules of tariff lines and quotas. ";
    String snippet =
        snippetOf(
            tmp,
            filler.repeat(6) + "They met at the U.S. Embassy about turbines. " + filler.repeat(6),
            "turbines");
    // Java's sentence breaker splits after "U.S."; the snippet says it starts mid-sentence.
    assertEquals("… Embassy about <mark>turbines</mark>.", snippet);
  }

  @Test
  void hitsInEverySegmentAreMarked(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < 8; i++) {
      files.put(
          "notes-" + i + ".txt",
          "Notes "
              + i
              + "\n\nArticle 1\n\nThe Parties shall map the critical minerals supply"
              + " chain of region "
              + i
              + ".\n\nArticle 2\n\nThe Parties shall meet each year.\n");
    }
    Path index =
        twoSegments(
            tmp, files, "Late notes\n\nThe supply of a chain and a supply chain for lithium.\n");
    List<Hit> hits = firstTwenty(index, "\"supply chain\"");
    assertEquals(9, hits.size());
    for (Hit hit : hits) {
      assertEquals(List.of("supply chain"), marked(hit.text()), hit.chunkId());
    }
  }

  @Test
  void eachHitHasTheWordsItSaysMarkedInEverySegment(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < 6; i++) {
      String mineral = i % 2 == 0 ? "lithium" : "cobalt";
      files.put(
          "notes-" + i + ".txt",
          "Notes " + i + "\n\nArticle 1\n\nThe Parties shall trade " + mineral + " ores.\n");
    }
    Path index = twoSegments(tmp, files, "Late notes\n\nThe Parties shall buy cobalt.\n");
    // No passage says both words: every hit says one of them, in index order one or the other.
    List<Hit> hits = firstTwenty(index, "lithium cobalt");
    assertEquals(7, hits.size());
    for (Hit hit : hits) {
      String said = hit.text().contains("lithium") ? "lithium" : "cobalt";
      assertEquals(List.of(said), marked(hit.text()), hit.chunkId());
    }
  }

  /**
   * An index of {@code files}, then of {@code late} added by a second, small run: a segment of its
   * own, so that a search's hits come from both.
   */
  private static Path twoSegments(Path tmp, Map<String, String> files, String late)
      throws IOException {
    Path corpus = TestIndexes.write(tmp.resolve("corpus"), files);
    Path index = tmp.resolve("index");
    TestIndexes.index(corpus, index);
    TestIndexes.write(corpus, Map.of("late.txt", late));
    TestIndexes.index(corpus, index);
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(2, reader.leaves().size());
    }
    return index;
  }

  /** The first twenty hits for {@code query} over the index at {@code index}, by relevance. */
  private static List<Hit> firstTwenty(Path index, String query) throws IOException {
    try (SearchService service = Engine.create().searchService(index)) {
      return service
          .search(new SearchRequest(query, Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE, false))
          .hits();
    }
  }
}
