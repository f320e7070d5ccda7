package org.policysearch.index;

import java.util.List;
import org.policysearch.corpus.SkippedFile;

/**
 * What one indexing run did.
 *
 * @param added documents indexed for the first time
 * @param updated documents whose file changed, re-indexed
 * @param unchanged documents left as they were
 * @param deleted documents whose file is gone (or no longer readable), removed
 * @param documents documents in the index after the run
 * @param chunks chunks in the index after the run
 * @param skipped files that could not be indexed, with the reason, but for those counted in {@code
 *     skippedAgain}
 * @param skippedAgain files skipped as an earlier run of this process reported, unchanged since
 *     (see {@link ReportedSkips}), not listed again
 * @param warnings problems that did not stop a file from being indexed
 * @param seconds wall-clock time of the run
 */
public record IndexSummary(
    int added,
    int updated,
    int unchanged,
    int deleted,
    int documents,
    int chunks,
    List<SkippedFile> skipped,
    int skippedAgain,
    List<String> warnings,
    double seconds) {
  public IndexSummary {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /** Whether the run changed the index at all. */
  public boolean changed() {
    return added + updated + deleted > 0;
  }
}
