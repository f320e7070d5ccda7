package org.policysearch.web;

import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers 421 Misdirected Request, before any route or file, to a request whose {@code Host} is not
 * one of {@link AllowedHosts}: a DNS-rebinding page gets no answer it could read.
 */
final class HostCheck extends Handler.Wrapper {
  private static final Logger LOG = LoggerFactory.getLogger(HostCheck.class);

  static final String MESSAGE =
      "This server does not answer for the host name in the address; its operator can allow the"
          + " name with serve --allowed-host.";

  private final List<String> extra;
  private volatile AllowedHosts allowed;

  HostCheck(List<String> extra) {
    this.extra = List.copyOf(extra);
  }

  @Override
  protected void doStart() throws Exception {
    // The connector is configured (not yet listening) when the handlers start: its host is known.
    String bound = null;
    for (Connector connector : getServer().getConnectors()) {
      if (connector instanceof NetworkConnector network) {
        bound = network.getHost();
        break;
      }
    }
    allowed = AllowedHosts.of(bound, extra);
    super.doStart();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String host = request.getHeaders().get(HttpHeader.HOST);
    // No Host at all is HTTP/1.0 (Jetty refuses HTTP/1.1 without one); no browser sends that.
    if (host == null || allowed.allows(host)) {
      return super.handle(request, response, callback);
    }
    LOG.info("{} {} 421 (Host {})", request.getMethod(), request.getHttpURI().getPath(), host);
    response.setStatus(421);
    JsonErrorHandler.write(response, callback, MESSAGE);
    return true;
  }
}
