package org.policysearch.tagging;

import java.util.List;

/**
 * The facet values of one chunk.
 *
 * @param countries country codes (and {@code EU}): the document's parties first, then mentions
 * @param sectors sector ids, in taxonomy order
 */
public record Tags(List<String> countries, List<String> sectors) {
  public Tags {
    countries = List.copyOf(countries);
    sectors = List.copyOf(sectors);
  }
}
