package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison keeps only the queries every server answers the same way: words, all held. */
class ComparisonQueriesTest {
  @Test
  void keepsOnlyPlainWordQueriesOfTheBuiltInList() {
    List<String> kept =
        BenchQueries.builtIn().stream()
            .filter(ComparisonQueries::plain)
            .map(BenchQuery::label)
            .toList();
    assertEquals(
        List.of(
            "rules of origin",
            "customs valuation",
            "dispute settlement panel",
            "sanitary phytosanitary measures",
            "government procurement thresholds",
            "intellectual property enforcement",
            "investment expropriation compensation",
            "electronic commerce",
            "temporary entry business persons",
            "rules of origin [country=CL,PE]",
            "intellectual property [year=2005,2006,2007]"),
        kept);
  }
}
