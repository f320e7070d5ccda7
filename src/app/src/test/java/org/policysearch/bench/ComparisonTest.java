package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.search.ResultCache;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/**
 * The comparison drives every server it is given with the same queries and checks that they count
 * the same chunks: policy-search over a SolrCloud collection ({@code --compare cloud}) is one more
 * policy-search API server among them. The app cannot run Solr (Jetty 10 against Javalin's 12), so
 * that server's engine here is a second embedded one; {@code SolrParityTest} shows the Solr backend
 * answers as the embedded engine does.
 */
class ComparisonTest {
  @Test
  void aCloudServerIsLoadedAndCheckedLikeTheOthers(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path index = dir.resolve("index");
    TestIndexes.index(
        TestIndexes.write(dir.resolve("corpus"), RawLuceneServerTest.agreements()), index);
    Engine engine = Engine.create();
    Comparison comparison = new Comparison(new Comparison.Settings(null, List.of(1), 1, 1, 3, 1));
    try (SearchService service = engine.searchService(index, ResultCache.NONE);
        SearchService cloud = engine.searchService(index, ResultCache.NONE)) {
      Comparison.Figures figures =
          comparison.run(
              service,
              Map.of(LoadTarget.CLOUD, cloud),
              index,
              List.of(BenchQuery.of("words", "tariff schedule")));

      List<String> servers =
          figures.agreements().stream().map(Comparison.Agreement::target).toList();
      assertEquals(List.of(LoadTarget.POLICY, LoadTarget.RAW, LoadTarget.CLOUD), servers);
      // Counted as policy-search counts: a word held by a document's parties counts where the
      // yardstick's one field does not, so both may differ from raw, but alike.
      Comparison.Agreement ours = figures.agreements().get(0);
      Comparison.Agreement clouds = figures.agreements().get(2);
      assertEquals(ours.totalHits(), clouds.totalHits());
      assertEquals(ours.differing(), clouds.differing());
      List<LoadDriver.Load> loads = figures.rounds().get(0);
      for (String server : servers) {
        assertTrue(
            loads.stream()
                .anyMatch(l -> l.target().equals(server) && l.errors() == 0 && l.throughput() > 0),
            server + ": " + loads);
      }
      assertTrue(ComparisonReport.text(figures).contains(LoadTarget.CLOUD), "the report names it");
    }
  }
}
