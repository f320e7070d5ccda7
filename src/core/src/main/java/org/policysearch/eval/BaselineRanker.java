package org.policysearch.eval;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.analysis.TextAnalyzer;
import org.policysearch.index.Fields;
import org.policysearch.search.FacetLabels;

/**
 * The plain BM25 baseline: the topic's words OR'ed on the chunk text alone (Lucene's classic query
 * parser with {@link TextAnalyzer}, every special character escaped), default BM25, no boosts,
 * synonyms, headings or phrase bonus; the topic's filters as term filters. Ties go by chunk id.
 */
public final class BaselineRanker implements Ranker, DocumentRanker, Closeable {
  private static final Sort BY_SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.CHUNK_ID, SortField.Type.STRING));
  private static final int PAGE = 100;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final FacetLabels labels;
  private final TextAnalyzer analyzer = new TextAnalyzer();

  public BaselineRanker(Path indexDir, FacetLabels labels) throws IOException {
    this.directory = FSDirectory.open(indexDir);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.labels = labels;
  }

  @Override
  public String name() {
    return "bm25";
  }

  @Override
  public List<String> rank(Topic topic, int depth) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query(topic), depth, BY_SCORE_THEN_ID, true).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(Fields.CHUNK_ID));
    }
    return ids;
  }

  @Override
  public List<String> rankDocuments(String text, int count) throws IOException {
    Query query = query(new Topic("", text, Map.of()));
    Set<String> documents = new LinkedHashSet<>();
    ScoreDoc after = null;
    while (documents.size() < count) {
      TopFieldDocs page = searcher.searchAfter(after, query, PAGE, BY_SCORE_THEN_ID, true);
      for (ScoreDoc hit : page.scoreDocs) {
        documents.add(searcher.storedFields().document(hit.doc).get(Fields.DOC_ID));
        if (documents.size() == count) {
          break;
        }
      }
      if (page.scoreDocs.length < PAGE) {
        break;
      }
      after = page.scoreDocs[page.scoreDocs.length - 1];
    }
    return List.copyOf(documents);
  }

  private Query query(Topic topic) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(words(topic.query()), Occur.MUST);
    topic
        .filters()
        .forEach(
            (dimension, values) -> {
              // Values of one facet are OR'ed, facets AND'ed, as in the engine.
              BooleanQuery.Builder any = new BooleanQuery.Builder();
              for (String value : values) {
                Term term = new Term(dimension, labels.resolve(dimension, value));
                any.add(new TermQuery(term), Occur.SHOULD);
              }
              query.add(any.build(), Occur.FILTER);
            });
    return query.build();
  }

  private Query words(String text) {
    if (text.isBlank()) {
      return new FieldExistsQuery(Fields.CHUNK_ID); // every chunk, no document record
    }
    try {
      return new QueryParser(Fields.TEXT, analyzer).parse(QueryParser.escape(text));
    } catch (ParseException e) {
      throw new IllegalArgumentException("baseline cannot parse: " + text, e);
    }
  }

  @Override
  public void close() throws IOException {
    analyzer.close();
    reader.close();
    directory.close();
  }
}
