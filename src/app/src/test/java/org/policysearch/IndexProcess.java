package org.policysearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code policy-search index} in a JVM of its own, as a user's shell would. */
final class IndexProcess {
  private IndexProcess() {}

  /**
   * Starts {@code index --corpus corpus --index index} in a new JVM given {@code jvmOptions} (such
   * as {@code -Xmx256m}), its standard output and error both written to {@code log}.
   */
  static Process start(Path corpus, Path index, Path log, String... jvmOptions) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "index",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
