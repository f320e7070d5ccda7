package org.policysearch.structure;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at the end of a line was a word break or part of a compound.
 *
 * <p>The document itself is the first witness: if the hyphenated form ("sector-specific") occurs
 * elsewhere on one line, the hyphen stays; if the joined form ("development") does, it goes.
 * Otherwise the hyphen goes only when the part after the break is a common suffix that is not a
 * word on its own ("ment", "tion", "ing"...), so "develop-/ment" becomes "development" while
 * "sector-/specific", "cross-/border" keep their hyphen. A part after the break that starts with a
 * capital or digit ("U.S.-/ROK", "COVID-/19") always keeps it. Soft hyphens (U+00AD) are always
 * dropped, by the caller.
 */
final class Dehyphenator {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Set<String> SUFFIXES =
      Set.of(
          "ment", "ments", "tion", "tions", "sion", "sions", "ing", "ings", "ed", "ly", "ity",
          "ities", "ness", "ance", "ances", "ence", "ences", "able", "ible", "al", "ally", "ive",
          "ives", "ous", "ure", "ures", "ation", "ations", "ition", "itions", "ization", "ise",
          "ize", "ised", "ized", "ising", "izing", "er", "ers", "est", "ic", "ical", "ics", "ism",
          "ist", "ists", "ial", "ian", "ians", "ary", "ory", "ent", "ents", "ant", "ants", "ship",
          "ships", "ful", "less", "ward", "wards", "ty", "ties", "cy", "cies", "ogy", "ogies");

  private final Set<String> vocabulary = new HashSet<>();

  /** A dehyphenator that takes evidence from the words of {@code text}. */
  Dehyphenator(String text) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      vocabulary.add(m.group().toLowerCase(Locale.ROOT));
    }
  }

  /** Whether "{@code before}-" at a line end followed by "{@code after}" keeps its hyphen. */
  boolean keepsHyphen(String before, String after) {
    if (before.isEmpty() || after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
      return true;
    }
    String head = before.toLowerCase(Locale.ROOT);
    String tail = after.toLowerCase(Locale.ROOT);
    if (vocabulary.contains(head + "-" + tail)) {
      return true;
    }
    if (vocabulary.contains(head + tail)) {
      return false;
    }
    return !SUFFIXES.contains(tail);
  }
}
