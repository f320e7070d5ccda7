package org.policysearch.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A search's documents in date order, for a time axis: each with its type, parties and sectors, and
 * the undated ones apart (they have no place on the axis).
 *
 * @param total how many documents the search's results are in
 * @param documents the dated documents, oldest first (the newest, when there are more than the
 *     limit asked for)
 * @param undated the documents without a date, by title
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

  /** The timeline of {@code tallies}, at most {@code limit} documents, the newest dated first. */
  static Timeline of(
      List<DocumentTally> tallies,
      Map<String, DocumentSummary> documents,
      int limit,
      FacetLabels labels) {
    List<Entry> dated = new ArrayList<>();
    List<Entry> undated = new ArrayList<>();
    for (DocumentTally tally : tallies) {
      DocumentSummary document = documents.get(tally.documentId());
      if (document == null) {
        continue; // indexed since the documents were listed: the next answer has it
      }
      Entry entry =
          new Entry(
              document.id(),
              document.title(),
              document.type(),
              document.typeLabel(),
              document.date(),
              document.parties(),
              tally.documentSectors().stream()
                  .map(code -> new Label(code, labels.label("sector", code)))
                  .sorted(Comparator.comparing(Label::label))
                  .toList(),
              tally.passages(),
              "/?doc=" + URLEncoder.encode(document.id(), StandardCharsets.UTF_8));
      (entry.date() == null ? undated : dated).add(entry);
    }
    // ISO dates of a year, month or day sort as text; the newest are kept when there are too many.
    dated.sort(Comparator.comparing(Entry::date).thenComparing(Entry::documentId));
    undated.sort(Comparator.comparing((Entry e) -> e.title() == null ? "" : e.title()));
    int keepDated = Math.min(dated.size(), limit);
    int keepUndated = Math.min(undated.size(), limit - keepDated);
    return new Timeline(
        dated.size() + undated.size(),
        List.copyOf(dated.subList(dated.size() - keepDated, dated.size())),
        List.copyOf(undated.subList(0, keepUndated)),
        keepDated + keepUndated < dated.size() + undated.size());
  }
}
