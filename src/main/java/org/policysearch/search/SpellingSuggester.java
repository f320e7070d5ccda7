package org.policysearch.search;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.policysearch.index.Fields;

/**
 * "Did you mean": replaces each word of a query that the index does not know by the nearest word it
 * does know (Lucene's {@link DirectSpellChecker} over the unstemmed {@code spell} field).
 */
final class SpellingSuggester {
  private static final Pattern WORD = Pattern.compile("(?<![\\w:])[\\p{L}][\\p{L}\\p{M}'’-]*");

  private final DirectSpellChecker checker = new DirectSpellChecker();

  SpellingSuggester() {
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
      if (!lower.equals("or") && reader.docFreq(new Term(Fields.SPELL, lower)) == 0) {
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

  private static String sameCase(String typed, String suggestion) {
    if (Character.isUpperCase(typed.charAt(0))) {
      return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
    }
    return suggestion;
  }
}
