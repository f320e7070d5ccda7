/** The Lucene schema and the indexer that writes tagged chunks into it. */
package org.policysearch.index;
