package org.policysearch.search;

import java.util.List;

/** A document's metadata as the index holds it, with its number of chunks. */
public record DocumentSummary(
    String id,
    String title,
    String type,
    String typeLabel,
    String date,
    String publisher,
    List<Label> parties,
    String url,
    String file,
    int chunks) {}
