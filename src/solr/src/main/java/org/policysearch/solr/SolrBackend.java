package org.policysearch.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.MultiReader;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.acronyms.Definition;
import org.policysearch.index.FacetRegistry;
import org.policysearch.index.Fields;
import org.policysearch.search.BackgroundRefresh;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.FacetCounts;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.IndexStats;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.lucene.ShardQueries;
import org.policysearch.search.lucene.WordStatistics;

/**
 * The index as a SolrCloud collection written by {@link SolrChunkSink}, searched through SolrJ with
 * the plugin's query parser and renderer, so that it answers as {@link
 * org.policysearch.search.lucene.LuceneBackend} answers over the same chunks. What the embedded
 * engine builds per reader (documents, acronyms, corpus facet counts, stats) is read once per
 * {@link #refresh}, and again in the background whenever the collection has changed — another
 * process's {@code index --backend solr} shows in the documents, facets and stats served here
 * within {@link #REFRESH_EVERY}, as a new commit does in the embedded engine.
 */
public final class SolrBackend implements SearchBackend {
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * How often the collection is asked whether it changed: one request for a count and the newest
   * update's version, answered from doc values, so asking often costs the cluster little.
   */
  public static final Duration REFRESH_EVERY = Duration.ofSeconds(2);

  private final SolrClient client;
  private final String collection;
  private final FacetLabels labels;
  private volatile State state;
  private volatile String problem;
  private final BackgroundRefresh refresher;

  /**
   * What the collection holds as of the last refresh, beside its chunks; {@code version} is the
   * collection's size and newest update as read just before (see {@link #version()}).
   */
  record State(
      List<DocumentSummary> documents,
      Map<String, DocumentSummary> byId,
      AcronymTable acronyms,
      FacetCounts corpusFacets,
      IndexStats stats,
      ShardQueries queries,
      List<String> shards,
      String version) {}

  /** The collection {@code collection} of {@code client}'s cluster, which the caller closes. */
  public SolrBackend(SolrClient client, String collection, FacetLabels labels) throws IOException {
    this.client = client;
    this.collection = collection;
    this.labels = labels;
    refresh();
    this.refresher = new BackgroundRefresh("solr-refresh " + collection);
    refresher.every(REFRESH_EVERY, this::refreshWhenChanged);
  }

  @Override
  public View view() {
    return new SolrView(client, collection, state, null);
  }

  @Override
  public View view(Duration budget) {
    return new SolrView(client, collection, state, budget);
  }

  /**
   * Reads the collection's documents, acronyms and counts again; when that fails, searches go on
   * against the state last read, and {@link #degraded} says why.
   */
  @Override
  public void refresh() throws IOException {
    refresh(null);
  }

  /**
   * Reads the collection again, as of {@code version} when the caller has just asked for it (null:
   * asked here).
   */
  private synchronized void refresh(String version) throws IOException {
    try {
      // Read before the state: a change made while it is read shows as a change next time.
      state = load(version == null ? version() : version);
      problem = null;
    } catch (IOException | SolrException e) {
      if (state == null) {
        throw e;
      }
      problem = "The Solr collection " + collection + " could not be read again: " + e.getMessage();
    }
  }

  /**
   * Reads the collection again when it changed since the last read. One read at a time, beside a
   * {@link #refresh} asked for by the caller (after its own index run): a read that began before
   * the run's commit and ended after the caller's would otherwise leave the older state served.
   */
  private synchronized void refreshWhenChanged() {
    try {
      String version = version();
      if (!version.equals(state.version())) {
        refresh(version);
      }
    } catch (IOException | RuntimeException e) {
      // The searches go on against the state last read; health says why.
      problem = "The Solr collection " + collection + " could not be read again: " + e.getMessage();
    }
  }

  /** The collection's size and newest update, which every add, change and delete moves. */
  private String version() throws IOException {
    SolrQuery query = new SolrQuery("*:*");
    query.setRows(0);
    query.add("json.facet", "{newest:\"max(_version_)\"}");
    QueryResponse answer = SolrQueries.query(client, collection, query);
    NamedList<?> facets = (NamedList<?>) answer.getResponse().get("facets");
    Object newest = facets == null ? null : facets.get("newest");
    return answer.getResults().getNumFound() + "@" + newest;
  }

  @Override
  public Optional<String> degraded() {
    return Optional.ofNullable(problem);
  }

  @Override
  public String engine() {
    return "solr";
  }

  @Override
  public Optional<String> cluster() throws IOException {
    return Optional.of(ClusterState.of(client, collection));
  }

  /**
   * Stops the background refresh and waits for it to end, so that the caller can close the client
   * it would otherwise still send through.
   */
  @Override
  public void close() {
    // The client is the caller's.
    refresher.stop(Duration.ofSeconds(10));
  }

  private State load(String version) throws IOException {
    List<DocumentSummary> documents = new ArrayList<>();
    Map<String, DocumentSummary> byId = new LinkedHashMap<>();
    Map<String, List<Definition>> definitions = new LinkedHashMap<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      // A document's first chunk carries its metadata, as every chunk does.
      SolrQuery query = new SolrQuery("*:*");
      query.addFilterQuery(SolrQueries.CHUNKS, Fields.ORDINAL + ":0");
      query.setFields(Fields.DOC_ID, Fields.ACRONYMS, "summary:[policy]");
      query.set(PolicyParams.RENDER, PolicyParams.SUMMARY);
      query.setRows(1_000);
      query.setSort(Fields.DOC_ID, SolrQuery.ORDER.asc);
      query.addSort("id", SolrQuery.ORDER.asc);
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = SolrQueries.query(client, collection, query);
      for (SolrDocument doc : response.getResults()) {
        DocumentSummary summary =
            JSON.readValue((String) doc.getFirstValue("summary"), DocumentSummary.class);
        documents.add(summary);
        byId.put(summary.id(), summary);
        List<Definition> defined = new ArrayList<>();
        if (doc.getFieldValues(Fields.ACRONYMS) != null) {
          for (Object encoded : doc.getFieldValues(Fields.ACRONYMS)) {
            Definition d = Definition.decode((String) encoded);
            if (d != null) {
              defined.add(d);
            }
          }
        }
        definitions.put(summary.id(), defined);
      }
      String next = response.getNextCursorMark();
      if (next.equals(cursor)) {
        break;
      }
      cursor = next;
    }
    AcronymTable acronyms = AcronymTable.of(definitions);
    long records = SolrQueries.count(client, collection, SolrQueries.RECORDS);
    long chunks = SolrQueries.count(client, collection, SolrQueries.CHUNKS);
    FacetCounts corpus = corpusFacets();
    // The client's queries only tell whether a query grades words: no index is read.
    ShardQueries queries =
        new ShardQueries(new MultiReader(), labels, acronyms, WordStatistics.LOCAL);
    return new State(
        documents,
        byId,
        acronyms,
        corpus,
        new IndexStats((int) records, (int) chunks),
        queries,
        ClusterState.shardNames(client, collection),
        version);
  }

  private FacetCounts corpusFacets() throws IOException {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(SolrQueries.CHUNKS);
    query.setRows(0);
    query.add("json.facet", SolrView.facetRequest(false));
    return SolrView.facetCounts(SolrQueries.query(client, collection, query));
  }

  /** Facet names in registry order, for callers that read the raw response. */
  static List<String> facetNames() {
    return FacetRegistry.NAMES;
  }

  /** The buckets of one facet in a JSON facet response. */
  @SuppressWarnings("unchecked")
  static List<NamedList<Object>> buckets(NamedList<Object> facets, String name) {
    NamedList<Object> facet = (NamedList<Object>) facets.get(name);
    return facet == null ? List.of() : (List<NamedList<Object>>) facet.get("buckets");
  }
}
