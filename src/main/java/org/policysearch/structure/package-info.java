/** Recovering a document's outline (sections, bullets, paragraphs) and cutting it into chunks. */
package org.policysearch.structure;
