package org.policysearch.solr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
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

  /**
   * Queries already built per searcher's index and per set of acronyms sent: building them reads
   * the gazetteer's names into a synonym map, several times a search otherwise (every phase of
   * every request parses its query on each shard). The index is weakly held, so a reopened
   * searcher's entries go with the old reader.
   */
  private static final Map<IndexReader, Map<List<String>, ShardQueries>> BUILT =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** How many sets of acronyms are kept per index. */
  private static final int KEPT = 64;

  private ShardContext() {}

  /** The queries of a request to {@code searcher}'s shard, with the acronyms it was sent. */
  static ShardQueries queries(SolrIndexSearcher searcher, SolrParams params) {
    IndexReader reader = searcher.getIndexReader();
    String[] sent = params.getParams(PolicyParams.ACRONYM);
    List<String> key = sent == null ? List.of() : List.of(sent);
    Map<List<String>, ShardQueries> built = BUILT.computeIfAbsent(reader, r -> lru());
    synchronized (built) {
      ShardQueries queries = built.get(key);
      if (queries == null) {
        queries =
            new ShardQueries(
                reader, Labels.BUNDLED, acronyms(params), CollectionWordStatistics.INSTANCE);
        built.put(key, queries);
      }
      return queries;
    }
  }

  private static Map<List<String>, ShardQueries> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<List<String>, ShardQueries> eldest) {
        return size() > KEPT;
      }
    };
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
