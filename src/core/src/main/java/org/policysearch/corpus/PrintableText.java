package org.policysearch.corpus;

import java.util.Locale;

/**
 * File names and messages made safe to print as one line of a log or of the console.
 *
 * <p>A file name may hold any character but {@code /} and NUL: one named {@code "a.txt\n b.txt:
 * indexed"} would otherwise print a line of its own, forging an entry of the log. Control and
 * format characters (line ends, escape sequences that drive the terminal, bidirectional overrides
 * that reorder what is shown) are written as escapes instead.
 */
public final class PrintableText {
  private PrintableText() {}

  /**
   * The file name as it is when every character prints as itself, else in double quotes with its
   * quotes, backslashes and unprintable characters escaped ({@code "a\nb.txt"}).
   */
  public static String quoted(String fileName) {
    boolean plain = fileName.codePoints().noneMatch(c -> c == '"' || c == '\\' || isUnprintable(c));
    return plain ? fileName : "\"" + escape(fileName, true) + "\"";
  }

  /** The text with its unprintable characters escaped, so that it stays on one line. */
  public static String escaped(String text) {
    return text.codePoints().anyMatch(PrintableText::isUnprintable) ? escape(text, false) : text;
  }

  private static String escape(String text, boolean inQuotes) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            c -> {
              if (inQuotes && (c == '"' || c == '\\')) {
                out.append('\\').appendCodePoint(c);
              } else if (!isUnprintable(c)) {
                out.appendCodePoint(c);
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (c == '\t') {
                out.append("\\t");
              } else {
                for (char unit : Character.toChars(c)) {
                  out.append(String.format(Locale.ROOT, "\\u%04X", (int) unit));
                }
              }
            });
    return out.toString();
  }

  /** Control, format and line or paragraph separator characters, and lone surrogates. */
  private static boolean isUnprintable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE ->
          true;
      default -> false;
    };
  }
}
