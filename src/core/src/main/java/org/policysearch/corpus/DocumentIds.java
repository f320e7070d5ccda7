package org.policysearch.corpus;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Derives a document's id from its path inside the corpus: lower case, ASCII letters and digits,
 * words joined by {@code -}, extension dropped ({@code Reports/US ROK Deal.pdf} → {@code
 * reports-us-rok-deal}). The id depends on the name only, so it is stable across runs.
 */
public final class DocumentIds {
  private DocumentIds() {}

  /** The id for a corpus-relative path with {@code /} separators; the extension is dropped. */
  public static String of(String relativePath) {
    int dot = relativePath.lastIndexOf('.');
    int slash = relativePath.lastIndexOf('/');
    String stem = dot > slash + 1 ? relativePath.substring(0, dot) : relativePath;
    return slug(stem);
  }

  /** The id keeping the extension, used when two files differ only by extension. */
  public static String withExtension(String relativePath) {
    return slug(relativePath);
  }

  /** A lower-case ASCII slug of {@code text}, words joined by {@code -}; never empty. */
  public static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "document" : slug;
  }
}
