package org.policysearch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An instrument without a title is named by its kind and parties, as a reader would name it. */
class PartyTitleTest {
  @Test
  void twoPartiesAreJoinedByAnd() {
    assertEquals(
        Optional.of("Agreement between Japan and Thailand"),
        PartyTitle.of("agreement", List.of("Japan", "Thailand")));
    assertEquals(
        Optional.of("Memorandum of understanding between India and Italy"),
        PartyTitle.of("mou", List.of("India", "Italy", "Italy")));
  }

  @Test
  void manyPartiesAreCountedAfterTheFirstThree() {
    assertEquals(
        Optional.of("Treaty between Belgium, France and Germany"),
        PartyTitle.of("treaty", List.of("Belgium", "France", "Germany")));
    assertEquals(
        Optional.of("Agreement between Australia, Cook Islands, Fiji and 9 others"),
        PartyTitle.of(
            "agreement",
            List.of(
                "Australia",
                "Cook Islands",
                "Fiji",
                "Kiribati",
                "Nauru",
                "New Zealand",
                "Niue",
                "Papua New Guinea",
                "Solomon Islands",
                "Tonga",
                "Tuvalu",
                "Samoa")));
  }

  @Test
  void aDocumentThatIsNoInstrumentBetweenPartiesGetsNone() {
    assertEquals(Optional.empty(), PartyTitle.of("news", List.of("Japan", "Thailand")));
    assertEquals(Optional.empty(), PartyTitle.of("document", List.of("Japan", "Thailand")));
    assertEquals(Optional.empty(), PartyTitle.of("agreement", List.of("Japan")));
    assertEquals(Optional.empty(), PartyTitle.of(null, List.of("Japan", "Thailand")));
  }
}
