package org.policysearch.search.lucene;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policysearch.corpus.TsvResource;

/**
 * Finds the words of a query that name a kind of instrument ("free trade agreement", "customs
 * union", "memorandum of understanding"): beside other words they rank but are not required, since
 * an agreement's text often calls itself by another name than the one it is remembered by.
 */
final class KindWords {
  /** A query's words parted into those that must be held and those naming a kind. */
  record Split(String required, String kinds) {
    boolean hasKinds() {
      return !kinds.isBlank();
    }
  }

  private final Pattern phrases;

  KindWords() {
    this(
        TsvResource.rows(KindWords.class, "instrument-kinds.txt").stream()
            .map(row -> row[0].strip())
            .toList());
  }

  KindWords(List<String> kinds) {
    // Longest first, so "free trade agreement" is one kind rather than "free trade" and a word.
    String alternatives =
        kinds.stream()
            .filter(k -> !k.isBlank())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(k -> String.join("[\\s-]+", k.strip().split("\\s+")))
            .collect(Collectors.joining("|"));
    this.phrases =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * {@code words} parted into the words that must be held and the kind phrases; when nothing but
   * kinds is there, they are all required: they are then what the user looks for.
   */
  Split split(String words) {
    Matcher matcher = phrases.matcher(words);
    StringBuilder required = new StringBuilder();
    StringBuilder kinds = new StringBuilder();
    int last = 0;
    while (matcher.find()) {
      required.append(words, last, matcher.start()).append(' ');
      kinds.append(matcher.group()).append(' ');
      last = matcher.end();
    }
    required.append(words.substring(last));
    String rest = required.toString().strip().replaceAll("\\s+", " ");
    if (kinds.isEmpty() || !rest.codePoints().anyMatch(Character::isLetterOrDigit)) {
      return new Split(words, "");
    }
    return new Split(rest, kinds.toString().strip().toLowerCase(Locale.ROOT));
  }
}
