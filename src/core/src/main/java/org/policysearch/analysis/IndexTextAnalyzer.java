package org.policysearch.analysis;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis the index is written with: {@link TextAnalyzer}'s words, and each two words a hyphen
 * joins also as one word ({@link HyphenJoinFilter}). Texts write "co-operation" 2,111 times and
 * "cooperation" 8,541 times in 450 trade agreements, "anti-dumping" and "antidumping" about as
 * often: a search for either spelling finds both.
 *
 * <p>Queries are analysed without the joined words: the query builder asks for the word typed with
 * its hyphen as its parts side by side or as one word.
 */
public final class IndexTextAnalyzer extends Analyzer {
  /**
   * A hyphen between two letters: the hyphen first, as most characters are none, then what
   * surrounds it. Not between digits ("COVID-19", "2019-2023"), which are no word written two ways.
   */
  private static final Pattern HYPHEN_IN_WORD =
      Pattern.compile("[-\u2010\u2011](?<=\\p{L}[-\u2010\u2011])(?=\\p{L})");

  private static final String JOINER = String.valueOf(HyphenJoinFilter.JOINER);

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // One character for another, so every offset stays the text's own.
    return new PatternReplaceCharFilter(HYPHEN_IN_WORD, JOINER, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream words = TextAnalyzer.englishWords(new HyphenJoinFilter(source));
    return new TokenStreamComponents(source, words);
  }

  /** Keeps a phrase from matching across two values of a field, such as two headings. */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return TextAnalyzer.POSITION_GAP;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return TextAnalyzer.normalized(in);
  }
}
