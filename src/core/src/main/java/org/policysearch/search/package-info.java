/**
 * The search layer web, CLI, evaluation and bench call: the query language, the search policy
 * ({@code SearchService}) and its records, over the {@code SearchBackend} interface; knows nothing
 * of HTTP nor of the engine ({@code lucene} holds the Lucene backend).
 */
package org.policysearch.search;
