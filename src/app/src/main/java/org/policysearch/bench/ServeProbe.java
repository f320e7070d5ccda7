package org.policysearch.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.Main;

/**
 * Runs {@code serve} over an existing index in a JVM of its own with a given heap, as an operator
 * would start it, and measures the time from starting the process to its first answer, then a load.
 */
public final class ServeProbe {
  private static final Pattern BANNER = Pattern.compile("serving (http://[^/]+)/");
  private static final Duration START_LIMIT = Duration.ofSeconds(120);

  /**
   * What one heap gave.
   *
   * @param firstAnswerSeconds from starting the process to the first search answered, NaN if none
   * @param load the load at the probe's connections; null when the server never answered
   * @param survived whether the process was still running after the load (a full heap ends it)
   */
  public record Outcome(
      int heapMb, double firstAnswerSeconds, LoadDriver.Load load, boolean survived) {

    /** Served every request of the load, and lived through it. */
    public boolean clean() {
      return load != null && load.errors() == 0 && survived;
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * The class data sharing archive the build wrote beside the jar this runs from ({@code
   * policy-search.jsa} beside {@code policy-search.jar}); empty when run from classes, or built
   * without it.
   */
  static Optional<Path> sharedArchive() {
    String classPath = System.getProperty("java.class.path");
    if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
      return Optional.empty();
    }
    Path archive = Path.of(classPath.substring(0, classPath.length() - ".jar".length()) + ".jsa");
    return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
  }

  /**
   * Serves {@code indexDir} with {@code heapMb} MB of heap and loads it with {@code queries} at
   * {@code concurrency} connections for {@code duration}.
   */
  public Outcome run(
      Path indexDir, int heapMb, List<BenchQuery> queries, int concurrency, Duration duration)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m",
                // A full heap ends the process, which the probe reports, rather than leaving a
                // server that answers 500 for ever.
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--no-indexing",
                // No connection is turned away busy: the probe measures what the heap holds, not
                // the admission limits. Searches still run a few at a time, as the server's
                // default has it: all at once, each would take so long on a few cores that some
                // would run out of their time budget.
                "--queue-wait",
                "60",
                // Every request searched: answers kept for repeated searches would hold a cycle of
                // a hundred queries after its first lap, and the heap would never meet a search
                // again.
                "--result-cache",
                "0",
                "--port",
                "0",
                "--index",
                indexDir.toString()));
    // Started as the README starts serve: with the build's class data sharing archive, if any.
    sharedArchive().ifPresent(archive -> command.add(1, "-XX:SharedArchiveFile=" + archive));
    long start = System.nanoTime();
    Process server =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String base = banner(server);
      if (base == null) {
        return new Outcome(heapMb, Double.NaN, null, false);
      }
      double first = firstAnswer(base, queries.get(0), start);
      if (Double.isNaN(first)) {
        return new Outcome(heapMb, first, null, server.isAlive());
      }
      LoadDriver driver = new LoadDriver(client);
      // A second of the same load first, so the measured load meets compiled code.
      driver.run(LoadTarget.policySearch(base), queries, concurrency, Duration.ofSeconds(1));
      LoadDriver.Load load =
          driver.run(LoadTarget.policySearch(base), queries, concurrency, duration);
      return new Outcome(heapMb, first, load, server.isAlive());
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  /** The address the server prints once it listens; null if it ends or says nothing in time. */
  private static String banner(Process server) throws InterruptedException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> found =
        CompletableFuture.supplyAsync(
            () -> {
              List<String> seen = new ArrayList<>();
              try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  seen.add(line);
                  Matcher banner = BANNER.matcher(line);
                  if (banner.find()) {
                    return banner.group(1);
                  }
                }
              } catch (IOException e) {
                return null;
              }
              return null;
            });
    try {
      return found.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return null;
    }
  }

  /** Seconds from {@code start} to the first 200 answer to {@code query}; NaN if none in time. */
  private double firstAnswer(String base, BenchQuery query, long start)
      throws InterruptedException {
    URI uri = LoadTarget.policySearch(base).uri(query);
    long deadline = start + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> answer =
            client.send(
                HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return (System.nanoTime() - start) / 1e9;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(10);
    }
    return Double.NaN;
  }
}
