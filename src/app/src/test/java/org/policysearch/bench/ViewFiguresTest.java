package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/** The bench's section on the analyst's views: every view timed beside a search with facets. */
class ViewFiguresTest {
  @Test
  void everyViewIncludingCompareAndOpeningAResultIsTimedAgainstSearch(@TempDir Path dir)
      throws Exception {
    String report;
    try (SearchService service = TestIndexes.seed(dir)) {
      report =
          ViewFigures.run(
              service,
              List.of(
                  BenchQuery.of("words", "cooperation"),
                  BenchQuery.of("words", "semiconductors"),
                  BenchQuery.of("words", "zzzznothing")),
              1);
    }
    for (String view : List.of("search", "matrix", "network", "timeline", "compare", "open")) {
      Matcher row =
          Pattern.compile("\\| " + view + " \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\|")
              .matcher(report);
      assertTrue(row.find(), view + " in:\n" + report);
    }
    // A query with no result has no passage to compare: two of the three are compared.
    assertTrue(report.contains("(2 of the queries have one)"), report);
    // Nor a result to open.
    assertTrue(report.contains("(2 of the queries have a result)"), report);
  }
}
