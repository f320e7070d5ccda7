package org.policysearch.structure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;

/**
 * English words and their inflections, as a Hunspell dictionary knows them: SCOWL's en_US with the
 * en_AU additions for Commonwealth spellings ("labour", "organisation"; see {@code en.NOTICE.md}),
 * and the words of treaty language SCOWL lacks ({@code treaty-words.dic}: the Latin of "de minimis"
 * and "mutatis mutandis", "derogations", "countervailable"), which a text must not have split as
 * glued words ("Minim is") nor a query have corrected.
 *
 * <p>Immutable and safe to share between threads (Lucene's {@link Hunspell} is). Loading takes
 * about a second, so a process loads it once: see {@link #bundled()}.
 */
public final class EnglishWords {
  private static final String AFFIX = "en_US.aff";
  private static final List<String> DICTIONARIES =
      List.of("en_US.dic", "en_AU-additions.dic", "treaty-words.dic");

  /**
   * Longer strings are not words but OCR damage or flattened tables; the dictionary is not asked,
   * since its compound rules try every split of what it is given.
   */
  static final int MAX_WORD_LENGTH = 45;

  private final Hunspell hunspell;

  private EnglishWords(Hunspell hunspell) {
    this.hunspell = hunspell;
  }

  /**
   * The bundled word list, loaded on the first call and then shared by the whole process.
   *
   * <p>A static holder rather than an instance passed down from {@code Main}: every command and
   * many tests build their own {@link Chunker} through {@code Engine.create()}, and each would pay
   * the load again; the JVM runs the holder's initialiser once, thread-safely, only when a document
   * is first parsed, so a command that chunks nothing (a search, a re-index with nothing changed)
   * never loads it. What it holds is immutable.
   */
  public static EnglishWords bundled() {
    return Bundled.WORDS;
  }

  /**
   * A word list that knows no word: hyphenation is then undone on the document's own evidence and
   * common suffixes only.
   */
  public static EnglishWords none() {
    return load(List.of());
  }

  /** Whether {@code word}, as cased, is an English word or an inflection of one. */
  public boolean contains(String word) {
    return word.length() <= MAX_WORD_LENGTH && hunspell.spell(word);
  }

  /**
   * Whether {@code lower}, a word in lower case as a search vocabulary holds words, is an English
   * word or the name of one the list knows only capitalised ("singapore" is "Singapore").
   */
  public boolean containsInAnyCase(String lower) {
    return contains(lower)
        || !lower.isEmpty()
            && contains(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
  }

  /** The dictionary forms of {@code word} ("operations" gives "operation"); none if unknown. */
  List<String> roots(String word) {
    return word.length() <= MAX_WORD_LENGTH ? hunspell.getRoots(word) : List.of();
  }

  private static EnglishWords load(List<String> dictionaries) {
    try {
      List<InputStream> dics = new ArrayList<>();
      for (String name : dictionaries) {
        dics.add(new ByteArrayInputStream(bytes(name)));
      }
      if (dics.isEmpty()) {
        dics.add(new ByteArrayInputStream("0\n".getBytes(StandardCharsets.UTF_8)));
      }
      InputStream affix = new ByteArrayInputStream(bytes(AFFIX));
      return new EnglishWords(
          new Hunspell(new Dictionary(affix, dics, false, SortingStrategy.inMemory())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled English dictionary", e);
    } catch (ParseException e) {
      throw new IllegalStateException("the bundled English dictionary is malformed", e);
    }
  }

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in = EnglishWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    }
  }

  /** Initialised by the JVM at the first call of {@link #bundled()}, once. */
  private static final class Bundled {
    static final EnglishWords WORDS = load(DICTIONARIES);
  }
}
