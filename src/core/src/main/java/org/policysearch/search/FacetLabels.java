package org.policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.policysearch.corpus.DocumentIds;
import org.policysearch.corpus.DocumentTypes;
import org.policysearch.index.FacetDefinition;
import org.policysearch.index.FacetRegistry;
import org.policysearch.tagging.Commitment;
import org.policysearch.tagging.CountryTagger;
import org.policysearch.tagging.SectorTagger;

/** Human labels of facet values, and the reverse: the value a user means by what they typed. */
public final class FacetLabels {
  private final Supplier<CountryTagger> countries;
  private final Supplier<SectorTagger> sectors;

  public FacetLabels(CountryTagger countries, SectorTagger sectors) {
    this(() -> countries, () -> sectors);
  }

  /**
   * Labels from taggers that may still be being built: each is asked for when a label, a value or a
   * name is first needed, so whoever holds these labels can start before the taggers are ready.
   */
  public FacetLabels(Supplier<CountryTagger> countries, Supplier<SectorTagger> sectors) {
    this.countries = countries;
    this.sectors = sectors;
  }

  /** The label shown for {@code value} of {@code dimension} ({@code KR} → "South Korea"). */
  public String label(String dimension, String value) {
    return labelsOf(dimension).apply(value);
  }

  /**
   * The labels of {@code dimension}'s values, as {@link #label} gives them: a facet's values are
   * labelled on every search, and the facet is looked up once for all of them.
   */
  public UnaryOperator<String> labelsOf(String dimension) {
    return switch (vocabulary(dimension)) {
      case COUNTRIES -> countries.get()::label;
      case SECTORS -> sectors.get()::label;
      case DOCUMENT_TYPES -> DocumentTypes::label;
      case YEARS -> value -> value.equals(FacetRegistry.UNDATED) ? "Undated" : value;
      case COMMITMENTS -> value -> Commitment.resolve(value).map(Commitment::label).orElse(value);
      case NAMES -> UnaryOperator.identity();
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
        switch (vocabulary(dimension)) {
          case COUNTRIES -> countries.get().resolve(trimmed).orElse(null);
          case SECTORS -> sectors.get().resolve(trimmed).orElse(null);
          case DOCUMENT_TYPES -> DocumentTypes.resolve(trimmed).orElse(slugOrNull(trimmed));
          case YEARS ->
              trimmed.matches("\\d{4}")
                  ? trimmed
                  : trimmed.equalsIgnoreCase(FacetRegistry.UNDATED) ? FacetRegistry.UNDATED : null;
          case COMMITMENTS -> Commitment.resolve(trimmed).map(Commitment::code).orElse(null);
          case NAMES ->
              trimmed.codePoints().anyMatch(Character::isLetterOrDigit)
                  ? trimmed.replaceAll("\\s+", " ")
                  : null;
        };
    if (value == null) {
      throw new InvalidQueryException(
          "Unknown "
              + dimension
              + " \""
              + shorten(trimmed)
              + "\""
              + advice(dimension, trimmed)
              + ".");
    }
    return value;
  }

  /**
   * The least a country's name must resemble a mistyped one to be offered, one less the edits over
   * the shorter's length (a swap one edit): "Japn" → "Japan", "Germnay" → "Germany".
   */
  private static final float NEAR_NAME = 0.75f;

  /**
   * What follows an unknown value's name: ": did you mean Japan? Use an ISO code…" for a country's
   * name typed with a slip, else ": use an ISO code…", or nothing for an open vocabulary.
   */
  private String advice(String dimension, String typed) {
    String hint = hint(dimension);
    String near = nearest(dimension, typed);
    if (near != null) {
      return ": did you mean "
          + near
          + "? "
          + hint.substring(0, 1).toUpperCase(Locale.ROOT)
          + hint.substring(1);
    }
    return hint.isEmpty() ? "" : ": " + hint;
  }

  /** The country's name nearest {@code typed} ("Japn": Japan), or null. */
  private String nearest(String dimension, String typed) {
    if (vocabulary(dimension) != FacetDefinition.Vocabulary.COUNTRIES || typed.length() < 4) {
      return null;
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
    String best = null;
    float closest = NEAR_NAME;
    CountryTagger tagger = countries.get();
    for (Map.Entry<String, List<String>> country : tagger.nameVariants().entrySet()) {
      // Its label too: "China" is none of China's variants, as a part of "Republic of China".
      List<String> names = new ArrayList<>(country.getValue());
      names.add(tagger.label(country.getKey()));
      for (String name : names) {
        float similarity = distance.getDistance(lower, name.toLowerCase(Locale.ROOT));
        if (similarity >= closest && (best == null || similarity > closest)) {
          best = name;
          closest = similarity;
        }
      }
    }
    return best;
  }

  /**
   * The other names a user may type for the values of {@code dimension}, by value: a country's
   * aliases ("U.K.", "Turkey"); none for the other facets, whose labels are their names.
   */
  public Map<String, List<String>> otherNames(String dimension) {
    return vocabulary(dimension) == FacetDefinition.Vocabulary.COUNTRIES
        ? countries.get().otherNames()
        : Map.of();
  }

  /**
   * The names of each country and bloc, one group per code, that a query may use for one another:
   * an analyst types "Czechia" or "Türkiye", a 1997 agreement says "Czech Republic" and "Turkey".
   */
  public List<List<String>> countryNameGroups() {
    return countries.get().nameVariants().values().stream()
        .filter(names -> names.size() > 1)
        .toList();
  }

  /**
   * The countries and blocs {@code text} names as a party would be named (names, aliases, demonyms;
   * not capitals), each once, in order.
   */
  public List<String> partiesNamedIn(String text) {
    return countries.get().partyMentions(text).stream().map(m -> m.code()).distinct().toList();
  }

  /** A type of the user's own ({@code white paper} → {@code white-paper}); null for punctuation. */
  private static String slugOrNull(String input) {
    return input.codePoints().anyMatch(Character::isLetterOrDigit) ? DocumentIds.slug(input) : null;
  }

  /** What to type in place of an unknown value of {@code dimension}; empty when any value goes. */
  private String hint(String dimension) {
    return switch (vocabulary(dimension)) {
      case COUNTRIES -> "use an ISO code such as KR or a name such as Italy";
      case SECTORS ->
          "known sectors are "
              + String.join(", ", sectors.get().sectors().stream().map(s -> s.id()).toList());
      case YEARS -> "use four digits such as 2025, or undated";
      case DOCUMENT_TYPES, NAMES -> "";
      case COMMITMENTS -> "use binding, intent or descriptive";
    };
  }

  /** Where the values of facet {@code dimension} get their labels. */
  private static FacetDefinition.Vocabulary vocabulary(String dimension) {
    return FacetRegistry.named(dimension)
        .orElseThrow(() -> new InvalidQueryException("Unknown facet \"" + dimension + "\"."))
        .vocabulary();
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
