package org.policysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.acronyms.AcronymFinder;
import org.policysearch.acronyms.Definition;
import org.policysearch.corpus.CorpusFile;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.SkippedFile;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.corpus.UnreadableSourceException;
import org.policysearch.structure.Chunk;
import org.policysearch.structure.Chunker;
import org.policysearch.tagging.ChunkTagger;
import org.policysearch.tagging.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with the corpus folder: new and changed files are (re-)indexed, files
 * that are gone lose their chunks, unchanged files are left alone, and the run ends in one commit
 * so a crash leaves the previous index readable.
 */
public final class Indexer {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  /** Told about each file as the run goes, for a progress bar. */
  public interface Progress {
    Progress NONE = new Progress() {};

    default void started(int files) {}

    default void done(String fileName) {}
  }

  private final Chunker chunker;
  private final ChunkTagger tagger;
  private final AcronymFinder acronyms;
  private final ChunkDocuments documents = new ChunkDocuments();
  private final DocumentRecords records = new DocumentRecords(documents);

  public Indexer(Chunker chunker, ChunkTagger tagger, AcronymFinder acronyms) {
    this.chunker = Objects.requireNonNull(chunker);
    this.tagger = Objects.requireNonNull(tagger);
    this.acronyms = Objects.requireNonNull(acronyms);
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
      IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create());
      config.setSimilarity(new ChunkSimilarity());
      // A run that fails half-way must leave the previous commit as it was, not half of this run.
      config.setCommitOnClose(false);
      config.setOpenMode(
          indexed == null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        Run run = new Run(writer, indexed == null ? Map.of() : indexed);
        List<CorpusFile> files = corpus.list(corpusDir);
        progress.started(files.size());
        for (CorpusFile file : files) {
          run.index(corpus, file);
          progress.done(file.fileName());
        }
        run.deleteMissing();
        run.skipped.addAll(corpus.skipped());
        for (String warning : corpus.warnings()) {
          LOG.warn("{}", warning);
          run.warnings.add(warning);
        }
        if (writer.hasUncommittedChanges() || indexed == null) {
          writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION).entrySet());
          writer.commit();
        }
        return run.summary(writer, (System.nanoTime() - startNanos) / 1e9);
      }
    }
  }

  /** The indexing work of one run, with its counts. */
  private final class Run {
    final IndexWriter writer;
    final Map<String, String> before;
    final Set<String> seen = new HashSet<>();
    final List<SkippedFile> skipped = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int added;
    int updated;
    int unchanged;
    int deleted;

    Run(IndexWriter writer, Map<String, String> before) {
      this.writer = writer;
      this.before = before;
    }

    void index(CorpusReader corpus, CorpusFile file) throws IOException {
      try {
        CorpusReader.RawDocument raw = corpus.load(file);
        if (raw.contentHash().equals(before.get(file.id()))) {
          // Unchanged: nothing is decoded, inferred or re-indexed (what serve does at each start);
          // its metadata's problems still stand and are said again.
          report(file.fileName(), raw.metadataWarnings());
          seen.add(file.id());
          unchanged++;
          return;
        }
        index(corpus.read(raw));
      } catch (UnreadableSourceException e) {
        skip(file, e.getMessage());
      } catch (RuntimeException e) {
        // A bug met on one file must not cost the user every other file.
        LOG.error("failed on {}", file.fileName(), e);
        skip(file, "could not be processed (" + e + ")");
      }
    }

    private void skip(CorpusFile file, String reason) {
      LOG.warn("skipped {}: {}", file.fileName(), reason);
      skipped.add(new SkippedFile(file.fileName(), reason));
    }

    private void report(String fileName, List<String> problems) {
      for (String warning : problems) {
        LOG.warn("{}: {}", fileName, warning);
        warnings.add(fileName + ": " + warning);
      }
    }

    private void index(SourceDocument source) throws IOException {
      String fileName = source.fileName();
      report(fileName, source.warnings());
      String previous = before.get(source.id());
      seen.add(source.id());
      List<Chunk> chunks = chunker.split(source);
      if (chunks.isEmpty()) {
        seen.remove(source.id());
        skipped.add(new SkippedFile(fileName, "no text to index"));
        return;
      }
      List<Document> docs = new ArrayList<>(chunks.size());
      SourceDocument withParties = withParties(source);
      List<String> parties = withParties.metadata().parties();
      List<Tags> tags = tagger.tagDocument(parties, chunks);
      List<Definition> defined = definitions(chunks);
      for (int i = 0; i < chunks.size(); i++) {
        docs.add(
            documents.toDocument(withParties, chunks.get(i), tags.get(i), chunks.size(), defined));
      }
      // The record closes the block: block joins find a chunk's document as the next record.
      docs.add(
          records.toRecord(
              withParties, chunks, tags, tagger.partyCodes(parties), tagger.partyNames(parties)));
      // Replacing by document id keeps one document's chunks together and never half-updated.
      writer.updateDocuments(new Term(Fields.DOC_ID, source.id()), docs);
      if (previous == null) {
        added++;
      } else {
        updated++;
      }
    }

    /** The acronyms the chunks define, each once; a heading may define one as well as a text. */
    List<Definition> definitions(List<Chunk> chunks) {
      Set<Definition> found = new LinkedHashSet<>();
      for (Chunk chunk : chunks) {
        found.addAll(acronyms.find(chunk.text()));
      }
      return List.copyOf(found);
    }

    /**
     * The document with its declared parties, or parties inferred from its text when it has none.
     */
    SourceDocument withParties(SourceDocument source) {
      List<String> parties = tagger.partiesOf(source.metadata(), source.text());
      return source.withMetadata(source.metadata().withParties(parties));
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
