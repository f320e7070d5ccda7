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

  static String document(List<Facet> facets) {
    ObjectMapper json = new ObjectMapper();
    try (InputStream in =
        Objects.requireNonNull(OpenApi.class.getResourceAsStream("openapi.json"), "openapi.json")) {
      ObjectNode root = (ObjectNode) json.readTree(in);
      ArrayNode parameters = (ArrayNode) root.at("/paths/~1api~1search/get/parameters");
      // The feed reads its search as /api/search does: the same filters.
      ArrayNode feed = (ArrayNode) root.at("/paths/~1api~1feed.atom/get/parameters");
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
        parameters.insert(at, parameter);
        feed.insert(at++, parameter.deepCopy());
        ObjectNode values = properties.putObject(facet.name());
        values.put("description", facet.heading() + ": its values with their counts.");
        values.put("type", "array");
        values.putObject("items").put("$ref", "#/components/schemas/FacetValue");
      }
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
