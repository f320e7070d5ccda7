package org.policysearch;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --corpus} and {@code --index} folders, shared by the commands that index. */
final class CorpusOptions {
  @Option(
      names = "--corpus",
      defaultValue = "corpus",
      description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(
      names = "--index",
      defaultValue = "index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;
}
