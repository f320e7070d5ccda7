package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotaCorpusViewTest {
  @Test
  void linksTextsAndWritesTheMetadataAsOurManifest(@TempDir Path tmp) throws Exception {
    Path source = Files.createDirectories(tmp.resolve("tota"));
    Files.createDirectories(source.resolve("docs"));
    Files.writeString(source.resolve("docs/pta_1.txt"), "Alpha - Beta\nArticle 1\nText.\n");
    Files.writeString(
        source.resolve("metadata.jsonl"),
        "{\"id\": \"tota-pta_1\", \"text_file\": \"pta_1.txt\", \"title\": \"Alpha - Beta\","
            + " \"date\": \"2007-04-03\", \"document_type\": \"trade_agreement\","
            + " \"language\": \"en\", \"parties\": [\"JP\", \"TH\"]}\n");
    Path view = Files.createDirectories(tmp.resolve("view"));

    assertTrue(TotaCorpusView.applies(source));
    assertEquals(1, TotaCorpusView.create(source, view));

    assertTrue(Files.isSymbolicLink(view.resolve("pta_1.txt")));
    assertEquals(
        List.of(
            "{\"file\":\"pta_1.txt\",\"title\":\"Alpha - Beta\",\"date\":\"2007-04-03\","
                + "\"type\":\"agreement\",\"parties\":[\"JP\",\"TH\"]}"),
        Files.readAllLines(view.resolve("manifest.jsonl")));
    assertFalse(TotaCorpusView.applies(view));
  }

  @Test
  void copiesMakeEachTextSeveralDocumentsWithTheSameMetadata(@TempDir Path tmp) throws Exception {
    Path source = Files.createDirectories(tmp.resolve("tota"));
    Files.createDirectories(source.resolve("docs"));
    Files.writeString(source.resolve("docs/pta_1.txt"), "Alpha - Beta\nArticle 1\nText.\n");
    Files.writeString(
        source.resolve("metadata.jsonl"),
        "{\"text_file\": \"pta_1.txt\", \"title\": \"Alpha - Beta\", \"parties\": [\"JP\"]}\n");
    Path view = Files.createDirectories(tmp.resolve("view"));

    assertEquals(3, TotaCorpusView.create(source, view, 3));

    for (String name : List.of("pta_1.txt", "pta_1-copy2.txt", "pta_1-copy3.txt")) {
      assertEquals(
          source.resolve("docs/pta_1.txt").toAbsolutePath(),
          Files.readSymbolicLink(view.resolve(name)));
    }
    assertEquals(
        List.of(
            "{\"file\":\"pta_1.txt\",\"title\":\"Alpha - Beta\",\"type\":\"\",\"parties\":[\"JP\"]}",
            "{\"file\":\"pta_1-copy2.txt\",\"title\":\"Alpha - Beta (copy 2)\",\"type\":\"\","
                + "\"parties\":[\"JP\"]}",
            "{\"file\":\"pta_1-copy3.txt\",\"title\":\"Alpha - Beta (copy 3)\",\"type\":\"\","
                + "\"parties\":[\"JP\"]}"),
        Files.readAllLines(view.resolve("manifest.jsonl")));
  }
}
