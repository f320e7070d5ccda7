package org.policysearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The English analysis shared by indexing, searching and sector tagging, so that a word matches the
 * same way everywhere ("chips" and "chip" are one term).
 *
 * <p>Stop words are indexed, not removed: a removed word leaves a hole that breaks exact phrases
 * and multi-word synonyms ("memorandum of understanding" ↔ "MOU"); the query builder drops them
 * from all-words queries instead, where they would only get in the way.
 */
public final class TextAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    // Folding lets "Meloni" match "Melòni" and keeps typographic variants of a word together.
    stream = new ASCIIFoldingFilter(stream);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  /** Keeps a phrase from matching across two values of a field, such as two headings. */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
