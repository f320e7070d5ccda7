package org.policysearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * The words a query may hold that no passage has to: Lucene's English stop words and the Snowball
 * project's English list that Lucene ships, which adds the words of a question typed whole
 * ("which", "how", "does") and pronouns, and the articles, prepositions and conjunctions of the
 * Spanish and French texts an archive of agreements holds ("de", "la", "y", "et").
 */
public final class StopWords {
  private static final String NUMERAL_ONE = "i";

  /**
   * Spanish and French words that join others and name nothing: in a Spanish passage nearly every
   * line says "de". Not Lucene's whole Spanish and French lists, whose words are English ones too
   * ("sea", "son", "fue", "plus"), nor "un" (the UN), "par" (par value) or "e" (e-commerce is "e"
   * and "commerce" to the tokenizer).
   */
  private static final List<String> SPANISH_AND_FRENCH =
      List.of(
          "de", "del", "el", "la", "las", "los", "y", "o", "en", "por", "para", "que", "al", "con",
          "sus", "una", "le", "les", "des", "du", "et", "ou", "au", "aux", "à", "pour", "dans",
          "une", "qui", "sur");

  private static final Set<String> ALL = load();

  /** Words as typed, in lower case and not stemmed: what a stop word is told by. Thread-safe. */
  private static final Analyzer TYPED = new StandardAnalyzer(CharArraySet.EMPTY_SET);

  private StopWords() {}

  /** Every stop word, in lower case as typed (not analysed). */
  public static Set<String> all() {
    return ALL;
  }

  /**
   * Whether a word typed in a query, in lower case, searches nothing of its own: a stop word, or a
   * token without a letter or digit (an emoji or a symbol pasted beside the words).
   */
  public static boolean isStopInQuery(String typedWord) {
    return ALL.contains(typedWord) || typedWord.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * The words of {@code text} as typed, in lower case, punctuation left out: a stop word is one of
   * these, never a stem ("owned" stems as "own" does without being a stop word).
   */
  public static List<String> typed(String text) {
    return Tokens.terms(TYPED, "typed", text);
  }

  /**
   * Whether every word of {@code text}, as typed, is a stop word ("and", "of the"; and text without
   * words): a clause of them searches nothing, and they are no reason a passage was found.
   */
  public static boolean only(String text) {
    return ALL.containsAll(typed(text));
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, words);
    try (Reader list =
        IOUtils.getDecodingReader(
            SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
      addAll(WordlistLoader.getSnowballWordSet(list), words);
    } catch (IOException e) {
      // The list is a resource of Lucene's own jar, read once: missing means a broken class path.
      throw new UncheckedIOException(e);
    }
    // Snowball's "i" is the pronoun, rare in policy documents; there a lone "I" is a numeral
    // (Annex I, Chapter I, Title I), and "Annex I" must not search every annex.
    words.remove(NUMERAL_ONE);
    words.addAll(SPANISH_AND_FRENCH);
    return Set.copyOf(words);
  }

  // A CharArraySet iterates over char[], whose toString() is an identity, not the word.
  private static void addAll(CharArraySet set, Set<String> words) {
    for (Object word : set) {
      words.add(new String((char[]) word));
    }
  }
}
