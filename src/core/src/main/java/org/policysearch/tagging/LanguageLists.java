package org.policysearch.tagging;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.policysearch.tagging.Words.Word;

/** Tells a language's name in a list of languages from the people or country it also names. */
final class LanguageLists {
  private LanguageLists() {}

  /**
   * Whether the word at {@code at} names a language, not a people: a language's name in a list of
   * languages that names English or is followed by "languages", "text" or "version" ("done in the
   * Korean, Spanish and English languages", "for Canada, English or French").
   */
  static boolean namesLanguage(String text, List<Word> words, int at) {
    if (!LANGUAGES.contains(words.get(at).key())) {
      return false;
    }
    int first = at;
    for (int before = listed(text, words, first, -1); before >= 0; ) {
      first = before;
      before = listed(text, words, first, -1);
    }
    int last = at;
    for (int after = listed(text, words, last, 1); after >= 0; ) {
      last = after;
      after = listed(text, words, last, 1);
    }
    for (int i = first; i <= last; i++) {
      if (words.get(i).key().equals("english")) {
        return true;
      }
    }
    return last + 1 < words.size()
        && Words.spaced(text, words.get(last), words.get(last + 1))
        && LANGUAGE_NOUNS.contains(words.get(last + 1).key());
  }

  /**
   * The index of the language's name listed next to the word at {@code from}, in {@code direction}
   * (-1 or 1), joined by a comma, a slash, "and" or "or"; -1 if none is.
   */
  private static int listed(String text, List<Word> words, int from, int direction) {
    int next = from + direction;
    if (next < 0 || next >= words.size()) {
      return -1;
    }
    String between = gap(text, words, from, next).strip();
    String key = words.get(next).key();
    if (key.equals("and") || key.equals("or")) {
      if (!between.isEmpty() && !between.equals(",")) {
        return -1;
      }
      from = next;
      next += direction;
      if (next < 0 || next >= words.size() || !gap(text, words, from, next).isBlank()) {
        return -1;
      }
    } else if (!between.equals(",") && !between.equals("/")) {
      return -1;
    }
    return LANGUAGES.contains(words.get(next).key()) ? next : -1;
  }

  /** The text between two neighbouring words, whichever comes first. */
  private static String gap(String text, List<Word> words, int a, int b) {
    return text.substring(words.get(Math.min(a, b)).end(), words.get(Math.max(a, b)).start());
  }

  /**
   * The languages' English names ("French", "Korean"), lower-cased, from the JDK's ISO 639 list.
   */
  private static final Set<String> LANGUAGES =
      Arrays.stream(Locale.getISOLanguages())
          .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH))
          .map(name -> name.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  private static final Set<String> LANGUAGE_NOUNS =
      Set.of("language", "languages", "text", "texts", "version", "versions", "translation");
}
