/**
 * Search quality you can measure: TREC topics and qrels, ranking metrics, known-item search, a
 * plain BM25 baseline, and tagging accuracy against a hand-labelled gold file. Only the command
 * line depends on it.
 */
package org.policysearch.eval;
