package org.policysearch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryTaggerTest {
  private final CountryTagger tagger = new CountryTagger();

  @Test
  void nameVariantsAreACountrysNamesNotItsDemonymsOrCapital() {
    List<String> czechia = tagger.nameVariants().get("CZ");
    assertTrue(czechia.containsAll(List.of("Czechia", "Czech Republic")), czechia.toString());
    assertFalse(czechia.contains("Czech"), czechia.toString());
    assertFalse(czechia.contains("Prague"), czechia.toString());
    // A capital that is also the country's name stays a name.
    assertTrue(tagger.nameVariants().get("SG").contains("Singapore"));
    assertTrue(tagger.nameVariants().get("EU").contains("European Economic Community"));
    // Inside another country's name, a name is no variant: it would find that country too.
    assertFalse(tagger.nameVariants().get("TW").contains("Republic of China"));
  }

  @Test
  void formerNamesTagTodaysCountry() {
    assertEquals(List.of("GH", "BF"), tagger.tag("GHANA-UPPER VOLTA TRADE AGREEMENT"));
    assertEquals(List.of("KZ"), tagger.tag("the Government of the Republic of Kazakstan"));
    assertEquals(List.of("LK", "CD"), tagger.tag("Ceylon and Zaire"));
  }

  @Test
  void letUsDoesNotTagUnitedStates() {
    assertEquals(List.of(), tagger.tag("let us collaborate"));
    assertEquals(List.of(), tagger.tag("Join us. Us too."));
  }

  @Test
  void namesAndAcronymsTagInOrderOfFirstMention() {
    assertEquals(List.of("US", "IT"), tagger.tag("the US and Italy"));
    assertEquals(List.of("IT", "US"), tagger.tag("Italy, the U.S.A., Italy and America"));
  }

  @Test
  void hyphenatedDottedPairTagsBothCountries() {
    assertEquals(List.of("US", "KR"), tagger.tag("U.S.-R.O.K. Technology Prosperity Deal"));
    assertEquals(List.of("US", "KR"), tagger.tag("to elevate the U.S.-ROK Alliance"));
  }

  @Test
  void northKoreaIsNeverSouthKorea() {
    assertEquals(List.of("KP"), tagger.tag("North Korea"));
    assertEquals(List.of("KP"), tagger.tag("the DPRK"));
    assertEquals(List.of("KP"), tagger.tag("North Korean missiles"));
    assertEquals(List.of("KP"), tagger.tag("the Democratic People's Republic of Korea"));
    assertEquals(List.of("KR"), tagger.tag("the Republic of Korea"));
  }

  @Test
  void koreanPeninsulaTagsNothing() {
    assertEquals(List.of(), tagger.tag("denuclearisation of the Korean Peninsula"));
    assertEquals(List.of(), tagger.tag("denuclearizing the Korean peninsula"));
  }

  @Test
  void demonymsTagTheirCountry() {
    assertEquals(List.of("KR"), tagger.tag("South Korean President"));
    assertEquals(List.of("KR"), tagger.tag("a Korean cubesat"));
    assertEquals(List.of("US"), tagger.tag("American and Americans"));
  }

  @Test
  void giorgiaMeloniIsNotGeorgia() {
    assertEquals(List.of("IT"), tagger.tag("Italian Prime Minister Giorgia Meloni"));
    assertEquals(List.of(), tagger.tag("Georgia and Chad met in Washington"));
  }

  @Test
  void jordanIsTheCountryButTheJordanRiverIsNot() {
    assertEquals(List.of("JO"), tagger.tag("Trade between Jordan and the region"));
    assertEquals(List.of(), tagger.tag("water of the Jordan River and the River Jordan"));
  }

  @Test
  void georgiaNamesAPartyButTagsNoPassage() {
    assertEquals(List.of(), tagger.tag("Agreement between Georgia and Chad"));
    assertEquals(
        List.of("GE", "TD"),
        tagger.partyMentions("Agreement between Georgia and Chad").stream()
            .map(CountryTagger.Mention::code)
            .toList());
  }

  @Test
  void capitalsTagPassagesButNameNoParty() {
    assertEquals(List.of("TH"), tagger.tag("Done at Bangkok"));
    assertEquals(List.of(), tagger.partyMentions("Done at Bangkok"));
  }

  @Test
  void aSeatOfGovernmentTagsItsCountryAsACapitalDoes() {
    assertEquals(
        List.of("US", "RU", "GB"),
        tagger.tag("The White House said the Kremlin and Downing Street had been told."));
    assertEquals(List.of(), tagger.partyMentions("signed at the White House"));
    // A query naming the United States is not widened to the White House.
    assertFalse(tagger.nameVariants().get("US").contains("White House"));
  }

  @Test
  void communityNamesAreTheEuropeanUnionAndBlocsAreTheirOwnValues() {
    assertEquals(
        List.of("EU"),
        tagger.tag(
            "the European Economic Community, the EEC, the EC and the European Communities"));
    assertEquals(List.of(), tagger.tag("an ec2 instance, the eec of the ec"));
    assertEquals(
        List.of("EFTA", "ASEAN", "MERCOSUR"),
        tagger.tag("the EFTA States, the Association of Southeast Asian Nations and Mercosur"));
    assertEquals("European Free Trade Association", tagger.label("EFTA"));
    assertEquals(Optional.of("EFTA"), tagger.resolve("efta"));
    assertEquals(Optional.of("EC"), tagger.resolve("EC"), "a typed code is Ecuador's");
  }

  @Test
  void caribbeanAndOtherSpellingsAreKnown() {
    assertEquals(
        List.of("LC", "VC", "KN", "AG"),
        tagger.tag("St. Lucia, St. Vincent, St. Kitts-Nevis-Anguilla and Antigua"));
    assertEquals(
        List.of("VC", "KN", "VN", "LA", "KR", "TR", "CI", "KG", "MK", "SZ", "MM"),
        tagger.tag(
            "Saint Vincent and the Grenadines, St Kitts and Nevis, Viet Nam, Lao PDR,"
                + " Republic of Korea, Türkiye, Cote d'Ivoire, Kyrgyz Republic, Macedonia,"
                + " Swaziland, Burma"));
    assertEquals(List.of("HK"), tagger.tag("Hong Kong, China"));
  }

  @Test
  void asianAndEuropeanTagNothingButEuropeanUnionDoes() {
    assertEquals(List.of(), tagger.tag("an Asian tour seeking European design expertise"));
    assertEquals(List.of("EU"), tagger.tag("the European Union"));
    assertEquals(List.of("KR", "EU"), tagger.tag("trade between South Korea and the EU"));
  }

  @Test
  void capitalsTagTheirCountry() {
    assertEquals(List.of("KR"), tagger.tag("Seoul"));
    assertEquals(List.of("IT"), tagger.tag("Rome"));
    assertEquals(List.of("US"), tagger.tag("talks in Washington, D.C. today"));
  }

  @Test
  void aCapitalNamingAnInstrumentOrAMeetingTagsNothing() {
    assertEquals(
        List.of(),
        tagger.tag(
            "Articles 1 through 12 and Article 19 of the Paris Convention, the Budapest Treaty,"
                + " the Doha Declaration on the TRIPS Agreement and Public Health, the Vienna"
                + " Convention on the Law of Treaties, the Helsinki Final Act and the Doha"
                + " Development Agenda; the Brussels Nomenclature"));
    // The capital still tags where it names the place, whatever comes after it.
    assertEquals(List.of("FR"), tagger.tag("The Parties shall meet in Paris. Conventions apply."));
    assertEquals(List.of("FR"), tagger.tag("the talks in Paris on the convention"));
    assertEquals(List.of("ES"), tagger.tag("signed in Madrid, Treaty of"));
    // A country's own name before such a word is the country ("the Japan-Singapore Agreement").
    assertEquals(List.of("JP", "SG"), tagger.tag("the Japan-Singapore Agreement"));
    assertEquals(List.of("PL"), tagger.tag("the Poland Agreement"));
  }

  @Test
  void aCapitalAnInstrumentIsNamedOfTagsNothing() {
    assertEquals(
        List.of(),
        tagger.tag(
            "the Treaty of Montevideo of 1980, the Charter of Paris for a New Europe and the"
                + " Treaty of Rome"));
    // A heading in title case writes "Of" too.
    assertEquals(List.of(), tagger.tag("ARTICLE 2: Relation To The Treaty Of Montevideo"));
    assertEquals(
        List.of(),
        tagger.tag("de conformidad con el Tratado de Montevideo 1980 y el Convenio de París"));
    // The place of a meeting, or of a signature, is still the country.
    assertEquals(List.of("UY"), tagger.tag("the meeting of Montevideo"));
    assertEquals(List.of("FR"), tagger.tag("Treaty signed in Paris"));
    // A country's own name after such words is the country ("the Protocol of Guatemala").
    assertEquals(List.of("GT"), tagger.tag("the Protocol of Guatemala"));
  }

  @Test
  void aLanguageNamedAsOneIsNoCountry() {
    assertEquals(
        List.of("KR", "PE"),
        tagger.tag(
            "Korea and Peru. DONE at Lima, in the Korean, Spanish, and English languages; in"
                + " case of divergence the English text shall prevail."));
    assertEquals(
        List.of("KR", "CA"),
        tagger.tag("For Korea, English or Korean; for Canada, English or French."));
    assertEquals(
        List.of(),
        tagger.tag("The Spanish text and the Chinese/English versions are equally authentic."));
    // Where a text's parties are sought, its languages still name them.
    assertEquals(
        List.of("MK", "UA"),
        tagger.partyMentions("presented in Macedonian, Ukrainian and English language").stream()
            .map(CountryTagger.Mention::code)
            .toList());
    // The same words about people, firms or governments are their countries.
    assertEquals(List.of("ES", "FR"), tagger.tag("Spanish and French companies may bid."));
    assertEquals(List.of("FR", "GB"), tagger.tag("the French Government and the United Kingdom"));
  }

  @Test
  void possessiveAndLongestNameWin() {
    assertEquals(List.of("KR"), tagger.tag("South Korea's prominence"));
    assertEquals(List.of("KR"), tagger.tag("the National Research Foundation of Korea"));
    assertEquals(List.of("CI"), tagger.tag("Côte d’Ivoire"));
  }

  @Test
  void dollarSignMakesUsACurrency() {
    assertEquals(List.of(), tagger.tag("US$ 5 billion"));
  }

  @Test
  void aCurrencyNamesMoneyNotItsCountry() {
    assertEquals(
        List.of(),
        tagger.tag(
            "a customs value not exceeding 1,000 US dollars, one U.S. dollar or 200 United States"
                + " dollars"));
    assertEquals(
        List.of(),
        tagger.tag("no exceda de 1000 dólares de los Estados Unidos de América o su equivalente"));
    // The country itself, beside its currency, still tags.
    assertEquals(List.of("US"), tagger.tag("the United States shall pay 5 US dollars"));
  }

  @Test
  void spanishAndFrenchNamesTagTheirCountries() {
    assertEquals(
        List.of("JP", "NZ", "MY", "SG"),
        tagger.tag("para Japón, Nueva Zelanda, Malasia y Singapur, conforme al Anexo"));
    assertEquals(
        List.of("KR", "DE", "TN"),
        tagger.tag("la Corée du Sud, l'Allemagne et la République tunisienne"));
    assertEquals(List.of("DO"), tagger.tag("el Gobierno de la República Dominicana"));
  }

  @Test
  void aSpanishOrFrenchNameTagsButWidensNoQueryNorSearchesAParty() {
    assertEquals(List.of("JP"), tagger.tag("el Gobierno de Japón"));
    // A query naming Japan is not widened to "Japón", nor is a document searched by it.
    assertFalse(tagger.nameVariants().get("JP").contains("Japón"));
    assertFalse(tagger.partyNames("JP").contains("Japón"));
    assertTrue(tagger.partyNames("JP").contains("Japan"));
  }

  @Test
  void aForeignNameThatIsAlsoAWordOrAFirstNameTagsNothingAlone() {
    // Mexico's official name cut at a line by a word run into the next is not the United States.
    assertEquals(
        List.of("MX"), tagger.tag("POR LOS ESTADOS UNIDOS MEXICANOS\nPOR LOS ESTADOS UNIDOS\n"));
    assertEquals(List.of(), tagger.tag("0709.60.00 \"Chili\" peppers; Guadalupe Island"));
    assertEquals(List.of("GT"), tagger.tag("JUAN MAURICIO WURMSER, MINISTRO DE GUATEMALA"));
    // Their whole names still tag.
    assertEquals(
        List.of("US", "CL"), tagger.tag("los Estados Unidos de América y la République du Chili"));
  }

  @Test
  void regionsNamedAfterTheAmericasAreNotTheUnitedStates() {
    assertEquals(
        List.of(),
        tagger.tag(
            "the Inter-American Convention, the Organization of American States, the Ibero-American"
                + " summit and the integration of América Latina"));
  }

  @Test
  void lowerCaseCommonWordsDoNotTag() {
    assertEquals(List.of(), tagger.tag("roast turkey and china plates"));
    assertEquals(List.of("TR", "CN"), tagger.tag("Turkey and China"));
  }

  @Test
  void mentionsKeepRepeats() {
    assertEquals(List.of("KR", "IT", "KR"), tagger.mentions("Korea and Italy; Seoul"));
  }

  @Test
  void resolvesCodesNamesAndAliases() {
    assertEquals(Optional.of("IT"), tagger.resolve("Italy"));
    assertEquals(Optional.of("IT"), tagger.resolve("it"));
    assertEquals(Optional.of("KR"), tagger.resolve("kr"));
    assertEquals(Optional.of("KR"), tagger.resolve("ROK"));
    assertEquals(Optional.of("KR"), tagger.resolve("south korea"));
    assertEquals(Optional.of("EU"), tagger.resolve("European Union"));
    assertEquals(Optional.of("GE"), tagger.resolve("Georgia"));
    assertEquals(Optional.empty(), tagger.resolve("Narnia"));
    assertEquals(Optional.empty(), tagger.resolve(" "));
  }

  @Test
  void aFormerNameIsTheStateTheTextsSayingItAreTaggedWith() {
    // A filter for "Zaire" found none of the passages saying "Zaire", which are tagged CD.
    assertEquals(List.of("CD"), tagger.mentions("the President of the Republic of Zaire"));
    assertEquals(Optional.of("CD"), tagger.resolve("Zaire"));
    assertEquals(Optional.of("MM"), tagger.resolve("Burma"));
    assertEquals(Optional.of("BU"), tagger.resolve("BU"), "a catalogue's withdrawn code");
    assertEquals(Optional.of("YU"), tagger.resolve("Yugoslavia"), "no state took its name");
  }

  @Test
  void labelsAreCommonNamesWithOverrides() {
    assertEquals("South Korea", tagger.label("KR"));
    assertEquals("United States", tagger.label("US"));
    assertEquals("European Union", tagger.label("EU"));
    assertEquals("Italy", tagger.label("IT"));
    assertEquals("Republic of the Congo", tagger.label("CG"));
    assertEquals("XX", tagger.label("XX"));
  }
}
