/**
 * The Lucene implementation of the search layer's backend: the query builder and ranking, facet
 * counting, highlighting, suggestions, and the readers with the state built for each.
 */
package org.policysearch.search.lucene;
