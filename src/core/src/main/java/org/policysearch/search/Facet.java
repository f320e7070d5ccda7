package org.policysearch.search;

import java.util.List;
import org.policysearch.index.FacetDefinition;
import org.policysearch.index.FacetRegistry;

/**
 * A facet as clients see it: its name (the API's key, the filter parameter and the query language's
 * {@code name:}), its heading on the page, and whether a passage can have several values.
 *
 * @param name the facet's key, e.g. {@code country}
 * @param heading what the page calls it, e.g. {@code Country}
 * @param multiValued whether a passage can have several values (countries) or one (type)
 */
public record Facet(String name, String heading, boolean multiValued) {
  /** Every facet, in the order the API and the page list them. */
  public static final List<Facet> ALL = FacetRegistry.ALL.stream().map(Facet::of).toList();

  /** Every facet's name, in the same order. */
  public static final List<String> NAMES = ALL.stream().map(Facet::name).toList();

  private static Facet of(FacetDefinition definition) {
    return new Facet(definition.name(), definition.heading(), definition.multiValued());
  }
}
