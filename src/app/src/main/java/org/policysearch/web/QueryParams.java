package org.policysearch.web;

import io.javalin.http.Context;
import org.policysearch.search.InvalidQueryException;

/** Reads the API's numeric query parameters, a bad value answered as a 400 naming it. */
final class QueryParams {
  private QueryParams() {}

  /** The whole number {@code name} gives, {@code fallback} when it is absent or blank. */
  static int integer(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidQueryException(name + " must be a whole number.");
    }
  }
}
