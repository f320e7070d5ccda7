package org.policysearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;
import org.policysearch.index.Fields;
import org.policysearch.search.DocumentHit;
import org.policysearch.search.Hit;
import org.policysearch.search.SearchBackend;

/**
 * The documents of a page of results grouped by document, each with its best passages and its
 * number of matching chunks, as the embedded engine gives them.
 *
 * <p>The documents themselves are ranked, counted, paged and faceted by {@link SolrView} as the
 * embedded engine does it: one block join from the matching chunks to their document's record,
 * scored by the best chunk (the plugin's {@code policy.unit=documents}). A record holds every facet
 * value of any of its chunks, so the facet counts and filters are of documents, drill-sideways, and
 * the total is the number of documents, in the same single request as the passages view. Solr's
 * result grouping ({@code group.field=doc_id}) and collapse would rank and facet chunks, not
 * documents (a document's filters and facet values would be those of its best chunk), and
 * distributed grouping does not send the collection's word statistics to the shards.
 *
 * <p>Then, for the page's documents only: the matching chunks counted per document (a terms facet
 * on {@code doc_id}), and the best {@link DocumentHit#MAX_PASSAGES} passages of each picked by
 * {@code {!collapse field=doc_id}} in rounds, each round excluding the passages picked before.
 * Collapse keeps a document's highest scoring chunk and, of equal scores, the first in index order,
 * which in a document's block is its order: the embedded engine's tie break. Every score comes from
 * a shard's main query phase, which has the collection's statistics (ExactStatsCache), and a
 * document's chunks are all on one shard (ids {@code documentId!chunkId}), so collapse sees them
 * all. The cost is bounded by the page, not by how many chunks a long treaty matches: three
 * requests more than the passages view, whatever the page size.
 */
final class SolrDocumentResults {
  private final SolrView view;

  SolrDocumentResults(SolrView view) {
    this.view = view;
  }

  /** The documents whose records are {@code page}, in its order, with their passages marked. */
  List<DocumentHit> of(SearchBackend.Run run, List<SolrView.Ranked> page) throws IOException {
    if (page.isEmpty()) {
      return List.of();
    }
    Map<String, DocumentHit> records = records(page);
    Map<String, Integer> matching = matchingChunks(run, records.keySet());
    Map<String, List<SolrView.Ranked>> best = bestPassages(run, matching);
    List<SolrView.Ranked> passages = new ArrayList<>();
    for (SolrView.Ranked record : page) {
      passages.addAll(best.getOrDefault(record.documentId.utf8ToString(), List.of()));
    }
    // One rendering request for the passages of the whole page.
    List<Hit> marked = view.hits(run, passages);
    List<DocumentHit> documents = new ArrayList<>(page.size());
    int next = 0;
    for (SolrView.Ranked record : page) {
      String id = record.documentId.utf8ToString();
      int count = best.getOrDefault(id, List.of()).size();
      documents.add(
          records
              .get(id)
              .found(
                  record.score, matching.getOrDefault(id, 0), marked.subList(next, next + count)));
      next += count;
    }
    return documents;
  }

  /** Each record of {@code page} as a document result, rendered by its shard, by document id. */
  private Map<String, DocumentHit> records(List<SolrView.Ranked> page) throws IOException {
    SolrQuery render = new SolrQuery("*:*");
    render.addFilterQuery(SolrView.idsFilter(page));
    render.setFields("id", "document:[policy]");
    render.setRows(page.size());
    render.set(PolicyParams.RENDER, PolicyParams.DOCUMENT);
    Map<String, DocumentHit> byId = new LinkedHashMap<>();
    for (SolrDocument doc : view.send(render).getResults()) {
      DocumentHit record =
          SolrBackend.JSON.readValue((String) doc.getFirstValue("document"), DocumentHit.class);
      byId.put(record.documentId(), record);
    }
    return byId;
  }

  /** How many chunks of each of {@code documentIds} match, those with none left out. */
  private Map<String, Integer> matchingChunks(SearchBackend.Run run, Iterable<String> documentIds)
      throws IOException {
    SolrQuery count = passagesOf(run, documentIds);
    count.setRows(0);
    count.add("json.facet", "{docs:{type:terms,field:" + Fields.DOC_ID + ",limit:-1,mincount:1}}");
    Map<String, Integer> counts = new HashMap<>();
    for (NamedList<Object> bucket : SolrView.buckets(view.send(count), "docs")) {
      counts.put(String.valueOf(bucket.get("val")), ((Number) bucket.get("count")).intValue());
    }
    return counts;
  }

  /**
   * The best passages of each document with matching chunks, best first: one collapse round per
   * place, each asking only for the documents with a chunk left.
   */
  private Map<String, List<SolrView.Ranked>> bestPassages(
      SearchBackend.Run run, Map<String, Integer> matching) throws IOException {
    Map<String, List<SolrView.Ranked>> best = new HashMap<>();
    List<String> picked = new ArrayList<>();
    for (int place = 0; place < DocumentHit.MAX_PASSAGES; place++) {
      int taken = place;
      List<String> open =
          matching.entrySet().stream()
              .filter(e -> e.getValue() > taken)
              .map(e -> e.getKey())
              .toList();
      if (open.isEmpty()) {
        break;
      }
      SolrQuery round = passagesOf(run, open);
      if (!picked.isEmpty()) {
        round.addFilterQuery(
            "-id:("
                + String.join(" ", picked.stream().map(ClientUtils::escapeQueryChars).toList())
                + ")");
      }
      round.addFilterQuery("{!collapse field=" + Fields.DOC_ID + "}");
      round.setFields("id", Fields.DOC_ID, Fields.ORDINAL, "score");
      round.setRows(open.size());
      for (SolrDocument doc : view.send(round).getResults()) {
        SolrView.Ranked passage = new SolrView.Ranked(doc);
        best.computeIfAbsent(passage.documentId.utf8ToString(), k -> new ArrayList<>())
            .add(passage);
        picked.add(passage.id);
      }
    }
    return best;
  }

  /** The chunks that rank the passages of {@code documentIds} under {@code run}'s query. */
  private SolrQuery passagesOf(SearchBackend.Run run, Iterable<String> documentIds) {
    SolrQuery query = view.policyQuery(run.node(), PolicyParams.DOCUMENT_PASSAGES);
    query.addFilterQuery(
        "{!terms f=" + Fields.DOC_ID + " separator=\"\\n\"}" + String.join("\n", documentIds));
    return query;
  }
}
