package org.policysearch.eval;

import java.util.ArrayList;
import java.util.List;

/** The data rows of a judgement file: blank lines and {@code #} comments skipped, columns split. */
final class DataLines {
  private DataLines() {}

  /**
   * One row.
   *
   * @param cols the columns
   * @param where {@code source:line} for error messages
   */
  record Row(String[] cols, String where) {}

  /** The rows of {@code lines}, split on {@code separator} (a regular expression). */
  static List<Row> rows(List<String> lines, String source, String separator) {
    List<Row> rows = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        rows.add(new Row(line.split(separator), source + ":" + (n + 1)));
      }
    }
    return rows;
  }
}
