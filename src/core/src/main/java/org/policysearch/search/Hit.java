package org.policysearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One ranked chunk.
 *
 * @param text the whole chunk text, HTML-escaped, matches wrapped in {@code <mark>}
 * @param snippet a short highlighted excerpt for long chunks (equal to {@code text} for short ones)
 * @param titleHighlighted the document title, HTML-escaped, the query's words in it in {@code
 *     <mark>}
 * @param sectionPathHighlighted each heading of the section path, HTML-escaped, the query's words
 *     in it in {@code <mark>}: shows that a passage came back for a word of its headings
 * @param allWords whether the chunk holds every word of the query (in its text or headings, its
 *     document's title or parties); the hits that do come first
 * @param matchedOn where the query's words were found: {@code text}, {@code headings}, {@code
 *     title}, {@code parties} (the document's parties), {@code document} (its headings or opening)
 * @param url the page address that opens the chunk inside its document, the query's words marked
 * @param permalink the passage's stable address (see {@link Permalink}): to link or cite it
 * @param explanation Lucene's explanation of the score, only when asked for
 * @param sameText the passages of the results that read the same as this one, worse-ranked, folded
 *     into it (see {@link SameTextFolding}); empty when none is, or results are not folded
 * @param publisher who published its document (a news site, a ministry), or null where it is not
 *     known
 * @param page the page of its document the chunk starts on, from 1, or null for a document without
 *     pages (only a PDF has them)
 */
public record Hit(
    String chunkId,
    String documentId,
    String title,
    String type,
    String date,
    @JsonInclude(JsonInclude.Include.NON_NULL) String publisher,
    List<String> sectionPath,
    String kind,
    List<Label> countries,
    List<Label> sectors,
    float score,
    boolean allWords,
    List<String> matchedOn,
    String text,
    String snippet,
    String titleHighlighted,
    List<String> sectionPathHighlighted,
    String url,
    String permalink,
    String explanation,
    List<SameTextPassage> sameText,
    Integer page) {

  public Hit {
    // A hit rendered by a Solr shard comes without the passages folded into it.
    sameText = sameText == null ? List.of() : List.copyOf(sameText);
  }

  /**
   * This hit with {@code score} and whether it holds every word: for an engine that marks a chunk
   * where it is stored and scores it where the shards' answers meet.
   */
  public Hit scored(float score, boolean allWords) {
    return with(score, allWords, sameText);
  }

  /** This hit with {@code passages} folded into it. */
  public Hit folding(List<SameTextPassage> passages) {
    return with(score, allWords, passages);
  }

  private Hit with(float score, boolean allWords, List<SameTextPassage> sameText) {
    return new Hit(
        chunkId,
        documentId,
        title,
        type,
        date,
        publisher,
        sectionPath,
        kind,
        countries,
        sectors,
        score,
        allWords,
        matchedOn,
        text,
        snippet,
        titleHighlighted,
        sectionPathHighlighted,
        url,
        permalink,
        explanation,
        sameText,
        page);
  }
}
