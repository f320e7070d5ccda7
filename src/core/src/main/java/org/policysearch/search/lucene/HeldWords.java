package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.policysearch.index.Fields;

/**
 * The clauses by which a chunk holds each word of a query: its own text and headings, its
 * document's title, or its document's parties (through the document's record), and how rare each
 * word is (read when the query is rewritten: see {@link RarityWeighted}).
 */
final class HeldWords {
  /** A word held through the document's title rather than the chunk's own text. */
  private static final float TITLE_HOLD = 0.3f;

  /**
   * A word held through the document's parties scores BM25 over the party names: a party of a
   * bilateral agreement weighs more than one of forty.
   */
  private static final float PARTY_HOLD = 1.0f;

  /**
   * Words after this many in one run of words (a pasted paragraph) are held by the chunk's own text
   * only: each word held by its document too costs three clauses, and a query has at most Lucene's
   * 1,024.
   */
  private static final int MAX_HELD_BY_DOCUMENT = 24;

  /** The query of all words of a text on one field, stop words left out, as a conjunction. */
  interface Words {
    Query of(String field, String text);
  }

  private final Words words;
  private final BitSetProducer records;
  private final WordStatistics statistics;

  HeldWords(Words words, BitSetProducer records, WordStatistics statistics) {
    this.words = words;
    this.records = records;
    this.statistics = statistics;
  }

  /**
   * Each word of {@code text} (a multi-word synonym as one) as the clause a chunk holds it by: its
   * text and headings, its document's title, or its document's parties.
   */
  List<Query> words(String text) {
    List<Query> body = clauses(words.of(Fields.BODY, text));
    List<Query> title = clauses(words.of(Fields.TITLE, text));
    List<Query> parties = clauses(words.of(Fields.DOC_PARTIES, text));
    if (title.size() != body.size() || parties.size() != body.size()) {
      return body; // the same analysis gives the same words on every field; never otherwise
    }
    List<Query> held = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      Query own = balanced(body.get(i));
      held.add(i < MAX_HELD_BY_DOCUMENT ? one(own, title.get(i), parties.get(i)) : own);
    }
    return held;
  }

  /**
   * The clause holding one word or phrase, given as it is on the chunk's body, the title and the
   * party names (the last two may be null).
   */
  Query one(Query body, Query title, Query parties) {
    BooleanQuery.Builder held = new BooleanQuery.Builder().add(body, Occur.SHOULD);
    if (title != null) {
      held.add(new BoostQuery(new ConstantScoreQuery(title), TITLE_HOLD), Occur.SHOULD);
    }
    if (parties != null) {
      held.add(
          new BoostQuery(new ToChildBlockJoinQuery(parties, records), PARTY_HOLD), Occur.SHOULD);
    }
    return held.build();
  }

  /**
   * A word's alternatives (a multi-word synonym's paths: {@code "artificial intelligence"} or
   * {@code ai}) weighted alike. BM25 gives a phrase the sum of its words' idf, so unbalanced, a
   * passage saying "artificial intelligence" once outranks one saying "AI" six times for the query
   * {@code AI}. Each path is scaled to the idf of the commonest, as Lucene's SynonymQuery blends
   * one-word synonyms; a passage holding several paths ("artificial intelligence (AI)") still adds
   * them up.
   */
  Query balanced(Query body) {
    if (!(body instanceof BooleanQuery paths)
        || paths.clauses().size() < 2
        || !paths.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
      return body;
    }
    List<Query> alternatives = paths.clauses().stream().map(BooleanClause::getQuery).toList();
    if (!alternatives.stream().allMatch(a -> a instanceof TermQuery || a instanceof PhraseQuery)) {
      return body; // a path BM25 weighs otherwise: leave the group as it is
    }
    return new Balanced(alternatives, statistics);
  }

  /** The paths of a word scaled to the idf of the commonest: see {@link #balanced}. */
  private static final class Balanced extends RarityWeighted {
    private final WordStatistics statistics;

    Balanced(List<Query> alternatives, WordStatistics statistics) {
      super(alternatives, Occur.SHOULD);
      this.statistics = statistics;
    }

    @Override
    Query build(IndexSearcher searcher) throws IOException {
      List<Query> alternatives = parts();
      double[] idf = new double[alternatives.size()];
      double commonest = Double.MAX_VALUE;
      for (int i = 0; i < idf.length; i++) {
        idf[i] = idf(alternatives.get(i), searcher);
        commonest = Math.min(commonest, idf[i]);
      }
      BooleanQuery.Builder scaled = new BooleanQuery.Builder();
      for (int i = 0; i < idf.length; i++) {
        Query path = alternatives.get(i);
        scaled.add(
            idf[i] > commonest ? new BoostQuery(path, (float) (commonest / idf[i])) : path,
            Occur.SHOULD);
      }
      return scaled.build();
    }

    /** BM25's idf of a term, or of a phrase (the sum of its words'). */
    private double idf(Query path, IndexSearcher searcher) throws IOException {
      Term[] terms =
          path instanceof TermQuery term
              ? new Term[] {term.getTerm()}
              : ((PhraseQuery) path).getTerms();
      double sum = 0;
      for (Term term : terms) {
        sum +=
            HeldWords.idf(
                statistics.docCount(searcher, term.field()), statistics.docFreq(searcher, term));
      }
      return sum;
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other) && parts().equals(((Balanced) other).parts());
    }

    @Override
    public int hashCode() {
      return Objects.hash(classHash(), parts());
    }
  }

  /** The clauses of a conjunction of words, or the one query that is not a conjunction. */
  private static List<Query> clauses(Query query) {
    if (query == null) {
      return List.of();
    }
    if (query instanceof BooleanQuery bool
        && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST)) {
      return bool.clauses().stream().map(BooleanClause::getQuery).toList();
    }
    return List.of(query);
  }

  /**
   * {@code query} scoring {@code base} more, plus {@code perWord} times the rarity of each of the
   * words {@code held} holds (see {@link #rarity}), as one constant added to its score.
   */
  Query plus(Query query, float base, float perWord, List<Query> held) {
    return new Holding(query, base, perWord, held.stream().map(HeldWords::bodyForms).toList());
  }

  /** A query's score plus a constant that grows with the rarity of the words it holds. */
  private final class Holding extends RarityWeighted {
    private final Query query;
    private final float base;
    private final float perWord;
    private final List<List<Set<Term>>> words;

    Holding(Query query, float base, float perWord, List<List<Set<Term>>> words) {
      super(List.of(query), Occur.MUST);
      this.query = query;
      this.base = base;
      this.perWord = perWord;
      this.words = words;
    }

    @Override
    Query build(IndexSearcher searcher) throws IOException {
      float holding = base;
      for (List<Set<Term>> word : words) {
        holding += perWord * rarity(word, searcher);
      }
      return new FunctionScoreQuery(query, new ScorePlus(holding));
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other)
          && query.equals(((Holding) other).query)
          && base == ((Holding) other).base
          && perWord == ((Holding) other).perWord
          && words.equals(((Holding) other).words);
    }

    @Override
    public int hashCode() {
      return Objects.hash(classHash(), query, base, perWord, words);
    }
  }

  /**
   * The forms of the chunks' own words by which {@code held} holds its word: each a term, or the
   * terms of a word joined by hyphens together ({@code e-commerce}). A synonym's phrase ({@code
   * artificial intelligence} for {@code AI}) is one of its alternatives, each of its terms a form
   * as before: only the phrase a word is typed as is one form.
   */
  private static List<Set<Term>> bodyForms(Query held) {
    List<Set<Term>> forms = new ArrayList<>();
    held.visit(new FormVisitor(forms, false));
    return forms;
  }

  /** Gathers {@link #bodyForms}, knowing whether it is inside a word's alternatives. */
  private static final class FormVisitor extends QueryVisitor {
    private final List<Set<Term>> forms;
    private final boolean alternative;

    FormVisitor(List<Set<Term>> forms, boolean alternative) {
      this.forms = forms;
      this.alternative = alternative;
    }

    @Override
    public void consumeTerms(Query query, Term... found) {
      Set<Term> phrase = new HashSet<>();
      for (Term term : found) {
        if (!term.field().equals(Fields.BODY)) {
          continue;
        }
        if (query instanceof PhraseQuery && !alternative) {
          phrase.add(term);
        } else {
          forms.add(Set.of(term));
        }
      }
      if (!phrase.isEmpty()) {
        forms.add(phrase);
      }
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return alternative || !(parent instanceof Balanced) ? this : new FormVisitor(forms, true);
    }
  }

  /**
   * BM25's idf of a word in the chunks' text, given the {@code forms} it is held by: the commonest
   * form decides, so a synonym group is as rare as its commonest member; a phrase is as rare as its
   * rarest word at least ("e-commerce" is no commoner than "commerce", however common "e").
   */
  private float rarity(List<Set<Term>> forms, IndexSearcher searcher) throws IOException {
    long df = 0;
    for (Set<Term> form : forms) {
      long formDf = Long.MAX_VALUE;
      for (Term term : form) {
        formDf = Math.min(formDf, statistics.docFreq(searcher, term));
      }
      df = Math.max(df, formDf);
    }
    return (float) idf(statistics.docCount(searcher, Fields.BODY), df);
  }

  /** BM25's idf (as Lucene's {@code BM25Similarity}) of a term in {@code df} of {@code docs}. */
  private static double idf(long docs, long df) {
    long n = Math.max(1, docs);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}
