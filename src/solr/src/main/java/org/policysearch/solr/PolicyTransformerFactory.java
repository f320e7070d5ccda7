package org.policysearch.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.transform.DocTransformer;
import org.apache.solr.response.transform.TransformerFactory;
import org.apache.solr.search.SolrIndexSearcher;
import org.policysearch.index.Fields;
import org.policysearch.search.QueryNode;
import org.policysearch.search.lucene.ShardQueries;
import org.policysearch.search.lucene.ShardSpelling;

/**
 * {@code [policy]} in {@code fl}: the chunk rendered on the shard that holds it, as the embedded
 * engine renders it (a hit with its marked text, snippet, headings and where its words matched; a
 * document view's chunk; its document's summary; a record as a document result), as JSON. Marking
 * reads the chunk's postings and stored fields, which only its shard has.
 */
public final class PolicyTransformerFactory extends TransformerFactory {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public DocTransformer create(String field, SolrParams params, SolrQueryRequest req) {
    SolrParams all = req.getParams();
    QueryNode marks = QueryNodes.decode(all.get(PolicyParams.MARKS, "null"));
    String render = all.get(PolicyParams.RENDER, PolicyParams.HIT);
    String link = all.get(PolicyParams.LINK);
    boolean explain = all.getBool(PolicyParams.EXPLAIN, false);
    return new DocTransformer() {
      private ShardQueries queries;
      private Map<String, Long> spelling;

      @Override
      public String getName() {
        return field;
      }

      @Override
      public boolean needsSolrIndexSearcher() {
        return true;
      }

      @Override
      public void transform(SolrDocument doc, int docid) throws IOException {
        SolrIndexSearcher searcher = context.getSearcher();
        if (queries == null) {
          queries = ShardContext.queries(searcher, all);
        }
        if (render.equals(PolicyParams.SPELLING_COUNTS)) {
          // The shard's counts, the same for any of its documents: one is asked for per shard.
          if (spelling == null) {
            spelling =
                ShardSpelling.localCounts(
                    searcher.getIndexReader(), all.get(PolicyParams.SPELLING, ""));
          }
          doc.setField(field, JSON.writeValueAsString(spelling));
          return;
        }
        Object rendered =
            switch (render) {
              case PolicyParams.CHUNK -> queries.chunk(searcher, docid, marks);
              case PolicyParams.SUMMARY -> queries.summary(searcher, docid);
              // A page of results grouped by document: its records and their passages.
              case PolicyParams.DOCUMENT ->
                  doc.getFirstValue(Fields.CHUNK_ID) == null
                      ? queries.document(searcher, docid)
                      : queries.hit(searcher, docid, marks, link, explain);
              default -> queries.hit(searcher, docid, marks, link, explain);
            };
        try {
          doc.setField(field, JSON.writeValueAsString(rendered));
        } catch (JsonProcessingException e) {
          throw new IOException(e);
        }
      }
    };
  }
}
