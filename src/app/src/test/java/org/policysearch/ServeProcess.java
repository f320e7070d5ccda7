package org.policysearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve} running as its own process, as a user starts it, its standard output and error in
 * files, and the API it answers.
 */
final class ServeProcess implements AutoCloseable {
  private static final Pattern BANNER = Pattern.compile("serving (http://[^/]+/)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path out;
  private final Path err;
  private final String base;
  private final HttpClient client = HttpClient.newHttpClient();

  private ServeProcess(Process process, Path out, Path err, String base) {
    this.process = process;
    this.out = out;
    this.err = err;
    this.base = base;
  }

  /**
   * The command line that runs {@code serve} on a free port over {@code corpus} into {@code index},
   * in a JVM of its own on this test's class path, with {@code options} after.
   */
  static List<String> command(Path corpus, Path index, String... options) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--port",
                "0",
                "--corpus",
                corpus.toString(),
                "--index",
                index.toString()));
    command.addAll(List.of(options));
    return command;
  }

  /**
   * Starts {@code serve --port 0 --corpus corpus --index index options…}, logging into {@code
   * logs}, and returns once it says where it serves.
   */
  static ServeProcess start(Path corpus, Path index, Path logs, String... options)
      throws IOException, InterruptedException {
    Files.createDirectories(logs);
    Path out = logs.resolve("serve.out");
    Path err = logs.resolve("serve.err");
    Process process =
        new ProcessBuilder(command(corpus, index, options))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Matcher banner = BANNER.matcher(Files.readString(out, StandardCharsets.UTF_8));
      if (banner.find()) {
        return new ServeProcess(process, out, err, banner.group(1));
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new AssertionError(
        "no banner; output was:\n"
            + Files.readString(out, StandardCharsets.UTF_8)
            + Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The answer to {@code GET path} (with its query), which must be 200, as JSON. */
  JsonNode json(String path) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new AssertionError(answer.statusCode() + " for " + path + ": " + answer.body());
    }
    return JSON.readTree(answer.body());
  }

  /** The status {@code GET path} is answered with, whatever it is. */
  int status(String path) throws IOException, InterruptedException {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** Whether the server process is still running. */
  boolean alive() {
    return process.isAlive();
  }

  /** How many passages {@code /api/search} finds for {@code query}. */
  long total(String query) throws IOException, InterruptedException {
    return json("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
        .get("total")
        .asLong();
  }

  /** The ids of the documents {@code /api/documents} lists, in its order. */
  List<String> documents() throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    json("/api/documents").forEach(document -> ids.add(document.get("id").asText()));
    return ids;
  }

  /** What the server has printed on standard output so far. */
  String output() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** What the server has logged on standard error so far. */
  String log() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM, as Ctrl-C would
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
