package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.policysearch.analysis.Tokens;
import org.policysearch.index.Fields;

/**
 * "Did you mean": replaces each word of a query that the index does not know by the nearest word it
 * does know (Lucene's {@link DirectSpellChecker} over the unstemmed {@code spell} field), and a
 * word it knows from a few documents by a near word in {@value #MORE_COMMON} times as many.
 */
final class SpellingSuggester {
  private static final Pattern WORD = Pattern.compile("(?<![\\w:])[\\p{L}][\\p{L}\\p{M}'’-]*");

  /**
   * How many times more documents a near word must be in than a word the index knows for the word
   * to be taken for a typo of it.
   */
  private static final long MORE_COMMON = 50;

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer expanded;

  /** {@code expanded} is the query-time analysis, whose synonyms and spelling variants count. */
  SpellingSuggester(Analyzer expanded) {
    this.expanded = expanded;
    checker.setMinQueryLength(4);
    checker.setAccuracy(0.7f);
    // Not a share of the index's documents, which a collection's counts (one document holding
    // every word, see ShardSpelling) would make meaningless: MORE_COMMON decides.
    checker.setMaxQueryFrequency(Integer.MAX_VALUE);
  }

  /** How many documents hold a term: an index's own count, or a collection's. */
  interface Counts {
    long docFreq(Term term) throws IOException;
  }

  /** The query with unknown words corrected, or null when there is nothing to correct. */
  String suggest(IndexReader reader, String query) throws IOException {
    return suggest(query, reader::docFreq, reader);
  }

  /**
   * The query with the words {@code counts} does not know corrected to the nearest word of {@code
   * candidates} (the words of the {@code spell} field with their counts), or null.
   */
  String suggest(String query, Counts counts, IndexReader candidates) throws IOException {
    Matcher words = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (words.find()) {
      String word = words.group();
      String lower = word.toLowerCase(Locale.ROOT);
      String replacement = word;
      long known = lower.equals("or") ? -1 : counts.docFreq(new Term(Fields.SPELL, lower));
      SuggestWord[] suggestions = {};
      if (known == 0 && !searchedForms(counts, lower)) {
        suggestions =
            checker.suggestSimilar(
                new Term(Fields.SPELL, lower),
                1,
                candidates,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      } else if (known > 0) {
        // A typo the texts share ("Tarrifs" in two agreements): a word far commoner one letter
        // away is what was meant.
        suggestions =
            checker.suggestSimilar(
                new Term(Fields.SPELL, lower), 1, candidates, SuggestMode.SUGGEST_MORE_POPULAR);
        if (suggestions.length > 0 && suggestions[0].freq < MORE_COMMON * known) {
          suggestions = new SuggestWord[0];
        }
      }
      if (suggestions.length > 0) {
        replacement = sameCase(word, suggestions[0].string);
        changed = true;
      }
      words.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    words.appendTail(out);
    return changed ? out.toString() : null;
  }

  /**
   * The terms whose counts {@link #suggest} may read for {@code query}, as {@code reader} (one
   * shard's index) holds them: each word in {@code spell}, its other spellings in {@code body}, and
   * every {@code spell} word near enough to be a suggestion. Summed over the shards, they let
   * {@link #suggest} answer as over one index holding every shard.
   */
  Map<Term, Long> localCounts(IndexReader reader, String query) throws IOException {
    Map<Term, Long> counts = new LinkedHashMap<>();
    Matcher words = WORD.matcher(query);
    while (words.find()) {
      String lower = words.group().toLowerCase(Locale.ROOT);
      if (lower.equals("or")) {
        continue;
      }
      Term spelled = new Term(Fields.SPELL, lower);
      counts.put(spelled, (long) reader.docFreq(spelled));
      for (String form : forms(lower)) {
        Term term = new Term(Fields.BODY, form);
        counts.put(term, (long) reader.docFreq(term));
      }
      Terms spell = MultiTerms.getTerms(reader, Fields.SPELL);
      if (spell == null || lower.codePointCount(0, lower.length()) < checker.getMinQueryLength()) {
        continue;
      }
      // What DirectSpellChecker enumerates: up to its edit distance, the first letter kept.
      FuzzyTermsEnum near =
          new FuzzyTermsEnum(spell, spelled, checker.getMaxEdits(), checker.getMinPrefix(), true);
      for (BytesRef term = near.next(); term != null; term = near.next()) {
        if (near.getBoost() >= checker.getAccuracy()) {
          counts.put(new Term(Fields.SPELL, BytesRef.deepCopyOf(term)), (long) near.docFreq());
        }
      }
    }
    return counts;
  }

  /**
   * Whether the search finds {@code word} in the index in some form: its stem ("side" over texts
   * that only say "sides"), a synonym or another spelling ("defence" over texts that say
   * "defense"). Such a word finds passages as typed; it is no typo to correct.
   */
  private boolean searchedForms(Counts counts, String word) throws IOException {
    for (String term : forms(word)) {
      if (counts.docFreq(new Term(Fields.BODY, term)) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The terms the query's analysis gives {@code word}: its stem, synonyms, other spellings. */
  private Set<String> forms(String word) {
    return terms(expanded, word);
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
