package org.policysearch.search;

import java.util.List;

/**
 * One ranked chunk.
 *
 * @param text the whole chunk text, HTML-escaped, matches wrapped in {@code <mark>}
 * @param snippet a short highlighted excerpt for long chunks (equal to {@code text} for short ones)
 * @param url the page address that opens the chunk inside its document
 * @param explanation Lucene's explanation of the score, only when asked for
 */
public record Hit(
    String chunkId,
    String documentId,
    String title,
    String type,
    String date,
    List<String> sectionPath,
    String kind,
    List<Label> countries,
    List<Label> sectors,
    float score,
    String text,
    String snippet,
    String url,
    String explanation) {}
