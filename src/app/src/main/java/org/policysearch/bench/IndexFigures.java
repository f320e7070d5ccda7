package org.policysearch.bench;

import org.policysearch.index.IndexSummary;

/**
 * What the benchmark measured of indexing.
 *
 * @param corpusBytes bytes of the documents read (the files, before text extraction)
 * @param full the run that built the index from nothing
 * @param fullCpuSeconds CPU time of the whole process in the full run (indexing threads, merges,
 *     GC, compilation)
 * @param again the run right after it, over the same unchanged corpus
 * @param indexBytes size of the index folder after both runs
 * @param heapAfterBytes heap in use after indexing and a full collection (approximate)
 * @param heapPeakBytes the highest heap use the JVM saw during indexing, summed over its pools
 * @param maxHeapBytes the heap limit ({@code -Xmx})
 * @param chunks chunk lengths in the index
 * @param segments how many segments the index has after both runs (each costs every search)
 * @param threads indexing threads, for policy-search and raw Lucene alike
 * @param raw raw Lucene indexing the same chunk texts, for comparison
 */
public record IndexFigures(
    long corpusBytes,
    IndexSummary full,
    double fullCpuSeconds,
    IndexSummary again,
    long indexBytes,
    long heapAfterBytes,
    long heapPeakBytes,
    long maxHeapBytes,
    ChunkSizes chunks,
    int segments,
    int threads,
    RawLuceneIndexing.Figures raw,
    IndexingRounds warm) {}
