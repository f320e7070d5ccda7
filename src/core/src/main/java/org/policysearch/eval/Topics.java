package org.policysearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a TREC-style topics file: {@code id<TAB>query}, then optional {@code <TAB>facet=value}
 * filters ({@code country=IT}, {@code sector=ai}); blank lines and lines starting with {@code #}
 * are skipped.
 */
public final class Topics {
  private Topics() {}

  /** The topics of {@code file}, in file order. */
  public static List<Topic> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** The topics of {@code lines}; {@code source} names them in error messages. */
  public static List<Topic> parse(List<String> lines, String source) {
    List<Topic> topics = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (DataLines.Row row : DataLines.rows(lines, source, "\t")) {
      String[] cols = row.cols();
      String where = row.where();
      if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException(where + ": expected id<TAB>query[<TAB>facet=value]…");
      }
      if (!ids.add(cols[0].strip())) {
        throw new IllegalArgumentException(where + ": duplicate topic id " + cols[0].strip());
      }
      Map<String, List<String>> filters = new LinkedHashMap<>();
      for (int c = 2; c < cols.length; c++) {
        int eq = cols[c].indexOf('=');
        if (eq <= 0 || eq == cols[c].length() - 1) {
          throw new IllegalArgumentException(where + ": filter is not facet=value: " + cols[c]);
        }
        filters
            .computeIfAbsent(cols[c].substring(0, eq).strip(), k -> new ArrayList<>())
            .add(cols[c].substring(eq + 1).strip());
      }
      topics.add(new Topic(cols[0].strip(), cols[1].strip(), filters));
    }
    return topics;
  }
}
