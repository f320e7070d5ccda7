package org.policysearch.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells UTF-16 text written without a byte-order mark and with few zero bytes (Japanese, Chinese,
 * Korean, whose characters fill both bytes) from binary content and from legacy byte encodings.
 *
 * <p>Where its zero bytes do not tell ({@link TextReader#utf16}), UTF-16 is told by what it decodes
 * to: every unit a character of the text kind (no control, private-use or unassigned code point, no
 * lone surrogate), mostly letters of one script, and enough characters that a byte encoding cannot
 * make out of two of its bytes. Decoded as UTF-16, ASCII or Shift-JIS bytes make Chinese characters
 * too (the "Bush hid the facts" trap), but never a line end or space (a zero byte), a kana or an
 * ideographic full stop (a {@code 0x30} byte before a control one), nor a Greek, Arabic or Thai
 * letter (a control byte).
 */
final class UnmarkedUtf16 {
  private UnmarkedUtf16() {}

  /** How many characters of the decoded text are looked at. */
  private static final int SNIFF_CHARS = 4096;

  /** Share of the letters beyond Latin-1 that one script must hold. */
  private static final double MIN_SCRIPT_SHARE = 0.9;

  /**
   * Share of characters that a byte encoding read as UTF-16 cannot make, from which the text is
   * taken for UTF-16: Chinese prose has a full stop or comma in every ten to twenty characters,
   * Japanese its kana besides, Korean a space between words.
   */
  private static final double MIN_TELLING_SHARE = 0.05;

  /** The byte order in which {@code content} reads as text of one script; null when none does. */
  static Charset charsetOf(byte[] content) {
    for (Charset order : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Profile profile = Profile.of(content, order);
      if (profile != null && profile.isText()) {
        return order;
      }
    }
    return null;
  }

  /**
   * Whether {@code content} decodes cleanly as UTF-16 into words, though not surely as text
   * (letters of several scripts, or no character that tells): worth advising to save it as UTF-8
   * rather than calling it binary.
   */
  static boolean resembles(byte[] content) {
    for (Charset order : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Profile profile = Profile.of(content, order);
      if (profile != null && profile.wordsBetweenSpaces()) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the start of a clean decoding holds.
   *
   * @param visible characters other than white space
   * @param letters letters of any script
   * @param wideLetters letters beyond Latin-1, which decide the script
   * @param scriptLetters the wide letters of the script that has most of them
   * @param telling characters a byte encoding read as UTF-16 does not make
   * @param spaces spaces and line ends, each a zero byte in UTF-16
   * @param length characters looked at
   */
  private record Profile(
      int visible,
      int letters,
      int wideLetters,
      int scriptLetters,
      int telling,
      int spaces,
      int length) {

    /** The profile of {@code content} decoded in {@code order}; null when it does not decode. */
    static Profile of(byte[] content, Charset order) {
      CharBuffer text;
      try {
        text =
            order
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content));
      } catch (CharacterCodingException e) {
        return null;
      }
      int length = Math.min(text.length(), SNIFF_CHARS);
      int visible = 0;
      int letters = 0;
      int wideLetters = 0;
      int telling = 0;
      int spaces = 0;
      Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
      for (int i = 0; i < length; i++) {
        char c = text.get(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          i++; // a pair: a character beyond the BMP, rare in prose, counted as neither
          visible++;
          continue;
        }
        if (!isTextCharacter(c)) {
          return null;
        }
        if (isTelling(c)) {
          telling++;
        }
        if (Character.isWhitespace(c)) {
          spaces += c < 0x100 ? 1 : 0;
          continue;
        }
        visible++;
        if (Character.isLetter(c)) {
          letters++;
          if (c >= 0x100) {
            wideLetters++;
            scripts.merge(scriptOf(c), 1, Integer::sum);
          }
        }
      }
      int scriptLetters = scripts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      return new Profile(visible, letters, wideLetters, scriptLetters, telling, spaces, length);
    }

    boolean mostlyLetters() {
      return letters > 0 && letters * 2 >= visible;
    }

    /**
     * Mostly letters between spaces or line ends, as text is: sixteen-bit units of letters alone
     * can be bytes of anything (a run of one byte and a control byte makes Latin letters).
     */
    boolean wordsBetweenSpaces() {
      return mostlyLetters() && spaces > 0;
    }

    boolean isText() {
      return mostlyLetters()
          && wideLetters > 0
          && scriptLetters >= wideLetters * MIN_SCRIPT_SHARE
          && telling >= length * MIN_TELLING_SHARE;
    }
  }

  /** Japanese writes Chinese characters and kana side by side: one script here. */
  private static Character.UnicodeScript scriptOf(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return switch (script) {
      case HIRAGANA, KATAKANA -> Character.UnicodeScript.HAN;
      default -> script;
    };
  }

  /** Not a control (but tab and line ends), private-use, unassigned or lone surrogate unit. */
  private static boolean isTextCharacter(char c) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE ->
          false;
      default -> true;
    };
  }

  /**
   * A unit with a byte below {@code 0x20} (ASCII and Latin-1, Greek to Thai; text in a byte
   * encoding has no such byte but tab and line ends, which could make only a few), CJK punctuation
   * and kana ({@code U+3000}–{@code U+30FF}), or a full-width form ({@code U+FF00}–).
   */
  private static boolean isTelling(char c) {
    return c < 0x2000 || (c >= 0x3000 && c <= 0x30FF) || c >= 0xFF00;
  }
}
