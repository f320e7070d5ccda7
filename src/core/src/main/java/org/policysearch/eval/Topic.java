package org.policysearch.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One judged question: an id, the query as an analyst would type it, and facet filters.
 *
 * @param filters facet → values, as a {@link org.policysearch.search.SearchRequest} takes them
 */
public record Topic(String id, String query, Map<String, List<String>> filters) {
  public Topic {
    Objects.requireNonNull(id);
    Objects.requireNonNull(query);
    filters = Map.copyOf(filters);
  }
}
