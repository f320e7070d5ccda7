/**
 * The benchmark: a corpus view over third-party metadata, the query list, latency percentiles and
 * the plain-text report of the {@code bench} command.
 */
package org.policysearch.bench;
