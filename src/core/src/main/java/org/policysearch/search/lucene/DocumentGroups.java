package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BytesRef;
import org.policysearch.index.Fields;
import org.policysearch.search.DocumentHit;
import org.policysearch.search.Hit;
import org.policysearch.search.QueryNode;

/**
 * Groups chunk results by document through the index's blocks (each document's chunks, then its
 * record): a block join ranks records by their best matching chunk, and each record on the page
 * gets its best passages and the number of chunks that match.
 *
 * <p>Block join rather than Lucene's grouping module: the join is one query whose hits are the
 * documents themselves, so {@code DrillSideways} counts documents in the facets and in the exact
 * total and pages over them, in the same single pass as the passages view. Grouping by a doc-values
 * field would collect chunks, give totals and facet counts in chunks, and need a second pass for
 * the number of groups.
 */
final class DocumentGroups {
  /** Marks chunks as the passages view does: the same highlighting, snippets and links. */
  interface Passages {
    List<Hit> of(ScoreDoc[] chunks) throws IOException;
  }

  private final BitSetProducer records;
  private final StoredChunks stored;

  /** Groups by the document records {@code records} finds. */
  DocumentGroups(StoredChunks stored, BitSetProducer records) {
    this.stored = stored;
    this.records = records;
  }

  /**
   * The records of the documents with a chunk that {@code chunks} matches, each scored by its best
   * chunk; drill-down filters on these records are document-level (a document has every value of
   * any of its chunks).
   */
  Query documents(Query chunks) {
    return new ToParentBlockJoinQuery(onlyChunks(chunks), records, ScoreMode.Max);
  }

  /** The chunks of the documents whose records {@code records} matches. */
  Query chunksOf(Query records) {
    return new ToChildBlockJoinQuery(records, this.records);
  }

  /**
   * What ranks a document's passages and counts its matching chunks: the chunks of {@code node}'s
   * results (null: every chunk), those holding every word first, whatever tier the document came
   * from.
   */
  static Query passages(LuceneQueries queries, QueryNode node) {
    return onlyChunks(node == null ? LuceneQueries.CHUNKS : queries.everyWordFirst(node));
  }

  /**
   * The page's documents: each record in {@code page} with its best passages of {@code chunks} (see
   * {@link #passages}), marked.
   */
  List<DocumentHit> page(IndexSearcher searcher, ScoreDoc[] page, Query chunks, Passages passages)
      throws IOException {
    Document[] records = new Document[page.length];
    List<BytesRef> ids = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      records[i] = searcher.storedFields().document(page[i].doc);
      ids.add(new BytesRef(records[i].get(Fields.DOC_ID)));
    }
    // One pass over the matching chunks of the page's documents: each document's best passages
    // (best score first; equal scores in the document's order, the first chunks when the query
    // has no words) and an exact count, as a long treaty may have thousands of matching chunks.
    BestPassages best = new BestPassages(DocumentHit.MAX_PASSAGES);
    if (!ids.isEmpty()) {
      Query ofPage =
          new BooleanQuery.Builder()
              .add(chunks, Occur.MUST)
              .add(new TermInSetQuery(Fields.DOC_ID, ids), Occur.FILTER)
              .build();
      searcher.search(ofPage, best);
    }
    List<ScoreDoc[]> passagesOf = new ArrayList<>(page.length);
    for (Document record : records) {
      passagesOf.add(best.of(record.get(Fields.DOC_ID)));
    }
    // One highlighting pass for the passages of the whole page.
    List<Hit> marked =
        passages.of(passagesOf.stream().flatMap(Arrays::stream).toArray(ScoreDoc[]::new));
    List<DocumentHit> documents = new ArrayList<>(page.length);
    int next = 0;
    for (int i = 0; i < page.length; i++) {
      int count = passagesOf.get(i).length;
      documents.add(
          stored.document(
              records[i],
              page[i].score,
              best.count(records[i].get(Fields.DOC_ID)),
              marked.subList(next, next + count)));
      next += count;
    }
    return documents;
  }

  /** {@code chunks} restricted to chunks: a join's child query must never match a record. */
  private static Query onlyChunks(Query chunks) {
    return new BooleanQuery.Builder()
        .add(chunks, Occur.MUST)
        .add(LuceneQueries.CHUNKS, Occur.FILTER)
        .build();
  }
}
