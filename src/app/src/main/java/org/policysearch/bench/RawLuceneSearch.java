package org.policysearch.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.analysis.StopWords;
import org.policysearch.analysis.TextAnalyzer;
import org.policysearch.analysis.Tokens;
import org.policysearch.index.FacetRegistry;
import org.policysearch.index.Fields;

/**
 * The yardstick of the comparison: plain Lucene doing the work of a first page of results on the
 * same index, and nothing more. Every word must be in the chunk's {@code body} (its text and
 * headings, as policy-search's all-words tier asks), analysed by the project's {@link TextAnalyzer}
 * with the stop words policy-search leaves out ({@link StopWords}) left out; drill-sideways counts
 * of every facet of the registry; the top 10 by score with one highlighted passage of their text
 * each. No synonyms, no title or parties, no tiers, no spelling, no labels: what a minimal search
 * page would do.
 */
public final class RawLuceneSearch implements Closeable {
  private static final int PAGE = 10;
  private static final Set<String> SHOWN =
      Set.of(Fields.CHUNK_ID, Fields.DOC_ID, Fields.TITLE, Fields.DATE);

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final FacetsConfig config = FacetRegistry.facetsConfig();
  private final SortedSetDocValuesReaderState ordinals;
  private final Analyzer analyzer = new TextAnalyzer();

  private final UnifiedHighlighter highlighter;

  /** Opens the index at {@code indexDir} once; the reader is never refreshed. */
  public RawLuceneSearch(Path indexDir) throws IOException {
    directory = FSDirectory.open(indexDir);
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    ordinals = new DefaultSortedSetDocValuesReaderState(reader, config);
    highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
  }

  /** One hit: the chunk, its document, and a highlighted passage of its text. */
  public record RawHit(
      String chunkId, String documentId, String title, String date, float score, String snippet) {}

  /** One facet value and how many matching chunks have it. */
  public record RawCount(String value, int count) {}

  /** The answer: how many chunks hold every word, the top ones, the facet counts. */
  public record RawAnswer(long total, List<RawHit> hits, Map<String, List<RawCount>> facets) {}

  /** The first page for {@code words} with the facet values {@code selected} ticked. */
  public RawAnswer search(String words, Map<String, List<String>> selected) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    BooleanQuery.Builder marks = new BooleanQuery.Builder();
    List<String> terms = new ArrayList<>();
    for (String word : StopWords.typed(words)) {
      if (!StopWords.all().contains(word)) {
        terms.addAll(terms(word));
      }
    }
    if (terms.isEmpty()) {
      return new RawAnswer(0, List.of(), Map.of());
    }
    for (String term : terms) {
      all.add(new TermQuery(new Term(Fields.BODY, term)), Occur.MUST);
      marks.add(new TermQuery(new Term(Fields.TEXT, term)), Occur.SHOULD);
    }
    DrillDownQuery drill = new DrillDownQuery(config, all.build());
    selected.forEach((dimension, values) -> values.forEach(v -> drill.add(dimension, v)));
    DrillSideways.DrillSidewaysResult result =
        new DrillSideways(searcher, config, ordinals).search(drill, PAGE);
    // One passage of the chunk's text per hit, read from the offsets in the postings.
    String[] snippets = highlighter.highlight(Fields.TEXT, marks.build(), result.hits, 1);
    List<RawHit> hits = new ArrayList<>();
    ScoreDoc[] top = result.hits.scoreDocs;
    for (int i = 0; i < top.length; i++) {
      Document doc = searcher.storedFields().document(top[i].doc, SHOWN);
      hits.add(
          new RawHit(
              doc.get(Fields.CHUNK_ID),
              doc.get(Fields.DOC_ID),
              doc.get(Fields.TITLE),
              doc.get(Fields.DATE),
              top[i].score,
              snippets[i]));
    }
    Map<String, List<RawCount>> facets = new LinkedHashMap<>();
    for (String dimension : FacetRegistry.NAMES) {
      facets.put(dimension, counts(result, dimension));
    }
    return new RawAnswer(result.hits.totalHits.value, hits, facets);
  }

  private static List<RawCount> counts(DrillSideways.DrillSidewaysResult result, String dimension)
      throws IOException {
    FacetResult counted;
    try {
      counted = result.facets.getAllChildren(dimension);
    } catch (IllegalArgumentException e) {
      return List.of(); // no chunk of the index has this facet
    }
    List<RawCount> values = new ArrayList<>();
    if (counted != null) {
      for (LabelAndValue value : counted.labelValues) {
        values.add(new RawCount(value.label, value.value.intValue()));
      }
    }
    values.sort(Comparator.comparingInt(RawCount::count).reversed());
    return values;
  }

  private List<String> terms(String text) {
    return Tokens.terms(analyzer, Fields.BODY, text);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
