package org.policysearch.solr;

import org.policysearch.index.Fields;

/** The request parameters the backend sends and the plugin reads, beside {@code q}. */
final class PolicyParams {
  /** Which tier of the query's results: a {@code SearchBackend.Tier} name. */
  static final String TIER = "policy.tier";

  /**
   * Which query of {@code q}: {@link #FIRST_PASS}, {@link #FULL} (with the ranking clauses), {@link
   * #COUNT} or {@link #RANKING}, as the embedded engine runs them.
   */
  static final String PART = "policy.part";

  static final String FIRST_PASS = "first";
  static final String FULL = "full";
  static final String COUNT = "count";
  static final String RANKING = "ranking";

  /**
   * The chunks that rank the passages shown under a document result and count its matching chunks,
   * whatever tier the document came from: asked of one page's documents.
   */
  static final String DOCUMENT_PASSAGES = "passages";

  /**
   * What {@link #FULL} and {@link #COUNT} select: chunks (absent) or {@link #DOCUMENTS}, the
   * documents' records, each scored by its best chunk.
   */
  static final String UNIT = "policy.unit";

  static final String DOCUMENTS = "documents";

  /**
   * The corpus's acronym definitions that bear on the query ({@code ACRONYM<tab>expansion}, in the
   * corpus table's order): a shard holds only its own documents' definitions.
   */
  static final String ACRONYM = "policy.acronym";

  /** The query whose words {@code [policy]} marks, encoded as {@code q} is. */
  static final String MARKS = "policy.marks";

  /**
   * Every document, carrying the words of the query that explains a hit's score (see {@code
   * ShardQueries.explained}): the main query of a rendering request with {@link #EXPLAIN}.
   */
  static final String EXPLAINED = "explained";

  /**
   * Whether {@code [policy]} explains each hit's score: with the collection's statistics only in
   * the main query phase (one pass, {@code distrib.singlePass}) of a request whose main query is
   * {@link #EXPLAINED}.
   */
  static final String EXPLAIN = "policy.explain";

  /** The query a hit's link carries. */
  static final String LINK = "policy.link";

  /**
   * What {@code [policy]} renders a document as: {@link #HIT}, {@link #CHUNK}, {@link #SUMMARY}, or
   * a record as {@link #DOCUMENT}.
   */
  static final String RENDER = "policy.render";

  static final String HIT = "hit";
  static final String CHUNK = "chunk";
  static final String SUMMARY = "summary";
  static final String DOCUMENT = "document";

  /** {@code [policy]} as the shard's counts for "did you mean" of {@link #SPELLING}'s query. */
  static final String SPELLING_COUNTS = "spelling";

  /** The query "did you mean" corrects. */
  static final String SPELLING = "policy.spelling";

  /**
   * Solr's {@code StatsCache.FIELDS_KEY}: the fields whose size every shard reports in the
   * statistics phase. A shard reports a field's document count and length only when it holds one of
   * the query's words in it, so without this a word on one shard only was weighed against that
   * shard's count of chunks (N = 43 of 72 for "space exploration" on the chunks' text).
   */
  static final String STATS_FIELDS = "solr.stats.fields";

  /** Every field the plugin's queries score: all of them counted over the whole collection. */
  static final String SCORED_FIELDS =
      String.join(
          "!",
          Fields.BODY,
          Fields.TEXT,
          Fields.TITLE,
          Fields.SECTION_PATH,
          Fields.DOC_TEXT,
          Fields.DOC_PARTIES,
          Fields.KIND,
          Fields.COUNTRY,
          Fields.SECTOR,
          Fields.TYPE,
          Fields.PUBLISHER,
          Fields.YEAR,
          Fields.COMMITMENT,
          Fields.PARTY);

  private PolicyParams() {}
}
