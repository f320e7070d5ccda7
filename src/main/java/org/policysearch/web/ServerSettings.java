package org.policysearch.web;

import java.util.List;

/**
 * How the HTTP server guards itself: the host names it answers to besides its own address.
 *
 * @param allowedHosts names (a port, if given, is ignored) a request's {@code Host} may carry
 *     besides those of the address the server is bound to, as a reverse proxy or a DNS name in
 *     front of it sends them
 */
public record ServerSettings(List<String> allowedHosts) {
  /** Only the bound address's own names. */
  public static final ServerSettings DEFAULT = new ServerSettings(List.of());

  public ServerSettings {
    allowedHosts = List.copyOf(allowedHosts);
  }
}
