package org.policysearch.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;

/**
 * A value built from the current index reader once and kept until the reader changes (that is, once
 * per index commit), not once per search.
 *
 * @param <T> what is built
 */
final class PerReader<T> {
  /** Builds the value of one reader. */
  interface Builder<T> {
    T build(IndexReader reader) throws IOException;
  }

  private final Builder<T> builder;
  private IndexReader reader;
  private T value;

  PerReader(Builder<T> builder) {
    this.builder = builder;
  }

  /** The value of {@code current}, built on its first use. */
  synchronized T of(IndexReader current) throws IOException {
    if (current != reader) {
      value = builder.build(current);
      reader = current;
    }
    return value;
  }
}
