package org.policysearch.index;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.policysearch.index.FacetDefinition.Vocabulary;

/**
 * The facets, in the order the API and the page list them: the one list that the writer's facet
 * configuration, the query language's {@code name:} keys, the API's facet counts and the page
 * (through {@code /api/facets}) all read, so that a facet is added in one place.
 */
public final class FacetRegistry {
  /** Every facet, in display order. */
  public static final List<FacetDefinition> ALL =
      List.of(
          new FacetDefinition(Fields.COUNTRY, "Country", true, Vocabulary.COUNTRIES),
          new FacetDefinition(Fields.SECTOR, "Sector", true, Vocabulary.SECTORS),
          new FacetDefinition(Fields.TYPE, "Document type", false, Vocabulary.DOCUMENT_TYPES),
          new FacetDefinition(Fields.YEAR, "Year", false, Vocabulary.YEARS));

  /** The facets' names, in display order. */
  public static final List<String> NAMES = ALL.stream().map(FacetDefinition::name).toList();

  private FacetRegistry() {}

  /** The facet called {@code name}, if there is one. */
  public static Optional<FacetDefinition> named(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The facet configuration shared by the writer and every reader of the index. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    ALL.forEach(f -> config.setMultiValued(f.name(), f.multiValued()));
    return config;
  }
}
