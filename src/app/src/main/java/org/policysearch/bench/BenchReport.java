package org.policysearch.bench;

import java.util.Locale;
import java.util.Map;
import org.policysearch.corpus.PrintableText;
import org.policysearch.index.IndexSummary;

/** The plain-text report of one benchmark run: every figure from that run, nothing else. */
public final class BenchReport {
  private static final double MB = 1024.0 * 1024.0;

  private final StringBuilder out = new StringBuilder();

  private BenchReport() {}

  /** The report of the run described by {@code setting} (machine, JVM, corpus, command). */
  public static String text(Map<String, String> setting, IndexFigures index, SearchFigures search) {
    BenchReport report = new BenchReport();
    report.setting(setting);
    report.indexing(index);
    report.searching(search);
    return report.out.toString();
  }

  private void setting(Map<String, String> setting) {
    line("policy-search benchmark");
    setting.forEach((key, value) -> line("  %-22s %s", key + ":", value));
  }

  private void indexing(IndexFigures f) {
    IndexSummary full = f.full();
    line("");
    line("Indexing");
    line(
        "  full index:            %d documents, %.1f MB, %d chunks in %.1f s",
        full.documents(), f.corpusBytes() / MB, full.chunks(), full.seconds());
    line(
        "  throughput:            %.1f documents/s, %.2f MB/s, %.0f chunks/s",
        full.documents() / full.seconds(),
        f.corpusBytes() / MB / full.seconds(),
        full.chunks() / full.seconds());
    line(
        "  process CPU:           %.1f s (%.2f cores busy on average over the run)",
        f.fullCpuSeconds(), f.fullCpuSeconds() / full.seconds());
    IndexSummary again = f.again();
    line(
        "  no-change re-index:    %.2f s (%d unchanged, %d re-indexed), %.1f%% of the full run",
        again.seconds(),
        again.unchanged(),
        again.added() + again.updated() + again.deleted(),
        100 * again.seconds() / full.seconds());
    line(
        "  index on disk:         %.1f MB (%.2f x the corpus), %d segments",
        f.indexBytes() / MB, (double) f.indexBytes() / f.corpusBytes(), f.segments());
    line(
        "  heap:                  %.0f MB in use after indexing (after GC), peak <= %.0f MB (sum of"
            + " pool peaks), limit %.0f MB",
        f.heapAfterBytes() / MB, f.heapPeakBytes() / MB, f.maxHeapBytes() / MB);
    raw(f);
    ChunkSizes c = f.chunks();
    line(
        "  chunk words:           median %d, p99 %d, max %d (%s); %d chunks over 1000 words",
        c.median(), c.p99(), c.max(), c.longestId(), c.over1000());
    line("  skipped files:         %d", full.skipped().size());
    full.skipped().forEach(s -> line("    %s", s.printable()));
    line("  warnings:              %d", full.warnings().size());
    full.warnings().stream().limit(10).forEach(w -> line("    %s", PrintableText.escaped(w)));
  }

  /** Raw Lucene on the same chunk texts and threads, and where policy-search stands to it. */
  private void raw(IndexFigures f) {
    RawLuceneIndexing.Figures raw = f.raw();
    IndexSummary full = f.full();
    double textMb = raw.textBytes() / MB;
    line("  threads:               %d (policy-search and raw Lucene alike)", f.threads());
    line(
        "  raw Lucene:            %d chunks (%.1f MB of chunk text) in %.1f s: %.2f MB/s of text,"
            + " %.0f chunks/s",
        raw.chunks(), textMb, raw.seconds(), textMb / raw.seconds(), raw.chunks() / raw.seconds());
    line(
        "  raw Lucene index:      %.1f MB, %d segments (StandardAnalyzer, stored text + id)",
        raw.indexBytes() / MB, raw.segments());
    line(
        "  policy-search / raw:   %.2f x raw's chunks/s (%.2f MB/s of chunk text against %.2f),"
            + " index %.2f x raw's size",
        (full.chunks() / full.seconds()) / (raw.chunks() / raw.seconds()),
        textMb / full.seconds(),
        textMb / raw.seconds(),
        (double) f.indexBytes() / raw.indexBytes());
    IndexingRounds warm = f.warm();
    if (!warm.isEmpty()) {
      line(
          "  later runs:            %d of each, alternated: policy-search %.1f s (CPU %.1f s), raw"
              + " Lucene %.1f s (medians)",
          warm.runs().size(),
          warm.medianSeconds(),
          warm.medianCpuSeconds(),
          warm.medianRawSeconds());
      line(
          "  policy-search / raw:   %.2f x raw's chunks/s with the JIT warm (median of the runs'"
              + " ratios; %.2f to %.2f)",
          warm.medianRatio(), warm.lowestRatio(), warm.highestRatio());
    }
  }

  private void searching(SearchFigures f) {
    line("");
    line("Search latency (ms; first page of 10 with facets, via SearchService)");
    line("  first search on a cold index: %.1f ms", f.firstMillis());
    line("  %d measured rounds after 1 warm-up round", f.rounds());
    line("");
    line(
        "  %-10s %6s %8s %8s %8s %8s %10s %8s",
        "kind", "n", "median", "p90", "p99", "max", "cpu med", "cpu p90");
    for (String kind : f.byKind().keys()) {
      summary(kind, f.byKind().summary(kind), f.byKindCpu().summary(kind));
    }
    summary("overall", f.byKind().overall(), f.byKindCpu().overall());
    line("");
    line("  per query: median ms, total hits");
    for (Map.Entry<String, SearchFigures.Outcome> e : f.outcomes().entrySet()) {
      SearchFigures.Outcome o = e.getValue();
      if (o.error() != null) {
        line("  %8s  %-60s refused: %s", "-", e.getKey(), o.error());
      } else {
        line(
            "  %8.1f  %-60s %d%s",
            f.byQuery().summary(e.getKey()).median(),
            e.getKey(),
            o.total(),
            o.relaxed() ? " (relaxed: some words)" : "");
      }
    }
  }

  private void summary(String label, Latencies.Summary s, Latencies.Summary cpu) {
    line(
        "  %-10s %6d %8.1f %8.1f %8.1f %8.1f %10.1f %8.1f",
        label, s.count(), s.median(), s.p90(), s.p99(), s.max(), cpu.median(), cpu.p90());
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
