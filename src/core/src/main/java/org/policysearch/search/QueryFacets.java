package org.policysearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policysearch.index.FacetRegistry;

/**
 * Takes the facet filters typed in a query ({@code country:KR country:US quantum}) out of it, so
 * that they select facet values exactly as ticking boxes does: OR within a facet, AND across
 * facets, counted drill-sideways.
 *
 * <p>Only filters that stand on their own at the query's top level are facet selections; one inside
 * parentheses, after {@code OR} or after {@code -} ({@code -country:KR}) stays part of the query.
 * {@code title:} is no facet and always stays.
 *
 * @param rest the query without its facet filters, or null when nothing else was typed
 * @param typed the facet filters as typed, in order
 */
record QueryFacets(QueryNode rest, List<QueryNode.Filter> typed) {

  QueryFacets {
    typed = List.copyOf(typed);
  }

  /** The facet filters of {@code node} (may be null) and what is left of it. */
  static QueryFacets of(QueryNode node) {
    if (node instanceof QueryNode.Filter f && isFacet(f)) {
      return new QueryFacets(null, List.of(f));
    }
    if (!(node instanceof QueryNode.All all)) {
      return new QueryFacets(node, List.of());
    }
    List<QueryNode> kept = new ArrayList<>();
    List<QueryNode.Filter> typed = new ArrayList<>();
    for (QueryNode clause : all.clauses()) {
      if (clause instanceof QueryNode.Filter f && isFacet(f)) {
        typed.add(f);
      } else {
        kept.add(clause);
      }
    }
    QueryNode rest =
        kept.isEmpty() ? null : kept.size() == 1 ? kept.get(0) : new QueryNode.All(kept);
    return new QueryFacets(rest, typed);
  }

  /** {@code requested} with the typed values added to their facets, each value once. */
  Map<String, List<String>> addedTo(Map<String, List<String>> requested) {
    Map<String, List<String>> merged = new LinkedHashMap<>();
    requested.forEach((facet, values) -> merged.put(facet, new ArrayList<>(values)));
    for (QueryNode.Filter f : typed) {
      List<String> values = merged.computeIfAbsent(f.field(), k -> new ArrayList<>());
      if (!values.contains(f.value())) {
        values.add(f.value());
      }
    }
    return merged;
  }

  private static boolean isFacet(QueryNode.Filter filter) {
    return FacetRegistry.NAMES.contains(filter.field());
  }
}
