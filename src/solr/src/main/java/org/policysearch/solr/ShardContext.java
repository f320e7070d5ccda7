package org.policysearch.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.search.SolrIndexSearcher;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.acronyms.Definition;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.lucene.ShardQueries;
import org.policysearch.tagging.CountryTagger;
import org.policysearch.tagging.SectorTagger;

/** What a shard builds the project's queries from for one request. */
final class ShardContext {
  /** The bundled gazetteer and sectors, loaded once per Solr node. */
  private static final class Labels {
    static final FacetLabels BUNDLED = new FacetLabels(new CountryTagger(), new SectorTagger());
  }

  private ShardContext() {}

  /** The queries of a request to {@code searcher}'s shard, with the acronyms it was sent. */
  static ShardQueries queries(SolrIndexSearcher searcher, SolrParams params) {
    return new ShardQueries(
        searcher.getIndexReader(),
        Labels.BUNDLED,
        acronyms(params),
        CollectionWordStatistics.INSTANCE);
  }

  private static AcronymTable acronyms(SolrParams params) {
    String[] sent = params.getParams(PolicyParams.ACRONYM);
    List<AcronymTable.Entry> entries = new ArrayList<>();
    if (sent != null) {
      for (String encoded : sent) {
        Definition d = Definition.decode(encoded);
        if (d != null) {
          entries.add(new AcronymTable.Entry(d.acronym(), d.expansion(), List.of()));
        }
      }
    }
    return new AcronymTable(entries);
  }
}
