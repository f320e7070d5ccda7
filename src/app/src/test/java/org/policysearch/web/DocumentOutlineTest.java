package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.TestIndexes;

/**
 * {@code GET /api/documents/{id}/outline}: a document's sections in one answer, each pointing at
 * the chunk it starts with, however many pages the document's text takes.
 */
class DocumentOutlineTest {
  @TempDir static Path dir;
  private static Http http;

  /**
   * The seed corpus and a report of five numbered sections of 100 paragraphs each (506 chunks with
   * its title), some paragraphs mentioning a "lattice" survey: long enough that most sections lie
   * past the page's first 200 chunks.
   */
  static Map<String, String> corpusWithSectionedReport() throws IOException {
    Map<String, String> files = new HashMap<>();
    try (var seed = Files.list(TestIndexes.SEED_CORPUS)) {
      for (Path file : seed.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    files.put("sectioned-report.txt", sectionedReport());
    return files;
  }

  static final List<String> REPORT_SECTIONS =
      List.of(
          "I. Opening Provisions",
          "II. Research Security",
          "III. Quantum Networks",
          "IV. Shared Laboratories",
          "V. Final Provisions");

  /** Every 97th paragraph of the sectioned report cites the lattice survey. */
  static final int LATTICE_EVERY = 97;

  static String sectionedReport() {
    StringBuilder text = new StringBuilder("Long Report on Research Cooperation\n\n");
    int n = 0;
    for (String section : REPORT_SECTIONS) {
      text.append(section).append("\n\n");
      String name = section.substring(section.indexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
      for (int k = 0; k < 100; k++, n++) {
        text.append("Paragraph ")
            .append(n)
            .append(" of the section on ")
            .append(name)
            .append(" in research cooperation.")
            .append(n % LATTICE_EVERY == 0 ? " The lattice survey is cited here." : "")
            .append("\n\n");
      }
    }
    return text.toString();
  }

  @BeforeAll
  static void start() throws IOException {
    http = Http.serving(TestIndexes.ofFiles(dir, corpusWithSectionedReport()));
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  @Test
  void seedStatementListsItsSectionsInOrderNestedByDepth() throws Exception {
    JsonNode outline = http.json("/api/documents/" + TestIndexes.US_ROK + "/outline");

    List<String> entries = new ArrayList<>();
    for (JsonNode section : outline.get("sections")) {
      entries.add(section.get("depth").asInt() + " " + section.get("title").asText());
    }
    assertEquals(
        List.of(
            "1 I. Purpose",
            "1 II. Areas of Cooperation",
            "2 Accelerating AI Adoption and Innovation",
            "2 Trusted Technology Leadership",
            "3 Research Security",
            "3 Advanced Radio Access Networks and 6G",
            "3 Securing Pharmaceutical and Biotechnology Supply Chains",
            "3 Leading Quantum Innovation",
            "3 Basic Research and STEM Exchange",
            "3 Cooperating on Space Exploration",
            "1 III. Operation and Discontinuation"),
        entries);
    int last = -1;
    for (JsonNode section : outline.get("sections")) {
      int ordinal = section.get("ordinal").asInt();
      assertTrue(ordinal > last, "sections in document order: " + entries);
      last = ordinal;
    }
  }

  @Test
  void eachSectionStartsAtItsHeadingAndItsChunksSitUnderIt() throws Exception {
    JsonNode outline = http.json("/api/documents/" + TestIndexes.US_ROK + "/outline");
    JsonNode chunks = http.json("/api/documents/" + TestIndexes.US_ROK + "?size=500").get("chunks");

    for (JsonNode section : outline.get("sections")) {
      List<String> path = strings(section.get("path"));
      JsonNode first = chunks.get(section.get("ordinal").asInt());
      // A heading's path holds the headings above it; its text is the section's own heading.
      assertEquals("heading", first.get("kind").asText(), section.toString());
      List<String> headed = strings(first.get("sectionPath"));
      headed.add(first.get("text").asText());
      assertEquals(path, headed, section.toString());
      int ordinal = section.get("ordinal").asInt();
      for (int i = ordinal + 1; i < ordinal + section.get("chunks").asInt(); i++) {
        List<String> under = strings(chunks.get(i).get("sectionPath"));
        if (chunks.get(i).get("kind").asText().equals("heading")) {
          under.add(chunks.get(i).get("text").asText());
        }
        assertEquals(path, under.subList(0, Math.min(path.size(), under.size())), "chunk " + i);
      }
    }
  }

  @Test
  void longDocumentOutlineReachesSectionsPastTheFirstPage() throws Exception {
    JsonNode outline = http.json("/api/documents/sectioned-report/outline");

    assertEquals(506, outline.get("chunks").asInt());
    List<String> titles = new ArrayList<>();
    for (JsonNode section : outline.get("sections")) {
      titles.add(section.get("title").asText());
    }
    assertEquals(REPORT_SECTIONS, titles.subList(1, titles.size()));
    JsonNode last = outline.get("sections").get(titles.size() - 1);
    JsonNode heading =
        http.json("/api/documents/sectioned-report?size=1&from=" + last.get("ordinal").asInt())
            .get("chunks")
            .get(0);
    assertEquals("V. Final Provisions", heading.get("text").asText());
    assertTrue(last.get("ordinal").asInt() >= DocumentController.DEFAULT_SIZE);
  }

  @Test
  void unknownDocumentIsNotFound() throws Exception {
    HttpResponse<String> response = http.get("/api/documents/no-such-document/outline");

    assertEquals(404, response.statusCode());
    assertEquals("not_found", Http.parse(response.body()).get("error").asText());
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
