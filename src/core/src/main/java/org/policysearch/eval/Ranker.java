package org.policysearch.eval;

import java.io.IOException;
import java.util.List;

/** Something that ranks chunks for a topic: the engine, or the baseline it is measured against. */
public interface Ranker {
  /** A short name for reports ("engine", "bm25"). */
  String name();

  /** The ids of the first {@code depth} chunks for {@code topic}, best first. */
  List<String> rank(Topic topic, int depth) throws IOException;
}
