package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.analysis.SynonymAnalyzer;
import org.policysearch.search.TestIndexes;

/** "Did you mean" from shards' counts summed says what one index holding them all says. */
class ShardSpellingTest {
  @TempDir Path dir;

  @Test
  void shardsCountsSuggestWhatTheWholeIndexSuggests() throws Exception {
    // "tarrifs" is in one text of sixty, "tariffs" in the rest: a typo the texts share.
    Map<String, String> first = new HashMap<>();
    Map<String, String> second = new HashMap<>();
    first.put("typo.txt", "Notes\n\nThe tarrifs of each Party apply to quantum goods.\n");
    for (int i = 0; i < 59; i++) {
      (i % 2 == 0 ? first : second)
          .put("a" + i + ".txt", "Notes\n\nThe tariffs of Party " + i + " apply.\n");
    }
    Map<String, String> suggested =
        suggestedAsTheWholeIndexSuggests(
            first, second, List.of("tarrifs apply", "quantom tarrifs", "tariffs apply"));
    assertEquals("tariffs apply", suggested.get("tarrifs apply"));
  }

  @Test
  void shardsLeaveASpanishQueryAsTheWholeIndexLeavesIt() throws Exception {
    // "acceso" is in two Spanish texts, one per shard, "access" in forty English ones: the shards
    // count the documents that say it beside "los" and "del" as one index does.
    Map<String, String> first = new HashMap<>();
    Map<String, String> second = new HashMap<>();
    for (int i = 0; i < 2; i++) {
      (i == 0 ? first : second)
          .put("es" + i + ".txt", "Notas\n\nEl acceso a los mercados del Acuerdo " + i + ".\n");
    }
    for (int i = 0; i < 40; i++) {
      (i % 2 == 0 ? first : second)
          .put("en" + i + ".txt", "Notes\n\nThe access to markets of Party " + i + ".\n");
    }
    Map<String, String> suggested =
        suggestedAsTheWholeIndexSuggests(
            first, second, List.of("acceso a los mercados", "acceso markets"));
    assertNull(suggested.get("acceso a los mercados"));
    assertEquals("access markets", suggested.get("acceso markets"));
  }

  /**
   * The shards' suggestions for each of {@code queries}, from the counts of an index of {@code
   * first} and one of {@code second} summed, each asserted to be what one index of both suggests.
   */
  private Map<String, String> suggestedAsTheWholeIndexSuggests(
      Map<String, String> first, Map<String, String> second, List<String> queries)
      throws Exception {
    Map<String, String> all = new HashMap<>(first);
    all.putAll(second);
    Path whole = index(all, "whole");
    Path shardA = index(first, "a");
    Path shardB = index(second, "b");
    SpellingSuggester suggester = new SpellingSuggester(new SynonymAnalyzer());
    Map<String, String> suggested = new HashMap<>();
    try (DirectoryReader one = DirectoryReader.open(FSDirectory.open(whole));
        DirectoryReader a = DirectoryReader.open(FSDirectory.open(shardA));
        DirectoryReader b = DirectoryReader.open(FSDirectory.open(shardB))) {
      for (String query : queries) {
        String fromShards = ShardSpelling.suggest(query, summed(query, a, b));
        assertEquals(suggester.suggest(one, query), fromShards, query);
        suggested.put(query, fromShards);
      }
    }
    return suggested;
  }

  /** What each shard counts for {@code query}, summed as the collection's answer sums them. */
  private static Map<String, Long> summed(String query, DirectoryReader... shards)
      throws Exception {
    Map<String, Long> summed = new HashMap<>();
    for (DirectoryReader shard : shards) {
      ShardSpelling.localCounts(shard, query).forEach((t, n) -> summed.merge(t, n, Long::sum));
    }
    return summed;
  }

  private Path index(Map<String, String> files, String name) throws Exception {
    Path corpus = TestIndexes.write(dir.resolve(name + "-corpus"), files);
    Path index = dir.resolve(name + "-index");
    TestIndexes.index(corpus, index);
    return index;
  }
}
