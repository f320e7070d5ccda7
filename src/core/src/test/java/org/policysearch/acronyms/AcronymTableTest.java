package org.policysearch.acronyms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcronymTableTest {

  @Test
  void conflictingExpansionsKeepBothWithTheirDocuments() {
    Map<String, List<Definition>> byDocument = new LinkedHashMap<>();
    byDocument.put("b", List.of(new Definition("NSF", "National Science Foundation")));
    byDocument.put("a", List.of(new Definition("NSF", "National Science Fund")));
    byDocument.put("c", List.of(new Definition("NSF", "national science  foundation")));
    assertEquals(
        List.of(
            new AcronymTable.Entry("NSF", "National Science Foundation", List.of("b", "c")),
            new AcronymTable.Entry("NSF", "National Science Fund", List.of("a"))),
        AcronymTable.of(byDocument).entries());
  }

  @Test
  void spellingsThatDifferInCaseAreOneEntry() {
    Map<String, List<Definition>> byDocument = new LinkedHashMap<>();
    byDocument.put("a", List.of(new Definition("MoU", "memorandum of understanding")));
    byDocument.put("b", List.of(new Definition("MOU", "Memorandum of Understanding")));
    byDocument.put("c", List.of(new Definition("MOU", "Memorandum of Understanding")));
    assertEquals(
        List.of(
            new AcronymTable.Entry("MOU", "Memorandum of Understanding", List.of("a", "b", "c"))),
        AcronymTable.of(byDocument).entries());
  }

  @Test
  void spellingsThatDifferInHyphensOrBritishAndAmericanSpellingAreOneEntry() {
    // ToTA listed MFN seven times, HS and ASEAN each split the same way.
    Map<String, List<Definition>> byDocument = new LinkedHashMap<>();
    byDocument.put("a", List.of(new Definition("MFN", "most-favoured-nation")));
    byDocument.put("b", List.of(new Definition("MFN", "Most Favored Nation")));
    byDocument.put("c", List.of(new Definition("MFN", "most-favoured nation")));
    byDocument.put("d", List.of(new Definition("MFN", "mostfavoured nation")));
    byDocument.put("e", List.of(new Definition("MFN", "most-favoured-nation")));
    byDocument.put("f", List.of(new Definition("HS", "Harmonised System")));
    byDocument.put("g", List.of(new Definition("HS", "Harmonized System")));
    byDocument.put("h", List.of(new Definition("HS", "Harmonized Commodity Description")));
    assertEquals(
        List.of(
            new AcronymTable.Entry("HS", "Harmonized Commodity Description", List.of("h")),
            new AcronymTable.Entry("HS", "Harmonised System", List.of("f", "g")),
            new AcronymTable.Entry(
                "MFN", "most-favoured-nation", List.of("a", "b", "c", "d", "e"))),
        AcronymTable.of(byDocument).entries());
  }

  @Test
  void storedFormReadsBack() {
    Definition d = new Definition("WTO", "World Trade Organization");
    assertEquals(d, Definition.decode(d.encoded()));
  }
}
