package org.policysearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.policysearch.bench.BenchQueries;
import org.policysearch.bench.BenchQuery;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.ResultCache;
import org.policysearch.search.SearchResult;
import org.policysearch.search.SearchService;

/**
 * One build's side of {@code ab}: its own search service over an index and the comparison's
 * queries. {@code ab} defines this class from its own bytes inside each build's class loader, so
 * that both builds run the same round against their own classes; it therefore shows the caller only
 * the JDK's types (its constructor, the interfaces it implements, the exceptions it lets out) and
 * holds no nested class, which the loader would look for in the build's jar.
 */
public final class BuildRound implements Runnable, Supplier<List<String>>, AutoCloseable {
  private final List<BenchQuery> queries;
  private final SearchService service;

  /** Searches {@code index} with the queries of the query file {@code queries}. */
  public BuildRound(String index, String queries) throws IOException {
    this.queries = BenchQueries.read(Path.of(queries));
    this.service = Engine.create().searchService(Path.of(index), ResultCache.NONE);
  }

  /** Searches every query once, as the page asks for its first page. */
  @Override
  public void run() {
    for (BenchQuery query : queries) {
      search(query);
    }
  }

  /** Each query's whole answer as text, its time left out: what two builds must agree on. */
  @Override
  public List<String> get() {
    List<String> answers = new ArrayList<>(queries.size());
    for (BenchQuery query : queries) {
      answers.add(search(query).took(0).toString());
    }
    return answers;
  }

  /**
   * The answer to {@code query}. A query this build refuses is reported as bad input, by the JDK's
   * exception: the caller's class loader does not know this build's.
   */
  private SearchResult search(BenchQuery query) {
    try {
      return service.search(query.request());
    } catch (InvalidQueryException e) {
      throw new IllegalArgumentException(
          "The query \"" + query.label() + "\" is refused: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
