package org.policysearch.solr;

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
   * The corpus's acronym definitions that bear on the query ({@code ACRONYM<tab>expansion}, in the
   * corpus table's order): a shard holds only its own documents' definitions.
   */
  static final String ACRONYM = "policy.acronym";

  /** The query whose words {@code [policy]} marks, encoded as {@code q} is. */
  static final String MARKS = "policy.marks";

  /** The query a hit's link carries. */
  static final String LINK = "policy.link";

  /**
   * What {@code [policy]} renders a document as: {@link #HIT}, {@link #CHUNK}, {@link #SUMMARY}.
   */
  static final String RENDER = "policy.render";

  static final String HIT = "hit";
  static final String CHUNK = "chunk";
  static final String SUMMARY = "summary";

  private PolicyParams() {}
}
