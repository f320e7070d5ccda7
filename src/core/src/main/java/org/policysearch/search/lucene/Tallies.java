package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.policysearch.index.Fields;
import org.policysearch.search.DocumentTally;

/**
 * Counts a search's matching chunks per document and sector from doc values alone (no stored field
 * is read), then reads each of those documents' parties from its record: what the pair, partner and
 * network views count.
 */
final class Tallies {
  private Tallies() {}

  /** The documents {@code chunks} (a chunk-level query) matches, with their tallies. */
  static List<DocumentTally> of(IndexSearcher searcher, Query chunks, String facetField)
      throws IOException {
    Counting counting = new Counting(facetField);
    searcher.search(chunks, counting);
    Map<String, Record> records = records(searcher, counting.byDocument.keySet(), facetField);
    List<DocumentTally> tallies = new ArrayList<>(counting.byDocument.size());
    counting.byDocument.forEach(
        (id, count) -> {
          Record record = records.getOrDefault(id, new Record(List.of(), Set.of()));
          tallies.add(
              new DocumentTally(
                  id, record.parties(), count.passages, count.sectors, record.sectors()));
        });
    return tallies;
  }

  /** What a document's record says: its parties (sides) and every sector of its chunks. */
  private record Record(List<String> parties, Set<String> sectors) {}

  private static Map<String, Record> records(
      IndexSearcher searcher, Iterable<String> ids, String facetField) throws IOException {
    List<BytesRef> terms = new ArrayList<>();
    ids.forEach(id -> terms.add(new BytesRef(id)));
    Map<String, Record> parties = new HashMap<>();
    if (terms.isEmpty()) {
      return parties;
    }
    Query records =
        new BooleanQuery.Builder()
            .add(LuceneQueries.RECORDS, Occur.FILTER)
            .add(new TermInSetQuery(Fields.DOC_ID, terms), Occur.FILTER)
            .build();
    searcher.search(
        records,
        new SimpleCollector() {
          private SortedDocValues ids;
          private SortedSetDocValues codes;
          private SortedSetDocValues facets;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ids = DocValues.getSorted(context.reader(), Fields.DOC_ID);
            codes = DocValues.getSortedSet(context.reader(), Fields.PARTY);
            facets = DocValues.getSortedSet(context.reader(), facetField);
          }

          @Override
          public void collect(int doc) throws IOException {
            if (!ids.advanceExact(doc)) {
              return;
            }
            List<String> of = new ArrayList<>();
            if (codes.advanceExact(doc)) {
              for (int i = 0; i < codes.docValueCount(); i++) {
                of.add(codes.lookupOrd(codes.nextOrd()).utf8ToString());
              }
            }
            Set<String> sectors = new HashSet<>();
            if (facets.advanceExact(doc)) {
              for (int i = 0; i < facets.docValueCount(); i++) {
                String sector = sectorOf(facets.lookupOrd(facets.nextOrd()).utf8ToString());
                if (!sector.isEmpty()) {
                  sectors.add(sector);
                }
              }
            }
            parties.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), new Record(of, sectors));
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return parties;
  }

  private static final String SECTOR_PREFIX = Fields.SECTOR + FacetsConfig.DELIM_CHAR;

  /** The sector a facet path names ("sector␟ai" → "ai"), or "" for another facet's value. */
  private static String sectorOf(String path) {
    return path.startsWith(SECTOR_PREFIX) ? path.substring(SECTOR_PREFIX.length()) : "";
  }

  /** A document's matching passages, in all and by sector. */
  private static final class Count {
    int passages;
    final Map<String, Integer> sectors = new TreeMap<>();
  }

  /** Tallies matching chunks by their document id and their sector facet values. */
  private static final class Counting extends SimpleCollector {
    private final String facetField;
    final Map<String, Count> byDocument = new LinkedHashMap<>();
    private SortedDocValues ids;
    private SortedSetDocValues facets;
    private Map<Long, String> sectorOfOrd;
    private Map<Integer, Count> countOfOrd;

    Counting(String facetField) {
      this.facetField = facetField;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      ids = DocValues.getSorted(context.reader(), Fields.DOC_ID);
      facets = DocValues.getSortedSet(context.reader(), facetField);
      sectorOfOrd = new HashMap<>();
      countOfOrd = new HashMap<>();
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!ids.advanceExact(doc)) {
        return;
      }
      int ord = ids.ordValue();
      Count count = countOfOrd.get(ord);
      if (count == null) {
        String id = ids.lookupOrd(ord).utf8ToString();
        count = byDocument.computeIfAbsent(id, k -> new Count());
        countOfOrd.put(ord, count);
      }
      count.passages++;
      if (facets.advanceExact(doc)) {
        for (int i = 0; i < facets.docValueCount(); i++) {
          long facetOrd = facets.nextOrd();
          String sector = sectorOfOrd.computeIfAbsent(facetOrd, this::sector);
          if (!sector.isEmpty()) {
            count.sectors.merge(sector, 1, Integer::sum);
          }
        }
      }
    }

    /** The sector a facet ordinal names, or "" for another facet's value. */
    private String sector(long ord) {
      try {
        return sectorOf(facets.lookupOrd(ord).utf8ToString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
