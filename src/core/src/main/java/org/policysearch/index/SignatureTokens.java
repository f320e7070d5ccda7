package org.policysearch.index;

/**
 * Finds the words and numbers a {@link TextSignatures signature} reads, as {@code find} with the
 * pattern {@code \p{L}+|\p{N}+(?:[.\-]\p{N}+)*(?:-\p{L}\b)?(?:\([0-9a-z]{1,4}\))*} finds them on
 * Java 17: a run of letters, or a number with its parts ("12.5.1", "2-A", "12.5(1)"). On every JDK
 * alike: from Java 19 on, {@code \b} reads non-ASCII letters and digits otherwise, and the pattern
 * gave another index there.
 *
 * <p>Scanned by hand: every chunk's text is read for its signature, and the pattern, tried at every
 * character, was about 4 % of indexing ToTA's CPU. {@code SignatureTokensTest} holds the two equal.
 */
final class SignatureTokens {
  private SignatureTokens() {}

  /** The end of the token that starts at {@code at} of {@code text}, or -1 if none starts there. */
  static int end(String text, int at) {
    int c = text.codePointAt(at);
    if (Character.isLetter(c)) {
      return letters(text, at);
    }
    return isNumber(c) ? number(text, at) : -1;
  }

  private static int letters(String text, int from) {
    int end = from;
    while (end < text.length()) {
      int c = text.codePointAt(end);
      if (!Character.isLetter(c)) {
        break;
      }
      end += Character.charCount(c);
    }
    return end;
  }

  private static int digits(String text, int from) {
    int end = from;
    while (end < text.length()) {
      int c = text.codePointAt(end);
      if (!isNumber(c)) {
        break;
      }
      end += Character.charCount(c);
    }
    return end;
  }

  /** The end of a number whose first digit is at {@code from}, with its parts. */
  private static int number(String text, int from) {
    int length = text.length();
    int end = digits(text, from);
    // (?:[.\-]\p{N}+)*
    while (end + 1 < length
        && (text.charAt(end) == '.' || text.charAt(end) == '-')
        && isNumber(text.codePointAt(end + 1))) {
      end = digits(text, end + 1);
    }
    // (?:-\p{L}\b)?
    if (end + 1 < length
        && text.charAt(end) == '-'
        && Character.isLetter(text.codePointAt(end + 1))) {
      int after = end + 1 + Character.charCount(text.codePointAt(end + 1));
      if (!wordAt(text, after)) {
        end = after;
      }
    }
    // (?:\([0-9a-z]{1,4}\))*
    while (end < length && text.charAt(end) == '(') {
      int close = end + 1;
      while (close < length && close - end <= 4 && isLowerAlphanumeric(text.charAt(close))) {
        close++;
      }
      if (close == end + 1 || close >= length || text.charAt(close) != ')') {
        break;
      }
      end = close + 1;
    }
    return end;
  }

  /**
   * Whether a word character follows a letter at {@code at}, so that {@code \b} fails there: as
   * Java 17's {@code Pattern} reads it, a letter, a decimal digit, an underscore, or a non-spacing
   * mark with a letter or digit before it.
   */
  private static boolean wordAt(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    int c = text.codePointAt(at);
    if (c == '_' || Character.isLetterOrDigit(c)) {
      return true;
    }
    return Character.getType(c) == Character.NON_SPACING_MARK && hasBase(text, at);
  }

  /** Whether the marks ending at {@code at} follow a letter or digit, as {@code Pattern} asks. */
  private static boolean hasBase(String text, int at) {
    for (int x = at; x >= 0; x--) {
      int c = text.codePointAt(x);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }

  /** {@code \p{N}}: a decimal digit, a letter number or another number ("²", "Ⅻ"). */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isLowerAlphanumeric(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z';
  }
}
