package org.policysearch.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The sector phrases as a trie of analysed words, and the walk that finds the longest phrase at
 * each word of a text ({@link SectorTagger} says what the phrases mean).
 */
final class PhraseTrie {
  // Stands for a stop word the analyser removed, so phrases keep their shape.
  private static final String GAP = "";
  // Marks a phrase of sectors.tsv that tags nothing.
  private static final String NOT = "!";
  // Prefixed to a term that punctuation parts from the one before it ("information, technology").
  private static final char BREAK = ',';
  // Parts a phrase from the sector it yields to ("satellite>telecom").
  private static final String YIELDS = ">";
  // Encloses a phrase's word that matches only as written.
  private static final char QUOTE = '"';

  private final Analyzer analyzer;
  private final Set<String> sectorIds;
  private final Node root = new Node();

  /**
   * An empty trie analysing with {@code analyzer}, whose phrases may yield to {@code sectorIds}.
   */
  PhraseTrie(Analyzer analyzer, Set<String> sectorIds) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.sectorIds = Set.copyOf(sectorIds);
  }

  /** The sectors {@code text} speaks of, in the order first found. */
  Set<String> sectors(String text) {
    List<Word> words = words(text);
    Set<String> found = new LinkedHashSet<>();
    Set<Yield> yielding = new LinkedHashSet<>();
    int i = 0;
    while (i < words.size()) {
      Match longest = longest(root, words, text, i, i);
      if (longest == null) {
        i++;
        continue;
      }
      for (String id : longest.node().sectorIds) {
        String other = longest.node().yieldsTo.get(id);
        if (other == null) {
          found.add(id);
        } else {
          yielding.add(new Yield(id, other));
        }
      }
      i += longest.length();
    }
    for (Yield yield : yielding) {
      if (!found.contains(yield.to())) {
        found.add(yield.sector());
      }
    }
    return found;
  }

  /**
   * The longest phrase from {@code node} on that starts at word {@code start} and goes on at word
   * {@code at}, by each form a word may match in; null if none. A phrase may start after a break;
   * inside it, a break must be the phrase's own.
   */
  private static Match longest(Node node, List<Word> words, String text, int start, int at) {
    Match best = node.ends && at > start ? new Match(node, at - start) : null;
    if (at == words.size()) {
      return best;
    }
    Word word = words.get(at);
    String term = at == start ? unbroken(word.term()) : word.term();
    best = longer(best, node.next.get(term), words, text, start, at);
    Node acronym = node.acronyms.get(term);
    if (acronym != null && WrittenForm.asAcronym(word.in(text), text)) {
      best = longer(best, acronym, words, text, start, at);
    }
    Map<String, Node> exact = node.exact.get(term);
    if (exact != null) {
      best = longer(best, exact.get(WrittenForm.exact(word.in(text))), words, text, start, at);
    }
    return best;
  }

  private static Match longer(
      Match best, Node next, List<Word> words, String text, int start, int at) {
    if (next == null) {
      return best;
    }
    Match match = longest(next, words, text, start, at + 1);
    return match != null && (best == null || match.length() > best.length()) ? match : best;
  }

  /** Adds {@code phrase} of sector {@code sectorId}, as sectors.tsv writes it. */
  void add(String sectorId, String phrase) {
    boolean tagsNothing = phrase.startsWith(NOT);
    String written = tagsNothing ? phrase.substring(NOT.length()) : phrase;
    String yieldsTo = null;
    int yields = written.indexOf(YIELDS);
    if (yields >= 0) {
      yieldsTo = written.substring(yields + YIELDS.length()).strip();
      written = written.substring(0, yields);
      if (tagsNothing || !sectorIds.contains(yieldsTo)) {
        throw new IllegalStateException("sector " + sectorId + ": cannot yield: " + phrase);
      }
    }
    List<Step> steps = steps(written);
    if (steps.isEmpty()) {
      throw new IllegalStateException("sector " + sectorId + ": phrase of stop words: " + phrase);
    }
    // A phrase that tags nothing shields its words whatever punctuation parts them ("terrestrial,
    // cable, or satellite" as "cable or satellite"); one that tags keeps its own.
    for (List<Step> variant : tagsNothing ? punctuatedAnyhow(steps) : List.of(steps)) {
      Node node = root;
      for (Step step : variant) {
        node = node.child(step);
      }
      node.ends = true;
      if (!tagsNothing) {
        node.sectorIds.add(sectorId);
        if (yieldsTo != null) {
          node.yieldsTo.put(sectorId, yieldsTo);
        }
      }
    }
  }

  /** The steps of a phrase: each word's term, and how it must be written to match. */
  private List<Step> steps(String phrase) {
    List<Step> steps = new ArrayList<>();
    for (Word word : words(phrase)) {
      String term = steps.isEmpty() ? unbroken(word.term()) : word.term();
      String surface = word.in(phrase);
      boolean quoted =
          word.start() > 0
              && word.end() < phrase.length()
              && phrase.charAt(word.start() - 1) == QUOTE
              && phrase.charAt(word.end()) == QUOTE;
      Form form = quoted ? Form.EXACT : WrittenForm.isAcronym(surface) ? Form.ACRONYM : Form.ANY;
      steps.add(new Step(term, form, WrittenForm.exact(surface)));
    }
    return steps;
  }

  /** Each way of writing {@code steps} with or without a break before each word after the first. */
  private static List<List<Step>> punctuatedAnyhow(List<Step> steps) {
    List<List<Step>> variants = List.of(List.of(steps.get(0)));
    for (Step step : steps.subList(1, steps.size())) {
      List<List<Step>> longer = new ArrayList<>();
      for (List<Step> variant : variants) {
        for (String form : List.of(unbroken(step.term()), BREAK + unbroken(step.term()))) {
          List<Step> next = new ArrayList<>(variant);
          next.add(new Step(form, step.form(), step.word()));
          longer.add(next);
        }
      }
      variants = longer;
    }
    return variants;
  }

  /**
   * The analysed words of {@code text}, with a {@link #GAP} for each removed stop word; the first
   * term (or gap) after punctuation that parts words is prefixed with {@link #BREAK}.
   */
  private List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      boolean first = true;
      int end = 0;
      while (stream.incrementToken()) {
        // The first token's increment counts from before the text, not from a previous word.
        int gaps = first ? 0 : increment.getPositionIncrement() - 1;
        boolean parted = !first && parts(text, end, offsets.startOffset());
        for (int g = 0; g < gaps; g++) {
          words.add(new Word(parted && g == 0 ? BREAK + GAP : GAP, end, end));
        }
        String analysed = parted && gaps <= 0 ? BREAK + term.toString() : term.toString();
        words.add(new Word(analysed, offsets.startOffset(), offsets.endOffset()));
        end = Math.max(end, offsets.endOffset());
        first = false;
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a String reads no file; an IOException here is a bug.
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * Whether the text between two words has punctuation that parts them within a sentence: not a
   * hyphen or a slash, nor a colon, which follows a label ("Mining: sectoral policy" is the mining
   * sector's policy), nor a full stop, which scanned texts strew inside phrases ("Protection Of
   * Intellectual. Property") and which rarely ends a sentence on a phrase's first word.
   */
  private static boolean parts(String text, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      switch (text.charAt(i)) {
        case ',', ';', '(', ')', '[', ']':
          return true;
        default:
          break;
      }
    }
    return false;
  }

  private static String unbroken(String term) {
    return !term.isEmpty() && term.charAt(0) == BREAK ? term.substring(1) : term;
  }

  /** How a phrase's word must be written in a text to match. */
  private enum Form {
    /** Any word of its stem. */
    ANY,
    /** Its stem written as an acronym. */
    ACRONYM,
    /** The very word, in any case. */
    EXACT
  }

  /** A phrase's word: its analysed term, and its form with the word as written (lower case). */
  private record Step(String term, Form form, String word) {}

  /** A text's analysed word and where it is written in the text. */
  private record Word(String term, int start, int end) {
    String in(String text) {
      return text.substring(start, end);
    }
  }

  /** The longest phrase found at a word: where it ends in the trie, and how many words it has. */
  private record Match(Node node, int length) {}

  /** A sector found by a phrase that yields to another sector in the same text. */
  private record Yield(String sector, String to) {}

  /** A trie node: the phrases whose words so far lead here, by next term and its form. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final Map<String, Node> acronyms = new HashMap<>();
    // By term, then by the very word.
    final Map<String, Map<String, Node>> exact = new HashMap<>();
    // The sectors of the phrases ending here; none when only a phrase that tags nothing ends here.
    final Set<String> sectorIds = new LinkedHashSet<>(1);
    // The sector each of sectorIds yields to in a text that other sector's phrases tag.
    final Map<String, String> yieldsTo = new HashMap<>(1);
    boolean ends;

    Node child(Step step) {
      return switch (step.form()) {
        case ANY -> next.computeIfAbsent(step.term(), t -> new Node());
        case ACRONYM -> acronyms.computeIfAbsent(step.term(), t -> new Node());
        case EXACT ->
            exact
                .computeIfAbsent(step.term(), t -> new HashMap<>())
                .computeIfAbsent(step.word(), w -> new Node());
      };
    }
  }
}
