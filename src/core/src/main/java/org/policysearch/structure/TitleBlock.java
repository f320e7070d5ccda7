package org.policysearch.structure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.policysearch.corpus.InstrumentWords;

/**
 * Finds the title block that opens an agreement: lines in capitals such as "AGREEMENT ON TRADE IN
 * GOODS" / "BETWEEN THE GOVERNMENT OF ..." / "AND THE GOVERNMENT OF ...", which name the document
 * rather than open a section.
 *
 * <p>The block is the run of upper-case lines (blank lines between them allowed) at the very start
 * of the text, at most {@value #MAX_LINES} of them, none numbered like a section or reading
 * "PREAMBLE", with at least two lines of which one names an instrument ({@link InstrumentWords}).
 */
final class TitleBlock {
  static final int MAX_LINES = 12;

  private static final Pattern INSTRUMENT =
      Pattern.compile("\\b(?:" + InstrumentWords.ALTERNATION.toUpperCase(Locale.ROOT) + ")S?\\b");

  private TitleBlock() {}

  /** The index just past the title block's last line, or 0 when the text opens without one. */
  static int end(List<SourceLine> lines, List<LineShape> shapes) {
    int count = 0;
    int end = 0;
    boolean instrument = false;
    for (int i = 0; i < lines.size() && count < MAX_LINES; i++) {
      SourceLine line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      String text = line.text();
      if (!upperCase(text)
          || shapes.get(i).kind() != LineShape.Kind.TEXT
          || OutlineParser.isPreamble(text)) {
        break;
      }
      instrument |= INSTRUMENT.matcher(text).find();
      count++;
      end = i + 1;
    }
    return count >= 2 && instrument ? end : 0;
  }

  /** Whether a line has letters and none of them in lower case. */
  static boolean upperCase(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }
}
