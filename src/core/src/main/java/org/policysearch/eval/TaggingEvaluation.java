package org.policysearch.eval;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.policysearch.search.DocumentChunk;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.Label;
import org.policysearch.search.SearchService;

/**
 * Compares the tags the index holds with hand-labelled gold: per value ({@code country:KR}) and
 * micro-averaged over all values and per facet.
 *
 * @param counts per qualified value, its true positives, false positives and false negatives
 * @param unlabelled chunks in the index that the gold file does not label (not scored)
 * @param missing chunks the gold file labels that the index does not hold (scored as untagged)
 */
public record TaggingEvaluation(
    Map<String, Counts> counts, List<String> unlabelled, List<String> missing) {

  /** True positives, false positives and false negatives of one value or a sum of values. */
  public record Counts(int tp, int fp, int fn) {
    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The tags of every chunk in the index behind {@code service}, by chunk id. */
  public static Map<String, ChunkLabels> indexed(SearchService service) throws IOException {
    Map<String, ChunkLabels> tags = new LinkedHashMap<>();
    for (DocumentSummary document : service.documents()) {
      for (DocumentChunk chunk : service.document(document.id(), null).orElseThrow().chunks()) {
        tags.put(
            chunk.chunkId(), new ChunkLabels(codes(chunk.countries()), codes(chunk.sectors())));
      }
    }
    return tags;
  }

  /** Scores {@code tagged} against {@code gold}. */
  public static TaggingEvaluation compare(
      Map<String, ChunkLabels> gold, Map<String, ChunkLabels> tagged) {
    Map<String, Counts> counts = new TreeMap<>();
    ChunkLabels none = new ChunkLabels(Set.of(), Set.of());
    for (Map.Entry<String, ChunkLabels> entry : gold.entrySet()) {
      Set<String> truth = entry.getValue().qualified();
      Set<String> found =
          entry.getValue().judgedAs(tagged.getOrDefault(entry.getKey(), none)).qualified();
      Set<String> values = new TreeSet<>(truth);
      values.addAll(found);
      for (String value : values) {
        Counts c =
            new Counts(
                truth.contains(value) && found.contains(value) ? 1 : 0,
                found.contains(value) && !truth.contains(value) ? 1 : 0,
                truth.contains(value) && !found.contains(value) ? 1 : 0);
        counts.merge(value, c, Counts::plus);
      }
    }
    List<String> unlabelled =
        tagged.keySet().stream().filter(id -> !gold.containsKey(id)).sorted().toList();
    List<String> missing =
        gold.keySet().stream().filter(id -> !tagged.containsKey(id)).sorted().toList();
    return new TaggingEvaluation(counts, unlabelled, missing);
  }

  /** The sum of the counts of every value whose name starts with {@code prefix} ("" for all). */
  public Counts micro(String prefix) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .map(Map.Entry::getValue)
        .reduce(new Counts(0, 0, 0), Counts::plus);
  }

  /** A table: one line per value, then micro-averages per facet and overall. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(row("value", "tp", "fp", "fn", "P", "R", "F1"));
    counts.forEach((value, c) -> out.append(row(value, c)));
    out.append(System.lineSeparator());
    out.append(row("micro country:*", micro("country:")));
    out.append(row("micro sector:*", micro("sector:")));
    out.append(row("micro all", micro("")));
    if (!unlabelled.isEmpty()) {
      // A sample of a large archive leaves most chunks unlabelled: name a few, count the rest.
      out.append("Not in the gold file (not scored): ").append(some(unlabelled)).append('\n');
    }
    if (!missing.isEmpty()) {
      out.append("In the gold file but not in the index: ").append(some(missing)).append('\n');
    }
    return out.toString();
  }

  private static String row(String value, Counts c) {
    return String.format(
        Locale.ROOT,
        "%-28s %4d %4d %4d %6.3f %6.3f %6.3f%n",
        value,
        c.tp(),
        c.fp(),
        c.fn(),
        c.precision(),
        c.recall(),
        c.f1());
  }

  private static String row(String... cols) {
    return String.format(Locale.ROOT, "%-28s %4s %4s %4s %6s %6s %6s%n", (Object[]) cols);
  }

  private static Set<String> codes(List<Label> labels) {
    Set<String> codes = new TreeSet<>();
    labels.forEach(l -> codes.add(l.code()));
    return codes;
  }

  private static String some(List<String> ids) {
    int shown = 10;
    return ids.size() <= shown
        ? ids.toString()
        : ids.subList(0, shown) + " and " + (ids.size() - shown) + " more";
  }
}
