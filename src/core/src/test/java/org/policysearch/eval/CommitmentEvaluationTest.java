package org.policysearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.index.Indexer;
import org.policysearch.search.SearchService;
import org.policysearch.tagging.Commitment;

/**
 * Guards the commitment figures of docs/evaluation.md: the hand-labelled passages of
 * src/test/resources/eval/commitment-labels.tsv, on the seed corpus always and on ToTA when
 * ../shared/bench-corpus/tota is there. A floor is the figure measured minus 0.02, and the tagger
 * must stay above the one-keyword baseline; a labelled passage whose text changed fails the test,
 * since its label would then score another text.
 */
class CommitmentEvaluationTest {
  private static final Path LABELS =
      Path.of("src/core/src/test/resources/eval/commitment-labels.tsv");
  private static final Path TOTA = Path.of("../shared/bench-corpus/tota");

  @TempDir Path tmp;

  @Test
  void labelsCoverAtLeastThreeHundredPassagesOfBothCorporaInBothSplits() throws IOException {
    List<CommitmentLabel> labels = CommitmentLabels.read(LABELS);
    assertTrue(labels.size() >= 300, "labels: " + labels.size());
    assertEquals(
        Set.of("seed", "tota"),
        labels.stream().map(CommitmentLabel::source).collect(Collectors.toSet()));
    assertEquals(
        Set.of("dev", "test"),
        labels.stream().map(CommitmentLabel::split).collect(Collectors.toSet()));
  }

  @Test
  void seedFiguresStayAtTheirFloorsAboveTheBaseline() throws IOException {
    CommitmentEvaluation eval = evaluate(Path.of("corpus"), CorpusReader.Links.INSIDE_CORPUS);
    assertEquals(List.of(), eval.changed());
    assertEquals(List.of(), eval.missing());
    CommitmentScores tagger = eval.scores(true, CommitmentEvaluation.of("all", "seed"));
    CommitmentScores baseline = eval.scores(false, CommitmentEvaluation.of("all", "seed"));
    String figures = eval.toText();
    assertEquals(56, tagger.total(), figures);
    // The seed corpus has no binding passage: its F1 is 0 for both, and macro-F1 counts it so.
    assertTrue(tagger.f1(Commitment.INTENT) >= 0.667 - 0.02, figures);
    assertTrue(tagger.f1(Commitment.DESCRIPTIVE) >= 0.878 - 0.02, figures);
    assertTrue(tagger.accuracy() >= 0.821 - 0.02, figures);
    assertTrue(tagger.macroF1() >= 0.515 - 0.02, figures);
    assertTrue(tagger.macroF1() > baseline.macroF1(), figures);
    assertTrue(tagger.accuracy() > baseline.accuracy(), figures);
  }

  @Test
  void totaFiguresStayAtTheirFloorsAboveTheBaselineOnEveryValue() throws IOException {
    assumeTrue(Files.isDirectory(TOTA), "ToTA is not at " + TOTA.toAbsolutePath());
    List<CommitmentLabel> labels = CommitmentLabels.read(LABELS);
    Path view = Files.createDirectories(tmp.resolve("tota"));
    totaView(labels, view);
    CommitmentEvaluation eval = evaluate(view, CorpusReader.Links.FOLLOW);
    assertEquals(List.of(), eval.changed());
    assertEquals(List.of(), eval.missing());
    CommitmentScores all = eval.scores(true, CommitmentEvaluation.of("all", "tota"));
    CommitmentScores baseline = eval.scores(false, CommitmentEvaluation.of("all", "tota"));
    CommitmentScores test = eval.scores(true, CommitmentEvaluation.of("test", "tota"));
    String figures = eval.toText();
    assertEquals(260, all.total(), figures);
    assertTrue(all.f1(Commitment.BINDING) >= 0.935 - 0.02, figures);
    assertTrue(all.f1(Commitment.INTENT) >= 0.814 - 0.02, figures);
    assertTrue(all.f1(Commitment.DESCRIPTIVE) >= 0.949 - 0.02, figures);
    assertTrue(all.macroF1() >= 0.899 - 0.02, figures);
    assertTrue(test.macroF1() >= 0.866 - 0.02, figures);
    for (Commitment value : Commitment.values()) {
      assertTrue(all.f1(value) > baseline.f1(value), value + "\n" + figures);
    }
    assertTrue(all.macroF1() > baseline.macroF1(), figures);
  }

  private CommitmentEvaluation evaluate(Path corpus, CorpusReader.Links links) throws IOException {
    Engine engine = Engine.create();
    Path index = tmp.resolve("index");
    engine.index(corpus, links, index, Indexer.Progress.NONE);
    try (SearchService service = engine.searchService(index)) {
      return CommitmentEvaluation.run(CommitmentLabels.read(LABELS), service);
    }
  }

  /**
   * Links to the ToTA texts the labels draw from, beside a manifest of their metadata in our keys,
   * as {@code eval} and {@code bench} read ToTA ({@code bench.TotaCorpusView}, in the app module):
   * a chunk's id and text depend on its own document only, so the 52 labelled agreements give the
   * ids and hashes of the whole corpus in a fraction of the time.
   */
  private static void totaView(List<CommitmentLabel> labels, Path view) throws IOException {
    Set<String> files =
        labels.stream()
            .filter(l -> l.source().equals("tota"))
            .map(l -> l.documentId().replace('-', '_') + ".txt")
            .collect(Collectors.toSet());
    ObjectMapper json = new ObjectMapper();
    List<String> manifest = new ArrayList<>();
    for (String line : Files.readAllLines(TOTA.resolve("metadata.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode tota = json.readTree(line);
      String file = tota.path("text_file").asText();
      if (!files.contains(file)) {
        continue;
      }
      Files.createSymbolicLink(
          view.resolve(file), TOTA.resolve("docs").resolve(file).toAbsolutePath());
      ObjectNode row = json.createObjectNode();
      row.put("file", file);
      for (String key : List.of("title", "date")) {
        if (tota.hasNonNull(key)) {
          row.put(key, tota.get(key).asText());
        }
      }
      String type = tota.path("document_type").asText("");
      row.put("type", type.equals("trade_agreement") ? "agreement" : type);
      row.set("parties", tota.path("parties"));
      manifest.add(json.writeValueAsString(row));
    }
    assertEquals(files.size(), manifest.size(), "labelled ToTA documents found in metadata.jsonl");
    Files.write(view.resolve("manifest.jsonl"), manifest, StandardCharsets.UTF_8);
  }
}
