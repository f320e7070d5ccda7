package org.policysearch.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.policysearch.search.DocumentChunk;
import org.policysearch.search.DocumentView;
import org.policysearch.search.SearchService;
import org.policysearch.tagging.Commitment;

/**
 * Scores the commitment the index holds for each hand-labelled passage, and a baseline of one
 * keyword rule ("shall" → binding, else descriptive), per split and per source. A passage whose
 * text changed since it was labelled (its permalink's hash differs) or that the index no longer
 * holds is reported, not scored.
 *
 * @param scored the passages scored, in label order
 * @param changed chunk ids whose text changed since labelling
 * @param missing chunk ids of documents the index holds that it does not hold
 * @param elsewhere how many labelled passages are of documents the index does not hold at all (the
 *     labels of the other corpus: the seed corpus's when the index is ToTA's, and the reverse)
 */
public record CommitmentEvaluation(
    List<Scored> scored, List<String> changed, List<String> missing, int elsewhere) {
  private static final Pattern SHALL = Pattern.compile("\\bshall\\b", Pattern.CASE_INSENSITIVE);

  /** The splits and sources the report breaks the figures down by. */
  private static final List<String> SPLITS = List.of("dev", "test", "all");

  private static final List<String> SOURCES = List.of("all", "seed", "tota");

  /** One labelled passage with what the tagger (as indexed) and the baseline called it. */
  public record Scored(CommitmentLabel label, Commitment tagged, Commitment baseline) {}

  public CommitmentEvaluation {
    scored = List.copyOf(scored);
    changed = List.copyOf(changed);
    missing = List.copyOf(missing);
  }

  /** The baseline: a passage holding the word "shall" is binding, any other descriptive. */
  public static Commitment baseline(String text) {
    return SHALL.matcher(text).find() ? Commitment.BINDING : Commitment.DESCRIPTIVE;
  }

  /** Looks up every labelled passage in the index behind {@code service} and scores it. */
  public static CommitmentEvaluation run(List<CommitmentLabel> labels, SearchService service)
      throws IOException {
    Map<String, List<CommitmentLabel>> byDocument = new LinkedHashMap<>();
    labels.forEach(l -> byDocument.computeIfAbsent(l.documentId(), d -> new ArrayList<>()).add(l));
    List<Scored> scored = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int elsewhere = 0;
    for (Map.Entry<String, List<CommitmentLabel>> document : byDocument.entrySet()) {
      Optional<DocumentView> view = service.document(document.getKey(), null);
      if (view.isEmpty()) {
        elsewhere += document.getValue().size();
        continue;
      }
      Map<String, DocumentChunk> chunks = new LinkedHashMap<>();
      view.get().chunks().forEach(c -> chunks.put(c.chunkId(), c));
      for (CommitmentLabel label : document.getValue()) {
        DocumentChunk chunk = chunks.get(label.chunkId());
        if (chunk == null || chunk.commitment() == null) {
          missing.add(label.chunkId());
        } else if (!hash(chunk).equals(label.hash())) {
          changed.add(label.chunkId());
        } else {
          Commitment tagged = Commitment.resolve(chunk.commitment().code()).orElseThrow();
          // The text is HTML-escaped for display; escaping never touches the letters of "shall".
          scored.add(new Scored(label, tagged, baseline(chunk.text())));
        }
      }
    }
    return new CommitmentEvaluation(scored, changed, missing, elsewhere);
  }

  /** The scores of the tagger ({@code tagger} true) or the baseline on the passages {@code in}. */
  public CommitmentScores scores(boolean tagger, Predicate<CommitmentLabel> in) {
    CommitmentScores scores = new CommitmentScores();
    for (Scored s : scored) {
      if (in.test(s.label())) {
        scores.add(s.label().label(), tagger ? s.tagged() : s.baseline());
      }
    }
    return scores;
  }

  /** The passages of {@code split} ({@code all} for every one) and {@code source} (or all). */
  public static Predicate<CommitmentLabel> of(String split, String source) {
    return l ->
        (split.equals("all") || l.split().equals(split))
            && (source.equals("all") || l.source().equals(source));
  }

  /** The figures per split and source, tagger and baseline, then the tagger's test confusion. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    for (String split : SPLITS) {
      for (String source : SOURCES) {
        Predicate<CommitmentLabel> in = of(split, source);
        CommitmentScores tagger = scores(true, in);
        if (tagger.total() == 0) {
          continue;
        }
        out.append("split ").append(split).append(", source ").append(source).append('\n');
        out.append(" tagger\n").append(tagger.toText());
        out.append(" baseline (\"shall\" → binding)\n").append(scores(false, in).toText());
        out.append('\n');
      }
    }
    out.append("Tagger on the test split, labelled (rows) × tagged (columns)\n");
    out.append(scores(true, of("test", "all")).confusionText());
    if (!changed.isEmpty()) {
      out.append("Text changed since labelling (not scored): ").append(changed).append('\n');
    }
    if (!missing.isEmpty()) {
      out.append("Not in the index (not scored): ").append(missing).append('\n');
    }
    if (elsewhere > 0) {
      out.append(elsewhere).append(" labelled passages of documents not in this corpus.\n");
    }
    return out.toString();
  }

  /** One line per passage scored: chunk id, source, split, label, tagger's value, baseline's. */
  public List<String> details() {
    List<String> lines = new ArrayList<>();
    lines.add("chunkId\tsource\tsplit\tlabel\ttagged\tbaseline");
    for (Scored s : scored) {
      CommitmentLabel l = s.label();
      lines.add(
          String.join(
              "\t",
              l.chunkId(),
              l.source(),
              l.split(),
              l.label().code(),
              s.tagged().code(),
              s.baseline().code()));
    }
    return lines;
  }

  /** The 8 hex digits after {@code h=} in the chunk's permalink. */
  private static String hash(DocumentChunk chunk) {
    String permalink = chunk.permalink();
    return permalink.substring(permalink.lastIndexOf("h=") + 2);
  }
}
