package org.policysearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Gives each word of a list the stem the list gives it and marks it a keyword, so that the stemmer
 * after it leaves it alone: what Lucene's {@code StemmerOverrideFilter} does (case kept, the first
 * stem listed for a word winning), looked up in a hash map rather than an FST. Every token of every
 * text is looked up, and the FST's walk was about 2.4 % of indexing's CPU in each analysis of a
 * chunk's text; for a list of a few hundred words the map is the cheaper lookup.
 */
final class StemOverrideFilter extends TokenFilter {
  private final CharArrayMap<char[]> stems;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /** Overrides the stems of {@code input}'s words listed in {@code stems}, which it only reads. */
  StemOverrideFilter(TokenStream input, CharArrayMap<char[]> stems) {
    super(input);
    this.stems = stems;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      char[] stem = stems.get(term.buffer(), 0, term.length());
      if (stem != null) {
        term.copyBuffer(stem, 0, stem.length);
        keyword.setKeyword(true);
      }
    }
    return true;
  }
}
