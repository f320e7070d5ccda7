package org.policysearch.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.policysearch.search.QueryNode;

/**
 * A parsed query as the text of a request parameter and back: the backend sends the query the
 * service has already parsed and stripped of its facet filters (or corrected), so the shards search
 * exactly that query rather than parse the user's text again.
 */
final class QueryNodes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QueryNodes() {}

  /** {@code node} as JSON; "null" for no query. */
  static String encode(QueryNode node) {
    return node == null ? "null" : tree(node).toString();
  }

  /** The query {@link #encode} wrote; null for "null". */
  static QueryNode decode(String text) {
    try {
      JsonNode tree = JSON.readTree(text);
      return tree == null || tree.isNull() ? null : node(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an encoded query: " + text, e);
    }
  }

  private static JsonNode tree(QueryNode node) {
    ObjectNode out = JSON.createObjectNode();
    if (node instanceof QueryNode.Words w) {
      out.put("words", w.text());
    } else if (node instanceof QueryNode.Prefix p) {
      out.put("prefix", p.prefix());
    } else if (node instanceof QueryNode.Phrase p) {
      out.put("phrase", p.text());
      if (p.slop() > 0) {
        out.put("slop", p.slop());
      }
    } else if (node instanceof QueryNode.Filter f) {
      out.putArray("filter").add(f.field()).add(f.value()).add(f.quoted());
    } else if (node instanceof QueryNode.Not n) {
      out.set("not", tree(n.clause()));
    } else if (node instanceof QueryNode.All all) {
      ArrayNode clauses = out.putArray("all");
      all.clauses().forEach(c -> clauses.add(tree(c)));
    } else if (node instanceof QueryNode.Any any) {
      ArrayNode clauses = out.putArray("any");
      any.clauses().forEach(c -> clauses.add(tree(c)));
    }
    return out;
  }

  private static QueryNode node(JsonNode tree) {
    String kind = tree.fieldNames().next();
    JsonNode value = tree.get(kind);
    return switch (kind) {
      case "words" -> new QueryNode.Words(value.asText());
      case "prefix" -> new QueryNode.Prefix(value.asText());
      case "phrase" -> new QueryNode.Phrase(value.asText(), tree.path("slop").asInt(0));
      case "filter" ->
          new QueryNode.Filter(
              value.get(0).asText(), value.get(1).asText(), value.get(2).asBoolean());
      case "not" -> new QueryNode.Not(node(value));
      case "all" -> new QueryNode.All(clauses(value));
      case "any" -> new QueryNode.Any(clauses(value));
      default -> throw new IllegalArgumentException("unknown query clause " + kind);
    };
  }

  private static List<QueryNode> clauses(JsonNode array) {
    List<QueryNode> clauses = new ArrayList<>();
    array.forEach(c -> clauses.add(node(c)));
    return clauses;
  }
}
