package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBytesTest {
  /** A value as an answer holds one: a name with letters beyond ASCII, and one value absent. */
  record Party(String name, String code, String date) {}

  @Test
  void answersAreUtf8JsonWithAbsentValuesLeftOut() throws IOException {
    JsonBytes json = new JsonBytes(ApiServer.jsonMapper());
    Party party = new Party("Côte d’Ivoire — “CI”", "CI", null);

    byte[] bytes;
    try (InputStream stream = json.toJsonStream(party, Party.class)) {
      bytes = stream.readAllBytes();
    }

    String expected = "{\"name\":\"Côte d’Ivoire — “CI”\",\"code\":\"CI\"}";
    assertEquals(expected, new String(bytes, StandardCharsets.UTF_8));
    assertEquals(expected, json.toJsonString(party, Party.class), "the same text either way");
  }
}
