package org.policysearch.index;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The skipped files already reported, each with what it was when skipped, so that the runs a
 * watched corpus makes do not report an unchanged bad file again on every run; and, the same way,
 * the files whose metadata warnings were said.
 *
 * <p>A file is what its content hash says (bytes and declared metadata, as the index keeps for the
 * files it holds), or, for one that could not be loaded or was passed over when listed, its reason
 * (which holds the size of a file too large). Kept in memory for the life of the process: a new
 * {@code serve} or {@code index} reports every skipped file once, at its first run, which is when a
 * reader looks; keeping it in the index would hide them from that first run too. A file that is
 * indexed, fixed or deleted is forgotten, so that it is reported if it goes bad again. Safe for the
 * indexing threads to use at once.
 */
public final class ReportedSkips {
  private final Map<String, Skip> reported = new ConcurrentHashMap<>();

  /** The files whose metadata warnings were said, with what each was then. */
  private final Map<String, String> warned = new ConcurrentHashMap<>();

  /**
   * What a file was when it was skipped, and why: one value, so that a reader sees both or none.
   */
  private record Skip(String fingerprint, String reason) {}

  /**
   * The reason {@code fileName} was reported skipped for when it was {@code fingerprint}, or null.
   */
  String reasonFor(String fileName, String fingerprint) {
    Skip skip = reported.get(fileName);
    return skip != null && skip.fingerprint().equals(fingerprint) ? skip.reason() : null;
  }

  /**
   * Notes that {@code fileName}, being {@code fingerprint}, is skipped for {@code reason}; true
   * when that is news to report, false when it was reported so before.
   */
  boolean report(String fileName, String fingerprint, String reason) {
    Skip before = reported.put(fileName, new Skip(fingerprint, reason));
    return !new Skip(fingerprint, reason).equals(before);
  }

  /**
   * Notes that the metadata warnings of {@code fileName}, being {@code fingerprint}, are said; true
   * when that is news, false when they were said so before: a watched corpus's every run went
   * through its unchanged files and said each one's sidecar problems again, a screenful a change.
   */
  boolean warn(String fileName, String fingerprint) {
    return !fingerprint.equals(warned.put(fileName, fingerprint));
  }

  /** Forgets every file but {@code skipped}, the files the last run skipped. */
  void keepOnly(Set<String> skipped) {
    reported.keySet().retainAll(skipped);
  }
}
