package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.policysearch.index.Fields;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.QueryNode;

/**
 * Refuses a query whose prefixes together match too many words of the index, counted in the
 * reader's terms before any query is built.
 *
 * <p>The clause limit never sees a prefix (Lucene rewrites it to one constant-score clause however
 * many words it matches), yet each matched word's postings are read on every search, rescoring,
 * highlight and explanation: 63 short prefixes cost seconds of CPU on a large corpus. The budget is
 * for the whole query, each prefix counted as often as it is typed, since each is expanded again.
 */
final class PrefixBudget {
  /**
   * Words all prefixes of one query may match together: {@code semicond*} or {@code organis*} match
   * a few dozen; 10,000 leaves room for a handful of short prefixes on a large archive.
   */
  static final int MAX_WORDS = 10_000;

  /** How many of the prefixes at fault the message names, largest first. */
  private static final int NAMED = 5;

  private PrefixBudget() {}

  /**
   * How many words of the index's passages begin with an analysed prefix, counted up to one past
   * {@link #MAX_WORDS}: read from one index's terms here, asked of every shard by an engine that
   * holds the index in shards.
   */
  interface Words {
    int beginningWith(String prefix) throws IOException;
  }

  /** Throws the 400 naming the prefixes when {@code node}'s match more than {@link #MAX_WORDS}. */
  static void check(QueryNode node, LuceneQueries queries) throws IOException {
    check(
        node,
        queries,
        prefix -> {
          Terms terms = MultiTerms.getTerms(queries.reader(), Fields.BODY);
          return terms == null ? 0 : count(terms, prefix);
        });
  }

  /** {@link #check(QueryNode, LuceneQueries)} with the index's words counted by {@code words}. */
  static void check(QueryNode node, LuceneQueries queries, Words words) throws IOException {
    List<QueryNode.Prefix> prefixes = new ArrayList<>();
    collect(node, prefixes);
    if (prefixes.isEmpty()) {
      return;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    long total = 0;
    for (QueryNode.Prefix prefix : prefixes) {
      String typed = prefix.prefix() + "*";
      int count =
          counts.containsKey(typed)
              ? counts.get(typed)
              : words.beginningWith(queries.prefixTerm(prefix));
      counts.put(typed, count);
      total += count;
    }
    if (total > MAX_WORDS) {
      throw new InvalidQueryException(message(counts));
    }
  }

  private static String message(Map<String, Integer> words) {
    List<Map.Entry<String, Integer>> largest =
        words.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
            .toList();
    String named =
        largest.stream()
            .limit(NAMED)
            .map(e -> e.getKey() + " (" + words(e.getValue()) + ")")
            .collect(Collectors.joining(", "));
    if (largest.size() > NAMED) {
      named += " and " + (largest.size() - NAMED) + " more";
    }
    return "The query's prefixes match more than "
        + number(MAX_WORDS)
        + " words in all, the most one search expands: "
        + named
        + ". Make them longer or use fewer.";
  }

  private static String words(int count) {
    return count > MAX_WORDS ? "over " + number(MAX_WORDS) : number(count);
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The words beginning with {@code prefix}, counted up to one past the budget. */
  private static int count(Terms terms, String prefix) throws IOException {
    BytesRef start = new BytesRef(prefix);
    TermsEnum words = terms.iterator();
    if (words.seekCeil(start) == TermsEnum.SeekStatus.END) {
      return 0;
    }
    int count = 0;
    for (BytesRef word = words.term();
        word != null && StringHelper.startsWith(word, start) && count <= MAX_WORDS;
        word = words.next()) {
      count++;
    }
    return count;
  }

  private static void collect(QueryNode node, List<QueryNode.Prefix> prefixes) {
    if (node instanceof QueryNode.Prefix prefix) {
      prefixes.add(prefix);
    } else if (node instanceof QueryNode.Not not) {
      collect(not.clause(), prefixes);
    } else if (node instanceof QueryNode.All all) {
      all.clauses().forEach(c -> collect(c, prefixes));
    } else if (node instanceof QueryNode.Any any) {
      any.clauses().forEach(c -> collect(c, prefixes));
    }
  }
}
