package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code serve} as its own process, as a user would, and stops it with SIGTERM. */
class ServeCommandTest {
  private static final Pattern BANNER = Pattern.compile("serving (http://[^/]+/)");

  @TempDir Path tmp;

  @Test
  void serveIndexesThenAnswersAndStopsCleanlyOnSigterm() throws Exception {
    Path log = tmp.resolve("serve.log");
    Process server =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "serve",
                    "--port",
                    "0",
                    "--corpus",
                    "corpus",
                    "--index",
                    tmp.resolve("index").toString()))
            .redirectError(log.toFile())
            .start();
    try {
      String base = awaitBanner(server);
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "api/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertEquals("{\"status\":\"ok\",\"documents\":3,\"chunks\":72}", health.body());

      server.destroy(); // SIGTERM
      assertTrue(server.waitFor(20, TimeUnit.SECONDS), "stopped after SIGTERM");
      String errors = Files.readString(log, StandardCharsets.UTF_8);
      assertFalse(errors.contains("Exception"), errors);
    } finally {
      server.destroyForcibly();
    }
  }

  @Test
  void allowedHostIsRepeatable() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve)
        .parseArgs("--allowed-host", "search.example.org", "--allowed-host", "search.internal");
    assertEquals(List.of("search.example.org", "search.internal"), serve.settings().allowedHosts());
    assertEquals(List.of(), new ServeCommand().settings().allowedHosts());
  }

  private static String awaitBanner(Process server) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher banner = BANNER.matcher(line);
      if (banner.find()) {
        return banner.group(1);
      }
    }
    throw new AssertionError("no banner; output was:\n" + seen);
  }
}
