package org.policysearch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.policysearch.search.DateRange;
import org.policysearch.search.DocumentHit;
import org.policysearch.search.Hit;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchResult;
import org.policysearch.search.SearchService;
import org.policysearch.web.ApiServer;
import org.policysearch.web.ExportFormat;
import org.policysearch.web.RowWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search}: the API's ranked results, in a terminal. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index and print ranked results.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", description = "The query (same syntax as the web page).")
  String query = "";

  @Option(
      names = "--index",
      defaultValue = "index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--country", description = "Country filter (ISO code or name); repeatable.")
  List<String> countries = new ArrayList<>();

  @Option(names = "--sector", description = "Sector filter; repeatable.")
  List<String> sectors = new ArrayList<>();

  @Option(names = "--type", description = "Document type filter; repeatable.")
  List<String> types = new ArrayList<>();

  @Option(
      names = "--publisher",
      description = "Publisher filter, its name in any case (\"BBC News\"); repeatable.")
  List<String> publishers = new ArrayList<>();

  @Option(
      names = "--commitment",
      description = "Commitment filter: binding, intent or descriptive; repeatable.")
  List<String> commitments = new ArrayList<>();

  @Option(
      names = "--size",
      defaultValue = "10",
      description = "Results to show (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date.")
  String sort;

  @Option(
      names = "--group",
      defaultValue = "passages",
      description = "passages (one result per passage) or document (one per document).")
  String group;

  @Option(names = "--json", description = "Print the API's JSON instead of text.")
  boolean json;

  @Option(
      names = "--format",
      description =
          "text (default), json (the API's answer), or a file format as the page's Export menu"
              + " writes it: csv, jsonl, bibtex, ris.")
  String format;

  @Option(
      names = "--all",
      description =
          "Every result, not a page (at most 50000; a larger result set is refused): with"
              + " --format csv, jsonl, bibtex or ris.")
  boolean all;

  @Option(
      names = "--party",
      description =
          "A country that must be a party to each result's document (code or name); repeatable:"
              + " every one named must be.")
  List<String> parties = new ArrayList<>();

  @Option(names = "--from", description = "Only documents dated from this year, month or day.")
  String from;

  @Option(names = "--to", description = "Only documents dated up to this year, month or day.")
  String to;

  @Option(
      names = "--exact",
      description =
          "Search the words as typed, never their spelling correction (by default a query that"
              + " finds nothing, or a few passages where its correction finds far more, is"
              + " answered by the correction).")
  boolean exact;

  @Option(
      names = "--every-passage",
      description =
          "List every passage, also those that read the same as a better one (by default the"
              + " same clause in several agreements is listed once, with where else it is).")
  boolean everyPassage;

  @Override
  public Integer call() throws Exception {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    putIfAny(filters, "country", countries);
    putIfAny(filters, "sector", sectors);
    putIfAny(filters, "type", types);
    putIfAny(filters, "publisher", publishers);
    putIfAny(filters, "commitment", commitments);
    Engine engine = Engine.create();
    if (!engine.hasIndex(index)) {
      throw new IllegalArgumentException(
          "No index at " + index.toAbsolutePath() + ": run `index` first, or give --index.");
    }
    try (SearchService service = engine.searchService(index)) {
      SearchRequest request =
          new SearchRequest(
              query,
              filters,
              1,
              size,
              SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT)),
              false,
              !exact,
              group(group),
              DateRange.of(from, to),
              parties,
              !everyPassage);
      String chosen = format == null ? (json ? "json" : "text") : format.strip();
      if (!chosen.equalsIgnoreCase("text") && !chosen.equalsIgnoreCase("json")) {
        export(service, request, ExportFormat.of(chosen));
        return 0;
      }
      if (all) {
        throw new InvalidQueryException("--all writes a file format: csv, jsonl, bibtex or ris.");
      }
      SearchResult result = service.search(request);
      if (chosen.equalsIgnoreCase("json")) {
        System.out.println(
            ApiServer.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
      } else {
        print(result);
      }
      return 0;
    } catch (InvalidQueryException | IllegalArgumentException e) {
      System.err.println("Invalid query: " + e.getMessage());
      return 2;
    }
  }

  /** The page's results, or with {@code --all} every result, as the API's export writes them. */
  private void export(SearchService service, SearchRequest request, ExportFormat format)
      throws IOException {
    PrintStream out = System.out;
    try (RowWriter writer = format.writer(out, UnaryOperator.identity())) {
      service.export(
          request,
          all ? SearchService.EXPORT_MAX : size,
          all,
          row -> {
            try {
              writer.write(row);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    out.flush();
  }

  private static SearchRequest.Group group(String value) {
    return SearchRequest.Group.of(value)
        .orElseThrow(() -> new InvalidQueryException("--group must be passages or document."));
  }

  private static void putIfAny(Map<String, List<String>> filters, String key, List<String> values) {
    if (!values.isEmpty()) {
      filters.put(key, values);
    }
  }

  private static void print(SearchResult result) {
    System.out.printf(
        Locale.ROOT,
        "%d results (%d ms)%s%n",
        result.total(),
        result.tookMs(),
        result.relaxed() ? ", matching some of the words" : "");
    if (result.correctedQuery() != null) {
      // The hits are the correction's: say so, and what to type for the words as they were.
      System.out.println(
          "Showing results for: " + result.correctedQuery() + " (search instead: add --exact)");
    } else if (result.suggestion() != null) {
      System.out.println("Did you mean: " + result.suggestion());
    }
    if (result.unquoted() != null) {
      SearchResult.Unquoted words = result.unquoted();
      System.out.printf(
          Locale.ROOT,
          "Without the quotes: %s (%d results, %d with every word)%n",
          words.query(),
          words.total(),
          words.allWordsTotal());
    }
    int rank = 1;
    for (Hit hit : result.hits()) {
      System.out.printf(Locale.ROOT, "%n%2d. %s  [%s]%n", rank++, hit.title(), hit.chunkId());
      printPassage(hit, "    ");
      if (!hit.sameText().isEmpty()) {
        System.out.printf(
            Locale.ROOT,
            "    Same text in %d more: %s%n",
            hit.sameText().size(),
            String.join(
                "; ",
                hit.sameText().stream()
                    .map(
                        same ->
                            same.title()
                                + " ["
                                + same.chunkId()
                                + "]"
                                + (same.nearly() ? " (nearly the same)" : ""))
                    .toList()));
      }
    }
    for (DocumentHit document :
        result.documents() == null ? List.<DocumentHit>of() : result.documents()) {
      System.out.printf(
          Locale.ROOT,
          "%n%2d. %s  [%s]  %d matching passage%s%n",
          rank++,
          document.title(),
          document.documentId(),
          document.matchingPassages(),
          document.matchingPassages() == 1 ? "" : "s");
      for (Hit passage : document.passages()) {
        System.out.println("    - [" + passage.chunkId() + "]");
        printPassage(passage, "      ");
      }
    }
  }

  private static void printPassage(Hit hit, String indent) {
    if (!hit.sectionPath().isEmpty()) {
      System.out.println(indent + String.join(" › ", hit.sectionPath()));
    }
    System.out.println(indent + terminalText(hit.snippet()));
  }

  /** Marks shown as **bold** and HTML entities decoded, for a terminal. */
  private static String terminalText(String html) {
    return html.replace("<mark>", "**")
        .replace("</mark>", "**")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
