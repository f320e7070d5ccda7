package org.policysearch.search.lucene;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.policysearch.corpus.DocumentTypes;
import org.policysearch.index.Fields;
import org.policysearch.search.DocumentChunk;
import org.policysearch.search.DocumentHit;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.Hit;
import org.policysearch.search.Label;
import org.policysearch.search.Permalink;

/** Reads what the index stores about a chunk and its document into the API's records. */
final class StoredChunks {
  private final FacetLabels labels;

  StoredChunks(FacetLabels labels) {
    this.labels = labels;
  }

  /**
   * The stored fields of {@code docIds}, each read once, for the highlighter and the records alike:
   * reading a chunk decompresses a block of the index, the larger part of what showing it costs.
   * One reader for all of them, as each new one allocates its own buffers.
   */
  static Map<Integer, Document> read(IndexSearcher searcher, int[] docIds) throws IOException {
    return read(searcher.storedFields(), docIds);
  }

  /**
   * The stored fields of {@code docIds}, in ascending order, as {@link #read}: a document's chunks,
   * each block decompressed once for all of them ({@link InOrderStoredFields}).
   */
  static Map<Integer, Document> readInOrder(IndexSearcher searcher, int[] docIds)
      throws IOException {
    return read(new InOrderStoredFields(searcher), docIds);
  }

  private static Map<Integer, Document> read(StoredFields fields, int[] docIds) throws IOException {
    Map<Integer, Document> read = new HashMap<>();
    for (int doc : docIds) {
      read.put(doc, fields.document(doc));
    }
    return read;
  }

  Hit hit(
      Document doc,
      float score,
      boolean allWords,
      List<String> matchedOn,
      String text,
      String snippet,
      Highlighting.MarkedHeadings headings,
      String query,
      String explain) {
    String documentId = doc.get(Fields.DOC_ID);
    String chunkId = doc.get(Fields.CHUNK_ID);
    return new Hit(
        chunkId,
        documentId,
        doc.get(Fields.TITLE),
        doc.get(Fields.TYPE),
        doc.get(Fields.DATE),
        doc.get(Fields.PUBLISHER),
        values(doc, Fields.SECTION_PATH),
        doc.get(Fields.KIND),
        labelled(doc, Fields.COUNTRY),
        labelled(doc, Fields.SECTOR),
        score,
        allWords,
        List.copyOf(matchedOn),
        text,
        snippet,
        headings.title(),
        headings.sectionPath(),
        Permalink.opening(documentId, chunkId, query),
        Permalink.of(documentId, chunkId, doc.get(Fields.TEXT)),
        explain,
        List.of(),
        page(doc));
  }

  /** The page a chunk starts on, or null for a document without pages. */
  private static Integer page(Document doc) {
    IndexableField page = doc.getField(Fields.PAGE);
    return page == null ? null : page.numericValue().intValue();
  }

  /**
   * A document result from its record (metadata, and every country and sector of its chunks) and
   * its best passages, already marked; the title comes from the best passage, as records store
   * none.
   */
  DocumentHit document(Document record, float score, int matchingPassages, List<Hit> passages) {
    return document(record).found(score, matchingPassages, passages);
  }

  /** A document result from its record alone: no score, passages or title yet. */
  DocumentHit document(Document record) {
    String documentId = record.get(Fields.DOC_ID);
    return new DocumentHit(
        documentId,
        documentId,
        null,
        record.get(Fields.TYPE),
        record.get(Fields.DATE),
        record.get(Fields.PUBLISHER),
        labelled(record, Fields.COUNTRY),
        labelled(record, Fields.SECTOR),
        0f,
        0,
        record.getField(Fields.CHUNK_COUNT).numericValue().intValue(),
        "/?doc=" + encode(documentId),
        List.of());
  }

  DocumentChunk chunk(Document doc, String text) {
    return new DocumentChunk(
        doc.get(Fields.CHUNK_ID),
        doc.getField(Fields.ORDINAL).numericValue().intValue(),
        doc.get(Fields.KIND),
        values(doc, Fields.SECTION_PATH),
        text,
        labelled(doc, Fields.COUNTRY),
        labelled(doc, Fields.SECTOR),
        labelled(doc, Fields.COMMITMENT).stream().findFirst().orElse(null),
        Permalink.of(doc.get(Fields.DOC_ID), doc.get(Fields.CHUNK_ID), doc.get(Fields.TEXT)),
        page(doc));
  }

  DocumentSummary summary(Document doc) {
    String type = doc.get(Fields.TYPE);
    return new DocumentSummary(
        doc.get(Fields.DOC_ID),
        doc.get(Fields.TITLE),
        type,
        type == null ? null : DocumentTypes.label(type),
        doc.get(Fields.DATE),
        doc.get(Fields.PUBLISHER),
        values(doc, Fields.PARTIES).stream()
            .map(code -> new Label(code, labels.label("country", code)))
            .toList(),
        doc.get(Fields.URL),
        doc.get(Fields.FILE),
        doc.getField(Fields.CHUNK_COUNT).numericValue().intValue());
  }

  private List<Label> labelled(Document doc, String dimension) {
    return values(doc, dimension).stream()
        .map(code -> new Label(code, labels.label(dimension, code)))
        .toList();
  }

  private static List<String> values(Document doc, String field) {
    return Arrays.stream(doc.getFields(field)).map(IndexableField::stringValue).toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
