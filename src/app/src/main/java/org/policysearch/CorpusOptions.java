package org.policysearch;

import java.nio.file.Path;
import org.policysearch.corpus.CorpusReader;
import picocli.CommandLine.Option;

/**
 * The {@code --corpus} and {@code --index} folders and how the corpus is read, shared by the
 * commands that index.
 */
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

  @Option(
      names = "--follow-links",
      description =
          "Read symbolic links that lead outside the corpus folder (by default they are skipped).")
  boolean followLinks;

  CorpusReader.Links links() {
    return followLinks ? CorpusReader.Links.FOLLOW : CorpusReader.Links.INSIDE_CORPUS;
  }
}
