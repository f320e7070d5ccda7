package org.policysearch.acronyms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcronymFinderTest {
  private final AcronymFinder finder = new AcronymFinder(Set.of("who", "act")::contains);

  private List<Definition> find(String text) {
    return finder.find(text);
  }

  private static Definition d(String acronym, String expansion) {
    return new Definition(acronym, expansion);
  }

  @Test
  void expansionBeforeBracketedAcronym() {
    assertEquals(
        List.of(d("NSF", "National Science Foundation")),
        find("Grants from the National Science Foundation (NSF) support the centres."));
  }

  @Test
  void quotedAcronymWithTheWordItNamesLeavesThatWordOut() {
    assertEquals(
        List.of(d("TBT", "Technical Barriers to Trade")),
        find("the Agreement on Technical Barriers to Trade (\"TBT Agreement\") applies."));
  }

  @Test
  void acronymThatMeansItsExpansion() {
    assertEquals(
        List.of(d("NSF", "National Science Foundation")),
        find("For this Memorandum, NSF means the National Science Foundation of the Party;"));
    assertEquals(
        List.of(d("WTO", "World Trade Organization")),
        find("“WTO” means the World Trade Organization established in 1995."));
    assertEquals(
        List.of(d("APEC", "Asia-Pacific Economic Cooperation")),
        find("APEC means Asia-Pacific Economic Cooperation;"));
    assertEquals(
        List.of(d("APEC", "Asia-Pacific Economic Co-operation")),
        find("APEC means the Asia-Pacific Economic Co-operation;"));
  }

  @Test
  void hereinafterFormCounts() {
    assertEquals(
        List.of(d("ASEAN", "Association of Southeast Asian Nations")),
        find("the Association of Southeast Asian Nations (hereinafter referred to as \"ASEAN\")"));
  }

  @Test
  void lettersMayComeFromInsideWordsAndSmallWords() {
    assertEquals(
        List.of(
            d("TRIPS", "Trade-Related Intellectual Property Systems"),
            d("MoU", "Memorandum of Understanding"),
            d("R&D", "Research and Development")),
        find(
            "Trade-Related Intellectual Property Systems (TRIPS); a Memorandum of Understanding"
                + " (MoU); Research and Development (R&D)."));
  }

  @Test
  void onlyTheWordsTheAcronymSpellsAreTheExpansion() {
    assertEquals(
        List.of(d("GATS", "General Agreement on Trade in Services")),
        find(
            "the obligations of the Parties under the General Agreement on Trade in Services (GATS)"));
  }

  @Test
  void bracketedLettersThatDoNotSpellTheWordsBeforeAreNoDefinition() {
    assertEquals(
        List.of(),
        find(
            "as set out in Article 5 (a) and under Council Regulation (EEC) No 2913/92, the"
                + " Group of Seven (G7) and the Annex (II) and Section (B) of Chapter (IV)."));
  }

  @Test
  void acronymThatIsAnOrdinaryWordIsRefused() {
    assertEquals(List.of(), find("the World Health Organization (WHO) and the Act (ACT)"));
  }

  @Test
  void expansionStopsAtPunctuation() {
    assertEquals(List.of(), find("Science, Foundation (SF)"));
  }

  @Test
  void expansionOfMoreThanTenWordsIsRefused() {
    assertEquals(
        List.of(),
        find("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda (ABGDEZETIKL)"));
  }

  @Test
  void initialsWinOverLettersFromInsideAWord() {
    assertEquals(
        List.of(d("LLP", "Low Level Presence"), d("IISc", "Indian Institute of Science")),
        find("a Low Level Presence (LLP) of the Indian Institute of Science (IISc)"));
  }

  @Test
  void wordsNamedBesideTheAcronymAreLeftOutOfTheExpansion() {
    assertEquals(
        List.of(d("FTA", "Free Trade Agreement"), d("CEP", "Closer Economic Partnership")),
        find(
            "the Free Trade Agreement Joint Commission (FTA Joint Commission) meets. The CEP Joint"
                + " Committee means the Closer Economic Partnership Joint Committee;"));
  }

  @Test
  void oneWordIsNoExpansion() {
    assertEquals(List.of(), find("the Committee (CMT) and the Disputes (DSU) and the WTO (WTO)"));
  }

  @Test
  void sameDefinitionTwiceIsFoundOnce() {
    assertEquals(
        List.of(d("HS", "Harmonized System")),
        find("the Harmonized System (HS). Goods classified in the Harmonized System (HS)."));
  }
}
