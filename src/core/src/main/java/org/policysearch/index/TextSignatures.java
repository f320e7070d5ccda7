package org.policysearch.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The signature that passages reading the same share: a clause copied from one agreement's template
 * into the next ("a Party shall accord to cross-border financial service suppliers of the other
 * Party treatment no less favorable…") has one signature in every agreement, whatever its article
 * and paragraph numbers there.
 */
public final class TextSignatures {
  /**
   * The numbers and letters that open a paragraph or list item ("3.", "(a)", "(iv)", "12.5.1"): the
   * same clause has other ones in each agreement.
   */
  private static final Pattern LEADING_MARKS =
      Pattern.compile(
          "^\\s*(?:\\(?(?:\\d+(?:\\.\\d+)*|[a-z]{1,2}|[ivxlc]{1,6})[.)]\\s*)+",
          Pattern.CASE_INSENSITIVE);

  /**
   * Below this many words without their numbers, the numbers are kept: "Article 5 [Reserved]" and a
   * tariff line differ by little else.
   */
  static final int FEWEST_WORDS = 6;

  private TextSignatures() {}

  /**
   * The signature of {@code text}: the same for texts with the same words in the same order, case,
   * punctuation, spacing and the numbers in them aside (but a short text's numbers count).
   */
  public static long of(String text) {
    String words = words(LEADING_MARKS.matcher(text).replaceFirst(""), false);
    if (words.chars().filter(c -> c == ' ').count() + 1 < FEWEST_WORDS) {
      words = words(text, true);
    }
    return hash(words);
  }

  /** The words of {@code text}, lower-cased, one space between them, with or without numbers. */
  private static String words(String text, boolean numbers) {
    StringBuilder words = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c) || (numbers && Character.isDigit(c))) {
        if (space && !words.isEmpty()) {
          words.append(' ');
        }
        space = false;
        words.appendCodePoint(Character.toLowerCase(c));
      } else if (!Character.isDigit(c)) {
        space = true;
      }
    }
    return words.toString().toLowerCase(Locale.ROOT);
  }

  private static long hash(String words) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
      long signature = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        signature = (signature << 8) | (digest[i] & 0xff);
      }
      return signature;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
