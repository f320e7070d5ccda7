package org.policysearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms an analyzer makes of a text: for the code that reasons about words, not indexes. */
public final class Tokens {
  private Tokens() {}

  /** The terms {@code analyzer} makes of {@code text} on {@code field}, in order. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    each(analyzer, field, text, term -> terms.add(term.toString()));
    return terms;
  }

  /**
   * Adds to {@code into} each term {@code analyzer} makes of {@code text} on {@code field} that it
   * lacks: a word a text repeats is looked up in its characters, with no string made of it.
   */
  public static void addDistinct(Analyzer analyzer, String field, String text, CharArraySet into) {
    each(
        analyzer,
        field,
        text,
        term -> {
          if (!into.contains(term.buffer(), 0, term.length())) {
            into.add(term.toString());
          }
        });
  }

  /**
   * Hands {@code each} term of {@code text} on {@code field}, the attribute reused between terms.
   */
  private static void each(
      Analyzer analyzer, String field, String text, Consumer<CharTermAttribute> each) {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        each.accept(term);
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a string in memory reads no file; this cannot happen short of a broken filter.
      throw new UncheckedIOException(e);
    }
  }
}
