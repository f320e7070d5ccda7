package org.policysearch.structure;

import java.util.regex.Pattern;

/**
 * Recognises the signatures that close a treaty: the clause that opens them and the lines naming
 * who signs for whom, which look like headings but are none.
 */
final class Signatures {
  /**
   * The clause that opens a treaty's signatures: "IN WITNESS WHEREOF", "Done at Ottawa on...",
   * "Signed at", "Done in duplicate".
   */
  private static final Pattern SIGNING_CLAUSE =
      Pattern.compile("^(?:(?i:in witness whereof)|(?:Done|DONE|Signed|SIGNED) (?:at|in)\\b)");

  /**
   * A signatory line, "For the Republic of Albania" and the same in the other languages of treaties
   * ("Für die", "Pour le", "Por el", "Za Republiku", "Για την"): never a heading.
   */
  private static final Pattern SIGNATORY =
      Pattern.compile(
          "^(?:For|FOR|Für|FÜR|För|Pour|POUR|Por|POR|Pela|Pelo|Per|PER|Voor|VOOR|Za|ZA|På|PÅ"
              + "|Dla|DLA|Thar|Fyrir|Eest|Для|За|ЗА|Για|ΓΙΑ|Pentru|PENTRU)"
              + "\\s+\\p{L}");

  private Signatures() {}

  /** Whether a paragraph opens the signatures ("IN WITNESS WHEREOF", "Done at Ottawa on..."). */
  static boolean opens(String paragraph) {
    return SIGNING_CLAUSE.matcher(paragraph).find();
  }

  /** Whether a line names a signatory ("For the Republic of Albania", "Für die ..."). */
  static boolean isSignatory(String line) {
    return SIGNATORY.matcher(line).find();
  }
}
