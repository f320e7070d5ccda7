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
 * side: a word-level diff (java-diff-utils' Myers diff over words, spaces and punctuation).
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
    return List.copyOf(segments);
  }

  private static void add(List<Segment> segments, Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
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
