package org.policysearch.search;

import java.util.List;

/** A whole document: its metadata and every chunk in order. */
public record DocumentView(DocumentSummary document, List<DocumentChunk> chunks) {}
