package org.policysearch.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk as a {@link ChunkSink}: one block per document (its chunks, then its
 * record), replaced whole by document id. Owns the {@link IndexWriter}, sized and committed as its
 * {@link IndexingConfig} says: puts may come from several threads at once, as the writer is
 * thread-safe and the sink's own state is either read-only or atomic; a put commits what has been
 * written when {@link IndexingConfig#commitEvery} has passed since the last commit, so that a long
 * run that dies is resumed where it stopped.
 */
public final class LuceneChunkSink implements ChunkSink {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneChunkSink.class);

  private final DocumentBlocks blocks = new DocumentBlocks();
  private final Directory dir;
  private final ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
  private final IndexWriter writer;
  private final Map<String, String> hashes;
  private final Map<String, String> idsByFile;
  private final boolean created;
  private final long commitEveryNanos;
  // When the last commit was, or was claimed by the put that is making it.
  private final AtomicLong lastCommit = new AtomicLong(System.nanoTime());
  // Lucene documents (chunks and records) written by this sink: whether a run was a bulk load.
  private final AtomicLong written = new AtomicLong();

  private LuceneChunkSink(Directory dir, Map<String, Document> indexed, IndexingConfig config)
      throws IOException {
    this.dir = dir;
    this.created = indexed == null;
    this.hashes = created ? Map.of() : stored(indexed, Fields.DOC_ID, Fields.CONTENT_HASH);
    this.idsByFile = created ? Map.of() : stored(indexed, Fields.FILE, Fields.DOC_ID);
    this.commitEveryNanos = config.commitEvery().toNanos();
    IndexWriterConfig writerConfig = new IndexWriterConfig(IndexAnalyzers.create());
    writerConfig.setSimilarity(new ChunkSimilarity());
    writerConfig.setCodec(new ChunkCodec());
    // A run that fails half-way must leave the last commit as it was, not half of this run.
    writerConfig.setCommitOnClose(false);
    writerConfig.setOpenMode(
        created ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
    writerConfig.setRAMBufferSizeMB(config.ramBufferMb());
    writerConfig.setMergeScheduler(merges);
    this.writer = new IndexWriter(dir, writerConfig);
  }

  /**
   * The index at {@code indexDir}, created (or rebuilt, when its schema is older) as needed, with
   * the default writer buffer and commit interval.
   */
  public static LuceneChunkSink open(Path indexDir) throws IOException {
    return open(indexDir, IndexingConfig.defaults());
  }

  /**
   * The index at {@code indexDir}, created (or rebuilt, when its schema is older) as needed, its
   * writer buffered and committed as {@code config} says.
   *
   * @throws IndexLockedException when another run holds the index: Lucene allows one writer, and
   *     the lock is the operating system's, so it is released even by a run that was killed
   */
  public static LuceneChunkSink open(Path indexDir, IndexingConfig config) throws IOException {
    Objects.requireNonNull(config);
    Directory dir = FSDirectory.open(indexDir);
    try {
      return new LuceneChunkSink(dir, indexedDocuments(dir, indexDir), config);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexLockedException(indexDir, e);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  @Override
  public Map<String, String> contentHashes() {
    return hashes;
  }

  @Override
  public Map<String, String> idsByFile() {
    return idsByFile;
  }

  /** Thread-safe: builds the block on the calling thread, then hands it to the writer. */
  @Override
  public void put(TaggedDocument document) throws IOException {
    Iterable<Document> docs = blocks.of(document);
    // Replacing by document id keeps one document's chunks together and never half-updated.
    try {
      writer.updateDocuments(new Term(Fields.DOC_ID, document.source().id()), docs);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    written.addAndGet(document.chunks().size() + 1L);
    commitIfDue();
  }

  /**
   * Commits when the interval has passed: the one put that claims the interval commits, while the
   * others go on writing (their documents in this commit or the next).
   */
  private void commitIfDue() throws IOException {
    long last = lastCommit.get();
    long now = System.nanoTime();
    if (now - last >= commitEveryNanos
        && writer.hasUncommittedChanges()
        && lastCommit.compareAndSet(last, now)) {
      commitWrites();
    }
  }

  @Override
  public void delete(String documentId) throws IOException {
    writer.deleteDocuments(new Term(Fields.DOC_ID, documentId));
  }

  /**
   * Commits, then waits for the merges under way and commits what they made: the writer rolls back
   * on close (see the constructor), which would abort them and leave the index in more segments
   * than the merge policy chose, each of which costs every search. After a bulk load (see {@link
   * #BULK_SHARE}), the index is merged into one segment before that second commit.
   */
  @Override
  public void commit() throws IOException {
    // A new index is committed even when empty, so that searches can open it.
    if (writer.hasUncommittedChanges() || created) {
      commitWrites();
      merges.sync();
      if (bulkLoaded()) {
        writer.forceMerge(1);
      }
      if (writer.hasUncommittedChanges()) {
        commitWrites();
      }
    }
  }

  /**
   * A run that wrote at least this share of the index's Lucene documents ends by merging the index
   * into one segment. Much of a search's work is repeated per segment (looking each word up,
   * building scorers, counting facets through a map of ordinals): on ToTA one segment instead of
   * four took 13–22 % less CPU per search, for a merge of about 4 s after a 30 s build. A smaller
   * run (a few documents added or changed) leaves its segments to the merge policy rather than
   * rewrite the whole index each time.
   */
  static final double BULK_SHARE = 0.25;

  private boolean bulkLoaded() {
    long live = writer.getDocStats().numDocs;
    return live > 0 && written.get() >= BULK_SHARE * live;
  }

  /** One commit at a time, each marked with the schema it was written in. */
  private synchronized void commitWrites() throws IOException {
    writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION).entrySet());
    writer.commit();
    lastCommit.set(System.nanoTime());
  }

  @Override
  public Counts counts() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      // Each document has one record beside its chunks: counting them reads no stored field.
      int docs =
          new IndexSearcher(reader)
              .count(new TermQuery(new Term(Fields.RECORD, Fields.RECORD_VALUE)));
      return new Counts(docs, reader.numDocs() - docs);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      dir.close();
    }
  }

  /**
   * Whether {@code indexDir} holds an index this version can serve as it is: readable, and written
   * in the current schema (otherwise indexing rebuilds it from scratch).
   */
  public static boolean isCurrent(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      // The last commit's own data: no segment need be opened to read it.
      return DirectoryReader.indexExists(dir)
          && Fields.SCHEMA_VERSION.equals(
              SegmentInfos.readLatestCommit(dir).getUserData().get(Fields.SCHEMA_KEY));
    } catch (IOException e) {
      return false; // unreadable: indexing rebuilds it and says why
    }
  }

  /** Content hash by document id of what the index holds; null when there is no usable index. */
  private static Map<String, Document> indexedDocuments(Directory dir, Path indexDir)
      throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return null;
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      String schema = reader.getIndexCommit().getUserData().get(Fields.SCHEMA_KEY);
      if (!Fields.SCHEMA_VERSION.equals(schema)) {
        LOG.info("index schema {} is not {}: rebuilding", schema, Fields.SCHEMA_VERSION);
        return null;
      }
      return IndexedDocuments.oneChunkEach(reader);
    } catch (CorruptIndexException
        | EOFException
        | IndexFormatTooOldException
        | IndexFormatTooNewException
        | NoSuchFileException
        | FileNotFoundException e) {
      // The corpus is the source of truth: an index that cannot be read is rebuilt from it, said
      // in one line, rather than stopping index and serve with a stack trace.
      LOG.warn(
          "the index at {} cannot be read ({}): rebuilding it from the corpus",
          indexDir.toAbsolutePath(),
          unreadable(e));
      forgetCommits(dir);
      return null;
    }
  }

  private static String unreadable(IOException e) {
    if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
      return "written by another version of Lucene";
    }
    return e instanceof CorruptIndexException ? "corrupt" : "a file is missing";
  }

  /**
   * Deletes the commit points of an unreadable index, holding its lock: even a writer that creates
   * the index anew reads the last commit first (to go on from its generation) and fails on it. The
   * segment files they named are then deleted by the writer as files no commit refers to.
   */
  private static void forgetCommits(Directory dir) throws IOException {
    try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String file : dir.listAll()) {
        if (file.startsWith(IndexFileNames.SEGMENTS)
            || file.startsWith(IndexFileNames.PENDING_SEGMENTS)) {
          dir.deleteFile(file);
        }
      }
    }
  }

  /** The stored field {@code value} of each indexed document by its stored field {@code key}. */
  private static Map<String, String> stored(
      Map<String, Document> indexed, String key, String value) {
    Map<String, String> values = new HashMap<>();
    for (Document chunk : indexed.values()) {
      values.put(chunk.get(key), chunk.get(value));
    }
    return Collections.unmodifiableMap(values);
  }
}
