package org.policysearch.index;

import org.apache.lucene.analysis.Analyzer;
import org.policysearch.analysis.IndexTextAnalyzer;

/**
 * The analysis of the index's searchable text, for writing, highlighting and similar passages. The
 * spelling vocabulary is not analysed by the writer: {@link ChunkDocuments} lists its words and the
 * records hold them as plain terms.
 */
public final class IndexAnalyzers {
  private IndexAnalyzers() {}

  /** A new analyzer for writing the index, or for reading its texts as it was written. */
  public static Analyzer create() {
    return new IndexTextAnalyzer();
  }
}
