package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue that lists a bloc's member states rather than the bloc: the bloc is one side. */
class BlocSidesTest {
  private static final String EU_2010 =
      "\"AT\", \"BE\", \"BG\", \"CY\", \"CZ\", \"DK\", \"EE\", \"FI\", \"FR\", \"DE\", \"GR\","
          + " \"HU\", \"IE\", \"IT\", \"LV\", \"LT\", \"LU\", \"MT\", \"NL\", \"PL\", \"PT\","
          + " \"RO\", \"SK\", \"SI\", \"ES\", \"SE\", \"GB\"";

  @Test
  void theMemberStatesListedForTheEuAreTheEusSideInFiltersAndPairs(@TempDir Path tmp)
      throws IOException {
    String text = "Notes\n\nThe Parties shall eliminate customs duties on originating goods.\n";
    Map<String, String> files =
        Map.of(
            "eu-korea.txt",
            text,
            "eu-korea.txt.meta.json",
            "{\"title\": \"EU - Korea\", \"type\": \"agreement\", \"date\": \"2010-10-06\","
                + " \"parties\": ["
                + EU_2010
                + ", \"KR\"]}",
            "fr-de-us.txt",
            text,
            "fr-de-us.txt.meta.json",
            "{\"title\": \"France - Germany - United States\", \"type\": \"agreement\","
                + " \"date\": \"2019-01-22\", \"parties\": [\"FR\", \"DE\", \"US\"]}");
    try (SearchService service = TestIndexes.ofFiles(tmp, files)) {
      SearchRequest customs = SearchRequest.of("customs duties");
      assertEquals(List.of("eu-korea"), documents(service, customs.between(List.of("EU"))));
      assertEquals(List.of("fr-de-us"), documents(service, customs.between(List.of("DE"))));
      // The pairs are the EU and Korea, not the 351 pairs of member states beside them.
      List<String> edges =
          service.network(customs, 100).edges().stream()
              .map(e -> e.source() + "-" + e.target())
              .sorted()
              .toList();
      assertEquals(List.of("DE-FR", "DE-US", "EU-KR", "FR-US"), edges);
    }
  }

  private static List<String> documents(SearchService service, SearchRequest request)
      throws IOException {
    return service.search(request).hits().stream().map(Hit::documentId).distinct().toList();
  }
}
