package org.policysearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Folds each result that reads the same as a better one (a template clause copied into many
 * agreements) into it, so that a page lists each text once and says where else it is: what every
 * engine does with the ranked window of a search before it reads the page's hits.
 */
public final class SameTextFolding {
  private SameTextFolding() {}

  /**
   * A page of folded results.
   *
   * @param page the ranks (in the window) of the page's results, the best of each text
   * @param others for each of them, the ranks of the worse results with the same text, in order
   * @param folded how many results ranked before the page's end were folded into a better one
   */
  public record Folded(int[] page, List<int[]> others, int folded) {

    /**
     * {@code hits}, the page's in order, each with the passages folded into it: {@code passage}
     * names the window's result at a rank.
     */
    public List<Hit> hits(List<Hit> hits, IntFunction<SameTextPassage> passage) {
      List<Hit> folded = new ArrayList<>(hits.size());
      for (int i = 0; i < hits.size(); i++) {
        folded.add(hits.get(i).folding(Arrays.stream(others.get(i)).mapToObj(passage).toList()));
      }
      return folded;
    }
  }

  /**
   * Folds a ranked window, {@code signatures} its results' text signatures in rank order, and keeps
   * results {@code from} to {@code to} (exclusive) of what is left.
   */
  public static Folded fold(long[] signatures, int from, int to) {
    Map<Long, Integer> groupOf = new HashMap<>();
    List<Integer> firsts = new ArrayList<>();
    List<List<Integer>> members = new ArrayList<>();
    int folded = 0;
    for (int rank = 0; rank < signatures.length; rank++) {
      Integer group = groupOf.get(signatures[rank]);
      boolean filled = firsts.size() >= to;
      if (group == null) {
        if (!filled) {
          groupOf.put(signatures[rank], firsts.size());
          firsts.add(rank);
          members.add(new ArrayList<>());
        }
      } else {
        members.get(group).add(rank);
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
    return new Folded(page, others, folded);
  }
}
