package org.policysearch.eval;

import java.util.List;

/**
 * What one system recovered of a document's structure: its headings with their offsets, its date
 * and its parties.
 *
 * @param headings the headings found, in document order
 * @param pathEntries every entry of every chunk's section path (for recall)
 * @param date the date inferred, {@code yyyy-mm-dd}, or null
 * @param parties party codes, countries and blocs
 */
public record StructureAnalysis(
    List<FoundHeading> headings, List<String> pathEntries, String date, List<String> parties) {

  /**
   * A heading, the offset in the document's text where it starts, and the headings it is under,
   * outermost first.
   */
  public record FoundHeading(String text, int start, List<String> path) {
    public FoundHeading {
      path = List.copyOf(path);
    }
  }

  public StructureAnalysis {
    headings = List.copyOf(headings);
    pathEntries = List.copyOf(pathEntries);
    parties = List.copyOf(parties);
  }
}
