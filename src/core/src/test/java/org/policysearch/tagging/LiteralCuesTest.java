package org.policysearch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policysearch.tagging.CommitmentRules.Rule;

class LiteralCuesTest {
  private static List<String> cues(String regex) {
    return LiteralCues.of(regex).words();
  }

  private static List<String> starts(String regex) {
    return LiteralCues.of(regex).starts();
  }

  @Test
  void aWordEveryMatchSpellsIsItsCue() {
    assertEquals(List.of("shall"), cues("\\bshall\\b"));
    assertEquals(
        List.of("incorporated into"), cues("\\b(?:is|are) (?:hereby )?incorporated into\\b"));
  }

  @Test
  void aGroupGivesOneCuePerAlternative() {
    assertEquals(List.of("required", "obliged"), cues("\\b(?:is|are) (?:required|obliged) to"));
    assertEquals(List.of("may not"), cues("(?-i:\\bmay not\\b)"));
  }

  @Test
  void optionalPartsAndClassesAreNoCue() {
    assertEquals(List.of("colo"), cues("colou?r"));
    assertEquals(List.of("only"), cues("(?-i:\\bmay)(?:,[^,]{1,80},)?\\s+only\\b"));
    assertEquals(List.of(), cues("(?:shall)?\\s+\\w+"));
    // One alternative without a cue leaves the whole group without one.
    assertEquals(List.of(), cues("(?:shall|\\w+)"));
  }

  @Test
  void aPatternOfOneAlternativeNeedsEveryOneOfItsParts() {
    LiteralCues applies =
        LiteralCues.of("\\b(?:articles?|chapters?)\\b[^.;]{0,120}?\\bappl(?:y|ies)\\b to\\b");
    assertEquals(List.of("article", "chapter"), applies.words());
    assertTrue(applies.mayMatch(LiteralCues.fold("Article 5 applies to goods.")));
    // Each part alone is not enough: the pattern is passed over.
    assertFalse(applies.mayMatch(LiteralCues.fold("The articles of association.")));
    assertFalse(applies.mayMatch(LiteralCues.fold("This applies to goods.")));
    // Of alternatives, only what each holds is needed.
    LiteralCues either = LiteralCues.of("\\bshall endeavour\\b|\\bmust\\b");
    assertTrue(either.mayMatch(LiteralCues.fold("They must.")));
  }

  @Test
  void theWordsAMatchStartsWithAreReadUpToTheFirstSpaceOrSign() {
    assertEquals(List.of("shall"), starts("\\bshall\\b"));
    assertEquals(List.of("is", "are"), starts("\\b(?:is|are) (?:hereby )?incorporated into\\b"));
    assertEquals(List.of("may"), starts("(?-i:\\bmay not\\b)"));
    assertEquals(List.of("may"), starts("(?-i:\\bmay)(?:,[^,]{1,80},)?\\s+only\\b"));
    assertEquals(List.of("agree"), starts("\\bagreed? as follows"));
    assertEquals(List.of("need", "shall", "is"), starts("\\bneed not\\b|\\b(?:shall|is) not\\b"));
    // An optional opening, a class, a sign or an alternative without a known start: not known.
    assertEquals(List.of(), starts("\\b(?:have|has)? ?agreed as follows"));
    assertEquals(List.of(), starts("(?:^|[,;:]\\s*)(?:to the extent possible)"));
    assertEquals(List.of(), starts("\\.\\s+shall"));
    assertEquals(List.of(), starts("\\bshall\\b|\\w+ must"));
  }

  @Test
  void theNextStartIsTheFirstPlaceOneOfTheStartWordsIs() {
    LiteralCues cues = LiteralCues.of("\\b(?:shall|must)\\b");
    String folded = LiteralCues.fold("It MUST and it shall.");
    assertEquals(3, cues.nextStart(folded, 0));
    assertEquals(15, cues.nextStart(folded, 4));
    assertEquals(-1, cues.nextStart(folded, 16));
  }

  @Test
  void syntaxTheReaderDoesNotKnowRunsThePatternOnEveryText() {
    LiteralCues unknown = LiteralCues.of("\\p{L}+ shall");
    assertEquals(List.of(), unknown.words());
    assertTrue(unknown.mayMatch("nothing alike"));
  }

  @Test
  void aTextWithoutTheCuesIsPassedOverAndCaseIsFoldedAsThePatternFoldsIt() {
    LiteralCues shall = LiteralCues.of("\\bshall\\b");
    assertFalse(shall.mayMatch(LiteralCues.fold("The Parties will cooperate.")));
    assertTrue(shall.mayMatch(LiteralCues.fold("Each Party SHALL notify.")));
    // A case-insensitive Unicode pattern matches the long s as an s: so do the cues.
    assertTrue(
        Pattern.compile("shall", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher("\u017Fhall")
            .find());
    assertTrue(shall.mayMatch(LiteralCues.fold("\u017Fhall")));
  }

  @Test
  void noCommitmentRuleFindsAnythingInAPassageItsCuesPassOver() throws IOException {
    List<String> passages = SeedPassages.read();
    int cued = 0;
    int passedOver = 0;
    for (Rule rule : CommitmentRules.load().rules()) {
      LiteralCues cues = LiteralCues.of(rule.pattern().pattern());
      cued += cues.words().isEmpty() ? 0 : 1;
      for (String passage : passages) {
        boolean may = cues.mayMatch(LiteralCues.fold(passage));
        passedOver += may ? 0 : 1;
        if (rule.pattern().matcher(passage).find()) {
          assertTrue(may, rule.pattern() + " finds a match in a passage its cues pass over");
        }
      }
    }
    // Not vacuous: nearly every rule has cues, and they pass over most pairs.
    assertTrue(cued >= CommitmentRules.load().rules().size() - 2, "rules with cues: " + cued);
    assertTrue(passedOver > passages.size() * 10, "passed over: " + passedOver);
  }

  @Test
  void everyCharacterFoldsAsUpperThenLowerCase() {
    StringBuilder all = new StringBuilder();
    StringBuilder folded = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.append(c);
      folded.append(Character.toLowerCase(Character.toUpperCase(c)));
    }

    assertEquals(folded.toString(), LiteralCues.fold(all.toString()));
  }
}
