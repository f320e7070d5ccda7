package org.policysearch.eval;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.policysearch.search.Hit;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchService;

/** Ranks through the same {@link SearchService} the API answers from, relaxed fallback included. */
public final class EngineRanker implements Ranker {
  private final SearchService service;

  public EngineRanker(SearchService service) {
    this.service = Objects.requireNonNull(service);
  }

  @Override
  public String name() {
    return "engine";
  }

  @Override
  public List<String> rank(Topic topic, int depth) throws IOException {
    SearchRequest request =
        new SearchRequest(
            topic.query(), topic.filters(), 1, depth, SearchRequest.Sort.RELEVANCE, false);
    return service.search(request).hits().stream().map(Hit::chunkId).toList();
  }
}
