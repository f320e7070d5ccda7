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
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.policysearch.analysis.SpellingAnalyzer;
import org.policysearch.analysis.StopWords;
import org.policysearch.analysis.Tokens;
import org.policysearch.index.Fields;
import org.policysearch.search.Respelling;
import org.policysearch.structure.EnglishWords;

/**
 * "Did you mean": replaces each word of a query that the index does not know by the nearest word it
 * does know (Lucene's {@link DirectSpellChecker} over the unstemmed {@code spell} field), and a
 * word it knows from a few documents by a near word in {@value #MORE_COMMON} times as many; a query
 * in Spanish or French, as the texts that say its words tell, is left as typed.
 */
final class SpellingSuggester {
  /** A word as the {@code spell} field holds words, and as {@link Respelling} reads them. */
  private static final Pattern WORD = Respelling.WORD;

  /**
   * How many times more documents a near word must be in than a word the index knows for the word
   * to be taken for a typo of it.
   */
  private static final long MORE_COMMON = 50;

  /**
   * How near a word far commoner than the one typed may be: two letters in six ("tarrif" for
   * "tariff"), not in five ("Nauru" is no "nature"), where a suggestion of any word must be as near
   * as {@code checker}'s accuracy.
   */
  private static final float LOOSE_ACCURACY = 0.65f;

  /** How many times commoner a word of the word list must be than a typed word the list lacks. */
  private static final long COMMONER_WORD = 10;

  /** How many near words are weighed against each other. */
  private static final int NEAR_WORDS = 5;

  /**
   * Not a field: the count under this name is of the documents that hold a word and two of the
   * commonest words of Spanish or of French, which an English text does not say together.
   */
  static final String WITH_ANOTHER_LANGUAGE = "spell_with_another_language";

  /**
   * A document that says two words each Spanish text says and English ones do not ("los", "del"),
   * or two each French text says ("les", "des").
   */
  private static final Query ANOTHER_LANGUAGE =
      new BooleanQuery.Builder()
          .add(allOf("los", "del"), Occur.SHOULD)
          .add(allOf("les", "des"), Occur.SHOULD)
          .build();

  private final DirectSpellChecker checker = checker(2);

  /**
   * For a word of English: one typed for another is one letter off, dropped, added or two swapped
   * ("pubic", "trace", "form"); a word two letters from it is another word ("whaling" is no typo of
   * "willing", nor "copper" of "copies").
   */
  private final DirectSpellChecker oneEdit = checker(1);

  private final Analyzer expanded;

  /** {@code expanded} is the query-time analysis, whose synonyms and spelling variants count. */
  SpellingSuggester(Analyzer expanded) {
    this.expanded = expanded;
  }

  private static DirectSpellChecker checker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    checker.setMinQueryLength(4);
    checker.setAccuracy(0.7f);
    // Not a share of the index's documents, which a collection's counts (one document holding
    // every word, see ShardSpelling) would make meaningless: MORE_COMMON decides.
    checker.setMaxQueryFrequency(Integer.MAX_VALUE);
    return checker;
  }

  /** How many documents hold a term: an index's own count, or a collection's. */
  interface Counts {
    long docFreq(Term term) throws IOException;
  }

  /** The query with unknown words corrected, or null when there is nothing to correct. */
  String suggest(IndexReader reader, String query) throws IOException {
    return suggest(query, term -> count(reader, term), reader);
  }

  /**
   * How many of {@code reader}'s documents hold {@code term}, or what {@link
   * #WITH_ANOTHER_LANGUAGE} counts.
   */
  private static long count(IndexReader reader, Term term) throws IOException {
    if (!term.field().equals(WITH_ANOTHER_LANGUAGE)) {
      return reader.docFreq(term);
    }
    Query inAnotherLanguage =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.SPELL, term.text())), Occur.FILTER)
            .add(ANOTHER_LANGUAGE, Occur.FILTER)
            .build();
    return new IndexSearcher(reader).count(inAnotherLanguage);
  }

  private static Query allOf(String... words) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      all.add(new TermQuery(new Term(Fields.SPELL, word)), Occur.FILTER);
    }
    return all.build();
  }

  /**
   * The query with the words {@code counts} does not know corrected to the nearest word of {@code
   * candidates} (the words of the {@code spell} field with their counts), or null.
   */
  String suggest(String query, Counts counts, IndexReader candidates) throws IOException {
    // The language once: both what is corrected and to what read each word's counts.
    QueryLanguage language = languageOf(query, counts);
    if (language == QueryLanguage.ANOTHER) {
      return null;
    }
    boolean besideEnglish = language == QueryLanguage.ENGLISH;
    Matcher words = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (words.find()) {
      String word = words.group();
      String lower = spelled(word);
      String replacement = word;
      long known = lower.equals("or") ? -1 : counts.docFreq(new Term(Fields.SPELL, lower));
      String nearest = nearest(lower, known, counts, candidates, besideEnglish);
      if (nearest != null) {
        replacement = sameCase(word, nearest);
        changed = true;
      }
      words.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    words.appendTail(out);
    return changed ? out.toString() : null;
  }

  /** What the words of a query tell of its language. */
  private enum QueryLanguage {
    /** A word the texts say mostly in English: a typo beside it is no word of another language. */
    ENGLISH,
    /**
     * Two or more words the texts say mostly in Spanish or French ("acceso", "mercados") and none
     * in English: spelt as the texts in that language spell it, however like English it looks.
     */
    ANOTHER,
    /**
     * Too few known words to tell: one word alone is "acces", French "accès" or an English typo.
     */
    UNTOLD
  }

  /** The language {@code query}'s known words tell, each word's counts read once. */
  private QueryLanguage languageOf(String query, Counts counts) throws IOException {
    int another = 0;
    Matcher words = WORD.matcher(query);
    while (words.find()) {
      String lower = spelled(words.group());
      if (lower.codePointCount(0, lower.length()) < checker.getMinQueryLength()) {
        continue; // "a", "to", "de": too short to tell a language by
      }
      long known = counts.docFreq(new Term(Fields.SPELL, lower));
      if (known == 0) {
        continue;
      }
      if (!mostlyInAnotherLanguage(lower, known, counts)) {
        return QueryLanguage.ENGLISH;
      }
      another++;
    }
    return another >= 2 ? QueryLanguage.ANOTHER : QueryLanguage.UNTOLD;
  }

  /**
   * The word of {@code candidates} that {@code lower}, in {@code known} documents, is taken for a
   * typo of, or null. A word the index does not know is taken for the nearest word it does; a word
   * farther off (two letters in six: "tarrif" for "tariff"), or a word the index knows from a few
   * documents (a typo the texts share: "tarrifs"), for a word in {@value #MORE_COMMON} times as
   * many; and where a near word is rare and a farther one that many times commoner, the commoner
   * one is meant ("tarrif" is "tariff", not the typo "tarrifs" of one agreement).
   */
  private String nearest(
      String lower, long known, Counts counts, IndexReader candidates, boolean besideEnglish)
      throws IOException {
    if (known < 0) {
      return null;
    }
    // Found through its stem ("tarrif" where a text says "tarrifs"), a word is known as rarely as
    // a word in one document: no typo, unless a word far commoner is near it.
    boolean unknown = known == 0 && !searchedForms(counts, lower);
    SuggestMode mode =
        unknown ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
    if (unknown) {
      String joined = hyphenated(lower, counts);
      if (joined != null) {
        return joined;
      }
    }
    long typed = Math.max(known, 1); // found through its stem: as if in one document
    SuggestWord best = null;
    DirectSpellChecker within = EnglishWords.bundled().containsInAnyCase(lower) ? oneEdit : checker;
    for (SuggestWord near :
        within.suggestSimilar(
            new Term(Fields.SPELL, lower), NEAR_WORDS, candidates, mode, LOOSE_ACCURACY)) {
      boolean meant =
          unknown && near.score >= checker.getAccuracy()
              || near.freq >= MORE_COMMON * typed
              || near.freq >= COMMONER_WORD * typed && typoOfAWord(lower, near);
      // A stop word searches nothing: "when" for "whey" would answer with the query's other words.
      if (!meant
          || StopWords.all().contains(near.string)
          || englishToAnotherLanguage(lower, near.string, counts)
          || besideEnglish && saidMostlyInAnotherLanguage(near.string, counts)) {
        continue;
      }
      if (best == null || near.freq >= MORE_COMMON * best.freq) {
        best = near; // nearest first, then any far commoner
      }
    }
    return best == null ? null : best.string;
  }

  /**
   * Whether {@code typed} is a word of English and {@code near} one the texts say mostly in Spanish
   * or French: "asbestos", which no agreement says, is no typo of the Spanish "aspectos".
   */
  private static boolean englishToAnotherLanguage(String typed, String near, Counts counts)
      throws IOException {
    return EnglishWords.bundled().containsInAnyCase(typed)
        && saidMostlyInAnotherLanguage(near, counts);
  }

  /** Whether the texts say {@code word} mostly in Spanish or French. */
  private static boolean saidMostlyInAnotherLanguage(String word, Counts counts)
      throws IOException {
    long known = counts.docFreq(new Term(Fields.SPELL, word));
    return known > 0 && mostlyInAnotherLanguage(word, known, counts);
  }

  /**
   * Whether the texts say {@code word}, which {@code known} documents hold, mostly beside the
   * commonest words of Spanish or of French.
   */
  private static boolean mostlyInAnotherLanguage(String word, long known, Counts counts)
      throws IOException {
    return 2 * counts.docFreq(new Term(WITH_ANOTHER_LANGUAGE, word)) >= known;
  }

  /**
   * {@code lower}, a word the index does not know, as the word it knows after a hyphenated prefix
   * ({@code e-commerce} for "ecommerce"), the longest such prefix first; null when none fits.
   */
  private static String hyphenated(String lower, Counts counts) throws IOException {
    for (String rest : HyphenatedPrefixes.after(lower)) {
      if (counts.docFreq(new Term(Fields.SPELL, rest)) > 0) {
        return lower.substring(0, lower.length() - rest.length()) + "-" + rest;
      }
    }
    return null;
  }

  /**
   * Whether {@code typed} is no English word and {@code near} one, or a name the word list knows:
   * then a word only {@value #COMMONER_WORD} times commoner is meant ("intelectual" in 21
   * agreements, "intellectual" in 330; "singapure" in one, "Singapore" in 40, rather than the
   * farther "signature" in 400), where a name or a term of art no word list knows keeps its
   * spelling.
   */
  private static boolean typoOfAWord(String typed, SuggestWord near) {
    EnglishWords english = EnglishWords.bundled();
    return !english.containsInAnyCase(typed) && english.containsInAnyCase(near.string);
  }

  /**
   * {@code word} as the {@code spell} field holds it, lower case with its accents folded:
   * "Cooperación" is the field's "cooperacion", which it knows, not a word it lacks.
   */
  private static String spelled(String word) {
    return SPELLED.normalize(Fields.SPELL, word).utf8ToString();
  }

  private static final Analyzer SPELLED = new SpellingAnalyzer();

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
      String lower = spelled(words.group());
      if (lower.equals("or")) {
        continue;
      }
      Term spelled = new Term(Fields.SPELL, lower);
      counts.put(spelled, (long) reader.docFreq(spelled));
      Term inAnotherLanguage = new Term(WITH_ANOTHER_LANGUAGE, lower);
      counts.put(inAnotherLanguage, count(reader, inAnotherLanguage));
      for (String form : forms(lower)) {
        Term term = new Term(Fields.BODY, form);
        counts.put(term, (long) reader.docFreq(term));
      }
      for (String rest : HyphenatedPrefixes.after(lower)) {
        Term term = new Term(Fields.SPELL, rest);
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
        if (near.getBoost() >= LOOSE_ACCURACY) {
          Term nearWord = new Term(Fields.SPELL, BytesRef.deepCopyOf(term));
          counts.put(nearWord, (long) near.docFreq());
          Term nearInAnother = new Term(WITH_ANOTHER_LANGUAGE, nearWord.text());
          counts.put(nearInAnother, count(reader, nearInAnother));
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
