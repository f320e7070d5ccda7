package org.policysearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.join.BitSetProducer;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.analysis.SynonymAnalyzer;
import org.policysearch.index.IndexedAcronyms;

/**
 * The acronym table of the current index reader and the queries that expand it: the table is read
 * from the stored chunks, so it is built once per reader (once per index commit), not per search.
 */
final class ReaderQueries {
  /** The table of one reader and the query builder that uses it. */
  record State(AcronymTable acronyms, LuceneQueries queries) {}

  private final PerReader<State> states;

  /** For an index whose document records {@code records} finds. */
  ReaderQueries(FacetLabels labels, BitSetProducer records) {
    this.states = new PerReader<>(reader -> build(reader, labels, records));
  }

  /** The state of {@code current}, built on its first use. */
  State of(IndexReader current) throws IOException {
    return states.of(current);
  }

  private static State build(IndexReader reader, FacetLabels labels, BitSetProducer records)
      throws IOException {
    AcronymTable table = IndexedAcronyms.table(reader);
    List<List<String>> pairs =
        table.entries().stream().map(e -> List.of(e.acronym(), e.expansion())).toList();
    return new State(table, new LuceneQueries(reader, labels, new SynonymAnalyzer(pairs), records));
  }
}
