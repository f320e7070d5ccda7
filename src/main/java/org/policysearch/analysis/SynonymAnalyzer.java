package org.policysearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The query-time analysis: {@link TextAnalyzer} followed by the synonym graph of {@code
 * synonyms.txt}, so "AI" also finds "artificial intelligence" and the other way, inside phrases
 * too.
 */
public final class SynonymAnalyzer extends Analyzer {
  private static final String RESOURCE = "synonyms.txt";

  private final TextAnalyzer base = new TextAnalyzer();
  private final SynonymMap synonyms;

  public SynonymAnalyzer() {
    this.synonyms = load();
  }

  private SynonymMap load() {
    // The entries go through the same analysis as queries, so they meet the stems they match.
    SolrSynonymParser parser = new SolrSynonymParser(true, true, base);
    try (InputStream in =
            Objects.requireNonNull(
                SynonymAnalyzer.class.getResourceAsStream(RESOURCE), "missing " + RESOURCE);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      parser.parse(reader);
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("bad " + RESOURCE + ": " + e.getMessage(), e);
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
