package org.policysearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The curated synonyms and spelling variants, analysed once: every {@link SynonymAnalyzer} (one per
 * index state, one for "did you mean") adds the same pairs to its own map instead of parsing and
 * analysing the files again, which was most of opening an index at start (docs/benchmarks.md).
 */
final class CuratedSynonyms {
  private static final List<String> RESOURCES = List.of("synonyms.txt", "spelling-variants.txt");

  /** One entry of the map, as the parser added it: both sides analysed. */
  private record Pair(CharsRef input, CharsRef output, boolean includeOriginal) {}

  private final List<Pair> pairs;
  private final Set<String> entries;

  private CuratedSynonyms(List<Pair> pairs, Set<String> entries) {
    this.pairs = List.copyOf(pairs);
    this.entries = Set.copyOf(entries);
  }

  /** The files as the query analysis sees them, read on first use and never changed after. */
  static CuratedSynonyms shared() {
    return Shared.CURATED;
  }

  private static final class Shared {
    static final CuratedSynonyms CURATED = load(new TextAnalyzer());
  }

  /** Adds every curated pair to {@code builder}, in the files' order. */
  void addTo(SynonymMap.Builder builder) {
    for (Pair pair : pairs) {
      builder.add(pair.input(), pair.output(), pair.includeOriginal());
    }
  }

  /** Whether {@code analysed} is one of the files' entries, either side of a rule. */
  boolean has(CharsRef analysed) {
    return entries.contains(analysed.toString());
  }

  /** The analysed words of {@code text} joined as a synonym map wants; null when it has none. */
  static CharsRef analysed(SynonymMap.Parser parser, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return parser.analyze(text, new CharsRefBuilder());
    } catch (IOException | IllegalArgumentException e) {
      return null; // nothing searchable in it (punctuation only)
    }
  }

  private static CuratedSynonyms load(Analyzer analysis) {
    // The entries go through the same analysis as queries, so they meet the stems they match.
    Recording parser = new Recording(analysis);
    try {
      StringBuilder all = new StringBuilder();
      for (String resource : RESOURCES) {
        try (InputStream in =
            Objects.requireNonNull(
                CuratedSynonyms.class.getResourceAsStream(resource), "missing " + resource)) {
          all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
      }
      String curated = all.toString();
      parser.parse(new StringReader(curated));
      return new CuratedSynonyms(parser.pairs, entries(parser, curated));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("bad " + RESOURCES + ": " + e.getMessage(), e);
    }
  }

  /** Each entry of the curated files as the analysis sees it ("South Korea" → "south korea"). */
  private static Set<String> entries(SynonymMap.Parser parser, String curated) {
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

  /** Lucene's parser of the files, keeping what it adds instead of building a map of it. */
  private static final class Recording extends SolrSynonymParser {
    private final List<Pair> pairs = new ArrayList<>();

    Recording(Analyzer analysis) {
      super(true, true, analysis);
    }

    @Override
    public void add(CharsRef input, CharsRef output, boolean includeOriginal) {
      pairs.add(new Pair(CharsRef.deepCopyOf(input), CharsRef.deepCopyOf(output), includeOriginal));
    }
  }
}
