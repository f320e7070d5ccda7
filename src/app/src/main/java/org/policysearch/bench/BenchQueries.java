package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries a benchmark runs: a built-in list of realistic trade-policy searches, or a file.
 *
 * <p>A query file has one query a line: {@code kind<TAB>query<TAB>facet=value,value;facet=value},
 * the last column optional; a line without a tab is a query of kind {@code file}; blank lines and
 * lines starting with {@code #} are ignored.
 */
public final class BenchQueries {
  private BenchQueries() {}

  /** About 30 searches a trade-policy analyst would type, of every kind the query language has. */
  public static List<BenchQuery> builtIn() {
    List<BenchQuery> q = new ArrayList<>();
    for (String words :
        List.of(
            "rules of origin",
            "customs valuation",
            "dispute settlement panel",
            "sanitary phytosanitary measures",
            "government procurement thresholds",
            "intellectual property enforcement",
            "investment expropriation compensation",
            "electronic commerce",
            "temporary entry business persons")) {
      q.add(BenchQuery.of("words", words));
    }
    for (String phrase :
        List.of(
            "\"most favoured nation\"",
            "\"national treatment\"",
            "\"technical barriers to trade\"",
            "\"anti-dumping\" \"countervailing duties\"",
            "\"state enterprises\" competition")) {
      q.add(BenchQuery.of("phrase", phrase));
    }
    for (String or :
        List.of(
            "tariff OR duty elimination",
            "labour OR labor standards",
            "(fisheries OR fishing) subsidies",
            "\"competition policy\" OR antitrust")) {
      q.add(BenchQuery.of("or", or));
    }
    for (String prefix :
        List.of("environ*", "telecom* services", "sanitar* measures", "procur* -defence")) {
      q.add(BenchQuery.of("prefix", prefix));
    }
    q.add(BenchQuery.of("filter", "tariff country:KR"));
    q.add(BenchQuery.of("filter", "services country:Japan country:Mexico"));
    q.add(BenchQuery.of("filter", "safeguard sector:trade"));
    q.add(BenchQuery.of("filter", "investment title:Chile"));
    q.add(new BenchQuery("facet", "rules of origin", Map.of("country", List.of("CL", "PE"))));
    q.add(
        new BenchQuery(
            "facet", "intellectual property", Map.of("year", List.of("2005", "2006", "2007"))));
    q.add(new BenchQuery("facet", "", Map.of("country", List.of("SG"))));
    for (String words :
        List.of("rules of origin", "dispute settlement panel", "Korea investment protection")) {
      q.add(BenchQuery.of(BenchQuery.DOCUMENTS, words));
    }
    q.add(new BenchQuery(BenchQuery.DOCUMENTS, "", Map.of("country", List.of("SG"))));
    q.add(BenchQuery.of("typo", "goverment procurment"));
    q.add(BenchQuery.of("typo", "acuerdo comercio preferencial"));
    return List.copyOf(q);
  }

  /** The queries of a query file. */
  public static List<BenchQuery> read(Path file) throws IOException {
    List<BenchQuery> queries = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file)) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length == 1) {
        queries.add(BenchQuery.of("file", line.strip()));
      } else {
        String filters = columns.length > 2 ? columns[2] : "";
        queries.add(
            new BenchQuery(
                columns[0].strip(), columns[1].strip(), filters(filters, file, lineNumber)));
      }
    }
    if (queries.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no queries");
    }
    return List.copyOf(queries);
  }

  /**
   * Writes {@code queries} as a query file that {@link #read} gives back: one query a line, its
   * kind, words and facet selections.
   */
  public static void write(List<BenchQuery> queries, Path file) throws IOException {
    List<String> lines = new ArrayList<>(queries.size());
    for (BenchQuery query : queries) {
      if ((query.kind() + query.query() + query.filters()).matches("(?s).*[\\t\\n\\r].*")) {
        throw new IllegalArgumentException(
            "a query file cannot hold tabs or line breaks: " + query);
      }
      StringBuilder selections = new StringBuilder();
      query.filters().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              f ->
                  selections
                      .append(selections.length() == 0 ? "" : ";")
                      .append(f.getKey())
                      .append('=')
                      .append(String.join(",", f.getValue())));
      lines.add(query.kind() + "\t" + query.query() + "\t" + selections);
    }
    Files.write(file, lines);
  }

  private static Map<String, List<String>> filters(String column, Path file, int line) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String selection : column.split(";")) {
      if (selection.isBlank()) {
        continue;
      }
      int eq = selection.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException(
            file + ":" + line + ": facet selection \"" + selection + "\" is not facet=value,value");
      }
      filters.put(
          selection.substring(0, eq).strip(),
          List.of(selection.substring(eq + 1).strip().split("\\s*,\\s*")));
    }
    return filters;
  }
}
