package org.policysearch.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.analysis.StopWords;
import org.policysearch.analysis.SynonymAnalyzer;
import org.policysearch.analysis.TextAnalyzer;
import org.policysearch.analysis.Tokens;
import org.policysearch.index.Fields;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.QueryNode;
import org.policysearch.search.SearchBackend;
import org.policysearch.structure.ChunkKind;

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

  /**
   * What a passage gains for saying a kind of instrument the query names ("free trade agreement"):
   * less than a word it must hold, since the kind describes its document rather than the passage.
   */
  private static final float KIND_BOOST = 0.5f;

  /**
   * What holding every word adds: more than anything else can, so the chunks with every word rank
   * first, and a hit tells by its score whether it holds them all.
   */
  static final float ALL_WORDS_BONUS = 1000f;

  /**
   * What holding one word adds, times the word's rarity (its BM25 idf). Above BM25's most for one
   * word (idf × (k1 + 1) = 2.2 idf), so among chunks without every word, holding more of the words,
   * the rarer the better, decides before how often or in how short a chunk they occur.
   */
  private static final float HOLD_WEIGHT = 3f;

  /**
   * What a document between exactly the parties the query names lifts its chunks by (less as its
   * parties and the named ones differ): an analyst who types "Japan Thailand" means their
   * agreement.
   */
  private static final float PARTY_SET_WEIGHT = 10f;

  /**
   * How much a match on the whole document (title, parties, headings, opening) lifts its chunks.
   */
  private static final float DOCUMENT_BOOST = 0.5f;

  /**
   * What a passage (a paragraph or a bullet) scores above a heading holding the same words: a
   * heading alone only names what the passages under it say, and being short and holding the words
   * side by side would otherwise put it first. A passage that mostly cites other provisions by
   * their titles ("(d) Article 9 (Expropriation and Compensation);") only names them too, and ranks
   * as a heading.
   */
  private static final float PASSAGE_BOOST = 1.0f;

  private static final Query PASSAGES =
      new ConstantScoreQuery(
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Fields.KIND, ChunkKind.PARAGRAPH.code())), Occur.SHOULD)
              .add(new TermQuery(new Term(Fields.KIND, ChunkKind.BULLET.code())), Occur.SHOULD)
              .add(new TermQuery(new Term(Fields.CITES, Fields.CITES_VALUE)), Occur.MUST_NOT)
              .build());

  /** The phrases naming kinds of instrument: read once, immutable. */
  private static final KindWords KINDS = new KindWords();

  /** Every document record and no chunk. */
  static final Query RECORDS = new TermQuery(new Term(Fields.RECORD, Fields.RECORD_VALUE));

  /** Every chunk and no document record: what a query with no words (only filters) matches. */
  static final Query CHUNKS = new FieldExistsQuery(Fields.CHUNK_ID);

  private final Analyzer analyzer;
  private final QueryBuilder builder;
  private final FacetLabels labels;
  private final QueryBuilder literal;

  /** The text's own analysis, unexpanded: for the words as typed. */
  private final TextAnalyzer textAnalyzer = new TextAnalyzer();

  /** The document records: the parents whose matches lift, or whose parties hold, their chunks. */
  private final BitSetProducer records;

  /**
   * A word joined by hyphens as typed: {@code e-commerce}, {@code state-owned}, {@code COVID-19}.
   */
  private static final Pattern COMPOUND =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+(?![\\p{L}\\p{N}-])");

  private final HeldWords held;

  private final IndexReader reader;

  private final WordStatistics statistics;

  /** How many queries' graded words are kept (a few KB each). */
  private static final int MAX_GRADED_KEPT = 256;

  private final KeptValues<QueryNode, Graded> gradedKept = new KeptValues<>(MAX_GRADED_KEPT);

  private final KeptValues<String, Parted> compoundsKept = new KeptValues<>(MAX_GRADED_KEPT);

  /** {@link #shorterStems} by the prefix's term. */
  private final KeptValues<String, List<String>> shorterStemsKept =
      new KeptValues<>(MAX_GRADED_KEPT);

  /**
   * {@link #rankedPrefix} by the prefix: one search builds its clause several times (selecting,
   * counting, holding every word), and each time read every index term the prefix starts.
   */
  private final KeptValues<QueryNode.Prefix, Query> rankedPrefixKept =
      new KeptValues<>(MAX_GRADED_KEPT);

  /** Where the words are in the reader's segments, kept for every query made here. */
  private final TermLookups lookups;

  /**
   * Queries over {@code reader}, whose word statistics weigh each word's rarity, expanding the
   * synonyms of {@code analyzer}, such as a corpus's acronyms; {@code records} finds the document
   * records.
   */
  LuceneQueries(IndexReader reader, FacetLabels labels, Analyzer analyzer, BitSetProducer records) {
    this(reader, labels, analyzer, records, WordStatistics.LOCAL);
  }

  /**
   * Queries as {@link #LuceneQueries(IndexReader, FacetLabels, Analyzer, BitSetProducer)} makes
   * them, weighing words' rarity by {@code statistics} when they are rewritten.
   */
  LuceneQueries(
      IndexReader reader,
      FacetLabels labels,
      Analyzer analyzer,
      BitSetProducer records,
      WordStatistics statistics) {
    this(reader, labels, analyzer, records, statistics, new TermLookups(reader));
  }

  private LuceneQueries(
      IndexReader reader,
      FacetLabels labels,
      Analyzer analyzer,
      BitSetProducer records,
      WordStatistics statistics,
      TermLookups lookups) {
    this.labels = labels;
    this.lookups = lookups;
    this.statistics = statistics;
    this.records = records;
    this.reader = reader;
    this.analyzer = analyzer;
    this.builder = ShardAlternatives.builder(analyzer, statistics, lookups);
    this.literal = ShardAlternatives.builder(textAnalyzer, statistics, lookups);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    this.held = new HeldWords((field, text) -> words(field, text, Occur.MUST), records, statistics);
  }

  /**
   * The queries of a corpus that defines the acronyms of {@code table}: each country's names and
   * each acronym with its expansion are synonyms.
   */
  static LuceneQueries forCorpus(
      IndexReader reader,
      FacetLabels labels,
      AcronymTable table,
      BitSetProducer records,
      WordStatistics statistics) {
    List<List<String>> equivalents = new ArrayList<>(labels.countryNameGroups());
    table.entries().forEach(e -> equivalents.add(List.of(e.acronym(), e.expansion())));
    return new LuceneQueries(reader, labels, new SynonymAnalyzer(equivalents), records, statistics);
  }

  /**
   * These queries without synonyms, spelling variants or acronyms, each word only as typed: to tell
   * how much of a query its expansions make up ({@link ClauseOverflow}).
   */
  LuceneQueries unexpanded() {
    return new LuceneQueries(reader, labels, textAnalyzer, records, statistics, lookups);
  }

  /**
   * What selects (and when {@code ranked}, ranks) the results of {@code tier} of {@code node}
   * (null: every chunk), each turned into the unit asked for by {@code unit}; when {@code
   * withRankingClauses} is false, scored without the clauses that only rank (see {@link #ranking}).
   */
  Query select(
      QueryNode node,
      SearchBackend.Tier tier,
      boolean ranked,
      boolean withRankingClauses,
      UnaryOperator<Query> unit) {
    if (node == null) {
      return tier == SearchBackend.Tier.SOME_WORDS ? new MatchNoDocsQuery() : unit.apply(CHUNKS);
    }
    return switch (tier) {
      case ALL -> unit.apply(ranked ? matching(node, withRankingClauses) : matchingSet(node));
      case EVERY_WORD -> unit.apply(holdingEveryWord(node, withRankingClauses));
      case SOME_WORDS ->
          new BooleanQuery.Builder()
              .add(unit.apply(matching(node, withRankingClauses)), Occur.MUST)
              // What it excludes needs no score.
              .add(unit.apply(holdingEveryWord(node, false)), Occur.MUST_NOT)
              .build();
    };
  }

  /**
   * The query selecting and ranking chunks. The plain words of the query are graded: a chunk
   * matches with any of them and ranks by how many of the words it holds, weighted by rarity
   * ({@link #holdingEveryWord} picks those that hold them all, which come first). A word is held by
   * the chunk's text or headings, its document's title, or its document's parties ("korea" by every
   * chunk of an agreement Korea is party to). Phrases, prefixes, OR groups and {@code title:} must
   * match; filters select, exclusions remove.
   */
  Query matching(QueryNode node) {
    return matching(node, true);
  }

  /**
   * {@link #matching}, with its ranking clauses (title, headings, proximity, literal words, the
   * document) or without them: {@link #ranking} adds them to the best results only.
   */
  Query matching(QueryNode node, boolean ranked) {
    BooleanQuery.Builder query = selecting(node);
    for (Query word : graded(node).all()) {
      query.add(held.plus(word, 0f, HOLD_WEIGHT, List.of(word)), Occur.SHOULD);
    }
    if (ranked) {
      addRanking(node, query);
    }
    return query.build();
  }

  /**
   * The clauses that only rank, as one query: what {@link #matching} and {@link #holdingEveryWord}
   * without their ranking clauses lack of their scores (the scores add up).
   */
  Query ranking(QueryNode node) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    addRanking(node, query);
    return query.build();
  }

  /** The chunks {@link #matching} finds, unranked: to count them. */
  Query matchingSet(QueryNode node) {
    return selecting(node).build();
  }

  /**
   * The chunks of {@link #matching} that hold every word, each scored as there plus {@link
   * #ALL_WORDS_BONUS}: the words' own scores, and for holding each of them its constant; with the
   * ranking clauses, or without them for {@link #ranking} to add to the best.
   */
  Query holdingEveryWord(QueryNode node, boolean ranked) {
    BooleanQuery.Builder query = selecting(node);
    Graded graded = graded(node);
    for (Query word : graded.required()) {
      query.add(word, Occur.MUST);
    }
    for (Query kind : graded.kinds()) {
      query.add(new BoostQuery(kind, KIND_BOOST), Occur.SHOULD);
    }
    if (ranked) {
      addRanking(node, query);
    }
    // One constant for the whole query, rather than one clause per word evaluated twice.
    return held.plus(query.build(), ALL_WORDS_BONUS, HOLD_WEIGHT, graded.required());
  }

  /** What a chunk must match, whatever it holds of the plain words: no ranking clauses. */
  private BooleanQuery.Builder selecting(QueryNode node) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (QueryNode clause : topLevel(node)) {
      if (clause instanceof QueryNode.Not not) {
        query.add(build(not.clause(), Fields.BODY, Occur.MUST), Occur.MUST_NOT);
      } else if (clause instanceof QueryNode.Filter filter) {
        query.add(filter(filter), filter.field().equals("title") ? Occur.MUST : Occur.FILTER);
      } else if (!(clause instanceof QueryNode.Words)) {
        query.add(build(clause, Occur.MUST), Occur.MUST);
      }
    }
    Query ownWords = ownWords(node);
    if (ownWords == null && onlyWordsPositive(node)) {
      // Words that analyse to nothing ("!!!", "*:*") ask for nothing a chunk could hold: they find
      // nothing, where filters or exclusions alone list every other chunk.
      query.add(new MatchNoDocsQuery("no searchable words"), Occur.FILTER);
    } else if (ownWords == null) {
      query.add(CHUNKS, Occur.FILTER); // only filters or exclusions: every other chunk
    } else {
      // A chunk must say one of the words itself: a document's title or parties only complete
      // the words of a passage, or "korea" would find every passage of every Korean agreement.
      query.add(ownWords, Occur.FILTER);
    }
    return query;
  }

  /**
   * Whether the positive clauses of {@code node}'s top level, if any, are all plain words: what a
   * chunk must hold then comes from those words alone.
   */
  private static boolean onlyWordsPositive(QueryNode node) {
    boolean words = false;
    for (QueryNode clause : topLevel(node)) {
      if (clause instanceof QueryNode.Words) {
        words = true;
      } else if (!(clause instanceof QueryNode.Not) && !(clause instanceof QueryNode.Filter)) {
        return false;
      }
    }
    return words;
  }

  /** The clauses that only rank: title, headings, proximity, literal words, the whole document. */
  private void addRanking(QueryNode node, BooleanQuery.Builder query) {
    String words = String.join(" ", positiveText(node, new ArrayList<>()));
    if (words.isBlank() && !positiveWords(node, new ArrayList<>()).isEmpty()) {
      // Prefixes alone: passages before the headings that only name what they say.
      addBoost(query, PASSAGES, PASSAGE_BOOST);
    }
    if (!words.isBlank()) {
      addBoost(query, builder.createBooleanQuery(Fields.TITLE, words, Occur.SHOULD), TITLE_BOOST);
      addBoost(
          query,
          builder.createBooleanQuery(Fields.SECTION_PATH, words, Occur.SHOULD),
          SECTION_BOOST);
      // Words close together (and exact phrases, at distance 0) score higher. Only for two words
      // or more: for one word the "phrase" is that word again on the text alone, a second term
      // score that favours the shortest chunks (headings) over the passages under them.
      // Passages only: a heading's few words are always close, and the passages under it hold
      // them through their headings, where nearness is not counted.
      Query near =
          contentWords(words) >= 2
              ? builder.createPhraseQuery(Fields.TEXT, words, PROXIMITY_SLOP)
              : null;
      if (near != null) {
        addBoost(
            query,
            new BooleanQuery.Builder().add(near, Occur.MUST).add(PASSAGES, Occur.FILTER).build(),
            PROXIMITY_BOOST);
      }
      // A kind's words are not what a passage must say as typed: they describe its document.
      for (Term term : literalTerms(KINDS.split(words).required())) {
        addBoost(query, new ConstantScoreQuery(lookups.query(term)), LITERAL_BOOST);
      }
      List<String> named = labels.partiesNamedIn(words);
      if (!named.isEmpty()) {
        BooleanQuery.Builder parties = new BooleanQuery.Builder();
        for (String code : named) {
          parties.add(
              new ConstantScoreQuery(lookups.query(new Term(Fields.PARTY, code))), Occur.SHOULD);
        }
        Query share = new FunctionScoreQuery(parties.build(), new PartyShare(named.size()));
        addBoost(query, new ToChildBlockJoinQuery(share, records), PARTY_SET_WEIGHT);
      }
      addBoost(query, PASSAGES, PASSAGE_BOOST);
      Query document = builder.createBooleanQuery(Fields.DOC_TEXT, words, Occur.SHOULD);
      if (document != null) {
        addBoost(query, new ToChildBlockJoinQuery(document, records), DOCUMENT_BOOST);
      }
    }
  }

  /**
   * Whether a chunk may hold only some of the words of {@code node}: it has two plain words or
   * more, or one beside a phrase, prefix or OR group (a chunk must say one of them, not all).
   */
  boolean gradesWords(QueryNode node) {
    int graded = graded(node).all().size();
    boolean required =
        topLevel(node).stream()
            .anyMatch(
                c ->
                    !(c instanceof QueryNode.Words
                        || c instanceof QueryNode.Not
                        || c instanceof QueryNode.Filter));
    return graded >= 2 || (graded == 1 && required);
  }

  /**
   * Every chunk of {@link #matching}, those holding every word scored {@link #ALL_WORDS_BONUS}
   * above the others: one ranking of both, for a document's best passages and for explanations.
   */
  Query everyWordFirst(QueryNode node) {
    if (!gradesWords(node)) {
      return matching(node);
    }
    return new BooleanQuery.Builder()
        .add(matching(node), Occur.MUST)
        .add(new BoostQuery(new ConstantScoreQuery(everyWord(node)), ALL_WORDS_BONUS), Occur.SHOULD)
        .build();
  }

  /** The chunks holding every word of {@code node} and matching its other clauses. */
  private Query everyWord(QueryNode node) {
    BooleanQuery.Builder every =
        new BooleanQuery.Builder().add(build(node, Occur.MUST), Occur.MUST);
    Query ownWords = ownWords(node);
    if (ownWords != null) {
      every.add(ownWords, Occur.FILTER);
    }
    return every.build();
  }

  /**
   * What a chunk must have itself: a positive word, phrase or prefix in its own text or headings,
   * or a filter offered as an alternative ({@code country:JP OR fisheries}); null if the query has
   * none of these.
   */
  private Query ownWords(QueryNode node) {
    BooleanQuery.Builder own = new BooleanQuery.Builder();
    for (QueryNode clause : topLevel(node)) {
      if (!(clause instanceof QueryNode.Filter)) {
        addOwn(clause, own);
      }
    }
    BooleanQuery any = own.build();
    return any.clauses().isEmpty() ? null : any;
  }

  private void addOwn(QueryNode node, BooleanQuery.Builder own) {
    if (node instanceof QueryNode.Filter f) {
      // A document's record has its facets too: a filter alone ("country:KR OR quantum") would
      // let the records through as hits.
      own.add(
          new BooleanQuery.Builder().add(filter(f), Occur.FILTER).add(CHUNKS, Occur.FILTER).build(),
          Occur.SHOULD);
    } else if (node instanceof QueryNode.All || node instanceof QueryNode.Any) {
      children(node).forEach(c -> addOwn(c, own));
    } else if (!(node instanceof QueryNode.Not)) {
      addPositives(node, Fields.BODY, own);
    }
  }

  private static List<QueryNode> topLevel(QueryNode node) {
    return node instanceof QueryNode.All all ? all.clauses() : List.of(node);
  }

  /**
   * The plain words of a query's top level, each as the clause that holds it: those a chunk must
   * hold to hold every word, and those naming a kind of instrument, which only rank.
   */
  private record Graded(List<Query> required, List<Query> kinds) {
    List<Query> all() {
      List<Query> all = new ArrayList<>(required);
      all.addAll(kinds);
      return all;
    }
  }

  /**
   * {@link #gradedFresh} of {@code node}, kept: one answer asks for the graded words of the same
   * query several times (selecting, counting, ranking, its hits), and each time analysed every word
   * for the text, the title and the parties again. Queries are values and Lucene queries immutable,
   * so repeated searches share them too; the memo is bounded, dropped when full.
   */
  private Graded graded(QueryNode node) {
    Graded known = gradedKept.get(node);
    return known != null ? known : gradedKept.keep(node, gradedFresh(node));
  }

  private Graded gradedFresh(QueryNode node) {
    List<Query> required = new ArrayList<>();
    List<Query> kinds = new ArrayList<>();
    for (QueryNode clause : topLevel(node)) {
      if (clause instanceof QueryNode.Words w) {
        KindWords.Split split = KINDS.split(w.text());
        if (split.hasKinds() && contentWords(split.required()) > 0) {
          required.addAll(held.words(split.required()));
          kinds.addAll(held.words(split.kinds()));
        } else {
          required.addAll(held.words(w.text()));
        }
      }
    }
    if (required.isEmpty()) {
      // Only kinds beside phrases or prefixes: they are then what the user looks for.
      required.addAll(kinds);
      kinds.clear();
    }
    return new Graded(List.copyOf(required), List.copyOf(kinds));
  }

  /** What to mark in the chunk text: the positive words, phrases and prefixes, on {@code text}. */
  Query highlighting(QueryNode node) {
    return highlighting(node, Fields.TEXT);
  }

  /**
   * What to mark in a hit's text, its document's title and its section path, by field: the positive
   * words, phrases and prefixes on each (on the title, also the words of a {@code title:} filter).
   */
  Map<String, Query> marks(QueryNode node) {
    return Map.of(
        Fields.TEXT,
        highlighting(node, Fields.TEXT),
        Fields.TITLE,
        highlighting(node, Fields.TITLE),
        Fields.SECTION_PATH,
        highlighting(node, Fields.SECTION_PATH));
  }

  /**
   * Where beyond the chunk the positive words of {@code node} can be found, by the name a hit gives
   * it: its document's {@code parties} and the {@code document} as a whole (its headings and
   * opening). Whether the chunk's text, its headings or its document's title hold them, its marks
   * tell (see {@link #marks}).
   */
  Map<String, Query> documentPlaces(QueryNode node) {
    Map<String, Query> places = new LinkedHashMap<>();
    places.put("parties", partiesOnly(node));
    places.put("document", new ToChildBlockJoinQuery(highlighting(node, Fields.DOC_TEXT), records));
    return places;
  }

  /**
   * The chunks a positive word of {@code node} is found in through their document's parties: the
   * parties hold it, and the chunk's own text and headings do not. A passage of a story on Sudan
   * that says "Sudan" is found by its own words; one of a Korean agreement that says "the Parties"
   * is found by its document's parties.
   */
  private Query partiesOnly(QueryNode node) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (QueryNode word : positiveWords(node, new ArrayList<>())) {
      BooleanQuery.Builder own = new BooleanQuery.Builder();
      for (String field : List.of(Fields.TEXT, Fields.SECTION_PATH)) {
        own.add(highlighting(word, field), Occur.SHOULD);
      }
      any.add(
          new BooleanQuery.Builder()
              .add(
                  new ToChildBlockJoinQuery(highlighting(word, Fields.DOC_PARTIES), records),
                  Occur.MUST)
              .add(own.build(), Occur.MUST_NOT)
              .build(),
          Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * The positive words, phrases and prefixes of {@code node}, each on its own: a run of plain words
   * one node a word, so that each is asked of the parties and the chunk apart.
   */
  private static List<QueryNode> positiveWords(QueryNode node, List<QueryNode> out) {
    if (node instanceof QueryNode.Words w) {
      for (String word : w.text().strip().split("\\s+")) {
        // A stop word is no reason a passage was found ("and" is in "Trinidad and Tobago").
        if (!word.isEmpty() && !StopWords.only(word)) {
          out.add(new QueryNode.Words(word));
        }
      }
    } else if (node instanceof QueryNode.Phrase || node instanceof QueryNode.Prefix) {
      out.add(node);
    }
    children(node).forEach(c -> positiveWords(c, out));
    return out;
  }

  private Query highlighting(QueryNode node, String field) {
    BooleanQuery.Builder marks = new BooleanQuery.Builder();
    addPositives(node, field, marks);
    return marks.build();
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

  /** {@code node} as a clause every chunk it finds must match, its words held as in ranking. */
  private Query build(QueryNode node, Occur wordOccur) {
    if (node instanceof QueryNode.Words w) {
      List<Query> words = held.words(w.text());
      if (words.isEmpty()) {
        return new MatchNoDocsQuery("no searchable words");
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      words.forEach(h -> all.add(h, wordOccur));
      return all.build();
    } else if (node instanceof QueryNode.Phrase p) {
      Query body = phrase(Fields.BODY, p.text(), p.slop());
      if (body == null) {
        return new MatchNoDocsQuery("no searchable words");
      }
      return held.one(
          body,
          phrase(Fields.TITLE, p.text(), p.slop()),
          phrase(Fields.DOC_PARTIES, p.text(), p.slop()));
    } else if (node instanceof QueryNode.All all) {
      BooleanQuery.Builder and = new BooleanQuery.Builder();
      boolean positive = false;
      for (QueryNode clause : all.clauses()) {
        if (clause instanceof QueryNode.Not not) {
          and.add(build(not.clause(), Fields.BODY, Occur.MUST), Occur.MUST_NOT);
        } else if (clause instanceof QueryNode.Filter filter) {
          and.add(filter(filter), filter.field().equals("title") ? Occur.MUST : Occur.FILTER);
        } else {
          and.add(build(clause, wordOccur), Occur.MUST);
          positive = true;
        }
      }
      if (!positive) {
        and.add(CHUNKS, Occur.FILTER); // only filters or exclusions: every other chunk
      }
      return and.build();
    } else if (node instanceof QueryNode.Any any) {
      BooleanQuery.Builder or = new BooleanQuery.Builder();
      for (QueryNode clause : any.clauses()) {
        or.add(build(clause, Occur.MUST), Occur.SHOULD);
      }
      return or.build();
    }
    return build(node, Fields.BODY, wordOccur);
  }

  /**
   * {@code node} on the chunk's own words only: what an exclusion excludes (a passage that says
   * "quantum", not every passage of a document about it).
   */
  private Query build(QueryNode node, String field, Occur wordOccur) {
    if (node instanceof QueryNode.Words w) {
      return orNothing(words(field, w.text(), wordOccur));
    } else if (node instanceof QueryNode.Phrase p) {
      return orNothing(phrase(field, p.text(), p.slop()));
    } else if (node instanceof QueryNode.Prefix p) {
      return field.equals(Fields.BODY) ? rankedPrefix(p) : prefix(field, p);
    } else if (node instanceof QueryNode.Filter f) {
      return filter(f);
    } else if (node instanceof QueryNode.Not n) {
      return new BooleanQuery.Builder()
          .add(CHUNKS, Occur.FILTER)
          .add(build(n.clause(), field, Occur.MUST), Occur.MUST_NOT)
          .build();
    } else if (node instanceof QueryNode.All all) {
      BooleanQuery.Builder and = new BooleanQuery.Builder();
      all.clauses().forEach(c -> and.add(build(c, field, wordOccur), wordOccur));
      return and.build();
    }
    BooleanQuery.Builder or = new BooleanQuery.Builder();
    for (QueryNode clause : children(node)) {
      or.add(build(clause, field, Occur.MUST), Occur.SHOULD);
    }
    return or.build();
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
    return lookups.query(new Term(f.field(), code));
  }

  /**
   * All words of {@code text} on {@code field}, stop words dropped unless nothing else is left; a
   * word joined by hyphens ({@code e-commerce}, {@code anti-dumping}) is one word, its parts
   * adjacent, not two that may stand anywhere (the "e" of "(e)"). Two parties joined ({@code
   * EU-Japan}) stay two words: a passage names them apart ("the European Union and Japan").
   */
  private Query words(String field, String text, Occur occur) {
    Parted split = compounds(text);
    if (split.taken().isEmpty()) {
      return plainWords(field, text, occur, true);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    Query plain = plainWords(field, split.rest(), occur, false);
    if (plain instanceof BooleanQuery bool
        && bool.clauses().stream().allMatch(c -> c.getOccur() == occur)) {
      bool.clauses().forEach(all::add);
    } else if (plain != null) {
      all.add(plain, occur);
    }
    for (String compound : split.taken()) {
      // As a quoted phrase of one word: its parts side by side, or written as one word.
      Query phrase = phrase(field, compound, 0);
      if (phrase != null) {
        all.add(phrase, occur);
      }
    }
    BooleanQuery built = all.build();
    return built.clauses().isEmpty() ? null : built;
  }

  /** The most spellings of one quoted phrase searched: each word joined or parted doubles them. */
  private static final int MAX_PHRASE_SPELLINGS = 4;

  private static final Pattern TWO_PART_WORD = Pattern.compile("\\p{L}+-\\p{L}+");

  private static final Pattern CLOSED_WORD = Pattern.compile("\\p{L}{5,}");

  /**
   * The quoted phrase {@code text} on {@code field}, and the same words with a word written the
   * other way, with or without its hyphen: the index holds "anti-dumping" also as "antidumping" at
   * the place of "anti", so the one word ends a phrase where the text's first part stands, and
   * "antidumping duties" must also be asked as "anti-dumping duties" to find the words after it. A
   * closed word is parted where the texts have both parts and the whole ("anti", "dumping",
   * "antidumping"); a part that is no compound ("with-in the") would have to be written so to
   * match.
   */
  private Query phrase(String field, String text, int slop) {
    List<String> spellings = phraseSpellings(field, text);
    if (spellings.size() == 1) {
      return builder.createPhraseQuery(field, text, slop);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int added = 0;
    for (String spelling : spellings) {
      Query one = builder.createPhraseQuery(field, spelling, slop);
      if (one != null) {
        any.add(one, Occur.SHOULD);
        added++;
      }
    }
    return added == 0 ? null : any.build();
  }

  /**
   * {@code text} and its other spellings, each with one word written the other way, at most {@link
   * #MAX_PHRASE_SPELLINGS}.
   */
  private List<String> phraseSpellings(String field, String text) {
    List<String> words = List.of(text.strip().split("\\s+"));
    List<String> spellings = new ArrayList<>(List.of(text));
    for (int i = 0; i < words.size() && spellings.size() < MAX_PHRASE_SPELLINGS; i++) {
      String word = words.get(i);
      List<String> others =
          TWO_PART_WORD.matcher(word).matches()
              ? List.of(word.replace("-", ""))
              : CLOSED_WORD.matcher(word).matches() ? parted(field, word) : List.of();
      for (String other : others) {
        if (spellings.size() < MAX_PHRASE_SPELLINGS) {
          List<String> changed = new ArrayList<>(words);
          changed.set(i, other);
          spellings.add(String.join(" ", changed));
        }
      }
    }
    return spellings;
  }

  /**
   * {@code word} written with a hyphen after a prefix English hyphenates ({@link
   * HyphenatedPrefixes}: "anti-dumping"), where the texts hold both parts and the whole; or none.
   */
  private List<String> parted(String field, String word) {
    List<String> whole = Tokens.terms(textAnalyzer, field, word);
    if (whole.size() != 1 || !known(field, whole.get(0))) {
      return List.of();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    List<String> parted = new ArrayList<>();
    for (String rest : HyphenatedPrefixes.after(lower)) {
      int cut = word.length() - rest.length();
      List<String> first = Tokens.terms(textAnalyzer, field, word.substring(0, cut));
      List<String> second = Tokens.terms(textAnalyzer, field, word.substring(cut));
      if (first.size() == 1
          && second.size() == 1
          && known(field, first.get(0))
          && known(field, second.get(0))) {
        parted.add(word.substring(0, cut) + "-" + word.substring(cut));
      }
    }
    return parted;
  }

  private boolean known(String field, String term) {
    try {
      return reader.docFreq(new Term(field, term)) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The words joined by hyphens that {@link #words} searches as one ({@link Parted#taken}), and the
   * rest of {@code text}; kept, since one query asks for them on each field it searches.
   */
  private Parted compounds(String text) {
    if (!COMPOUND.matcher(text).find()) {
      return new Parted(List.of(), text);
    }
    Parted known = compoundsKept.get(text);
    return known != null ? known : compoundsKept.keep(text, compoundsFresh(text));
  }

  private Parted compoundsFresh(String text) {
    List<int[]> synonyms = synonymSpans(text);
    return Parted.of(
        text,
        COMPOUND.matcher(text),
        m ->
            labels.partiesNamedIn(m.group().replace('-', ' ')).size() < 2
                // "non-tariff barriers" is NTB as a whole, and "e-commerce" is "electronic
                // commerce": left whole, as typed, the synonym's phrases holding it together. A
                // synonym of a part only ("tariff", "EU") is an alternative at its place in the
                // compound's phrase: else "non" and "tariff" are found anywhere in a passage.
                && !notInside(synonyms, m.start(), m.end()));
  }

  /** Where in {@code text} its words have synonyms, as the query analysis finds them. */
  private List<int[]> synonymSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
          spans.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String reads no file
    }
    return spans;
  }

  /**
   * Whether a synonym's span overlaps {@code start}–{@code end} without lying inside it: it is the
   * whole of it or reaches outside it.
   */
  private static boolean notInside(List<int[]> spans, int start, int end) {
    return spans.stream()
        .anyMatch(
            span ->
                span[0] < end
                    && start < span[1]
                    && (span[0] < start || span[1] > end || span[0] == start && span[1] == end));
  }

  /**
   * The words of {@code text} on {@code field}, stop words dropped; when {@code stopsIfAlone}, stop
   * words alone are kept rather than nothing ({@code which} searches "which").
   */
  private Query plainWords(String field, String text, Occur occur, boolean stopsIfAlone) {
    Query query = builder.createBooleanQuery(field, text, occur);
    Set<String> stops = stopTermsIn(text);
    if (query instanceof TermQuery term && stops.contains(term.getTerm().text())) {
      return stopsIfAlone ? query : null;
    }
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    int count = 0;
    for (BooleanClause clause : bool.clauses()) {
      if (clause.getQuery() instanceof TermQuery term && stops.contains(term.getTerm().text())) {
        continue;
      }
      kept.add(clause);
      count++;
    }
    if (count == 0) {
      return stopsIfAlone ? query : null;
    }
    return kept.build();
  }

  private void addPositives(QueryNode node, String field, BooleanQuery.Builder marks) {
    if (node instanceof QueryNode.Words w) {
      addIfPresent(marks, words(field, w.text(), Occur.SHOULD));
    } else if (node instanceof QueryNode.Phrase p) {
      addIfPresent(marks, phrase(field, p.text(), p.slop()));
    } else if (node instanceof QueryNode.Prefix p) {
      marks.add(prefix(field, p), Occur.SHOULD);
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

  /**
   * The query's words as typed, analysed but not expanded, stop words left out; not the parts of a
   * word joined by hyphens, which a passage may hold apart.
   */
  private List<Term> literalTerms(String typed) {
    String words = compounds(typed).rest();
    Query query = literal.createBooleanQuery(Fields.TEXT, words, Occur.SHOULD);
    List<Query> parts = new ArrayList<>();
    if (query instanceof BooleanQuery bool) {
      bool.clauses().forEach(c -> parts.add(c.getQuery()));
    } else if (query != null) {
      parts.add(query);
    }
    Set<String> stops = stopTermsIn(words);
    List<Term> terms = new ArrayList<>();
    for (Query part : parts) {
      if (part instanceof TermQuery t && !stops.contains(t.getTerm().text())) {
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

  /**
   * The passages whose {@code field} holds a word starting with {@code prefix}: the index's terms
   * starting with it, and the terms of the words the documents write that start with it where those
   * terms do not. The terms are stems, and a word's stem can be shorter than what was typed:
   * "procurement" is indexed as "procur", which no term starting with "procure" finds; the words as
   * written (the spelling vocabulary) do. Such stems are few, each a term of its own, so the marks
   * name them. One score for all, as a prefix query gives.
   */
  private Query prefix(String field, QueryNode.Prefix prefix) {
    if (!prefix.joinedBefore().isEmpty()) {
      return joinedPrefix(field, prefix);
    }
    String typed = normalise(field, prefix.prefix());
    Query stems = new PrefixQuery(new Term(field, typed));
    List<String> shorter = shorterStems(prefix, typed);
    if (shorter.isEmpty()) {
      return stems;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder().add(stems, Occur.SHOULD);
    shorter.forEach(term -> any.add(new TermQuery(new Term(field, term)), Occur.SHOULD));
    return new ConstantScoreQuery(any.build());
  }

  /**
   * A prefix after words joined to it by hyphens ({@code anti-dump*}): those words, then one
   * starting with the prefix, adjacent and in order, as the hyphenated word is indexed.
   */
  private Query joinedPrefix(String field, QueryNode.Prefix prefix) {
    QueryNode.Prefix last = new QueryNode.Prefix(prefix.lastWord());
    String typed = normalise(field, last.prefix());
    List<Term> ends;
    try {
      ends = PrefixWords.terms(reader, field, typed, shorterStems(last, typed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> before = Tokens.terms(textAnalyzer, Fields.TEXT, prefix.joinedBefore());
    if (ends.isEmpty()) {
      return new MatchNoDocsQuery("no word starts with " + typed);
    }
    if (before.isEmpty()) {
      return prefix(field, last);
    }
    MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
    before.forEach(term -> phrase.add(new Term(field, term)));
    phrase.add(ends.toArray(Term[]::new));
    Query query = phrase.build();
    return statistics.wholeIndex() ? query : new ShardAlternatives(query, statistics);
  }

  /**
   * {@link #prefix} on the chunk's words and headings, scored by how often its own text says them
   * ({@link PrefixWords}): every passage it matches, those that say the words most first, and those
   * under a heading that says them, which do not, after them.
   */
  private Query rankedPrefix(QueryNode.Prefix prefix) {
    Query known = rankedPrefixKept.get(prefix);
    return known != null ? known : rankedPrefixKept.keep(prefix, rankedPrefixFresh(prefix));
  }

  private Query rankedPrefixFresh(QueryNode.Prefix prefix) {
    Query any = prefix(Fields.BODY, prefix);
    if (!prefix.joinedBefore().isEmpty()) {
      return any; // a phrase: it scores by itself
    }
    String typed = normalise(Fields.TEXT, prefix.prefix());
    Query ranking;
    try {
      ranking =
          PrefixWords.ranking(reader, Fields.TEXT, typed, shorterStems(prefix, typed), statistics);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ranking == null
        ? any
        : new BooleanQuery.Builder().add(any, Occur.FILTER).add(ranking, Occur.SHOULD).build();
  }

  /**
   * The stems of the written words starting with {@code prefix} that do not start with {@code
   * typed}, its own term; kept for the reader, as one search asks for them field by field (the
   * text's analysis is the same for every field) and the vocabulary changes only with the reader.
   */
  private List<String> shorterStems(QueryNode.Prefix prefix, String typed) {
    List<String> known = shorterStemsKept.get(typed);
    if (known != null) {
      return known;
    }
    Set<String> shorter = new TreeSet<>();
    for (String word : writtenWords(prefix)) {
      for (String term : Tokens.terms(textAnalyzer, Fields.TEXT, word)) {
        if (!term.startsWith(typed)) {
          shorter.add(term);
        }
      }
    }
    return shorterStemsKept.keep(typed, List.copyOf(shorter));
  }

  /**
   * The words of the spelling vocabulary starting with {@code prefix}, as the documents write them,
   * at most {@link PrefixBudget#MAX_WORDS}.
   */
  private List<String> writtenWords(QueryNode.Prefix prefix) {
    String start = normalise(Fields.SPELL, prefix.prefix());
    List<String> words = new ArrayList<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, Fields.SPELL);
      if (terms == null) {
        return words;
      }
      TermsEnum each = terms.iterator();
      if (each.seekCeil(new BytesRef(start)) == TermsEnum.SeekStatus.END) {
        return words;
      }
      for (BytesRef term = each.term();
          term != null && words.size() < PrefixBudget.MAX_WORDS;
          term = each.next()) {
        String word = term.utf8ToString();
        if (!word.startsWith(start)) {
          break;
        }
        words.add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** The index term a prefix of the chunk text starts with, as {@link #matching} searches it. */
  String prefixTerm(QueryNode.Prefix prefix) {
    return normalise(Fields.BODY, prefix.lastWord());
  }

  /** The reader these queries weigh words over. */
  IndexReader reader() {
    return reader;
  }

  private String normalise(String field, String text) {
    return analyzer.normalize(field, text).utf8ToString();
  }

  /** How many words of {@code text} are not stop words, as the text analysis sees them. */
  private int contentWords(String text) {
    Set<String> stops = stopTermsIn(text);
    return (int) analyse(text).stream().filter(t -> !stops.contains(t)).count();
  }

  /**
   * The terms of the stop words typed in {@code text}: only of those typed, since a word can stem
   * as a stop word does ("owned" as "own") without being one. An emoji, or any token without a
   * letter or digit, is one too: pasted beside words, it is no word a passage must hold.
   */
  private Set<String> stopTermsIn(String text) {
    Set<String> terms = new HashSet<>();
    for (String word : StopWords.typed(text)) {
      if (StopWords.isStopInQuery(word)) {
        terms.addAll(analyse(word));
      }
    }
    return terms;
  }

  private List<String> analyse(String text) {
    return Tokens.terms(textAnalyzer, Fields.TEXT, text);
  }
}
