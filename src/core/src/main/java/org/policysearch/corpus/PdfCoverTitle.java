package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policysearch.corpus.PdfLines.Line;

/**
 * The title a PDF's first page sets in its largest type, for a file whose Info names none: a
 * report's cover shows its title large, above or below the smaller lines of the department that
 * issued it and of its date, which the first lines of its text would otherwise offer as the title.
 *
 * <p>The largest type on the first page counts where it is set 30 % larger than the body text or
 * more, in one run of at most {@value #MAX_LINES} lines (a title, not a block of display text), of
 * at most {@value #MAX_WORDS} words, and does not name who issued the text (a press release's
 * header).
 */
final class PdfCoverTitle {
  private static final int MAX_LINES = 4;

  private static final int MAX_WORDS = 20;

  private PdfCoverTitle() {}

  /** The cover's title of {@code pdf}, or empty. */
  static Optional<String> of(PdfLines pdf) {
    int body = pdf.bodySize();
    List<Line> cover = pdf.lines().stream().filter(l -> l.page() == 0 && l.size() > 0).toList();
    int largest = cover.stream().mapToInt(Line::size).max().orElse(0);
    if (body == 0 || largest * 10 < body * 13) {
      return Optional.empty();
    }
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < cover.size(); i++) {
      if (cover.get(i).size() == largest) {
        at.add(i);
      }
    }
    // One run of lines in a row: a title wrapped, not display type scattered over the page.
    if (at.size() > MAX_LINES || at.get(at.size() - 1) - at.get(0) != at.size() - 1) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    for (int i : at) {
      words.add(cover.get(i).text().strip());
    }
    String title = String.join(" ", words).replaceAll("\\s+", " ").strip();
    int count = title.isEmpty() ? 0 : title.split(" ").length;
    boolean ok =
        count > 0
            && count <= MAX_WORDS
            && title.chars().anyMatch(Character::isLetter)
            && !TitleBlock.isIssuer(title);
    return ok ? Optional.of(title) : Optional.empty();
  }
}
