package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.policysearch.analysis.StopWords;
import org.policysearch.index.Fields;

/**
 * The queries every server of the comparison answers: only plain words (each must be held, with
 * facet values ticked beside them or not), the one kind of query the raw yardstick and Solr's
 * {@code q.op=AND} answer as policy-search does. The bench's own plain-word queries, then pairs of
 * neighbouring words sampled from chunks of the index with a fixed seed, as a user would copy them
 * from a passage they remember.
 */
public final class ComparisonQueries {
  /** The kind of the sampled queries in the report. */
  public static final String SAMPLED = "sampled";

  /** Letters, digits and spaces, and no upper-case OR (policy-search's and Solr's operator). */
  private static final Pattern PLAIN = Pattern.compile("(?!.*\\bOR\\b)[\\p{L}\\p{N} ]+");

  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

  private ComparisonQueries() {}

  /** The plain-word queries of {@code list}, then {@code sampled} pairs from the index's chunks. */
  public static List<BenchQuery> of(List<BenchQuery> list, Path indexDir, int sampled, long seed)
      throws IOException {
    Set<BenchQuery> queries = new LinkedHashSet<>();
    for (BenchQuery query : list) {
      if (plain(query)) {
        queries.add(query);
      }
    }
    queries.addAll(sample(indexDir, sampled, seed));
    return List.copyOf(queries);
  }

  /**
   * Whether {@code query} is only words that must all be held, one page of passages; the bench's
   * misspelt queries are left out, as they measure the spelling correction neither of the others
   * has.
   */
  static boolean plain(BenchQuery query) {
    return !query.kind().equals(BenchQuery.DOCUMENTS)
        && !query.kind().equals("typo")
        && !query.query().isBlank()
        && PLAIN.matcher(query.query()).matches();
  }

  /**
   * Up to {@code count} two-word queries from chunks picked with {@code seed}. The chunks are
   * picked in the order of their ids, not of the index: two indexes of the same corpus (two builds,
   * or two runs whose threads wrote the documents in another order) give the same queries, so that
   * comparisons between runs compare the same searches.
   */
  static List<BenchQuery> sample(Path indexDir, int count, long seed) throws IOException {
    List<BenchQuery> pairs = new ArrayList<>();
    Random random = new Random(seed);
    try (Directory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      int[] chunks = chunksById(reader);
      StoredFields stored = reader.storedFields();
      for (int tries = 0;
          pairs.size() < count && tries < 20 * count && chunks.length > 0;
          tries++) {
        String text =
            stored
                .document(chunks[random.nextInt(chunks.length)], Set.of(Fields.TEXT))
                .get(Fields.TEXT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
          String word = m.group().toLowerCase(Locale.ROOT);
          if (!StopWords.all().contains(word)) {
            words.add(word);
          }
        }
        if (words.size() >= 2) {
          int at = random.nextInt(words.size() - 1);
          pairs.add(BenchQuery.of(SAMPLED, words.get(at) + " " + words.get(at + 1)));
        }
      }
    }
    return pairs;
  }

  /**
   * The index's live chunks (not the documents' records, not deleted chunks), in the order of their
   * ids: a deleted chunk keeps its id in the doc values until its segment is merged away.
   */
  private static int[] chunksById(IndexReader reader) throws IOException {
    SortedDocValues ids = MultiDocValues.getSortedValues(reader, Fields.CHUNK_ID);
    if (ids == null) {
      return new int[0];
    }
    Bits live = MultiBits.getLiveDocs(reader);
    // A live chunk's id is its own: each place among the ids holds at most one live chunk.
    int[] byId = new int[ids.getValueCount()];
    Arrays.fill(byId, -1);
    for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
      if (live == null || live.get(doc)) {
        byId[ids.ordValue()] = doc;
      }
    }
    return Arrays.stream(byId).filter(doc -> doc >= 0).toArray();
  }
}
