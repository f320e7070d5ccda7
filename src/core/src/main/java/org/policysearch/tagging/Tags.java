package org.policysearch.tagging;

import java.util.List;
import java.util.Objects;

/**
 * The facet values of one chunk.
 *
 * @param countries country codes (and {@code EU}): the document's parties first, then mentions
 * @param sectors sector ids, in taxonomy order
 * @param commitment how firmly the chunk commits anyone to anything
 */
public record Tags(List<String> countries, List<String> sectors, Commitment commitment) {
  public Tags {
    countries = List.copyOf(countries);
    sectors = List.copyOf(sectors);
    Objects.requireNonNull(commitment, "commitment");
  }
}
