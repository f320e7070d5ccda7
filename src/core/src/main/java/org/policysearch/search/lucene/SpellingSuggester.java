package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.policysearch.analysis.TextAnalyzer;
import org.policysearch.analysis.Tokens;
import org.policysearch.index.Fields;

/**
 * "Did you mean": replaces each word of a query that the index does not know by the nearest word it
 * does know (Lucene's {@link DirectSpellChecker} over the unstemmed {@code spell} field).
 */
final class SpellingSuggester {
  private static final Pattern WORD = Pattern.compile("(?<![\\w:])[\\p{L}][\\p{L}\\p{M}'’-]*");

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer plain = new TextAnalyzer();
  private final Analyzer expanded;

  /** {@code expanded} is the query-time analysis, whose synonyms and spelling variants count. */
  SpellingSuggester(Analyzer expanded) {
    this.expanded = expanded;
    checker.setMinQueryLength(4);
    checker.setAccuracy(0.7f);
  }

  /** The query with unknown words corrected, or null when there is nothing to correct. */
  String suggest(IndexReader reader, String query) throws IOException {
    Matcher words = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (words.find()) {
      String word = words.group();
      String lower = word.toLowerCase(Locale.ROOT);
      String replacement = word;
      if (!lower.equals("or")
          && reader.docFreq(new Term(Fields.SPELL, lower)) == 0
          && !foundAsVariant(reader, lower)) {
        SuggestWord[] suggestions =
            checker.suggestSimilar(
                new Term(Fields.SPELL, lower), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (suggestions.length > 0) {
          replacement = sameCase(word, suggestions[0].string);
          changed = true;
        }
      }
      words.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    words.appendTail(out);
    return changed ? out.toString() : null;
  }

  /**
   * Whether a synonym or another spelling of {@code word} is in the index: "defence" over texts
   * that say "defense" is a British spelling, not a typo to correct into the American one.
   */
  private boolean foundAsVariant(IndexReader reader, String word) throws IOException {
    Set<String> others = terms(expanded, word);
    others.removeAll(terms(plain, word));
    for (String term : others) {
      if (reader.docFreq(new Term(Fields.BODY, term)) > 0) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> terms(Analyzer analyzer, String text) {
    return new HashSet<>(Tokens.terms(analyzer, Fields.BODY, text));
  }

  private static String sameCase(String typed, String suggestion) {
    if (Character.isUpperCase(typed.charAt(0))) {
      return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
    }
    return suggestion;
  }
}
