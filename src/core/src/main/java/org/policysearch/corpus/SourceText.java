package org.policysearch.corpus;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * The normalised text a reader recovered from one file.
 *
 * <p>Conventions every reader follows, so that one outline parser serves all formats: lines end in
 * {@code \n}; text is Unicode NFC without a BOM; PDF pages are separated by a form feed ({@code
 * \f}); HTML headings, and the lines a PDF's bookmarks point to, become Markdown headings ({@code
 * ## Title}) and HTML list items Markdown bullets ({@code - item}), with a blank line between
 * blocks; a {@code #} that opens a line of their own text is kept from reading as a heading ({@link
 * LiteralHashes}).
 *
 * @param text the normalised text
 * @param title a title the file itself declares (HTML {@code <title>}, PDF info), or null
 * @param warnings problems worth a log line that did not stop the read (e.g. Windows-1252 fallback)
 * @param published the date the file says it was published ({@code 2025-11-17}: an HTML page's
 *     {@code article:published_time}), or null
 * @param frontMatter the YAML fields a Markdown file opens with ({@code title: …}, between two
 *     lines of dashes, no longer in {@code text}), or null
 * @param newsArticle whether the file declares itself a news article (a web page's schema.org
 *     {@code NewsArticle})
 * @param publisher who the file says published it (a web page's {@code og:site_name}), or null
 */
public record SourceText(
    String text,
    String title,
    List<String> warnings,
    String published,
    String frontMatter,
    boolean newsArticle,
    String publisher) {
  public SourceText {
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }

  /** A text whose file declares no news article. */
  public SourceText(
      String text, String title, List<String> warnings, String published, String frontMatter) {
    this(text, title, warnings, published, frontMatter, false, null);
  }

  /** A text whose file says nothing of when it was published, and has no front matter. */
  public SourceText(String text, String title, List<String> warnings) {
    this(text, title, warnings, null, null);
  }

  /** This text, published on {@code date} (ISO, or null). */
  public SourceText publishedOn(String date) {
    return new SourceText(text, title, warnings, date, frontMatter, newsArticle, publisher);
  }

  /** This text, its file declaring itself a news article or not. */
  public SourceText declaredNews(boolean news) {
    return new SourceText(text, title, warnings, published, frontMatter, news, publisher);
  }

  /** This text, its file naming {@code name} as its publisher (or none, for null). */
  public SourceText publishedBy(String name) {
    return new SourceText(text, title, warnings, published, frontMatter, newsArticle, name);
  }

  /**
   * Text brought to the conventions above: a leading BOM removed, {@code \r\n} and {@code \r}
   * turned into {@code \n}, Unicode NFC. Readers build their result with this so that no format
   * forgets a step.
   */
  public static SourceText normalised(String raw, String title, List<String> warnings) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    text = withoutControls(text.replace("\r\n", "\n").replace('\r', '\n'));
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    String cleanTitle =
        title == null || title.isBlank()
            ? null
            : Normalizer.normalize(withoutControls(title).strip(), Normalizer.Form.NFC);
    return new SourceText(text, cleanTitle, warnings);
  }

  /**
   * {@code text} with its control characters other than tab, line end and form feed as spaces (a
   * vertical tab, Word's line break, as a line end). A NUL a file holds past its first bytes cut
   * the document view at it (the highlighter parts a field's values there), and an escape or bell
   * drove the terminal of whoever printed a passage.
   */
  static String withoutControls(String text) {
    int first = 0;
    while (first < text.length() && !isControl(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      clean.append(c == 0x0B ? '\n' : isControl(c) ? ' ' : c);
    }
    return clean.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 ? c != '\t' && c != '\n' && c != '\f' : c >= 0x7F && c <= 0x9F;
  }
}
