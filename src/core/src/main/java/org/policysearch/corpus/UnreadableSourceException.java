package org.policysearch.corpus;

/** Thrown when a file is not a usable document; the message is the reason shown to the user. */
public class UnreadableSourceException extends RuntimeException {
  public UnreadableSourceException(String reason) {
    super(reason);
  }

  public UnreadableSourceException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
