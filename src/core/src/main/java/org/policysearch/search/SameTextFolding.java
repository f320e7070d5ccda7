package org.policysearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.policysearch.index.TextCommitments;
import org.policysearch.index.TextSketches;

/**
 * Folds each result that reads the same as a better one (a template clause copied into many
 * agreements), or nearly the same (the clause with a word changed or a phrase added, committing
 * alike), into it, so that a page lists each text once and says where else it is: what every engine
 * does with the ranked window of a search before it reads the page's hits.
 */
public final class SameTextFolding {
  private SameTextFolding() {}

  /**
   * How many of the passages most like one are read to find its most similar texts: a template
   * sentence of trade agreements stands in a hundred of them, and a list of similar passages that
   * folds its copies needs more than its own length to show other wordings.
   */
  public static final int SIMILAR_WINDOW = 500;

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
   * How a ranked window's results are read for folding.
   *
   * @param keys the text each result is read as: the signature of its own text, or of the better
   *     text it nearly copies
   * @param reaching the results whose text, read so, can reach the page's end: its best result
   *     scores at least as high as the best of the page's last text's
   */
  public record Reading(long[] keys, BitSet reaching) {}

  /**
   * Reads a ranked window's results, given their text signatures, sketches ({@link TextSketches}),
   * commitment numbers ({@link TextCommitments}) and scores in any order: each is read as the first
   * better text (by its best score, then its signature) whose sketch nearly agrees with its own and
   * that commits alike, or as its own. Only the first {@code to} texts read as themselves take
   * others in: a text after them cannot reach the page, nor can its copies.
   */
  public static Reading read(
      long[] signatures, long[] sketches, long[] commitments, float[] scores, int to) {
    int n = signatures.length;
    // Best first, as (score, index) in one long: scores are never negative, so their bits order
    // them, and a primitive sort orders the window without boxing it.
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = ((long) ~Float.floatToIntBits(scores[i]) << 32) | i;
    }
    Arrays.sort(order);
    orderTiesBySignature(order, signatures);
    Map<Long, Integer> textOf = new HashMap<>();
    long[] keys = new long[n];
    BitSet reaching = new BitSet(n);
    long[] headSignatures = new long[Math.max(0, Math.min(to, n))];
    long[] headSketches = new long[headSignatures.length];
    long[] headCommitments = new long[headSignatures.length];
    int found = 0;
    int distinct = 0;
    float lowest = Float.NEGATIVE_INFINITY;
    for (long packed : order) {
      int i = (int) packed;
      Integer text = textOf.putIfAbsent(signatures[i], i);
      if (text != null) {
        keys[i] = keys[text];
        reaching.set(i, reaching.get(text));
        continue;
      }
      long key = signatures[i];
      boolean copies = false;
      for (int head = 0; head < found && !copies; head++) {
        // "May" for "shall" or an added "not" leaves the sketch nearly the same, but a reader of
        // obligations would be misled by the variant folded under the text as a copy of it.
        if (TextSketches.nearlySame(sketches[i], headSketches[head])
            && commitments[i] == headCommitments[head]) {
          key = headSignatures[head];
          copies = true;
        }
      }
      keys[i] = key;
      if (copies) {
        reaching.set(i); // a head reaches the page, and its copies with it
      } else {
        if (found < headSignatures.length) {
          headSignatures[found] = key;
          headSketches[found] = sketches[i];
          headCommitments[found++] = commitments[i];
        }
        // The to-th text read as itself is the page's last; a text tied with it may be it too.
        if (++distinct <= to) {
          lowest = scores[i];
          reaching.set(i);
        } else {
          reaching.set(i, scores[i] >= lowest);
        }
      }
    }
    return new Reading(keys, reaching);
  }

  /**
   * Puts the results of {@code order} (score bits and index packed as {@link #read} packs them)
   * that tie on score in the order of their signatures, which every engine reads alike.
   */
  private static void orderTiesBySignature(long[] order, long[] signatures) {
    for (int start = 0, end; start < order.length; start = end) {
      end = start + 1;
      while (end < order.length && order[end] >>> 32 == order[start] >>> 32) {
        end++;
      }
      if (end - start > 1) {
        Long[] tied = Arrays.stream(order, start, end).boxed().toArray(Long[]::new);
        Arrays.sort(tied, Comparator.comparingLong(o -> signatures[(int) (long) o]));
        for (int i = start; i < end; i++) {
          order[i] = tied[i - start];
        }
      }
    }
  }

  /**
   * Folds a list of passages ranked best first (similar passages), given their text signatures,
   * sketches, commitment numbers and scores as {@link #read} takes them, keeping the first {@code
   * size} texts: what a search's window is folded by, without its rescoring.
   */
  public static Folded ranked(
      long[] signatures, long[] sketches, long[] commitments, float[] scores, int size) {
    long[] keys = read(signatures, sketches, commitments, scores, size).keys();
    return fold(keys, signatures, 0, size);
  }

  /**
   * Folds a ranked window, {@code keys} the texts its results are read as ({@link #read}) and
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
