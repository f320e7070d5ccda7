package org.policysearch.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a URI too long, a malformed request) as the API's JSON {@code {error,
 * message}} instead of Jetty's HTML page, which names the server and may echo the request.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final HttpField JSON =
      new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback cb) {
    response.getHeaders().put(JSON);
    response.write(true, ByteBuffer.wrap(body(code)), cb);
  }

  private static byte[] body(int status) {
    String reason = HttpStatus.getMessage(status);
    String code = reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    // Only fixed text: nothing from the request or the exception reaches the client.
    return ("{\"error\":\"" + code + "\",\"message\":\"" + reason + ".\"}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
