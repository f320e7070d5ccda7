package org.policysearch.search;

import java.util.List;
import org.policysearch.corpus.DocumentIds;
import org.policysearch.corpus.DocumentTypes;
import org.policysearch.tagging.CountryTagger;
import org.policysearch.tagging.SectorTagger;

/** Human labels of facet values, and the reverse: the value a user means by what they typed. */
public final class FacetLabels {
  /** The facets, in the order the API lists them. */
  public static final List<String> DIMENSIONS = List.of("country", "sector", "type", "year");

  private final CountryTagger countries;
  private final SectorTagger sectors;

  public FacetLabels(CountryTagger countries, SectorTagger sectors) {
    this.countries = countries;
    this.sectors = sectors;
  }

  /** The label shown for {@code value} of {@code dimension} ({@code KR} → "South Korea"). */
  public String label(String dimension, String value) {
    return switch (dimension) {
      case "country" -> countries.label(value);
      case "sector" -> sectors.label(value);
      case "type" -> DocumentTypes.label(value);
      default -> value;
    };
  }

  /**
   * The value of {@code dimension} that {@code input} names: a code or a label, any case ({@code
   * Italy}, {@code it}, {@code ROK}; {@code quantum}; {@code news}).
   *
   * @throws InvalidQueryException when it names none
   */
  public String resolve(String dimension, String input) {
    String trimmed = input.strip();
    String value =
        switch (dimension) {
          case "country" -> countries.resolve(trimmed).orElse(null);
          case "sector" -> sectors.resolve(trimmed).orElse(null);
          case "type" -> DocumentTypes.resolve(trimmed).orElse(slugOrNull(trimmed));
          case "year" -> trimmed.matches("\\d{4}") ? trimmed : null;
          default -> throw new InvalidQueryException("Unknown facet \"" + dimension + "\".");
        };
    if (value == null) {
      throw new InvalidQueryException(
          "Unknown " + dimension + " \"" + shorten(trimmed) + "\"" + hint(dimension) + ".");
    }
    return value;
  }

  /**
   * The countries and blocs {@code text} names as a party would be named (names, aliases, demonyms;
   * not capitals), each once, in order.
   */
  public List<String> partiesNamedIn(String text) {
    return countries.partyMentions(text).stream().map(m -> m.code()).distinct().toList();
  }

  /** A type of the user's own ({@code white paper} → {@code white-paper}); null for punctuation. */
  private static String slugOrNull(String input) {
    return input.codePoints().anyMatch(Character::isLetterOrDigit) ? DocumentIds.slug(input) : null;
  }

  private String hint(String dimension) {
    return switch (dimension) {
      case "country" -> ": use an ISO code such as KR or a name such as Italy";
      case "sector" ->
          ": known sectors are "
              + String.join(", ", sectors.sectors().stream().map(s -> s.id()).toList());
      case "year" -> ": use four digits such as 2025";
      default -> "";
    };
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
