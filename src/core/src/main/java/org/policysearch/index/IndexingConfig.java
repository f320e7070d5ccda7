package org.policysearch.index;

import java.time.Duration;
import java.util.Objects;

/**
 * How an indexing run uses the machine: the {@link Indexer}'s threads, and the buffer and commits
 * of the {@link LuceneChunkSink} it writes into.
 *
 * @param threads how many documents are read, chunked, tagged and analysed at once
 * @param ramBufferMb the writer's buffer before it flushes a segment, shared by all threads
 * @param commitEvery how often a long run commits what it has done, so that a run that dies is
 *     resumed where it stopped (unchanged documents are told by their content hash and skipped)
 */
public record IndexingConfig(int threads, double ramBufferMb, Duration commitEvery) {
  /**
   * The most the writer buffers, and no more than an eighth of the heap: on ToTA (two threads, 256
   * MB heap) 128 MB ran out of heap, and 16, 32 and 64 MB cost the same CPU within the machine's
   * noise, 64 MB leaving the fewest segments; see docs/benchmarks.md.
   */
  public static final double MAX_RAM_BUFFER_MB = 64;

  public IndexingConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more: " + threads);
    }
    if (ramBufferMb <= 0) {
      throw new IllegalArgumentException("RAM buffer must be positive: " + ramBufferMb);
    }
    Objects.requireNonNull(commitEvery, "commitEvery");
  }

  /** One thread per core, the measured buffer, a commit every five minutes. */
  public static IndexingConfig defaults() {
    return withThreads(Runtime.getRuntime().availableProcessors());
  }

  /** The defaults on {@code threads} threads. */
  public static IndexingConfig withThreads(int threads) {
    double heapMb = Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    return new IndexingConfig(
        threads, Math.min(MAX_RAM_BUFFER_MB, heapMb / 8), Duration.ofMinutes(5));
  }
}
