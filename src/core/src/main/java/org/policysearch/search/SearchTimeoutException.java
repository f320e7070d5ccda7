package org.policysearch.search;

import java.time.Duration;

/**
 * A search stopped when its time budget ran out, rather than answered with the results found so
 * far: a partial count or page would pass for the whole answer.
 */
public class SearchTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The search given {@code budget} ran past it. */
  public SearchTimeoutException(Duration budget) {
    super(
        "The search took longer than its "
            + seconds(budget)
            + " and was stopped. Try fewer or longer prefixes, fewer words or phrases, or"
            + " explain=false.");
  }

  private static String seconds(Duration budget) {
    long millis = budget.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
