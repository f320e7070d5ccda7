package org.policysearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

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
  private static final List<String> RESOURCES = List.of("synonyms.txt", "spelling-variants.txt");

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
    this.synonyms = load(groups);
  }

  private SynonymMap load(List<List<String>> groups) {
    // The entries go through the same analysis as queries, so they meet the stems they match.
    SolrSynonymParser parser = new SolrSynonymParser(true, true, base);
    try {
      StringBuilder all = new StringBuilder();
      for (String resource : RESOURCES) {
        try (InputStream in =
            Objects.requireNonNull(
                SynonymAnalyzer.class.getResourceAsStream(resource), "missing " + resource)) {
          all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
      }
      String curated = all.toString();
      parser.parse(new StringReader(curated));
      Set<String> taken = curatedEntries(parser, curated);
      for (List<String> group : groups) {
        for (int i = 0; i < group.size(); i++) {
          for (int j = i + 1; j < group.size(); j++) {
            add(parser, taken, group.get(i), group.get(j));
          }
        }
      }
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("bad " + RESOURCES + ": " + e.getMessage(), e);
    }
  }

  /** Each entry of the curated file as the analysis sees it ("south korea" → "south korea"). */
  private static Set<String> curatedEntries(SynonymMap.Parser parser, String curated) {
    Set<String> entries = new HashSet<>();
    for (String line : curated.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      for (String entry : line.split("=>|,")) {
        CharsRef analysed = analysed(parser, entry.strip());
        if (analysed != null) {
          entries.add(analysed.toString());
        }
      }
    }
    return entries;
  }

  private static void add(SynonymMap.Parser parser, Set<String> taken, String a, String b) {
    CharsRef left = analysed(parser, a);
    CharsRef right = analysed(parser, b);
    if (left == null
        || right == null
        || left.equals(right)
        || taken.contains(left.toString())
        || taken.contains(right.toString())) {
      return;
    }
    parser.add(left, right, true);
    parser.add(right, left, true);
  }

  /** The analysed words of {@code text} joined as a synonym map wants; null when it has none. */
  private static CharsRef analysed(SynonymMap.Parser parser, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return parser.analyze(text, new CharsRefBuilder());
    } catch (IOException | IllegalArgumentException e) {
      return null; // nothing searchable in it (punctuation only)
    }
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
