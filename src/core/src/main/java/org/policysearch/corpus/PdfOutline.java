package org.policysearch.corpus;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A PDF's bookmarks (its outline panel) turned into the Markdown headings of the lines they point
 * to, so that a report exported with its headings keeps the outline its author gave it rather than
 * one guessed from the lines' shapes.
 *
 * <p>A bookmark counts only where its words stand as a line (or two) of the page it points to, or
 * of the next: a bookmark that names no line ("Cover", "Page 3") marks nothing, and neither does
 * one a table of contents or a running head repeats elsewhere, since only a line standing alone
 * with the bookmark's words, or with them after a section's number ("2.1 Scope" for "Scope"),
 * matches.
 */
final class PdfOutline {
  /**
   * One bookmark.
   *
   * @param title the bookmark's words
   * @param level its depth, 1 for the outermost
   * @param page the page it points to, from 0, or -1 when it names none that could be found
   */
  record Bookmark(String title, int level, int page) {}

  /** More than any real outline holds: a damaged one that loops is read no further. */
  private static final int MAX_BOOKMARKS = 5_000;

  private static final int MAX_DEPTH = 6;

  /** A section's number as {@link #key} leaves it: "2 1" (2.1), "iv", "a 1" (A.1). */
  private static final String NUMBER =
      "\\d{1,3}(?:\\s\\d{1,3}){0,3}|[ivxlcdm]{1,6}|[a-z](?:\\s\\d{1,3}){0,2}";

  /** A section's label before the words a bookmark gives: "2.1", "Chapter 3", "Annex A", "IV". */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?:chapter|section|part|article|annex|appendix|schedule|title|protocol|chapitre|titre"
              + "|capitulo|capítulo|articulo|artículo|anexo|annexe)(?:\\s(?:"
              + NUMBER
              + "))?|(?:"
              + NUMBER
              + ")");

  private PdfOutline() {}

  /**
   * The outline of {@code pdf}, outermost first and in reading order, levels from 1. A single
   * bookmark holding all the others (the document's own title) is left out, its children taking its
   * place.
   */
  static List<Bookmark> of(PDDocument pdf) {
    PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
    List<Bookmark> found = new ArrayList<>();
    if (outline == null) {
      return found;
    }
    Map<PDPage, Integer> pages = new HashMap<>();
    int index = 0;
    for (PDPage page : pdf.getPages()) {
      pages.put(page, index++);
    }
    collect(pdf, outline, 1, pages, found, new int[1]);
    long roots = found.stream().filter(b -> b.level() == 1).count();
    if (roots == 1 && found.size() > 1 && found.get(0).level() == 1) {
      return found.subList(1, found.size()).stream()
          .map(b -> new Bookmark(b.title(), b.level() - 1, b.page()))
          .toList();
    }
    return found;
  }

  private static void collect(
      PDDocument pdf,
      PDOutlineNode node,
      int level,
      Map<PDPage, Integer> pages,
      List<Bookmark> found,
      int[] visited) {
    for (PDOutlineItem item : node.children()) {
      // Counted whether or not it has a title: a damaged outline may loop through untitled items.
      if (++visited[0] > MAX_BOOKMARKS) {
        return;
      }
      String title = item.getTitle();
      if (title != null && !title.isBlank()) {
        found.add(new Bookmark(title.strip(), level, pageOf(pdf, item, pages)));
      }
      if (level < MAX_DEPTH && item.hasChildren()) {
        collect(pdf, item, level + 1, pages, found, visited);
      }
    }
  }

  private static int pageOf(PDDocument pdf, PDOutlineItem item, Map<PDPage, Integer> pages) {
    try {
      PDPage page = item.findDestinationPage(pdf);
      return page == null ? -1 : pages.getOrDefault(page, -1);
    } catch (IOException | RuntimeException e) {
      // A destination that names nothing this file holds: the bookmark is placed by order alone.
      return -1;
    }
  }

  /**
   * {@code pages} (each page's text) with the line each bookmark names made a Markdown heading of
   * the bookmark's level ({@code ## 2.1 Scope}); a title wrapped over two lines becomes one. The
   * same list, {@code pages} itself, where no bookmark names a line.
   */
  static List<String> asHeadings(List<String> pages, List<Bookmark> bookmarks) {
    if (bookmarks.isEmpty()) {
      return pages;
    }
    List<List<String>> lines = new ArrayList<>();
    for (String page : pages) {
      lines.add(new ArrayList<>(List.of(page.split("\n", -1))));
    }
    PageEdges edges =
        new PageEdges(
            lines.stream().map(page -> page.stream().map(PageEdges::key).toList()).toList());
    Map<Integer, Integer> atLevel = new HashMap<>();
    bookmarks.forEach(b -> atLevel.merge(b.level(), 1, Integer::sum));
    // The page the last bookmark was found on: one without a page is looked for after it.
    int cursor = 0;
    boolean found = false;
    for (Bookmark bookmark : bookmarks) {
      String words = compact(bookmark.title());
      if (words.isEmpty()) {
        continue;
      }
      int from = bookmark.page() >= 0 ? bookmark.page() : cursor;
      int to = Math.min(lines.size() - 1, from + 1);
      Match match = find(lines, from, to, bookmark.title(), atLevel.get(bookmark.level()), edges);
      if (match == null) {
        continue;
      }
      List<String> page = lines.get(match.page());
      if (match.span() == 2) {
        page.set(match.line() + 1, ""); // blank, so that the lines keep their places
      }
      page.set(match.line(), "#".repeat(bookmark.level()) + " " + match.heading());
      cursor = match.page();
      found = true;
    }
    if (!found) {
      return pages;
    }
    List<String> headed = new ArrayList<>(lines.size());
    for (List<String> page : lines) {
      headed.add(String.join("\n", page));
    }
    return headed;
  }

  /** Where a bookmark's line is: its page and line, how many lines it spans, and its heading. */
  private record Match(int page, int line, int span, String heading) {}

  /**
   * The first line of pages {@code from} to {@code to} that holds the bookmark's words, alone or
   * after a section's label, on its own or with the line after it; a line that recurs at the edge
   * of pages (a running head) only when no other does. A line already made a heading is passed.
   */
  private static Match find(
      List<List<String>> lines, int from, int to, String title, int sections, PageEdges edges) {
    Match edge = null;
    for (int p = from; p <= to; p++) {
      List<String> page = lines.get(p);
      for (int i = 0; i < page.size(); i++) {
        String line = page.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int span = 1;
        String heading = heading(line.strip(), title, sections);
        if (heading == null && i + 1 < page.size() && !page.get(i + 1).isBlank()) {
          span = 2;
          heading = heading(line.strip() + " " + page.get(i + 1).strip(), title, sections);
        }
        if (heading == null) {
          continue;
        }
        Match match = new Match(p, i, span, heading);
        if (!edges.furniture(p, i)) {
          return match;
        }
        if (edge == null) {
          edge = match;
        }
      }
    }
    return edge;
  }

  /**
   * The heading {@code line} makes for the bookmark {@code title}, or null when it does not read as
   * the bookmark: the bookmark's words end the line (signs and spaces aside: "Non-regular" is
   * "Nonregular") after nothing or a section's label. The label is kept where the bookmark has no
   * number of its own ("2.1 Scope" for "Scope"), and what stands before a bookmark's own number is
   * not, nor a whole number above the {@code sections} bookmarks of the bookmark's level: both are
   * the page's number, printed on the heading's line.
   */
  static String heading(String text, String title, int sections) {
    // In compatibility form, each letter of the line is one of its compact form ("ﬁ" is "fi").
    String line = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String words = compact(title);
    String lineWords = compact(line);
    if (words.isEmpty() || !lineWords.endsWith(words)) {
      return null;
    }
    // Where the bookmark's words start in the line, at the start of a word.
    int start = line.length();
    for (int matched = 0; matched < words.length(); ) {
      start--;
      if (Character.isLetterOrDigit(line.charAt(start))) {
        matched++;
      }
    }
    if (!lineWords.equals(words)
        && start > 0
        && Character.isLetterOrDigit(line.charAt(start - 1))) {
      return null;
    }
    String label = key(line.substring(0, start));
    if (!label.isEmpty() && !LABEL.matcher(label).matches()) {
      return null;
    }
    boolean ownNumber = Character.isDigit(words.charAt(0));
    boolean pageNumber =
        label.chars().allMatch(Character::isDigit)
            && label.length() > 0
            && (label.length() > 3 || Integer.parseInt(label) > sections);
    return label.isEmpty() || ownNumber || pageNumber ? line.substring(start).strip() : line;
  }

  /** A text's letters and digits alone, in lower case: how a bookmark and its line are compared. */
  static String compact(String text) {
    return key(text).replace(" ", "");
  }

  /**
   * A text's words for comparison: compatibility forms ("ﬁ" as "fi"), lower case, every run of
   * signs and spaces one space.
   */
  static String key(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && key.length() > 0) {
          key.append(' ');
        }
        key.append(c);
        space = false;
      } else if (c != '\u00AD') {
        space = true;
      }
    }
    return key.toString();
  }
}
