package org.policysearch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.policysearch.index.ChunkSink;
import org.policysearch.index.DocumentBlocks;
import org.policysearch.index.Fields;

/**
 * Writes documents' chunks to a SolrCloud collection: each document one nested block, its record
 * the parent of its chunks, built by the same {@link DocumentBlocks} as the Lucene index so that
 * both hold the same field values. Ids are {@code documentId!chunkId} and {@code
 * documentId!record}: the whole block goes to the shard its document id hashes to.
 */
public final class SolrChunkSink implements ChunkSink {
  /**
   * About how many Solr documents (chunks and records) one update request carries: a request per
   * document cost a round trip for every few chunks, while a whole block stays in one request.
   */
  static final int BATCH = 2_000;

  private final SolrClient client;
  private final String collection;
  private final DocumentBlocks blocks = new DocumentBlocks();

  /** Blocks not sent yet (each a record with its chunks), and how many documents they hold. */
  private final List<SolrInputDocument> pending = new ArrayList<>();

  private int pendingDocuments;

  public SolrChunkSink(SolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /** Which id each file the collection holds has: a file added beside it must not take its id. */
  @Override
  public Map<String, String> idsByFile() {
    Map<String, String> ids = new HashMap<>();
    try {
      for (SolrDocument record : records(Fields.FILE, Fields.DOC_ID)) {
        Object file = record.getFirstValue(Fields.FILE);
        if (file != null) {
          ids.put((String) file, (String) record.getFirstValue(Fields.DOC_ID));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  @Override
  public Map<String, String> contentHashes() {
    Map<String, String> hashes = new HashMap<>();
    List<SolrDocument> records;
    try {
      records = records(Fields.DOC_ID, Fields.CONTENT_HASH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (SolrDocument record : records) {
      hashes.put(
          (String) record.getFirstValue(Fields.DOC_ID),
          (String) record.getFirstValue(Fields.CONTENT_HASH));
    }
    return hashes;
  }

  @Override
  public void put(TaggedDocument document) throws IOException {
    String id = document.source().id();
    List<SolrInputDocument> chunks = new ArrayList<>();
    SolrInputDocument record = null;
    for (Document doc : blocks.of(document)) {
      SolrInputDocument solr = toSolr(doc);
      String chunkId = doc.get(Fields.CHUNK_ID);
      if (chunkId == null) {
        solr.setField("id", id + "!record");
        record = solr;
      } else {
        solr.setField("id", id + "!" + chunkId);
        chunks.add(solr);
      }
    }
    record.addChildDocuments(chunks);
    List<SolrInputDocument> full = null;
    synchronized (pending) {
      pending.add(record);
      pendingDocuments += chunks.size() + 1;
      if (pendingDocuments >= BATCH) {
        full = take();
      }
    }
    send(full);
  }

  /** Sends the blocks not sent yet. */
  private void flush() throws IOException {
    List<SolrInputDocument> rest;
    synchronized (pending) {
      rest = take();
    }
    send(rest);
  }

  private List<SolrInputDocument> take() {
    List<SolrInputDocument> taken = new ArrayList<>(pending);
    pending.clear();
    pendingDocuments = 0;
    return taken;
  }

  private void send(List<SolrInputDocument> records) throws IOException {
    if (records == null || records.isEmpty()) {
      return;
    }
    try {
      client.add(collection, records);
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
  }

  @Override
  public void delete(String documentId) throws IOException {
    flush(); // a delete never overtakes a block put before it
    try {
      client.deleteByQuery(
          collection, Fields.DOC_ID + ":" + ClientUtils.escapeQueryChars(documentId));
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
  }

  @Override
  public void commit() throws IOException {
    flush();
    try {
      client.commit(collection);
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
  }

  @Override
  public Counts counts() throws IOException {
    return new Counts(
        (int) SolrQueries.count(client, collection, SolrQueries.RECORDS),
        (int) SolrQueries.count(client, collection, SolrQueries.CHUNKS));
  }

  @Override
  public void close() {
    // The client is the caller's. Blocks put since the last commit and not yet sent stay unsent:
    // a run that ends without committing does not finish writing what it started.
  }

  /** Every record's {@code fields}, read in pages. */
  private List<SolrDocument> records(String... fields) throws IOException {
    List<SolrDocument> all = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery query = new SolrQuery("*:*");
      query.addFilterQuery(SolrQueries.RECORDS);
      query.setFields(fields);
      query.setRows(1_000);
      query.setSort("id", SolrQuery.ORDER.asc);
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = SolrQueries.query(client, collection, query);
      all.addAll(response.getResults());
      String next = response.getNextCursorMark();
      if (next.equals(cursor)) {
        return all;
      }
      cursor = next;
    }
  }

  /**
   * The Solr document of a Lucene document of the block: its stored, string and numeric values,
   * and, for the fields the index writes as token streams, the text Solr analyses the same way.
   */
  static SolrInputDocument toSolr(Document doc) {
    SolrInputDocument solr = new SolrInputDocument();
    Set<String> numeric = new HashSet<>();
    for (IndexableField field : doc) {
      String name = field.name();
      if (name.startsWith("$")) {
        continue; // Lucene's facet ordinals; Solr counts the plain fields
      }
      if (field.numericValue() != null) {
        // A number is stored and kept as a doc value: two fields, one value.
        if (numeric.add(name)) {
          solr.addField(name, field.numericValue());
        }
      } else if (field.stringValue() != null) {
        solr.addField(name, field.stringValue());
      }
    }
    if (doc.get(Fields.CHUNK_ID) != null) {
      List<String> path = List.of(doc.getValues(Fields.SECTION_PATH));
      String text = doc.get(Fields.TEXT);
      solr.removeField(Fields.BODY);
      // As ChunkDocuments writes them: each heading, then the text.
      path.forEach(heading -> solr.addField(Fields.BODY, heading));
      solr.addField(Fields.BODY, text);
    }
    return solr;
  }
}
