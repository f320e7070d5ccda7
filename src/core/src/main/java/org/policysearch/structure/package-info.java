/**
 * Recovering a document's outline (sections, bullets, paragraphs) and cutting it into chunks.
 *
 * <p>Entry point: {@code new Chunker().split(sourceDocument)}. {@link
 * org.policysearch.structure.OutlineParser} turns normalised text into {@link
 * org.policysearch.structure.Block}s (page furniture dropped, wrapped lines and hyphenation
 * repaired, section paths assigned; a word broken across lines is rejoined when {@link
 * org.policysearch.structure.EnglishWords} or the document itself knows the whole); {@link
 * org.policysearch.structure.Chunker} numbers them as {@link org.policysearch.structure.Chunk}s,
 * splitting long paragraphs at sentence ends.
 */
package org.policysearch.structure;
