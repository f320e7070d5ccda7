package org.policysearch.search;

/** A query or request parameter the engine cannot answer; the message is shown to the user. */
public class InvalidQueryException extends RuntimeException {
  public InvalidQueryException(String message) {
    super(message);
  }
}
