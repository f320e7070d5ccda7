package org.policysearch.eval;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.policysearch.tagging.Commitment;

/**
 * Precision, recall and F1 per commitment value, accuracy and macro-F1 of one system on a set of
 * labelled passages, from its confusion matrix.
 */
public final class CommitmentScores {
  private final int[][] confusion = new int[3][3];
  private int total;

  /** Counts one passage labelled {@code gold} that the system called {@code found}. */
  public void add(Commitment gold, Commitment found) {
    confusion[gold.ordinal()][found.ordinal()]++;
    total++;
  }

  /** How many passages were scored. */
  public int total() {
    return total;
  }

  /** Passages labelled {@code gold} that the system called {@code found}. */
  public int count(Commitment gold, Commitment found) {
    return confusion[gold.ordinal()][found.ordinal()];
  }

  public double precision(Commitment value) {
    int found = 0;
    for (Commitment gold : Commitment.values()) {
      found += count(gold, value);
    }
    return found == 0 ? 0 : (double) count(value, value) / found;
  }

  public double recall(Commitment value) {
    int labelled = 0;
    for (Commitment found : Commitment.values()) {
      labelled += count(value, found);
    }
    return labelled == 0 ? 0 : (double) count(value, value) / labelled;
  }

  public double f1(Commitment value) {
    double p = precision(value);
    double r = recall(value);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The share of passages called what they were labelled. */
  public double accuracy() {
    int right = 0;
    for (Commitment value : Commitment.values()) {
      right += count(value, value);
    }
    return total == 0 ? 0 : (double) right / total;
  }

  /** The mean F1 of the three values, each weighing alike however rare. */
  public double macroF1() {
    double sum = 0;
    for (Commitment value : Commitment.values()) {
      sum += f1(value);
    }
    return sum / Commitment.values().length;
  }

  /** F1 per value. */
  public Map<Commitment, Double> f1s() {
    Map<Commitment, Double> f1s = new EnumMap<>(Commitment.class);
    for (Commitment value : Commitment.values()) {
      f1s.put(value, f1(value));
    }
    return f1s;
  }

  /** One line per value (P, R, F1, passages labelled), then accuracy and macro-F1. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(Locale.ROOT, "  %-12s %6s %6s %6s %5s%n", "value", "P", "R", "F1", "n"));
    for (Commitment value : Commitment.values()) {
      int labelled = 0;
      for (Commitment found : Commitment.values()) {
        labelled += count(value, found);
      }
      out.append(
          String.format(
              Locale.ROOT,
              "  %-12s %6.3f %6.3f %6.3f %5d%n",
              value.code(),
              precision(value),
              recall(value),
              f1(value),
              labelled));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "  accuracy %.3f  macro-F1 %.3f  (%d passages)%n",
            accuracy(),
            macroF1(),
            total));
    return out.toString();
  }

  /** The confusion matrix: a row per label, a column per value found. */
  public String confusionText() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "  %-18s", "labelled \\ tagged"));
    for (Commitment found : Commitment.values()) {
      out.append(String.format(Locale.ROOT, " %12s", found.code()));
    }
    out.append('\n');
    for (Commitment gold : Commitment.values()) {
      out.append(String.format(Locale.ROOT, "  %-18s", gold.code()));
      for (Commitment found : Commitment.values()) {
        out.append(String.format(Locale.ROOT, " %12d", count(gold, found)));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
