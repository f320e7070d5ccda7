package org.policysearch.search;

/** Counts of what the index holds. */
public record IndexStats(int documents, int chunks) {}
