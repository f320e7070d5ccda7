package org.policysearch.search.lucene;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Values worked out once and kept by key for the life of a reader, at most {@code max} of them:
 * when the bound is reached they are all dropped and worked out again as asked for, so memory does
 * not grow with how many different keys are asked, and no order of use is kept on the search path.
 * Safe for many searching threads; two of them may work out the same value at once.
 */
final class KeptValues<K, V> {
  private final int max;
  private final ConcurrentHashMap<K, V> kept = new ConcurrentHashMap<>();

  /** Keeps at most {@code max} values (at least one). */
  KeptValues(int max) {
    this.max = Math.max(1, max);
  }

  /** The value kept for {@code key}, or null. */
  V get(K key) {
    return kept.get(key);
  }

  /** Keeps {@code value} for {@code key}, first dropping all others when the bound is reached. */
  V keep(K key, V value) {
    if (kept.size() >= max) {
      kept.clear();
    }
    kept.put(key, value);
    return value;
  }

  /** How many values are kept. */
  int size() {
    return kept.size();
  }
}
