package org.policysearch.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.policysearch.analysis.TextAnalyzer;

/**
 * Finds the sectors a text speaks of by matching the taxonomy's phrases against its analysed words.
 *
 * <p>Text and phrases go through the same analysis as the index ({@link TextAnalyzer}), so "chips"
 * matches the phrase "chip", and a phrase matches only whole consecutive words ("AI" never matches
 * inside "supercomputers"). A removed stop word still occupies its place ("peace and security" does
 * not match "peace security"). The longest phrase at a position wins, so "export controls" tags
 * research security without also tagging trade. A phrase written {@code !phrase} tags nothing: it
 * is the sector's word in another sense ("the quantum of fees", "trade marks"), and as the longest
 * phrase at its position it keeps the shorter one from matching there. A phrase's words never run
 * across a comma, a semicolon or a bracket the phrase itself does not have there: "exchanges of
 * information, technology and experience" is no "information technology". A phrase that tags
 * nothing shields its words however they are punctuated.
 */
public final class SectorTagger {
  // Stands for a stop word the analyser removed, so phrases keep their shape.
  private static final String GAP = "";
  // Marks a phrase of sectors.tsv that tags nothing.
  private static final String NOT = "!";
  // Prefixed to a term that punctuation parts from the one before it ("information, technology").
  private static final char BREAK = ',';

  private final Analyzer analyzer;
  private final List<Sector> sectors;
  private final Map<String, Sector> byIdOrLabel = new HashMap<>();
  private final Node root = new Node();

  /** A tagger over the vendored taxonomy and the shared {@link TextAnalyzer}. */
  public SectorTagger() {
    this(SectorTaxonomy.load(), new TextAnalyzer());
  }

  /** A tagger over {@code taxonomy}, analysing with {@code analyzer} (which it does not close). */
  public SectorTagger(SectorTaxonomy taxonomy, Analyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.sectors = taxonomy.sectors();
    for (Sector sector : sectors) {
      byIdOrLabel.put(sector.id().toLowerCase(Locale.ROOT), sector);
      byIdOrLabel.put(sector.label().toLowerCase(Locale.ROOT), sector);
      for (String phrase : sector.phrases()) {
        add(sector.id(), phrase);
      }
    }
  }

  /** The ids of the sectors {@code text} speaks of, in taxonomy order. */
  public List<String> tag(String text) {
    return inTaxonomyOrder(matches(text));
  }

  /** The ids of the sectors any of {@code texts} speaks of, in taxonomy order. */
  public List<String> tag(List<String> texts) {
    Set<String> found = new LinkedHashSet<>();
    for (String text : texts) {
      found.addAll(matches(text));
    }
    return inTaxonomyOrder(found);
  }

  /** The label of sector {@code id} ("ai" → "Artificial intelligence"), or the id if unknown. */
  public String label(String id) {
    Sector sector = byIdOrLabel.get(id.toLowerCase(Locale.ROOT));
    return sector != null && sector.id().equals(id) ? sector.label() : id;
  }

  /** The id a user means by {@code input}: an id or a label, in any case; empty if none. */
  public Optional<String> resolve(String input) {
    if (input == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byIdOrLabel.get(input.strip().toLowerCase(Locale.ROOT)))
        .map(Sector::id);
  }

  /** The taxonomy's sectors, in order. */
  public List<Sector> sectors() {
    return sectors;
  }

  private Set<String> matches(String text) {
    List<String> terms = terms(text);
    Set<String> found = new LinkedHashSet<>();
    int i = 0;
    while (i < terms.size()) {
      Node node = root;
      Node longest = null;
      int length = 0;
      for (int j = i; j < terms.size(); j++) {
        // A phrase may start after a break; inside it, a break must be the phrase's own.
        node = node.next.get(j == i ? unbroken(terms.get(j)) : terms.get(j));
        if (node == null) {
          break;
        }
        if (node.ends) {
          longest = node;
          length = j - i + 1;
        }
      }
      if (longest == null) {
        i++;
      } else {
        found.addAll(longest.sectorIds);
        i += length;
      }
    }
    return found;
  }

  /** The sector ids among {@code ids}, in taxonomy order. */
  public List<String> inTaxonomyOrder(Set<String> ids) {
    List<String> ordered = new ArrayList<>();
    for (Sector sector : sectors) {
      if (ids.contains(sector.id())) {
        ordered.add(sector.id());
      }
    }
    return ordered;
  }

  private void add(String sectorId, String phrase) {
    boolean tagsNothing = phrase.startsWith(NOT);
    List<String> terms = terms(tagsNothing ? phrase.substring(NOT.length()) : phrase);
    if (terms.isEmpty()) {
      throw new IllegalStateException("sector " + sectorId + ": phrase of stop words: " + phrase);
    }
    List<String> written = new ArrayList<>(terms);
    written.set(0, unbroken(terms.get(0)));
    // A phrase that tags nothing shields its words whatever punctuation parts them ("terrestrial,
    // cable, or satellite" as "cable or satellite"); one that tags keeps its own.
    for (List<String> variant : tagsNothing ? punctuatedAnyhow(written) : List.of(written)) {
      Node node = root;
      for (String term : variant) {
        node = node.next.computeIfAbsent(term, t -> new Node());
      }
      node.ends = true;
      if (!tagsNothing) {
        node.sectorIds.add(sectorId);
      }
    }
  }

  /** Each way of writing {@code terms} with or without a break before each word after the first. */
  private static List<List<String>> punctuatedAnyhow(List<String> terms) {
    List<List<String>> variants = List.of(List.of(terms.get(0)));
    for (String term : terms.subList(1, terms.size())) {
      List<List<String>> longer = new ArrayList<>();
      for (List<String> variant : variants) {
        for (String form : List.of(unbroken(term), BREAK + unbroken(term))) {
          List<String> next = new ArrayList<>(variant);
          next.add(form);
          longer.add(next);
        }
      }
      variants = longer;
    }
    return variants;
  }

  /**
   * The analysed terms of {@code text}, with a {@link #GAP} for each removed stop word; the first
   * term (or gap) after punctuation that parts words is prefixed with {@link #BREAK}.
   */
  private List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
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
          terms.add(parted && g == 0 ? BREAK + GAP : GAP);
        }
        terms.add(parted && gaps <= 0 ? BREAK + term.toString() : term.toString());
        end = Math.max(end, offsets.endOffset());
        first = false;
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a String reads no file; an IOException here is a bug.
      throw new UncheckedIOException(e);
    }
    return terms;
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

  /** A trie node: the phrases whose terms so far lead here, by next term. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    // The sectors of the phrases ending here; none when only a phrase that tags nothing ends here.
    final Set<String> sectorIds = new LinkedHashSet<>(1);
    boolean ends;
  }
}
