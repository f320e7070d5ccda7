/** Queries, ranking, facets, highlighting and suggestions over the index; knows nothing of HTTP. */
package org.policysearch.search;
