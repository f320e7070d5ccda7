package org.policysearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
  private static final String SYNONYMS = "synonyms.txt";

  /** One entry of the map, as the parser added it: both sides analysed. */
  private record Pair(CharsRef input, CharsRef output, boolean includeOriginal) {}

  private static final String VARIANTS = "spelling-variants.txt";

  private final List<Pair> pairs;
  private final Set<String> entries;

  /**
   * Each analysed word of a spelling pair, and its other spellings, analysed ("favour" → favor).
   */
  private final Map<String, List<String>> spellings;

  private CuratedSynonyms(
      List<Pair> pairs, Set<String> entries, Map<String, List<String>> spellings) {
    this.pairs = List.copyOf(pairs);
    this.entries = Set.copyOf(entries);
    this.spellings = Map.copyOf(spellings);
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

  /**
   * {@code analysed} (words joined as a synonym map joins them) in each spelling the variants give
   * its words, itself first: "most favour nation" and "most favor nation". At most {@code limit}.
   */
  List<CharsRef> spellings(CharsRef analysed, int limit) {
    List<String> forms = List.of("");
    for (String word : analysed.toString().split(String.valueOf(SynonymMap.WORD_SEPARATOR))) {
      List<String> alternatives = new ArrayList<>();
      alternatives.add(word);
      alternatives.addAll(spellings.getOrDefault(word, List.of()));
      List<String> longer = new ArrayList<>();
      for (String form : forms) {
        for (String alternative : alternatives) {
          if (longer.size() < limit) {
            longer.add(
                form.isEmpty() ? alternative : form + SynonymMap.WORD_SEPARATOR + alternative);
          }
        }
      }
      forms = longer;
    }
    return forms.stream().map(CharsRef::new).toList();
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
      String synonyms = read(SYNONYMS);
      String variants = read(VARIANTS);
      parser.parse(new StringReader(synonyms));
      int firstVariant = parser.pairs.size();
      parser.parse(new StringReader(variants));
      return new CuratedSynonyms(
          parser.pairs,
          entries(parser, synonyms + "\n" + variants),
          spellings(parser.pairs.subList(firstVariant, parser.pairs.size())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(
          "bad " + SYNONYMS + " or " + VARIANTS + ": " + e.getMessage(), e);
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            CuratedSynonyms.class.getResourceAsStream(resource), "missing " + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The single words of the spelling pairs, each with its other spellings, all analysed. */
  private static Map<String, List<String>> spellings(List<Pair> variants) {
    Map<String, List<String>> spellings = new HashMap<>();
    String separator = String.valueOf(SynonymMap.WORD_SEPARATOR);
    for (Pair pair : variants) {
      String from = pair.input().toString();
      String to = pair.output().toString();
      if (!from.contains(separator) && !to.contains(separator) && !from.equals(to)) {
        List<String> others = spellings.computeIfAbsent(from, k -> new ArrayList<>());
        if (!others.contains(to)) {
          others.add(to);
        }
      }
    }
    spellings.replaceAll((word, others) -> List.copyOf(others));
    return spellings;
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
