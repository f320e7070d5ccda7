package org.policysearch.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answers to the latest searches of one index generation, given again to the same request: a
 * reader never changes, so an answer read from it stays true until a new commit is opened, and a
 * query asked again (the next page's way back, a facet ticked and unticked, the same search by many
 * readers) costs a lookup instead of a search.
 *
 * <p>Bounded by an estimate of the answers' size in characters, least recently used first out; a
 * new generation drops every answer of the old one at once, so a search never sees an index older
 * than the one it reads. An engine that names no generation is never cached here.
 */
public final class ResultCache {
  /** The most a cache holds by default, in MB. */
  public static final int DEFAULT_MEGABYTES = 16;

  /** The share of the heap a cache holds by default, at most {@link #DEFAULT_MEGABYTES}. */
  static final int HEAP_SHARE = 16;

  /** A cache that keeps nothing: every request is searched. */
  public static final ResultCache NONE = new ResultCache(0);

  // A Java string keeps most texts at a byte per character; the rest of an answer (records, lists,
  // labels) is counted per hit and per facet value.
  private static final int PER_HIT = 600;
  private static final int PER_FACET_VALUE = 64;

  private record Key(Object generation, SearchRequest request) {}

  private final Cache<Key, SearchResult> answers;
  private final boolean keeps;
  private volatile Object generation;

  /**
   * The default size for a heap of {@code maxMemory} bytes: a sixteenth of it, at most {@link
   * #DEFAULT_MEGABYTES} MB, so that a server started in a small heap (64 MB serves 16 connections)
   * keeps room for its searches.
   */
  public static int defaultMegabytes(long maxMemory) {
    return (int) Math.min(DEFAULT_MEGABYTES, (maxMemory >> 20) / HEAP_SHARE);
  }

  /** A cache of answers up to about {@code megabytes} MB; 0 keeps nothing. */
  public ResultCache(int megabytes) {
    if (megabytes < 0) {
      throw new IllegalArgumentException("A result cache's size cannot be negative: " + megabytes);
    }
    this.keeps = megabytes > 0;
    this.answers =
        Caffeine.newBuilder()
            .maximumWeight(megabytes * 1024L * 1024L)
            .weigher((Key key, SearchResult answer) -> weight(answer))
            .build();
  }

  /** The answer kept for {@code request} on {@code generation}, or null. */
  SearchResult get(Object generation, SearchRequest request) {
    if (!keeps || generation == null) {
      return null;
    }
    if (!generation.equals(this.generation)) {
      // The first request on a new reader: the old answers can never be given again.
      this.generation = generation;
      answers.invalidateAll();
      return null;
    }
    return answers.getIfPresent(new Key(generation, request));
  }

  /** Keeps {@code answer} to {@code request} on {@code generation}. */
  void put(Object generation, SearchRequest request, SearchResult answer) {
    if (keeps && generation != null && generation.equals(this.generation)) {
      answers.put(new Key(generation, request), answer);
    }
  }

  private static int weight(SearchResult answer) {
    long characters = 0;
    for (Hit hit : answer.hits()) {
      characters += weight(hit);
    }
    if (answer.documents() != null) {
      for (DocumentHit document : answer.documents()) {
        characters += PER_HIT + length(document.title()) * 2L;
        for (Hit hit : document.passages()) {
          characters += weight(hit);
        }
      }
    }
    for (Map.Entry<String, List<FacetValue>> facet : answer.facets().entrySet()) {
      characters += (long) PER_FACET_VALUE * facet.getValue().size();
    }
    return (int) Math.min(Integer.MAX_VALUE, characters);
  }

  private static long weight(Hit hit) {
    return PER_HIT
        + length(hit.text())
        + length(hit.snippet())
        + length(hit.title())
        + length(hit.titleHighlighted())
        + length(hit.explanation());
  }

  private static int length(String text) {
    return Objects.requireNonNullElse(text, "").length();
  }
}
