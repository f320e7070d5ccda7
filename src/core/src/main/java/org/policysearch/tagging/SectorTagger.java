package org.policysearch.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
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
 *
 * <p>A phrase's word written in capitals matches only a word written as an acronym ("AI", "AIs",
 * not a scan's "Ais"), and a word in double quotes only that very word, not all its stem stands for
 * ({@link WrittenForm}). A phrase written {@code phrase>sector} tags only a text that no phrase of
 * that other sector tags ("satellite>telecom": a satellite in a sentence on telecommunications
 * carries their signals, it is no space activity).
 */
public final class SectorTagger {
  private final List<Sector> sectors;
  private final Map<String, Sector> byIdOrLabel = new HashMap<>();
  private final PhraseTrie phrases;

  /** A tagger over the vendored taxonomy and the shared {@link TextAnalyzer}. */
  public SectorTagger() {
    this(SectorTaxonomy.load(), new TextAnalyzer());
  }

  /** A tagger over {@code taxonomy}, analysing with {@code analyzer} (which it does not close). */
  public SectorTagger(SectorTaxonomy taxonomy, Analyzer analyzer) {
    this.sectors = taxonomy.sectors();
    Set<String> ids = new LinkedHashSet<>();
    for (Sector sector : sectors) {
      byIdOrLabel.put(sector.id().toLowerCase(Locale.ROOT), sector);
      byIdOrLabel.put(sector.label().toLowerCase(Locale.ROOT), sector);
      ids.add(sector.id());
    }
    this.phrases = new PhraseTrie(analyzer, ids);
    for (Sector sector : sectors) {
      for (String phrase : sector.phrases()) {
        phrases.add(sector.id(), phrase);
      }
    }
  }

  /** The ids of the sectors {@code text} speaks of, in taxonomy order. */
  public List<String> tag(String text) {
    return inTaxonomyOrder(phrases.sectors(text));
  }

  /** The ids of the sectors any of {@code texts} speaks of, in taxonomy order. */
  public List<String> tag(List<String> texts) {
    Set<String> found = new LinkedHashSet<>();
    for (String text : texts) {
      found.addAll(phrases.sectors(text));
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
}
