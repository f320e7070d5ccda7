package org.policysearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policysearch.tagging.Commitment;

/**
 * Reads the commitment labels: {@code chunkId<TAB>hash<TAB>source<TAB>split<TAB>label}, a header
 * line starting with {@code chunkId}, blank lines and {@code #} comments skipped.
 */
public final class CommitmentLabels {
  private CommitmentLabels() {}

  /** The labels of {@code file}, in file order. */
  public static List<CommitmentLabel> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** The labels of {@code lines}; {@code source} names them in error messages. */
  public static List<CommitmentLabel> parse(List<String> lines, String source) {
    List<CommitmentLabel> labels = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DataLines.Row row : DataLines.rows(lines, source, "\t")) {
      String[] cols = row.cols();
      if (cols[0].strip().equals("chunkId")) {
        continue;
      }
      if (cols.length != 5) {
        throw new IllegalArgumentException(
            row.where() + ": expected chunkId<TAB>hash<TAB>source<TAB>split<TAB>label");
      }
      Commitment label =
          Commitment.resolve(cols[4])
              .orElseThrow(
                  () -> new IllegalArgumentException(row.where() + ": unknown label " + cols[4]));
      String chunkId = cols[0].strip();
      if (!chunkId.contains(":") || !seen.add(chunkId)) {
        throw new IllegalArgumentException(row.where() + ": bad or repeated chunk id " + chunkId);
      }
      labels.add(
          new CommitmentLabel(chunkId, cols[1].strip(), cols[2].strip(), cols[3].strip(), label));
    }
    return labels;
  }
}
