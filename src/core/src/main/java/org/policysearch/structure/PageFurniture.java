package org.policysearch.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the running headers, footers and page numbers that PDF extraction leaves on every page.
 *
 * <p>A line is furniture when it is among the first or last {@value #EDGE_LINES} non-blank lines of
 * a page and either looks like a page number ({@code 12}, {@code Page 3 of 9}, {@code - 4 -},
 * {@code 3/9}, a front matter's {@code iv}) in a document of two or more pages, or, in a document
 * of three or more pages, recurs at the edge of at least half of the pages, holds at most {@value
 * #MAX_RECURRING_WORDS} words and leaves its page some other line. Digits may vary between the
 * recurrences ("Report 2025 | 7"), except in lines numbered like section headings: "Article 5" and
 * "Article 6" opening successive pages are content. A line that names its page's number beside
 * words of its own ("Chapter 2: Market access 14", "15 National Quantum Strategy") is furniture
 * where the same words stand at the edge of another page with that page's number: a book's running
 * head, which names the chapter its pages are in, recurs on those pages only, and on every other
 * page when it alternates with another.
 */
final class PageFurniture {
  private static final int EDGE_LINES = 2;

  /**
   * The most words a line that recurs at the pages' edges has to be furniture: a running head or
   * footer names a title, a chapter or a notice, where a line of a page's text set across its width
   * holds more (a template repeated on every page recurs too, digits apart).
   */
  private static final int MAX_RECURRING_WORDS = 12;

  /**
   * A line of words with a page number before or after them, apart by a space or a sign: "12 |
   * Critical Minerals", "Chapter 2: Market access 14".
   */
  private static final Pattern NUMBERED_HEAD =
      Pattern.compile(
          "(?:(\\d{1,4})(?:\\s*[|\u2022\u00b7\u2013\u2014-]\\s*|\\s+)(\\S.*)"
              + "|(.*\\S)(?:\\s*[|\u2022\u00b7\u2013\u2014-]\\s*|\\s+)(\\d{1,4}))");

  /**
   * Two words of letters: what a running head names beside its number, where "Article 5" over
   * "Article 6" on the next page are numbered headings.
   */
  private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}{2,}\\P{L}+\\p{L}{2,}");

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-\u2013\u2014]\\s*\\d{1,4}\\s*[-\u2013\u2014]"
              + "|(?-i:[ivxlc]{1,7})");

  /** The lines of the text's pages, in order, without page furniture; blank lines are kept. */
  List<SourceLine> contentLines(List<List<SourceLine>> pages) {
    Set<SourceLine> furniture = new HashSet<>();
    if (pages.size() >= 2) {
      for (List<SourceLine> page : pages) {
        for (SourceLine line : edges(page)) {
          if (PAGE_NUMBER.matcher(line.text()).matches()) {
            furniture.add(line);
          }
        }
      }
    }
    if (pages.size() >= 3) {
      furniture.addAll(recurring(pages));
    }
    furniture.addAll(runningHeads(pages));
    List<SourceLine> content = new ArrayList<>();
    for (List<SourceLine> page : pages) {
      for (SourceLine line : page) {
        if (!furniture.contains(line)) {
          content.add(line);
        }
      }
    }
    return content;
  }

  private static Set<SourceLine> recurring(List<List<SourceLine>> pages) {
    Map<String, Integer> pagesWithKey = new HashMap<>();
    for (List<SourceLine> page : pages) {
      Set<String> keys = new HashSet<>();
      for (SourceLine line : edges(page)) {
        keys.add(key(line.text()));
      }
      keys.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
    }
    int needed = (pages.size() + 1) / 2;
    Set<SourceLine> furniture = new HashSet<>();
    for (List<SourceLine> page : pages) {
      List<SourceLine> recurring = new ArrayList<>();
      for (SourceLine line : edges(page)) {
        if (pagesWithKey.get(key(line.text())) >= needed
            && LineShape.wordCount(line.text()) <= MAX_RECURRING_WORDS) {
          recurring.add(line);
        }
      }
      // A page whose every line recurs is a template's text (a form on each page), not a page of
      // headers and footers alone: its words stay searchable.
      if (recurring.size() < page.stream().filter(l -> !l.blank()).count()) {
        furniture.addAll(recurring);
      }
    }
    return furniture;
  }

  /**
   * The edge lines that name their page's number before or after words which stand, with the number
   * of their own page, at the edge of another page too: the page numbers of both lie the same
   * distance from the pages' places in the file, as printed page numbers do.
   */
  private static Set<SourceLine> runningHeads(List<List<SourceLine>> pages) {
    Map<String, List<SourceLine>> byWordsAndOffset = new HashMap<>();
    Map<String, Set<Integer>> pagesOf = new HashMap<>();
    for (int index = 0; index < pages.size(); index++) {
      for (SourceLine line : edges(pages.get(index))) {
        Matcher numbered = NUMBERED_HEAD.matcher(line.text());
        if (!numbered.matches()) {
          continue;
        }
        boolean leading = numbered.group(1) != null;
        String number = leading ? numbered.group(1) : numbered.group(4);
        String words = leading ? numbered.group(2) : numbered.group(3);
        if (TWO_WORDS.matcher(words).find()) {
          String key =
              (leading ? "# " : "")
                  + words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                  + (leading ? "" : " #")
                  + "@"
                  + (Integer.parseInt(number) - index);
          byWordsAndOffset.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
          pagesOf.computeIfAbsent(key, k -> new HashSet<>()).add(index);
        }
      }
    }
    Set<SourceLine> furniture = new HashSet<>();
    byWordsAndOffset.forEach(
        (key, lines) -> {
          if (pagesOf.get(key).size() >= 2) {
            furniture.addAll(lines);
          }
        });
    return furniture;
  }

  private static String key(String line) {
    String key = line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    LineShape.Kind kind = LineShape.of(line).kind();
    boolean numberedHeading =
        kind == LineShape.Kind.SECTION_HEADING || kind == LineShape.Kind.MARKDOWN_HEADING;
    return numberedHeading ? key : key.replaceAll("\\d+", "#");
  }

  private static List<SourceLine> edges(List<SourceLine> page) {
    List<SourceLine> nonBlank = page.stream().filter(l -> !l.blank()).toList();
    if (nonBlank.size() <= 2 * EDGE_LINES) {
      return nonBlank;
    }
    List<SourceLine> edges = new ArrayList<>(nonBlank.subList(0, EDGE_LINES));
    edges.addAll(nonBlank.subList(nonBlank.size() - EDGE_LINES, nonBlank.size()));
    return edges;
  }
}
