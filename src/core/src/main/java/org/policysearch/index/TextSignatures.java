package org.policysearch.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.policysearch.structure.ProvisionWords;

/**
 * The signature that passages reading the same share: a clause copied from one agreement's template
 * into the next ("a Party shall accord to cross-border financial service suppliers of the other
 * Party treatment no less favorable…") has one signature in every agreement, whatever the numbers
 * of its article, paragraph and footnotes there. Any other number counts: "within 30 days" and
 * "within 60 days" are two texts, as are two dates of entry into force.
 */
public final class TextSignatures {
  /**
   * The numbers and letters that open a paragraph or list item ("3.", "(a)", "(iv)", "12.5.1"): the
   * same clause has other ones in each agreement. Its repetitions are possessive, a number's parts
   * taken only while a mark's end follows (what backtracking found before): a greedy repetition
   * recurses once per mark, and a passage of thousands ("A.A.A.…", as OCR reads a column of
   * initials) overflowed the stack inside the index writer, which closed it and ended the run.
   */
  private static final Pattern LEADING_MARKS =
      Pattern.compile(
          "^\\s*(?:\\(?(?:\\d+(?:\\.\\d+(?=[.)]))*+|[a-z]{1,2}|[ivxlc]{1,6})[.)]\\s*)++",
          Pattern.CASE_INSENSITIVE);

  /** Words that go on with a list of provisions' numbers ("Articles 9.2 and 9.3"). */
  private static final Set<String> LIST_WORDS = Set.of("and", "or", "to");

  /**
   * Below this many words, every number is kept: "Article 5 [Reserved]" and a tariff line differ by
   * little else.
   */
  static final int FEWEST_WORDS = 6;

  private TextSignatures() {}

  /**
   * The signature of {@code text}: the same for texts with the same words and numbers in the same
   * order, case, punctuation and spacing aside, and the numbers of provisions, footnotes and the
   * paragraph's own mark left out (but a short text's count).
   */
  public static long of(String text) {
    return ofSigned(signed(text));
  }

  /** The signature of a text whose {@link #signed} words are {@code signed}. */
  public static long ofSigned(String signed) {
    return hash(signed);
  }

  /**
   * The words the signature of {@code text} is made from, one space between them: lower-cased,
   * without the numbers of provisions and the paragraph's own mark (unless the text is short).
   */
  public static String signed(String text) {
    String words = words(LEADING_MARKS.matcher(text).replaceFirst(""), false);
    if (spaces(words) + 1 < FEWEST_WORDS) {
      words = words(text, true);
    }
    return words;
  }

  /**
   * The words and numbers of {@code text}, lower-cased, one space between them; with {@code every}
   * number, or without those naming a provision or a footnote.
   */
  private static String words(String text, boolean every) {
    StringBuilder words = new StringBuilder(text.length());
    boolean provision = false;
    int end;
    for (int start = 0; start < text.length(); start = end) {
      end = SignatureTokens.end(text, start);
      if (end < 0) {
        end = start + Character.charCount(text.codePointAt(start));
        continue;
      }
      String found = text.substring(start, end);
      boolean number = Character.isDigit(found.codePointAt(0));
      if (number && !every) {
        // A footnote's number glued to the word before it ("application1").
        boolean glued = start > 0 && Character.isLetter(text.charAt(start - 1));
        if (provision || glued) {
          continue;
        }
      } else if (!number) {
        String word = found.toLowerCase(Locale.ROOT);
        provision = ProvisionWords.names(word) || (provision && LIST_WORDS.contains(word));
        found = word;
      }
      if (!words.isEmpty()) {
        words.append(' ');
      }
      words.append(found);
    }
    return words.toString();
  }

  /**
   * How many spaces {@code words} holds: counted in a loop, as a stream it was 0.4 % of indexing.
   */
  private static int spaces(String words) {
    int spaces = 0;
    for (int i = words.indexOf(' '); i >= 0; i = words.indexOf(' ', i + 1)) {
      spaces++;
    }
    return spaces;
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
