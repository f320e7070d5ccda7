package org.policysearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.policysearch.index.Fields;

/**
 * Marks the query's matches in chunk texts: every character HTML-escaped, each matched word or
 * whole phrase wrapped in one {@code <mark>} (Lucene's weight matches give a phrase as one span).
 */
final class Highlighting {
  /** Chunks longer than this also get a short snippet. */
  static final int SNIPPET_THRESHOLD = 320;

  private static final int SNIPPET_LENGTH = 240;

  private final Analyzer analyzer;

  Highlighting(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The whole texts of {@code docIds}, highlighted, in the same order. */
  String[] fullTexts(IndexSearcher searcher, Query marks, int[] docIds) throws IOException {
    UnifiedHighlighter whole =
        builder(searcher, " … ").withBreakIterator(WholeBreakIterator::new).build();
    return highlight(whole, marks, docIds, 1);
  }

  /** A short excerpt of each text around its best matches. */
  String[] snippets(IndexSearcher searcher, Query marks, int[] docIds) throws IOException {
    UnifiedHighlighter sentences =
        builder(searcher, " … ")
            .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ENGLISH))
            .build();
    return highlight(sentences, marks, docIds, 2);
  }

  private UnifiedHighlighter.Builder builder(IndexSearcher searcher, String ellipsis) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withWeightMatches(true)
        .withHighlightPhrasesStrictly(true)
        .withMaxLength(1_000_000)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", ellipsis, true));
  }

  private static String[] highlight(
      UnifiedHighlighter highlighter, Query marks, int[] docIds, int passages) throws IOException {
    Map<String, String[]> byField =
        highlighter.highlightFields(
            new String[] {Fields.TEXT}, marks, docIds, new int[] {passages});
    return byField.get(Fields.TEXT);
  }

  /** Shortens a highlighted excerpt that is still long, at a word boundary outside any mark. */
  static String trim(String snippet) {
    if (snippet == null || snippet.length() <= SNIPPET_LENGTH * 2) {
      return snippet;
    }
    int cut = snippet.indexOf(' ', SNIPPET_LENGTH * 2);
    int open = snippet.lastIndexOf("<mark>", cut);
    int close = snippet.lastIndexOf("</mark>", cut);
    if (cut < 0 || open > close) {
      return snippet;
    }
    return snippet.substring(0, cut) + " …";
  }
}
