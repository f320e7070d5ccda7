/**
 * The benchmark: a corpus view over third-party metadata, the query list, latency percentiles and
 * the plain-text report of the {@code bench} command; and its side-by-side comparison over HTTP
 * with a raw-Lucene yardstick and Solr (the load driver, the chunk export, the Solr loader).
 */
package org.policysearch.bench;
