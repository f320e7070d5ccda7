package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policysearch.tagging.CountryTagger;

/** Finding a facet's values by a fragment of their label or code. */
class FacetValueMatchTest {
  private static final List<FacetValue> COUNTRIES =
      List.of(
          new FacetValue("US", "United States", 40, false),
          new FacetValue("CI", "Côte d'Ivoire", 30, false),
          new FacetValue("IT", "Italy", 20, false),
          new FacetValue("TR", "Türkiye", 10, false),
          new FacetValue("KR", "South Korea", 5, false));

  private static List<String> codes(String fragment) {
    return FacetValueMatch.of(fragment).in(COUNTRIES).stream().map(FacetValue::value).toList();
  }

  @Test
  void valuesNamedAtAWordStartComeBeforeThoseNamedInsideAWord() {
    // "United" holds "it" too, but an analyst typing "it" means Italy.
    assertEquals(List.of("IT", "US"), codes("it"));
    assertEquals(List.of("KR"), codes("kor"));
  }

  @Test
  void caseAndAccentsAreIgnoredOnBothSides() {
    assertEquals(List.of("CI"), codes("COTE"));
    assertEquals(List.of("TR"), codes("turk"));
    assertEquals(List.of("IT", "US"), codes("ÍT"));
  }

  @Test
  void codesMatchAsWellAsLabels() {
    assertEquals(List.of("KR"), codes("kr"));
  }

  @Test
  void aCountryIsFoundByTheOtherNamesItGoesBy() {
    Map<String, List<String>> otherNames = new CountryTagger().otherNames();
    List<FacetValue> countries =
        List.of(
            new FacetValue("GB", "United Kingdom", 9, false),
            new FacetValue("TR", "Türkiye", 8, false),
            new FacetValue("KR", "South Korea", 7, false),
            new FacetValue("US", "United States", 6, false));
    FacetValueMatch turkey = FacetValueMatch.of("Turkey");
    assertEquals(List.of(), turkey.in(countries), "its label alone does not say Turkey");
    assertEquals(List.of("TR"), codes(turkey.in(countries, otherNames)));
    assertEquals(List.of("GB"), codes(FacetValueMatch.of("UK").in(countries, otherNames)));
    assertEquals(List.of("KR"), codes(FacetValueMatch.of("rok").in(countries, otherNames)));
    assertEquals(List.of("GB"), codes(FacetValueMatch.of("brit").in(countries, otherNames)));
  }

  @Test
  void aCountryIsFoundByALaterWordOfAShortOtherNameOrByAFormerName() {
    Map<String, List<String>> otherNames = new CountryTagger().otherNames();
    List<FacetValue> countries =
        List.of(
            new FacetValue("TW", "Taiwan", 9, false),
            new FacetValue("CI", "Ivory Coast", 8, false),
            new FacetValue("MM", "Myanmar", 7, false),
            new FacetValue("EU", "European Union", 6, false));
    assertEquals(List.of("TW"), codes(FacetValueMatch.of("taipei").in(countries, otherNames)));
    assertEquals(List.of("CI"), codes(FacetValueMatch.of("ivoire").in(countries, otherNames)));
    assertEquals(List.of("MM"), codes(FacetValueMatch.of("burma").in(countries, otherNames)));
    // Not a word deep inside a long name: "member" is not the EU's "… and its Member States".
    assertEquals(List.of(), codes(FacetValueMatch.of("member").in(countries, otherNames)));
  }

  private static List<String> codes(List<FacetValue> values) {
    return values.stream().map(FacetValue::value).toList();
  }

  @Test
  void aBlankFragmentKeepsEveryValueInItsOrder() {
    assertEquals(COUNTRIES, FacetValueMatch.of("  ").in(COUNTRIES));
  }

  @Test
  void aFragmentLongerThanAnyLabelIsRefused() {
    assertThrows(InvalidQueryException.class, () -> FacetValueMatch.of("x".repeat(101)));
  }
}
