package org.policysearch.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.facet.FacetsConfig;
import org.policysearch.index.FacetDefinition.Level;
import org.policysearch.index.FacetDefinition.Vocabulary;

/**
 * The facets, in the order the API and the page list them: the one list that the writer's facet
 * configuration, the query language's {@code name:} keys, the API's facet counts and the page
 * (through {@code /api/facets}) all read, so that a facet is added in one place.
 */
public final class FacetRegistry {
  /**
   * The year facet's value for a document without a date: counted and labelled, so that a period's
   * histogram says how many documents no range can take in.
   */
  public static final String UNDATED = "undated";

  /** Every facet, in display order. */
  public static final List<FacetDefinition> ALL =
      List.of(
          new FacetDefinition(
              Fields.COUNTRY,
              "Country",
              true,
              Vocabulary.COUNTRIES,
              Level.CHUNK,
              (source, tags) -> tags.countries()),
          new FacetDefinition(
              Fields.SECTOR,
              "Sector",
              true,
              Vocabulary.SECTORS,
              Level.CHUNK,
              (source, tags) -> tags.sectors()),
          new FacetDefinition(
              Fields.TYPE,
              "Document type",
              false,
              Vocabulary.DOCUMENT_TYPES,
              Level.DOCUMENT,
              (source, tags) ->
                  List.of(
                      source.metadata().type() == null ? "document" : source.metadata().type())),
          new FacetDefinition(
              Fields.PUBLISHER,
              "Publisher",
              false,
              Vocabulary.NAMES,
              Level.DOCUMENT,
              (source, tags) ->
                  source.metadata().publisher() == null
                      ? List.of()
                      : List.of(source.metadata().publisher())),
          new FacetDefinition(
              Fields.YEAR,
              "Year",
              false,
              Vocabulary.YEARS,
              Level.DOCUMENT,
              (source, tags) ->
                  List.of(
                      source.metadata().date() == null
                          ? UNDATED
                          : source.metadata().date().substring(0, 4))),
          new FacetDefinition(
              Fields.COMMITMENT,
              "Commitment",
              false,
              Vocabulary.COMMITMENTS,
              Level.CHUNK,
              (source, tags) -> List.of(tags.commitment().code())));

  /** The facets' names, in display order. */
  public static final List<String> NAMES = ALL.stream().map(FacetDefinition::name).toList();

  private static final Map<String, FacetDefinition> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(FacetDefinition::name, f -> f));

  private FacetRegistry() {}

  /** The facet called {@code name}, if there is one. */
  public static Optional<FacetDefinition> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The facets of {@code level}, in display order. */
  public static List<FacetDefinition> at(Level level) {
    return ALL.stream().filter(f -> f.level() == level).toList();
  }

  /** The facet configuration shared by the writer and every reader of the index. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    // A record carries the union of its chunks' values of a chunk-level facet: several commitments
    // for a document even though each of its chunks has one.
    ALL.forEach(f -> config.setMultiValued(f.name(), f.multiValued() || f.level() == Level.CHUNK));
    return config;
  }
}
