/** Text analysis shared by tagging, indexing and search: one definition of what a word is. */
package org.policysearch.analysis;
