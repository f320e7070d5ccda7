package org.policysearch.web;

import io.javalin.http.Context;
import org.policysearch.search.InvalidQueryException;

/**
 * Reads the API's numeric and yes-or-no query parameters, a bad value answered as a 400 naming it.
 */
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

  /**
   * Whether {@code name} says true or false, {@code fallback} when it is absent or blank: a typo
   * ({@code fold=flase}) read as the default would answer another question than the one asked.
   */
  static boolean yesOrNo(Context ctx, String name, boolean fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidQueryException(name + " must be true or false.");
    };
  }
}
