package org.policysearch.tagging;

import java.util.Objects;

/**
 * One way of naming a country (a name, alias, demonym or capital) or a bloc, or a phrase that names
 * none.
 *
 * @param text the name as written, e.g. "Republic of Korea", "ROK", "Korean Peninsula"
 * @param code the ISO 3166-1 alpha-2 code or bloc code ({@code EU}, {@code EFTA}); {@link
 *     #NO_COUNTRY} for a phrase that shields the words inside it from tagging
 * @param scope where the name counts
 * @param translated whether it is the Spanish or French name of a country whose English names are
 *     others ("Japón", "Corée du Sud"): it tags and names parties as they do, but a query naming
 *     the country is not widened to it, nor is a document searched by it as its party
 */
public record CountryName(String text, String code, Scope scope, boolean translated) {
  /** The code of a phrase that names no country ("Korean Peninsula", "Latin America"). */
  public static final String NO_COUNTRY = "-";

  /** Where a name counts: in a passage's tags, in a document's parties, or only in a filter. */
  public enum Scope {
    /** A plain name: it tags passages and names parties. */
    EVERYWHERE,
    /** A capital: "Seoul" tags a passage about Korea, but "Done at Bangkok" makes no party. */
    PASSAGES,
    /**
     * An ambiguous name ("Georgia", "Chad") that names the country only where a country is meant: a
     * title, an agreement's party list, a signature.
     */
    PARTIES,
    /** A name too ambiguous to tag anything; it still resolves a filter the user typed. */
    FILTERS
  }

  public CountryName {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(scope, "scope");
  }

  /** A name in English or of the country's own language, an alias or a phrase. */
  public CountryName(String text, String code, Scope scope) {
    this(text, code, scope, false);
  }

  /** Whether this is a real country name rather than a shielding phrase. */
  public boolean namesCountry() {
    return !NO_COUNTRY.equals(code);
  }

  /** Whether the name tags the passages that contain it. */
  public boolean tagsText() {
    return scope == Scope.EVERYWHERE || scope == Scope.PASSAGES;
  }

  /** Whether the name makes a party where a document names its parties. */
  public boolean namesParty() {
    return scope == Scope.EVERYWHERE || scope == Scope.PARTIES;
  }
}
