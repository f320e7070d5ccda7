package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.TestIndexes;

/**
 * A refresh that cannot open the index (deleted, or its newest commit corrupt) under a running
 * server (issue 12 point 5): the last good reader goes on answering, health says why it is
 * degraded, the log says it once, and a good commit brings health back to ok.
 */
class DegradedIndexTest {
  @TempDir Path dir;
  Path index;
  Http http;
  PrintStream originalErr;
  ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws IOException {
    originalErr = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    http = Http.onSeedCorpus(dir);
    index = dir.resolve("index");
  }

  @AfterEach
  void stop() throws IOException {
    System.setErr(originalErr);
    http.close();
  }

  @Test
  void deletedIndexKeepsServingTheLastReaderAndSaysDegradedUntilItIsBack() throws Exception {
    try (Stream<Path> files = Files.walk(index)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    JsonNode health = awaitHealth("degraded");
    assertEquals("the index folder or one of its files is missing", health.get("reason").asText());
    assertEquals(3, health.get("documents").asInt());
    assertStillServes();
    Thread.sleep(2_500); // two more refreshes fail the same way: logged once all the same
    assertEquals(1, warnings(), log());

    TestIndexes.index(TestIndexes.SEED_CORPUS, index);
    health = awaitHealth("ok");
    assertFalse(health.has("reason"), health.toString());
    assertTrue(log().contains("the index can be read again"), log());
  }

  @Test
  void corruptNewestCommitKeepsServingTheLastReaderAndSaysDegradedUntilItIsGone() throws Exception {
    Path segments;
    try (Stream<Path> files = Files.list(index)) {
      segments =
          files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().get();
    }
    long generation = Long.parseLong(segments.getFileName().toString().substring(9), 36);
    byte[] bytes = Files.readAllBytes(segments);
    bytes[bytes.length / 2] ^= 0x55;
    Path newest = index.resolve("segments_" + Long.toString(generation + 1, 36));
    Files.write(newest, bytes);

    JsonNode health = awaitHealth("degraded");
    assertEquals(
        "the newest index commit is corrupt or in a format this version cannot read",
        health.get("reason").asText());
    assertStillServes();
    assertEquals(1, warnings(), log());

    Files.delete(newest);
    awaitHealth("ok");
  }

  private void assertStillServes() throws Exception {
    JsonNode search = http.json("/api/search?q=quantum");
    assertEquals(2, search.get("total").asInt(), search.toString());
    for (String path :
        List.of("/api/facets", "/api/documents", "/api/documents/" + TestIndexes.NEWS_A)) {
      assertEquals(200, http.get(path).statusCode(), path);
    }
  }

  private JsonNode awaitHealth(String status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode health = http.json("/api/health");
    while (!health.get("status").asText().equals(status) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      health = http.json("/api/health");
    }
    assertEquals(status, health.get("status").asText(), health + "\n" + log());
    return health;
  }

  private long warnings() {
    return log().lines().filter(l -> l.contains("WARN") && l.contains("LuceneBackend")).count();
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }
}
