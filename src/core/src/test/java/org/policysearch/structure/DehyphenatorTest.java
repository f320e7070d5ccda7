package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.corpus.SourceDocument;

/** Words broken across lines, rejoined or kept hyphenated, as the chunk text shows them. */
class DehyphenatorTest {

  /** The text of the one paragraph {@code text} makes, hyphenation repaired. */
  private static String repaired(String text, EnglishWords words) {
    List<Chunk> chunks =
        new Chunker(ChunkingConfig.DEFAULT, words).split(SourceDocument.ofText("t", text));
    assertEquals(1, chunks.size(), "one paragraph: " + chunks);
    return chunks.get(0).text();
  }

  private static List<String> texts(String text) {
    return new Chunker().split(SourceDocument.ofText("t", text)).stream().map(Chunk::text).toList();
  }

  private static String repaired(String text) {
    return repaired(text, EnglishWords.bundled());
  }

  @Test
  void brokenWordsJoinWhenTheDictionaryKnowsTheWhole() {
    assertEquals(
        "The establishment of a body for the negotiation of rules to reduce fees.",
        repaired(
            "The estab-\nlishment of a body for the nego-\ntiation of rules to re-\nduce fees."));
  }

  @Test
  void inflectedFormsJoinThroughTheDictionarysAffixes() {
    assertEquals(
        "Such establishments were negotiating and harmonising tariffs.",
        repaired("Such estab-\nlishments were nego-\ntiating and harmon-\nising tariffs."));
  }

  @Test
  void commonwealthAndAmericanSpellingsBothJoin() {
    assertEquals(
        "The labour organisation and the labor organization met.",
        repaired("The la-\nbour organ-\nisation and the la-\nbor organ-\nization met."));
  }

  @Test
  void compoundsOfTwoWordsKeepTheirHyphen() {
    assertEquals(
        "A long-term, cross-border and sector-specific plan.",
        repaired("A long-\nterm, cross-\nborder and sector-\nspecific plan."));
  }

  @Test
  void hyphenatedSpellingUsedElsewhereInTheDocumentIsKept() {
    assertEquals(
        List.of("Co-operation matters.", "The Parties pursue co-operation."),
        texts("Co-operation matters.\n\nThe Parties pursue co-\noperation."));
  }

  @Test
  void anotherInflectionOfTheHyphenatedSpellingAlsoKeepsIt() {
    assertEquals(
        List.of("The Parties co-operate.", "Their co-operation grows."),
        texts("The Parties co-operate.\n\nTheir co-\noperation grows."));
  }

  @Test
  void withoutTheHyphenatedSpellingInTheDocumentADictionaryWordJoins() {
    assertEquals("The Parties pursue cooperation.", repaired("The Parties pursue co-\noperation."));
  }

  @Test
  void prefixesThatInternationalEnglishHyphenatesKeepTheirHyphen() {
    assertEquals(
        "A non-binding and self-funded plan.", repaired("A non-\nbinding and self-\nfunded plan."));
  }

  @Test
  void theDocumentsSolidSpellingOfAPrefixedWordWins() {
    assertEquals(
        "Nonbinding terms: these nonbinding terms.",
        repaired("Nonbinding terms: these non-\nbinding terms."));
  }

  @Test
  void aWordTheDictionaryLacksJoinsWhenTheDocumentWritesItWhole() {
    assertEquals(
        "Cybersecurity first: cybersecurity of networks, not cyber-resilience.",
        repaired("Cybersecurity first: cyber-\nsecurity of networks, not cyber-\nresilience."));
  }

  @Test
  void capitalsAndProperNounsAfterOrBeforeTheBreakAreRespected() {
    assertEquals(
        "A non-Party from Singapore and the Anti-Dumping rules.",
        repaired("A non-\nParty from Singa-\npore and the Anti-\nDumping rules."));
  }

  @Test
  void withoutAWordListOnlyTheDocumentAndCommonSuffixesDecide() {
    assertEquals(
        "The development of estab-lishment rules and long-term plans.",
        repaired(
            "The develop-\nment of estab-\nlishment rules and long-\nterm plans.",
            EnglishWords.none()));
  }
}
