package org.policysearch.search;

import java.io.IOException;

/**
 * The engine behind the search could not be reached, or said it cannot serve now (a cluster whose
 * nodes are down): nothing is wrong with the request, and the same request may be answered later.
 */
public class SearchUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The engine could not answer, for {@code cause}, described in {@code message}. */
  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
