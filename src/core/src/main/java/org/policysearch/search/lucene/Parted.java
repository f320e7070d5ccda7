package org.policysearch.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * A query's text parted into the pieces a pattern finds and takes (kinds of instrument, a
 * question's frame, words joined by hyphens) and the rest, spaces collapsed.
 *
 * @param taken the pieces taken out, in order, as typed
 * @param rest the text without them
 */
record Parted(List<String> taken, String rest) {
  Parted {
    taken = List.copyOf(taken);
  }

  /** {@code text} without the matches of {@code matches} that {@code take} accepts. */
  static Parted of(String text, Matcher matches, Predicate<MatchResult> take) {
    List<String> taken = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (matches.find()) {
      if (take.test(matches)) {
        taken.add(matches.group());
        rest.append(text, last, matches.start()).append(' ');
        last = matches.end();
      }
    }
    rest.append(text, last, text.length());
    return new Parted(taken, rest.toString().strip().replaceAll("\\s+", " "));
  }
}
