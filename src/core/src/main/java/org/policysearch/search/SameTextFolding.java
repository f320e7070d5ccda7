package org.policysearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.policysearch.index.TextSketches;

/**
 * Folds each result that reads the same as a better one (a template clause copied into many
 * agreements), or nearly the same (the clause with a word changed or a phrase added), into it, so
 * that a page lists each text once and says where else it is: what every engine does with the
 * ranked window of a search before it reads the page's hits.
 */
public final class SameTextFolding {
  private SameTextFolding() {}

  /**
   * A page of folded results.
   *
   * @param page the ranks (in the window) of the page's results, the best of each text
   * @param others for each of them, the ranks of the worse results with the same text, in order
   * @param folded how many results ranked before the page's end were folded into a better one
   * @param nearly the ranks of the results folded into one whose text is not the same but nearly
   */
  public record Folded(int[] page, List<int[]> others, int folded, BitSet nearly) {

    /**
     * {@code hits}, the page's in order, each with the passages folded into it: {@code passage}
     * names the window's result at a rank.
     */
    public List<Hit> hits(List<Hit> hits, IntFunction<SameTextPassage> passage) {
      List<Hit> folded = new ArrayList<>(hits.size());
      for (int i = 0; i < hits.size(); i++) {
        folded.add(
            hits.get(i)
                .folding(
                    Arrays.stream(others.get(i))
                        .mapToObj(rank -> passage.apply(rank).nearly(nearly.get(rank)))
                        .toList()));
      }
      return folded;
    }
  }

  /**
   * The text each result of a ranked window is read as, given its results' text signatures,
   * sketches ({@link TextSketches}) and scores in any order: the signature of the first better text
   * (by its best score, then its signature) whose sketch nearly agrees with its own, or its own.
   * Only the first {@code heads} texts read as themselves take others in: a text after them cannot
   * reach the page, nor can its copies.
   */
  public static long[] readAs(long[] signatures, long[] sketches, float[] scores, int heads) {
    Map<Long, Integer> bestOfText = new HashMap<>();
    for (int i = 0; i < signatures.length; i++) {
      bestOfText.merge(signatures[i], i, (a, b) -> scores[b] > scores[a] ? b : a);
    }
    int[] texts =
        bestOfText.values().stream()
            .sorted(
                Comparator.<Integer>comparingDouble(i -> -scores[i])
                    .thenComparingLong(i -> signatures[i]))
            .mapToInt(Integer::intValue)
            .toArray();
    Map<Long, Long> keyOf = new HashMap<>();
    long[] headSignatures = new long[Math.min(heads, texts.length)];
    long[] headSketches = new long[headSignatures.length];
    int found = 0;
    for (int text : texts) {
      long key = signatures[text];
      for (int head = 0; head < found; head++) {
        if (TextSketches.nearlySame(sketches[text], headSketches[head])) {
          key = headSignatures[head];
          break;
        }
      }
      if (key == signatures[text] && found < headSignatures.length) {
        headSignatures[found] = key;
        headSketches[found++] = sketches[text];
      }
      keyOf.put(signatures[text], key);
    }
    return Arrays.stream(signatures).map(keyOf::get).toArray();
  }

  /**
   * Folds a ranked window, {@code keys} the texts its results are read as ({@link #readAs}) and
   * {@code signatures} their own texts' signatures, in rank order, and keeps results {@code from}
   * to {@code to} (exclusive) of what is left.
   */
  public static Folded fold(long[] keys, long[] signatures, int from, int to) {
    Map<Long, Integer> groupOf = new HashMap<>();
    List<Integer> firsts = new ArrayList<>();
    List<List<Integer>> members = new ArrayList<>();
    BitSet nearly = new BitSet();
    int folded = 0;
    for (int rank = 0; rank < keys.length; rank++) {
      Integer group = groupOf.get(keys[rank]);
      boolean filled = firsts.size() >= to;
      if (group == null) {
        if (!filled) {
          groupOf.put(keys[rank], firsts.size());
          firsts.add(rank);
          members.add(new ArrayList<>());
        }
      } else {
        members.get(group).add(rank);
        nearly.set(rank, signatures[rank] != signatures[firsts.get(group)]);
        if (!filled) {
          folded++;
        }
      }
    }
    int first = Math.min(from, firsts.size());
    int[] page = new int[firsts.size() - first];
    List<int[]> others = new ArrayList<>(page.length);
    for (int i = first; i < firsts.size(); i++) {
      page[i - first] = firsts.get(i);
      others.add(members.get(i).stream().mapToInt(Integer::intValue).toArray());
    }
    return new Folded(page, others, folded, nearly);
  }
}
