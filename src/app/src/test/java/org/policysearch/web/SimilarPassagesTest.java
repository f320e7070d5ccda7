package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.TestIndexes;

/** "More like this passage" over real HTTP on the seed corpus. */
class SimilarPassagesTest {
  @RegisterExtension static final Http http = Http.onSeedCorpus();

  /** The words of five letters or more of {@code text}, lower-cased, without marks. */
  static Set<String> words(String text) {
    return Arrays.stream(
            text.replaceAll("</?mark>", "").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 5)
        .collect(Collectors.toSet());
  }

  @Test
  void similarPassagesComeFromOtherDocumentsBestFirst() throws Exception {
    // The news item's paragraph on the leaders' summit: the other news item retells it.
    String source = TestIndexes.NEWS_A + ":4";
    JsonNode chunk =
        http.json("/api/documents/" + TestIndexes.NEWS_A + "?from=4&size=1").get("chunks").get(0);
    assertEquals(source, chunk.get("chunkId").asText());

    HttpResponse<String> response = http.get("/api/similar/" + source + "?size=5");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode body = Http.parse(response.body());
    assertEquals(source, body.get("chunkId").asText());
    JsonNode hits = body.get("hits");
    assertTrue(hits.size() > 0 && hits.size() <= 5, hits.toString());
    float previous = Float.MAX_VALUE;
    for (JsonNode hit : hits) {
      assertNotEquals(TestIndexes.NEWS_A, hit.get("documentId").asText(), hit.toString());
      float score = (float) hit.get("score").asDouble();
      assertTrue(score <= previous, "ranked best first: " + hits);
      previous = score;
      assertTrue(
          hit.get("url")
              .asText()
              .startsWith("/?doc=" + hit.get("documentId").asText() + "&chunk="));
    }
    // Shaped as a search's hits, so the page renders both alike.
    JsonNode searchHit = http.json("/api/search?q=semiconductors").get("hits").get(0);
    assertEquals(ApiServerTest.fields(searchHit), ApiServerTest.fields(hits.get(0)));

    JsonNode top = hits.get(0);
    Set<String> shared = words(chunk.get("text").asText());
    shared.retainAll(words(top.get("text").asText()));
    assertTrue(shared.size() >= 3, "the best passage shares the source's words: " + shared);
    // The shared words are marked, as a search marks the query's.
    assertTrue(top.get("text").asText().contains("<mark>"), top.get("text").asText());
  }

  @Test
  void everyPassageOfTheSeedCorpusFindsItsLikeElsewhere() throws Exception {
    for (String source : List.of(TestIndexes.US_ROK + ":10", TestIndexes.NEWS_B + ":3")) {
      JsonNode hits = http.json("/api/similar/" + source).get("hits");
      assertFalse(hits.isEmpty(), source);
      String own = source.substring(0, source.indexOf(':'));
      hits.forEach(h -> assertNotEquals(own, h.get("documentId").asText()));
    }
  }

  @Test
  void aTemplateSentenceInManyAgreementsIsOneSimilarPassageNamingTheOthers(@TempDir Path dir)
      throws Exception {
    String template =
        "state enterprise means an enterprise owned, or controlled through ownership interests,"
            + " by a Party;";
    Map<String, String> files = new HashMap<>();
    files.put(
        "source.txt",
        "Article 17.1 Definitions\n\nnon-commercial assistance means assistance to a state"
            + " enterprise by virtue of its government ownership or control, where ownership"
            + " interests of a Party are held through the enterprise;\n");
    for (String name : List.of("alpha", "bravo", "charlie", "delta", "echo")) {
      files.put(
          name + ".txt",
          "Article 1 Definitions\n\n" + template + "\n\n" + name + " covers fisheries.\n");
      files.put(name + ".txt.meta.json", "{\"title\": \"Agreement " + name + "\"}");
    }
    // Another wording of the definition, which is a passage of its own.
    files.put(
        "foxtrot.txt",
        "Article 2 Terms\n\nA state enterprise is one in which a Party holds ownership interests"
            + " giving it control of the enterprise.\n");
    // Paragraphs on other things, so that the definition's words are rare enough to be asked for.
    StringBuilder other = new StringBuilder("Annex\n\n");
    for (int i = 0; i < 40; i++) {
      other.append("Paragraph ").append(i).append(" concerns forestry and tourism.\n\n");
    }
    files.put("other.txt", other.toString());
    try (Http agreements = Http.serving(TestIndexes.ofFiles(dir, files))) {
      JsonNode hits = agreements.json("/api/similar/source:1?size=10").get("hits");

      List<JsonNode> copies = new ArrayList<>();
      hits.forEach(
          hit -> {
            if (hit.get("text").asText().replaceAll("</?mark>", "").equals(template)) {
              copies.add(hit);
            }
          });
      assertEquals(1, copies.size(), "the template is listed once: " + hits);
      JsonNode copy = copies.get(0);
      Set<String> agreementsWithIt = new TreeSet<>(Set.of(copy.get("documentId").asText()));
      for (JsonNode same : copy.get("sameText")) {
        assertTrue(agreementsWithIt.add(same.get("documentId").asText()), same.toString());
        assertEquals(
            "Agreement " + same.get("documentId").asText(),
            same.get("title").asText(),
            same.toString());
        assertEquals(List.of("Article 1 Definitions"), strings(same.get("sectionPath")));
        assertFalse(same.get("nearly").asBoolean(), same.toString());
      }
      assertEquals(Set.of("alpha", "bravo", "charlie", "delta", "echo"), agreementsWithIt);
      // The other wording keeps a place of its own.
      assertTrue(
          hits.findValuesAsText("documentId").contains("foxtrot"), "another wording: " + hits);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  @Test
  void unknownPassageIs404() throws Exception {
    for (String unknown : List.of("no-such-document:3", TestIndexes.NEWS_A + ":99999")) {
      HttpResponse<String> response = http.get("/api/similar/" + unknown);
      assertEquals(404, response.statusCode(), unknown);
      assertTrue(Http.parse(response.body()).get("message").asText().contains(unknown));
    }
  }

  @Test
  void malformedIdOrSizeIs400() throws Exception {
    for (String bad :
        List.of(
            "/api/similar/NOT%20AN%20ID",
            "/api/similar/" + TestIndexes.NEWS_A,
            "/api/similar/" + TestIndexes.NEWS_A + ":x",
            "/api/similar/" + TestIndexes.NEWS_A + ":4?size=0",
            "/api/similar/" + TestIndexes.NEWS_A + ":4?size=51",
            "/api/similar/" + TestIndexes.NEWS_A + ":4?size=ten")) {
      HttpResponse<String> response = http.get(bad);
      assertEquals(400, response.statusCode(), bad);
      assertFalse(Http.parse(response.body()).get("message").asText().isBlank(), bad);
    }
  }
}
