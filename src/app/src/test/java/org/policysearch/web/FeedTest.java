package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.search.TestIndexes;

/** The Atom feed of a search, over real HTTP, read back with Rome as a feed reader would. */
class FeedTest {
  @RegisterExtension static final Http http = Http.onSeedCorpus();

  /** The feed at {@code pathAndQuery}, checked to be an Atom 1.0 answer and parsed by Rome. */
  static Feed feed(Http server, String pathAndQuery) throws Exception {
    HttpResponse<String> response = server.get(pathAndQuery);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "application/atom+xml; charset=utf-8",
        response.headers().firstValue("Content-Type").orElse(""));
    WireFeed parsed = new WireFeedInput().build(new StringReader(response.body()));
    assertEquals("atom_1.0", parsed.getFeedType());
    Feed feed = (Feed) parsed;
    // What Atom 1.0 requires of a feed and of each entry.
    assertTrue(feed.getId().startsWith("tag:policy-search,2025:"), feed.getId());
    assertFalse(feed.getTitleEx().getValue().isBlank());
    assertNotNull(feed.getUpdated());
    assertFalse(feed.getAuthors().isEmpty());
    Link self = link(feed.getOtherLinks(), "self");
    assertEquals("http://127.0.0.1:" + server.port() + pathAndQuery, self.getHref());
    for (Entry entry : feed.getEntries()) {
      assertTrue(entry.getId().startsWith("tag:policy-search,2025:document:"), entry.getId());
      assertFalse(entry.getTitleEx().getValue().isBlank());
      assertNotNull(entry.getUpdated());
      assertFalse(feed.getUpdated().before(entry.getUpdated()));
    }
    return feed;
  }

  static Link link(List<Link> links, String rel) {
    return links.stream().filter(l -> rel.equals(l.getRel())).findFirst().orElseThrow();
  }

  static List<String> documentIds(Feed feed) {
    return feed.getEntries().stream()
        .map(e -> e.getId().substring("tag:policy-search,2025:document:".length()))
        .toList();
  }

  static List<String> terms(Entry entry, String facet) {
    return entry.getCategories().stream()
        .filter(c -> c.getScheme().endsWith(":" + facet))
        .map(Category::getTerm)
        .toList();
  }

  @Test
  void feedListsEachMatchingDocumentOnceNewestFirst() throws Exception {
    Feed feed = feed(http, "/api/feed.atom?q=korea");
    JsonNode search = http.json("/api/search?q=korea&group=document");
    List<String> found = new ArrayList<>();
    search.get("documents").forEach(d -> found.add(d.get("documentId").asText()));
    List<String> ids = documentIds(feed);
    assertEquals(new HashSet<>(found), new HashSet<>(ids));
    assertEquals(ids.size(), new HashSet<>(ids).size(), "one entry per document: " + ids);
    // The dated joint statement before the undated news items.
    assertEquals(TestIndexes.US_ROK, ids.get(0));
    for (int i = 1; i < feed.getEntries().size(); i++) {
      assertFalse(
          feed.getEntries().get(i).getUpdated().after(feed.getEntries().get(i - 1).getUpdated()),
          "newest first: " + ids);
    }
    Entry statement = feed.getEntries().get(0);
    assertEquals("2025-10-29T00:00:00Z", statement.getUpdated().toInstant().toString());
    assertTrue(statement.getTitleEx().getValue().startsWith("Joint Statement"));
    Link page = link(statement.getAlternateLinks(), "alternate");
    assertTrue(
        page.getHref()
            .startsWith(
                "http://127.0.0.1:" + http.port() + "/?doc=" + TestIndexes.US_ROK + "&chunk="),
        page.getHref());
    String summary = statement.getSummary().getValue();
    assertTrue(summary.toLowerCase(java.util.Locale.ROOT).contains("korea"), summary);
    assertFalse(summary.contains("<"), "plain text: " + summary);
    assertTrue(terms(statement, "country").containsAll(List.of("US", "KR")));
    assertFalse(terms(statement, "sector").isEmpty());
    assertEquals(
        "http://127.0.0.1:" + http.port() + "/?q=korea",
        link(feed.getAlternateLinks(), "alternate").getHref());
  }

  @Test
  void feedAppliesTheFiltersOfTheSearch() throws Exception {
    List<String> all = documentIds(feed(http, "/api/feed.atom?q=korea"));
    Feed filtered = feed(http, "/api/feed.atom?q=korea&country=US");
    List<String> ids = documentIds(filtered);
    assertFalse(ids.isEmpty());
    assertTrue(ids.size() < all.size(), ids + " of " + all);
    for (Entry entry : filtered.getEntries()) {
      assertTrue(terms(entry, "country").contains("US"), entry.getId());
    }
    // Typed in the query as on the page.
    assertEquals(ids, documentIds(feed(http, "/api/feed.atom?q=korea%20country:US")));
    assertEquals(
        List.of(TestIndexes.NEWS_A, TestIndexes.NEWS_B),
        documentIds(feed(http, "/api/feed.atom?type=news")));
  }

  @Test
  void aCorrectedFeedsTitleNamesTheWordsItSearches() throws Exception {
    // The feed follows the correction the page shows; its reader sees no "Showing results for".
    JsonNode search = http.json("/api/search?q=quantm");
    assertEquals("quantum", search.get("correctedQuery").asText());
    Feed feed = feed(http, "/api/feed.atom?q=quantm");
    assertEquals(
        "policy-search: “quantum” (for “quantm”), newest first", feed.getTitleEx().getValue());
    assertEquals(
        "policy-search: “quantum”, newest first",
        feed(http, "/api/feed.atom?q=quantum").getTitleEx().getValue());
  }

  @Test
  void oneAlertIsOneFeedWhateverItsSizeOrParameterOrder() throws Exception {
    String id = feed(http, "/api/feed.atom?q=korea&country=US").getId();
    assertEquals(id, feed(http, "/api/feed.atom?size=5&country=US&q=korea").getId());
    assertFalse(id.equals(feed(http, "/api/feed.atom?q=korea").getId()), id);
  }

  @Test
  void malformedFeedRequestsAre400() throws Exception {
    for (String bad :
        List.of(
            "/api/feed.atom?q=OR",
            "/api/feed.atom?q=korea&country=Narnia",
            "/api/feed.atom?q=korea&size=0",
            "/api/feed.atom?q=korea&size=101",
            "/api/feed.atom?q=korea&size=many")) {
      HttpResponse<String> response = http.get(bad);
      assertEquals(400, response.statusCode(), bad);
      assertTrue(
          response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      assertFalse(Http.parse(response.body()).get("message").asText().isBlank());
    }
  }

  @Test
  void newsItemsWithOneTitleAppearOnceAsTheNewest(@TempDir Path work) throws Exception {
    String story = "Korea and Italy agree on chip supply cooperation and joint research.";
    try (Http server =
        Http.serving(
            TestIndexes.ofFiles(
                work,
                Map.of(
                    "wire-early.txt",
                    story,
                    "wire-early.txt.meta.json",
                    meta("Korea, Italy sign chip pact", "2025-03-01", "news"),
                    "wire-late.txt",
                    story + " Updated.",
                    "wire-late.txt.meta.json",
                    meta("KOREA & ITALY  sign chip-pact!", "2025-03-04", "news"),
                    "pact.txt",
                    story + " Article 1.",
                    "pact.txt.meta.json",
                    meta("Korea, Italy sign chip pact", "2025-02-01", "agreement"))))) {
      Feed feed = feed(server, "/api/feed.atom?q=chip");
      // The reprint collapses into its newest item; a treaty of the same name is no reprint.
      assertEquals(List.of("wire-late", "pact"), documentIds(feed));
      assertEquals(
          "2025-03-04T00:00:00Z", feed.getEntries().get(0).getUpdated().toInstant().toString());
      assertEquals("2025-03-04T00:00:00Z", feed.getUpdated().toInstant().toString());
    }
  }

  @Test
  void documentsOfOneDateComeLatestIndexedFirst(@TempDir Path work) throws Exception {
    Path corpus = work.resolve("corpus");
    Path index = work.resolve("index");
    String text = "A memorandum on quantum research between the parties.";
    TestIndexes.write(
        corpus,
        Map.of("a-first.txt", text, "a-first.txt.meta.json", meta("First", "2025-05-05", "mou")));
    TestIndexes.index(corpus, index);
    TestIndexes.write(
        corpus,
        Map.of("b-later.txt", text, "b-later.txt.meta.json", meta("Later", "2025-05-05", "mou")));
    TestIndexes.index(corpus, index);
    try (Http server = Http.serving(Engine.create().searchService(index))) {
      // By id alone a-first would lead; the later run's document is the news.
      assertEquals(
          List.of("b-later", "a-first"), documentIds(feed(server, "/api/feed.atom?q=quantum")));
    }
  }

  @Test
  void openApiDescribesTheFeedWithTheSearchFiltersAndSimilarPassages() throws Exception {
    JsonNode paths = http.json("/api/openapi.json").get("paths");
    assertTrue(paths.has("/api/similar/{chunkId}"));
    List<String> search = new ArrayList<>();
    paths.at("/~1api~1search/get/parameters").forEach(p -> search.add(p.get("name").asText()));
    List<String> feed = new ArrayList<>();
    paths.at("/~1api~1feed.atom/get/parameters").forEach(p -> feed.add(p.get("name").asText()));
    for (String facet : ApiServerTest.fields(http.json("/api/search?q=korea").get("facets"))) {
      assertTrue(search.contains(facet) && feed.contains(facet), facet + " in " + feed);
    }
  }

  private static String meta(String title, String date, String type) {
    return "{\"title\": \"" + title + "\", \"date\": \"" + date + "\", \"type\": \"" + type + "\"}";
  }
}
