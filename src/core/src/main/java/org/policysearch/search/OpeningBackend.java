package org.policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A backend opened on a thread of its own, so that a server starts listening while the index opens:
 * on a large index, opening it (its readers and their per-reader state) and starting the web server
 * each take seconds of a cold JVM, and on two cores they need not take turns. Every call waits
 * until the backend is open, then answers from it; a backend that failed to open fails every call
 * with the reason it failed.
 */
public final class OpeningBackend implements SearchBackend {
  /** How a backend is opened: the slow part, run on the opening thread. */
  @FunctionalInterface
  public interface Opener {
    SearchBackend open() throws IOException;
  }

  private final CompletableFuture<SearchBackend> opening = new CompletableFuture<>();

  private OpeningBackend() {}

  /** Starts opening a backend with {@code opener} on a new thread named {@code name}. */
  public static OpeningBackend start(Opener opener, String name) {
    OpeningBackend backend = new OpeningBackend();
    Thread thread =
        new Thread(
            () -> {
              try {
                backend.opening.complete(opener.open());
              } catch (IOException | RuntimeException | Error e) {
                backend.opening.completeExceptionally(e);
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return backend;
  }

  /**
   * The open backend, once it is: waits for the opening thread.
   *
   * @throws IOException why it could not be opened
   */
  public SearchBackend opened() throws IOException {
    return Awaited.value(opening, "the index to open");
  }

  /** {@link #opened()} for the calls that declare no {@link IOException}. */
  private SearchBackend openedUnchecked() {
    try {
      return opened();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public View view() throws IOException {
    return opened().view();
  }

  @Override
  public View view(Duration budget) throws IOException {
    return opened().view(budget);
  }

  @Override
  public void refresh() throws IOException {
    opened().refresh();
  }

  @Override
  public Optional<String> degraded() {
    return openedUnchecked().degraded();
  }

  @Override
  public String engine() {
    return openedUnchecked().engine();
  }

  @Override
  public Optional<String> cluster() throws IOException {
    return opened().cluster();
  }

  /** Closes the backend once it is open; one that failed to open has nothing to close. */
  @Override
  public void close() throws IOException {
    SearchBackend backend;
    try {
      backend = opened();
    } catch (IOException | RuntimeException e) {
      return;
    }
    backend.close();
  }
}
