package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.policysearch.index.Fields;

/**
 * Collects, in one pass over the matching chunks of a page's documents, each document's best chunks
 * (highest score first, then document order) and how many of its chunks match.
 */
final class BestPassages implements CollectorManager<BestPassages.Collector, BestPassages> {
  private static final Comparator<ScoreDoc> WORST_FIRST =
      Comparator.comparingDouble((ScoreDoc d) -> d.score)
          .thenComparing(Comparator.comparingInt((ScoreDoc d) -> d.doc).reversed());

  private final int best;
  private final Map<String, PriorityQueue<ScoreDoc>> top = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();

  /** Keeps the {@code best} chunks of each document. */
  BestPassages(int best) {
    this.best = best;
  }

  /** The best chunks of {@code documentId}, best first; empty if none matched. */
  ScoreDoc[] of(String documentId) {
    PriorityQueue<ScoreDoc> queue = top.get(documentId);
    if (queue == null) {
      return new ScoreDoc[0];
    }
    List<ScoreDoc> ordered = new ArrayList<>(queue);
    ordered.sort(WORST_FIRST.reversed());
    return ordered.toArray(ScoreDoc[]::new);
  }

  /** How many chunks of {@code documentId} matched. */
  int count(String documentId) {
    return counts.getOrDefault(documentId, 0);
  }

  @Override
  public Collector newCollector() {
    return new Collector();
  }

  @Override
  public BestPassages reduce(Collection<Collector> collectors) {
    return this; // every collector adds to this one's maps; the searcher runs them in turn
  }

  /** Reads each matching chunk's document id and score. */
  final class Collector extends SimpleCollector {
    private SortedDocValues ids;
    private Scorable scorer;
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      ids = context.reader().getSortedDocValues(Fields.DOC_ID);
      docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (ids == null || !ids.advanceExact(doc)) {
        return;
      }
      String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
      counts.merge(id, 1, Integer::sum);
      PriorityQueue<ScoreDoc> queue =
          top.computeIfAbsent(id, k -> new PriorityQueue<>(WORST_FIRST));
      queue.add(new ScoreDoc(docBase + doc, scorer.score()));
      if (queue.size() > best) {
        queue.poll();
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }
}
