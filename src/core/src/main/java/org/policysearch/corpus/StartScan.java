package org.policysearch.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches in a region as {@link Matcher#find} does, trying the pattern only where
 * a match can start.
 *
 * <p>{@code find} tries a pattern at every character, which costs a regular expression some tens of
 * nanoseconds each even when it fails on the first; a test of a character and the one before it
 * costs next to nothing. The pattern must not match the empty string, and {@code mayStart} must
 * accept every place a match starts at (it may accept more). The region is copied, so that its ends
 * are the text's ends as {@code find}'s region bounds make them (lookarounds see nothing beyond
 * them) while a try at one place inside it still sees the text before: scan short regions.
 */
final class StartScan {
  /** Whether a match may start at {@code at} of {@code region}, judged from the text around it. */
  @FunctionalInterface
  interface Starts {
    boolean mayStartAt(String region, int at);
  }

  private final Matcher matcher;
  private final String region;
  private final int offset;
  private final Starts mayStart;
  private int next;

  /** A scan of {@code text[from, to)} for {@code pattern}, tried where {@code mayStart} says. */
  StartScan(Pattern pattern, String text, int from, int to, Starts mayStart) {
    this.region = text.substring(from, to);
    this.offset = from;
    this.matcher = pattern.matcher(region).useTransparentBounds(true).useAnchoringBounds(false);
    this.mayStart = mayStart;
  }

  /**
   * Finds the next match, as {@link Matcher#find} would; read it with {@link #start} and others.
   */
  boolean find() {
    for (int at = next; at < region.length(); at++) {
      if (mayStart.mayStartAt(region, at) && matcher.region(at, region.length()).lookingAt()) {
        next = matcher.end();
        return true;
      }
    }
    next = region.length();
    return false;
  }

  /** Where the match starts in the text. */
  int start() {
    return offset + matcher.start();
  }

  /** Where the match ends in the text. */
  int end() {
    return offset + matcher.end();
  }

  /** What group {@code group} of the match holds, or null. */
  String group(int group) {
    return matcher.group(group);
  }
}
