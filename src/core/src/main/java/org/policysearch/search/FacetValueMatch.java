package org.policysearch.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which values of a facet a typed fragment names ({@code ita} → Italy), by label or code, case and
 * accents ignored; values it names at the start of a word come first, so a short fragment is
 * enough.
 */
public final class FacetValueMatch {
  /** The longest fragment accepted: a value's label is a few words, never a paragraph. */
  public static final int MAX_LENGTH = 100;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Pattern WORD_GAP = Pattern.compile("\\s+");

  /** The most words of another name a fragment may find by one of its later words. */
  private static final int SHORT_NAME = 3;

  /** The rank of a value the fragment does not name. */
  private static final int NO_MATCH = 3;

  private final String fragment;

  private FacetValueMatch(String fragment) {
    this.fragment = fragment;
  }

  /**
   * A match for {@code text}.
   *
   * @throws InvalidQueryException when it is longer than {@link #MAX_LENGTH}
   */
  public static FacetValueMatch of(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new InvalidQueryException(
          "contains is too long: at most " + MAX_LENGTH + " characters.");
    }
    return new FacetValueMatch(fold(text.strip()));
  }

  /**
   * The values whose label or code holds the fragment: first those it starts (code or label), then
   * those with a word it starts, then the rest; each group in the order given. A blank fragment
   * keeps every value.
   */
  public List<FacetValue> in(List<FacetValue> values) {
    return in(values, Map.of());
  }

  /**
   * {@link #in(List)}, a value also named by the start of any of its {@code otherNames} ({@code uk}
   * finds the United Kingdom as "U.K.", {@code turkey} Türkiye), and then ranked first.
   */
  public List<FacetValue> in(List<FacetValue> values, Map<String, List<String>> otherNames) {
    if (fragment.isEmpty()) {
      return values;
    }
    Map<FacetValue, Integer> ranks = new HashMap<>();
    for (FacetValue value : values) {
      int rank = rank(value.value(), value.label() == null ? value.value() : value.label());
      // Where the fragment starts one, or a word of a short one ("Chinese Taipei", "Côte
      // d'Ivoire"): inside long official names ("Rzeczpospolita Polska", "Community and its
      // Member States") it would find what no one typed it for.
      for (String name : otherNames.getOrDefault(value.value(), List.of())) {
        String folded = fold(name);
        if (folded.startsWith(fragment)) {
          rank = 0;
        } else if (rank > 1 && WORD_GAP.split(folded).length <= SHORT_NAME && startsAWord(folded)) {
          rank = 1;
        }
      }
      if (rank < NO_MATCH) {
        ranks.put(value, rank);
      }
    }
    return values.stream()
        .filter(ranks::containsKey)
        .sorted(Comparator.comparingInt(ranks::get))
        .toList();
  }

  private int rank(String... names) {
    List<String> folded = Arrays.stream(names).map(FacetValueMatch::fold).toList();
    if (folded.stream().anyMatch(n -> n.startsWith(fragment))) {
      return 0;
    }
    if (folded.stream().anyMatch(this::startsAWord)) {
      return 1;
    }
    return folded.stream().anyMatch(n -> n.contains(fragment)) ? 2 : NO_MATCH;
  }

  private boolean startsAWord(String text) {
    for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
      if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lower case without accents or full stops: "Côte d'Ivoire" and "cote d'ivoire" compare equal,
   * and "U.K." and "uk".
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace(".", "").toLowerCase(Locale.ROOT);
  }
}
