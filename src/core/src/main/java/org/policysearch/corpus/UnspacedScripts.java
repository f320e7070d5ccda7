package org.policysearch.corpus;

/**
 * The scripts written without spaces between words (Chinese, Japanese), whose characters count as
 * words wherever words are counted: a paragraph in them is one run between spaces.
 */
public final class UnspacedScripts {
  /** Below this, no character of such a script (the CJK radicals start at U+2E80). */
  private static final int FIRST = 0x2E80;

  private UnspacedScripts() {}

  /** Whether {@code c} is a letter of a script written without spaces between words. */
  public static boolean contains(int c) {
    if (c < FIRST) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
