package org.policysearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;

/**
 * The query-time analysis: {@link TextAnalyzer} followed by the synonym graph of {@code
 * synonyms.txt}, of {@code spelling-variants.txt} and of the acronyms the corpus defines, so "AI"
 * also finds "artificial intelligence" and "labour" finds "labor", both ways, inside phrases too.
 *
 * <p>Spelling variants are synonyms at query time rather than one spelling folded into the other at
 * index time: the index keeps each word as written (the highlighter marks the text's own spelling,
 * "did you mean" knows both), and the list can grow without rebuilding any index.
 */
public final class SynonymAnalyzer extends Analyzer {
  /** The most spellings of one member of a group: its words' variants multiply. */
  private static final int MAX_SPELLINGS = 4;

  private final TextAnalyzer base = new TextAnalyzer();
  private final SynonymMap synonyms;

  /** The curated synonyms only. */
  public SynonymAnalyzer() {
    this(List.of());
  }

  /**
   * The curated synonyms and {@code groups}, the members of each made equivalent both ways (an
   * acronym and its expansion, a country's names); a pair either side of which is already a curated
   * entry is left out, so the curated list wins.
   */
  public SynonymAnalyzer(List<List<String>> groups) {
    this.synonyms = build(CuratedSynonyms.shared(), groups);
  }

  private SynonymMap build(CuratedSynonyms curated, List<List<String>> groups) {
    // The parser only analyses the groups here (and builds): the curated files come analysed.
    SolrSynonymParser parser = new SolrSynonymParser(true, true, base);
    curated.addTo(parser);
    for (List<String> group : groups) {
      // Each member in each spelling too: a query matches one rule at a place, so "most favored
      // nation" matching its acronym's rule never meets "favored" = "favoured" inside it.
      Set<CharsRef> members = new LinkedHashSet<>();
      for (String member : group) {
        CharsRef analysed = CuratedSynonyms.analysed(parser, member);
        if (analysed != null) {
          members.addAll(curated.spellings(analysed, MAX_SPELLINGS));
        }
      }
      List<CharsRef> all = List.copyOf(members);
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          add(parser, curated, all.get(i), all.get(j));
        }
      }
    }
    try {
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(
      SynonymMap.Parser parser, CuratedSynonyms curated, CharsRef left, CharsRef right) {
    if (left.equals(right) || curated.has(left) || curated.has(right)) {
      return;
    }
    parser.add(left, right, true);
    parser.add(right, left, true);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    TokenStreamComponents inner = base.createComponents(fieldName);
    TokenStream stream = new SynonymGraphFilter(inner.getTokenStream(), synonyms, true);
    return new TokenStreamComponents(inner.getSource(), stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return base.normalize(fieldName, in);
  }
}
