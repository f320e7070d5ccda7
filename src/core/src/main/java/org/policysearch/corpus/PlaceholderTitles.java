package org.policysearch.corpus;

import java.util.regex.Pattern;

/**
 * Tells a real title from the placeholder an authoring tool left in a file's metadata: {@code
 * Microsoft Word - KORCAN_CM_final_v3.docx}, {@code untitled}, {@code Document1}, a file name.
 */
final class PlaceholderTitles {
  /** An office suite's "application - file" caption, or a name ending in a document extension. */
  private static final Pattern FILE_CAPTION =
      Pattern.compile(
          "(?i)^microsoft\\s+\\w+\\s+-\\s.*|.*\\.(docx?|pdf|rtf|odt|txt|html?|xlsx?|pptx?|wpd|indd)$");

  /** The default names of new documents. */
  private static final Pattern DEFAULT_NAME =
      Pattern.compile(
          "(?i)(untitled|document|doc|new document|title|presentation|slide|draft|page|pdf)"
              + "[\\s_-]*\\d*");

  private PlaceholderTitles() {}

  /** Whether {@code title} says nothing of the document: a text's own title should be used. */
  static boolean isPlaceholder(String title) {
    String trimmed = title.strip();
    boolean oneToken = !trimmed.isEmpty() && trimmed.chars().noneMatch(Character::isWhitespace);
    return trimmed.isEmpty()
        || FILE_CAPTION.matcher(trimmed).matches()
        || DEFAULT_NAME.matcher(trimmed).matches()
        // A single token with an underscore or digit is a file or form name (KORCAN_CM_final_v3);
        // in a script written without spaces it is a title ("两会关注点_教育频道").
        || (oneToken
            && trimmed.chars().anyMatch(c -> c == '_' || Character.isDigit(c))
            && trimmed.codePoints().noneMatch(UnspacedScripts::contains));
  }
}
