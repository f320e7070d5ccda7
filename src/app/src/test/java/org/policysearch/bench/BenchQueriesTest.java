package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.SearchRequest;

class BenchQueriesTest {
  @Test
  void readsKindQueryAndFacetSelections(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("queries.tsv");
    Files.writeString(
        file,
        "# comment\n\nrules of origin\nphrase\t\"national treatment\"\n"
            + "facet\ttariff\tcountry=KR, JP;year=2007\n");

    assertEquals(
        List.of(
            BenchQuery.of("file", "rules of origin"),
            BenchQuery.of("phrase", "\"national treatment\""),
            new BenchQuery(
                "facet",
                "tariff",
                Map.of("country", List.of("KR", "JP"), "year", List.of("2007")))),
        BenchQueries.read(file));
  }

  @Test
  void aWrittenQueryFileReadsBackTheSameQueries(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("queries.tsv");
    List<BenchQuery> queries = BenchQueries.builtIn();

    BenchQueries.write(queries, file);

    assertEquals(queries, BenchQueries.read(file));
  }

  @Test
  void facetSelectionWithoutValuesIsRefusedWithItsLine(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("queries.tsv");
    Files.writeString(file, "facet\ttariff\tcountry\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BenchQueries.read(file));
    assertEquals(file + ":1: facet selection \"country\" is not facet=value,value", e.getMessage());
  }

  @Test
  void builtInQueriesCoverEveryKind() {
    assertEquals(
        List.of("words", "phrase", "or", "prefix", "filter", "facet", "documents", "typo"),
        BenchQueries.builtIn().stream().map(BenchQuery::kind).distinct().toList());
  }

  @Test
  void documentsKindAsksForResultsGroupedByDocument() {
    assertEquals(
        SearchRequest.Group.DOCUMENT,
        BenchQuery.of(BenchQuery.DOCUMENTS, "tariff").request().group());
    assertEquals(SearchRequest.Group.PASSAGES, BenchQuery.of("words", "tariff").request().group());
  }

  @Test
  void labelShowsFacetSelectionsInOrder() {
    assertEquals(
        "(no words) [country=SG] [year=2007]",
        new BenchQuery("facet", "", Map.of("year", List.of("2007"), "country", List.of("SG")))
            .label());
  }
}
