package org.policysearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's table of contents: each section its chunks' section paths name, in document order,
 * so that the page can list and jump to parts of a long document it has not loaded yet.
 *
 * @param documentId the document
 * @param chunks how many chunks the document has
 * @param sections every section, in order, a subsection right after its parent's entry
 */
public record DocumentOutline(String documentId, int chunks, List<Section> sections) {
  public DocumentOutline {
    sections = List.copyOf(sections);
  }

  /**
   * One section.
   *
   * @param path its heading and those above it, outermost first
   * @param title its heading (the last of {@code path})
   * @param depth how many headings {@code path} has: 1 for a top-level section
   * @param ordinal the ordinal of its first chunk (its heading's, when it has one)
   * @param chunks how many chunks it has, its subsections' included
   */
  public record Section(List<String> path, String title, int depth, int ordinal, int chunks) {
    public Section {
      path = List.copyOf(path);
    }
  }

  /**
   * Builds an outline from a document's chunks given in order. A heading chunk's section path holds
   * the headings above it, not itself: its own text opens the section it heads, so that the entry
   * jumps to the heading rather than to the paragraph after it.
   */
  public static final class Builder {
    private final String documentId;
    private final List<Open> sections = new ArrayList<>();

    /** The sections the last chunk is in, outermost first. */
    private final List<Open> open = new ArrayList<>();

    private int chunks;

    /** An empty outline of document {@code documentId}. */
    public Builder(String documentId) {
      this.documentId = documentId;
    }

    private static final class Open {
      final List<String> path;
      final int ordinal;
      final boolean fromHeading;
      int chunks;

      Open(List<String> path, int ordinal, boolean fromHeading) {
        this.path = path;
        this.ordinal = ordinal;
        this.fromHeading = fromHeading;
      }
    }

    /**
     * Adds the next chunk: its ordinal, its section path, and its text when it is a heading (null
     * otherwise).
     */
    public Builder add(int ordinal, List<String> sectionPath, String headingText) {
      List<String> path = new ArrayList<>(sectionPath);
      boolean heading = headingText != null && !headingText.isBlank();
      if (heading) {
        path.add(headingText.strip());
      }
      int same = 0;
      while (same < open.size() && same < path.size()) {
        Open section = open.get(same);
        if (!section.path.get(same).equals(path.get(same))) {
          // The heading's own text can differ from how the paths below it spell it (spacing): a
          // section its heading alone has opened is the one the next chunk's path names there.
          if (!(section.fromHeading
              && section.chunks == 1
              && same == open.size() - 1
              && same < sectionPath.size())) {
            break;
          }
          open.set(same, rename(section, path.get(same)));
        }
        same++;
      }
      open.subList(same, open.size()).clear();
      for (int depth = same; depth < path.size(); depth++) {
        Open section =
            new Open(
                List.copyOf(path.subList(0, depth + 1)),
                ordinal,
                heading && depth == path.size() - 1);
        open.add(section);
        sections.add(section);
      }
      for (Open section : open) {
        section.chunks++;
      }
      chunks++;
      return this;
    }

    private Open rename(Open section, String title) {
      List<String> path = new ArrayList<>(section.path);
      path.set(path.size() - 1, title);
      Open renamed = new Open(List.copyOf(path), section.ordinal, section.fromHeading);
      renamed.chunks = section.chunks;
      sections.set(sections.indexOf(section), renamed);
      return renamed;
    }

    /** The outline of the chunks added so far. */
    public DocumentOutline build() {
      return new DocumentOutline(
          documentId,
          chunks,
          sections.stream()
              .map(
                  s ->
                      new Section(
                          s.path,
                          s.path.get(s.path.size() - 1),
                          s.path.size(),
                          s.ordinal,
                          s.chunks))
              .toList());
    }
  }
}
