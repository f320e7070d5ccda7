package org.policysearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.corpus.Blocs;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.eval.TaggingEvaluation.Counts;
import org.policysearch.tagging.ChunkTagger;
import org.policysearch.tagging.CountryTagger;
import org.policysearch.tagging.SectorTagger;

/** Structure figures of the engine and the regex baseline on a small agreement written here. */
class StructureEvaluationTest {
  private static final String AGREEMENT =
      String.join(
          "\n",
          "AGREEMENT BETWEEN THE EUROPEAN ECONOMIC COMMUNITY",
          "AND THE REPUBLIC OF ICELAND",
          "",
          "THE EUROPEAN ECONOMIC COMMUNITY and THE REPUBLIC OF ICELAND,",
          "Recalling the Marrakesh Agreement of 15 April 1994,",
          "HAVE AGREED AS FOLLOWS:",
          "",
          "CHAPTER 1",
          "General Provisions",
          "",
          "ARTICLE 1: Objectives",
          "1. Without prejudice to the provisions of Article 30, after having",
          "consulted the other Party, each Party may act.",
          "",
          "ARTICLE 2: Entry into Force",
          "This Agreement enters into force on signature.",
          "",
          "Done at Brussels on 14 March 2005.",
          "",
          "For the European Economic Community",
          "For the Republic of Iceland",
          "");

  private static final StructureGold GOLD =
      new StructureGold(
          "a.txt",
          "2005-03-14",
          List.of("IS", "DE", "FR"),
          List.of(
              new StructureGold.Heading(
                  "chapter", 1, 8, List.of("CHAPTER 1", "General Provisions")),
              new StructureGold.Heading("article", 2, 11, List.of("ARTICLE 1: Objectives")),
              new StructureGold.Heading("article", 2, 15, List.of("ARTICLE 2: Entry into Force"))));

  @TempDir Path corpus;

  /** The agreement read as the indexer reads it, metadata inferred. */
  private SourceDocument read(String text) throws IOException {
    Files.writeString(corpus.resolve("a.txt"), text);
    CorpusReader reader = new CorpusReader();
    return reader.read(reader.list(corpus).get(0));
  }

  private StructureEvaluation evaluate() throws IOException {
    return evaluate(AGREEMENT);
  }

  private StructureEvaluation evaluate(String text) throws IOException {
    CountryTagger countries = new CountryTagger();
    StructureEvaluation evaluation = new StructureEvaluation(countries, Blocs.load());
    evaluation.add(
        GOLD,
        read(text),
        0,
        List.of(
            new EngineStructure(new ChunkTagger(countries, new SectorTagger())),
            new RegexStructure(countries)));
    return evaluation;
  }

  @Test
  void twoLineChapterIsFoundWhenItsNumberAndNameMakeOneEntry() throws IOException {
    StructureEvaluation evaluation = evaluate();
    assertEquals(new Counts(3, 0, 0), evaluation.figures("engine").headings());
    // The regex outline takes "CHAPTER 1" alone, which is not the known heading.
    assertEquals(new Counts(2, 1, 1), evaluation.figures("regex baseline").headings());
  }

  @Test
  void articleIsNestedRightWhenItsPathHoldsItsChapter() throws IOException {
    StructureEvaluation evaluation = evaluate();
    StructureEvaluation.Figures engine = evaluation.figures("engine");
    StructureEvaluation.Figures baseline = evaluation.figures("regex baseline");
    assertEquals(List.of(2, 2), List.of(engine.articlesPlaced(), engine.articlesInTheirChapter()));
    // The regex outline's chapter is "CHAPTER 1" without its name: not the known chapter.
    assertEquals(
        List.of(2, 0), List.of(baseline.articlesPlaced(), baseline.articlesInTheirChapter()));
  }

  @Test
  void euAnswerStandsForTheKnownMemberStates() throws IOException {
    // EEC is the EU, which stands for DE and FR; Iceland is named as a party.
    assertEquals(new Counts(3, 0, 0), evaluate().figures("engine").parties());
  }

  @Test
  void signingDateIsRightWhereTheFirstDateIsACitedOne() throws IOException {
    StructureEvaluation evaluation = evaluate();
    StructureEvaluation.Figures engine = evaluation.figures("engine");
    StructureEvaluation.Figures baseline = evaluation.figures("regex baseline");
    assertEquals(List.of(1, 1, 0), List.of(engine.dated(), engine.rightDate(), engine.wrongDate()));
    assertEquals(
        List.of(1, 0, 1), List.of(baseline.dated(), baseline.rightDate(), baseline.wrongDate()));
  }

  @Test
  void aDateKnownToItsYearIsPartlyRightWhenItIsTheKnownDatesYear() throws IOException {
    String blank = "Done at __________ this ____ day of __________ ";
    StructureEvaluation.Figures same =
        evaluate(AGREEMENT.replace("Done at Brussels on 14 March 2005", blank + "2005"))
            .figures("engine");
    assertEquals(
        List.of(1, 0, 1, 0),
        List.of(same.dated(), same.rightDate(), same.partialDate(), same.wrongDate()));
    StructureEvaluation.Figures other =
        evaluate(AGREEMENT.replace("Done at Brussels on 14 March 2005", blank + "2004"))
            .figures("engine");
    assertEquals(
        List.of(1, 0, 0, 1),
        List.of(other.dated(), other.rightDate(), other.partialDate(), other.wrongDate()));
  }

  @Test
  void structureFileIsReadLineByLine() throws IOException {
    Path file = corpus.resolve("dev.jsonl");
    Files.writeString(
        file,
        "{\"text_file\": \"a.txt\", \"date_signed\": \"2005-03-14\", \"parties\": [\"IS\"],"
            + " \"headings\": [{\"kind\": \"chapter\", \"level\": 1, \"line\": 8,"
            + " \"lines\": [\"CHAPTER 1\", \"General Provisions\"]}]}\n\n");
    StructureGold gold = StructureGold.read(file).get(0);
    assertEquals("a.txt", gold.file());
    assertEquals(List.of("CHAPTER 1", "General Provisions"), gold.headings().get(0).lines());
  }
}
