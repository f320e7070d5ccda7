package org.policysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.acronyms.AcronymFinder;
import org.policysearch.corpus.CorpusFile;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.SkippedFile;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.corpus.UnreadableSourceException;
import org.policysearch.structure.Chunker;
import org.policysearch.tagging.ChunkTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with the corpus folder: new and changed files are (re-)indexed, files
 * that are gone lose their chunks, unchanged files are left alone, and the run ends in a commit so
 * a crash leaves the last commit readable.
 *
 * <p>Files are read, chunked, tagged and analysed on {@link IndexingConfig#threads} threads, each
 * writing its documents' blocks to the one (thread-safe) writer; what the run reports (counts,
 * skipped files, warnings, progress) is gathered in file order, so it does not depend on which
 * thread finished first.
 */
public final class Indexer {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  /** Told about each file as the run goes, for a progress bar; called from one thread only. */
  public interface Progress {
    Progress NONE = new Progress() {};

    default void started(int files) {}

    default void done(String fileName) {}
  }

  private final DocumentBlocks blocks;
  private final IndexingConfig config;

  public Indexer(Chunker chunker, ChunkTagger tagger, AcronymFinder acronyms) {
    this(chunker, tagger, acronyms, IndexingConfig.defaults());
  }

  public Indexer(
      Chunker chunker, ChunkTagger tagger, AcronymFinder acronyms, IndexingConfig config) {
    this.blocks = new DocumentBlocks(chunker, tagger, acronyms);
    this.config = Objects.requireNonNull(config);
  }

  /** The machine resources this indexer uses. */
  public IndexingConfig config() {
    return config;
  }

  /**
   * Indexes the files of {@code corpusDir}, read by {@code corpus}, into the index at {@code
   * indexDir}.
   */
  public IndexSummary run(CorpusReader corpus, Path corpusDir, Path indexDir, Progress progress)
      throws IOException {
    long startNanos = System.nanoTime();
    try (Directory dir = FSDirectory.open(indexDir)) {
      Map<String, String> indexed = indexedHashes(dir);
      ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
      try (IndexWriter writer = new IndexWriter(dir, writerConfig(indexed == null, merges))) {
        Run run = new Run(writer, indexed == null ? Map.of() : indexed);
        List<CorpusFile> files = corpus.list(corpusDir);
        progress.started(files.size());
        run.indexAll(corpus, files, progress);
        run.deleteMissing();
        run.skipped.addAll(corpus.skipped());
        for (String warning : corpus.warnings()) {
          LOG.warn("{}", warning);
          run.warnings.add(warning);
        }
        if (writer.hasUncommittedChanges() || indexed == null) {
          commit(writer);
          // The writer rolls back on close (see writerConfig), which would abort merges still
          // running and leave the index in more segments than the merge policy chose, each of
          // which costs every search: wait for them and commit what they made.
          merges.sync();
          if (writer.hasUncommittedChanges()) {
            commit(writer);
          }
        }
        return run.summary(writer, (System.nanoTime() - startNanos) / 1e9);
      }
    }
  }

  private IndexWriterConfig writerConfig(boolean create, ConcurrentMergeScheduler merges) {
    IndexWriterConfig writer = new IndexWriterConfig(IndexAnalyzers.create());
    writer.setSimilarity(new ChunkSimilarity());
    // A run that fails half-way must leave the last commit as it was, not half of this run.
    writer.setCommitOnClose(false);
    writer.setOpenMode(
        create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
    writer.setRAMBufferSizeMB(config.ramBufferMb());
    writer.setMergeScheduler(merges);
    return writer;
  }

  private static void commit(IndexWriter writer) throws IOException {
    writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION).entrySet());
    writer.commit();
  }

  /** What became of one file. */
  private enum Kind {
    ADDED,
    UPDATED,
    UNCHANGED,
    SKIPPED
  }

  /**
   * What became of one file, with the problems met on the way.
   *
   * @param skipReason why it was skipped, when it was
   */
  private record Outcome(CorpusFile file, Kind kind, String skipReason, List<String> warnings) {}

  /** The indexing work of one run, with its counts. */
  private final class Run {
    final IndexWriter writer;
    final Map<String, String> before;
    final Set<String> seen = new HashSet<>();
    final List<SkippedFile> skipped = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    long lastCommit = System.nanoTime();
    int added;
    int updated;
    int unchanged;
    int deleted;

    Run(IndexWriter writer, Map<String, String> before) {
      this.writer = writer;
      this.before = before;
    }

    /**
     * Indexes {@code files} on the pool's threads and takes their outcomes in file order; a failure
     * of the index itself (an {@link IOException}) ends the run after the files under way.
     */
    void indexAll(CorpusReader corpus, List<CorpusFile> files, Progress progress)
        throws IOException {
      ExecutorService pool = Executors.newFixedThreadPool(config.threads(), threads());
      List<Future<Outcome>> outcomes = new ArrayList<>(files.size());
      try {
        for (CorpusFile file : files) {
          outcomes.add(pool.submit(() -> index(corpus, file)));
        }
        for (Future<Outcome> outcome : outcomes) {
          Outcome done = await(outcome);
          count(done);
          progress.done(done.file().fileName());
          commitIfDue();
        }
      } finally {
        // Not interrupted: an interrupt inside the writer's file I/O would close its files.
        outcomes.forEach(o -> o.cancel(false));
        pool.shutdown();
        awaitTermination(pool);
      }
    }

    private void commitIfDue() throws IOException {
      if (System.nanoTime() - lastCommit >= config.commitEvery().toNanos()
          && writer.hasUncommittedChanges()) {
        commit(writer);
        lastCommit = System.nanoTime();
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
          return;
        }
      }
      seen.add(outcome.file().id());
    }

    /**
     * Runs on a pool thread: reads, chunks and tags one file and writes its block. A file that
     * cannot be made into a block is skipped; a writer that fails ends the run.
     */
    Outcome index(CorpusReader corpus, CorpusFile file) throws IOException {
      String fileName = file.fileName();
      List<String> problems = new ArrayList<>();
      SourceDocument source;
      List<Document> docs;
      try {
        CorpusReader.RawDocument raw = corpus.load(file);
        if (raw.contentHash().equals(before.get(file.id()))) {
          // Unchanged: nothing is decoded, inferred or re-indexed (what serve does at each start);
          // its metadata's problems still stand and are said again.
          return new Outcome(file, Kind.UNCHANGED, null, report(fileName, raw.metadataWarnings()));
        }
        source = corpus.read(raw);
        problems.addAll(report(fileName, source.warnings()));
        docs = blocks.of(source);
      } catch (UnreadableSourceException e) {
        return skip(file, e.getMessage(), problems);
      } catch (RuntimeException e) {
        // A bug met on one file must not cost the user every other file.
        LOG.error("failed on {}", fileName, e);
        return skip(file, "could not be processed (" + e + ")", problems);
      }
      if (docs.isEmpty()) {
        return skip(file, "no text to index", problems);
      }
      // Replacing by document id keeps one document's chunks together and never half-updated.
      writer.updateDocuments(new Term(Fields.DOC_ID, source.id()), docs);
      return new Outcome(
          file, before.containsKey(source.id()) ? Kind.UPDATED : Kind.ADDED, null, problems);
    }

    private Outcome skip(CorpusFile file, String reason, List<String> problems) {
      LOG.warn("skipped {}: {}", file.fileName(), reason);
      return new Outcome(file, Kind.SKIPPED, reason, problems);
    }

    private List<String> report(String fileName, List<String> problems) {
      List<String> reported = new ArrayList<>(problems.size());
      for (String warning : problems) {
        LOG.warn("{}: {}", fileName, warning);
        reported.add(fileName + ": " + warning);
      }
      return reported;
    }

    void deleteMissing() throws IOException {
      for (String id : before.keySet()) {
        if (!seen.contains(id)) {
          writer.deleteDocuments(new Term(Fields.DOC_ID, id));
          deleted++;
        }
      }
    }

    IndexSummary summary(IndexWriter writer, double seconds) throws IOException {
      int chunks;
      int docs;
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        Map<String, String> now = hashes(reader);
        docs = now.size();
        chunks = reader.numDocs() - docs; // each document has one record beside its chunks
      }
      return new IndexSummary(
          added, updated, unchanged, deleted, docs, chunks, skipped, warnings, seconds);
    }
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
          new Thread(task, String.format(Locale.ROOT, "indexer-%d", count.incrementAndGet()));
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Content hash by document id of what the index holds; null when there is no usable index. */
  private static Map<String, String> indexedHashes(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return null;
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      String schema = reader.getIndexCommit().getUserData().get(Fields.SCHEMA_KEY);
      if (!Fields.SCHEMA_VERSION.equals(schema)) {
        LOG.info("index schema {} is not {}: rebuilding", schema, Fields.SCHEMA_VERSION);
        return null;
      }
      return hashes(reader);
    }
  }

  /** Content hash of each indexed document. */
  private static Map<String, String> hashes(DirectoryReader reader) throws IOException {
    Map<String, String> hashes = new HashMap<>();
    IndexedDocuments.oneChunkEach(reader)
        .forEach((id, chunk) -> hashes.put(id, chunk.get(Fields.CONTENT_HASH)));
    return hashes;
  }
}
