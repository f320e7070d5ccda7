package org.policysearch.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one document holds of a search's results, for the views that count documents by country
 * pair, partner and sector without loading a hit: its parties (a bloc and its member states beside
 * another party counted as one side), and how many of its matching passages each sector tags.
 *
 * @param parties the document's parties (sides), as country or bloc codes
 * @param passages how many of its chunks match
 * @param sectors how many of its matching chunks carry each sector
 * @param documentSectors every sector of any of its chunks: what a sector filter on documents
 *     selects, so a count of documents by sector is what that filter then finds
 */
public record DocumentTally(
    String documentId,
    List<String> parties,
    int passages,
    Map<String, Integer> sectors,
    Set<String> documentSectors) {
  public DocumentTally {
    parties = List.copyOf(parties);
    sectors = Map.copyOf(sectors);
    documentSectors = Set.copyOf(documentSectors);
  }
}
