package org.policysearch.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the titles a passage cites with the provisions it refers to ("Article 9.2 (National
 * Treatment)"), and tells a passage that mostly cites from one that says something itself.
 *
 * <p>A cited title names another part of the agreement: "(a) Articles 9.2 (National Treatment),
 * 10.2 (National Treatment), and" holds the words of a search for national treatment twice, short
 * as it is, yet only points to where the treatment is defined.
 */
public final class CrossReferences {
  /**
   * The share of a passage's words in cited titles from which it mostly cites: a third, as in "(d)
   * Article 9 (Expropriation and Compensation);" (three words of six).
   */
  private static final double MOSTLY = 1.0 / 3;

  private static final String NUMBER = "[^\\s(),;]+(?:\\([0-9a-z]{1,4}\\))*";

  /** A provision's number in figures: "10.2", "12.04(1)". */
  private static final String LISTED_NUMBER =
      "[0-9](?:[^\\s(),;]*[^\\s(),;.])?(?:\\([0-9a-z]{1,4}\\))*";

  /** A title in parentheses, capitalised, after a provision's number. */
  private static final String TITLE = "\\s*\\(([\\p{Lu}][^()]{2,150})\\)";

  /** A provision's name and number: "Article 9.2", "Annex 2-A", "Chapter Ten", "Article 1.3(1)". */
  private static final Pattern CITED =
      Pattern.compile(
          "\\b(?:Articles?|Chapters?|Annex(?:es)?|Appendi(?:x|ces)|Sections?|Parts?|Titles?"
              + "|Schedules?|Paragraphs?|Protocols?)\\s+"
              + NUMBER
              + TITLE);

  /** A further number in a list of provisions: ", 10.2 (National Treatment)", "and 8.2 (…)". */
  private static final Pattern LISTED =
      Pattern.compile("(?:,|\\band|\\bor)\\s+" + LISTED_NUMBER + TITLE);

  /**
   * A number and a title opening a passage, the rest of a list that began in the one before: "12.04
   * (Temporary Entry of Business Persons) and 12.04(1) (…)".
   */
  private static final Pattern GOES_ON = Pattern.compile("^\\s*" + LISTED_NUMBER + TITLE);

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private CrossReferences() {}

  /** Whether at least a third of {@code text}'s words are in the titles of provisions it cites. */
  public static boolean mostlyCites(String text) {
    if (!holdsTitle(text)) {
      return false; // most passages cite no title; the patterns tried at each character cost more
    }
    int cited = citedWords(text, CITED) + citedWords(text, GOES_ON);
    if (cited == 0) {
      return false; // a list of numbers cites only after a provision named in full
    }
    cited += citedWords(text, LISTED);
    return cited >= MOSTLY * words(text);
  }

  /** Whether {@code text} has a capital right after an opening bracket, as every cited title. */
  private static boolean holdsTitle(String text) {
    for (int at = text.indexOf('(');
        at >= 0 && at + 1 < text.length();
        at = text.indexOf('(', at + 1)) {
      if (Character.getType(text.codePointAt(at + 1)) == Character.UPPERCASE_LETTER) {
        return true;
      }
    }
    return false;
  }

  private static int citedWords(String text, Pattern pattern) {
    int words = 0;
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      words += words(m.group(1));
    }
    return words;
  }

  private static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }
}
