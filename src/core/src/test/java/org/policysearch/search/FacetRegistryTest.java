package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.FacetDefinition;
import org.policysearch.index.FacetRegistry;

/** The facets the registry defines are the ones the index counts and the query language takes. */
class FacetRegistryTest {
  @TempDir Path dir;

  @Test
  void everyRegisteredFacetIsCountedInRegistryOrder() throws IOException {
    try (SearchService service = TestIndexes.seed(dir)) {
      SearchResult result = service.search(SearchRequest.of("cooperation"));
      assertEquals(FacetRegistry.NAMES, List.copyOf(result.facets().keySet()));
      // A facet registered without its values being indexed would count nothing.
      for (String name : FacetRegistry.NAMES) {
        assertTrue(!result.facets().get(name).isEmpty(), name + " has no value on the seeds");
      }
    }
  }

  @Test
  void everyRegisteredFacetCanBeTypedInTheQuery() {
    for (FacetDefinition facet : FacetRegistry.ALL) {
      QueryNode node = new UserQueryParser().parse(facet.name() + ":x quantum");
      QueryNode.All all = assertInstanceOf(QueryNode.All.class, node);
      QueryNode.Filter filter = assertInstanceOf(QueryNode.Filter.class, all.clauses().get(0));
      assertEquals(facet.name(), filter.field());
    }
  }
}
