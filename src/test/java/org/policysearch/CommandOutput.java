package org.policysearch;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** What a command line run in-process printed, and its exit code. */
record CommandOutput(int exitCode, String out) {

  /** Runs {@code policy-search args…} as {@link Main} would, capturing standard output. */
  static CommandOutput run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      int code = new CommandLine(new Main()).execute(args);
      return new CommandOutput(code, buffer.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
