package org.policysearch.eval;

import java.util.Set;
import java.util.TreeSet;

/** The country codes and sector ids of one chunk, as tagged or as a person labelled them. */
public record ChunkLabels(Set<String> countries, Set<String> sectors) {
  public ChunkLabels {
    countries = java.util.Collections.unmodifiableSet(new TreeSet<>(countries));
    sectors = java.util.Collections.unmodifiableSet(new TreeSet<>(sectors));
  }

  /** Every label as {@code facet:value} ({@code country:KR}, {@code sector:ai}). */
  public Set<String> qualified() {
    Set<String> all = new TreeSet<>();
    countries.forEach(c -> all.add("country:" + c));
    sectors.forEach(s -> all.add("sector:" + s));
    return all;
  }
}
