package org.policysearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One ranked document of a search grouped by document, with its best matching passages.
 *
 * @param title the document title, as its chunks store it
 * @param titleHighlighted the title, HTML-escaped, the query's words in it in {@code <mark>}
 * @param publisher who published it (a news site, a ministry), or null where it is not known
 * @param countries every country any of its chunks is tagged with (what the country facet counts)
 * @param sectors every sector any of its chunks is tagged with
 * @param score the score of its best passage
 * @param matchingPassages how many of its chunks match the query (all of them when it has no words)
 * @param chunks how many chunks the document has
 * @param url the page address that opens the document at its best passage
 * @param passages its best matching passages, best first (at most {@link #MAX_PASSAGES}), marked
 *     like the hits of the passages view
 */
public record DocumentHit(
    String documentId,
    String title,
    String titleHighlighted,
    String type,
    String date,
    @JsonInclude(JsonInclude.Include.NON_NULL) String publisher,
    List<Label> countries,
    List<Label> sectors,
    float score,
    int matchingPassages,
    int chunks,
    String url,
    List<Hit> passages) {
  /** How many passages a document result shows. */
  public static final int MAX_PASSAGES = 3;

  public DocumentHit {
    countries = List.copyOf(countries);
    sectors = List.copyOf(sectors);
    passages = List.copyOf(passages);
  }

  /**
   * This document scoring {@code score}, with {@code matchingPassages} matching chunks and {@code
   * passages} its best (best first): its title, marked title and link are the best passage's, as a
   * document's record stores no title; without passages, its id and a link to its start.
   */
  public DocumentHit found(float score, int matchingPassages, List<Hit> passages) {
    Hit best = passages.isEmpty() ? null : passages.get(0);
    return new DocumentHit(
        documentId,
        best == null ? documentId : best.title(),
        best == null ? null : best.titleHighlighted(),
        type,
        date,
        publisher,
        countries,
        sectors,
        score,
        matchingPassages,
        chunks,
        best == null ? url : best.url(),
        passages);
  }
}
