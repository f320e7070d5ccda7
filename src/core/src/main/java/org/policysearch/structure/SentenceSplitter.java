package org.policysearch.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds where sentences end in a repaired text, erring towards fewer ends: a long passage may be
 * cut only there, and two sentences kept together do less harm than one cut in half.
 *
 * <p>A sentence ends after {@code . ! ?} (and any closing quotes or brackets) followed by white
 * space and a capital, digit or opening quote. A full stop does not end one after a single letter
 * ("J. Trump"), a dotted abbreviation ("U.S.", "e.g.") or a common title or reference abbreviation
 * ("Mr.", "No.", "Art."). A Chinese or Japanese sentence ends after {@code 。！？} (and any closing
 * quotes or brackets), space or not.
 */
final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "art", "arts", "para", "paras", "sec",
          "vol", "inc", "ltd", "co", "corp", "jr", "sr", "vs", "cf", "al", "gen", "gov", "sen",
          "rep", "amb", "hon", "pp", "p", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec");

  /** The offsets just past each sentence's end; the last is always the text's length. */
  List<Integer> ends(String text) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u3002' || c == '\uFF01' || c == '\uFF1F') {
        // 。！？ end a Chinese or Japanese sentence, with no space after them.
        int end = i + 1;
        while (end < text.length()
            && "\u201D\u2019\u300D\u300F\uFF09)".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        if (end < text.length()) {
          ends.add(end);
        }
        continue;
      }
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && "\"'\u201D\u2019)]".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (end + 1 < text.length()
          && text.charAt(end) == ' '
          && opensSentence(text.charAt(end + 1))
          && (c != '.' || !abbreviation(text, i))) {
        ends.add(end);
      }
    }
    ends.add(text.length());
    return ends;
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"'\u201C\u2018(".indexOf(c) >= 0;
  }

  private static boolean abbreviation(String text, int dot) {
    int from = dot;
    while (from > 0
        && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
      from--;
    }
    String word = text.substring(from, dot);
    return word.length() == 1
        || word.contains(".")
        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
