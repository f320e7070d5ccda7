package org.policysearch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policysearch.analysis.TextAnalyzer;

class SectorTaggerTest {
  private final SectorTagger tagger = new SectorTagger();

  @Test
  void chipsFindSemiconductors() {
    assertEquals(List.of("semiconductors"), tagger.tag("chips"));
    assertEquals(List.of("semiconductors"), tagger.tag("demand for memory chips"));
  }

  @Test
  void aPhraseNeverRunsAcrossPunctuationItDoesNotHaveItself() {
    assertEquals(List.of(), tagger.tag("exchanges of information, technology and experience"));
    assertEquals(List.of(), tagger.tag("the data (information) technology"));
    // After a comma a phrase may start.
    assertEquals(List.of("digital"), tagger.tag("research, information technology"));
    assertEquals(List.of(), tagger.tag("(a) fuel, energy, catalysts and solvents;"));
    // A phrase that tags nothing shields its words however they are punctuated.
    assertEquals(
        List.of(), tagger.tag("television signals (whether terrestrial, cable, or satellite)"));
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
  void anAcronymMatchesOnlyWrittenAsTheAcronym() {
    // "Ais" is a scan's "As", not the plural of AI.
    assertEquals(List.of(), tagger.tag("5. Ais from the third year, each quota shall rise"));
    assertEquals(List.of(), tagger.tag("the ai of the contract"));
    assertEquals(List.of("ai"), tagger.tag("AIs trained on public data"));
    assertEquals(List.of("ai"), tagger.tag("the AI's risks"));
    assertEquals(List.of("ai"), tagger.tag("ARTIFICIAL INTELLIGENCE AND AI SAFETY"));
    // A heading in title case capitalises its acronyms as it does every word.
    assertEquals(List.of("ai"), tagger.tag("ARTICLE 12: Cooperation On Ai Governance"));
    assertEquals(List.of("trade"), tagger.tag("ARTICLE 80: Amendment Of The Wto Agreement"));
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
  void aPhraseMarkedNotTagsNothingAndHidesTheShorterOne() {
    SectorTagger quantumOnly =
        new SectorTagger(
            new SectorTaxonomy(
                List.of(new Sector("quantum", "Quantum", List.of("quantum", "!quantum of")))),
            new TextAnalyzer());
    assertEquals(List.of(), quantumOnly.tag("issues relating to the quantum of fees"));
    assertEquals(List.of("quantum"), quantumOnly.tag("quantum sensing and the quantum of fees"));
    assertEquals(List.of("quantum"), quantumOnly.tag("AI, quantum and biotechnology"));
  }

  @Test
  void anAmountIsNotQuantumTechnology() {
    assertEquals(List.of(), tagger.tag("the quantum of fees"));
    assertEquals(List.of(), tagger.tag("a minimum of 5% quantum per reduction"));
    assertEquals(List.of("quantum"), tagger.tag("cooperation on quantum computing"));
  }

  @Test
  void tradeMarksAndTradeSecretsAreIntellectualPropertyNotTrade() {
    assertEquals(List.of(), tagger.tag("the term of protection for trade marks"));
    assertEquals(List.of(), tagger.tag("wilful disclosure of a trade secret"));
    assertEquals(
        List.of("research-security"), tagger.tag("intellectual property such as trade marks"));
    assertEquals(List.of("trade"), tagger.tag("trade in goods between the Parties"));
  }

  @Test
  void customsRulesOfOriginAndTradeRemediesAreTrade() {
    assertEquals(List.of("trade"), tagger.tag("CHAPTER 3 Rules Of Origin"));
    assertEquals(List.of("trade"), tagger.tag("cooperation between customs authorities"));
    assertEquals(List.of("trade"), tagger.tag("anti-dumping and countervailing measures"));
    assertEquals(List.of("trade"), tagger.tag("CHAPTER 2 Trade Defence Instruments"));
  }

  @Test
  void anAgreementsChaptersOnServicesProcurementAndGoodsAreTrade() {
    assertEquals(List.of("trade"), tagger.tag("CHAPTER ELEVEN Financial Services"));
    assertEquals(
        List.of("trade"), tagger.tag("the liberalization of their public procurement markets"));
    assertEquals(List.of("trade"), tagger.tag("PART II FREE MOVEMENT OF GOODS"));
    assertEquals(List.of("trade"), tagger.tag("CHAPTER I Industrial Products"));
    assertEquals(List.of(), tagger.tag("the free movement of persons"));
  }

  @Test
  void aLegalDefenceIsNotDefenceButSecurityExceptionsAre() {
    assertEquals(List.of(), tagger.tag("in particular considering the adequate right of defence"));
    assertEquals(List.of(), tagger.tag("the respondent invokes Article 8.10 as a defence"));
    assertEquals(List.of(), tagger.tag("penalties sufficient to provide a deterrent"));
    assertEquals(List.of("defence"), tagger.tag("ARTICLE 19.2: Security Exceptions"));
    assertEquals(List.of("defence"), tagger.tag("protection of its essential security interests"));
    assertEquals(List.of("defence"), tagger.tag("extended deterrence and defence cooperation"));
  }

  @Test
  void aDefenceAgainstAClaimOrOfCompetitionIsNotTheDefenceSector() {
    assertEquals(List.of(), tagger.tag("the availability of defenses to infringement"));
    assertEquals(List.of(), tagger.tag("shall not be a valid defence to the claim"));
    assertEquals(List.of(), tagger.tag("both in pursuit and in defence of their rights"));
    assertEquals(List.of(), tagger.tag("the opportunity to present evidence in its defense"));
    assertEquals(List.of(), tagger.tag("other legal defences available to the respondent"));
    assertEquals(List.of(), tagger.tag("the National Institute for the Defense of Competition"));
    assertEquals(List.of(), tagger.tag("the Office for the Defence of the Consumer"));
    assertEquals(List.of(), tagger.tag("producer groups and professional defence bodies"));
    assertEquals(List.of("defence"), tagger.tag("procurement by the Ministry of Defence"));
    assertEquals(List.of("defence"), tagger.tag("cooperation on defence industries"));
    assertEquals(List.of("defence"), tagger.tag("production concerning defensive needs"));
    assertEquals(List.of("defence"), tagger.tag("a common security and defence policy"));
  }

  @Test
  void programmeSignalsCarriedBySatelliteAreTelecomNotSpace() {
    assertEquals(
        List.of("telecom"),
        tagger.tag("Protection Of Encrypted Program-Carrying Satellite Signals"));
    assertEquals(
        List.of(),
        tagger.tag(
            "broadcasts transmitted by wire or over the air, including by cable or satellite"));
    assertEquals(List.of("space"), tagger.tag("satellite launches and space exploration"));
  }

  @Test
  void aSatelliteInASentenceOnTelecommunicationsIsTelecomNotSpace() {
    assertEquals(
        List.of("telecom"),
        tagger.tag(
            "mobile wireless services using cellular, satellite, or any similar technology"));
    assertEquals(
        List.of("telecom"),
        tagger.tag("ARTICLE 13.5: Submarine Cable Systems And Satellite Services"));
    assertEquals(List.of("telecom"), tagger.tag("studies on satellite communications"));
    assertEquals(
        List.of("space", "telecom"),
        tagger.tag(List.of("satellite navigation", "telecommunications regulators")));
    assertEquals(List.of("space"), tagger.tag("global navigation satellite systems"));
    assertEquals(
        List.of("space", "telecom"), tagger.tag("telecommunications and outer space exploration"));
  }

  @Test
  void broadcastingDefinedInCopyrightIsNeitherTelecomNorSpace() {
    assertEquals(
        List.of(),
        tagger.tag(
            "broadcasting means the transmission to the public by wireless means or satellite of"
                + " sounds or sounds and images, including wireless transmission of encrypted"
                + " signals"));
    assertEquals(
        List.of(),
        tagger.tag(
            "the transmission by wireless means for public reception of sounds; such"
                + " transmission by satellite is also broadcasting"));
    assertEquals(List.of("telecom"), tagger.tag("wireless networks and mobile roaming"));
  }

  @Test
  void goodsOfOuterSpaceInRulesOfOriginAreNotSpaceNorInputsEnergy() {
    assertEquals(
        List.of(),
        tagger.tag("goods produced in outer space on board a spacecraft registered in a Party"));
    assertEquals(List.of(), tagger.tag("a good taken from outer space by a person of a Party"));
    assertEquals(List.of(), tagger.tag("(a) fuel, energy, catalysts and solvents;"));
    assertEquals(List.of("space"), tagger.tag("the peaceful exploration of outer space"));
    assertEquals(List.of("energy"), tagger.tag("fuel and energy security"));
  }

  @Test
  void theOtherNamesOfMiningAudiovisualScienceAndInformationTechnologyTagTheirSectors() {
    assertEquals(
        List.of("critical-minerals"),
        tagger.tag("the management and development of the mineral sector"));
    assertEquals(
        List.of("critical-minerals", "energy"),
        tagger.tag("TITLE IV Development Of Mining And Energy Potential"));
    assertEquals(List.of(), tagger.tag("data mining of the archived records"));
    assertEquals(List.of("culture"), tagger.tag("cooperation in the audiovisual field"));
    assertEquals(
        List.of("education"), tagger.tag("ARTICLE 76: Scientific And Technological Cooperation"));
    assertEquals(List.of("education"), tagger.tag("vocational training of young people"));
    assertEquals(
        List.of("digital"),
        tagger.tag("computerised information systems and electronic data interchange"));
    assertEquals(List.of("digital"), tagger.tag("the promotion of information technology"));
  }

  @Test
  void electronicCommunicationNetworksAndRadiocommunicationsAreTelecom() {
    assertEquals(
        List.of("telecom"),
        tagger.tag("electronic communication network means transmission systems"));
    assertEquals(
        List.of("telecom"), tagger.tag("radiocommunications intended for direct reception"));
    // Electronic means of a procedure are not a network.
    assertEquals(List.of(), tagger.tag("the use of electronic communications in the procedure"));
  }

  @Test
  void integratedCircuitsNamedAsAKindOfIntellectualPropertyAreNotSemiconductors() {
    assertEquals(
        List.of("research-security"),
        tagger.tag(
            "intellectual property includes patents, layout-designs (topographies) of integrated"
                + " circuits and plant varieties"));
    assertEquals(List.of(), tagger.tag("topographies of integrated circuits"));
    assertEquals(List.of("semiconductors"), tagger.tag("integrated circuit manufacturing"));
  }

  @Test
  void rawMaterialsAreCriticalMineralsOnlyWhenCriticalStrategicOrMined() {
    assertEquals(List.of(), tagger.tag("goods fit only for the recovery of raw materials"));
    assertEquals(List.of(), tagger.tag("raw materials or intermediate products incorporated"));
    assertEquals(List.of(), tagger.tag("raw materials and goods used only for demonstrations"));
    assertEquals(List.of(), tagger.tag("industries for the domestic processing of raw materials"));
    assertEquals(
        List.of("critical-minerals"), tagger.tag("a secure supply of critical raw materials"));
    assertEquals(List.of("critical-minerals"), tagger.tag("strategic raw materials"));
    assertEquals(List.of("critical-minerals"), tagger.tag("CHAPTER 11 Mining And Raw Materials"));
    assertEquals(
        List.of("critical-minerals"), tagger.tag("developments in their raw material sectors"));
  }

  @Test
  void renewableTermsAndElectricalGoodsAreNotEnergy() {
    assertEquals(List.of(), tagger.tag("less the value of renewable scrap or by-product"));
    assertEquals(List.of(), tagger.tag("for a term of two years, renewable once"));
    assertEquals(List.of(), tagger.tag("conservation of non-renewable natural resources"));
    assertEquals(List.of(), tagger.tag("household electrical appliances and electric stoves"));
    assertEquals(List.of(), tagger.tag("services provided by radio electric means"));
    assertEquals(List.of("energy"), tagger.tag("public support for renewables"));
    assertEquals(List.of("energy"), tagger.tag("renewable energy sources"));
    assertEquals(List.of("energy"), tagger.tag("interconnection of electricity grids"));
    assertEquals(List.of("energy"), tagger.tag("ports, airports and electric power stations"));
  }

  @Test
  void theAtomicEnergyCommunityByNameIsNotEnergy() {
    assertEquals(
        List.of(), tagger.tag("the Treaty establishing the European Atomic Energy Community"));
    assertEquals(List.of("energy"), tagger.tag("nuclear energy cooperation"));
  }

  @Test
  void theInternetOnlyAsWhereATextIsPublishedIsNotDigital() {
    assertEquals(
        List.of(),
        tagger.tag("Each Party shall make available on the Internet its regulations on fees"));
    assertEquals(
        List.of(),
        tagger.tag("each Party shall publish its rulings, including through the Internet"));
    assertEquals(
        List.of("trade", "digital"),
        tagger.tag(
            "government procurement undertaken through the Internet or a comparable network"));
    assertEquals(List.of("digital"), tagger.tag("cooperation on internet governance"));
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
