package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.join.BitSetProducer;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.index.FacetRegistry;
import org.policysearch.index.IndexedAcronyms;
import org.policysearch.index.IndexedDocuments;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.FacetCounts;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.IndexStats;

/**
 * What the Lucene backend builds once per index reader (that is, once per commit), when the reader
 * is opened by a refresh, so that no request pays for it: each of these reads every facet value,
 * every document or every stored acronym.
 *
 * @param facetOrdinals the facet ordinals drill-sideways counts with; null when the index has no
 *     facet field (no chunk at all)
 * @param corpusFacets every facet value's count over the whole corpus, counted in the background
 * @param documents every document's summary, by id, read in the background
 * @param stats how many documents and chunks
 * @param acronyms the acronyms the documents define
 * @param queries the query builder that expands those acronyms
 * @param order the documents' order by id, which equal scores are kept in
 */
record ReaderState(
    SortedSetDocValuesReaderState facetOrdinals,
    ReaderWork<FacetCounts> corpusFacets,
    ReaderWork<List<DocumentSummary>> documents,
    IndexStats stats,
    AcronymTable acronyms,
    LuceneQueries queries,
    DocumentOrder order) {

  /**
   * The state of {@code reader}; the corpus's facet counts and the document list, which no search
   * needs, are made on {@code background}.
   */
  static ReaderState build(
      IndexReader reader,
      FacetsConfig config,
      FacetLabels labels,
      StoredChunks stored,
      BitSetProducer records,
      Executor background)
      throws IOException {
    SortedSetDocValuesReaderState ordinals = ordinals(reader, config);
    // Each document has one record beside its chunks: counting them reads no stored field.
    int documents = new IndexSearcher(reader).count(LuceneQueries.RECORDS);
    AcronymTable table = IndexedAcronyms.table(reader);
    return new ReaderState(
        ordinals,
        ReaderWork.of(reader, () -> corpusCounts(reader, ordinals)).startOn(background),
        // One stored chunk per document: each read decompresses a block of stored fields.
        ReaderWork.of(
                reader,
                () ->
                    IndexedDocuments.oneChunkEach(reader).values().stream()
                        .map(stored::summary)
                        .toList())
            .startOn(background),
        new IndexStats(documents, reader.numDocs() - documents),
        table,
        LuceneQueries.forCorpus(reader, labels, table, records, WordStatistics.LOCAL),
        DocumentOrder.of(reader));
  }

  /**
   * Every facet value's count over the chunks of {@code reader}, whose facets are {@code ordinals}.
   */
  static FacetCounts corpusCounts(IndexReader reader, SortedSetDocValuesReaderState ordinals)
      throws IOException {
    if (ordinals == null) {
      return FacetCounts.NONE;
    }
    FacetsCollector all = new FacetsCollector();
    new IndexSearcher(reader).search(LuceneQueries.CHUNKS, all);
    return counts(new SortedSetDocValuesFacetCounts(ordinals, all));
  }

  /** Lucene's counts of every facet as the backend-neutral counts. */
  static FacetCounts counts(Facets facets) throws IOException {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String dimension : FacetRegistry.NAMES) {
      FacetResult result = allChildren(facets, dimension);
      if (result != null) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (LabelAndValue value : result.labelValues) {
          values.put(value.label, value.value.intValue());
        }
        counts.put(dimension, values);
      }
    }
    return new FacetCounts(counts);
  }

  private static FacetResult allChildren(Facets facets, String dimension) throws IOException {
    try {
      return facets.getAllChildren(dimension);
    } catch (IllegalArgumentException e) {
      return null; // no chunk carries this facet yet (e.g. no document has a date)
    }
  }

  private static SortedSetDocValuesReaderState ordinals(IndexReader reader, FacetsConfig config)
      throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
