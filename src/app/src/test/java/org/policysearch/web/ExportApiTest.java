package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/**
 * {@code /api/export} streams a whole result set as CSV, JSON Lines, BibTeX or RIS, each read back
 * by a real parser; {@code /api/cite/{chunkId}} cites one passage in the same formats.
 */
class ExportApiTest {
  @TempDir static Path dir;
  private static Http http;
  private static SearchService service;

  @BeforeAll
  static void start() throws IOException {
    // The seed corpus and a report of 500 paragraphs: more results than a page of 100 holds.
    Map<String, String> files = new HashMap<>();
    try (Stream<Path> seeds = Files.list(TestIndexes.SEED_CORPUS)) {
      for (Path seed : seeds.toList()) {
        files.put(seed.getFileName().toString(), Files.readString(seed));
      }
    }
    files.put("long-report.txt", DocumentPagingTest.longReport());
    // Rules of origin as agreements print them: lines a spreadsheet would take for formulas.
    files.put(
        "rules-of-origin.txt",
        "Rules of Origin of Yaoundé\n\n"
            + "The regional value content of a good is worked out as follows:\n\n"
            + "= (F.O.B. value of originating materials) x 100 F.O.B.\n\n"
            + "+ Direct Overhead Cost + Profit of the originating producer\n\n"
            + "@SUM(originating materials) counted once\n");
    service = TestIndexes.ofFiles(dir, files);
    http = Http.serving(service);
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  @Test
  void csvExportHoldsEveryResultBestFirstAsTheSearchRanksThem() throws Exception {
    List<Map<String, String>> rows = csv(http.get("/api/export?format=csv&q=korea+technology"));
    JsonNode page = http.json("/api/search?q=korea+technology&size=10");

    assertEquals(page.get("total").asInt(), rows.size());
    List<String> firstTen = rows.stream().limit(10).map(r -> r.get("chunk_id")).toList();
    List<String> hits = new ArrayList<>();
    page.get("hits").forEach(h -> hits.add(h.get("chunkId").asText()));
    assertEquals(hits, firstTen);
    assertEquals(CsvRows.COLUMNS, List.copyOf(rows.get(0).keySet()));
  }

  @Test
  void exportIsNotCappedAtAPageAndItsTextIsPlain() throws Exception {
    List<Map<String, String>> rows = csv(http.get("/api/export?format=csv&q=quantum+research"));

    assertEquals(
        500, rows.stream().filter(r -> r.get("document_id").equals("long-report")).count());
    Map<String, String> row = rows.get(0);
    assertFalse(row.get("text").contains("<mark>"), row.get("text"));
    assertTrue(row.get("text").toLowerCase(Locale.ROOT).contains("quantum"), row.get("text"));
    assertTrue(
        row.get("permalink").startsWith("http://127.0.0.1:" + http.port() + "/?doc="),
        row.get("permalink"));
  }

  @Test
  void csvRowCarriesTheDocumentsMetadata() throws Exception {
    Map<String, String> row =
        csv(http.get("/api/export?format=csv&q=%22quantum+innovation%22")).get(0);

    assertEquals("us-rok-technology-prosperity-deal", row.get("document_id"));
    assertEquals("Joint statement", row.get("type"));
    assertEquals("2025-10-29", row.get("date"));
    assertEquals("United States; South Korea", row.get("parties"));
    assertTrue(row.get("section_path").contains(" › "), row.get("section_path"));
    assertTrue(row.get("sectors").contains("Quantum technologies"), row.get("sectors"));
  }

  @Test
  void groupedExportHasOneRowPerDocument() throws Exception {
    List<Map<String, String>> rows =
        csv(http.get("/api/export?format=csv&q=quantum&group=document"));
    JsonNode documents = http.json("/api/search?q=quantum&group=document");

    assertEquals(documents.get("total").asInt(), rows.size());
    assertEquals(rows.size(), rows.stream().map(r -> r.get("document_id")).distinct().count());
    Map<String, String> report =
        rows.stream().filter(r -> r.get("document_id").equals("long-report")).findFirst().get();
    assertEquals("500", report.get("matching_passages"));
  }

  @Test
  void filtersAndDatesNarrowTheExportAsTheyNarrowTheSearch() throws Exception {
    List<Map<String, String>> korea = csv(http.get("/api/export?format=csv&country=IT"));
    assertEquals(http.json("/api/search?country=IT").get("total").asInt(), korea.size());
    assertTrue(korea.stream().allMatch(r -> r.get("countries").contains("Italy")));
    List<Map<String, String>> dated = csv(http.get("/api/export?format=csv&from=2025-10"));
    assertFalse(dated.isEmpty());
    assertTrue(dated.stream().allMatch(r -> r.get("date").compareTo("2025-10") >= 0));
  }

  @Test
  void aSearchNoPassageAnswersWithEveryWordExportsThoseWithSomeOfThem() throws Exception {
    JsonNode relaxed = http.json("/api/search?q=semiconductors+fisheries");
    assertTrue(relaxed.get("relaxed").asBoolean());
    List<Map<String, String>> rows =
        csv(http.get("/api/export?format=csv&q=semiconductors+fisheries"));
    assertEquals(relaxed.get("total").asInt(), rows.size());
    assertEquals(relaxed.at("/hits/0/chunkId").asText(), rows.get(0).get("chunk_id"));
  }

  @Test
  void jsonLinesExportHasOneObjectALine() throws Exception {
    HttpResponse<String> response = http.get("/api/export?format=jsonl&q=semiconductors");
    List<String> lines = response.body().lines().toList();
    assertTrue(response.body().endsWith("}\n"), "every line ends with a line break");

    assertEquals("application/x-ndjson; charset=utf-8", contentType(response));
    assertEquals(http.json("/api/search?q=semiconductors").get("total").asInt(), lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertTrue(first.get("permalink").asText().contains("&h="));
    assertTrue(first.get("sectionPath").isArray());
    assertTrue(first.get("parties").isArray());
  }

  @Test
  void bibTexExportReadsBackWithABibTeXParser() throws Exception {
    HttpResponse<String> response = http.get("/api/export?format=bibtex&q=semiconductors");
    BibTeXDatabase database = new BibTeXParser().parse(new StringReader(response.body()));
    int total = http.json("/api/search?q=semiconductors").get("total").asInt();

    assertEquals(total, database.getEntries().size());
    BibTeXEntry entry = database.getEntries().values().iterator().next();
    assertEquals("misc", entry.getType().getValue());
    assertTrue(entry.getField(BibTeXEntry.KEY_URL).toUserString().contains("&h="));
    assertFalse(entry.getField(BibTeXEntry.KEY_TITLE).toUserString().isBlank());
    assertTrue(
        entry
            .getField(new Key("note"))
            .toUserString()
            .toLowerCase(Locale.ROOT)
            .contains("semiconductor"));
    assertTrue(
        response.headers().firstValue("Content-Disposition").orElse("").contains(".bib"),
        "offered as a file");
  }

  @Test
  void risExportReadsBackRecordByRecord() throws Exception {
    HttpResponse<String> response = http.get("/api/export?format=ris&q=semiconductors");
    List<Map<String, List<String>>> records = ris(response.body());

    assertEquals(http.json("/api/search?q=semiconductors").get("total").asInt(), records.size());
    for (Map<String, List<String>> record : records) {
      assertEquals(1, record.get("TY").size());
      assertEquals(1, record.get("TI").size());
      assertTrue(record.get("UR").get(0).contains("&h="));
      assertFalse(record.get("AB").get(0).isBlank());
    }
  }

  @Test
  void limitExportsTheBestResultsAndAnOverLargeSetIsRefusedWithItsSize() throws Exception {
    assertEquals(3, csv(http.get("/api/export?format=csv&q=quantum&limit=3")).size());
    InvalidQueryException refused =
        assertThrows(
            InvalidQueryException.class,
            () -> service.export(SearchRequest.of("quantum research"), 100, true, row -> {}));
    int total = http.json("/api/search?q=quantum+research").get("total").asInt();
    assertTrue(total > 500);
    assertTrue(refused.getMessage().startsWith("This search has " + total), refused.getMessage());
  }

  @Test
  void badExportRequestsAreJsonErrorsNotDownloads() throws Exception {
    for (String bad :
        List.of(
            "format=xls",
            "format=csv&limit=50001",
            "format=csv&limit=0",
            "format=csv&q=country:Narnia",
            "format=csv&from=2025-13")) {
      HttpResponse<String> response = http.get("/api/export?" + bad);
      assertEquals(400, response.statusCode(), bad + ": " + response.body());
      assertEquals("bad_request", Http.parse(response.body()).get("error").asText());
      assertTrue(response.headers().firstValue("Content-Disposition").isEmpty(), bad);
    }
  }

  /** The citation of the joint statement's passage on quantum innovation. */
  private static JsonNode quantumInnovationCitation() throws Exception {
    String chunkId =
        http.json("/api/search?q=%22quantum+innovation%22")
            .get("hits")
            .get(0)
            .get("chunkId")
            .asText();
    return http.json("/api/cite/" + chunkId);
  }

  @Test
  void citationGivesThePassageInTextBibTexAndRis() throws Exception {
    JsonNode cite = quantumInnovationCitation();
    String permalink = cite.get("permalink").asText();

    String text = cite.get("text").asText();
    assertTrue(text.startsWith("United States and South Korea. “Joint Statement"), text);
    assertTrue(text.contains("Joint statement, 29 October 2025."), text);
    assertTrue(text.contains(permalink + " (accessed "), text);
    BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(cite.get("bibtex").asText()));
    assertEquals(
        permalink,
        bib.getEntries().values().iterator().next().getField(BibTeXEntry.KEY_URL).toUserString());
    assertEquals(List.of(permalink), ris(cite.get("ris").asText()).get(0).get("UR"));
  }

  @Test
  void aCitationNamesTheDocumentsPublisher() throws Exception {
    JsonNode cite = quantumInnovationCitation();

    String publisher = "Administration of Donald J. Trump, 2025"; // as its sidecar declares it
    assertTrue(
        cite.get("text").asText().contains("” " + publisher + ". Joint statement"),
        cite.get("text").asText());
    assertEquals(List.of(publisher), ris(cite.get("ris").asText()).get(0).get("PB"));
    BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(cite.get("bibtex").asText()));
    assertEquals(
        publisher,
        bib.getEntries()
            .values()
            .iterator()
            .next()
            .getField(BibTeXEntry.KEY_PUBLISHER)
            .toUserString());
  }

  @Test
  void citingAnUnknownOrMalformedPassageSaysWhy() throws Exception {
    assertEquals(404, http.get("/api/cite/no-such-document:3").statusCode());
    assertEquals(400, http.get("/api/cite/no-ordinal").statusCode());
  }

  @Test
  void aCsvExportBeginsWithAByteOrderMarkSoSpreadsheetsReadItAsUtf8() throws Exception {
    HttpResponse<String> response = http.get("/api/export?format=csv&q=yaound%C3%A9");
    assertEquals(200, response.statusCode(), response.body());
    // Excel on Windows reads a CSV without the mark in the local code page: "YaoundÃ©".
    assertTrue(response.body().startsWith("\uFEFFdocument_id,title,"), response.body());
    assertEquals("Rules of Origin of Yaoundé", csv(response).get(0).get("title"));
    // Only CSV: the other formats are read by programs that take a mark for text.
    String jsonl = http.get("/api/export?format=jsonl&q=yaound%C3%A9").body();
    assertTrue(jsonl.startsWith("{"), jsonl);
  }

  @Test
  void aCsvCellStartingWithAnEqualsSignIsNotAFormula() throws Exception {
    List<String> texts =
        csv(http.get("/api/export?format=csv&q=originating")).stream()
            .map(row -> row.get("text"))
            .filter(text -> !Character.isLetter(text.charAt(0)))
            .sorted()
            .toList();
    // OWASP's defence against CSV injection: a leading quote makes the cell text to a spreadsheet.
    assertEquals(
        List.of(
            "'+ Direct Overhead Cost + Profit of the originating producer",
            "'= (F.O.B. value of originating materials) x 100 F.O.B.",
            "'@SUM(originating materials) counted once"),
        texts);
    // The passage itself is unchanged elsewhere.
    assertTrue(
        http.get("/api/export?format=jsonl&q=overhead")
            .body()
            .contains("\"text\":\"+ Direct Overhead Cost + Profit of the originating producer\""));
  }

  private static List<Map<String, String>> csv(HttpResponse<String> response) throws IOException {
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("text/csv; charset=utf-8", contentType(response));
    String body = response.body();
    assertTrue(body.startsWith("\uFEFF"), "a CSV export begins with a byte-order mark");
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(body.substring(1))) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** RIS records as their tags' values, by the format's grammar: "TY - value" lines to "ER". */
  static List<Map<String, List<String>>> ris(String body) {
    Pattern line = Pattern.compile("^([A-Z][A-Z0-9])  - ?(.*)$");
    List<Map<String, List<String>>> records = new ArrayList<>();
    Map<String, List<String>> record = null;
    for (String text : body.split("\r\n")) {
      if (text.isEmpty()) {
        continue;
      }
      Matcher m = line.matcher(text);
      assertTrue(m.matches(), "not a RIS line: " + text);
      if (m.group(1).equals("TY")) {
        assertEquals(null, record, "TY before the last record ended");
        record = new LinkedHashMap<>();
      }
      if (m.group(1).equals("ER")) {
        records.add(record);
        record = null;
        continue;
      }
      record.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
    }
    assertEquals(null, record, "last record not ended");
    return records;
  }
}
