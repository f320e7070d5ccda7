package org.policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.policysearch.analysis.TextAnalyzer;
import org.policysearch.index.Fields;

/**
 * Turns a parsed {@link QueryNode} into Lucene queries: the one that selects and ranks chunks, and
 * the one that tells the highlighter which words of the text to mark.
 */
final class LuceneQueries {
  private static final float TITLE_BOOST = 0.5f;
  private static final float SECTION_BOOST = 0.5f;
  private static final float PROXIMITY_BOOST = 1.0f;

  /**
   * What each word of the query found as typed in the chunk's text adds, flat: a passage that says
   * "TBT" outranks one that only cites "the Agreement on Technical Barriers to Trade", which the
   * synonyms, spelling variants and acronyms also let match. Flat, so that it adds nothing for
   * being short (a heading).
   */
  private static final float LITERAL_BOOST = 1.0f;

  private static final int PROXIMITY_SLOP = 8;

  /** Every chunk and no document record: what a query with no words (only filters) matches. */
  static final Query CHUNKS = new FieldExistsQuery(Fields.CHUNK_ID);

  private final Analyzer analyzer;
  private final QueryBuilder builder;
  private final Set<String> stopTerms;
  private final FacetLabels labels;
  private final QueryBuilder literal;

  /** Queries expanding the synonyms of {@code analyzer}, such as a corpus's acronyms. */
  LuceneQueries(FacetLabels labels, Analyzer analyzer) {
    this.labels = labels;
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
    this.literal = new QueryBuilder(new TextAnalyzer());
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    this.stopTerms = stems(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream().map(Object::toString));
  }

  /** The query selecting and ranking chunks; {@code relaxed} lets any one word match. */
  Query matching(QueryNode node, boolean relaxed) {
    Query core = build(node, Fields.BODY, relaxed ? Occur.SHOULD : Occur.MUST);
    String words = String.join(" ", positiveText(node, new ArrayList<>()));
    if (words.isBlank()) {
      return core;
    }
    BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(core, Occur.MUST);
    addBoost(ranked, builder.createBooleanQuery(Fields.TITLE, words, Occur.SHOULD), TITLE_BOOST);
    addBoost(
        ranked, builder.createBooleanQuery(Fields.SECTION, words, Occur.SHOULD), SECTION_BOOST);
    // Words close together (and exact phrases, at distance 0) score higher. Only for two words or
    // more: for one word the "phrase" is that word again on the text alone, a second term score
    // that favours the shortest chunks (headings) over the passages under them.
    if (contentWords(words) >= 2) {
      addBoost(
          ranked, builder.createPhraseQuery(Fields.TEXT, words, PROXIMITY_SLOP), PROXIMITY_BOOST);
    }
    for (Term term : literalTerms(words)) {
      addBoost(ranked, new ConstantScoreQuery(new TermQuery(term)), LITERAL_BOOST);
    }
    return ranked.build();
  }

  /** What to mark in the chunk text: the positive words, phrases and prefixes, on {@code text}. */
  Query highlighting(QueryNode node) {
    return highlighting(node, Fields.TEXT);
  }

  /**
   * What to mark in the document title and the section path: the same positive words, phrases and
   * prefixes as in the text, plus the words of a {@code title:} filter on the title.
   */
  Query headingHighlighting(QueryNode node) {
    BooleanQuery.Builder marks = new BooleanQuery.Builder();
    addPositives(node, Fields.TITLE, marks);
    addPositives(node, Fields.SECTION_PATH, marks);
    return marks.build();
  }

  private Query highlighting(QueryNode node, String field) {
    BooleanQuery.Builder marks = new BooleanQuery.Builder();
    addPositives(node, field, marks);
    return marks.build();
  }

  /** Whether the query has a clause that counts words (not only filters and exclusions). */
  static boolean hasWords(QueryNode node) {
    return !positiveText(node, new ArrayList<>()).isEmpty() || hasPrefix(node);
  }

  private static boolean hasPrefix(QueryNode node) {
    if (node instanceof QueryNode.Prefix) {
      return true;
    }
    return children(node).stream().anyMatch(LuceneQueries::hasPrefix);
  }

  /** The clauses of an AND or OR group; empty for anything else. */
  private static List<QueryNode> children(QueryNode node) {
    if (node instanceof QueryNode.All all) {
      return all.clauses();
    }
    if (node instanceof QueryNode.Any any) {
      return any.clauses();
    }
    return List.of();
  }

  private Query build(QueryNode node, String field, Occur wordOccur) {
    if (node instanceof QueryNode.Words w) {
      return orNothing(words(field, w.text(), wordOccur));
    } else if (node instanceof QueryNode.Phrase p) {
      return orNothing(builder.createPhraseQuery(field, p.text()));
    } else if (node instanceof QueryNode.Prefix p) {
      return new PrefixQuery(new Term(field, normalise(field, p.prefix())));
    } else if (node instanceof QueryNode.Filter f) {
      return filter(f);
    } else if (node instanceof QueryNode.Not n) {
      return new BooleanQuery.Builder()
          .add(CHUNKS, Occur.FILTER)
          .add(build(n.clause(), field, Occur.MUST), Occur.MUST_NOT)
          .build();
    } else if (node instanceof QueryNode.All all) {
      return combine(all.clauses(), field, wordOccur);
    }
    BooleanQuery.Builder or = new BooleanQuery.Builder();
    for (QueryNode clause : children(node)) {
      or.add(build(clause, field, Occur.MUST), Occur.SHOULD);
    }
    return or.build();
  }

  private Query combine(List<QueryNode> clauses, String field, Occur wordOccur) {
    BooleanQuery.Builder and = new BooleanQuery.Builder();
    boolean positive = false;
    boolean optional = false;
    for (QueryNode clause : clauses) {
      if (clause instanceof QueryNode.Not not) {
        and.add(build(not.clause(), field, Occur.MUST), Occur.MUST_NOT);
      } else if (clause instanceof QueryNode.Filter filter) {
        and.add(filter(filter), filter.field().equals("title") ? Occur.MUST : Occur.FILTER);
        positive = true;
      } else {
        and.add(build(clause, field, wordOccur), wordOccur);
        positive = true;
        optional |= wordOccur == Occur.SHOULD;
      }
    }
    if (!positive) {
      and.add(CHUNKS, Occur.FILTER); // only exclusions: every other chunk
    }
    if (optional) {
      // Relaxed: beside a filter, optional words would match nothing and still let it pass.
      and.setMinimumNumberShouldMatch(1);
    }
    return and.build();
  }

  private Query filter(QueryNode.Filter f) {
    if (f.field().equals("title")) {
      Query title =
          f.quoted()
              ? builder.createPhraseQuery(Fields.TITLE, f.value())
              : words(Fields.TITLE, f.value(), Occur.MUST);
      return orNothing(title);
    }
    String code = labels.resolve(f.field(), f.value());
    return new TermQuery(new Term(f.field(), code));
  }

  /** All words of {@code text} on {@code field}, stop words dropped unless nothing else is left. */
  private Query words(String field, String text, Occur occur) {
    Query query = builder.createBooleanQuery(field, text, occur);
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    int count = 0;
    for (BooleanClause clause : bool.clauses()) {
      if (clause.getQuery() instanceof TermQuery term
          && stopTerms.contains(term.getTerm().text())) {
        continue;
      }
      kept.add(clause);
      count++;
    }
    return count == 0 ? query : kept.build();
  }

  private void addPositives(QueryNode node, String field, BooleanQuery.Builder marks) {
    if (node instanceof QueryNode.Words w) {
      addIfPresent(marks, words(field, w.text(), Occur.SHOULD));
    } else if (node instanceof QueryNode.Phrase p) {
      addIfPresent(marks, builder.createPhraseQuery(field, p.text()));
    } else if (node instanceof QueryNode.Prefix p) {
      marks.add(new PrefixQuery(new Term(field, normalise(field, p.prefix()))), Occur.SHOULD);
    } else if (node instanceof QueryNode.Filter f
        && f.field().equals("title")
        && field.equals(Fields.TITLE)) {
      addIfPresent(
          marks,
          f.quoted()
              ? builder.createPhraseQuery(field, f.value())
              : words(field, f.value(), Occur.SHOULD));
    }
    children(node).forEach(c -> addPositives(c, field, marks));
  }

  private static List<String> positiveText(QueryNode node, List<String> out) {
    if (node instanceof QueryNode.Words w) {
      out.add(w.text());
    } else if (node instanceof QueryNode.Phrase p) {
      out.add(p.text());
    }
    children(node).forEach(c -> positiveText(c, out));
    return out;
  }

  private static void addIfPresent(BooleanQuery.Builder builder, Query query) {
    if (query != null) {
      builder.add(query, Occur.SHOULD);
    }
  }

  /** The query's words as typed, analysed but not expanded, stop words left out. */
  private List<Term> literalTerms(String words) {
    Query query = literal.createBooleanQuery(Fields.TEXT, words, Occur.SHOULD);
    List<Query> parts = new ArrayList<>();
    if (query instanceof BooleanQuery bool) {
      bool.clauses().forEach(c -> parts.add(c.getQuery()));
    } else if (query != null) {
      parts.add(query);
    }
    List<Term> terms = new ArrayList<>();
    for (Query part : parts) {
      if (part instanceof TermQuery t && !stopTerms.contains(t.getTerm().text())) {
        terms.add(t.getTerm());
      }
    }
    return terms;
  }

  private static void addBoost(BooleanQuery.Builder builder, Query query, float boost) {
    if (query != null) {
      builder.add(new BoostQuery(query, boost), Occur.SHOULD);
    }
  }

  private static Query orNothing(Query query) {
    return query == null ? new MatchNoDocsQuery("no searchable words") : query;
  }

  private String normalise(String field, String text) {
    return analyzer.normalize(field, text).utf8ToString();
  }

  /** How many words of {@code text} are not stop words, as the text analysis sees them. */
  private int contentWords(String text) {
    return (int) analyse(text).stream().filter(t -> !stopTerms.contains(t)).count();
  }

  private static List<String> analyse(String text) {
    List<String> terms = new ArrayList<>();
    try (TextAnalyzer analysis = new TextAnalyzer();
        TokenStream stream = analysis.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static Set<String> stems(java.util.stream.Stream<String> words) {
    Set<String> stems = new HashSet<>();
    words.forEach(word -> stems.addAll(analyse(word)));
    return stems;
  }
}
