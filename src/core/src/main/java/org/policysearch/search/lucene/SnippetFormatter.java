package org.policysearch.search.lucene;

import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the passages of a snippet so a reader can tell where it was cut: a passage that does not
 * start a sentence opens with "…", one that does not end a sentence closes with "…", and passages
 * apart in the text are joined by "…". A passage longer than the snippet budget is cut to a window
 * around its first match, which then starts and ends with "…" too.
 */
final class SnippetFormatter extends PassageFormatter {
  private static final String ELLIPSIS = "…";

  /** Words with a full stop that rarely end a sentence ("Art. 5", "No. 3", "Mr. Lee"). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "art", "arts", "no", "nos", "para", "paras", "sec", "ch", "chap", "vol", "p", "pp", "fig",
          "mr", "mrs", "ms", "dr", "st", "vs", "cf", "inc", "ltd", "co", "corp", "jr", "sr", "gen",
          "gov", "rev", "dept", "approx", "ref", "op", "cit", "al");

  /** How much text before the first match a cut window keeps, so the match has some context. */
  private static final int LEAD = 80;

  private final DefaultPassageFormatter marks =
      new DefaultPassageFormatter("<mark>", "</mark>", "", true);
  private final int maxPassageLength;

  SnippetFormatter(int maxPassageLength) {
    this.maxPassageLength = maxPassageLength;
  }

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    int previousEnd = -1;
    for (Passage whole : passages) {
      Passage passage = window(whole, content);
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      if (previousEnd < 0) {
        out.append(startsSentence(content, start) ? "" : ELLIPSIS + " ");
      } else if (content.substring(previousEnd, start).isBlank()) {
        out.append(' ');
      } else {
        out.append(" ").append(ELLIPSIS).append(" ");
      }
      out.append(marks.format(new Passage[] {passage}, content).strip());
      previousEnd = end;
    }
    if (previousEnd >= 0 && !endsSentence(content, previousEnd)) {
      out.append(" ").append(ELLIPSIS);
    }
    return out.toString();
  }

  /** The passage itself, or when too long a window of whole words around its first match. */
  private Passage window(Passage passage, String content) {
    if (passage.getLength() <= maxPassageLength || passage.getNumMatches() == 0) {
      return passage;
    }
    int first = passage.getMatchStarts()[0];
    int start = Math.max(passage.getStartOffset(), first - LEAD);
    if (start > passage.getStartOffset()) {
      start = wordStartAtOrAfter(content, start, first);
    }
    int end = Math.min(passage.getEndOffset(), start + maxPassageLength);
    for (int i = 0; i < passage.getNumMatches(); i++) {
      if (passage.getMatchStarts()[i] < end) {
        end = Math.max(end, passage.getMatchEnds()[i]); // never cut a mark in two
      }
    }
    if (end < passage.getEndOffset()) {
      int space = content.lastIndexOf(' ', end);
      end = space > passage.getMatchEnds()[0] ? space : end;
    }
    Passage cut = new Passage();
    cut.setStartOffset(start);
    cut.setEndOffset(end);
    for (int i = 0; i < passage.getNumMatches(); i++) {
      if (passage.getMatchStarts()[i] >= start && passage.getMatchEnds()[i] <= end) {
        cut.addMatch(
            passage.getMatchStarts()[i],
            passage.getMatchEnds()[i],
            passage.getMatchTerms()[i],
            passage.getMatchTermFreqsInDoc()[i]);
      }
    }
    return cut;
  }

  private static int wordStartAtOrAfter(String content, int from, int limit) {
    int space = content.indexOf(' ', from);
    return space < 0 || space >= limit ? from : space + 1;
  }

  /**
   * Whether a sentence starts at {@code start}: the text's start, the start of a line, or after a
   * full stop, question or exclamation mark that is not an abbreviation's, before a word that is
   * not in lower case.
   */
  static boolean startsSentence(String content, int start) {
    int i = start;
    while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
      i++;
    }
    if (i < content.length() && Character.isLowerCase(content.charAt(i)) && start > 0) {
      return false;
    }
    int j = start - 1;
    while (j >= 0 && Character.isWhitespace(content.charAt(j))) {
      if (content.charAt(j) == '\n') {
        return true;
      }
      j--;
    }
    if (j < 0) {
      return true;
    }
    j = skipClosers(content, j);
    char stop = j < 0 ? ' ' : content.charAt(j);
    if (stop == '!' || stop == '?') {
      return true;
    }
    return stop == '.' && !abbreviationEndsAt(content, j);
  }

  /** Whether the text before {@code end} finishes a sentence (or is the whole rest of the text). */
  static boolean endsSentence(String content, int end) {
    if (content.substring(end).isBlank()) {
      return true;
    }
    int j = end - 1;
    while (j >= 0 && Character.isWhitespace(content.charAt(j))) {
      j--;
    }
    j = j < 0 ? j : skipClosers(content, j);
    if (j < 0) {
      return false;
    }
    char stop = content.charAt(j);
    return stop == '!' || stop == '?' || (stop == '.' && !abbreviationEndsAt(content, j));
  }

  private static int skipClosers(String content, int j) {
    while (j >= 0 && "\"'”’)]".indexOf(content.charAt(j)) >= 0) {
      j--;
    }
    return j;
  }

  /** Whether the full stop at {@code dot} closes an abbreviation or an initial ("U.S.", "Art."). */
  private static boolean abbreviationEndsAt(String content, int dot) {
    int from = dot;
    while (from > 0 && !Character.isWhitespace(content.charAt(from - 1))) {
      from--;
    }
    String word = content.substring(from, dot).replaceAll("^[(\"'“‘\\[]+", "");
    return word.length() == 1 && Character.isLetter(word.charAt(0))
        || word.contains(".")
        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
