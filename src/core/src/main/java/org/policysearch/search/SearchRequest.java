package org.policysearch.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One search as the user asked it.
 *
 * @param query the text of the search box (may be empty: then the filters list chunks in order)
 * @param filters selected values per facet ({@code country → [KR, IT]}); values inside a facet are
 *     OR'ed, facets AND'ed
 * @param page 1-based page number
 * @param size hits per page, 1 to {@link #MAX_SIZE}
 * @param sort relevance or date
 * @param explain whether each hit carries Lucene's explanation of its score
 * @param correct whether a query that finds nothing whole, or a few results where its spelling
 *     correction finds far more, may be answered by that correction (see {@link
 *     SearchResult#correctedQuery()}); false searches the words as typed
 * @param group whether results are passages (chunks) or documents, each with its best passages
 * @param dates the period the documents' dates must fall in ({@link DateRange#ANY}: any, undated
 *     included)
 * @param parties countries (codes or names) that must all be parties to a result's document: {@code
 *     [KR, US]} selects the agreements between them (and others), unlike the country facet's OR
 * @param fold whether a passage that reads the same as a better-ranked one (the same clause in
 *     another agreement) is folded into it rather than listed again; passages by relevance only
 */
public record SearchRequest(
    String query,
    Map<String, List<String>> filters,
    int page,
    int size,
    Sort sort,
    boolean explain,
    boolean correct,
    Group group,
    DateRange dates,
    List<String> parties,
    boolean fold) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_WINDOW = 10_000;

  /** How hits are ordered. */
  public enum Sort {
    RELEVANCE,
    DATE,
    /**
     * The newest documents first, by date (undated last), then the latest indexed, then by id; what
     * a feed of a search lists. Relevance plays no part.
     */
    NEWEST
  }

  /** The unit of results: one per chunk (the default) or one per document. */
  public enum Group {
    PASSAGES("passages"),
    DOCUMENT("document");

    private final String code;

    Group(String code) {
      this.code = code;
    }

    /** The value of the API's {@code group} parameter. */
    public String code() {
      return code;
    }

    /**
     * The grouping {@code value} names, in any case, singular or plural ({@code documents}, as the
     * page's button reads, is {@code document}), or empty.
     */
    public static Optional<Group> of(String value) {
      String wanted = value.strip().toLowerCase(Locale.ROOT);
      for (Group group : values()) {
        String singular =
            group.code.endsWith("s")
                ? group.code.substring(0, group.code.length() - 1)
                : group.code;
        if (wanted.equals(singular) || wanted.equals(singular + "s")) {
          return Optional.of(group);
        }
      }
      return Optional.empty();
    }
  }

  /** Tabs and line breaks, as a query pasted from a table or a PDF brings them. */
  private static final Pattern LINE_SPACE = Pattern.compile("[\\t\\n\\r\\f\\u000B]+");

  public SearchRequest {
    // A space for each, so the answer's query, its correction and the page's search box read as
    // typed words ("quantum technologies", not "quantum\ttechnologies").
    query = query == null ? "" : LINE_SPACE.matcher(query).replaceAll(" ");
    filters = Map.copyOf(Objects.requireNonNull(filters));
    Objects.requireNonNull(sort);
    Objects.requireNonNull(group);
    Objects.requireNonNull(dates);
    parties = List.copyOf(parties);
    if (page < 1) {
      throw new InvalidQueryException("page must be 1 or more.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidQueryException("size must be between 1 and " + MAX_SIZE + ".");
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new InvalidQueryException(
          "Only the first " + MAX_WINDOW + " results can be paged through; refine the query.");
    }
  }

  /** A request whose passages are each listed, none folded into another. */
  public SearchRequest(
      String query,
      Map<String, List<String>> filters,
      int page,
      int size,
      Sort sort,
      boolean explain,
      boolean correct,
      Group group,
      DateRange dates,
      List<String> parties) {
    this(query, filters, page, size, sort, explain, correct, group, dates, parties, false);
  }

  /** A request over any dates. */
  public SearchRequest(
      String query,
      Map<String, List<String>> filters,
      int page,
      int size,
      Sort sort,
      boolean explain,
      boolean correct,
      Group group) {
    this(query, filters, page, size, sort, explain, correct, group, DateRange.ANY, List.of());
  }

  /** A request for passages. */
  public SearchRequest(
      String query,
      Map<String, List<String>> filters,
      int page,
      int size,
      Sort sort,
      boolean explain,
      boolean correct) {
    this(query, filters, page, size, sort, explain, correct, Group.PASSAGES);
  }

  /** A request for passages that may be answered by its spelling correction. */
  public SearchRequest(
      String query,
      Map<String, List<String>> filters,
      int page,
      int size,
      Sort sort,
      boolean explain) {
    this(query, filters, page, size, sort, explain, true);
  }

  /** A first page of 10 by relevance, without filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), 1, 10, Sort.RELEVANCE, false);
  }

  /** This request with one more facet selection. */
  public SearchRequest withFilter(String dimension, List<String> values) {
    Map<String, List<String>> more = new java.util.HashMap<>(filters);
    more.put(dimension, List.copyOf(values));
    return new SearchRequest(
        query, more, page, size, sort, explain, correct, group, dates, parties, fold);
  }

  /** This request ordered by {@code order}. */
  public SearchRequest withSort(Sort order) {
    return new SearchRequest(
        query, filters, page, size, order, explain, correct, group, dates, parties, fold);
  }

  /** This request for page {@code number} of {@code perPage} results. */
  public SearchRequest withPage(int number, int perPage) {
    return new SearchRequest(
        query, filters, number, perPage, sort, explain, correct, group, dates, parties, fold);
  }

  /** This request with results grouped as {@code unit}. */
  public SearchRequest withGroup(Group unit) {
    return new SearchRequest(
        query, filters, page, size, sort, explain, correct, unit, dates, parties, fold);
  }

  /** This request with passages that read the same as a better one folded into it, or not. */
  public SearchRequest folding(boolean folds) {
    return new SearchRequest(
        query, filters, page, size, sort, explain, correct, group, dates, parties, folds);
  }

  /** This request narrowed to {@code period}. */
  public SearchRequest within(DateRange period) {
    return new SearchRequest(
        query, filters, page, size, sort, explain, correct, group, period, parties, fold);
  }

  /** This request narrowed to the documents {@code countries} are all parties to. */
  public SearchRequest between(List<String> countries) {
    return new SearchRequest(
        query, filters, page, size, sort, explain, correct, group, dates, countries, fold);
  }
}
