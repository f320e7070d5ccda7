package org.policysearch.acronyms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the acronyms a text defines, in the two forms agreements use: an expansion followed by its
 * acronym in brackets ({@code National Science Foundation (NSF)}, {@code the Agreement on Technical
 * Barriers to Trade ("TBT Agreement")}, {@code (hereinafter referred to as "ASEAN")}) and an
 * acronym that "means" its expansion ({@code "WTO" means the World Trade Organization}). A
 * definition counts only when the acronym's letters spell the expansion's words (see {@link
 * Initials}), so "Article 5 (a)" or "Council Regulation (EEC)" never do.
 */
public final class AcronymFinder {
  /** Longest expansion, in words. */
  static final int MAX_WORDS = 10;

  private static final String OPEN_QUOTE = "[\"“‘']?";
  private static final String CLOSE_QUOTE = "[\"”’']?";
  private static final String ACRONYM = "([A-Z][A-Za-z0-9&]{1,9})";

  /** {@code (NSF)}, {@code ("TBT Agreement")}, {@code (hereinafter referred to as "the WTO")}. */
  private static final Pattern BRACKETED =
      Pattern.compile(
          "\\(\\s*(?:hereinafter\\s+(?:referred\\s+to\\s+as\\s+|called\\s+)?)?(?:the\\s+)?"
              + OPEN_QUOTE
              + ACRONYM
              + "((?:\\s+[A-Z][a-z]+){0,2})"
              + CLOSE_QUOTE
              + "\\s*\\)");

  /** {@code "WTO" means the}, {@code NSF shall mean}, {@code CEP Joint Committee means the}. */
  private static final Pattern MEANS =
      Pattern.compile(
          OPEN_QUOTE
              + "\\b"
              + ACRONYM
              + "((?:\\s+[A-Z][a-z]+){0,2})"
              + CLOSE_QUOTE
              + "\\s+(?:means|shall\\s+mean|refers\\s+to|stands\\s+for)\\s+(?:the\\s+|an?\\s+)?");

  /** A word of an expansion: letters, apostrophes inside, hyphens joining parts. */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*");

  /** What may stand between the words of an expansion. */
  private static final Pattern GAP = Pattern.compile("[\\s]+");

  private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

  private final Predicate<String> ordinaryWord;

  /**
   * A finder that refuses acronyms which, lower-cased as a search sees them, are {@code
   * ordinaryWord}s ({@code WHO} would otherwise make "who" a synonym of the World Health
   * Organization).
   */
  public AcronymFinder(Predicate<String> ordinaryWord) {
    this.ordinaryWord = ordinaryWord;
  }

  /** The definitions in {@code text}, each once, in order of first appearance. */
  public List<Definition> find(String text) {
    Map<String, Definition> found = new LinkedHashMap<>();
    Matcher bracket = BRACKETED.matcher(text);
    while (bracket.find()) {
      String acronym = bracket.group(1);
      if (acceptable(acronym)) {
        Set<String> alsoSmall = words(bracket.group(2));
        Definition d = before(text.substring(0, bracket.start()), acronym, alsoSmall);
        add(found, d);
      }
    }
    // The pattern is tried at every capital, and most texts use none of its verbs: checking for
    // them first cut the finder's time on the ToTA agreements from about 5 s to 1.5 s.
    Matcher means = MEANS.matcher(mayDefine(text) ? text : "");
    while (means.find()) {
      String acronym = means.group(1);
      if (acceptable(acronym)) {
        add(found, after(text.substring(means.end()), acronym, words(means.group(2))));
      }
    }
    return List.copyOf(found.values());
  }

  private static boolean mayDefine(String text) {
    return text.contains(" mean") || text.contains(" refers to") || text.contains(" stands for");
  }

  private static void add(Map<String, Definition> found, Definition d) {
    if (d != null) {
      found.putIfAbsent(d.acronym() + "\t" + d.expansion().toLowerCase(Locale.ROOT), d);
    }
  }

  /** 2 to 10 characters, mostly capitals, not a roman numeral nor an ordinary word. */
  private boolean acceptable(String acronym) {
    long upper = acronym.chars().filter(Character::isUpperCase).count();
    long lower = acronym.chars().filter(Character::isLowerCase).count();
    return upper >= 2
        && lower < upper
        && !ROMAN.matcher(acronym).matches()
        && !ordinaryWord.test(acronym.toLowerCase(Locale.ROOT));
  }

  /**
   * The run of words ending {@code text} that {@code acronym} spells with the most initials, the
   * shortest of equals: "Low Level Presence (LLP)", not "level presence" with an L from inside.
   */
  private static Definition before(String text, String acronym, Set<String> alsoSmall) {
    List<Word> words = trailingWords(text);
    // "Free Trade Agreement Joint Commission (FTA Joint Commission)": the acronym ends earlier.
    while (!words.isEmpty()
        && alsoSmall.contains(words.get(words.size() - 1).text().toLowerCase(Locale.ROOT))) {
      words = words.subList(0, words.size() - 1);
    }
    List<Word> best = null;
    int bestInitials = -1;
    for (int k = 1; k <= words.size(); k++) {
      List<Word> run = words.subList(words.size() - k, words.size());
      int initials = initials(acronym, run, alsoSmall);
      if (initials > bestInitials) {
        best = run;
        bestInitials = initials;
      }
    }
    return best == null ? null : definition(acronym, text, best, alsoSmall);
  }

  /**
   * The run of words opening {@code text} that {@code acronym} spells with the most initials, the
   * shortest of equals: "APEC means Asia-Pacific Economic Cooperation", not "Asia-Pacific
   * eConomic".
   */
  private static Definition after(String text, String acronym, Set<String> alsoSmall) {
    List<Word> words = leadingWords(text);
    List<Word> best = null;
    int bestInitials = -1;
    for (int k = 1; k <= words.size(); k++) {
      List<Word> run = words.subList(0, k);
      int initials = initials(acronym, run, alsoSmall);
      if (initials > bestInitials) {
        best = run;
        bestInitials = initials;
      }
    }
    return best == null ? null : definition(acronym, text, best, alsoSmall);
  }

  /**
   * The initials {@code acronym} takes from {@code run}, or -1 when it does not spell it, starts or
   * ends on a small word, or is one word only (letters from inside one word prove nothing).
   */
  private static int initials(String acronym, List<Word> run, Set<String> alsoSmall) {
    List<String> parts = parts(run);
    if (parts.size() < 2
        || Initials.small(run.get(0).text(), alsoSmall)
        || Initials.small(run.get(run.size() - 1).text(), alsoSmall)) {
      return -1;
    }
    return Initials.fit(acronym, parts, alsoSmall);
  }

  /** The run's text, without the words the bracket named beside the acronym ("Agreement"). */
  private static Definition definition(
      String acronym, String text, List<Word> run, Set<String> alsoSmall) {
    String expansion = text.substring(run.get(0).start(), run.get(run.size() - 1).end());
    expansion = GAP.matcher(expansion).replaceAll(" ");
    return expansion.equalsIgnoreCase(acronym) ? null : new Definition(acronym, expansion);
  }

  /** A word of the text and where it is. */
  private record Word(int start, int end, String text) {}

  /**
   * Up to {@link #MAX_WORDS} words ending {@code text}, with only spaces between them: a comma, a
   * full stop or a quote ends the run.
   */
  private static List<Word> trailingWords(String text) {
    List<Word> words = new ArrayList<>();
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (words.size() < MAX_WORDS) {
      int start = end;
      while (start > 0 && wordChar(text.charAt(start - 1))) {
        start--;
      }
      Matcher word = WORD.matcher(text).region(start, end);
      if (start == end || !word.matches()) {
        break;
      }
      words.add(0, new Word(start, end, word.group()));
      end = start;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end == start) {
        break; // no space before the word: it starts the text or follows punctuation
      }
    }
    return words;
  }

  /** Up to {@link #MAX_WORDS} words opening {@code text}, with only spaces between them. */
  private static List<Word> leadingWords(String text) {
    List<Word> words = new ArrayList<>();
    int at = 0;
    while (words.size() < MAX_WORDS) {
      Matcher word = WORD.matcher(text).region(at, text.length());
      if (!word.lookingAt()) {
        break;
      }
      words.add(new Word(at, word.end(), word.group()));
      int next = word.end();
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next == word.end()) {
        break; // punctuation ends the expansion
      }
      at = next;
    }
    return words;
  }

  private static boolean wordChar(char c) {
    return Character.isLetter(c) || c == '-' || c == '\'' || c == '’';
  }

  /**
   * The words of {@code run}, hyphenated ones split and their later parts marked ("Co-operation"
   * gives "Co" and "-operation"; see {@link Initials}).
   */
  private static List<String> parts(List<Word> run) {
    List<String> parts = new ArrayList<>();
    for (Word word : run) {
      String[] split = word.text().split("-");
      parts.add(split[0]);
      for (int i = 1; i < split.length; i++) {
        parts.add("-" + split[i]);
      }
    }
    return parts;
  }

  private static Set<String> words(String extra) {
    return Set.copyOf(List.of(extra.strip().toLowerCase(Locale.ROOT).split("\\s+")));
  }
}
