package org.policysearch.search;

import java.util.List;

/** The parsed form of a user's query, before it becomes a Lucene query. */
public sealed interface QueryNode {

  /** Plain words typed next to each other; analysed together so multi-word synonyms apply. */
  record Words(String text) implements QueryNode {}

  /**
   * A word ending in {@code *}: every word starting with {@code prefix}; after words joined to it
   * by hyphens ({@code anti-dump*}), those words right before it.
   */
  record Prefix(String prefix) implements QueryNode {
    /** The word the star ends: {@code dump} of {@code anti-dump*}, all of {@code semicond*}. */
    public String lastWord() {
      return prefix.substring(prefix.lastIndexOf('-') + 1);
    }

    /** The words joined to it by hyphens, as words: {@code anti} of {@code anti-dump*}; or "". */
    public String joinedBefore() {
      int hyphen = prefix.lastIndexOf('-');
      return hyphen < 0 ? "" : prefix.substring(0, hyphen).replace('-', ' ');
    }
  }

  /**
   * A {@code "quoted phrase"}: its words adjacent and in order; with a {@code slop} ({@code
   * "critical minerals Australia"~10}), its words within that many moves of that order (a word
   * apart costs one move, two words swapped two).
   */
  record Phrase(String text, int slop) implements QueryNode {
    /** Its words adjacent and in order. */
    public Phrase(String text) {
      this(text, 0);
    }
  }

  /** {@code field:value}: a facet filter (country, sector, type) or a title search. */
  record Filter(String field, String value, boolean quoted) implements QueryNode {}

  /** {@code -clause}: results must not match it. */
  record Not(QueryNode clause) implements QueryNode {}

  /** Every clause must match. */
  record All(List<QueryNode> clauses) implements QueryNode {
    public All {
      clauses = List.copyOf(clauses);
    }
  }

  /** At least one clause must match ({@code OR}). */
  record Any(List<QueryNode> clauses) implements QueryNode {
    public Any {
      clauses = List.copyOf(clauses);
    }
  }
}
