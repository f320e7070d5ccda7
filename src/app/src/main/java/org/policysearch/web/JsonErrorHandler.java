package org.policysearch.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
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
    // Only fixed text: nothing from the request or the exception reaches the client.
    write(response, cb, HttpStatus.getMessage(code) + ".");
  }

  /**
   * Writes {@code message} as the JSON error body of the status already set on {@code response},
   * with the headers every answer carries: Jetty answers some requests before any handler of ours
   * runs, and those answers too must not be framed, sniffed or leak a referrer.
   */
  static void write(Response response, Callback callback, String message) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(JSON);
    ApiServer.SECURITY_HEADERS.forEach(headers::put);
    String code =
        HttpStatus.getMessage(response.getStatus())
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "_");
    String body =
        "{\"error\":\""
            + code
            + "\",\"message\":\""
            + new String(JsonStringEncoder.getInstance().quoteAsString(message))
            + "\"}";
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
