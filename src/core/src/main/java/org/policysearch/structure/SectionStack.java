package org.policysearch.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The headings open at the current point of a document, from which section paths and heading levels
 * are read.
 *
 * <p>Numbered sections nest by scheme: a heading whose scheme ("roman", "decimal2", "article") is
 * already open closes it and becomes its sibling; a new scheme opens one level deeper. Keyword
 * sections also close any open keyword section of the same or lower rank ({@code Chapter} closes
 * {@code Article}). Markdown headings take their level from their hashes. A title line is one level
 * below the innermost numbered or Markdown section, and a bullet sub-heading one level below the
 * innermost heading that is not itself a bullet sub-heading. A title line whose first content is a
 * list (a news "Key Points" box) covers that list only: the first paragraph after it closes it,
 * since nothing but the list was labelled.
 *
 * <p>A title line with nothing under it before a numbered section, once the document has numbered
 * sections, <em>introduces</em> that section: it names a group its number was lost from ("Trade In
 * Goods" over "ARTICLE 201", "TRADE AND TRADE-RELATED MATTERS" over "CHAPTER 1") and holds the
 * sections of that scheme that follow, until the next introducer of them or a section that outranks
 * them. It stands where its section would, or in place of an open keyword section of the rank just
 * above its section's that holds other sections but none of these yet: a chapter after a title's
 * bare articles begins a new group, not a part of that title (a section's group under a title stays
 * in the title, in a chapter's place).
 *
 * <p>An annex (or appendix, schedule, protocol) outranks every chapter, yet some agreements put a
 * chapter's annexes right after it ("CHAPTER ONE", "Annex 104.1", "CHAPTER TWO"). A section that
 * comes next in the numbering of one the annex closed, with none of its kind opened in the annex
 * and not right under an empty heading, closes the annex and takes its place among them again,
 * under the headings that held it.
 */
final class SectionStack {
  private enum Origin {
    NUMBERED,
    MARKDOWN,
    INTRODUCER,
    TITLE_LINE,
    BULLET
  }

  /**
   * One open heading; for an introducer, {@code scheme} and {@code rank} are those of the sections
   * it introduces. {@code childSchemes} are the schemes of the numbered sections opened under it.
   */
  private record Entry(
      String text,
      int level,
      Origin origin,
      String scheme,
      int rank,
      SectionNumber number,
      Set<String> childSchemes,
      Set<Integer> ranksWithin,
      List<List<Entry>> displaced) {

    Entry(String text, int level, Origin origin, String scheme, int rank, SectionNumber number) {
      this(text, level, origin, scheme, rank, number, new HashSet<>(), new HashSet<>(), List.of());
    }

    Entry displacing(List<List<Entry>> closed) {
      return new Entry(
          text, level, origin, scheme, rank, number, childSchemes, ranksWithin, closed);
    }
  }

  /**
   * Where a new section closes the open headings, and the headings an annex closed that it opens
   * again first (the chapter's part, when the chapter after an annex resumes the chapters).
   */
  private record Closing(int at, List<Entry> reopened) {}

  private final List<Entry> entries = new ArrayList<>();
  private boolean numberedSeen;
  private boolean awaitingFirstContent;
  // The open headings that have held something: entries.get(i) has when i < filled.
  private int filled;
  private boolean listScoped;
  // The section the last title line opened in (that entry itself, compared by identity: two
  // sections may read alike), and how many title lines have opened in it.
  private Entry titledSection;
  private int titleLinesInSection;

  /** The open headings' texts, outermost first. */
  List<String> path() {
    return entries.stream().map(Entry::text).toList();
  }

  /** Whether a numbered section has opened yet: before one, a title line introduces nothing. */
  boolean numberedSeen() {
    return numberedSeen;
  }

  /**
   * Opens a numbered section and returns its level; {@code number} is its place in its sequence, or
   * null when it has none that counts (see {@link SectionNumber#of}).
   */
  int openSection(String text, String scheme, int rank, SectionNumber number) {
    Closing closing = closing(scheme, rank, number);
    List<Entry> closed = close(closing);
    if (!entries.isEmpty()) {
      top().childSchemes().add(scheme);
    }
    for (Entry e : entries) {
      e.ranksWithin().add(rank);
    }
    numberedSeen = true;
    int level = push(text, Origin.NUMBERED, scheme, rank, number);
    if (rank == 0) {
      entries.set(entries.size() - 1, top().displacing(displacedBy(closed)));
    }
    return level;
  }

  /** Closes what {@code closing} says, opens again what it reopens, and returns what it closed. */
  private List<Entry> close(Closing closing) {
    List<Entry> closed = List.copyOf(entries.subList(closing.at(), entries.size()));
    truncate(closing.at());
    entries.addAll(closing.reopened());
    if (!closing.reopened().isEmpty()) {
      filled = entries.size(); // they held the sections the annex closed
    }
    return closed;
  }

  /**
   * The stacks of headings an annex displaces: those it closed, outermost first, then those each
   * annex among them had displaced (annexes in a row: "Annex 3A", "Annex 3B", "CHAPTER 4").
   */
  private static List<List<Entry>> displacedBy(List<Entry> closed) {
    List<List<Entry>> displaced = new ArrayList<>();
    displaced.add(closed);
    for (Entry e : closed) {
      displaced.addAll(e.displaced());
    }
    return List.copyOf(displaced);
  }

  /**
   * Makes the title line just opened, if nothing is under it yet, the introducer of the numbered
   * section of {@code scheme} and {@code rank} about to open, and returns its new level; -1 when it
   * introduces nothing (it then stays a title line, which that section closes).
   */
  int introduce(String scheme, int rank, SectionNumber number) {
    if (!numberedSeen
        || !awaitingFirstContent
        || entries.isEmpty()
        || top().origin() != Origin.TITLE_LINE
        || subHeadingOfItsSection(scheme, rank, number)) {
      return -1;
    }
    Entry title = entries.remove(entries.size() - 1);
    Closing closing = closing(scheme, rank, number);
    int at = closing.at();
    if (!closing.reopened().isEmpty()) {
      // Back among the sections before the annex, where an introducer of these ends at this one.
      close(closing);
      at = closedBy(scheme, rank);
    }
    if (at > 0) {
      Entry above = entries.get(at - 1);
      boolean introducerOfThese = above.origin() == Origin.INTRODUCER;
      boolean outranksWithoutThese =
          above.origin() == Origin.NUMBERED
              && rank >= 0
              && above.rank() == rank - 1
              && !above.childSchemes().isEmpty()
              && !above.childSchemes().contains(scheme);
      if (introducerOfThese || outranksWithoutThese) {
        at--;
      }
    }
    truncate(at);
    return push(title.text(), Origin.INTRODUCER, scheme, rank, null);
  }

  /**
   * Whether the title line on top is the second or a later one in a section of {@code scheme} and
   * {@code rank} that the one numbered {@code number} follows: that section's own sub-headings are
   * title lines, and the last of them, right before the next section, is one more ("ARTICLE 843:
   * General", "Service of Documents", "Receipts under Insurance or Guarantee Contracts", "ARTICLE
   * 844: Exclusions"). Before a number that starts afresh ("ARTICLE 201" after "ARTICLE 102"), it
   * can still name the group the next sections form.
   */
  private boolean subHeadingOfItsSection(String scheme, int rank, SectionNumber number) {
    Entry section = entries.size() >= 2 ? entries.get(entries.size() - 2) : null;
    return section != null
        && section == titledSection
        && titleLinesInSection > 1
        && section.origin() == Origin.NUMBERED
        && section.scheme().equals(scheme)
        && section.rank() == rank
        && number != null
        && section.number() != null
        && number.follows(section.number());
  }

  /**
   * Where a numbered section of {@code scheme}, {@code rank} and {@code number} closes the open
   * headings: as {@link #closedBy} says, or at an annex it resumes the sections before.
   */
  private Closing closing(String scheme, int rank, SectionNumber number) {
    int at = closedBy(scheme, rank);
    if (number == null || at == entries.size() && at > Math.min(filled, at)) {
      // Right under a heading with nothing in it yet, a section is that heading's first.
      return new Closing(at, List.of());
    }
    for (int i = 0; i < at; i++) {
      Entry annex = entries.get(i);
      if (annex.ranksWithin().contains(rank)) {
        continue; // the annex numbers sections of this kind afresh
      }
      for (List<Entry> stack : annex.displaced()) {
        for (int d = 0; d < stack.size(); d++) {
          Entry before = stack.get(d);
          if (before.origin() == Origin.NUMBERED
              && before.scheme().equals(scheme)
              && before.number() != null
              && number.follows(before.number())) {
            return new Closing(i, stack.subList(0, d));
          }
        }
      }
    }
    return new Closing(at, List.of());
  }

  /** Where a numbered section of {@code scheme} and {@code rank} closes the open headings. */
  private int closedBy(String scheme, int rank) {
    int close = afterLast(Origin.NUMBERED, Origin.MARKDOWN, Origin.INTRODUCER);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      boolean sameScheme = e.origin() == Origin.NUMBERED && e.scheme().equals(scheme);
      // An introducer holds the sections it introduces; only one that outranks them closes it.
      boolean outranked =
          rank >= 0 && (e.origin() == Origin.INTRODUCER ? e.rank() > rank : e.rank() >= rank);
      if (sameScheme || outranked) {
        return i;
      }
    }
    return close;
  }

  /** Opens a Markdown heading of {@code hashes} hashes and returns its level. */
  int openMarkdown(String text, int hashes) {
    while (!entries.isEmpty() && top().level() >= hashes) {
      entries.remove(entries.size() - 1);
    }
    // The level is the hash count even when one is skipped ("#" then "###").
    entries.add(new Entry(text, hashes, Origin.MARKDOWN, "markdown", -1, null));
    awaitingFirstContent = false;
    listScoped = false;
    return hashes;
  }

  /** Opens a title line ("Key Points") and returns its level. */
  int openTitleLine(String text) {
    truncate(afterLast(Origin.NUMBERED, Origin.MARKDOWN, Origin.INTRODUCER));
    Entry section = entries.isEmpty() ? null : top();
    if (section != null && section == titledSection) {
      titleLinesInSection++;
    } else {
      titledSection = section;
      titleLinesInSection = 1;
    }
    int level = push(text, Origin.TITLE_LINE, "", -1, null);
    awaitingFirstContent = true;
    return level;
  }

  /** Opens a bullet that acts as a sub-heading and returns its level. */
  int openBulletHeading(String text) {
    truncate(afterLast(Origin.NUMBERED, Origin.MARKDOWN, Origin.INTRODUCER, Origin.TITLE_LINE));
    return push(text, Origin.BULLET, "", -1, null);
  }

  /** Notes a paragraph or bullet at this point, which may close a list-scoped title line. */
  void content(ChunkKind kind) {
    filled = entries.size();
    if (awaitingFirstContent) {
      awaitingFirstContent = false;
      listScoped = kind == ChunkKind.BULLET;
    } else if (listScoped && kind == ChunkKind.PARAGRAPH) {
      listScoped = false;
      if (!entries.isEmpty() && top().origin() == Origin.TITLE_LINE) {
        entries.remove(entries.size() - 1);
      }
    }
  }

  private int push(String text, Origin origin, String scheme, int rank, SectionNumber number) {
    filled = Math.min(filled, entries.size());
    awaitingFirstContent = false;
    listScoped = false;
    int level = entries.isEmpty() ? 1 : top().level() + 1;
    entries.add(new Entry(text, level, origin, scheme, rank, number));
    return level;
  }

  private int afterLast(Origin... origins) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      for (Origin o : origins) {
        if (entries.get(i).origin() == o) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  private void truncate(int size) {
    entries.subList(size, entries.size()).clear();
  }

  private Entry top() {
    return entries.get(entries.size() - 1);
  }
}
