package org.policysearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the chunks of the bench's index into a Solr core over HTTP: exported as JSON lines (see
 * {@link ChunkExport}), posted in batches to the core's update handler, committed once. Whatever
 * the core held before is deleted first.
 */
public final class SolrLoader {
  private static final int BATCH = 5_000;

  private SolrLoader() {}

  /**
   * Replaces the chunks of the core at {@code core} with those of the index at {@code indexDir}.
   */
  public static int load(Path indexDir, String core) throws IOException, InterruptedException {
    Path lines = Files.createTempFile("ps-bench-chunks", ".jsonl");
    try {
      ChunkExport.write(indexDir, lines);
      HttpClient client = HttpClient.newHttpClient();
      post(client, core + "/update", "{\"delete\":{\"query\":\"*:*\"}}");
      int loaded = 0;
      List<String> batch = new ArrayList<>();
      try (BufferedReader in = Files.newBufferedReader(lines, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          batch.add(line);
          if (batch.size() == BATCH) {
            loaded += send(client, core, batch);
          }
        }
      }
      loaded += send(client, core, batch);
      post(client, core + "/update?commit=true", "[]");
      return loaded;
    } finally {
      Files.deleteIfExists(lines);
    }
  }

  private static int send(HttpClient client, String core, List<String> batch)
      throws IOException, InterruptedException {
    int n = batch.size();
    if (n > 0) {
      post(client, core + "/update", "[" + String.join(",", batch) + "]");
      batch.clear();
    }
    return n;
  }

  private static void post(HttpClient client, String address, String json)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Solr answered " + response.statusCode() + ": " + response.body());
    }
  }
}
