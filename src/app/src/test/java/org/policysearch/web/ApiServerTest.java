package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.TestIndexes;

/** Every endpoint over real HTTP against a started server on the seed corpus. */
class ApiServerTest {
  @RegisterExtension static final Http http = Http.onSeedCorpus();

  static Set<String> fields(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void filtersTypedInTheQuerySelectTheSameValuesAsTickedBoxes() throws Exception {
    JsonNode typed =
        Http.parse(http.get("/api/search?q=" + "quantum%20country:KR%20country:Italy").body());
    JsonNode ticked = Http.parse(http.get("/api/search?q=quantum&country=KR&country=IT").body());
    assertEquals(ticked.get("total"), typed.get("total"));
    assertEquals(ticked.get("facets"), typed.get("facets"));
    assertEquals(
        List.of("KR", "IT"),
        List.of(
            typed.get("queryFilters").get(0).get("value").asText(),
            typed.get("queryFilters").get(1).get("value").asText()));
    assertEquals("country:Italy", typed.get("queryFilters").get(1).get("typed").asText());
    // Italy or Korea, not Italy and Korea: a typed pair widens the results as two boxes do.
    JsonNode korea = Http.parse(http.get("/api/search?q=quantum&country=KR").body());
    assertTrue(typed.get("total").asLong() >= korea.get("total").asLong());
  }

  @Test
  void searchAnswersRankedHitsWithFacets() throws Exception {
    HttpResponse<String> response = http.get("/api/search?q=quantum&country=US");
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode body = Http.parse(response.body());
    assertEquals(
        Set.of(
            "query",
            "total",
            "allWordsTotal",
            "page",
            "size",
            "tookMs",
            "relaxed",
            "hits",
            "facets",
            "queryFilters",
            "group",
            "folded"),
        fields(body));
    assertEquals("passages", body.get("group").asText());
    assertEquals("quantum", body.get("query").asText());
    assertEquals(2, body.get("total").asLong());
    assertEquals(1, body.get("page").asInt());
    assertEquals(10, body.get("size").asInt());
    assertFalse(body.get("relaxed").asBoolean());
    JsonNode heading = hit(body, TestIndexes.US_ROK + ":31");
    assertEquals(
        Set.of(
            "chunkId",
            "documentId",
            "title",
            "type",
            "date",
            "publisher",
            "sectionPath",
            "kind",
            "countries",
            "sectors",
            "score",
            "allWords",
            "matchedOn",
            "text",
            "snippet",
            "titleHighlighted",
            "sectionPathHighlighted",
            "url",
            "permalink",
            "sameText"),
        fields(heading));
    assertEquals(TestIndexes.US_ROK, heading.get("documentId").asText());
    assertEquals("joint-statement", heading.get("type").asText());
    assertEquals("2025-10-29", heading.get("date").asText());
    assertEquals("heading", heading.get("kind").asText());
    assertEquals("Leading <mark>Quantum</mark> Innovation", heading.get("text").asText());
    assertTrue(heading.get("allWords").asBoolean());
    assertEquals("[\"text\",\"document\"]", heading.get("matchedOn").toString());
    assertEquals(
        "[{\"code\":\"US\",\"label\":\"United States\"},{\"code\":\"KR\",\"label\":\"South Korea\"}]",
        heading.get("countries").toString());
    assertEquals(
        "[{\"code\":\"quantum\",\"label\":\"Quantum technologies\"}]",
        heading.get("sectors").toString());
    assertEquals(
        "/?doc=" + TestIndexes.US_ROK + "&chunk=" + TestIndexes.US_ROK + "%3A31&q=quantum",
        heading.get("url").asText());
    assertEquals(
        "{\"value\":\"US\",\"label\":\"United States\",\"count\":2,\"selected\":true}",
        body.get("facets").get("country").get(1).toString());
    assertEquals(
        Set.of("country", "sector", "type", "publisher", "year", "commitment"),
        fields(body.get("facets")));
  }

  private static JsonNode hit(JsonNode body, String chunkId) {
    for (JsonNode hit : body.get("hits")) {
      if (hit.get("chunkId").asText().equals(chunkId)) {
        return hit;
      }
    }
    throw new AssertionError(chunkId + " not in " + body.get("hits"));
  }

  @Test
  void repeatedFacetParametersAreOred() throws Exception {
    assertEquals(29, http.json("/api/search?country=IT").get("total").asLong());
    assertEquals(72, http.json("/api/search?country=IT&country=US").get("total").asLong());
    assertEquals(10, http.json("/api/search?country=Italy&sector=ai").get("total").asLong());
  }

  @Test
  void searchPagesAndSorts() throws Exception {
    JsonNode second = http.json("/api/search?q=AI&page=2&size=5&sort=date");
    assertEquals(21, second.get("total").asLong());
    assertEquals(2, second.get("page").asInt());
    assertEquals(5, second.get("hits").size());
    JsonNode explained = http.json("/api/search?q=quantum&explain=true");
    assertTrue(explained.get("hits").get(0).get("explanation").asText().contains("body:quantum"));
  }

  @Test
  void relaxedSearchSaysSo() throws Exception {
    JsonNode relaxed = http.json("/api/search?q=Meloni+quantum");
    assertTrue(relaxed.get("relaxed").asBoolean());
    assertEquals(9, relaxed.get("total").asLong());
  }

  @Test
  void documentsListsEveryDocumentWithItsChunkCount() throws Exception {
    JsonNode documents = http.json("/api/documents");
    assertEquals(3, documents.size());
    List<String> counts = new ArrayList<>();
    for (JsonNode doc : documents) {
      counts.add(doc.get("id").asText() + "=" + doc.get("chunks").asInt());
    }
    // Newest first: the dated joint statement, then the undated news items by id.
    assertEquals(
        List.of(TestIndexes.US_ROK + "=43", TestIndexes.NEWS_A + "=12", TestIndexes.NEWS_B + "=17"),
        counts);
    JsonNode usRok = documents.get(0);
    assertEquals("Administration of Donald J. Trump, 2025", usRok.get("publisher").asText());
    assertEquals(
        "[{\"code\":\"US\",\"label\":\"United States\"},{\"code\":\"KR\",\"label\":\"South Korea\"}]",
        usRok.get("parties").toString());
  }

  @Test
  void anAnswerSaysHowAQueryWasReadOtherwiseThanTyped() throws Exception {
    JsonNode read = http.json("/api/search?q=%22critical+minerals");
    assertEquals(
        "[\"A quote was not closed: the phrase runs to the end of the query.\"]",
        read.get("readAs").toString());
    assertEquals(
        http.json("/api/search?q=%22critical+minerals%22").get("total"), read.get("total"));
    assertFalse(http.json("/api/search?q=%22critical+minerals%22").has("readAs"));
  }

  @Test
  void aHitNamesItsDocumentsPublisherWhereItIsKnown() throws Exception {
    for (JsonNode hit : http.json("/api/search?q=cooperation").get("hits")) {
      if (hit.get("documentId").asText().equals(TestIndexes.US_ROK)) {
        assertEquals("Administration of Donald J. Trump, 2025", hit.get("publisher").asText());
      } else {
        assertFalse(hit.has("publisher"), hit.toString());
      }
    }
    JsonNode documents = http.json("/api/search?q=cooperation&group=document").get("documents");
    List<String> publishers = new ArrayList<>();
    documents.forEach(d -> publishers.add(d.path("publisher").asText("none")));
    assertTrue(
        publishers.contains("Administration of Donald J. Trump, 2025"), publishers.toString());
    assertTrue(publishers.contains("none"), publishers.toString());
  }

  @Test
  void documentShowsEveryChunkInOrder() throws Exception {
    JsonNode view = http.json("/api/documents/" + TestIndexes.NEWS_A);
    assertEquals(TestIndexes.NEWS_A, view.get("document").get("id").asText());
    JsonNode chunks = view.get("chunks");
    assertEquals(12, chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      assertEquals(i, chunks.get(i).get("ordinal").asInt());
      assertEquals(TestIndexes.NEWS_A + ":" + i, chunks.get(i).get("chunkId").asText());
    }
    JsonNode bullet = chunks.get(2);
    assertEquals(
        Set.of(
            "chunkId",
            "ordinal",
            "kind",
            "sectionPath",
            "text",
            "countries",
            "sectors",
            "commitment",
            "permalink"),
        fields(bullet));
    assertEquals("bullet", bullet.get("kind").asText());
    assertEquals("[\"Key Points\"]", bullet.get("sectionPath").toString());
    assertEquals(
        "The agreement aims to build resilient supply chains and joint R&amp;D efforts in strategic"
            + " high-tech sectors.",
        bullet.get("text").asText());
  }

  @Test
  void documentWithQueryMarksItsChunks() throws Exception {
    JsonNode chunks =
        http.json("/api/documents/" + TestIndexes.NEWS_A + "?q=%22supply+chain%22").get("chunks");
    assertEquals(
        "The agreement aims to build resilient <mark>supply chains</mark> and joint R&amp;D efforts"
            + " in strategic high-tech sectors.",
        chunks.get(2).get("text").asText());
    assertFalse(chunks.get(0).get("text").asText().contains("<mark>"));
  }

  @Test
  void documentOpensWhenItsQueryHasNothingToMark() throws Exception {
    HttpResponse<String> response = http.get("/api/documents/" + TestIndexes.NEWS_A + "?q=%22+OR");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(12, Http.parse(response.body()).get("chunks").size());
    assertFalse(response.body().contains("<mark>"));
  }

  @Test
  void unknownDocumentIsNotFoundJson() throws Exception {
    HttpResponse<String> response = http.get("/api/documents/no-such-document");
    assertEquals(404, response.statusCode());
    assertEquals(
        "{\"error\":\"not_found\",\"message\":\"No document with id \\\"no-such-document\\\".\"}",
        response.body());
  }

  @Test
  void facetsCountTheWholeCorpus() throws Exception {
    JsonNode facets = http.json("/api/facets");
    assertEquals(
        Set.of("country", "sector", "type", "publisher", "year", "commitment"), fields(facets));
    assertEquals(
        "{\"value\":\"KR\",\"label\":\"South Korea\",\"count\":72,\"selected\":false}",
        facets.get("country").get(0).toString());
    assertEquals(
        "{\"value\":\"ai\",\"label\":\"Artificial intelligence\",\"count\":21,\"selected\":false}",
        facets.get("sector").get(0).toString());
  }

  @Test
  void facetValuesAreFoundByAFragmentOfTheirNameOrCode() throws Exception {
    JsonNode all = http.json("/api/facets?facet=country");
    assertEquals(Set.of("country"), fields(all));
    assertEquals(http.json("/api/facets").get("country"), all.get("country"));
    // "United States" holds "it" and has more passages, but Italy is the country "it" starts.
    assertEquals(List.of("IT", "US"), values(http.json("/api/facets?facet=country&contains=it")));
    assertEquals(List.of("IT"), values(http.json("/api/facets?facet=country&contains=ita")));
    assertEquals(List.of("IT"), values(http.json("/api/facets?facet=country&contains=%C3%8DTA")));
    assertEquals(List.of("KR"), values(http.json("/api/facets?facet=country&contains=kr")));
    assertEquals(List.of(), values(http.json("/api/facets?facet=country&contains=atlantis")));
    JsonNode everyFacet = http.json("/api/facets?contains=semi");
    assertEquals(List.of("semiconductors"), values(everyFacet.get("sector")));
    assertEquals(List.of(), values(everyFacet.get("country")));
  }

  @Test
  void anUnknownFacetIsABadRequestNamingTheKnownOnes() throws Exception {
    HttpResponse<String> response = http.get("/api/facets?facet=colour&contains=red");
    assertEquals(400, response.statusCode());
    JsonNode body = Http.parse(response.body());
    assertEquals("bad_request", body.get("error").asText());
    assertEquals(
        "Unknown facet \"colour\": known facets are country, sector, type, publisher, year, commitment.",
        body.get("message").asText());
  }

  /** The values of a facet listing (an object holding one facet, or that facet's array). */
  private static List<String> values(JsonNode facets) {
    JsonNode list = facets.isArray() ? facets : facets.elements().next();
    List<String> values = new ArrayList<>();
    list.forEach(v -> values.add(v.get("value").asText()));
    return values;
  }

  @Test
  void healthCountsDocumentsAndChunks() throws Exception {
    assertEquals(
        Http.parse("{\"status\":\"ok\",\"documents\":3,\"chunks\":72,\"backend\":\"lucene\"}"),
        http.json("/api/health"));
  }

  @Test
  void headingMatchIsMarkedInTheSectionPath() throws Exception {
    JsonNode body = http.json("/api/search?q=Artemis+leadership");
    JsonNode space = hit(body, TestIndexes.US_ROK + ":36");
    assertEquals(
        "[\"II. Areas of Cooperation\",\"Trusted Technology <mark>Leadership</mark>\","
            + "\"Cooperating on Space Exploration\"]",
        space.get("sectionPathHighlighted").toString());
    assertFalse(space.get("text").asText().contains("<mark>Leadership"));
    JsonNode titled =
        hit(http.json("/api/search?q=Artemis+memorandum"), TestIndexes.US_ROK + ":36");
    assertEquals(
        titled.get("title").asText().replace("Memorandum", "<mark>Memorandum</mark>"),
        titled.get("titleHighlighted").asText());
  }

  @Test
  void groupDocumentAnswersOneResultPerDocumentWithItsBestPassages() throws Exception {
    JsonNode grouped = http.json("/api/search?q=cooperation&group=document&size=100");
    JsonNode passages = http.json("/api/search?q=cooperation&size=100");
    assertEquals("document", grouped.get("group").asText());
    assertTrue(fields(grouped).containsAll(Set.of("documents", "total", "facets", "relaxed")));
    assertEquals(0, grouped.get("hits").size());
    // Each document once, with as many matching passages as the passages view lists for it.
    Map<String, Integer> perDocument = new java.util.LinkedHashMap<>();
    passages
        .get("hits")
        .forEach(h -> perDocument.merge(h.get("documentId").asText(), 1, Integer::sum));
    assertEquals(perDocument.size(), grouped.get("total").asLong());
    JsonNode documents = grouped.get("documents");
    assertEquals(perDocument.size(), documents.size());
    for (JsonNode document : documents) {
      // date and publisher are left out for a document without them, as on a hit.
      Set<String> named = new TreeSet<>(fields(document));
      named.remove("date");
      named.remove("publisher");
      assertEquals(
          Set.of(
              "documentId",
              "title",
              "titleHighlighted",
              "type",
              "countries",
              "sectors",
              "score",
              "matchingPassages",
              "chunks",
              "url",
              "passages"),
          named);
      String id = document.get("documentId").asText();
      assertEquals(perDocument.get(id).intValue(), document.get("matchingPassages").asInt(), id);
      JsonNode shown = document.get("passages");
      assertTrue(shown.size() >= 1 && shown.size() <= 3, id);
      for (JsonNode passage : shown) {
        assertEquals(id, passage.get("documentId").asText());
        assertTrue(passage.get("text").asText().contains("<mark>"), passage.toString());
      }
      assertEquals(shown.get(0).get("url"), document.get("url"));
    }
    // Facet counts are documents: no value counts more than the documents found.
    grouped
        .get("facets")
        .forEach(
            facet ->
                facet.forEach(
                    value ->
                        assertTrue(value.get("count").asLong() <= grouped.get("total").asLong())));
  }

  @Test
  void unknownGroupIsBadRequest() throws Exception {
    HttpResponse<String> response = http.get("/api/search?q=quantum&group=chapter");
    assertEquals(400, response.statusCode());
    JsonNode body = Http.parse(response.body());
    assertEquals("group must be passages or document.", body.get("message").asText());
    assertEquals(200, http.get("/api/search?q=quantum&group=passages").statusCode());
    assertEquals(200, http.get("/api/search?q=quantum&group=DOCUMENT").statusCode());
  }

  @Test
  void aGroupIsNamedInTheSingularOrThePlural() throws Exception {
    // "Documents", as the page's button reads, groups by document; "passage" lists passages.
    assertEquals(
        "document", http.json("/api/search?q=quantum&group=documents").get("group").asText());
    assertEquals(
        "passages", http.json("/api/search?q=quantum&group=Passage").get("group").asText());
  }

  @Test
  void openApiDocumentHitSchemaNamesEveryFieldOfADocument() throws Exception {
    JsonNode schemas = Http.parse(http.get("/api/openapi.json").body()).at("/components/schemas");
    JsonNode result = http.json("/api/search?q=quantum&group=document");
    for (String field : fields(result)) {
      assertTrue(schemas.at("/SearchResult/properties").has(field), field);
    }
    for (String field : fields(result.get("documents").get(0))) {
      assertTrue(schemas.at("/DocumentHit/properties").has(field), field);
    }
  }

  @Test
  void openApiDescribesAFilterParameterAndTheCountsOfEveryFacetTheApiAnswers() throws Exception {
    JsonNode openApi = Http.parse(http.get("/api/openapi.json").body());
    List<String> parameters = new ArrayList<>();
    openApi
        .at("/paths/~1api~1search/get/parameters")
        .forEach(p -> parameters.add(p.get("name").asText()));
    JsonNode counts = openApi.at("/components/schemas/Facets/properties");
    for (String facet : fields(http.json("/api/search?q=quantum").get("facets"))) {
      assertTrue(parameters.contains(facet), facet + " in " + parameters);
      assertTrue(counts.has(facet), facet);
    }
  }

  @Test
  void openApiDescribesTheSearchsFiltersOnEveryRouteThatSearches() throws Exception {
    JsonNode paths = Http.parse(http.get("/api/openapi.json").body()).get("paths");
    List<String> filters =
        new ArrayList<>(fields(http.json("/api/search?q=quantum").get("facets")));
    filters.addAll(List.of("from", "to", "party"));
    for (String route :
        List.of("/api/export", "/api/matrix", "/api/network", "/api/timeline", "/api/feed.atom")) {
      List<String> parameters = new ArrayList<>();
      paths.get(route).at("/get/parameters").forEach(p -> parameters.add(p.get("name").asText()));
      assertTrue(parameters.containsAll(filters), route + ": " + parameters);
      assertEquals(parameters.size(), new java.util.HashSet<>(parameters).size(), route);
    }
  }

  @Test
  void openApiHitSchemaNamesEveryFieldOfAHit() throws Exception {
    JsonNode schema =
        Http.parse(http.get("/api/openapi.json").body()).at("/components/schemas/Hit/properties");
    JsonNode hit = http.json("/api/search?q=quantum").get("hits").get(0);
    for (String field : fields(hit)) {
      assertTrue(schema.has(field), field);
    }
  }

  @Test
  void acronymsListsTheDefinitionsOfTheCorpusWithTheirDocuments() throws Exception {
    assertEquals(
        Http.parse(
            "{\"acronyms\":["
                + "{\"acronym\":\"CAGR\",\"expansion\":\"compound annual growth rate\","
                + "\"documents\":[\"korea-italy-mou-news-b\"]},"
                + "{\"acronym\":\"MOU\",\"expansion\":\"Memorandum of Understanding\","
                + "\"documents\":[\"korea-italy-mou-news-a\","
                + "\"us-rok-technology-prosperity-deal\"]}]}"),
        http.json("/api/acronyms"));
  }

  @Test
  void openApiDocumentNamesEveryPath() throws Exception {
    HttpResponse<String> response = http.get("/api/openapi.json");
    assertEquals(200, response.statusCode());
    JsonNode paths = Http.parse(response.body()).get("paths");
    for (String path :
        List.of(
            "/api/search",
            "/api/facets/definitions",
            "/api/documents",
            "/api/documents/{id}",
            "/api/documents/{id}/outline",
            "/api/documents/{id}/find",
            "/api/facets",
            "/api/health",
            "/api/acronyms",
            "/api/export",
            "/api/cite/{chunkId}")) {
      assertTrue(paths.has(path), path);
    }
  }

  @Test
  void unknownEndpointIsNotFoundJson() throws Exception {
    HttpResponse<String> response = http.get("/api/nothing-here");
    assertEquals(404, response.statusCode());
    JsonNode body = Http.parse(response.body());
    assertEquals("not_found", body.get("error").asText());
    assertEquals(Set.of("error", "message"), fields(body));
  }

  @Test
  void postIsMethodNotAllowedJson() throws Exception {
    for (String path : List.of("/api/search?q=quantum", "/api/documents", "/api/health")) {
      HttpResponse<String> response = http.send("POST", path);
      assertEquals(405, response.statusCode(), path);
      assertEquals("method_not_allowed", Http.parse(response.body()).get("error").asText());
    }
    assertEquals(405, http.send("DELETE", "/api/documents/" + TestIndexes.NEWS_A).statusCode());
  }

  @Test
  void contentSecurityPolicyOnPageAndApi() throws Exception {
    for (String path : List.of("/", "/api/search?q=AI", "/api/health", "/api/nothing-here")) {
      HttpResponse<String> response = http.get(path);
      assertEquals(
          ApiServer.CONTENT_SECURITY_POLICY,
          response.headers().firstValue("Content-Security-Policy").orElse(null),
          path);
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
    }
    HttpResponse<String> page = http.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<html"), page.body());
  }

  @Test
  void manyRequestsAtOnceAllSucceed() throws Exception {
    List<String> queries =
        List.of("q=AI", "q=%22supply+chain%22", "country=IT&sector=ai", "q=semicond*", "q=MOU");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 25; i++) {
                    String q = queries.get((offset + i) % queries.size());
                    HttpResponse<String> response = http.get("/api/search?" + q);
                    assertEquals(200, response.statusCode(), q + ": " + response.body());
                  }
                  return 25;
                }));
      }
      int done = 0;
      for (Future<Integer> future : futures) {
        done += future.get();
      }
      assertEquals(200, done);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameClauseInTwoAgreementsIsOneHitNamingTheOtherUnlessFoldIsFalse(@TempDir Path tmp)
      throws Exception {
    String clause =
        ". Each Party shall ensure that its competent authorities cooperate on quantum research"
            + " and exchange information on their programmes.\n";
    try (Http server =
        Http.serving(
            TestIndexes.ofFiles(
                tmp,
                Map.of(
                    "north.txt",
                    "4" + clause,
                    "north.txt.meta.json",
                    "{\"title\": \"North agreement\"}",
                    "south.txt",
                    "7" + clause,
                    "south.txt.meta.json",
                    "{\"title\": \"South agreement\"}")))) {
      JsonNode folded = Http.parse(server.get("/api/search?q=quantum+research").body());
      assertEquals(2, folded.get("total").asInt(), "both passages count");
      assertEquals(1, folded.get("folded").asInt(), "one folded into the other");
      assertEquals(1, folded.get("hits").size());
      JsonNode hit = folded.get("hits").get(0);
      JsonNode other = hit.get("sameText").get(0);
      assertEquals(1, hit.get("sameText").size());
      assertTrue(other.has("nearly"), other.toString());
      assertFalse(other.get("nearly").asBoolean(), "the same text, not a near copy");
      assertEquals(
          Set.of("north", "south"),
          Set.of(hit.get("documentId").asText(), other.get("documentId").asText()));
      assertEquals(
          other.get("documentId").asText().equals("north") ? "North agreement" : "South agreement",
          other.get("title").asText());
      assertEquals(
          "/?doc="
              + other.get("documentId").asText()
              + "&chunk="
              + other.get("chunkId").asText().replace(":", "%3A")
              + "&q=quantum+research",
          other.get("url").asText());
      JsonNode every = Http.parse(server.get("/api/search?q=quantum+research&fold=false").body());
      assertEquals(2, every.get("hits").size());
      assertEquals(0, every.get("folded").asInt());
      assertEquals(0, every.get("hits").get(0).get("sameText").size());
    }
  }

  @Test
  void hostileChunkTextComesBackEscaped(@TempDir Path tmp) throws Exception {
    String hostile =
        "Hostile notes\n\nThis quantum note says <script>alert(1)</script> and"
            + " <img src=x onerror=alert(1)> too.\n";
    try (Http server = Http.serving(TestIndexes.ofFiles(tmp, Map.of("hostile.txt", hostile)))) {
      for (String path :
          List.of(
              "/api/search?q=quantum",
              "/api/search?q=script+OR+img",
              "/api/search?type=",
              "/api/documents/hostile",
              "/api/documents/hostile?q=onerror")) {
        HttpResponse<String> response = server.get(path);
        assertEquals(200, response.statusCode(), path);
        String body = response.body();
        assertTrue(
            body.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
                || body.contains("&lt;<mark>script</mark>&gt;"),
            path + ": " + body);
        assertFalse(body.contains("<script"), path + ": " + body);
        assertFalse(body.contains("<img"), path + ": " + body);
      }
    }
  }
}
