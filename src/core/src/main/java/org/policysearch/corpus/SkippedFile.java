package org.policysearch.corpus;

/**
 * A file of the corpus folder that was not indexed, and why.
 *
 * @param fileName its path relative to the corpus folder, with {@code /} separators
 * @param reason why it was skipped, as shown to the user ({@code empty file}, {@code too large:
 *     70.0 MB, limit 64 MB})
 */
public record SkippedFile(String fileName, String reason) {

  /**
   * {@code name: reason} as one line for a log or the console, the name quoted when it holds
   * characters that would not print as themselves (see {@link PrintableText}).
   */
  public String printable() {
    return PrintableText.quoted(fileName) + ": " + PrintableText.escaped(reason);
  }
}
