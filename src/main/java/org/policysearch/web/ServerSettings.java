package org.policysearch.web;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.util.HostPort;

/**
 * How the HTTP server guards itself: the host names it answers to besides its own address, and how
 * long a client may take to send a request's line and headers.
 *
 * @param allowedHosts names (a port, if given, is ignored) a request's {@code Host} may carry
 *     besides those of the address the server is bound to, as a reverse proxy or a DNS name in
 *     front of it sends them
 * @param headerDeadline how long a connection may take to send a whole request head, from its
 *     opening or from the end of its previous answer, before it is closed
 */
public record ServerSettings(List<String> allowedHosts, Duration headerDeadline) {
  /**
   * Long enough for any client on a slow link (a request head is a few hundred bytes), short enough
   * that a client trickling one header line every few seconds holds a connection for seconds, not
   * minutes; below Jetty's 30-second idle timeout, which such a client never triggers.
   */
  public static final Duration HEADER_DEADLINE = Duration.ofSeconds(15);

  /** Only the bound address's own names, and the standard header deadline. */
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
    Objects.requireNonNull(headerDeadline);
    if (headerDeadline.isNegative() || headerDeadline.isZero()) {
      throw new IllegalArgumentException("headerDeadline must be positive: " + headerDeadline);
    }
  }
}
