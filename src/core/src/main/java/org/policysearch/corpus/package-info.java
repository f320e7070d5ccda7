/**
 * Reading source files (text, Markdown, HTML, PDF) and their metadata into {@link
 * org.policysearch.corpus.SourceDocument}s.
 */
package org.policysearch.corpus;
