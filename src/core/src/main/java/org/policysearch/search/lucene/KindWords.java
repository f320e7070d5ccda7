package org.policysearch.search.lucene;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policysearch.analysis.StopWords;
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

  /** A query typed as a question: it opens with a question word or ends with a question mark. */
  private static final Pattern QUESTION =
      Pattern.compile(
          "(?i)^\\s*(?:which|what|where|when|who|whose|how|why|does|do|did|is|are|was|were|can"
              + "|could|should|would|will|has|have)\\b.*|.*\\?\\s*$",
          Pattern.DOTALL);

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final Pattern phrases;

  /** The words that frame a question ("agreements", "cover"): see {@code question-frame.txt}. */
  private final Set<String> frame;

  KindWords() {
    this(
        TsvResource.rows(KindWords.class, "instrument-kinds.txt").stream()
            .map(row -> row[0].strip())
            .toList(),
        TsvResource.rows(KindWords.class, "question-frame.txt").stream()
            .map(row -> row[0].strip())
            .toList());
  }

  KindWords(List<String> kinds) {
    this(kinds, List.of());
  }

  KindWords(List<String> kinds, List<String> frame) {
    this.frame = Set.copyOf(frame.stream().filter(f -> !f.isBlank()).toList());
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
    Split split = kinds(words);
    return QUESTION.matcher(words).matches() ? framed(split) : split;
  }

  /** {@code split} with the words that frame a question moved from the required to the kinds. */
  private Split framed(Split split) {
    StringBuilder required = new StringBuilder();
    StringBuilder kinds = new StringBuilder(split.kinds());
    Matcher word = WORD.matcher(split.required());
    int last = 0;
    while (word.find()) {
      if (frame.contains(word.group().toLowerCase(Locale.ROOT))) {
        required.append(split.required(), last, word.start()).append(' ');
        kinds.append(kinds.isEmpty() ? "" : " ").append(word.group().toLowerCase(Locale.ROOT));
        last = word.end();
      }
    }
    required.append(split.required().substring(last));
    String rest = required.toString().strip().replaceAll("\\s+", " ");
    boolean asks = StopWords.typed(rest).stream().anyMatch(w -> !StopWords.english().contains(w));
    if (kinds.length() == split.kinds().length() || !asks) {
      return split; // nothing framed, or nothing but the frame: it is then what is asked
    }
    return new Split(rest, kinds.toString());
  }

  private Split kinds(String words) {
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
