package org.policysearch.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.policysearch.analysis.SpellingAnalyzer;
import org.policysearch.analysis.TextAnalyzer;

/** The per-field analysis of the index: English for searchable text, plain words for spelling. */
public final class IndexAnalyzers {
  private IndexAnalyzers() {}

  /** A new analyzer for writing or querying the index. */
  public static Analyzer create() {
    return new PerFieldAnalyzerWrapper(
        new TextAnalyzer(), Map.of(Fields.SPELL, new SpellingAnalyzer()));
  }
}
