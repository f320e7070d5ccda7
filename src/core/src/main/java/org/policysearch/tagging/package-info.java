/** Tagging chunks with the countries and sectors they speak of and how firmly they commit. */
package org.policysearch.tagging;
