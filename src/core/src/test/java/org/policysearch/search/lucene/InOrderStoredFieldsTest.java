package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.policysearch.index.ChunkCodec;

class InOrderStoredFieldsTest {
  @Test
  void chunksReadInOrderAcrossSegmentsAreTheChunksReadOneByOne() throws IOException {
    try (Directory dir = threeSegments();
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(3, reader.leaves().size());
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields oneByOne = searcher.storedFields();
      InOrderStoredFields inOrder = new InOrderStoredFields(searcher);
      // Every other chunk, so that reading skips within blocks and from segment to segment.
      for (int doc = 0; doc < reader.maxDoc(); doc += 2) {
        Document expected = oneByOne.document(doc);
        Document read = inOrder.document(doc);
        assertEquals(expected.get("id"), read.get("id"));
        assertEquals(expected.get("text"), read.get("text"));
        assertEquals(
            expected.getField("ordinal").numericValue(), read.getField("ordinal").numericValue());
      }
    }
  }

  @Test
  void onlyTheFieldsAskedForAreRead() throws IOException {
    try (Directory dir = threeSegments();
        DirectoryReader reader = DirectoryReader.open(dir)) {
      InOrderStoredFields inOrder = new InOrderStoredFields(new IndexSearcher(reader));
      Document read = inOrder.document(reader.maxDoc() - 1, Set.of("id"));
      assertEquals("chunk-" + (reader.maxDoc() - 1), read.get("id"));
      assertNull(read.get("text"));
    }
  }

  /**
   * 300 chunks in three segments of 70, 100 and 130, written with the index's codec, each text long
   * enough that a segment's chunks span several blocks.
   */
  private static Directory threeSegments() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig().setCodec(new ChunkCodec());
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      int id = 0;
      // Segments of unequal sizes, so that a chunk read at the wrong segment's offset shows.
      for (int size : new int[] {70, 100, 130}) {
        for (int i = 0; i < size; i++, id++) {
          Document doc = new Document();
          doc.add(new StringField("id", "chunk-" + id, StringField.Store.YES));
          doc.add(new StoredField("ordinal", id));
          doc.add(
              new StoredField(
                  "text",
                  String.join(
                      " ", List.of("passage", "" + id).stream().map(w -> w.repeat(40)).toList())));
          writer.addDocument(doc);
        }
        writer.commit();
      }
    }
    return dir;
  }
}
