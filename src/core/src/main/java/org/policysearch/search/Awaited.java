package org.policysearch.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The value of work done on another thread, with its failure rethrown as the caller's own. */
public final class Awaited {
  private Awaited() {}

  /**
   * Waits for {@code future} and returns its value; an {@link IOException}, runtime exception or
   * error it failed with is rethrown as it was, anything else wrapped in an {@link IOException}.
   *
   * @param awaiting what is waited for, to say what an interrupt interrupted
   */
  public static <T> T value(Future<T> future, String awaiting) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + awaiting);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }
}
