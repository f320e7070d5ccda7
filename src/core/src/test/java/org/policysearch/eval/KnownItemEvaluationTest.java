package org.policysearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.index.Indexer;
import org.policysearch.search.SearchService;
import org.policysearch.tagging.CountryTagger;

class KnownItemEvaluationTest {
  private static final double EPS = 1e-9;
  private static final CountryTagger COUNTRIES = new CountryTagger();

  @TempDir Path corpus;
  @TempDir Path indexDir;

  private static final String METADATA =
      """
      {"id": "a", "text_file": "fta_1.txt", "title": "Norway - Chile", \
      "wto_type": "Free Trade Agreement & Economic Integration Agreement", "language": "en", \
      "parties": ["NO", "CL"]}
      {"id": "b", "text_file": "fta_2.txt", "title": "Kenya - Peru", \
      "wto_type": "Customs Union", "language": "en", "parties": ["KE", "PE"]}
      {"id": "c", "text_file": "fta_3.txt", "title": "Korea, Republic of - Peru", \
      "wto_type": "Partial Scope Agreement", "language": "en", "parties": ["KR", "PE"]}
      {"id": "d", "text_file": "fta_4.txt", "title": "Chili - Norvège", \
      "wto_type": "Free Trade Agreement", "language": "fr", "parties": ["CL", "NO"]}
      """;

  private List<KnownItem> items() throws IOException {
    Path metadata = corpus.resolve("metadata.jsonl");
    Files.writeString(metadata, METADATA);
    return KnownItem.read(metadata, "en", COUNTRIES::label);
  }

  @Test
  void queryNamesThePartiesAndTheFirstKindOfEachEnglishAgreement() throws IOException {
    assertEquals(
        List.of(
            new KnownItem("fta_1.txt", "fta-1", "Norway Chile free trade agreement"),
            new KnownItem("fta_2.txt", "fta-2", "Kenya Peru customs union"),
            new KnownItem("fta_3.txt", "fta-3", "South Korea Peru partial scope agreement")),
        items());
  }

  @Test
  void manyPartiesAreNamedByTheTitleWithTheKindWordsItLacks() {
    assertEquals(
        "Andean Trade Area ATA 2004 free agreement",
        KnownItem.query(
            "Andean Trade Area (ATA) 2004",
            "Free Trade Agreement",
            List.of("BO", "CO", "EC", "PE"),
            COUNTRIES::label));
    assertEquals(
        "EU Chile free trade agreement",
        KnownItem.query(
            "EU - Chile",
            "Free Trade Agreement",
            List.of("BE", "DE", "FR", "CL"),
            COUNTRIES::label));
  }

  @Test
  void reciprocalRankCountsOnlyTheTopTenDocuments() {
    List<String> eleven = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
    assertEquals(1, KnownItemEvaluation.rankOf("a", eleven));
    assertEquals(10, KnownItemEvaluation.rankOf("j", eleven));
    assertEquals(0, KnownItemEvaluation.rankOf("k", eleven));
    assertEquals(0, KnownItemEvaluation.rankOf("z", List.of()));

    KnownItemEvaluation.Scores s = KnownItemEvaluation.scoresOf(List.of(1, 2, 0, 10));
    assertEquals(4, s.queries());
    assertEquals((1 + 0.5 + 0 + 0.1) / 4, s.mrr10(), EPS);
    assertEquals(0.25, s.success1(), EPS);
    assertEquals(0.75, s.success10(), EPS);
  }

  @Test
  void eachAgreementIsFoundFirstByItsRememberedQueryWithoutItsCatalogueLines() throws IOException {
    write(
        "fta_1.txt",
        "Norway - Chile",
        "Free Trade Agreement",
        "FREE TRADE AGREEMENT BETWEEN THE KINGDOM OF NORWAY AND THE REPUBLIC OF CHILE",
        "Article 1",
        "Norway and Chile hereby establish a free trade area for goods and services.");
    write(
        "fta_2.txt",
        "Kenya - Peru",
        "Customs Union",
        "TREATY ESTABLISHING A CUSTOMS UNION BETWEEN KENYA AND PERU",
        "Article 1",
        "Kenya and Peru shall apply a common external tariff within the customs union.");
    write(
        "fta_3.txt",
        "Zanzibar catalogue heading",
        "Partial Scope Agreement",
        "PARTIAL SCOPE AGREEMENT BETWEEN THE REPUBLIC OF KOREA AND PERU",
        "Article 1",
        "South Korea and Peru grant each other tariff preferences under this partial scope"
            + " agreement on the products listed in Annex I.");
    List<KnownItem> items = items();
    Path cut = CutCorpus.copy(corpus, items.stream().map(KnownItem::file).toList(), 2);
    try {
      Engine engine = Engine.create();
      engine.index(cut, indexDir, Indexer.Progress.NONE);
      try (SearchService service = engine.searchService(indexDir);
          BaselineRanker baseline = new BaselineRanker(indexDir, engine.labels())) {
        EngineRanker ranker = new EngineRanker(service);
        assertEquals(List.of(), ranker.rankDocuments("Zanzibar", 10));

        KnownItemEvaluation evaluation = KnownItemEvaluation.run(items, List.of(ranker, baseline));
        assertEquals(
            Map.of(
                "engine", new KnownItemEvaluation.Scores(3, 1, 1, 1),
                "bm25", new KnownItemEvaluation.Scores(3, 1, 1, 1)),
            evaluation.scores());
        assertTrue(
            evaluation.details().contains("engine\tfta-2\t1\tKenya Peru customs union\tfta-2"),
            String.join("\n", evaluation.details()));
      }
    } finally {
      CutCorpus.delete(cut);
    }
  }

  private void write(String file, String... lines) throws IOException {
    Files.write(corpus.resolve(file), List.of(lines));
  }
}
