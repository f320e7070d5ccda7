package org.policysearch.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.index.Fields;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.SearchService;
import org.policysearch.search.lucene.LuceneBackend;
import org.policysearch.tagging.CountryTagger;
import org.policysearch.tagging.SectorTagger;

/**
 * A judging aid, not a test: for each topic, the union of the engine's and the baseline's first
 * {@code depth} chunks, printed with rank in each run, document title, parties, section path and
 * text, for a judge to grade by hand. Run with the test classpath: {@code PoolPrinter INDEX TOPICS
 * [DEPTH] [TEXT_CHARS]}.
 */
public final class PoolPrinter {
  private PoolPrinter() {}

  public static void main(String[] args) throws IOException {
    Path index = Path.of(args[0]);
    List<Topic> topics = Topics.read(Path.of(args[1]));
    int depth = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int chars = args.length > 3 ? Integer.parseInt(args[3]) : 600;
    FacetLabels labels = new FacetLabels(new CountryTagger(), new SectorTagger());
    try (SearchService service = new SearchService(new LuceneBackend(index, labels), labels);
        BaselineRanker baseline = new BaselineRanker(index, labels);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      EngineRanker engine = new EngineRanker(service);
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Topic topic : topics) {
        List<String> e = engine.rank(topic, depth);
        List<String> b = baseline.rank(topic, depth);
        Map<String, String> ranks = new LinkedHashMap<>();
        for (String id : e) {
          ranks.put(id, "e" + (e.indexOf(id) + 1));
        }
        for (String id : b) {
          ranks.merge(id, "b" + (b.indexOf(id) + 1), (x, y) -> x + " " + y);
        }
        System.out.printf(
            Locale.ROOT,
            "=== %s %s %s (pool %d)%n",
            topic.id(),
            topic.query(),
            topic.filters(),
            ranks.size());
        for (Map.Entry<String, String> entry : ranks.entrySet()) {
          TopDocs hit =
              searcher.search(new TermQuery(new Term(Fields.CHUNK_ID, entry.getKey())), 1);
          Document doc = searcher.storedFields().document(hit.scoreDocs[0].doc);
          String text = doc.get(Fields.TEXT).replaceAll("\\s+", " ");
          System.out.printf(
              Locale.ROOT,
              "--- %s [%s] %s | countries %s | %s%n%s%n",
              entry.getKey(),
              entry.getValue(),
              doc.get(Fields.TITLE),
              String.join(",", values(doc, Fields.COUNTRY)),
              String.join(" > ", values(doc, Fields.SECTION_PATH)),
              text.length() > chars ? text.substring(0, chars) + " …" : text);
        }
      }
    }
  }

  private static List<String> values(Document doc, String field) {
    return new ArrayList<>(List.of(doc.getValues(field)));
  }
}
