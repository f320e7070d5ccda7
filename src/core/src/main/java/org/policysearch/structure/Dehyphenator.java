package org.policysearch.structure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at the end of a line was a word break or part of a compound.
 *
 * <p>The document itself is the first witness: if the hyphenated form ("co-operation") occurs
 * elsewhere on one line, in any inflection, the hyphen stays; if the joined form ("development")
 * does, it goes. A prefix that international English hyphenates ("non-", "self-", "quasi-") keeps
 * its hyphen before a word ("non-/binding"). Then the English word list: if the halves join into a
 * word or an inflection of one ("estab-/lishments", "re-/duce"), the hyphen goes; if they do not
 * but both halves are words ("long-/term", "cross-/border"), it stays. Otherwise, for words no list
 * knows, the hyphen goes only when the part after the break is a common suffix that is not a word
 * on its own ("ment", "tion", "ing"...). A part after the break that starts with a capital or digit
 * ("U.S.-/ROK", "COVID-/19") always keeps it. Soft hyphens (U+00AD) are always dropped, by the
 * caller.
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

  /**
   * Prefixes that international and Commonwealth English hyphenate before a word ("non-binding",
   * "self-reliance", "quasi-judicial") where American dictionaries, ours included, list the solid
   * form ("nonbinding").
   */
  private static final Set<String> HYPHENATED_PREFIXES = Set.of("non", "self", "quasi");

  private final String text;
  private final EnglishWords words;

  /**
   * The document's words, lower-cased; built at the first line-end hyphen (most texts have none).
   */
  private Set<String> vocabulary;

  /**
   * For each first part of the document's hyphenated words, the parts that follow it ("non" to
   * "party" and "tariff" for "non-Party", "non-tariff-barrier"), lower-cased.
   */
  private Map<String, Set<String>> hyphenatedTails;

  /** A dehyphenator that takes evidence from the words of {@code text}, then from {@code words}. */
  Dehyphenator(String text, EnglishWords words) {
    this.text = text;
    this.words = words;
  }

  /** Whether "{@code before}-" at a line end followed by "{@code after}" keeps its hyphen. */
  boolean keepsHyphen(String before, String after) {
    if (before.isEmpty() || after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
      return true;
    }
    learnDocument();
    String head = before.toLowerCase(Locale.ROOT);
    String tail = after.toLowerCase(Locale.ROOT);
    if (hyphenatedInDocument(head, tail)) {
      return true;
    }
    if (vocabulary.contains(head + tail)) {
      return false;
    }
    if (HYPHENATED_PREFIXES.contains(head) && words.contains(after)) {
      return true;
    }
    // The case as written, so that "Singa-/pore" is found as the proper noun it is.
    if (words.contains(before + after)) {
      return false;
    }
    // Only the word list judges the halves: the document's own words include the halves of every
    // word it breaks across lines ("nego", "tiation").
    if (words.contains(before) && words.contains(after)) {
      return true;
    }
    return !SUFFIXES.contains(tail);
  }

  private boolean hyphenatedInDocument(String head, String tail) {
    Set<String> tails = hyphenatedTails.get(head);
    if (tails == null) {
      return false;
    }
    if (tails.contains(tail)) {
      return true;
    }
    // Another inflection of the same word: "co-operate" in the text vouches for "co-/operation".
    List<String> roots = words.roots(tail);
    for (String written : tails) {
      for (String root : words.roots(written)) {
        if (roots.contains(root)) {
          return true;
        }
      }
    }
    return false;
  }

  private void learnDocument() {
    if (vocabulary != null) {
      return;
    }
    vocabulary = new HashSet<>();
    hyphenatedTails = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (vocabulary.add(word)) {
        String[] parts = word.split("-", 3);
        if (parts.length > 1) {
          hyphenatedTails.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
        }
      }
    }
  }
}
