package org.policysearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
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
 * <p>Then, for the page's documents only: the best {@link DocumentHit#MAX_PASSAGES} passages of
 * each picked by {@code {!collapse field=doc_id}} in rounds, each round excluding the passages
 * picked before, the first also counting the matching chunks per document (a terms facet on {@code
 * doc_id} whose domain lifts the collapse). Collapse keeps a document's highest scoring chunk and,
 * of equal scores, the first in index order, which in a document's block is its order: the embedded
 * engine's tie break. Every score comes from a shard's main query phase, which has the collection's
 * statistics (ExactStatsCache), and a document's chunks are all on one shard (ids {@code
 * documentId!chunkId}), so collapse sees them all. The cost is bounded by the page, not by how many
 * chunks a long treaty matches: at most four requests for the page's documents (up to three rounds,
 * then one rendering of the records and passages), whatever its size.
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
    List<String> ids = page.stream().map(record -> record.documentId.utf8ToString()).toList();
    Matching matching = matching(run, ids);
    List<SolrView.Ranked> passages = new ArrayList<>();
    for (String id : ids) {
      passages.addAll(matching.best().getOrDefault(id, List.of()));
    }
    // One rendering request for the whole page: its records and their passages.
    List<SolrView.Ranked> all = new ArrayList<>(page);
    all.addAll(passages);
    Map<String, String> rendered = view.rendered(run, all, PolicyParams.DOCUMENT);
    List<Hit> marked = view.scored(run, passages, rendered);
    List<DocumentHit> documents = new ArrayList<>(page.size());
    int next = 0;
    for (SolrView.Ranked record : page) {
      String id = record.documentId.utf8ToString();
      int count = matching.best().getOrDefault(id, List.of()).size();
      documents.add(
          SolrBackend.JSON
              .readValue(rendered.get(record.id), DocumentHit.class)
              .found(
                  record.score,
                  matching.counts().getOrDefault(id, 0),
                  marked.subList(next, next + count)));
      next += count;
    }
    return documents;
  }

  /** Each document's matching chunks: how many, and the best of them, best first. */
  private record Matching(Map<String, Integer> counts, Map<String, List<SolrView.Ranked>> best) {}

  /**
   * The matching chunks of {@code documentIds}: one collapse round per place, the first also
   * counting every matching chunk per document (a facet whose domain lifts the collapse), each
   * later round asking only for the documents with a chunk left.
   */
  private Matching matching(SearchBackend.Run run, Collection<String> documentIds)
      throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, List<SolrView.Ranked>> best = new HashMap<>();
    List<String> picked = new ArrayList<>();
    Collection<String> open = documentIds;
    for (int place = 0; place < DocumentHit.MAX_PASSAGES && !open.isEmpty(); place++) {
      SolrQuery round = passagesOf(run, open);
      if (!picked.isEmpty()) {
        round.addFilterQuery(
            "-id:("
                + String.join(" ", picked.stream().map(ClientUtils::escapeQueryChars).toList())
                + ")");
      }
      round.addFilterQuery("{!collapse tag=collapse field=" + Fields.DOC_ID + "}");
      round.setFields("id", Fields.DOC_ID, Fields.ORDINAL, "score");
      round.setRows(open.size());
      if (place == 0) {
        round.add(
            "json.facet",
            "{docs:{type:terms,field:"
                + Fields.DOC_ID
                + ",limit:-1,domain:{excludeTags:collapse}}}");
      }
      QueryResponse answer = view.send(round);
      if (place == 0) {
        for (NamedList<Object> bucket : SolrView.buckets(answer, "docs")) {
          counts.put(String.valueOf(bucket.get("val")), ((Number) bucket.get("count")).intValue());
        }
      }
      for (SolrDocument doc : answer.getResults()) {
        SolrView.Ranked passage = new SolrView.Ranked(doc);
        best.computeIfAbsent(passage.documentId.utf8ToString(), k -> new ArrayList<>())
            .add(passage);
        picked.add(passage.id);
      }
      int next = place + 1;
      open = counts.keySet().stream().filter(id -> counts.get(id) > next).toList();
    }
    return new Matching(counts, best);
  }

  /** The chunks that rank the passages of {@code documentIds} under {@code run}'s query. */
  private SolrQuery passagesOf(SearchBackend.Run run, Iterable<String> documentIds) {
    SolrQuery query = view.policyQuery(run.node(), PolicyParams.DOCUMENT_PASSAGES);
    query.addFilterQuery(
        "{!terms f=" + Fields.DOC_ID + " separator=\"\\n\"}" + String.join("\n", documentIds));
    return query;
  }
}
