package org.policysearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.policysearch.search.DocumentHit;
import org.policysearch.search.Facet;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchResult;
import org.policysearch.search.SearchService;

/**
 * Translates {@code /api/feed.atom}: the newest documents a search finds, as an Atom feed, so an
 * analyst subscribes to a search and hears of each new document that answers it.
 */
final class FeedController {
  /** Entries in a feed unless {@code size} says otherwise. */
  static final int DEFAULT_ENTRIES = 20;

  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

  private final SearchService service;
  private final Duration budget;

  FeedController(SearchService service, Duration budget) {
    this.service = service;
    this.budget = budget;
  }

  void feed(Context ctx) throws IOException {
    int entries = QueryParams.integer(ctx, "size", DEFAULT_ENTRIES);
    if (entries < 1 || entries > SearchRequest.MAX_SIZE) {
      throw new InvalidQueryException("size must be between 1 and " + SearchRequest.MAX_SIZE + ".");
    }
    // The search exactly as /api/search reads it, its filters included; then by document, newest
    // first, with room for the news items that collapse into one.
    SearchRequest request =
        SearchController.request(ctx)
            .withGroup(SearchRequest.Group.DOCUMENT)
            .withSort(SearchRequest.Sort.NEWEST)
            .withPage(1, Math.min(SearchRequest.MAX_SIZE, entries * 2));
    SearchResult result = service.search(request, budget);
    List<DocumentHit> documents = distinct(holdingEveryWord(result));
    String base = base(ctx);
    String query = ctx.queryString();
    String feed =
        AtomFeed.write(
            documents.subList(0, Math.min(entries, documents.size())),
            base,
            base + ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query),
            base + "/" + pageQuery(ctx),
            // The words and the scope, not the entries' number nor the parameters' order: one
            // alert is one feed to its reader whatever size it is asked at.
            AtomFeed.TAG + "search:" + pageQuery(ctx).replaceFirst("^\\?", ""),
            title(ctx, result.correctedQuery()));
    ctx.contentType(CONTENT_TYPE).result(feed);
  }

  /**
   * The documents of the search's first tier: those with a passage holding every word, newest
   * first; the documents holding only some of the words (which follow them, newest first in turn)
   * are left out unless no document holds them all, as the page shows them only then.
   */
  private static List<DocumentHit> holdingEveryWord(SearchResult result) {
    List<DocumentHit> all = result.documents();
    if (result.relaxed() || result.allWordsTotal() >= all.size()) {
      return all;
    }
    return all.subList(0, (int) result.allWordsTotal());
  }

  /**
   * {@code newestFirst} without repeats: a document once, and of the news items with one title
   * (reprints of one story, told apart only by case, spacing or punctuation) only the newest.
   */
  static List<DocumentHit> distinct(List<DocumentHit> newestFirst) {
    Set<String> documents = new HashSet<>();
    Set<String> newsTitles = new HashSet<>();
    List<DocumentHit> kept = new ArrayList<>();
    for (DocumentHit document : newestFirst) {
      if (!documents.add(document.documentId())) {
        continue;
      }
      if ("news".equals(document.type()) && !newsTitles.add(normalised(document.title()))) {
        continue;
      }
      kept.add(document);
    }
    return kept;
  }

  /**
   * A title with case, spacing and punctuation levelled: "Korea, Italy sign MoU" = "korea italy
   * sign mou".
   */
  static String normalised(String title) {
    String folded =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[\\p{P}\\p{S}\\p{Z}\\s]+", " ").strip();
  }

  /** The server's address as the client reached it, for the feed's absolute links. */
  private static String base(Context ctx) {
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
  }

  /** The parameters that say which results a feed is of: the facets, the period, the parties. */
  private static final List<String> SCOPE_PARAMETERS =
      java.util.stream.Stream.concat(
              Facet.NAMES.stream(), java.util.stream.Stream.of("from", "to", "party"))
          .toList();

  /** The page's query string for the same words and filters. */
  private static String pageQuery(Context ctx) {
    StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
    String q = ctx.queryParam("q");
    if (q != null && !q.isBlank()) {
      params.add("q=" + encode(q.strip()));
    }
    for (String facet : SCOPE_PARAMETERS) {
      for (String value : ctx.queryParams(facet)) {
        if (!value.isBlank()) {
          params.add(facet + "=" + encode(value.strip()));
        }
      }
    }
    return params.toString();
  }

  /**
   * What the feed is of: the words and the filters; the words searched when the search followed a
   * spelling correction ({@code corrected}, or null), which its reader sees nowhere else.
   */
  private static String title(Context ctx, String corrected) {
    String q = ctx.queryParam("q");
    StringBuilder title = new StringBuilder("policy-search: ");
    if (q == null || q.isBlank()) {
      title.append("all documents");
    } else if (corrected != null) {
      title.append("“").append(corrected).append("” (for “").append(q.strip()).append("”)");
    } else {
      title.append("“").append(q.strip()).append("”");
    }
    StringJoiner filters = new StringJoiner("; ", " (", ")").setEmptyValue("");
    for (String facet : SCOPE_PARAMETERS) {
      List<String> values = ctx.queryParams(facet).stream().filter(v -> !v.isBlank()).toList();
      if (!values.isEmpty()) {
        filters.add(facet + ": " + String.join(", ", values));
      }
    }
    return title.append(filters).append(", newest first").toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
