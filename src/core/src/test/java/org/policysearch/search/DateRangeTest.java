package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Narrowing a search to a period, on documents dated to a day, a month, a year, or not at all. */
class DateRangeTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    service =
        TestIndexes.ofFiles(
            dir,
            Map.of(
                "y2019.txt", "Fisheries cooperation in the year only.\n",
                "y2019.txt.meta.json", "{\"title\": \"Year only\", \"date\": \"2019\"}",
                "m2019.txt", "Fisheries cooperation in June.\n",
                "m2019.txt.meta.json", "{\"title\": \"Month only\", \"date\": \"2019-06\"}",
                "d2021.txt", "Fisheries cooperation on the ides of March.\n",
                "d2021.txt.meta.json", "{\"title\": \"Day\", \"date\": \"2021-03-15\"}",
                "d2023.txt", "Fisheries cooperation at new year.\n",
                "d2023.txt.meta.json", "{\"title\": \"New year\", \"date\": \"2023-01-01\"}",
                "nodate.txt", "Fisheries cooperation at some time.\n",
                "nodate.txt.meta.json", "{\"title\": \"Undated note\"}"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static SearchResult search(String from, String to, Map<String, List<String>> filters)
      throws IOException {
    return service.search(
        new SearchRequest(
                "fisheries",
                filters,
                1,
                10,
                SearchRequest.Sort.DATE,
                false,
                true,
                SearchRequest.Group.DOCUMENT)
            .within(DateRange.of(from, to)));
  }

  static List<String> ids(SearchResult result) {
    return result.documents().stream().map(DocumentHit::documentId).toList();
  }

  @Test
  void aPeriodKeepsTheDocumentsDatedInItBoundsIncluded() throws IOException {
    assertEquals(List.of("d2023", "d2021"), ids(search("2021-03-15", "2023-01-01", Map.of())));
    assertEquals(List.of("d2021"), ids(search("2021-03-15", "2022-12-31", Map.of())));
  }

  @Test
  void aYearOrMonthBoundCoversAllOfIt() throws IOException {
    // to=2021 ends on 31 December; from=2019-06 starts on 1 June.
    assertEquals(List.of("d2021", "m2019"), ids(search("2019-06", "2021", Map.of())));
    assertEquals(List.of("d2021", "m2019", "y2019"), ids(search(null, "2021", Map.of())));
  }

  @Test
  void aDocumentDatedToAMonthOrAYearCountsAsDatedOnItsFirstDay() throws IOException {
    assertEquals(List.of("m2019", "y2019"), ids(search("2019-01-01", "2019-06-01", Map.of())));
    assertEquals(List.of("y2019"), ids(search("2019", "2019-05-31", Map.of())));
    assertEquals(List.of(), ids(search("2019-06-02", "2019-12-31", Map.of())));
  }

  @Test
  void undatedDocumentsAreCountedAndLabelledAndLeftOutOfEveryPeriod() throws IOException {
    SearchResult all = search(null, null, Map.of());
    assertEquals(5, all.total());
    // By date, undated documents come last.
    assertEquals("nodate", ids(all).get(4));
    List<FacetValue> years = all.facets().get("year");
    FacetValue last = years.get(years.size() - 1);
    assertEquals("undated", last.value());
    assertEquals("Undated", last.label());
    assertEquals(1, last.count());
    assertEquals(
        List.of("2023", "2021", "2019"), years.stream().map(FacetValue::value).limit(3).toList());
    assertTrue(ids(search("0001", "9999", Map.of())).stream().noneMatch("nodate"::equals));
    assertEquals(List.of("nodate"), ids(search(null, null, Map.of("year", List.of("undated")))));
  }

  @Test
  void theYearCountsIgnoreThePeriodSoTheHistogramShowsWhatLiesOutsideIt() throws IOException {
    SearchResult narrowed = search("2021", "2021", Map.of());
    assertEquals(1, narrowed.total());
    Map<String, Integer> years = counts(narrowed.facets().get("year"));
    assertEquals(Map.of("2023", 1, "2021", 1, "2019", 2, "undated", 1), years);
  }

  @Test
  void tickedYearsAndAPeriodMustBothHold() throws IOException {
    assertEquals(
        List.of("d2021"), ids(search("2020", null, Map.of("year", List.of("2019", "2021")))));
    assertEquals(List.of(), ids(search("2022", null, Map.of("year", List.of("2019", "2021")))));
  }

  @Test
  void boundsThatAreNotRealDatesAreRefusedWithTheReason() {
    assertEquals(
        "from must be a year, a month or a day: 2019, 2019-06 or 2019-06-30.",
        assertThrows(InvalidQueryException.class, () -> DateRange.of("last year", null))
            .getMessage());
    assertEquals(
        "to is not a real date: 2019-02-30.",
        assertThrows(InvalidQueryException.class, () -> DateRange.of(null, "2019-02-30"))
            .getMessage());
    assertEquals(
        "from must not be after to.",
        assertThrows(InvalidQueryException.class, () -> DateRange.of("2022", "2021")).getMessage());
    assertThrows(InvalidQueryException.class, () -> DateRange.of("2019-13", null));
    assertThrows(InvalidQueryException.class, () -> DateRange.of("0000", null));
  }

  private static Map<String, Integer> counts(List<FacetValue> values) {
    return values.stream()
        .collect(java.util.stream.Collectors.toMap(FacetValue::value, FacetValue::count));
  }
}
