package org.policysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk as a {@link ChunkSink}: one block per document (its chunks, then its
 * record), replaced whole by document id. Owns the {@link IndexWriter}; puts may come from several
 * threads, as the writer is thread-safe.
 */
public final class LuceneChunkSink implements ChunkSink {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneChunkSink.class);

  private final ChunkDocuments documents = new ChunkDocuments();
  private final DocumentRecords records = new DocumentRecords(documents);
  private final Directory dir;
  private final IndexWriter writer;
  private final Map<String, String> hashes;
  private final boolean created;

  private LuceneChunkSink(Directory dir, Map<String, String> indexed) throws IOException {
    this.dir = dir;
    this.created = indexed == null;
    this.hashes = created ? Map.of() : Collections.unmodifiableMap(indexed);
    IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create());
    config.setSimilarity(new ChunkSimilarity());
    // A run that fails half-way must leave the previous commit as it was, not half of this run.
    config.setCommitOnClose(false);
    config.setOpenMode(
        created ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
    this.writer = new IndexWriter(dir, config);
  }

  /** The index at {@code indexDir}, created (or rebuilt, when its schema is older) as needed. */
  public static LuceneChunkSink open(Path indexDir) throws IOException {
    Directory dir = FSDirectory.open(indexDir);
    try {
      return new LuceneChunkSink(dir, indexedHashes(dir));
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
  public void put(TaggedDocument document) throws IOException {
    int count = document.chunks().size();
    List<Document> docs = new ArrayList<>(count + 1);
    for (int i = 0; i < count; i++) {
      docs.add(
          documents.toDocument(
              document.source(),
              document.chunks().get(i),
              document.tags().get(i),
              count,
              document.definitions()));
    }
    // The record closes the block: block joins find a chunk's document as the next record.
    docs.add(
        records.toRecord(
            document.source(),
            document.chunks(),
            document.tags(),
            document.partyCodes(),
            document.partyNames()));
    // Replacing by document id keeps one document's chunks together and never half-updated.
    writer.updateDocuments(new Term(Fields.DOC_ID, document.source().id()), docs);
  }

  @Override
  public void delete(String documentId) throws IOException {
    writer.deleteDocuments(new Term(Fields.DOC_ID, documentId));
  }

  @Override
  public void commit() throws IOException {
    // A new index is committed even when empty, so that searches can open it.
    if (writer.hasUncommittedChanges() || created) {
      writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION).entrySet());
      writer.commit();
    }
  }

  @Override
  public Counts counts() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      int docs = hashes(reader).size();
      return new Counts(docs, reader.numDocs() - docs); // each document has one record beside
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
