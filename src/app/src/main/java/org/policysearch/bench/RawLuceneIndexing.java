package org.policysearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.policysearch.index.Fields;

/**
 * The floor for indexing: raw Lucene indexing the chunk texts that policy-search indexed, each as
 * one stored {@link TextField} beside its id, with {@link StandardAnalyzer}, on as many threads and
 * with the same writer buffer. No reading of files, no structure, no tagging, one analysed field.
 */
public final class RawLuceneIndexing {
  private RawLuceneIndexing() {}

  /**
   * What raw Lucene did.
   *
   * @param chunks chunks indexed
   * @param textBytes UTF-8 bytes of their texts
   * @param seconds from opening the writer to its last commit, merges finished
   * @param indexBytes size of the index folder
   * @param segments segments in the index
   */
  public record Figures(
      int chunks, long textBytes, double seconds, long indexBytes, int segments) {}

  /** A chunk's id and text, as policy-search stored them. */
  private record Chunk(String id, String text) {}

  /**
   * Reads every chunk of the index at {@code ours}, then times raw Lucene indexing their texts into
   * the empty folder {@code rawDir} on {@code threads} threads.
   */
  public static Figures run(Path ours, Path rawDir, int threads, double ramBufferMb)
      throws IOException {
    List<Chunk> chunks = chunks(ours);
    long textBytes = 0;
    for (Chunk chunk : chunks) {
      textBytes += chunk.text().getBytes(StandardCharsets.UTF_8).length;
    }
    long start = System.nanoTime();
    try (Directory dir = FSDirectory.open(rawDir)) {
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setRAMBufferSizeMB(ramBufferMb);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      // Commits on close, after the merges still running: what a plain indexing program does.
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        addAll(writer, chunks, threads);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return new Figures(
            chunks.size(), textBytes, seconds, sizeOf(rawDir), reader.leaves().size());
      }
    }
  }

  /** Thread {@code t} of {@code threads} adds every {@code threads}-th chunk from the t-th. */
  private static void addAll(IndexWriter writer, List<Chunk> chunks, int threads)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, Thread::new);
    try {
      List<Future<Void>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(
            pool.submit(
                () -> {
                  for (int i = first; i < chunks.size(); i += threads) {
                    writer.addDocument(document(chunks.get(i)));
                  }
                  return null;
                }));
      }
      for (Future<Void> part : parts) {
        part.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("raw Lucene indexing failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static Document document(Chunk chunk) {
    Document doc = new Document();
    doc.add(new StringField("id", chunk.id(), Field.Store.YES));
    doc.add(new TextField("text", chunk.text(), Field.Store.YES));
    return doc;
  }

  /** Every live chunk of the index at {@code index} (records have no chunk id and are left out). */
  private static List<Chunk> chunks(Path index) throws IOException {
    List<Chunk> chunks = new ArrayList<>();
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(doc, java.util.Set.of(Fields.CHUNK_ID, Fields.TEXT));
          if (d.get(Fields.CHUNK_ID) != null) {
            chunks.add(new Chunk(d.get(Fields.CHUNK_ID), d.get(Fields.TEXT)));
          }
        }
      }
    }
    return chunks;
  }

  /** Bytes of the files under {@code dir}. */
  public static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long bytes = 0;
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        bytes += Files.size(file);
      }
      return bytes;
    }
  }
}
