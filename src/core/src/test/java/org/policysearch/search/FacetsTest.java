package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts on the seed corpus: multi-select, drill-sideways, labels, agreement with hits. */
class FacetsTest {
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

  static SearchResult search(String query, Map<String, List<String>> filters) throws IOException {
    return service.search(
        new SearchRequest(query, filters, 1, 10, SearchRequest.Sort.RELEVANCE, false));
  }

  /** A facet as text: {@code KR=72 US=43 IT=29*} (a star marks a selected value). */
  static String facet(SearchResult result, String dimension) {
    return result.facets().get(dimension).stream()
        .map(v -> v.value() + "=" + v.count() + (v.selected() ? "*" : ""))
        .collect(Collectors.joining(" "));
  }

  @Test
  void wholeCorpusCountsPerFacet() throws IOException {
    Map<String, List<FacetValue>> facets = service.facets();
    assertEquals(
        List.of("country", "sector", "type", "publisher", "year", "commitment"),
        List.copyOf(facets.keySet()));
    SearchResult all = search("", Map.of());
    assertEquals("KR=72 US=43 IT=29 EU=2 JP=2 OM=2", facet(all, "country"));
    assertEquals(
        "ai=21 education=11 trade=11 semiconductors=10 critical-minerals=6 digital=6 space=5"
            + " research-security=4 biotech=3 energy=3 telecom=3 culture=2 quantum=2 defence=2",
        facet(all, "sector"));
    assertEquals("joint-statement=43 news=29", facet(all, "type"));
    // Only the statement's sidecar names its publisher: the news items count under no value.
    assertEquals("Administration of Donald J. Trump, 2025=43", facet(all, "publisher"));
    // The news items carry no date: counted as undated, after the years.
    assertEquals("2025=43 undated=29", facet(all, "year"));
    assertEquals("descriptive=62 intent=10", facet(all, "commitment"));
    assertEquals(all.facets(), facets);
  }

  @Test
  void countsFollowTheQuery() throws IOException {
    SearchResult chips = search("chips", Map.of());
    assertEquals("IT=10 KR=10", facet(chips, "country"));
    assertEquals("news=10", facet(chips, "type"));
    assertEquals("undated=10", facet(chips, "year"));
  }

  @Test
  void valuesInsideOneFacetAreOred() throws IOException {
    SearchResult either = search("", Map.of("sector", List.of("quantum", "biotech")));
    assertEquals(5, either.total());
    SearchResult both = search("", Map.of("country", List.of("IT", "US")));
    assertEquals(72, both.total());
    assertEquals("KR=72 US=43* IT=29* EU=2 JP=2 OM=2", facet(both, "country"));
  }

  @Test
  void facetsAreAndedWithEachOther() throws IOException {
    SearchResult italianAi = search("", Map.of("country", List.of("IT"), "sector", List.of("ai")));
    assertEquals(10, italianAi.total());
    assertTrue(
        italianAi.hits().stream()
            .allMatch(
                h ->
                    h.countries().contains(new Label("IT", "Italy"))
                        && h.sectors().stream().anyMatch(s -> s.code().equals("ai"))));
  }

  @Test
  void selectedFacetStillCountsItsOtherValues() throws IOException {
    SearchResult italy = search("", Map.of("country", List.of("IT")));
    assertEquals(29, italy.total());
    // Drill sideways: the United States keeps the count it would give on its own.
    assertEquals("KR=72 US=43 IT=29* EU=2 JP=2 OM=2", facet(italy, "country"));
    // Other facets count within Italy.
    assertEquals("news=29", facet(italy, "type"));
    assertEquals(
        "ai=10* semiconductors=10 trade=7 critical-minerals=6 education=4 space=3 energy=3"
            + " culture=2 digital=2 defence=2 telecom=1",
        facet(search("", Map.of("country", List.of("IT"), "sector", List.of("ai"))), "sector"));
  }

  @Test
  void selectedValueStaysListedAtZero() throws IOException {
    SearchResult none = search("quantum", Map.of("country", List.of("IT")));
    assertEquals(0, none.total());
    assertEquals("KR=2 US=2 IT=0*", facet(none, "country"));
  }

  @Test
  void valuesCarryHumanLabels() throws IOException {
    Map<String, List<FacetValue>> facets = service.facets();
    assertEquals("South Korea", label(facets, "country", "KR"));
    assertEquals("United States", label(facets, "country", "US"));
    assertEquals("Artificial intelligence", label(facets, "sector", "ai"));
    assertEquals("Quantum technologies", label(facets, "sector", "quantum"));
    assertEquals("Joint statement", label(facets, "type", "joint-statement"));
    assertEquals("2025", label(facets, "year", "2025"));
  }

  @Test
  void filtersAcceptNamesAndCodes() throws IOException {
    assertEquals(
        search("", Map.of("country", List.of("IT"))).total(),
        search("", Map.of("country", List.of("Italy"))).total());
    assertEquals(72, search("", Map.of("country", List.of("ROK"))).total());
  }

  @Test
  void everyListedCountIsWhatSelectingTheValueGives() throws IOException {
    List<SearchResult> searches =
        List.of(
            search("", Map.of()),
            search("AI", Map.of()),
            search("supply chain", Map.of()),
            search("Meloni quantum", Map.of()),
            search("innovation", Map.of("country", List.of("US"))),
            search("", Map.of("country", List.of("IT"), "sector", List.of("ai"))));
    int checked = 0;
    for (SearchResult result : searches) {
      Map<String, List<String>> filters = filtersOf(result);
      for (Map.Entry<String, List<FacetValue>> facet : result.facets().entrySet()) {
        for (FacetValue value : facet.getValue()) {
          // Drill sideways: a value's count is its facet's selection replaced by that value.
          Map<String, List<String>> selecting = new HashMap<>(filters);
          selecting.put(facet.getKey(), List.of(value.value()));
          // Counts are of the results holding every word (of all results, when none does).
          SearchResult selected = search(result.query(), selecting);
          long counted = selected.relaxed() ? selected.total() : selected.allWordsTotal();
          assertEquals(
              value.count(),
              counted,
              "q=" + result.query() + " " + filters + " " + facet.getKey() + "=" + value.value());
          checked++;
        }
      }
    }
    assertTrue(checked > 100, "checked " + checked);
  }

  private static Map<String, List<String>> filtersOf(SearchResult result) {
    Map<String, List<String>> filters = new HashMap<>();
    result
        .facets()
        .forEach(
            (dimension, values) -> {
              List<String> selected =
                  values.stream().filter(FacetValue::selected).map(FacetValue::value).toList();
              if (!selected.isEmpty()) {
                filters.put(dimension, selected);
              }
            });
    return filters;
  }

  private static String label(Map<String, List<FacetValue>> facets, String dimension, String v) {
    return facets.get(dimension).stream()
        .filter(f -> f.value().equals(v))
        .findFirst()
        .orElseThrow()
        .label();
  }

  @Test
  void commitmentIsAFacetOfEachPassageTypedOrTicked() throws IOException {
    SearchResult intent = search("", Map.of("commitment", List.of("intent")));
    assertEquals(10, intent.total());
    assertEquals("descriptive=62 intent=10*", facet(intent, "commitment"));
    assertEquals("joint-statement=10", facet(intent, "type"));
    SearchResult typed = search("commitment:Intent", Map.of());
    assertEquals(10, typed.total());
    assertEquals(
        "Intent",
        typed.facets().get("commitment").stream()
            .filter(v -> v.value().equals("intent"))
            .findFirst()
            .orElseThrow()
            .label());
    InvalidQueryException unknown =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidQueryException.class, () -> search("commitment:firm", Map.of()));
    assertEquals(
        "Unknown commitment \"firm\": use binding, intent or descriptive.", unknown.getMessage());
  }

  @Test
  void publisherIsAFacetWhoseNameIsTypedInAnyCase() throws IOException {
    String publisher = "Administration of Donald J. Trump, 2025";
    SearchResult ticked = search("cooperation", Map.of("publisher", List.of(publisher)));
    assertTrue(ticked.total() > 0);
    assertTrue(
        ticked.hits().stream().allMatch(h -> publisher.equals(h.publisher())), ticked.toString());
    assertEquals("joint-statement=" + ticked.total(), facet(ticked, "type"));
    // Typed in the query, in another case and spacing, it selects the corpus's value.
    SearchResult typed =
        search("cooperation publisher:\"administration of donald j.  trump, 2025\"", Map.of());
    assertEquals(ticked.total(), typed.total());
    assertEquals(publisher + "=" + ticked.total() + "*", facet(typed, "publisher"));
    assertEquals(publisher, typed.queryFilters().get(0).value());
    // A publisher no document names finds nothing, and says so by its zero beside the others.
    SearchResult unknown = search("cooperation", Map.of("publisher", List.of("Reuters")));
    assertEquals(0, unknown.total());
    assertEquals(publisher + "=" + ticked.total() + " Reuters=0*", facet(unknown, "publisher"));
  }
}
