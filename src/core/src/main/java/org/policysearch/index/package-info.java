/**
 * The indexer, the {@code ChunkSink} it writes tagged chunks through, and its Lucene
 * implementation: the schema and the writer.
 */
package org.policysearch.index;
