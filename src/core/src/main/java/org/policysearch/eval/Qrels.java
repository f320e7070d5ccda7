package org.policysearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relevance judgments read from a TREC qrels file ({@code topicId 0 chunkId grade}, grades 0–3,
 * separated by spaces or tabs). A chunk not listed for a topic counts as grade 0.
 */
public record Qrels(Map<String, Map<String, Integer>> grades) {
  public static final int MAX_GRADE = 3;

  public Qrels {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    grades.forEach((topic, chunks) -> copy.put(topic, Map.copyOf(chunks)));
    grades = java.util.Collections.unmodifiableMap(copy);
  }

  /** The grades of {@code topicId} by chunk id; empty when the topic has no judgments. */
  public Map<String, Integer> of(String topicId) {
    return grades.getOrDefault(topicId, Map.of());
  }

  /** Reads {@code file}; blank lines and lines starting with {@code #} are skipped. */
  public static Qrels read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses qrels {@code lines}; {@code source} names them in error messages. */
  public static Qrels parse(List<String> lines, String source) {
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    for (DataLines.Row row : DataLines.rows(lines, source, "\\s+")) {
      String[] cols = row.cols();
      String where = row.where();
      if (cols.length != 4) {
        throw new IllegalArgumentException(where + ": expected topicId 0 chunkId grade");
      }
      int grade;
      try {
        grade = Integer.parseInt(cols[3]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": grade is not a number: " + cols[3], e);
      }
      if (grade < 0 || grade > MAX_GRADE) {
        throw new IllegalArgumentException(where + ": grade must be 0 to " + MAX_GRADE);
      }
      Integer previous =
          grades.computeIfAbsent(cols[0], k -> new LinkedHashMap<>()).put(cols[2], grade);
      if (previous != null) {
        throw new IllegalArgumentException(where + ": " + cols[2] + " judged twice");
      }
    }
    return new Qrels(grades);
  }
}
