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
  private final Map<String, Passages> byDocument = new HashMap<>();

  /** One document's best chunks so far, worst first, and how many of its chunks matched. */
  private static final class Passages {
    final PriorityQueue<ScoreDoc> top = new PriorityQueue<>(WORST_FIRST);
    int count;
  }

  /** Keeps the {@code best} chunks of each document. */
  BestPassages(int best) {
    this.best = best;
  }

  /** The best chunks of {@code documentId}, best first; empty if none matched. */
  ScoreDoc[] of(String documentId) {
    Passages passages = byDocument.get(documentId);
    if (passages == null) {
      return new ScoreDoc[0];
    }
    List<ScoreDoc> ordered = new ArrayList<>(passages.top);
    ordered.sort(WORST_FIRST.reversed());
    return ordered.toArray(ScoreDoc[]::new);
  }

  /** How many chunks of {@code documentId} matched. */
  int count(String documentId) {
    Passages passages = byDocument.get(documentId);
    return passages == null ? 0 : passages.count;
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
    // A document's chunks are one run of the index: its id is read once for all of them.
    private int lastOrd = -1;
    private Passages passages;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      ids = context.reader().getSortedDocValues(Fields.DOC_ID);
      docBase = context.docBase;
      lastOrd = -1;
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
      int ord = ids.ordValue();
      if (ord != lastOrd) {
        String id = ids.lookupOrd(ord).utf8ToString();
        passages = byDocument.computeIfAbsent(id, k -> new Passages());
        lastOrd = ord;
      }
      passages.count++;
      float score = scorer.score();
      PriorityQueue<ScoreDoc> top = passages.top;
      ScoreDoc worst = top.peek();
      // A chunk that would be the worst kept is not kept: no object made for it.
      if (top.size() < best
          || score > worst.score
          || score == worst.score && docBase + doc < worst.doc) {
        top.add(new ScoreDoc(docBase + doc, score));
        if (top.size() > best) {
          top.poll();
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }
}
