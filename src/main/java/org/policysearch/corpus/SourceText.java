package org.policysearch.corpus;

import java.util.List;
import java.util.Objects;

/**
 * The normalised text a reader recovered from one file.
 *
 * <p>Conventions every reader follows, so that one outline parser serves all formats: lines end in
 * {@code \n}; text is Unicode NFC without a BOM; PDF pages are separated by a form feed ({@code
 * \f}); HTML headings become Markdown headings ({@code ## Title}) and list items Markdown bullets
 * ({@code - item}), with a blank line between blocks.
 *
 * @param text the normalised text
 * @param title a title the file itself declares (HTML {@code <title>}, PDF info), or null
 * @param warnings problems worth a log line that did not stop the read (e.g. Windows-1252 fallback)
 */
public record SourceText(String text, String title, List<String> warnings) {
  public SourceText {
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }
}
