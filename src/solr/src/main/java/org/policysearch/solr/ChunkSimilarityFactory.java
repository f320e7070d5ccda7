package org.policysearch.solr;

import org.apache.lucene.search.similarities.Similarity;
import org.apache.solr.schema.SimilarityFactory;
import org.policysearch.index.ChunkSimilarity;

/** The embedded index's scoring ({@link ChunkSimilarity}) as a Solr schema's similarity. */
public final class ChunkSimilarityFactory extends SimilarityFactory {
  @Override
  public Similarity getSimilarity() {
    return new ChunkSimilarity();
  }
}
