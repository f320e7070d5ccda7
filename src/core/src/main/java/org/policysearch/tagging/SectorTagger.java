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
 * phrase at its position it keeps the shorter one from matching there.
 */
public final class SectorTagger {
  // Stands for a stop word the analyser removed, so phrases keep their shape.
  private static final String GAP = "";
  // Marks a phrase of sectors.tsv that tags nothing.
  private static final String NOT = "!";

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
        node = node.next.get(terms.get(j));
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
    Node node = root;
    for (String term : terms) {
      node = node.next.computeIfAbsent(term, t -> new Node());
    }
    node.ends = true;
    if (!tagsNothing) {
      node.sectorIds.add(sectorId);
    }
  }

  /** The analysed terms of {@code text}, with a {@link #GAP} for each removed stop word. */
  private List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      boolean first = true;
      while (stream.incrementToken()) {
        // The first token's increment counts from before the text, not from a previous word.
        int gaps = first ? 0 : increment.getPositionIncrement() - 1;
        for (int g = 0; g < gaps; g++) {
          terms.add(GAP);
        }
        terms.add(term.toString());
        first = false;
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a String reads no file; an IOException here is a bug.
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** A trie node: the phrases whose terms so far lead here, by next term. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    // The sectors of the phrases ending here; none when only a phrase that tags nothing ends here.
    final Set<String> sectorIds = new LinkedHashSet<>(1);
    boolean ends;
  }
}
