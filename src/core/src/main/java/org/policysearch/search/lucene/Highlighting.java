package org.policysearch.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.policysearch.index.Fields;

/**
 * Marks the query's matches in chunk texts: every character HTML-escaped, each matched word or
 * whole phrase wrapped in one {@code <mark>} (Lucene's weight matches give a phrase as one span).
 */
final class Highlighting {
  /** Chunks longer than this also get a short snippet. */
  static final int SNIPPET_THRESHOLD = 320;

  private static final int SNIPPET_LENGTH = 240;

  /** What the unified highlighter puts between the values of a multi-valued field. */
  private static final char VALUE_SEPARATOR = '\u0000';

  /**
   * Scores the one passage a whole text is: Lucene's scorer builds a hash of the passage's terms
   * per passage, a tenth of the page's garbage, to rank passages there is no choice between.
   */
  private static final PassageScorer ONE_PASSAGE =
      new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
          return 1f;
        }
      };

  private final Analyzer analyzer;

  Highlighting(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The whole texts of {@code docIds}, highlighted, in the same order, from their stored fields
   * already read ({@link StoredChunks#read}).
   */
  String[] fullTexts(
      IndexSearcher searcher, Query marks, int[] docIds, Map<Integer, Document> loaded)
      throws IOException {
    return highlight(new Preloaded(wholeTexts(searcher), loaded), marks, docIds, 1);
  }

  /**
   * A short excerpt of each text around its best matches, in whole sentences where they fit; a cut
   * shows as "…" (see {@link SnippetFormatter}).
   */
  String[] snippets(
      IndexSearcher searcher, Query marks, int[] docIds, Map<Integer, Document> loaded)
      throws IOException {
    UnifiedHighlighter sentences =
        new Preloaded(
            builder(searcher, " … ")
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ENGLISH))
                .withFormatter(new SnippetFormatter(SNIPPET_LENGTH * 2)),
            loaded);
    return highlight(sentences, marks, docIds, 2);
  }

  /**
   * The whole text, document title and section path of each of {@code docIds}, escaped, with what
   * {@code marks} (a query per field; none: nothing) finds in each marked: the same analysis as the
   * search, so a synonym or a stem that matched is the word marked. One pass of the highlighter
   * reads each chunk's stored fields once for all three.
   */
  Marked[] whole(
      IndexSearcher searcher, Map<String, Query> marks, int[] docIds, Map<Integer, Document> loaded)
      throws IOException {
    UnifiedHighlighter whole = new AllValues(wholeTexts(searcher), marks, loaded);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    marks.values().forEach(q -> all.add(q, BooleanClause.Occur.SHOULD));
    Map<String, String[]> byField =
        whole.highlightFields(
            new String[] {Fields.TEXT, Fields.TITLE, Fields.SECTION_PATH},
            marks.isEmpty() ? new MatchAllDocsQuery() : all.build(),
            docIds,
            new int[] {1, 1, 1});
    Marked[] marked = new Marked[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      marked[i] =
          new Marked(
              byField.get(Fields.TEXT)[i],
              new MarkedHeadings(
                  byField.get(Fields.TITLE)[i], splitValues(byField.get(Fields.SECTION_PATH)[i])));
    }
    return marked;
  }

  /** A hit's whole text and headings, HTML-escaped, matched words in {@code <mark>}. */
  record Marked(String text, MarkedHeadings headings) {}

  /**
   * Highlights every value of a field as one passage, each field with its own query. The unified
   * highlighter splits a multi-valued field into passages at {@link #VALUE_SEPARATOR} and returns
   * only those with a match; the breadcrumb needs each heading, matched or not. It also looks for
   * the matches of the whole query in every field of every hit, each term sought in each segment
   * anew: a field's own query leaves out the terms that can never match there.
   */
  private static final class AllValues extends Preloaded {
    private final Map<String, Query> byField;

    AllValues(
        UnifiedHighlighter.Builder builder,
        Map<String, Query> byField,
        Map<Integer, Document> loaded) {
      super(builder, loaded);
      this.byField = byField;
    }

    @Override
    protected FieldHighlighter getFieldHighlighter(
        String field, Query query, Set<Term> allTerms, int maxPassages) {
      return super.getFieldHighlighter(
          field, byField.getOrDefault(field, query), allTerms, maxPassages);
    }

    @Override
    protected FieldHighlighter newFieldHighlighter(
        String field,
        FieldOffsetStrategy offsets,
        BreakIterator perValue,
        PassageScorer scorer,
        int maxPassages,
        int maxNoHighlightPassages,
        PassageFormatter formatter,
        Comparator<Passage> order) {
      return super.newFieldHighlighter(
          field,
          offsets,
          new WholeBreakIterator(),
          scorer,
          maxPassages,
          maxNoHighlightPassages,
          formatter,
          order);
    }
  }

  /**
   * Takes the values to highlight from documents already read where it has them: a page's hits are
   * read once for their display fields, and the highlighter would read each again per pass.
   */
  private static class Preloaded extends Schema {
    private final Map<Integer, Document> loaded;

    Preloaded(UnifiedHighlighter.Builder builder, Map<Integer, Document> loaded) {
      super(builder);
      this.loaded = loaded;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        Document document = loaded.get(doc);
        if (document == null) {
          throw new IllegalStateException("doc " + doc + " was not read before highlighting");
        }
        CharSequence[] byField = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          String[] stored = document.getValues(fields[f]);
          // As the highlighter's own reading joins them: values apart by its separator.
          byField[f] =
              stored.length == 0 ? null : String.join(String.valueOf(VALUE_SEPARATOR), stored);
        }
        values.add(byField);
      }
      return values;
    }
  }

  /**
   * Reads how a field is indexed from the first segment that has it. The unified highlighter would
   * merge the field infos of every segment, on every highlighter built, that is on every request (a
   * seventh of its time); Lucene keeps a field's index options the same in every segment.
   */
  private static class Schema extends UnifiedHighlighter {
    Schema(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(
        OffsetSource offsetSource, UHComponents components) {
      return offsetSource == OffsetSource.POSTINGS
          ? new OneWeight(components, searcher.getIndexReader())
          : super.getOffsetStrategy(offsetSource, components);
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
        if (info != null) {
          return info;
        }
      }
      return null;
    }
  }

  /**
   * Finds a field's matches in each hit through one weight for all the hits of a request. Lucene's
   * strategy builds a searcher, rewrites the query and creates its weight for every hit and field,
   * and so looks every word up in the terms dictionary again for each: a twentieth of a search. The
   * weight here is built once on the index's own searcher, whose per-segment term states are then
   * looked up once per segment. Valid because each field is highlighted with its own query (the
   * default field matcher), so no field needs renaming as Lucene's per-hit reader does.
   */
  private static final class OneWeight extends PostingsOffsetStrategy {
    private final IndexSearcher searcher;
    private Weight weight;
    // When the field's query is only its words: each word's postings, read for all the hits of a
    // segment in their order (the highlighter asks for hits in index order).
    private Words words;
    private LeafReaderContext wordsLeaf;
    private TermsEnum wordsEnum;
    private TermState[] wordStates;
    private PostingsEnum[] wordPostings;
    private int[] wordTargets;

    OneWeight(UHComponents components, IndexReader reader) {
      super(components);
      this.searcher = new IndexSearcher(reader);
      // Matches are read once per hit: nothing to gain from caching a clause's matches.
      searcher.setQueryCache(null);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(
        LeafReader leafReader, int docId, List<OffsetsEnum> results) throws IOException {
      LeafReaderContext leaf = leafOf(leafReader);
      if (leaf == null) {
        super.createOffsetsEnumsWeightMatcher(leafReader, docId, results);
        return;
      }
      if (weight == null && words == null) {
        Query query = searcher.rewrite(components.getQuery());
        words = wordsOnly(query, components.getField());
        if (words == null) {
          weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
      }
      if (words != null) {
        addWords(leaf, docId, results);
        return;
      }
      Matches matches = weight.matches(leaf, docId);
      if (matches == null) {
        return;
      }
      for (String field : matches) {
        if (components.getFieldMatcher().test(field)) {
          MatchesIterator iterator = matches.getMatches(field);
          if (iterator != null) {
            results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
          }
        }
      }
    }

    /**
     * The offsets of the query's words in hit {@code docId}, from postings kept for the segment:
     * Lucene's weight matches open new postings, with their buffers, for every word of every hit, a
     * seventh of all that a search allocated.
     */
    private void addWords(LeafReaderContext leaf, int docId, List<OffsetsEnum> results)
        throws IOException {
      if (leaf != wordsLeaf) {
        wordsLeaf = leaf;
        Terms index = leaf.reader().terms(components.getField());
        wordsEnum = index == null ? null : index.iterator();
        BytesRef[] terms = words.terms();
        wordStates = new TermState[terms.length];
        wordPostings = new PostingsEnum[terms.length];
        wordTargets = new int[terms.length];
        for (int i = 0; wordsEnum != null && i < terms.length; i++) {
          if (wordsEnum.seekExact(terms[i])) {
            wordStates[i] = wordsEnum.termState();
          }
        }
      }
      for (int i = 0; wordsEnum != null && i < wordStates.length; i++) {
        if (wordStates[i] == null) {
          continue;
        }
        PostingsEnum postings = wordPostings[i];
        if (postings == null || docId <= wordTargets[i]) {
          // From the start (a hit asked for again, or one before the last): positions unread.
          wordsEnum.seekExact(words.terms()[i], wordStates[i]);
          postings = wordPostings[i] = wordsEnum.postings(postings, PostingsEnum.OFFSETS);
        }
        wordTargets[i] = docId;
        int at = postings.docID() < docId ? postings.advance(docId) : postings.docID();
        if (at == docId) {
          // Each match counted once, as the weight's matches count it: passages score the same.
          results.add(new OffsetsEnum.OfPostings(words.names()[i], 1, postings));
        }
      }
    }

    /**
     * The words of {@code query} when it is nothing but words of {@code field} (a word, or a word
     * with its other spellings as one synonym query), one or a disjunction of them; null for
     * anything else (phrases, spans, other fields), whose matches the weight finds.
     */
    private static Words wordsOnly(Query query, String field) {
      List<Query> leaves =
          query instanceof BooleanQuery bool
                  && bool.getMinimumNumberShouldMatch() == 0
                  && bool.clauses().stream()
                      .allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)
              ? bool.clauses().stream().map(BooleanClause::getQuery).toList()
              : List.of(query);
      Map<BytesRef, BytesRef> named = new LinkedHashMap<>();
      for (Query leaf : leaves) {
        while (leaf instanceof BoostQuery boost) {
          leaf = boost.getQuery();
        }
        List<Term> terms;
        if (leaf instanceof TermQuery term) {
          terms = List.of(term.getTerm());
        } else if (leaf instanceof SynonymQuery synonyms) {
          terms = synonyms.getTerms();
        } else {
          return null;
        }
        // What the weight's matches call a match of this clause: its words, space-separated.
        BytesRefBuilder name = new BytesRefBuilder();
        for (Term term : terms) {
          if (!term.field().equals(field)) {
            return null;
          }
          if (name.length() > 0) {
            name.append((byte) ' ');
          }
          name.append(term.bytes());
        }
        BytesRef clause = name.toBytesRef();
        for (Term term : terms) {
          if (named.putIfAbsent(term.bytes(), clause) != null) {
            return null; // a word in two clauses: the weight tells which one matched
          }
        }
      }
      return named.isEmpty()
          ? null
          : new Words(
              named.keySet().toArray(new BytesRef[0]), named.values().toArray(new BytesRef[0]));
    }

    /** Words to look up, and the name each match of one is given (see {@link #wordsOnly}). */
    private record Words(BytesRef[] terms, BytesRef[] names) {}

    /** The segment {@code reader} is, in the searcher's reader; null for any other reader. */
    private LeafReaderContext leafOf(LeafReader reader) {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        if (leaf.reader() == reader) {
          return leaf;
        }
      }
      return null;
    }
  }

  /** A hit's title and section path, HTML-escaped, matched words in {@code <mark>}. */
  record MarkedHeadings(String title, List<String> sectionPath) {}

  /**
   * Splits a highlighted multi-valued field back into its values. The highlighter joins values with
   * {@link #VALUE_SEPARATOR}; a phrase matched across two headings is closed at the end of the
   * first and reopened in the second, so each value stays balanced.
   */
  static List<String> splitValues(String joined) {
    if (joined == null || joined.isEmpty()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    boolean open = false;
    for (String value : joined.split(String.valueOf(VALUE_SEPARATOR), -1)) {
      String balanced = open ? "<mark>" + value : value;
      open = balanced.lastIndexOf("<mark>") > balanced.lastIndexOf("</mark>");
      values.add(open ? balanced + "</mark>" : balanced);
    }
    return values;
  }

  private UnifiedHighlighter.Builder builder(IndexSearcher searcher, String ellipsis) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withWeightMatches(true)
        .withHighlightPhrasesStrictly(true)
        .withMaxLength(1_000_000)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", ellipsis, true));
  }

  /** A highlighter of whole texts, each one passage: nothing to break or rank. */
  private UnifiedHighlighter.Builder wholeTexts(IndexSearcher searcher) {
    return builder(searcher, " … ")
        .withBreakIterator(WholeBreakIterator::new)
        .withScorer(ONE_PASSAGE);
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
