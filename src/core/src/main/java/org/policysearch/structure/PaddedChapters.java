package org.policysearch.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds chapters numbered by a zero-padded number alone on its line over their name ("03" over
 * "Rules Of Origin"), as agreements laid out for the web print them.
 *
 * <p>A bare number is as often a page number or a paragraph's label, so only a run of them counts:
 * the first is "01", written with its zero as no page number is, and each next one in the text is
 * one more, at least {@value #MIN_CHAPTERS} in all, each with a name under it (see {@link
 * HeadingNames}). Numbers out of that order are left as they are.
 */
final class PaddedChapters {
  static final int MIN_CHAPTERS = 3;

  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

  private PaddedChapters() {}

  /** The indexes of the lines of {@code lines} that number such chapters; empty if none. */
  static Set<Integer> in(List<SourceLine> lines) {
    Set<Integer> found = new HashSet<>();
    int expected = 1;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (!lines.get(i).blank()
          && TWO_DIGITS.matcher(text).matches()
          && Integer.parseInt(text) == expected
          && HeadingNames.nameAfter(lines, i) >= 0) {
        found.add(i);
        expected++;
      }
    }
    return found.size() >= MIN_CHAPTERS ? found : Set.of();
  }

  /** The shape of the chapter number {@code line}, a chapter's as "CHAPTER 3" is. */
  static LineShape shape(String line) {
    return new LineShape(LineShape.Kind.SECTION_HEADING, line, "chapter", 2, false, false);
  }
}
