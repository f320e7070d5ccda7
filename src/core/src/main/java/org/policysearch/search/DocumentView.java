package org.policysearch.search;

import java.util.List;

/**
 * A document's metadata and a range of its chunks in order.
 *
 * @param total how many chunks the document has
 * @param from the ordinal of the first chunk held
 * @param to the ordinal just past the last chunk held ({@code from} when none is)
 */
public record DocumentView(
    DocumentSummary document, int total, int from, int to, List<DocumentChunk> chunks) {
  public DocumentView {
    chunks = List.copyOf(chunks);
  }
}
