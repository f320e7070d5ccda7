/** Tagging chunks with the countries and sectors they speak of. */
package org.policysearch.tagging;
