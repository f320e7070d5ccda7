package org.policysearch.search;

import java.util.List;

/**
 * One chunk as shown in the document view; {@code text} is HTML-escaped, marks included, and {@code
 * permalink} its stable address (see {@link Permalink}).
 */
public record DocumentChunk(
    String chunkId,
    int ordinal,
    String kind,
    List<String> sectionPath,
    String text,
    List<Label> countries,
    List<Label> sectors,
    String permalink) {}
