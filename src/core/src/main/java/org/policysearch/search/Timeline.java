package org.policysearch.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A search's documents in date order, for a time axis: each with its type, parties and sectors, and
 * the undated ones apart (they have no place on the axis).
 *
 * @param total how many documents the search's results are in
 * @param documents the dated documents, oldest first (at most the limit asked for)
 * @param undated the documents without a date, in the search's order
 * @param truncated whether documents beyond the limit were left out
 */
public record Timeline(long total, List<Entry> documents, List<Entry> undated, boolean truncated) {

  /** One document on the axis; {@code url} opens it on the page. */
  public record Entry(
      String documentId,
      String title,
      String type,
      String typeLabel,
      String date,
      List<Label> parties,
      List<Label> sectors,
      int matchingPassages,
      String url) {}

  static Timeline of(List<ExportRow> rows, long total, boolean truncated) {
    List<Entry> dated = new ArrayList<>();
    List<Entry> undated = new ArrayList<>();
    for (ExportRow row : rows) {
      Entry entry =
          new Entry(
              row.documentId(),
              row.title(),
              row.type(),
              row.typeLabel(),
              row.date(),
              row.parties(),
              row.sectors(),
              row.matchingPassages(),
              "/?doc=" + URLEncoder.encode(row.documentId(), StandardCharsets.UTF_8));
      (row.date() == null ? undated : dated).add(entry);
    }
    // Rows come newest first (sorted by date); the axis reads left to right.
    java.util.Collections.reverse(dated);
    return new Timeline(total, dated, undated, truncated);
  }
}
