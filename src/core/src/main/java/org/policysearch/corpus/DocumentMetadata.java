package org.policysearch.corpus;

import java.util.List;

/**
 * What is known about a document beyond its text; every field but {@code parties} may be null.
 *
 * @param title the document's title
 * @param date ISO date {@code yyyy-mm-dd} (or {@code yyyy-mm}, {@code yyyy}) the text gives
 * @param type document type, a facet value such as {@code mou}, {@code joint-statement}, {@code
 *     news}, {@code agreement}
 * @param publisher publisher or source
 * @param parties ISO 3166 alpha-2 codes of the parties ({@code EU} for the European Union)
 * @param url where the document was published, if known
 */
public record DocumentMetadata(
    String title, String date, String type, String publisher, List<String> parties, String url) {

  public static final DocumentMetadata EMPTY =
      new DocumentMetadata(null, null, null, null, List.of(), null);

  public DocumentMetadata {
    parties = parties == null ? List.of() : List.copyOf(parties);
  }

  /** This metadata with every missing field taken from {@code fallback}. */
  public DocumentMetadata orElse(DocumentMetadata fallback) {
    return new DocumentMetadata(
        title != null ? title : fallback.title,
        date != null ? date : fallback.date,
        type != null ? type : fallback.type,
        publisher != null ? publisher : fallback.publisher,
        parties.isEmpty() ? fallback.parties : parties,
        url != null ? url : fallback.url);
  }

  /** This metadata with another title. */
  public DocumentMetadata withTitle(String newTitle) {
    return new DocumentMetadata(newTitle, date, type, publisher, parties, url);
  }

  public DocumentMetadata withParties(List<String> newParties) {
    return new DocumentMetadata(title, date, type, publisher, newParties, url);
  }
}
