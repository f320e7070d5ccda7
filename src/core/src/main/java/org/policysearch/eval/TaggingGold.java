package org.policysearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads hand-labelled tags: {@code chunkId<TAB>countries<TAB>sectors}, values comma-separated,
 * {@code -} for none, {@code ?} for countries not judged (a sample labelled for its sectors only);
 * blank lines and lines starting with {@code #} are skipped.
 */
public final class TaggingGold {
  // In the countries column: a sample labelled for its sectors only.
  private static final String NOT_JUDGED = "?";

  private TaggingGold() {}

  /** The labels of {@code file} by chunk id, in file order. */
  public static Map<String, ChunkLabels> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** The labels of {@code lines}; {@code source} names them in error messages. */
  public static Map<String, ChunkLabels> parse(List<String> lines, String source) {
    Map<String, ChunkLabels> gold = new LinkedHashMap<>();
    for (DataLines.Row row : DataLines.rows(lines, source, "\t")) {
      String[] cols = row.cols();
      String where = row.where();
      if (cols.length != 3) {
        throw new IllegalArgumentException(where + ": expected chunkId<TAB>countries<TAB>sectors");
      }
      ChunkLabels labels =
          cols[1].strip().equals(NOT_JUDGED)
              ? ChunkLabels.sectorsOnly(values(cols[2]))
              : new ChunkLabels(values(cols[1]), values(cols[2]));
      if (gold.put(cols[0].strip(), labels) != null) {
        throw new IllegalArgumentException(where + ": " + cols[0].strip() + " labelled twice");
      }
    }
    return gold;
  }

  private static Set<String> values(String column) {
    if (column.strip().equals("-")) {
      return Set.of();
    }
    return Arrays.stream(column.split(","))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .collect(Collectors.toSet());
  }
}
