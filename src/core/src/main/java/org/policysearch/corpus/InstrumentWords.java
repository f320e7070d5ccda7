package org.policysearch.corpus;

/**
 * The words that name a kind of instrument ("agreement", "treaty", "memorandum"…), as one regular
 * expression alternation: what a title names and what "this …" in a body refers to, for every
 * reader of titles.
 */
public final class InstrumentWords {
  /** The alternation, without groups or flags: {@code agreement|treaty|…}, lower case. */
  public static final String ALTERNATION =
      "agreement|treaty|convention|protocol|memorandum|arrangement|accord|charter|declaration"
          + "|statement|decision";

  private InstrumentWords() {}
}
