package org.policysearch.tagging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The words a case-insensitive regular expression cannot match without, so that a text holding none
 * of them is passed over without running the expression: a rule file's patterns, each tried at
 * every position of every passage, were most of the indexer's time.
 *
 * <p>Read from the pattern's own syntax: a run of literal characters that every match must hold, or
 * a group whose every alternative holds one, whichever has the longest shortest word. A pattern of
 * one alternative must hold all of its runs and groups, so a text is passed over when it lacks any
 * of them with a word of three letters or more ("articles? ... appl(?:y|ies) to" needs an article
 * word and "appl"). Anything the reader does not know gives no cue (the pattern always runs), so
 * the test may only ever let through too much, never too little.
 *
 * <p>Read the same way: the words every match starts with, where they are known, so that a pattern
 * that does run is tried only at the places in the text where one of them is, not at every
 * character.
 */
final class LiteralCues {
  /** No cue: every text may match. */
  static final LiteralCues NONE = new LiteralCues(List.of(), List.of());

  /** A cue shorter than this is in nearly every passage: checking it passes over nothing. */
  private static final int SELECTIVE = 3;

  /** Every set of which a match holds one word, the best first (see {@link #words}). */
  private final List<List<String>> required;

  /** Words one of which every match starts with (see {@link #starts}). */
  private final List<String> starts;

  private LiteralCues(List<List<String>> required, List<String> starts) {
    this.required = List.copyOf(required);
    this.starts = List.copyOf(starts);
  }

  /** The cues of {@code regex}, read as a case-insensitive Java pattern. */
  static LiteralCues of(String regex) {
    List<List<String>> required = required(regex);
    return required.isEmpty() ? NONE : new LiteralCues(required, starts(regex));
  }

  /**
   * The words one of which every match of {@code regex} starts with, each cut before its first
   * character that is not a letter or digit; empty when not known.
   */
  private static List<String> starts(String regex) {
    try {
      Reader reader = new Reader(regex);
      Set<String> starts = reader.startAlternation();
      if (reader.at < regex.length() || starts == null) {
        return List.of();
      }
      List<String> cut = new ArrayList<>();
      for (String start : starts) {
        int end = 0;
        while (end < start.length() && Character.isLetterOrDigit(start.charAt(end))) {
          end++;
        }
        if (end == 0) {
          return List.of();
        }
        cut.add(start.substring(0, end));
      }
      return List.copyOf(new LinkedHashSet<>(cut));
    } catch (UnsupportedOperationException e) {
      return List.of();
    }
  }

  private static List<List<String>> required(String regex) {
    try {
      Reader whole = new Reader(regex);
      List<Set<String>> all = whole.candidates();
      if (whole.at == regex.length()) {
        // One alternative: each of its runs and groups is in every match.
        Set<String> best = Reader.best(all);
        if (best == null) {
          return List.of();
        }
        List<List<String>> required = new ArrayList<>();
        required.add(List.copyOf(best));
        for (Set<String> candidate : all) {
          if (candidate != best && Reader.shortest(candidate) >= SELECTIVE) {
            required.add(List.copyOf(candidate));
          }
        }
        return required;
      }
      Reader reader = new Reader(regex);
      Set<String> necessary = reader.alternation();
      if (reader.at < regex.length() || necessary == null) {
        return List.of();
      }
      return List.of(List.copyOf(necessary));
    } catch (UnsupportedOperationException e) {
      return List.of();
    }
  }

  /**
   * The best cue: words one of which every match holds (case-folded), the longest shortest word of
   * all such sets; empty when none is known.
   */
  List<String> words() {
    return required.isEmpty() ? List.of() : required.get(0);
  }

  /**
   * Words, case-folded, one of which every match starts with, so that a match is looked for only
   * where one of them is; empty when not known. A word is cut before its first character that is
   * not a letter or digit: blanking matched words with spaces (as {@link CommitmentTagger} does)
   * then never makes a place a match may start at.
   */
  List<String> starts() {
    return starts;
  }

  /**
   * The first place at or after {@code from} where one of {@link #starts} is in {@code folded} (a
   * text {@linkplain #fold folded}), or -1 if there is none.
   */
  int nextStart(String folded, int from) {
    int next = -1;
    for (String start : starts) {
      int at = folded.indexOf(start, from);
      if (at >= 0 && (next < 0 || at < next)) {
        next = at;
      }
    }
    return next;
  }

  /**
   * Whether the pattern may match a text whose {@link #fold} is {@code folded}: false only when it
   * holds none of the words of one of the sets every match needs.
   */
  boolean mayMatch(String folded) {
    for (List<String> oneOf : required) {
      if (!holdsOne(folded, oneOf)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsOne(String folded, List<String> words) {
    for (String word : words) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} with each character folded as a case-insensitive Unicode pattern compares them
   * (upper case, then lower), so that "ſhall" holds "shall" here as it matches there; the length
   * stays the same.
   */
  static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      // ASCII folds to its lower case: every chunk's text is folded, and the two table lookups
      // per character were 1 % of indexing ToTA's CPU.
      if (c < 0x80) {
        chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else {
        chars[i] = Character.toLowerCase(Character.toUpperCase(c));
      }
    }
    return new String(chars);
  }

  /** A recursive reader of the pattern syntax the rule files use. */
  private static final class Reader {
    private final String regex;
    private int at;

    Reader(String regex) {
      this.regex = regex;
    }

    /** Alternatives up to a closing parenthesis or the end: the union of their cues, or null. */
    Set<String> alternation() {
      return alternatives(this::sequence);
    }

    /**
     * Alternatives up to a closing parenthesis or the end: the words one of which each of their
     * matches starts with, or null when one alternative's start is not known.
     */
    Set<String> startAlternation() {
      return alternatives(this::startSequence);
    }

    /** The union of what {@code one} reads of each alternative, or null if one gives null. */
    private Set<String> alternatives(Supplier<Set<String>> one) {
      Set<String> union = new LinkedHashSet<>();
      boolean known = true;
      while (true) {
        Set<String> read = one.get();
        if (read == null) {
          known = false;
        } else {
          union.addAll(read);
        }
        if (at < regex.length() && regex.charAt(at) == '|') {
          at++;
        } else {
          return known ? union : null;
        }
      }
    }

    /**
     * One alternative: its leading literal run, or the starts of a group it must open with; null
     * when it may start otherwise (an optional part, a class). Reads to the alternative's end.
     */
    private Set<String> startSequence() {
      StringBuilder run = new StringBuilder();
      Set<String> starts = null;
      boolean decided = false;
      while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
        Atom atom = atom();
        Bounds bounds = quantifier();
        if (decided || atom.zeroWidth()) {
          continue;
        }
        if (atom.literal() != null && bounds.once()) {
          run.append(atom.literal());
          continue;
        }
        decided = true; // the rest of the alternative is read past; its start is known by now
        if (run.length() == 0 && bounds.min() > 0 && atom.body() >= 0) {
          Reader inside = new Reader(regex);
          inside.at = atom.body();
          starts = inside.startAlternation();
        }
      }
      return run.length() > 0 ? Set.of(fold(run.toString())) : starts;
    }

    /** One alternative: the best of its necessary literal runs and groups, or null. */
    private Set<String> sequence() {
      return best(candidates());
    }

    /** One alternative's necessary literal runs and groups, in order. */
    List<Set<String>> candidates() {
      List<Set<String>> candidates = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
        Atom atom = atom();
        Bounds bounds = quantifier();
        if (atom.zeroWidth()) {
          continue; // consumes nothing: the literal run around it stays contiguous
        }
        if (atom.literal() != null && bounds.once()) {
          run.append(atom.literal());
          continue;
        }
        flush(run, candidates);
        if (bounds.min() > 0 && atom.necessary() != null) {
          candidates.add(atom.necessary());
        }
      }
      flush(run, candidates);
      return candidates;
    }

    /** The candidate with the longest shortest word, or null when there is none. */
    static Set<String> best(List<Set<String>> candidates) {
      Set<String> best = null;
      int bestLength = 0;
      for (Set<String> candidate : candidates) {
        int shortest = shortest(candidate);
        if (shortest > bestLength) {
          best = candidate;
          bestLength = shortest;
        }
      }
      return best;
    }

    static int shortest(Set<String> candidate) {
      return candidate.stream().mapToInt(String::length).min().orElse(0);
    }

    private static void flush(StringBuilder run, List<Set<String>> candidates) {
      if (run.length() > 0) {
        candidates.add(Set.of(fold(run.toString())));
        run.setLength(0);
      }
    }

    /**
     * How often the atom just read occurs.
     *
     * @param min its quantifier's lower bound (1 without one)
     * @param repeated whether it may occur more than once
     */
    private record Bounds(int min, boolean repeated) {
      static final Bounds ONCE = new Bounds(1, false);

      boolean once() {
        return min == 1 && !repeated;
      }
    }

    /** The quantifier after the atom just read, if any, read past. */
    private Bounds quantifier() {
      if (at >= regex.length()) {
        return Bounds.ONCE;
      }
      Bounds bounds;
      switch (regex.charAt(at)) {
        case '?', '*' -> bounds = new Bounds(0, regex.charAt(at) == '*');
        case '+' -> bounds = new Bounds(1, true);
        case '{' -> bounds = repetition();
        default -> {
          return Bounds.ONCE;
        }
      }
      at = regex.charAt(at) == '{' ? regex.indexOf('}', at) + 1 : at + 1;
      if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
        at++; // lazy or possessive: the same bounds
      }
      return bounds;
    }

    /** The bounds of a repetition {@code {n}}, {@code {n,}} or {@code {n,m}} at {@link #at}. */
    private Bounds repetition() {
      int close = regex.indexOf('}', at);
      String[] range = close < 0 ? new String[0] : regex.substring(at + 1, close).split(",", -1);
      if (range.length == 0 || !range[0].strip().matches("\\d{1,4}")) {
        throw new UnsupportedOperationException("repetition");
      }
      int min = Integer.parseInt(range[0].strip());
      return new Bounds(min, range.length > 1 || min > 1);
    }

    /**
     * What one atom is: a literal character, a group, a class, or a zero-width assertion; {@code
     * body} is where a group's alternatives begin in the pattern (-1 for any other atom).
     */
    private record Atom(String literal, Set<String> necessary, boolean zeroWidth, int body) {
      static final Atom ZERO_WIDTH = new Atom(null, null, true, -1);
      static final Atom CLASS = new Atom(null, null, false, -1);

      static Atom literal(char c) {
        return new Atom(String.valueOf(c), Set.of(fold(String.valueOf(c))), false, -1);
      }
    }

    private Atom atom() {
      char c = regex.charAt(at++);
      switch (c) {
        case '(':
          return group();
        case '[':
          skipClass();
          return Atom.CLASS;
        case '.':
          return Atom.CLASS;
        case '^':
        case '$':
          return Atom.ZERO_WIDTH;
        case '\\':
          return escape();
        case '*':
        case '+':
        case '?':
        case '{':
          throw new UnsupportedOperationException("dangling quantifier");
        default:
          return Atom.literal(c);
      }
    }

    private Atom escape() {
      if (at >= regex.length()) {
        throw new UnsupportedOperationException("trailing backslash");
      }
      char c = regex.charAt(at++);
      if ("bBAzZG".indexOf(c) >= 0) {
        return Atom.ZERO_WIDTH;
      }
      if ("dDsSwWhHvV".indexOf(c) >= 0) {
        return Atom.CLASS;
      }
      if (Character.isLetterOrDigit(c)) {
        throw new UnsupportedOperationException("escape \\" + c);
      }
      return Atom.literal(c);
    }

    private Atom group() {
      if (regex.startsWith("?", at)) {
        int colon = at + 1;
        if (regex.startsWith("=", colon)
            || regex.startsWith("!", colon)
            || regex.startsWith("<=", colon)
            || regex.startsWith("<!", colon)) {
          at = colon;
          skipGroup();
          return Atom.ZERO_WIDTH;
        }
        // Flags, alone "(?s)" or scoping a group "(?-i:...)", or a plain "(?:...)".
        while (colon < regex.length() && "idmsuxU-".indexOf(regex.charAt(colon)) >= 0) {
          colon++;
        }
        if (colon < regex.length() && regex.charAt(colon) == ')') {
          at = colon + 1;
          return Atom.ZERO_WIDTH;
        }
        if (colon >= regex.length() || regex.charAt(colon) != ':') {
          throw new UnsupportedOperationException("group construct");
        }
        at = colon + 1;
      }
      int body = at;
      Set<String> inside = alternation();
      if (at >= regex.length() || regex.charAt(at) != ')') {
        throw new UnsupportedOperationException("unclosed group");
      }
      at++;
      return new Atom(null, inside, false, body);
    }

    /** Skips a lookaround's body, which says nothing about what a match consumes. */
    private void skipGroup() {
      int depth = 1;
      while (at < regex.length() && depth > 0) {
        char c = regex.charAt(at++);
        if (c == '\\') {
          at++;
        } else if (c == '[') {
          skipClass();
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        }
      }
      if (depth > 0) {
        throw new UnsupportedOperationException("unclosed group");
      }
    }

    private void skipClass() {
      int depth = 1;
      if (at < regex.length() && regex.charAt(at) == '^') {
        at++;
      }
      if (at < regex.length() && regex.charAt(at) == ']') {
        at++; // a leading "]" is a member
      }
      while (at < regex.length() && depth > 0) {
        char c = regex.charAt(at++);
        if (c == '\\') {
          at++;
        } else if (c == '[') {
          depth++;
        } else if (c == ']') {
          depth--;
        }
      }
      if (depth > 0) {
        throw new UnsupportedOperationException("unclosed class");
      }
    }
  }

  @Override
  public String toString() {
    return required.isEmpty()
        ? "(no cue)"
        : String.join(" & ", required.stream().map(oneOf -> String.join("|", oneOf)).toList());
  }
}
