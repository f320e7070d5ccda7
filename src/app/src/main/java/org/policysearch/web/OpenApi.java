package org.policysearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.policysearch.search.Facet;

/**
 * The OpenAPI description of the JSON API: the resource beside this class, with one filter
 * parameter and one facet entry per facet, so that a new facet is described where it is defined.
 */
final class OpenApi {
  private OpenApi() {}

  /** The routes that read their search as /api/search does (JSON Pointer form). */
  private static final List<String> SEARCHING =
      List.of(
          "~1api~1export",
          "~1api~1matrix",
          "~1api~1network",
          "~1api~1timeline",
          "~1api~1feed.atom");

  /**
   * Adds to a route's {@code parameters} the filters of {@code search}'s it lacks (each facet, the
   * period and the parties), after its {@code q}: the route applies them as the search does.
   */
  private static void describeSearchIn(ArrayNode parameters, ArrayNode search) {
    int at = 0;
    while (at < parameters.size() && !"q".equals(parameters.get(at).path("name").asText())) {
      at++;
    }
    at = Math.min(at + 1, parameters.size());
    for (int i = 0; i < search.size(); i++) {
      String name = search.get(i).path("name").asText();
      boolean filter =
          !List.of("q", "page", "size", "sort", "explain", "correct", "fold", "group")
              .contains(name);
      boolean present = false;
      for (int j = 0; j < parameters.size(); j++) {
        present |= name.equals(parameters.get(j).path("name").asText());
      }
      if (filter && !present) {
        parameters.insert(at++, search.get(i).deepCopy());
      }
    }
  }

  static String document(List<Facet> facets) {
    ObjectMapper json = new ObjectMapper();
    try (InputStream in =
        Objects.requireNonNull(OpenApi.class.getResourceAsStream("openapi.json"), "openapi.json")) {
      ObjectNode root = (ObjectNode) json.readTree(in);
      ArrayNode parameters = (ArrayNode) root.at("/paths/~1api~1search/get/parameters");
      ObjectNode counts = (ObjectNode) root.at("/components/schemas/Facets");
      ObjectNode properties = counts.putObject("properties");
      int at = 1; // after q
      for (Facet facet : facets) {
        ObjectNode parameter = json.createObjectNode();
        parameter.put("name", facet.name());
        parameter.put("in", "query");
        parameter.putObject("schema").put("type", "array").putObject("items").put("type", "string");
        parameter.put("style", "form");
        parameter.put("explode", true);
        parameter.put(
            "description",
            facet.heading()
                + " filter: codes or names of its values; several are OR'ed, facets AND'ed"
                + " (also typed in the query as "
                + facet.name()
                + ":value).");
        parameters.insert(at++, parameter);
        ObjectNode values = properties.putObject(facet.name());
        values.put("description", facet.heading() + ": its values with their counts.");
        values.put("type", "array");
        values.putObject("items").put("$ref", "#/components/schemas/FacetValue");
      }
      for (String path : SEARCHING) {
        describeSearchIn((ArrayNode) root.at("/paths/" + path + "/get/parameters"), parameters);
      }
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
