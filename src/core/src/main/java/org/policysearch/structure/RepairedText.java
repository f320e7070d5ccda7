package org.policysearch.structure;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Builds a block's text from its source lines, joining wrapped lines, undoing hyphenation and
 * putting back the spaces extraction lost ({@link GluedWords}) while remembering where each
 * character came from.
 */
final class RepairedText {
  private static final char SOFT_HYPHEN = '\u00AD';

  private final Dehyphenator dehyphenator;
  private final GluedWords glued;
  private final StringBuilder text = new StringBuilder();
  // Where each run of characters that follow one another in the source begins (see SourceOffsets).
  private int[] runStarts = new int[8];
  private int[] runSources = new int[8];
  private int runs;

  RepairedText(Dehyphenator dehyphenator, GluedWords glued) {
    this.dehyphenator = dehyphenator;
    this.glued = glued;
  }

  /** Appends {@code part} of a source line, found at {@code sourceStart}, as a continuation. */
  void appendLine(String part, int sourceStart) {
    if (text.length() > 0) {
      joinBefore(part, sourceStart);
    }
    boolean lastWasSpace = false;
    BitSet lost = glued.spacesIn(part);
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == SOFT_HYPHEN && i < part.length() - 1) {
        continue; // a soft hyphen inside a line is an invisible break opportunity
      }
      if (lost != null && lost.get(i)) {
        append(' ', sourceStart + i); // a space extraction lost, where the next word starts
      }
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (!(space && lastWasSpace)) {
        append(space ? ' ' : c, sourceStart + i);
      }
      lastWasSpace = space;
    }
  }

  private void joinBefore(String next, int nextStart) {
    int last = text.length() - 1;
    char end = text.charAt(last);
    boolean wordBreak =
        (end == '-' || end == SOFT_HYPHEN)
            && last > 0
            && Character.isLetter(text.charAt(last - 1))
            && !next.isEmpty()
            && Character.isLetter(next.charAt(0));
    if (!wordBreak) {
      append(' ', nextStart);
      return;
    }
    if (end == SOFT_HYPHEN || !dehyphenator.keepsHyphen(wordBefore(last), wordAfter(next))) {
      text.setLength(last);
      if (runStarts[runs - 1] == last) {
        runs--;
      }
    }
  }

  private String wordBefore(int hyphen) {
    int from = hyphen;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    return text.substring(from, hyphen);
  }

  private static String wordAfter(String next) {
    int to = 0;
    while (to < next.length() && Character.isLetter(next.charAt(to))) {
      to++;
    }
    return next.substring(0, to);
  }

  private void append(char c, int sourceOffset) {
    int at = text.length();
    boolean continuesRun =
        runs > 0 && runSources[runs - 1] + (at - runStarts[runs - 1]) == sourceOffset;
    if (!continuesRun) {
      if (runs == runStarts.length) {
        runStarts = Arrays.copyOf(runStarts, runs * 2);
        runSources = Arrays.copyOf(runSources, runs * 2);
      }
      runStarts[runs] = at;
      runSources[runs] = sourceOffset;
      runs++;
    }
    text.append(c);
  }

  /** The number of characters so far. */
  int length() {
    return text.length();
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  String text() {
    return text.toString();
  }

  SourceOffsets offsets() {
    return new SourceOffsets(
        Arrays.copyOf(runStarts, runs), Arrays.copyOf(runSources, runs), text.length());
  }
}
