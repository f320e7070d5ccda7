package org.policysearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.tagging.Sector;
import org.policysearch.tagging.SectorTaxonomy;

class TaggingEvaluationTest {

  @Test
  void goldLinesReadCommaListsAndDashForNone() {
    Map<String, ChunkLabels> gold =
        TaggingGold.parse(List.of("# c", "d:0\tKR,IT\tai, semiconductors", "d:1\tUS\t-"), "g");
    assertEquals(
        Map.of(
            "d:0", new ChunkLabels(Set.of("IT", "KR"), Set.of("ai", "semiconductors")),
            "d:1", new ChunkLabels(Set.of("US"), Set.of())),
        gold);
  }

  @Test
  void countsPerValueAndMicroAverage() {
    Map<String, ChunkLabels> gold =
        Map.of(
            "d:0", new ChunkLabels(Set.of("KR"), Set.of("ai", "space")),
            "d:1", new ChunkLabels(Set.of("KR"), Set.of()));
    Map<String, ChunkLabels> tagged =
        Map.of(
            "d:0", new ChunkLabels(Set.of("KR"), Set.of("ai")),
            "d:1", new ChunkLabels(Set.of("KR", "JP"), Set.of("ai")));
    TaggingEvaluation e = TaggingEvaluation.compare(gold, tagged);
    assertEquals(new TaggingEvaluation.Counts(1, 1, 0), e.counts().get("sector:ai"));
    assertEquals(new TaggingEvaluation.Counts(0, 0, 1), e.counts().get("sector:space"));
    assertEquals(new TaggingEvaluation.Counts(0, 1, 0), e.counts().get("country:JP"));
    TaggingEvaluation.Counts all = e.micro("");
    assertEquals(new TaggingEvaluation.Counts(3, 2, 1), all);
    assertEquals(3.0 / 5, all.precision(), 1e-9);
    assertEquals(3.0 / 4, all.recall(), 1e-9);
    assertEquals(2 * 0.6 * 0.75 / 1.35, all.f1(), 1e-9);
  }

  @Test
  void aSampleLabelledForItsSectorsOnlyScoresNoCountry() {
    Map<String, ChunkLabels> gold = TaggingGold.parse(List.of("d:0\t?\ttrade", "d:1\tKR\t-"), "g");
    Map<String, ChunkLabels> tagged =
        Map.of(
            "d:0", new ChunkLabels(Set.of("JP"), Set.of("trade", "quantum")),
            "d:1", new ChunkLabels(Set.of("KR", "JP"), Set.of()));
    TaggingEvaluation e = TaggingEvaluation.compare(gold, tagged);
    assertEquals(new TaggingEvaluation.Counts(1, 1, 0), e.micro("country:"));
    assertEquals(new TaggingEvaluation.Counts(1, 1, 0), e.micro("sector:"));
    assertEquals(new TaggingEvaluation.Counts(0, 1, 0), e.counts().get("sector:quantum"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "test", "changed"})
  void theToTaSectorSamplesJudgeSectorsOnlyWithKnownIds(String sample) throws IOException {
    Map<String, ChunkLabels> gold =
        TaggingGold.read(
            Path.of("src/core/src/test/resources/eval/tota-sectors-" + sample + ".tsv"));
    Set<String> known =
        SectorTaxonomy.load().sectors().stream().map(Sector::id).collect(Collectors.toSet());
    assertTrue(gold.size() >= 100, sample + " holds " + gold.size() + " passages");
    gold.forEach(
        (chunkId, labels) -> {
          assertFalse(labels.countriesJudged(), chunkId);
          assertTrue(known.containsAll(labels.sectors()), chunkId + " " + labels.sectors());
        });
  }

  @Test
  void chunkMissingFromIndexCountsAsUntaggedAndExtraChunkIsReported() {
    Map<String, ChunkLabels> gold = Map.of("d:0", new ChunkLabels(Set.of("KR"), Set.of()));
    Map<String, ChunkLabels> tagged = Map.of("d:9", new ChunkLabels(Set.of("KR"), Set.of()));
    TaggingEvaluation e = TaggingEvaluation.compare(gold, tagged);
    assertEquals(new TaggingEvaluation.Counts(0, 0, 1), e.micro("country:"));
    assertEquals(List.of("d:0"), e.missing());
    assertEquals(List.of("d:9"), e.unlabelled());
  }
}
