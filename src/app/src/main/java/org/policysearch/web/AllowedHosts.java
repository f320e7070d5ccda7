package org.policysearch.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.HostPort;

/**
 * The names a request's {@code Host} header may carry: those of the address the server is bound to,
 * and those configured.
 *
 * <p>A DNS-rebinding page is served under the attacker's own name, pointed at this server after it
 * loaded, so the visitor's browser sends that name as {@code Host}; refusing names the server does
 * not know keeps such a page from reading the API. The port is not compared: a rebinding page has
 * to use the server's own port anyway, and a reverse proxy may send its own.
 *
 * <ul>
 *   <li>Bound to a loopback address: that address, {@code localhost}, {@code 127.0.0.1} and {@code
 *       [::1]}.
 *   <li>Bound to another address or name: that address or name.
 *   <li>Bound to every interface ({@code 0.0.0.0}, {@code ::}): {@code localhost} and any IP
 *       address, since a browser sends an address as {@code Host} only for a page whose own address
 *       is that address, which no rebinding page has; a name only when configured, since the server
 *       cannot tell which names point at it.
 * </ul>
 */
final class AllowedHosts {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+\\]");
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

  private final Set<String> names;
  private final boolean anyAddress;

  private AllowedHosts(Set<String> names, boolean anyAddress) {
    this.names = Set.copyOf(names);
    this.anyAddress = anyAddress;
  }

  /** For a server bound to {@code bound} (null or blank: every interface), plus {@code extra}. */
  static AllowedHosts of(String bound, List<String> extra) {
    Set<String> names = new HashSet<>();
    extra.forEach(name -> names.add(normalise(new HostPort(name.strip()).getHost()))); // no port
    String host = bound == null || bound.isBlank() ? "0.0.0.0" : normalise(bound);
    Optional<InetAddress> address = address(host);
    if (address.isPresent() && address.get().isAnyLocalAddress()) {
      names.add("localhost");
      return new AllowedHosts(names, true);
    }
    names.add(host);
    if (host.equals("localhost") || address.map(InetAddress::isLoopbackAddress).orElse(false)) {
      names.addAll(LOOPBACK);
    }
    return new AllowedHosts(names, false);
  }

  /** Whether a request whose {@code Host} header says {@code header} is for this server. */
  boolean allows(String header) {
    String host;
    try {
      host = normalise(new HostPort(header.strip()).getHost());
    } catch (IllegalArgumentException e) {
      return false; // not a host and port at all
    }
    return names.contains(host) || (anyAddress && address(host).isPresent());
  }

  /** Lower case, an IPv6 address in brackets, as a {@code Host} header writes it. */
  private static String normalise(String host) {
    return HostPort.normalizeHost(host.strip().toLowerCase(Locale.ROOT));
  }

  /** The address {@code host} writes literally; empty for a name (never looked up). */
  private static Optional<InetAddress> address(String host) {
    boolean v6 = IPV6.matcher(host).matches();
    if (!v6 && !IPV4.matcher(host).matches()) {
      return Optional.empty();
    }
    try {
      // A literal address: parsed, not resolved.
      return Optional.of(InetAddress.getByName(v6 ? host.substring(1, host.length() - 1) : host));
    } catch (UnknownHostException e) {
      return Optional.empty(); // 999.1.1.1 and the like
    }
  }
}
