package org.policysearch.tagging;

import java.util.Objects;

/**
 * One way of naming a country (a name, alias, demonym or capital), or a phrase that names none.
 *
 * @param text the name as written, e.g. "Republic of Korea", "ROK", "Korean Peninsula"
 * @param code the ISO 3166-1 alpha-2 code (or {@code EU}); {@link #NO_COUNTRY} for a phrase that
 *     shields the words inside it from tagging
 * @param tagsText false for ambiguous names ("Georgia", "Jordan") that resolve a filter but never
 *     tag text on their own
 */
public record CountryName(String text, String code, boolean tagsText) {
  /** The code of a phrase that names no country ("Korean Peninsula", "Latin America"). */
  public static final String NO_COUNTRY = "-";

  public CountryName {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
  }

  /** Whether this is a real country name rather than a shielding phrase. */
  public boolean namesCountry() {
    return !NO_COUNTRY.equals(code);
  }
}
