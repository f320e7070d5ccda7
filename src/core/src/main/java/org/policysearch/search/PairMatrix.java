package org.policysearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A search's documents counted by country pair (a document's parties taken two by two) and sector:
 * rows the pairs with the most documents, columns the sectors, each cell the documents (and their
 * matching passages) of that pair with a matching passage in that sector.
 *
 * @param documents how many documents the search's results are in
 * @param unpaired how many of them have fewer than two parties, so are in no row
 * @param sectors the columns: every sector of a cell, most documents first
 * @param rows the pairs with most documents, most first
 * @param other the documents with a pair outside the rows, each counted once; null when none
 */
public record PairMatrix(
    int documents, int unpaired, List<Label> sectors, List<Row> rows, Row other) {

  /**
   * One pair, or the rest.
   *
   * @param pair the two parties, by code order; empty for the rest
   * @param cells by sector code; a sector without documents has no cell
   */
  public record Row(List<Label> pair, int documents, int passages, Map<String, Cell> cells) {}

  /**
   * One pair and sector: the documents with a matching passage that have the sector in any of their
   * passages (what the Documents view finds with both filters), and the matching passages that have
   * it (what the Passages view finds).
   */
  public record Cell(int documents, int passages) {}

  /**
   * The matrix of {@code tallies}, its {@code size} largest pairs as rows; with {@code focus}, only
   * the pairs that include every country of it ("this country's partners × sectors").
   */
  static PairMatrix of(
      List<DocumentTally> tallies, int size, List<String> focus, FacetLabels labels) {
    Map<List<String>, Tallied> byPair = new HashMap<>();
    int unpaired = 0;
    for (DocumentTally tally : tallies) {
      List<List<String>> pairs = pairs(tally.parties(), focus);
      if (tally.parties().size() < 2) {
        unpaired++;
      }
      for (List<String> pair : pairs) {
        byPair.computeIfAbsent(pair, p -> new Tallied()).add(tally);
      }
    }
    List<Map.Entry<List<String>, Tallied>> ranked = new ArrayList<>(byPair.entrySet());
    ranked.sort(
        Comparator.comparingInt((Map.Entry<List<String>, Tallied> e) -> -e.getValue().documents)
            .thenComparingInt(e -> -e.getValue().passages)
            .thenComparing(e -> String.join(" ", e.getKey())));
    List<Row> rows = new ArrayList<>();
    Set<List<String>> shown = new HashSet<>();
    Map<String, Integer> columnDocuments = new TreeMap<>();
    for (Map.Entry<List<String>, Tallied> entry :
        ranked.subList(0, Math.min(size, ranked.size()))) {
      shown.add(entry.getKey());
      Row row = entry.getValue().row(entry.getKey(), labels);
      row.cells()
          .forEach((sector, cell) -> columnDocuments.merge(sector, cell.documents(), Integer::sum));
      rows.add(row);
    }
    Tallied rest = new Tallied();
    for (DocumentTally tally : tallies) {
      if (pairs(tally.parties(), focus).stream().anyMatch(p -> !shown.contains(p))) {
        rest.add(tally);
      }
    }
    Row other = rest.documents == 0 ? null : rest.row(List.of(), labels);
    if (other != null) {
      other
          .cells()
          .forEach((sector, cell) -> columnDocuments.merge(sector, cell.documents(), Integer::sum));
    }
    List<Label> sectors =
        columnDocuments.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(e -> new Label(e.getKey(), labels.label("sector", e.getKey())))
            .toList();
    return new PairMatrix(tallies.size(), unpaired, sectors, rows, other);
  }

  /** A document's pairs of parties, each in code order; with a focus, those it names. */
  static List<List<String>> pairs(List<String> parties, List<String> focus) {
    List<String> sorted = parties.stream().distinct().sorted().toList();
    List<List<String>> pairs = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        List<String> pair = List.of(sorted.get(i), sorted.get(j));
        // One or two countries named: the pairs with them. More: the pairs among them.
        if (focus.size() <= 2 ? pair.containsAll(focus) : focus.containsAll(pair)) {
          pairs.add(pair);
        }
      }
    }
    return pairs;
  }

  /** Documents added to one row, and their passages by sector. */
  private static final class Tallied {
    int documents;
    int passages;
    final Map<String, int[]> sectors = new TreeMap<>();

    void add(DocumentTally tally) {
      documents++;
      passages += tally.passages();
      // Documents by the sectors of any of their chunks, passages by their own: what a cell's
      // link then finds in the Documents and the Passages view.
      for (String sector : tally.documentSectors()) {
        sectors.computeIfAbsent(sector, s -> new int[2])[0]++;
      }
      tally
          .sectors()
          .forEach((sector, n) -> sectors.computeIfAbsent(sector, s -> new int[2])[1] += n);
    }

    Row row(List<String> pair, FacetLabels labels) {
      Map<String, Cell> cells = new LinkedHashMap<>();
      sectors.forEach((sector, cell) -> cells.put(sector, new Cell(cell[0], cell[1])));
      return new Row(
          pair.stream().map(code -> new Label(code, labels.label("country", code))).toList(),
          documents,
          passages,
          cells);
    }
  }
}
