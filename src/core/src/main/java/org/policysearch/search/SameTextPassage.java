package org.policysearch.search;

/**
 * A passage that reads the same as a better-ranked hit (the same clause in another agreement) and
 * is folded into it rather than listed again.
 *
 * @param chunkId the passage's chunk
 * @param documentId its document
 * @param title its document's title
 * @param url the page address that opens the passage inside its document, the query's words marked
 */
public record SameTextPassage(String chunkId, String documentId, String title, String url) {}
