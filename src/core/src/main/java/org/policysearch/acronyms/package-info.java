/**
 * Acronyms the documents define ("National Science Foundation (NSF)", "NSF means …"): found and
 * checked letter by letter at index time, gathered into the index's acronym table at search time.
 */
package org.policysearch.acronyms;
