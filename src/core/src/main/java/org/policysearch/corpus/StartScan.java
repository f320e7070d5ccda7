package org.policysearch.corpus;

import java.util.regex.MatchResult;
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
 * them) while a try at one place inside it still sees the text before; the copy costs little next
 * to the pattern's tries.
 */
public final class StartScan {
  /** Whether a match may start at {@code at} of {@code region}, judged from the text around it. */
  @FunctionalInterface
  public interface Starts {
    boolean mayStartAt(String region, int at);
  }

  private final Matcher matcher;
  private final String region;
  private final int offset;
  private final Starts mayStart;
  private int next;

  /** A scan of {@code text[from, to)} for {@code pattern}, tried where {@code mayStart} says. */
  public StartScan(Pattern pattern, String text, int from, int to, Starts mayStart) {
    // An end inside a character is moved out of it: find's checks at an end read the whole
    // character ("\\b" after a word sees whether a letter outside the BMP follows), which a copy
    // cut through it could not; so a scan finds what find finds over whole characters.
    int start = insidePair(text, from) ? from - 1 : from;
    int end = insidePair(text, to) ? to + 1 : to;
    this.region = text.substring(start, end);
    this.offset = start;
    this.matcher = pattern.matcher(region).useTransparentBounds(true).useAnchoringBounds(false);
    this.mayStart = mayStart;
  }

  /**
   * Finds the next match, as {@link Matcher#find} would; read it with {@link #start} and others.
   */
  public boolean find() {
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
  public int start() {
    return offset + matcher.start();
  }

  /** Where the match ends in the text. */
  public int end() {
    return offset + matcher.end();
  }

  /** The last match, to read its groups from (its offsets are the scanned region's). */
  public MatchResult match() {
    return matcher.toMatchResult();
  }

  /** What group {@code group} of the match holds, or null. */
  public String group(int group) {
    return matcher.group(group);
  }

  private static boolean insidePair(String text, int at) {
    return at > 0
        && at < text.length()
        && Character.isSurrogatePair(text.charAt(at - 1), text.charAt(at));
  }

  /** Whether {@code at} starts the text or a line, as {@code ^} reads it in multiline mode. */
  public static boolean atLineStart(String text, int at) {
    if (at == 0) {
      return true;
    }
    char before = text.charAt(at - 1);
    return before == '\n'
        || before == '\r'
        || before == '\u0085'
        || before == '\u2028'
        || before == '\u2029';
  }
}
