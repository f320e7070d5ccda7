package org.policysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    try (ChunkSink sink = LuceneChunkSink.open(indexDir)) {
      return run(corpus, corpusDir, sink, progress);
    }
  }

  /** Indexes the files of {@code corpusDir}, read by {@code corpus}, into {@code sink}. */
  public IndexSummary run(CorpusReader corpus, Path corpusDir, ChunkSink sink, Progress progress)
      throws IOException {
    long startNanos = System.nanoTime();
    Run run = new Run(sink, sink.contentHashes());
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
    sink.commit();
    return run.summary(sink, (System.nanoTime() - startNanos) / 1e9);
  }

  /** The indexing work of one run, with its counts. */
  private final class Run {
    final ChunkSink sink;
    final Map<String, String> before;
    final Set<String> seen = new HashSet<>();
    final List<SkippedFile> skipped = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int added;
    int updated;
    int unchanged;
    int deleted;

    Run(ChunkSink sink, Map<String, String> before) {
      this.sink = sink;
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
      SourceDocument withParties = withParties(source);
      List<String> parties = withParties.metadata().parties();
      sink.put(
          new ChunkSink.TaggedDocument(
              withParties,
              chunks,
              tagger.tagDocument(parties, chunks),
              definitions(chunks),
              tagger.partyCodes(parties),
              tagger.partyNames(parties)));
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
          warnings,
          seconds);
    }
  }
}
