package org.policysearch.search;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that differ between two passages, for reading the same clause of two agreements side by
 * side: a word-level diff (java-diff-utils' Myers diff over words, spaces and punctuation), its
 * changes joined across the spaces between them.
 */
public final class WordDiff {
  /** A word, a run of spaces, or one other character: the units that are kept or changed. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\s+|[^\\p{L}\\p{N}\\s]");

  private WordDiff() {}

  /** What a piece of text is in the diff. */
  public enum Op {
    /** In both passages. */
    SAME,
    /** Only in the other passage. */
    ADDED,
    /** Only in the source passage. */
    REMOVED
  }

  /** A run of text that is the same, added or removed. */
  public record Segment(Op op, String text) {}

  /**
   * The segments that turn {@code source} into {@code other}, in order: the SAME and ADDED ones
   * spell {@code other}, the SAME and REMOVED ones spell {@code source}.
   */
  public static List<Segment> of(String source, String other) {
    List<String> from = tokens(source);
    List<String> to = tokens(other);
    Patch<String> patch = DiffUtils.diff(from, to);
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(segments, Op.SAME, from.subList(at, start));
      add(segments, Op.REMOVED, delta.getSource().getLines());
      add(segments, Op.ADDED, delta.getTarget().getLines());
      at = start + delta.getSource().size();
    }
    add(segments, Op.SAME, from.subList(at, from.size()));
    return List.copyOf(joinChanges(segments));
  }

  /**
   * Changes kept apart by nothing but a space become one removed run and one added run: each space
   * kept between two changed words anchors the diff, and a rewritten phrase read as alternating
   * single struck and inserted words ("[-agreed-]{+was+} [-on-]{+signed+}"). A space both runs end
   * with is kept after them, so that "cooperation" and "signed" are not struck with it.
   */
  private static List<Segment> joinChanges(List<Segment> segments) {
    List<Segment> joined = new ArrayList<>();
    int i = 0;
    while (i < segments.size()) {
      if (segments.get(i).op() == Op.SAME) {
        add(joined, Op.SAME, segments.get(i++).text());
        continue;
      }
      StringBuilder removed = new StringBuilder();
      StringBuilder added = new StringBuilder();
      for (; i < segments.size(); i++) {
        Segment s = segments.get(i);
        // A kept run is never followed by another: a blank one before the end lies between changes.
        boolean between = s.op() == Op.SAME && s.text().isBlank() && i + 1 < segments.size();
        if (s.op() == Op.SAME && !between) {
          break;
        }
        if (s.op() != Op.ADDED) {
          removed.append(s.text());
        }
        if (s.op() != Op.REMOVED) {
          added.append(s.text());
        }
      }
      int space = commonTrailingSpace(removed, added);
      add(joined, Op.REMOVED, removed.substring(0, removed.length() - space));
      add(joined, Op.ADDED, added.substring(0, added.length() - space));
      add(joined, Op.SAME, added.substring(added.length() - space));
    }
    return joined;
  }

  /** How many whitespace characters both runs end with, when both hold more than that. */
  private static int commonTrailingSpace(CharSequence a, CharSequence b) {
    int n = 0;
    while (n < a.length() - 1
        && n < b.length() - 1
        && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)
        && Character.isWhitespace(a.charAt(a.length() - 1 - n))) {
      n++;
    }
    return n;
  }

  private static void add(List<Segment> segments, Op op, List<String> tokens) {
    add(segments, op, String.join("", tokens));
  }

  private static void add(List<Segment> segments, Op op, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).op() == op) {
      segments.set(last, new Segment(op, segments.get(last).text() + text));
    } else {
      segments.add(new Segment(op, text));
    }
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
