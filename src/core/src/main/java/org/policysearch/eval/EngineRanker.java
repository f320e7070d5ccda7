package org.policysearch.eval;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policysearch.search.Hit;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchResult;
import org.policysearch.search.SearchService;

/** Ranks through the same {@link SearchService} the API answers from, relaxed fallback included. */
public final class EngineRanker implements Ranker, DocumentRanker {
  private final SearchService service;
  private final boolean fold;

  /** The engine listing every passage, as it ranks them. */
  public EngineRanker(SearchService service) {
    this(service, false);
  }

  /**
   * The engine, with the passages that read the same as a better one folded into it when {@code
   * fold} ({@code folded}, as the page shows them), or each listed ({@code engine}).
   */
  public EngineRanker(SearchService service, boolean fold) {
    this.service = Objects.requireNonNull(service);
    this.fold = fold;
  }

  @Override
  public String name() {
    return fold ? "folded" : "engine";
  }

  @Override
  public List<String> rank(Topic topic, int depth) throws IOException {
    SearchRequest request =
        new SearchRequest(
                topic.query(), topic.filters(), 1, depth, SearchRequest.Sort.RELEVANCE, false)
            .folding(fold);
    return service.search(request).hits().stream().map(Hit::chunkId).toList();
  }

  @Override
  public List<String> rankDocuments(String query, int count) throws IOException {
    Set<String> documents = new LinkedHashSet<>();
    int size = SearchRequest.MAX_SIZE;
    // Pages through the hits as a user would, until enough documents are seen or hits run out.
    for (int page = 1; (long) page * size <= SearchRequest.MAX_WINDOW; page++) {
      SearchRequest request =
          new SearchRequest(query, Map.of(), page, size, SearchRequest.Sort.RELEVANCE, false);
      SearchResult result = service.search(request);
      for (Hit hit : result.hits()) {
        documents.add(hit.documentId());
        if (documents.size() == count) {
          return List.copyOf(documents);
        }
      }
      if ((long) page * size >= result.total()) {
        break;
      }
    }
    return List.copyOf(documents);
  }
}
