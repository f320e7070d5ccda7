package org.policysearch.tagging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.structure.ChunkKind;
import org.policysearch.tagging.CommitmentRules.Rule;
import org.policysearch.tagging.CommitmentRules.Scope;

/**
 * Tells how firmly a passage commits anyone to anything ({@link Commitment}), by the rules of
 * {@code commitment.tsv}: its document's type, a disclaimer, its innermost heading, how it opens,
 * then the strongest of the phrases it holds.
 */
public final class CommitmentTagger {
  /** A list label before the first words: "(a)", "2.", "iv)", "1.2", "-", "•". */
  private static final Pattern LABEL =
      Pattern.compile(
          "^\\s*(?:(?:\\(?(?:[a-z]{1,2}|[ivxlc]{1,6}|\\d{1,3}(?:\\.\\d{1,3})*)[.)]|[-–•*·])\\s+)+",
          Pattern.CASE_INSENSITIVE);

  private final List<Rule> types;
  private final List<Cued> disclaimers;
  private final List<Cued> sections;
  private final List<Cued> openings;
  private final List<Cued> phrases;

  /**
   * A rule read anywhere in a passage, with the words it cannot match without: most passages lack
   * them for most rules, which then never run.
   */
  private record Cued(Rule rule, LiteralCues cues) {
    static List<Cued> of(List<Rule> rules) {
      return rules.stream().map(r -> new Cued(r, LiteralCues.of(r.pattern().pattern()))).toList();
    }

    boolean mayFind(String folded, String documentType) {
      return rule.appliesTo(documentType) && cues.mayMatch(folded);
    }
  }

  /** A tagger over the vendored rules. */
  public CommitmentTagger() {
    this(CommitmentRules.load());
  }

  /** A tagger over {@code rules}. */
  public CommitmentTagger(CommitmentRules rules) {
    Objects.requireNonNull(rules, "rules");
    this.types = rules.of(Scope.TYPE);
    this.disclaimers = Cued.of(rules.of(Scope.DISCLAIMER));
    this.sections = Cued.of(rules.of(Scope.SECTION));
    this.openings = Cued.of(rules.of(Scope.OPENING));
    this.phrases = Cued.of(rules.of(Scope.PHRASE));
  }

  /**
   * The commitment of one passage.
   *
   * @param kind heading, paragraph or bullet; a heading commits no one
   * @param sectionPath the headings above the passage, outermost first
   * @param text the passage
   * @param documentType its document's type ({@code news}, {@code agreement}), or null
   */
  public Commitment tag(
      ChunkKind kind, List<String> sectionPath, String text, String documentType) {
    if (kind == ChunkKind.HEADING) {
      return Commitment.DESCRIPTIVE;
    }
    String folded = LiteralCues.fold(text);
    Optional<Commitment> decided =
        first(types, documentType == null ? "" : documentType)
            .or(() -> first(disclaimers, text, folded, documentType))
            .or(
                () -> {
                  String heading = innermost(sectionPath);
                  return first(sections, heading, LiteralCues.fold(heading), documentType);
                })
            .or(
                () -> {
                  // Folding keeps the length: the opening's folded form is a suffix of the text's.
                  Matcher label = LABEL.matcher(text);
                  int start = label.lookingAt() ? label.end() : 0;
                  return first(
                      openings, text.substring(start), folded.substring(start), documentType);
                });
    return decided.orElseGet(() -> strongestPhrase(text, folded, documentType));
  }

  /**
   * The strongest value of the phrases in {@code text}, each match hiding its words from later
   * ones.
   */
  private Commitment strongestPhrase(String text, String folded, String documentType) {
    StringBuilder left = new StringBuilder(text);
    Commitment strongest = Commitment.DESCRIPTIVE;
    for (Cued cued : phrases) {
      // Blanking only ever removes matches, so the cues of the whole text may let a rule through
      // that then finds nothing, but never hide one that finds something.
      if (!cued.mayFind(folded, documentType)) {
        continue;
      }
      Rule rule = cued.rule();
      boolean found = blankMatches(rule.pattern().matcher(left), cued.cues(), folded, left);
      if (found) {
        strongest = strongest.strongest(rule.value());
        if (strongest == Commitment.BINDING) {
          // Nothing is stronger: a later rule could only hide words. Most of an agreement's
          // passages say "shall", and trying the rest on them was a tenth of indexing.
          break;
        }
      }
    }
    return strongest;
  }

  /**
   * Blanks in {@code left} every match that {@code m} (a matcher over it) finds, as {@code find()}
   * finds them, and tells whether there was one. Where {@code cues} know the words a match starts
   * with, the pattern is tried only where one of them is in {@code folded} (the text before any
   * blanking, folded), not at every character: Java's {@code find()} tries each, and the word
   * boundary checks there alone were a quarter of the tagger's time.
   */
  static boolean blankMatches(Matcher m, LiteralCues cues, String folded, StringBuilder left) {
    boolean found = false;
    if (cues.starts().isEmpty()) {
      while (m.find()) {
        found = true;
        blank(left, m.start(), m.end());
      }
      return found;
    }
    // Tried at one place, the pattern still sees the text around it (word boundaries, lookbehind).
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    for (int at = cues.nextStart(folded, 0); at >= 0; at = cues.nextStart(folded, from)) {
      m.region(at, left.length());
      if (m.lookingAt()) {
        found = true;
        blank(left, m.start(), m.end());
        from = Math.max(m.end(), at + 1);
      } else {
        from = at + 1;
      }
    }
    return found;
  }

  /** Blanked, not removed: offsets and word boundaries of the rest stay as they were. */
  private static void blank(StringBuilder left, int start, int end) {
    for (int i = start; i < end; i++) {
      left.setCharAt(i, ' ');
    }
  }

  /** The value of the first rule whose pattern matches the whole {@code type}. */
  private static Optional<Commitment> first(List<Rule> rules, String type) {
    return rules.stream()
        .filter(r -> r.pattern().matcher(type).matches())
        .map(Rule::value)
        .findFirst();
  }

  /**
   * The value of the first rule for {@code documentType} whose pattern is found in {@code input};
   * {@code folded} is the input {@linkplain LiteralCues#fold folded}.
   */
  private static Optional<Commitment> first(
      List<Cued> rules, String input, String folded, String documentType) {
    return rules.stream()
        .filter(c -> c.mayFind(folded, documentType) && c.rule().pattern().matcher(input).find())
        .map(c -> c.rule().value())
        .findFirst();
  }

  private static String innermost(List<String> sectionPath) {
    return sectionPath.isEmpty() ? "" : sectionPath.get(sectionPath.size() - 1).strip();
  }
}
