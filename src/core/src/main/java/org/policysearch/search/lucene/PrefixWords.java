package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The index terms a prefix stands for, and what ranks the passages it finds: its words as one word,
 * as a word's synonyms score.
 *
 * <p>A prefix matches as one constant-score clause, so a query of a prefix alone ranked every
 * passage alike, in the order of the documents, and the first pass's window was simply the first
 * thousand of them. Scored as a {@link SynonymQuery} of its words, a passage that says them often
 * comes before one that says one once, and a passage that only sits under a heading saying it after
 * both; every word weighs with the rarity of the commonest, so a rare word the prefix happens to
 * reach ("procurer") does not outrank the one the user meant ("procurement").
 */
final class PrefixWords {
  /**
   * The most words of a prefix that score, the commonest first: a synonym query holds at most
   * Lucene's clause limit, and words past the commonest hundred are too rare to move a ranking.
   */
  static final int MAX_SCORED = 128;

  private PrefixWords() {}

  /**
   * The scoring clause for the index terms of {@code field} starting with {@code typed} and for the
   * {@code shorter} stems the prefix also stands for; null when the index holds none of them.
   */
  static Query ranking(
      IndexReader reader,
      String field,
      String typed,
      List<String> shorter,
      WordStatistics statistics)
      throws IOException {
    List<Term> words = terms(reader, field, typed, shorter);
    if (words.isEmpty()) {
      return null;
    }
    SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
    words.stream().limit(MAX_SCORED).forEach(synonyms::addTerm);
    Query query = synonyms.build();
    return statistics.wholeIndex() ? query : new ShardAlternatives(query, statistics);
  }

  /**
   * The terms of {@code field} starting with {@code typed}, and the {@code shorter} stems the index
   * holds, the commonest first; as many as the index holds ({@link PrefixBudget} has refused a
   * query whose prefixes reach too many).
   */
  static List<Term> terms(IndexReader reader, String field, String typed, List<String> shorter)
      throws IOException {
    List<Counted> words = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms != null) {
      BytesRef start = new BytesRef(typed);
      TermsEnum each = terms.iterator();
      if (each.seekCeil(start) != TermsEnum.SeekStatus.END) {
        for (BytesRef term = each.term();
            term != null && StringHelper.startsWith(term, start);
            term = each.next()) {
          words.add(new Counted(new Term(field, BytesRef.deepCopyOf(term)), each.docFreq()));
        }
      }
    }
    for (String stem : shorter) {
      Term term = new Term(field, stem);
      int docFreq = reader.docFreq(term);
      if (docFreq > 0) {
        words.add(new Counted(term, docFreq));
      }
    }
    words.sort(Comparator.comparingInt(Counted::docFreq).reversed());
    return words.stream().map(Counted::term).toList();
  }

  /** An index term and how many chunks hold it. */
  private record Counted(Term term, int docFreq) {}
}
