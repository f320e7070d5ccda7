package org.policysearch.corpus;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

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

  /**
   * A lower-case ASCII slug of {@code text}, words joined by {@code -}; never empty. A word in a
   * script without Latin letters ("한국어", "日本語") is {@code u} and 8 hex digits of its checksum:
   * meaningless, but its own and the same at every run, where such names all became "document",
   * then "txt", "txt-2", ids that moved as files came and went.
   */
  public static String slug(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    Matcher words = WORD.matcher(folded);
    while (words.find()) {
      String latin = words.group().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
      if (latin.isEmpty()) {
        CRC32 checksum = new CRC32();
        checksum.update(words.group().getBytes(StandardCharsets.UTF_8));
        latin = String.format(Locale.ROOT, "u%08x", checksum.getValue());
      }
      slug.append(slug.length() == 0 ? "" : "-").append(latin);
    }
    return slug.length() == 0 ? "document" : slug.toString();
  }

  /** A run of letters and digits, of any script. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
}
