package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policysearch.search.TestIndexes;

/**
 * Hostile and malformed queries and parameters: each gets a sensible reading (200) or a JSON {@code
 * {error, message}} (4xx); never a 500, a stack trace or a file path.
 */
class HostileRequestTest {
  @RegisterExtension static final Http http = Http.onSeedCorpus();

  /** Expected status and the query string as sent (already percent-encoded). */
  static Stream<Arguments> requests() {
    String longQuery = "a".repeat(10_000);
    String hundredWords =
        IntStream.range(0, 100).mapToObj(i -> "word" + i).collect(Collectors.joining("+"));
    String manyOrs =
        IntStream.range(0, 70).mapToObj(i -> "w" + i).collect(Collectors.joining("+OR+"));
    return Stream.of(
        Arguments.of(200, "q=%22supply+chain"), // unclosed quote runs to the end
        Arguments.of(200, "q=(quantum+OR+space"), // unclosed parenthesis
        Arguments.of(200, "q=quantum))"), // unopened parenthesis
        Arguments.of(400, "q=OR"),
        Arguments.of(400, "q=-"),
        Arguments.of(400, "q=("),
        Arguments.of(400, "q=((((("),
        Arguments.of(400, "q=%22%22%22"),
        Arguments.of(400, "q=OR+OR+-+("),
        Arguments.of(400, "q=" + longQuery), // too long: bounded, and said so
        Arguments.of(200, "q=" + hundredWords), // 100 words: relaxed at worst
        Arguments.of(400, "q=" + manyOrs), // more clauses than allowed
        Arguments.of(200, "q=quantum%01%07%1B%7F"), // control characters
        Arguments.of(400, "q=%00"),
        Arguments.of(200, "q=%F0%9F%98%80+%F0%9F%87%B0%F0%9F%87%B7"), // emoji
        Arguments.of(200, "q=%E2%80%AEquantum%EF%BB%BF"), // right-to-left override, BOM
        Arguments.of(200, "q=%ED%A0%80"), // a lone surrogate: not valid UTF-8
        Arguments.of(200, "q=title:/.*/"),
        Arguments.of(200, "q=a~10"),
        Arguments.of(200, "q=%22~5"), // a proximity whose phrase's words were deleted
        Arguments.of(200, "q=tariff+%22~5%22"),
        Arguments.of(200, "q=%22~0"),
        Arguments.of(200, "q=*:*"),
        Arguments.of(200, "q=*"),
        Arguments.of(200, "q=field:[a+TO+z]"),
        Arguments.of(200, "q=%5C"),
        Arguments.of(200, "q=%5C%5C%22"),
        Arguments.of(200, "q=%27+OR+1%3D1+--"), // SQL-ish
        Arguments.of(200, "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        Arguments.of(200, "q=semicond*"),
        Arguments.of(200, "q=a*"), // too short for a prefix: the word "a"
        Arguments.of(200, "q=c*+co*+con*"),
        Arguments.of(200, "q=a:b:c"),
        Arguments.of(400, "q=country:Narnia"),
        Arguments.of(400, "q=sector:"),
        Arguments.of(400, "q=country:(KR)"), // a field over a group: said how to write it
        Arguments.of(200, "q=country:+quantum"),
        Arguments.of(400, "q=title:%28"),
        Arguments.of(200, "q=country:IT+OR"),
        Arguments.of(200, "q=country:KR+OR+country:IT"), // filters in a group: passages only
        Arguments.of(200, "q=quantum+OR+sector:ai"),
        Arguments.of(200, "q=-quantum+OR+country:IT"),
        Arguments.of(400, "q=trade&fold=maybe"), // a yes or no that is neither
        Arguments.of(400, "q=trade&explain=yes"),
        Arguments.of(400, "q=trade&correct=0"),
        Arguments.of(200, "q=trade&fold=FALSE&explain=true&correct=false"),
        Arguments.of(400, "q=%22trade+rules%22~99999999999"), // too wide, however many digits
        Arguments.of(200, "country="), // an empty selection is no selection
        Arguments.of(400, "country=Narnia"),
        Arguments.of(400, "sector=xyz"),
        Arguments.of(400, "year=abcd"),
        Arguments.of(200, "foo=bar"), // unknown parameters are ignored
        Arguments.of(400, "page=0"),
        Arguments.of(400, "page=abc"),
        Arguments.of(400, "page=99999999999"),
        Arguments.of(400, "size=1000"),
        Arguments.of(400, "size=-1"),
        Arguments.of(400, "size=0"),
        Arguments.of(400, "page=2000&size=10"), // past the first 10,000 results
        Arguments.of(400, "page=101&size=100"),
        Arguments.of(200, "page=100&size=100"),
        Arguments.of(400, "sort=sideways"),
        Arguments.of(200, "sort=DATE&q=AI"),
        Arguments.of(400, "q=quantum&explain=maybe"));
  }

  @ParameterizedTest(name = "{1} → {0}")
  @MethodSource("requests")
  void everyRequestGetsAnAnswer(int status, String query) throws Exception {
    HttpResponse<String> response = http.get("/api/search?" + query);
    String body = response.body();
    assertEquals(status, response.statusCode(), body);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode json = Http.parse(body);
    if (status >= 400) {
      Set<String> fields = new TreeSet<>();
      json.fieldNames().forEachRemaining(fields::add);
      assertEquals(Set.of("error", "message"), fields);
      assertFalse(json.get("message").asText().isBlank());
    } else {
      assertTrue(json.get("total").asLong() >= 0);
    }
    for (String leak : List.of("Exception", "\tat ", ".java", "/work/", "/tmp/", "org.apache")) {
      assertFalse(body.contains(leak), leak + " in " + body);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherEndpoints")
  void otherEndpointsAnswerJsonToo(String path, int status) throws Exception {
    HttpResponse<String> response = http.get(path);
    assertEquals(status, response.statusCode(), response.body());
    JsonNode json = Http.parse(response.body());
    if (status >= 400) {
      assertTrue(json.has("error") && json.has("message"), response.body());
    }
    assertFalse(response.body().contains("Exception"), response.body());
  }

  static Stream<Arguments> otherEndpoints() {
    return Stream.of(
        Arguments.of("/api/documents/..%2F..%2Fetc%2Fpasswd", 404),
        Arguments.of("/api/documents/%00", 400),
        Arguments.of("/api/documents/" + TestIndexes.NEWS_A + "?q=OR", 200),
        Arguments.of("/api/documents/" + TestIndexes.NEWS_A + "?q=%22", 200),
        Arguments.of("/api/documents/" + TestIndexes.NEWS_A + "?q=" + "b".repeat(2000), 400),
        Arguments.of("/api/search/extra", 404),
        Arguments.of("/api/", 404),
        Arguments.of("/api/search?q=" + "%F0%9F%98%80".repeat(10_000), 414));
  }
}
