package org.policysearch.eval;

import org.policysearch.corpus.SourceDocument;

/** A way of recovering a document's outline, date and parties, to be compared with another. */
public interface StructureSystem {
  /** A short name for reports. */
  String name();

  /** The structure of {@code document}, read without declared metadata. */
  StructureAnalysis analyse(SourceDocument document);
}
