package org.policysearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.apache.solr.common.SolrException;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.PrintableText;
import org.policysearch.corpus.SkippedFile;
import org.policysearch.index.IndexLockedException;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.Indexer;
import org.policysearch.index.ReportedSkips;
import org.policysearch.solr.SolrChunkSink;
import org.policysearch.solr.SolrCollection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code index}: brings the index in line with the corpus folder and prints a summary. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Index the corpus folder (only new, changed and deleted files are touched).")
final class IndexCommand implements Callable<Integer> {
  @Mixin CorpusOptions folders;

  @Mixin BackendOptions backend;

  @Override
  public Integer call() throws Exception {
    try {
      IndexSummary summary;
      if (backend.solr()) {
        try (SolrCollection collection = backend.collection()) {
          summary = run(Engine.create(), folders, collection);
        } catch (IllegalArgumentException | IOException | UncheckedIOException | SolrException e) {
          System.err.println(backend.failed(e));
          return 1;
        }
      } else {
        summary = run(Engine.create(), folders);
      }
      return summary.documents() == 0 ? 1 : 0;
    } catch (IndexLockedException e) {
      // Two writers would corrupt the index, so Lucene lets one in; the other is told in a line.
      System.err.println(
          heldBy(e) + ": try again when it has finished (serve can run alongside it).");
      return 1;
    }
  }

  /** The first half of the line that says another run holds the index. */
  static String heldBy(IndexLockedException e) {
    return "Another index run holds the index at "
        + PrintableText.escaped(e.indexDir().toAbsolutePath().toString());
  }

  /**
   * Indexes and prints the summary; shared by {@code serve}, which indexes before it starts.
   *
   * @throws IndexLockedException when another run holds the index, before anything is printed
   */
  static IndexSummary run(Engine engine, CorpusOptions folders) throws Exception {
    return run(engine, folders, true, new ReportedSkips());
  }

  /**
   * Indexes what changed in the corpus and prints the summary; with a progress bar on a console
   * when {@code showProgress}. The skipped files that {@code reported} holds unchanged are not
   * reported again (a server's runs over its watched corpus).
   */
  static IndexSummary run(
      Engine engine, CorpusOptions folders, boolean showProgress, ReportedSkips reported)
      throws Exception {
    return printed(indexing(engine, folders, reported), showProgress);
  }

  /**
   * Indexes what changed in the corpus as {@link #run(Engine, CorpusOptions, boolean,
   * ReportedSkips)} does, without a progress bar and without printing the summary: a server's run
   * beside serving prints it once what it committed is searched.
   */
  static IndexSummary index(Engine engine, CorpusOptions folders, ReportedSkips reported)
      throws Exception {
    return indexing(engine, folders, reported).run(Indexer.Progress.NONE);
  }

  private static Indexing indexing(Engine engine, CorpusOptions folders, ReportedSkips reported)
      throws IOException {
    Path corpus = folders.corpus;
    Path index = folders.index;
    requireCorpus(corpus);
    Files.createDirectories(index);
    return progress -> engine.index(corpus, folders.links(), index, progress, reported);
  }

  /**
   * Brings {@code collection} in line with the corpus (the content hashes stored there decide what
   * is sent again; removed files are deleted) and prints the summary.
   */
  static IndexSummary run(Engine engine, CorpusOptions folders, SolrCollection collection)
      throws Exception {
    return run(engine, folders, collection, true, new ReportedSkips());
  }

  /**
   * Brings {@code collection} in line with the corpus as {@link #run(Engine, CorpusOptions,
   * SolrCollection)} does, with a progress bar only when {@code showProgress}, and without
   * reporting again the skipped files that {@code reported} holds unchanged.
   */
  static IndexSummary run(
      Engine engine,
      CorpusOptions folders,
      SolrCollection collection,
      boolean showProgress,
      ReportedSkips reported)
      throws Exception {
    return printed(indexing(engine, folders, collection, reported), showProgress);
  }

  /**
   * Brings {@code collection} in line with the corpus as {@link #run(Engine, CorpusOptions,
   * SolrCollection, boolean, ReportedSkips)} does, without a progress bar and without printing the
   * summary: a server's run beside serving prints it once what it committed is searched.
   */
  static IndexSummary index(
      Engine engine, CorpusOptions folders, SolrCollection collection, ReportedSkips reported)
      throws Exception {
    return indexing(engine, folders, collection, reported).run(Indexer.Progress.NONE);
  }

  private static Indexing indexing(
      Engine engine, CorpusOptions folders, SolrCollection collection, ReportedSkips reported) {
    Path corpus = folders.corpus;
    requireCorpus(corpus);
    CorpusReader reader = CorpusReader.forHeap(Runtime.getRuntime().maxMemory(), folders.links());
    return progress -> {
      try (SolrChunkSink sink = collection.sink()) {
        return engine.indexer().run(reader, corpus, sink, progress, reported);
      }
    };
  }

  private static void requireCorpus(Path corpus) {
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("No corpus folder at " + corpus.toAbsolutePath());
    }
  }

  /** One indexing run, given where it reports its progress. */
  private interface Indexing {
    IndexSummary run(Indexer.Progress progress) throws IOException;
  }

  /** Runs {@code indexing}, with a bar on a console when {@code showProgress}, and prints it. */
  private static IndexSummary printed(Indexing indexing, boolean showProgress) throws IOException {
    IndexSummary summary;
    if (showProgress && System.console() != null) {
      try (ConsoleProgress progress = new ConsoleProgress()) {
        summary = indexing.run(progress);
      }
    } else {
      summary = indexing.run(Indexer.Progress.NONE);
    }
    print(summary);
    return summary;
  }

  /**
   * A progress bar drawn once the run has the index and its files, so that a run that finds the
   * index held prints its one line and no bar.
   */
  private static final class ConsoleProgress implements Indexer.Progress, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void started(int files) {
      bar = new ProgressBar("Indexing", files);
    }

    @Override
    public void done(String fileName) {
      bar.step();
      bar.setExtraMessage(PrintableText.quoted(fileName));
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** Prints what a run did: its counts, warnings and skipped files. */
  static void print(IndexSummary s) {
    System.out.printf(
        Locale.ROOT,
        "Indexed %d documents, %d chunks in %.1f s (%d added, %d updated, %d unchanged, %d removed),"
            + " %d %s.%n",
        s.documents(),
        s.chunks(),
        s.seconds(),
        s.added(),
        s.updated(),
        s.unchanged(),
        s.deleted(),
        s.warnings().size(),
        s.warnings().size() == 1 ? "warning" : "warnings");
    if (!s.warnings().isEmpty()) {
      // Metadata dropped for a bad value must not go unnoticed: each one is listed.
      System.out.printf(Locale.ROOT, "Warnings:%n");
      for (String warning : s.warnings()) {
        System.out.printf(Locale.ROOT, "  %s%n", PrintableText.escaped(warning));
      }
    }
    if (!s.skipped().isEmpty()) {
      // Those an earlier run of a server reported are counted, not listed again.
      String again =
          s.skippedAgain() > 0
              ? String.format(Locale.ROOT, " (and %d as before)", s.skippedAgain())
              : "";
      System.out.printf(
          Locale.ROOT,
          "Skipped %d %s%s:%n",
          s.skipped().size(),
          s.skipped().size() == 1 ? "file" : "files",
          again);
      for (SkippedFile skipped : s.skipped()) {
        System.out.printf(Locale.ROOT, "  %s%n", skipped.printable());
      }
    }
    if (s.documents() == 0) {
      System.out.println("Nothing could be indexed.");
    }
  }
}
