package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.policysearch.index.Fields;
import org.policysearch.search.Hit;
import org.policysearch.search.QueryNode;

/**
 * Reads a page of chunks into hits: stored fields, the text with the query's words marked, a
 * snippet for long chunks, the marked title and headings, and where the words were found.
 */
final class PageHits {
  /** Explains a hit's score. */
  interface Explainer {
    String explain(int doc) throws IOException;
  }

  private final Highlighting highlighting;
  private final StoredChunks stored;
  private final MatchedFields matchedFields;

  PageHits(Highlighting highlighting, StoredChunks stored, MatchedFields matchedFields) {
    this.highlighting = highlighting;
    this.stored = stored;
    this.matchedFields = matchedFields;
  }

  /**
   * The hits of {@code page} for {@code node} (null: nothing marked), linking to {@code linkQuery},
   * each explained by {@code explainer} unless it is null.
   */
  List<Hit> of(
      IndexSearcher searcher,
      LuceneQueries queries,
      QueryNode node,
      ScoreDoc[] page,
      String linkQuery,
      Explainer explainer)
      throws IOException {
    // Whether a hit may hold only some of the words; if not, every one holds all.
    boolean graded = node != null && queries.gradesWords(node);
    int[] ids = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    Map<String, Query> marks = node == null ? Map.of() : queries.marks(node);
    return of(
        searcher,
        page,
        node == null ? new MatchAllDocsQuery() : marks.get(Fields.TEXT),
        marks,
        matchedOn(node == null ? null : matchedFields.beyond(searcher, queries, node, ids)),
        doc -> !graded || doc.score >= LuceneQueries.ALL_WORDS_BONUS,
        linkQuery,
        explainer);
  }

  /**
   * The hits of {@code page}, passages found like another ({@link SimilarPassages}), with the words
   * of {@code like} (a query on the chunk text) they share with it marked; none holds "every word".
   */
  List<Hit> similar(IndexSearcher searcher, Query like, ScoreDoc[] page) throws IOException {
    return of(
        searcher,
        page,
        like,
        Map.of(Fields.TEXT, like),
        (i, marked) -> List.of(Fields.TEXT),
        doc -> false,
        null,
        null);
  }

  /** Whether a hit holds every word of the query. */
  private interface EveryWord {
    boolean of(ScoreDoc doc);
  }

  /** Where the query's words were found in the {@code i}-th hit, marked {@code marked}. */
  private interface MatchedOn {
    List<String> of(int i, Highlighting.Marked marked);
  }

  /**
   * Where a search's words were found in each hit: its marks, then {@code beyond} (null: no query,
   * found nowhere).
   */
  private static MatchedOn matchedOn(List<List<String>> beyond) {
    if (beyond == null) {
      return (i, marked) -> List.of();
    }
    return (i, marked) -> MatchedFields.of(marked, beyond.get(i));
  }

  private List<Hit> of(
      IndexSearcher searcher,
      ScoreDoc[] page,
      Query marks,
      Map<String, Query> fieldMarks,
      MatchedOn matchedOn,
      EveryWord everyWord,
      String linkQuery,
      Explainer explainer)
      throws IOException {
    int[] ids = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    Map<Integer, Document> loaded = StoredChunks.read(searcher, ids);
    Document[] docs = Arrays.stream(ids).mapToObj(loaded::get).toArray(Document[]::new);
    // Only long chunks get a snippet: the second highlighting pass is skipped for the others.
    int[] longIds =
        IntStream.range(0, ids.length)
            .filter(i -> docs[i].get(Fields.TEXT).length() > Highlighting.SNIPPET_THRESHOLD)
            .toArray();
    Highlighting.Marked[] whole = highlighting.whole(searcher, fieldMarks, ids, loaded);
    String[] snippets =
        highlighting.snippets(
            searcher, marks, Arrays.stream(longIds).map(i -> ids[i]).toArray(), loaded);
    List<Hit> hits = new ArrayList<>(page.length);
    int nextLong = 0;
    for (int i = 0; i < page.length; i++) {
      String snippet = whole[i].text();
      if (nextLong < longIds.length && longIds[nextLong] == i) {
        snippet = Highlighting.trim(snippets[nextLong++]);
      }
      String explanation = explainer == null ? null : explainer.explain(ids[i]);
      hits.add(
          stored.hit(
              docs[i],
              page[i].score,
              everyWord.of(page[i]),
              matchedOn.of(i, whole[i]),
              whole[i].text(),
              snippet,
              whole[i].headings(),
              linkQuery,
              explanation));
    }
    return hits;
  }
}
