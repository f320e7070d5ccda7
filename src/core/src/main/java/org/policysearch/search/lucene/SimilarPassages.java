package org.policysearch.search.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.policysearch.analysis.StopWords;
import org.policysearch.analysis.Tokens;
import org.policysearch.index.Fields;

/**
 * Finds the passages of other documents that read like a given passage: Lucene's {@link
 * MoreLikeThis} over the chunk text, its most distinctive words (by tf-idf) asked of every other
 * document's chunks.
 */
final class SimilarPassages {
  /**
   * A word must be in at least this many chunks: one found only in the passage itself can find
   * nothing else. Lucene's default of 5 leaves a small corpus (the seed has three documents) with
   * almost no words to ask for.
   */
  static final int MIN_CHUNKS = 2;

  /**
   * A word in more than this share of the chunks ("the", "cooperation" in a corpus of treaties)
   * says little about what a passage is about.
   */
  static final int MAX_CHUNKS_PERCENT = 30;

  /** The most words asked for: Lucene's default, enough to characterise a paragraph. */
  static final int MAX_WORDS = 25;

  /** The analysis the text was indexed with, so the words asked for are the indexed terms. */
  private final Analyzer analyzer;

  /**
   * The stop words as the index holds them: MoreLikeThis compares its stop words with the analysed
   * terms, and stemming turns "this" into "thi" and "are" into "ar".
   */
  private final Set<String> stopWords = new HashSet<>();

  SimilarPassages(Analyzer analyzer) {
    this.analyzer = analyzer;
    for (String word : StopWords.all()) {
      stopWords.add(word);
      stopWords.addAll(Tokens.terms(analyzer, Fields.TEXT, word));
    }
  }

  /** The index id of the chunk {@code chunkId}, or -1 when no chunk has it. */
  static int find(IndexSearcher searcher, String chunkId) throws IOException {
    Query chunk =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.CHUNK_ID, chunkId)), Occur.FILTER)
            .add(LuceneQueries.CHUNKS, Occur.FILTER)
            .build();
    TopDocs top = searcher.search(chunk, 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  /**
   * What reads like chunk {@code doc} of {@code reader}, as a query on the chunk text; a query
   * matching nothing when the passage has no word that other chunks share.
   */
  Query like(IndexReader reader, int doc) throws IOException {
    return configured(reader).like(doc);
  }

  /**
   * What reads like {@code text}, its words weighed by {@code reader}'s counts: as {@link #like(
   * IndexReader, int)} for the chunk whose stored text it is.
   */
  Query like(IndexReader reader, String text) throws IOException {
    return configured(reader).like(Fields.TEXT, new StringReader(text));
  }

  /** The words of {@code text} MoreLikeThis weighs: its indexed terms but the stop words. */
  Set<String> words(String text) {
    Set<String> words = new HashSet<>(Tokens.terms(analyzer, Fields.TEXT, text));
    words.removeAll(stopWords);
    return words;
  }

  private MoreLikeThis configured(IndexReader reader) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {Fields.TEXT});
    mlt.setMinTermFreq(1); // a passage says most words once
    mlt.setMinDocFreq(MIN_CHUNKS);
    mlt.setMaxDocFreqPct(MAX_CHUNKS_PERCENT);
    mlt.setMaxQueryTerms(MAX_WORDS);
    // "on", "the": too rare in a small corpus for the share above to drop, and say nothing.
    mlt.setStopWords(stopWords);
    mlt.setBoost(true); // the more distinctive a word, the more it counts
    return mlt;
  }

  /** The chunks {@code like} finds outside document {@code documentId}. */
  static Query elsewhere(Query like, String documentId) {
    return new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(LuceneQueries.CHUNKS, Occur.FILTER)
        .add(new TermQuery(new Term(Fields.DOC_ID, documentId)), Occur.MUST_NOT)
        .build();
  }
}
