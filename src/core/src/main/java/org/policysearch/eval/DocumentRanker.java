package org.policysearch.eval;

import java.io.IOException;
import java.util.List;

/**
 * Ranks documents for a query by their best chunk: a document's rank is where its first chunk comes
 * in the chunk ranking.
 */
public interface DocumentRanker {
  /** A short name for reports ("engine", "bm25"). */
  String name();

  /** The ids of the first {@code count} distinct documents for {@code query}, best first. */
  List<String> rankDocuments(String query, int count) throws IOException;
}
