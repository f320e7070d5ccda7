package org.policysearch.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the spaces that text extraction lost between words ("Recallingtheirintention",
 * "theKingdomof"), in the documents that show such damage.
 *
 * <p>A document shows it when at least {@value #DAMAGED_RUNS} runs of {@value #LONG_RUN} letters or
 * more are no word and split wholly into words; a clean text never has its words split, whatever
 * names it holds that no word list knows. In a damaged one, every run of {@value #MIN_LETTERS}
 * letters or more that is no word ("ofthe") is split into words of the word list (short ones only
 * if the document also has them on their own) or capitals the document also writes on their own
 * ("inAnnexVII", "WTOAgreement"), never inside a run of capitals, the split most probable under the
 * document's own word counts (each word's count plus one, over all): the text's "in", "the" and
 * "of" make "intheprocessof" read "in the process of", not "int he process of". A run that does not
 * split wholly into words stays as it is.
 */
final class GluedWords {
  static final int MIN_LETTERS = 5;
  static final int LONG_RUN = 20;
  static final int DAMAGED_RUNS = 3;

  /** The longest word a split tries: longer ones are rare, and every try asks the word list. */
  private static final int MAX_WORD = 20;

  /**
   * A word this short is taken only if the document has it on its own too: the short words of a
   * word list ("go", "burg") split names it lacks ("Gothenburg"); a text's "in", "of" and "the" are
   * everywhere in it.
   */
  private static final int SHORT_WORD = 4;

  private static final Pattern RUN = Pattern.compile("\\p{L}+");
  private static final int[] NONE = {};

  private final String text;
  private final EnglishWords words;

  /** Null until first asked; then whether the document shows damage. */
  private Boolean damaged;

  /** The document's words, lower-cased, with their counts; and all their occurrences. */
  private Map<String, Integer> counts;

  private long occurrences;
  private final Map<String, Boolean> known = new HashMap<>();
  private final Map<String, int[]> splits = new HashMap<>();

  /** Spaces put back in {@code text}, judging words by {@code words}. */
  GluedWords(String text, EnglishWords words) {
    this.text = text;
    this.words = words;
  }

  /** The positions of {@code line} before which a lost space goes back; null when none do. */
  BitSet spacesIn(String line) {
    if (!damaged()) {
      return null;
    }
    BitSet spaces = null;
    Matcher m = RUN.matcher(line);
    while (m.find()) {
      if (m.end() - m.start() < MIN_LETTERS) {
        continue;
      }
      for (int at : breaks(m.group())) {
        spaces = spaces != null ? spaces : new BitSet(line.length());
        spaces.set(m.start() + at);
      }
    }
    return spaces;
  }

  /** {@code line} with its lost spaces put back: what it reads as, to judge its shape by. */
  String repaired(String line) {
    BitSet spaces = spacesIn(line);
    if (spaces == null) {
      return line;
    }
    StringBuilder read = new StringBuilder(line.length() + spaces.cardinality());
    for (int i = 0; i < line.length(); i++) {
      if (spaces.get(i)) {
        read.append(' ');
      }
      read.append(line.charAt(i));
    }
    return read.toString();
  }

  private boolean damaged() {
    if (damaged == null) {
      int found = 0;
      Matcher m = RUN.matcher(text);
      while (found < DAMAGED_RUNS && m.find()) {
        if (m.end() - m.start() >= LONG_RUN && breaks(m.group()).length > 0) {
          found++;
        }
      }
      damaged = found >= DAMAGED_RUNS;
    }
    return damaged;
  }

  /** Where spaces go inside {@code run}, a run of letters; empty when it stays whole. */
  int[] breaks(String run) {
    return splits.computeIfAbsent(run, this::split);
  }

  private int[] split(String run) {
    if (isWord(run) || isWord(run.toLowerCase(Locale.ROOT))) {
      return NONE;
    }
    learnCounts();
    int n = run.length();
    double[] best = new double[n + 1];
    int[] from = new int[n + 1];
    Arrays.fill(best, Double.POSITIVE_INFINITY);
    best[0] = 0;
    for (int end = 1; end <= n; end++) {
      for (int start = Math.max(0, end - MAX_WORD); start < end; start++) {
        if (best[start] == Double.POSITIVE_INFINITY || cutsCapitals(run, start, end)) {
          continue;
        }
        double cost = best[start] + cost(run.substring(start, end));
        if (cost < best[end]) {
          best[end] = cost;
          from[end] = start;
        }
      }
    }
    if (best[n] == Double.POSITIVE_INFINITY) {
      return NONE;
    }
    List<Integer> starts = new ArrayList<>();
    for (int at = from[n]; at > 0; at = from[at]) {
      starts.add(0, at);
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Whether the word from {@code start} to {@code end} would begin inside a run of capitals ("VI" +
   * "I", "I" + "SO"), rather than be a capitalised word after one ("EFTA" + "States").
   */
  private static boolean cutsCapitals(String run, int start, int end) {
    return start > 0
        && Character.isUpperCase(run.charAt(start - 1))
        && Character.isUpperCase(run.charAt(start))
        && !(end - start >= 2 && Character.isLowerCase(run.charAt(start + 1)));
  }

  /** The cost of {@code piece} as one word: minus its log probability; infinite if no word. */
  private double cost(String piece) {
    if (piece.length() == 1 && !piece.equals("a") && !piece.equals("A") && !piece.equals("I")) {
      return Double.POSITIVE_INFINITY;
    }
    int count = counts.getOrDefault(piece.toLowerCase(Locale.ROOT), 0);
    // Capitals the document also writes on their own are a word it uses ("VII", "GATT").
    boolean capitals =
        piece.length() > 1 && count > 0 && piece.chars().allMatch(Character::isUpperCase);
    if (!capitals && (piece.length() <= SHORT_WORD && count == 0 || !isWord(piece))) {
      return Double.POSITIVE_INFINITY;
    }
    return -Math.log((count + 1.0) / (occurrences + counts.size()));
  }

  private boolean isWord(String piece) {
    return known.computeIfAbsent(piece, words::contains);
  }

  private void learnCounts() {
    if (counts != null) {
      return;
    }
    counts = new HashMap<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
      occurrences++;
    }
  }
}
