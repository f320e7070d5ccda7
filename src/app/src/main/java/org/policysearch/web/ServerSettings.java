package org.policysearch.web;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.util.HostPort;

/**
 * How the HTTP server guards itself: the host names it answers to besides its own address, how long
 * a client may take to send a request's line and headers, and what one search may cost.
 *
 * @param allowedHosts names (a port, if given, is ignored) a request's {@code Host} may carry
 *     besides those of the address the server is bound to, as a reverse proxy or a DNS name in
 *     front of it sends them
 * @param headerDeadline how long a connection may take to send a whole request head, from its
 *     opening or from the end of its previous answer, before it is closed
 * @param searchBudget how long one search may run before it is stopped and answered 503 timeout
 * @param concurrentSearches how many searches run at once; the others wait for one to finish
 * @param queueWait how long a search waits for its turn before it is answered 503 busy
 */
public record ServerSettings(
    List<String> allowedHosts,
    Duration headerDeadline,
    Duration searchBudget,
    int concurrentSearches,
    Duration queueWait) {
  /**
   * Long enough for any client on a slow link (a request head is a few hundred bytes), short enough
   * that a client trickling one header line every few seconds holds a connection for seconds, not
   * minutes; below Jetty's 30-second idle timeout, which such a client never triggers.
   */
  public static final Duration HEADER_DEADLINE = Duration.ofSeconds(15);

  /**
   * A hundred times a typical search (median 12 ms on 270,000 chunks, p99 47 ms), so only a query
   * built to be expensive meets it, and a user still gets an answer within a few seconds.
   */
  public static final Duration SEARCH_BUDGET = Duration.ofSeconds(2);

  /**
   * Two searches per core keep every core busy while one waits on the disk; more would only share
   * the cores thinner, slowing every search, the cheap ones behind a few expensive ones included.
   */
  public static final int CONCURRENT_SEARCHES = 2 * Runtime.getRuntime().availableProcessors();

  /**
   * Long enough to ride out a burst (a search takes tens of ms), short enough to say "busy" soon.
   */
  public static final Duration QUEUE_WAIT = Duration.ofSeconds(1);

  /** Only the bound address's own names, and the standard deadline and search limits. */
  public static final ServerSettings DEFAULT = new ServerSettings(List.of(), HEADER_DEADLINE);

  public ServerSettings {
    allowedHosts = List.copyOf(allowedHosts);
    for (String name : allowedHosts) {
      try {
        new HostPort(name.strip()); // a typo fails here, by name, not inside Jetty's start
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a host name: \"" + name + "\"", e);
      }
    }
    positive("headerDeadline", headerDeadline);
    positive("searchBudget", searchBudget);
    if (concurrentSearches < 1) {
      throw new IllegalArgumentException(
          "concurrentSearches must be 1 or more: " + concurrentSearches);
    }
    Objects.requireNonNull(queueWait);
    if (queueWait.isNegative()) {
      throw new IllegalArgumentException("queueWait must not be negative: " + queueWait);
    }
  }

  /** These host names and header deadline, with the standard search limits. */
  public ServerSettings(List<String> allowedHosts, Duration headerDeadline) {
    this(allowedHosts, headerDeadline, SEARCH_BUDGET, CONCURRENT_SEARCHES, QUEUE_WAIT);
  }

  /** These settings with other search limits. */
  public ServerSettings withSearchLimits(Duration budget, int concurrent, Duration wait) {
    return new ServerSettings(allowedHosts, headerDeadline, budget, concurrent, wait);
  }

  private static void positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
