package org.policysearch.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Brings the Markdown that the outline parser does not read line by line to lines it does: a
 * heading underlined with {@code ===} or {@code ---} (Setext, as pandoc and many plain-text
 * conventions write a title) becomes a {@code #} or {@code ##} heading, and a table's row of dashes
 * under its header ({@code |---|:---:|}) is dropped, being no text.
 */
final class MarkdownLines {
  private static final Pattern UNDERLINE = Pattern.compile("(={3,}|-{3,})");

  private static final Pattern TABLE_DELIMITER =
      Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?|\\|\\s*:?-{3,}:?\\s*\\|");

  /**
   * What a line must not end in to be underlined as a heading: an operator, as in a formula's
   * fraction bar ("RVC =" over "-----" over its denominator).
   */
  private static final Pattern OPERATOR_END = Pattern.compile(".*[=+\\-*/×÷<>]");

  private MarkdownLines() {}

  /** {@code lines} with underlined headings made {@code #} headings and table rules dropped. */
  static List<SourceLine> normalised(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      SourceLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (next != null && underlines(line, next) && (i == 0 || lines.get(i - 1).blank())) {
        String hashes = next.text().charAt(0) == '=' ? "#" : "##";
        out.add(new SourceLine(hashes + " " + line.text(), line.start(), line.end()));
        // The underline stands as a blank line: the heading is a block of its own.
        out.add(new SourceLine("", next.start(), next.start()));
        i++;
      } else if (!TABLE_DELIMITER.matcher(line.text()).matches()) {
        out.add(line);
      }
    }
    return out;
  }

  /** Whether {@code underline} makes {@code line} a heading: words over a rule of = or -. */
  private static boolean underlines(SourceLine line, SourceLine underline) {
    String text = line.text();
    return UNDERLINE.matcher(underline.text()).matches()
        && !line.blank()
        && text.codePoints().filter(Character::isLetter).count() >= 2
        && !OPERATOR_END.matcher(text).matches()
        && !text.startsWith("#")
        && !text.startsWith("|")
        && !LineShape.of(text).kind().equals(LineShape.Kind.BULLET);
  }
}
