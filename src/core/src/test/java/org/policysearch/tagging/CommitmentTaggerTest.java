package org.policysearch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policysearch.structure.ChunkKind;
import org.policysearch.tagging.CommitmentRules.Rule;
import org.policysearch.tagging.CommitmentRules.Scope;

class CommitmentTaggerTest {
  private final CommitmentTagger tagger = new CommitmentTagger();

  private Commitment paragraph(String text, String type) {
    return tagger.tag(ChunkKind.PARAGRAPH, List.of("Article 3: Cooperation"), text, type);
  }

  @Test
  void shallIsBinding() {
    assertEquals(
        Commitment.BINDING,
        paragraph("Each Party shall publish its laws and regulations promptly.", "agreement"));
  }

  @Test
  void shallNotIsBindingAsAProhibition() {
    assertEquals(
        Commitment.BINDING,
        paragraph("The Parties shall not introduce new customs duties on imports.", "agreement"));
    assertEquals(
        Commitment.BINDING,
        paragraph("No Party may adopt or maintain an export subsidy.", "agreement"));
    assertEquals(
        Commitment.BINDING,
        paragraph("Such measures may only be taken after consultations.", null));
  }

  @Test
  void mustAgreeToAndUndertakeToAreBinding() {
    assertEquals(Commitment.BINDING, paragraph("Goods must be wholly obtained in a Party.", null));
    assertEquals(Commitment.BINDING, paragraph("The Parties agree to exchange information.", null));
    assertEquals(
        Commitment.BINDING, paragraph("Each Party undertakes to notify the other Party.", null));
  }

  @Test
  void shallEndeavourIsIntent() {
    assertEquals(
        Commitment.INTENT,
        paragraph("Each Party shall endeavour to reduce the cost of transactions.", "agreement"));
    assertEquals(
        Commitment.INTENT,
        paragraph("The Parties shall, where possible, make every effort to cooperate.", null));
    assertEquals(
        Commitment.INTENT,
        paragraph("Each Party shall, to the extent possible, publish proposed measures.", null));
    assertEquals(
        Commitment.INTENT,
        paragraph("The Joint Committee shall consider ways to expand trade.", "agreement"));
  }

  @Test
  void intendAimSeekAndShouldAreIntent() {
    assertEquals(
        Commitment.INTENT,
        paragraph("The Participants intend to strengthen cooperation on 6G.", "mou"));
    assertEquals(Commitment.INTENT, paragraph("Both sides aim to deepen research ties.", "mou"));
    assertEquals(Commitment.INTENT, paragraph("Parties should share best practices.", null));
  }

  @Test
  void mayIsIntentAsAPermissionButMayTheMonthIsNot() {
    assertEquals(
        Commitment.INTENT,
        paragraph("A Party may request consultations with the other Party.", "agreement"));
    assertEquals(Commitment.DESCRIPTIVE, paragraph("The MOU was signed in May 2025.", null));
  }

  @Test
  void aMemorandumsWillIsIntentATreatysWillIsBinding() {
    String text = "The two sides will cooperate on critical minerals.";
    assertEquals(Commitment.INTENT, paragraph(text, "mou"));
    assertEquals(Commitment.INTENT, paragraph(text, "joint-statement"));
    assertEquals(Commitment.BINDING, paragraph(text, "agreement"));
  }

  @Test
  void aRightKeptIsIntentNotAnObligation() {
    assertEquals(
        Commitment.INTENT,
        paragraph(
            "Nothing in this Agreement shall prevent a Party from adopting measures.",
            "agreement"));
    assertEquals(
        Commitment.INTENT,
        paragraph("A Party shall not be required to disclose confidential information.", null));
  }

  @Test
  void nothingInThisMouCommitsIsDescriptive() {
    assertEquals(
        Commitment.DESCRIPTIVE,
        paragraph(
            "Nothing in this MOU commits either Participant to any expenditure; the Participants"
                + " will consult.",
            "mou"));
    assertEquals(
        Commitment.DESCRIPTIVE,
        paragraph("This MOU is not legally binding and the Participants will review it.", "mou"));
    assertEquals(
        Commitment.DESCRIPTIVE,
        paragraph(
            "This MOU does not create any legally binding obligations under international law.",
            "mou"));
  }

  @Test
  void recitalsAreDescriptiveEvenWhenTheyQuoteAnObligation() {
    assertEquals(
        Commitment.DESCRIPTIVE,
        paragraph("Recalling that the Parties shall respect their WTO obligations;", "agreement"));
    assertEquals(
        Commitment.DESCRIPTIVE,
        paragraph("RECOGNISING the importance of trade for development,", "agreement"));
    assertEquals(
        Commitment.DESCRIPTIVE,
        tagger.tag(
            ChunkKind.PARAGRAPH,
            List.of("Preamble"),
            "the Parties shall promote trade in accordance with the Charter.",
            "agreement"));
  }

  @Test
  void aParticipleBeforeAMainClauseIsNoRecital() {
    assertEquals(
        Commitment.INTENT,
        paragraph(
            "Recognizing the importance of research security, the Participants intend to deepen"
                + " collaboration.",
            "mou"));
  }

  @Test
  void definitionsAreDescriptive() {
    assertEquals(
        Commitment.DESCRIPTIVE,
        paragraph("“customs duty” means any duty or charge of any kind imposed on imports;", null));
    assertEquals(
        Commitment.DESCRIPTIVE,
        paragraph("For the purposes of this Chapter, the term “goods” shall mean products.", null));
    assertEquals(
        Commitment.DESCRIPTIVE,
        tagger.tag(
            ChunkKind.BULLET,
            List.of("Chapter 8 Investment", "Article 8.1: Definitions"),
            "(b) an enterprise that a Party shall designate for the purpose;",
            "agreement"));
  }

  @Test
  void newsReportingIsDescriptive() {
    assertEquals(
        Commitment.DESCRIPTIVE,
        paragraph(
            "Under the deal, Korea agreed to invest and the two sides will cooperate.", "news"));
  }

  @Test
  void headingsSignaturesAndFactsAreDescriptive() {
    assertEquals(
        Commitment.DESCRIPTIVE,
        tagger.tag(
            ChunkKind.HEADING, List.of(), "Article 5: Obligations the Parties shall meet", null));
    assertEquals(
        Commitment.DESCRIPTIVE,
        paragraph("Done at London on the thirtieth day of July in the year 2009.", "agreement"));
    assertEquals(
        Commitment.DESCRIPTIVE,
        paragraph("Trade between the two countries reached $20 billion in 2024.", null));
  }

  @Test
  void theStrongestCommitmentOfAPassageWins() {
    assertEquals(
        Commitment.BINDING,
        paragraph("Each Party shall publish its rules and may charge a reasonable fee.", null));
  }

  @Test
  void aRuleKeptToTreatiesReadsNoOtherType() {
    Rule rule =
        new Rule(Scope.PHRASE, Commitment.BINDING, Pattern.compile("x"), Pattern.compile("treaty"));
    assertEquals(true, rule.appliesTo("treaty"));
    assertEquals(false, rule.appliesTo("mou"));
    assertEquals(false, rule.appliesTo(null));
  }

  @Test
  void valuesResolveFromCodeOrLabel() {
    assertEquals(Commitment.BINDING, Commitment.resolve("Binding").orElseThrow());
    assertEquals(Commitment.INTENT, Commitment.resolve(" intent ").orElseThrow());
    assertEquals("descriptive", Commitment.DESCRIPTIVE.code());
    assertThrows(
        java.util.NoSuchElementException.class, () -> Commitment.resolve("firm").orElseThrow());
  }

  @Test
  void triedOnlyWhereAMatchCanStartEveryRuleBlanksWhatFindWouldFind() throws IOException {
    List<String> passages = new ArrayList<>(SeedPassages.read());
    // Also passages made to hold many of the rules' words, in odd cases and next to signs.
    Random random = new Random(11);
    String[] words = {
      "shall",
      "SHALL",
      "\u017Fhall",
      "may",
      "May",
      "not",
      "must",
      "will",
      "Will",
      "agree",
      "agreed",
      "as",
      "follows",
      "is",
      "are",
      "hereby",
      "required",
      "to",
      "only",
      "the",
      "Parties",
      "nothing",
      "in",
      "this",
      "memorandum",
      "endeavour",
      "should",
      "Article",
      "applies",
      ",",
      ".",
      ";",
      "-",
      "\u2019",
      "_",
      "3"
    };
    for (int i = 0; i < 2_000; i++) {
      StringBuilder passage = new StringBuilder();
      for (int w = random.nextInt(30); w >= 0; w--) {
        passage.append(words[random.nextInt(words.length)]);
        passage.append(random.nextInt(5) == 0 ? "" : " ");
      }
      passages.add(passage.toString());
    }
    int tried = 0;
    int withStarts = 0;
    for (Rule rule : CommitmentRules.load().rules()) {
      LiteralCues cues = LiteralCues.of(rule.pattern().pattern());
      withStarts += cues.starts().isEmpty() ? 0 : 1;
      for (String passage : passages) {
        StringBuilder expected = new StringBuilder(passage);
        Matcher all = rule.pattern().matcher(expected);
        boolean found = false;
        while (all.find()) {
          found = true;
          for (int i = all.start(); i < all.end(); i++) {
            expected.setCharAt(i, ' ');
          }
        }
        StringBuilder left = new StringBuilder(passage);
        boolean blanked =
            CommitmentTagger.blankMatches(
                rule.pattern().matcher(left), cues, LiteralCues.fold(passage), left);
        assertEquals(found, blanked, rule.pattern() + " in " + passage);
        assertEquals(expected.toString(), left.toString(), rule.pattern().pattern());
        tried += found ? 1 : 0;
      }
    }
    // Not vacuous: most rules know their starts, and many passages hold matches.
    assertTrue(
        withStarts > CommitmentRules.load().rules().size() / 2, "with starts: " + withStarts);
    assertTrue(tried > 1_000, "matches: " + tried);
  }
}
