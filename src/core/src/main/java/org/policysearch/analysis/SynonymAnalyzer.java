package org.policysearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          add(parser, curated, group.get(i), group.get(j));
        }
      }
    }
    try {
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(SynonymMap.Parser parser, CuratedSynonyms curated, String a, String b) {
    CharsRef left = CuratedSynonyms.analysed(parser, a);
    CharsRef right = CuratedSynonyms.analysed(parser, b);
    if (left == null
        || right == null
        || left.equals(right)
        || curated.has(left)
        || curated.has(right)) {
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
