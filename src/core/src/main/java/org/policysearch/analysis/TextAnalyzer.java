package org.policysearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.IOUtils;

/**
 * The English analysis shared by indexing, searching and sector tagging, so that a word matches the
 * same way everywhere ("chips" and "chip" are one term).
 *
 * <p>Stop words are indexed, not removed: a removed word leaves a hole that breaks exact phrases
 * and multi-word synonyms ("memorandum of understanding" ↔ "MOU"); the query builder drops them
 * from all-words queries instead, where they would only get in the way.
 *
 * <p>Words Porter's stemmer merges with a word of another meaning keep a stem of their own, and
 * words it keeps apart from the one they derive from share its stem ({@code stem-overrides.txt}):
 * "national treatment" is not "most-favoured-nation treatment", and "panel composition" is what
 * "the panel shall be composed of" sets.
 */
public final class TextAnalyzer extends Analyzer {
  private static final String OVERRIDES = "stem-overrides.txt";

  /** The positions between two values of a field. */
  static final int POSITION_GAP = 100;

  // Unmodifiable once built, and the same for every analyzer: read once.
  private static final CharArrayMap<char[]> STEMS = loadOverrides();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, englishWords(source));
  }

  /** The filters after the tokenizer: possessives, case, accents and stems. */
  static TokenStream englishWords(TokenStream tokens) {
    TokenStream stream = new EnglishPossessiveFilter(tokens);
    stream = new LowerCaseFilter(stream);
    // Folding lets "Meloni" match "Melòni" and keeps typographic variants of a word together.
    stream = new ASCIIFoldingFilter(stream);
    stream = new StemOverrideFilter(stream, STEMS);
    return new PorterStemFilter(stream);
  }

  /** Keeps a phrase from matching across two values of a field, such as two headings. */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return POSITION_GAP;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return normalized(in);
  }

  static TokenStream normalized(TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static CharArrayMap<char[]> loadOverrides() {
    CharArrayMap<char[]> stems = new CharArrayMap<>(256, false);
    try (InputStream in =
        IOUtils.requireResourceNonNull(
            TextAnalyzer.class.getResourceAsStream(OVERRIDES), OVERRIDES)) {
      // Lucene's word-list reader: trimmed lines, blank ones and "#" comments left out.
      for (String line : WordlistLoader.getLines(in, StandardCharsets.UTF_8)) {
        String[] pair = line.split("\t");
        if (pair.length != 2) {
          throw new IllegalStateException(OVERRIDES + ": not word<TAB>stem: " + line);
        }
        // The first stem listed for a word wins, as with Lucene's StemmerOverrideFilter.Builder.
        stems.putIfAbsent(pair[0].strip(), pair[1].strip().toCharArray());
      }
      return CharArrayMap.unmodifiableMap(stems);
    } catch (IOException e) {
      throw new UncheckedIOException(OVERRIDES, e);
    }
  }
}
