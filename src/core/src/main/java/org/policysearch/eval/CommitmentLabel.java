package org.policysearch.eval;

import java.util.Objects;
import org.policysearch.tagging.Commitment;

/**
 * One hand-labelled passage of the commitment sample.
 *
 * @param chunkId the passage's chunk id
 * @param hash the 8 hex digits of its permalink when labelled: a hash of the text that was read
 * @param source {@code seed} or {@code tota}
 * @param split {@code dev} (rules may be developed against it) or {@code test} (held out)
 * @param label the commitment a reader gave it
 */
public record CommitmentLabel(
    String chunkId, String hash, String source, String split, Commitment label) {
  public CommitmentLabel {
    Objects.requireNonNull(chunkId, "chunkId");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(label, "label");
  }

  /** The document the passage belongs to: its chunk id before the last colon. */
  public String documentId() {
    return chunkId.substring(0, chunkId.lastIndexOf(':'));
  }
}
