package org.policysearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds an indexed document's source file in the corpus folder, so that a reader can open the
 * original, under the corpus reader's rule for links.
 */
public final class SourceFiles {
  /** No corpus folder: no document's file is found (an index served without its corpus). */
  public static final SourceFiles NONE = new SourceFiles(null, CorpusReader.Links.INSIDE_CORPUS);

  private final Path corpus;
  private final CorpusReader.Links links;

  private SourceFiles(Path corpus, CorpusReader.Links links) {
    this.corpus = corpus;
    this.links = links;
  }

  /** The files of the corpus folder {@code corpus}, its links followed as {@code links} says. */
  public static SourceFiles in(Path corpus, CorpusReader.Links links) {
    return new SourceFiles(corpus.toAbsolutePath().normalize(), links);
  }

  /**
   * The regular file a document's {@code fileName} (its path relative to the corpus folder, as the
   * index stores it) names, with the format it was read in; empty when there is none, when the name
   * leads out of the folder, or through a link out of it that the reader would not have followed.
   */
  public Optional<Found> find(String fileName) {
    if (corpus == null || fileName == null || fileName.isEmpty()) {
      return Optional.empty();
    }
    Path path;
    try {
      path = corpus.resolve(fileName).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    // The name comes from the index, not from a request; an index built elsewhere could still
    // hold any name, and only the corpus folder's files are handed out.
    if (!path.startsWith(corpus) || path.equals(corpus) || !Files.isRegularFile(path)) {
      return Optional.empty();
    }
    Optional<SourceFormat> format = SourceFormat.of(path);
    if (format.isEmpty() || !inside(path)) {
      return Optional.empty();
    }
    return Optional.of(new Found(path, format.get()));
  }

  private boolean inside(Path path) {
    try {
      return !CorpusReader.leadsOutside(path, corpus.toRealPath(), links);
    } catch (IOException e) {
      return false;
    }
  }

  /** A document's source file and the format it is read in. */
  public record Found(Path path, SourceFormat format) {}
}
