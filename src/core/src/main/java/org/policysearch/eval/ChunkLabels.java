package org.policysearch.eval;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The country codes and sector ids of one chunk, as tagged or as a person labelled them.
 *
 * @param countriesJudged false when a person labelled only the sectors (a sample of a real archive
 *     labelled for its sectors): the chunk's countries are then neither right nor wrong
 */
public record ChunkLabels(Set<String> countries, Set<String> sectors, boolean countriesJudged) {
  public ChunkLabels {
    countries = Collections.unmodifiableSet(new TreeSet<>(countries));
    sectors = Collections.unmodifiableSet(new TreeSet<>(sectors));
  }

  /** Labels of both facets. */
  public ChunkLabels(Set<String> countries, Set<String> sectors) {
    this(countries, sectors, true);
  }

  /** Labels of the sectors only. */
  public static ChunkLabels sectorsOnly(Set<String> sectors) {
    return new ChunkLabels(Set.of(), sectors, false);
  }

  /** Every label as {@code facet:value} ({@code country:KR}, {@code sector:ai}). */
  public Set<String> qualified() {
    Set<String> all = new TreeSet<>();
    countries.forEach(c -> all.add("country:" + c));
    sectors.forEach(s -> all.add("sector:" + s));
    return all;
  }

  /** {@code other}'s labels of the facets these labels judge. */
  ChunkLabels judgedAs(ChunkLabels other) {
    return countriesJudged ? other : sectorsOnly(other.sectors);
  }
}
