package org.policysearch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectorTaggerTest {
  private final SectorTagger tagger = new SectorTagger();

  @Test
  void chipsFindSemiconductors() {
    assertEquals(List.of("semiconductors"), tagger.tag("chips"));
    assertEquals(List.of("semiconductors"), tagger.tag("demand for memory chips"));
  }

  @Test
  void supercomputersDoNotFindAi() {
    assertEquals(List.of(), tagger.tag("supercomputers"));
  }

  @Test
  void aiSurvivesStopWordRemoval() {
    assertEquals(List.of("ai"), tagger.tag("AI"));
    assertEquals(List.of("ai"), tagger.tag("artificial intelligence"));
    assertEquals(List.of("ai"), tagger.tag("artificial-intelligence applications"));
  }

  @Test
  void sixGIsTelecom() {
    assertEquals(List.of("telecom"), tagger.tag("6G"));
    assertEquals(List.of("telecom"), tagger.tag("Advanced Radio Access Networks"));
  }

  @Test
  void cubesatOnArtemisIsSpace() {
    assertEquals(List.of("space"), tagger.tag("cubesat rideshare on Artemis II"));
    assertEquals(List.of("space"), tagger.tag("human missions to the Moon and Mars"));
  }

  @Test
  void moonAloneIsNotSpace() {
    assertEquals(List.of(), tagger.tag("former President Moon Jae-in"));
  }

  @Test
  void rareEarthElementsAreCriticalMinerals() {
    assertEquals(List.of("critical-minerals"), tagger.tag("rare earth elements"));
    assertEquals(List.of("critical-minerals"), tagger.tag("critical-mineral supply networks"));
  }

  @Test
  void researchSecurityIsNotDefence() {
    assertEquals(List.of("research-security"), tagger.tag("research security"));
    assertEquals(List.of("defence"), tagger.tag("regional security"));
    assertEquals(List.of(), tagger.tag("supply chain security"));
  }

  @Test
  void longestPhraseWins() {
    assertEquals(List.of("research-security"), tagger.tag("export controls"));
    assertEquals(List.of("trade"), tagger.tag("exports"));
  }

  @Test
  void stopWordKeepsItsPlaceInAPhrase() {
    assertEquals(List.of("defence"), tagger.tag("peace and security"));
    assertEquals(List.of(), tagger.tag("peace security"));
  }

  @Test
  void stemmingCollisionsAreKeptOut() {
    // "important" stems to "import", "universal" to "univers", "researchers" to "research".
    assertEquals(List.of(), tagger.tag("an important universal principle for researchers"));
  }

  @Test
  void sectorsComeInTaxonomyOrder() {
    assertEquals(
        List.of("ai", "semiconductors", "critical-minerals", "space"),
        tagger.tag("aerospace, critical minerals, chips and AI"));
  }

  @Test
  void labelsAndResolve() {
    assertEquals("Artificial intelligence", tagger.label("ai"));
    assertEquals("Telecommunications and 6G", tagger.label("telecom"));
    assertEquals("nope", tagger.label("nope"));
    assertEquals(Optional.of("ai"), tagger.resolve("AI"));
    assertEquals(Optional.of("space"), tagger.resolve("aerospace and SPACE"));
    assertEquals(Optional.of("research-security"), tagger.resolve(" research-security "));
    assertEquals(Optional.empty(), tagger.resolve("farming"));
  }

  @Test
  void taxonomyHasTheAgreedSectors() {
    List<String> ids = tagger.sectors().stream().map(Sector::id).toList();
    assertEquals(
        List.of(
            "ai",
            "semiconductors",
            "critical-minerals",
            "space",
            "quantum",
            "telecom",
            "biotech",
            "education",
            "research-security",
            "trade",
            "energy",
            "defence",
            "digital",
            "culture"),
        ids);
    assertTrue(tagger.sectors().get(0).phrases().contains("machine learning"));
  }
}
