package org.policysearch.search;

import java.util.List;

/**
 * One chunk as shown in the document view; {@code text} is HTML-escaped, marks included, {@code
 * commitment} how firmly it commits anyone to anything (binding, intent, descriptive), and {@code
 * permalink} its stable address (see {@link Permalink}), {@code page} the page it starts on (from
 * 1, null for a document without pages).
 */
public record DocumentChunk(
    String chunkId,
    int ordinal,
    String kind,
    List<String> sectionPath,
    String text,
    List<Label> countries,
    List<Label> sectors,
    Label commitment,
    String permalink,
    Integer page) {}
