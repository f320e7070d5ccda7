package org.policysearch.search.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    Parted framing =
        Parted.of(
            split.required(),
            WORD.matcher(split.required()),
            word -> frame.contains(word.group().toLowerCase(Locale.ROOT)));
    boolean asks =
        StopWords.typed(framing.rest()).stream().anyMatch(w -> !StopWords.all().contains(w));
    if (framing.taken().isEmpty() || !asks) {
      return split; // nothing framed, or nothing but the frame: it is then what is asked
    }
    List<String> kinds = new ArrayList<>();
    if (split.hasKinds()) {
      kinds.add(split.kinds());
    }
    framing.taken().forEach(word -> kinds.add(word.toLowerCase(Locale.ROOT)));
    return new Split(framing.rest(), String.join(" ", kinds));
  }

  private Split kinds(String words) {
    Parted kinds = Parted.of(words, phrases.matcher(words), kind -> true);
    if (kinds.taken().isEmpty()
        || !kinds.rest().codePoints().anyMatch(Character::isLetterOrDigit)) {
      return new Split(words, "");
    }
    return new Split(kinds.rest(), String.join(" ", kinds.taken()).toLowerCase(Locale.ROOT));
  }
}
