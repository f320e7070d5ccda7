package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which {@code Host} headers a server bound to each kind of address answers. */
class AllowedHostsTest {
  private static final List<String> HEADERS =
      List.of(
          "localhost",
          "127.0.0.1:7070",
          "[::1]",
          "192.168.1.5",
          "[fe80::1]:7070",
          "search.example.org",
          "evil.example",
          "localhost.evil.example",
          "999.1.1.1",
          "bad host");

  /** The headers of {@link #HEADERS} that {@code allowed} answers. */
  private static Map<String, Boolean> answered(AllowedHosts allowed) {
    Map<String, Boolean> answered = new TreeMap<>();
    HEADERS.forEach(h -> answered.put(h, allowed.allows(h)));
    return answered;
  }

  private static Map<String, Boolean> only(String... allowed) {
    Map<String, Boolean> expected = new TreeMap<>();
    HEADERS.forEach(h -> expected.put(h, List.of(allowed).contains(h)));
    return expected;
  }

  @Test
  void loopbackBindingAnswersLoopbackNamesOnly() {
    Map<String, Boolean> expected = only("localhost", "127.0.0.1:7070", "[::1]");
    assertEquals(expected, answered(AllowedHosts.of("127.0.0.1", List.of())));
    assertEquals(expected, answered(AllowedHosts.of("localhost", List.of())));
    assertEquals(expected, answered(AllowedHosts.of("::1", List.of())));
  }

  @Test
  void addressBindingAnswersThatAddressAndTheConfiguredNames() {
    assertEquals(
        only("192.168.1.5", "search.example.org"),
        answered(AllowedHosts.of("192.168.1.5", List.of("Search.Example.org:443"))));
  }

  @Test
  void everyInterfaceBindingAnswersAnyAddressLocalhostAndTheConfiguredNames() {
    Map<String, Boolean> expected =
        only(
            "localhost",
            "127.0.0.1:7070",
            "[::1]",
            "192.168.1.5",
            "[fe80::1]:7070",
            "search.example.org");
    List<String> names = List.of("search.example.org");
    assertEquals(expected, answered(AllowedHosts.of("0.0.0.0", names)));
    assertEquals(expected, answered(AllowedHosts.of("::", names)));
    assertEquals(expected, answered(AllowedHosts.of(null, names)));
  }
}
