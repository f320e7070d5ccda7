package org.policysearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.policysearch.acronyms.AcronymFinder;
import org.policysearch.acronyms.Definition;
import org.policysearch.corpus.Blocs;
import org.policysearch.corpus.CorpusFile;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.DocumentMetadata;
import org.policysearch.corpus.MetadataInference;
import org.policysearch.corpus.PrintableText;
import org.policysearch.corpus.SkippedFile;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.corpus.UnreadableSourceException;
import org.policysearch.structure.Chunk;
import org.policysearch.structure.Chunker;
import org.policysearch.tagging.ChunkTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with the corpus folder: new and changed files are (re-)indexed, files
 * that are gone lose their chunks, unchanged files are left alone, and the run ends in a commit so
 * a crash leaves the last commit readable.
 *
 * <p>Files are read, chunked and tagged on {@link IndexingConfig#threads} threads, each putting its
 * documents into the one {@link ChunkSink} (whose {@link ChunkSink#put} is thread-safe; the Lucene
 * sink analyses them on the same thread); what the run reports (counts, skipped files, warnings,
 * progress) is gathered in file order, so it does not depend on which thread finished first.
 */
public final class Indexer {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  /**
   * The indexing threads' stack: the outline's and tagging's patterns recurse once per repetition
   * they match, and a line (up to 10,000 characters) of thousands of marks, "1.1.1.…", overflowed
   * the JVM's default 1 MB and lost its document. Reserved, not taken, until used.
   */
  static final long STACK_BYTES = 32L * 1024 * 1024;

  /** Why a file whose text nests or repeats beyond the stack is skipped. */
  static final String TOO_DEEP =
      "could not be processed: its text nests or repeats one pattern too deeply (stack overflow)";

  /** Told about each file as the run goes, for a progress bar; called from one thread only. */
  public interface Progress {
    Progress NONE = new Progress() {};

    default void started(int files) {}

    default void done(String fileName) {}
  }

  private final Chunker chunker;
  private final ChunkTagger tagger;
  private final AcronymFinder acronyms;
  private final IndexingConfig config;
  private final Blocs blocs = Blocs.load();

  public Indexer(Chunker chunker, ChunkTagger tagger, AcronymFinder acronyms) {
    this(chunker, tagger, acronyms, IndexingConfig.defaults());
  }

  public Indexer(
      Chunker chunker, ChunkTagger tagger, AcronymFinder acronyms, IndexingConfig config) {
    this.chunker = Objects.requireNonNull(chunker);
    this.tagger = Objects.requireNonNull(tagger);
    this.acronyms = Objects.requireNonNull(acronyms);
    this.config = Objects.requireNonNull(config);
  }

  /** The machine resources this indexer uses. */
  public IndexingConfig config() {
    return config;
  }

  /**
   * Indexes the files of {@code corpusDir}, read by {@code corpus}, into the index at {@code
   * indexDir}, its writer buffered and committed as this indexer's {@link #config} says.
   */
  public IndexSummary run(CorpusReader corpus, Path corpusDir, Path indexDir, Progress progress)
      throws IOException {
    return run(corpus, corpusDir, indexDir, progress, new ReportedSkips());
  }

  /**
   * Indexes as {@link #run(CorpusReader, Path, Path, Progress)} does, but for the skipped files
   * that {@code reported} holds unchanged: those are skipped again without being read, and counted
   * in {@link IndexSummary#skippedAgain} rather than logged and listed again.
   */
  public IndexSummary run(
      CorpusReader corpus, Path corpusDir, Path indexDir, Progress progress, ReportedSkips reported)
      throws IOException {
    try (ChunkSink sink = LuceneChunkSink.open(indexDir, config)) {
      return run(corpus, corpusDir, sink, progress, reported);
    }
  }

  /**
   * Indexes the files of {@code corpusDir}, read by {@code corpus}, into {@code sink}, putting
   * documents from {@link IndexingConfig#threads} threads at once.
   */
  public IndexSummary run(CorpusReader corpus, Path corpusDir, ChunkSink sink, Progress progress)
      throws IOException {
    return run(corpus, corpusDir, sink, progress, new ReportedSkips());
  }

  /**
   * Indexes as {@link #run(CorpusReader, Path, ChunkSink, Progress)} does, but for the skipped
   * files that {@code reported} holds unchanged: those are skipped again without being read, and
   * counted in {@link IndexSummary#skippedAgain} rather than logged and listed again.
   */
  public IndexSummary run(
      CorpusReader corpus,
      Path corpusDir,
      ChunkSink sink,
      Progress progress,
      ReportedSkips reported)
      throws IOException {
    long startNanos = System.nanoTime();
    Run run = new Run(sink, sink.contentHashes(), reported);
    List<CorpusFile> files = corpus.list(corpusDir, sink.idsByFile());
    progress.started(files.size());
    run.indexAll(corpus, files, progress);
    run.deleteMissing();
    for (SkippedFile passedOver : corpus.skipped()) {
      // Passed over when listed (its type, a link out of the folder): its reason is all it is.
      run.skippedNames.add(passedOver.fileName());
      if (reported.report(passedOver.fileName(), passedOver.reason(), passedOver.reason())) {
        run.skipped.add(passedOver);
      } else {
        run.skippedAgain++;
      }
    }
    reported.keepOnly(run.skippedNames);
    for (String warning : corpus.warnings()) {
      LOG.warn("{}", PrintableText.escaped(warning));
      run.warnings.add(warning);
    }
    sink.commit();
    return run.summary(sink, (System.nanoTime() - startNanos) / 1e9);
  }

  /** What became of one file. */
  private enum Kind {
    ADDED,
    UPDATED,
    UNCHANGED,
    SKIPPED,
    /** Skipped as an earlier run reported, unchanged since: not reported again. */
    SKIPPED_AGAIN
  }

  /**
   * What became of one file, with the problems met on the way.
   *
   * @param skipReason why it was skipped, when it was
   */
  private record Outcome(CorpusFile file, Kind kind, String skipReason, List<String> warnings) {}

  /** The indexing work of one run, with its counts. */
  private final class Run {
    final ChunkSink sink;
    final Map<String, String> before;
    final ReportedSkips reported;
    final Set<String> seen = new HashSet<>();
    final List<SkippedFile> skipped = new ArrayList<>();
    final Set<String> skippedNames = new HashSet<>();
    final List<String> warnings = new ArrayList<>();
    int added;
    int updated;
    int unchanged;
    int deleted;
    int skippedAgain;

    Run(ChunkSink sink, Map<String, String> before, ReportedSkips reported) {
      this.sink = sink;
      this.before = before;
      this.reported = reported;
    }

    /**
     * Indexes {@code files} on the pool's threads and takes their outcomes in file order; a failure
     * of the sink (an {@link IOException}) ends the run after the files under way.
     */
    void indexAll(CorpusReader corpus, List<CorpusFile> files, Progress progress)
        throws IOException {
      ExecutorService pool = Executors.newFixedThreadPool(config.threads(), threads());
      List<Future<Outcome>> outcomes = new ArrayList<>(files.size());
      // The reader's size limit is what the heap allows one file; files are read at once only
      // while their sizes add up to no more, so two large files on two threads wait their turn.
      Semaphore memory = new Semaphore(kilobytes(corpus.sizeLimit()), true);
      try {
        for (CorpusFile file : files) {
          outcomes.add(pool.submit(() -> indexWithin(memory, corpus, file)));
        }
        for (Future<Outcome> outcome : outcomes) {
          Outcome done = await(outcome);
          count(done);
          progress.done(done.file().fileName());
        }
      } finally {
        // Not interrupted: an interrupt inside a Lucene writer's file I/O would close its files.
        outcomes.forEach(o -> o.cancel(false));
        pool.shutdown();
        awaitTermination(pool);
      }
    }

    private void count(Outcome outcome) {
      warnings.addAll(outcome.warnings());
      switch (outcome.kind()) {
        case ADDED -> added++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
        case SKIPPED -> {
          skipped.add(new SkippedFile(outcome.file().fileName(), outcome.skipReason()));
          skippedNames.add(outcome.file().fileName());
          return;
        }
        case SKIPPED_AGAIN -> {
          skippedAgain++;
          skippedNames.add(outcome.file().fileName());
          return;
        }
      }
      seen.add(outcome.file().id());
    }

    /** Indexes {@code file} once {@code memory} has room for its size. */
    Outcome indexWithin(Semaphore memory, CorpusReader corpus, CorpusFile file) throws IOException {
      int permits = Math.min(kilobytes(sizeOf(file)), kilobytes(corpus.sizeLimit()));
      memory.acquireUninterruptibly(permits);
      try {
        return index(corpus, file);
      } finally {
        memory.release(permits);
      }
    }

    /**
     * Runs on a pool thread: reads, chunks and tags one file and puts it into the sink. A file that
     * cannot be read, chunked or tagged is skipped; a sink that fails ends the run.
     */
    Outcome index(CorpusReader corpus, CorpusFile file) throws IOException {
      String fileName = file.fileName();
      List<String> problems = new ArrayList<>();
      ChunkSink.TaggedDocument tagged;
      String hash = null;
      try {
        CorpusReader.RawDocument raw = corpus.load(file);
        hash = raw.contentHash();
        if (hash.equals(before.get(file.id()))) {
          // Unchanged: nothing is decoded, inferred or re-indexed (what serve does at each start);
          // its metadata's problems still stand and are said again, once in this process.
          List<String> said =
              reported.warn(fileName, hash) ? report(fileName, raw.metadataWarnings()) : List.of();
          return new Outcome(file, Kind.UNCHANGED, null, said);
        }
        String skippedBefore = reported.reasonFor(fileName, hash);
        if (skippedBefore != null) {
          // Skipped and reported by an earlier run, and the same bytes and metadata since.
          return new Outcome(file, Kind.SKIPPED_AGAIN, skippedBefore, List.of());
        }
        SourceDocument source = corpus.read(raw);
        problems.addAll(report(fileName, source.warnings()));
        reported.warn(fileName, hash);
        tagged = tagged(source);
      } catch (UnreadableSourceException e) {
        return skip(file, hash, e.getMessage(), problems);
      } catch (StackOverflowError e) {
        // A structure nested deeper than the parser's recursion goes: the file's doing, not ours,
        // and its thousand frames of one pattern would tell the user nothing.
        return skip(file, hash, TOO_DEEP, problems);
      } catch (RuntimeException | LinkageError e) {
        // A bug met on one file must not cost the user every other file; nor must a library's
        // class it needs for that one file (PDFBox's certificate decryption).
        LOG.error("failed on {}", PrintableText.quoted(fileName), e);
        return skip(file, hash, "could not be processed (" + e + ")", problems);
      }
      if (tagged == null) {
        return skip(file, hash, "no text to index", problems);
      }
      try {
        sink.put(tagged);
      } catch (UnreadableSourceException e) {
        return skip(file, hash, e.getMessage(), problems);
      } catch (RuntimeException e) {
        // Its Lucene documents are built as the writer takes them (a term too long, say): still
        // this one file's fault. A sink that cannot write (IOException) ends the run.
        LOG.error("failed on {}", PrintableText.quoted(fileName), e);
        return skip(file, hash, "could not be processed (" + e + ")", problems);
      }
      String id = tagged.source().id();
      return new Outcome(file, before.containsKey(id) ? Kind.UPDATED : Kind.ADDED, null, problems);
    }

    /**
     * Skips {@code file}, whose content hash is {@code hash} (null when it could not be loaded,
     * which its reason then tells), and logs it unless an earlier run reported it so.
     */
    private Outcome skip(CorpusFile file, String hash, String reason, List<String> problems) {
      if (!reported.report(file.fileName(), hash != null ? hash : reason, reason)) {
        return new Outcome(file, Kind.SKIPPED_AGAIN, reason, List.of());
      }
      LOG.warn("skipped {}", new SkippedFile(file.fileName(), reason).printable());
      return new Outcome(file, Kind.SKIPPED, reason, problems);
    }

    private List<String> report(String fileName, List<String> problems) {
      List<String> reported = new ArrayList<>(problems.size());
      for (String warning : problems) {
        String line = PrintableText.quoted(fileName) + ": " + warning;
        LOG.warn("{}", PrintableText.escaped(line));
        reported.add(line);
      }
      return reported;
    }

    void deleteMissing() throws IOException {
      for (String id : before.keySet()) {
        if (!seen.contains(id)) {
          sink.delete(id);
          deleted++;
        }
      }
    }

    IndexSummary summary(ChunkSink sink, double seconds) throws IOException {
      ChunkSink.Counts held = sink.counts();
      return new IndexSummary(
          added,
          updated,
          unchanged,
          deleted,
          held.documents(),
          held.chunks(),
          skipped,
          skippedAgain,
          warnings,
          seconds);
    }
  }

  /**
   * {@code source} chunked and tagged, with its parties (declared or inferred) and the acronyms it
   * defines; null when it has no text to index. Holds no state between documents, so the pool's
   * threads call it at once.
   */
  private ChunkSink.TaggedDocument tagged(SourceDocument source) {
    List<Chunk> chunks = chunker.split(source);
    if (chunks.isEmpty()) {
      return null;
    }
    SourceDocument withParties = withParties(source);
    List<String> parties = withParties.metadata().parties();
    return new ChunkSink.TaggedDocument(
        withParties,
        chunks,
        tagger.tagDocument(parties, withParties.metadata().type(), chunks),
        definitions(chunks),
        tagger.partyCodes(parties),
        // Searched by the names of its sides: the EU–Morocco agreement that Belgium signs as a
        // member state is found by "EU" and "Morocco", not by every member state's name, which
        // would make it an answer to "Belgium Morocco" and weigh each name it is meant by less.
        tagger.partyNames(
            List.copyOf(
                DocumentRecords.sides(
                    new LinkedHashSet<>(tagger.partyCodes(parties)),
                    blocs,
                    withParties.metadata().date()))));
  }

  /** The acronyms the chunks define, each once; a heading may define one as well as a text. */
  private List<Definition> definitions(List<Chunk> chunks) {
    Set<Definition> found = new LinkedHashSet<>();
    for (Chunk chunk : chunks) {
      found.addAll(acronyms.find(chunk.text()));
    }
    return List.copyOf(found);
  }

  /**
   * The document with its declared parties, or parties inferred from its text when it has none;
   * titled by its kind and parties when its title said nothing of it (its file's name, or the prose
   * its text opens with).
   */
  private SourceDocument withParties(SourceDocument source) {
    DocumentMetadata metadata = source.metadata();
    List<String> parties = tagger.partiesOf(source);
    DocumentMetadata withParties = metadata.withParties(parties);
    if (MetadataInference.titleSaysNothing(source)) {
      withParties =
          tagger
              .partyTitle(metadata.type(), parties)
              .map(withParties::withTitle)
              .orElse(withParties);
    }
    return source.withMetadata(withParties);
  }

  /** The size of a file, 0 when it cannot be told (reading it will then say why). */
  private static long sizeOf(CorpusFile file) {
    try {
      return Files.size(file.path());
    } catch (IOException e) {
      return 0;
    }
  }

  private static int kilobytes(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE, (bytes + 1023) / 1024);
  }

  /** The outcome of a file's task; the task's own failure is rethrown as it was. */
  private static Outcome await(Future<Outcome> outcome) throws IOException {
    try {
      return outcome.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        LOG.info("waiting for the files under way to finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Daemon threads named for what they do, so a stuck run shows in a thread dump. */
  private static ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread =
          new Thread(
              null,
              task,
              String.format(Locale.ROOT, "indexer-%d", count.incrementAndGet()),
              STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
  }
}
