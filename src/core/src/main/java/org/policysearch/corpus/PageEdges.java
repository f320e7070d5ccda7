package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines that recur at the top or bottom of a PDF's pages (running heads and feet, page numbers
 * aside), which neither a bookmark nor a type size should make a heading: the outline parser drops
 * them as furniture only while they are plain lines.
 */
final class PageEdges {
  /** How many lines from a page's top or bottom count as its edge. */
  private static final int EDGE_LINES = 2;

  /** On how many pages a line must stand at the edge to be furniture. */
  private static final int PAGES = 3;

  private final List<List<String>> keys;
  private final Set<String> recurring = new HashSet<>();

  /**
   * The edges of pages whose lines read as {@code keys} ({@link #key} of each line, and whatever
   * else must be the same for two lines to be one, such as their type size; empty for a line
   * without letters or digits).
   */
  PageEdges(List<List<String>> keys) {
    this.keys = keys;
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> page : keys) {
      Set<String> edges = new HashSet<>();
      for (int i = 0; i < page.size(); i++) {
        if (atEdge(page, i)) {
          edges.add(page.get(i));
        }
      }
      edges.forEach(e -> counts.merge(e, 1, Integer::sum));
    }
    counts.forEach(
        (line, count) -> {
          if (count >= PAGES) {
            recurring.add(line);
          }
        });
  }

  /**
   * The edges of {@code pdf}'s pages, told by its lines' places in it; {@code bySize} counts a line
   * the same as another only where they are set in one size too.
   */
  static Located of(PdfLines pdf, boolean bySize) {
    List<List<String>> keys = new ArrayList<>();
    for (int p = 0; p < pdf.pages(); p++) {
      keys.add(new ArrayList<>());
    }
    List<PdfLines.Line> lines = pdf.lines();
    int[] indexOnPage = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      PdfLines.Line line = lines.get(i);
      List<String> page = keys.get(line.page());
      indexOnPage[i] = page.size();
      String key = key(line.text());
      page.add(key.isEmpty() || !bySize ? key : key + "@" + line.size());
    }
    return new Located(new PageEdges(keys), lines, indexOnPage);
  }

  /** Page edges asked about by a line's place among all of a PDF's lines. */
  record Located(PageEdges edges, List<PdfLines.Line> lines, int[] indexOnPage) {
    /** Whether line {@code i} of the PDF stands at its page's edge and recurs at others'. */
    boolean furniture(int i) {
      return edges.furniture(lines.get(i).page(), indexOnPage[i]);
    }
  }

  /** Whether line {@code line} of page {@code page} stands at its edge and recurs at others'. */
  boolean furniture(int page, int line) {
    List<String> lines = keys.get(page);
    return atEdge(lines, line) && recurring.contains(lines.get(line));
  }

  /** Whether line {@code i} is among the first or last two lines of its page that hold text. */
  private static boolean atEdge(List<String> page, int i) {
    if (page.get(i).isEmpty()) {
      return false;
    }
    int before = 0;
    for (int j = 0; j < i && before < EDGE_LINES; j++) {
      before += page.get(j).isEmpty() ? 0 : 1;
    }
    int after = 0;
    for (int j = page.size() - 1; j > i && after < EDGE_LINES; j--) {
      after += page.get(j).isEmpty() ? 0 : 1;
    }
    return before < EDGE_LINES || after < EDGE_LINES;
  }

  /**
   * A line's letters, in lower case: a running head is the same whatever page number it shows. A
   * section's heading keeps its number: "Article 2" and "Article 3" opening successive pages are
   * two articles, not one running head.
   */
  static String key(String line) {
    String compact = PdfOutline.compact(line);
    return NUMBERED_SECTION.matcher(line).lookingAt() ? compact : compact.replaceAll("\\d", "");
  }

  private static final Pattern NUMBERED_SECTION =
      Pattern.compile(
          "\\s*(?i:article|chapter|section|part|annex|title|schedule|appendix|rule|art\\.|"
              + "art\u00edculo|cap\u00edtulo|chapitre|annexe)\\s+\\d");
}
