package org.policysearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The query-time analysis: {@link TextAnalyzer} followed by the synonym graph of {@code
 * synonyms.txt} and {@code spelling-variants.txt}, so "AI" also finds "artificial intelligence" and
 * "labour" finds "labor", both ways, inside phrases too.
 *
 * <p>Spelling variants are synonyms at query time rather than one spelling folded into the other at
 * index time: the index keeps each word as written (the highlighter marks the text's own spelling,
 * "did you mean" knows both), and the list can grow without rebuilding any index.
 */
public final class SynonymAnalyzer extends Analyzer {
  private static final List<String> RESOURCES = List.of("synonyms.txt", "spelling-variants.txt");

  private final TextAnalyzer base = new TextAnalyzer();
  private final SynonymMap synonyms;

  public SynonymAnalyzer() {
    this.synonyms = load();
  }

  private SynonymMap load() {
    // The entries go through the same analysis as queries, so they meet the stems they match.
    SolrSynonymParser parser = new SolrSynonymParser(true, true, base);
    for (String resource : RESOURCES) {
      parse(parser, resource);
    }
    try {
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void parse(SolrSynonymParser parser, String resource) {
    try (InputStream in =
            Objects.requireNonNull(
                SynonymAnalyzer.class.getResourceAsStream(resource), "missing " + resource);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      parser.parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("bad " + resource + ": " + e.getMessage(), e);
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
