package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;

class DocumentViewTest {
  @TempDir Path dir;

  private static List<String> texts(SearchService service, String id) throws IOException {
    return service.document(id, null).orElseThrow().chunks().stream()
        .map(DocumentChunk::text)
        .toList();
  }

  @Test
  void changedDocumentShowsOnlyItsNewChunksInOrder() throws IOException {
    Map<String, String> files =
        Map.of(
            "a.txt", "First paragraph of a.\n\nSecond paragraph of a.\n",
            "b.txt", "Only paragraph of b.\n");
    Path corpus = TestIndexes.write(dir.resolve("corpus"), files);
    Path index = dir.resolve("index");
    TestIndexes.index(corpus, index);
    try (SearchService service = Engine.create().searchService(index)) {
      assertEquals(List.of("First paragraph of a.", "Second paragraph of a."), texts(service, "a"));
      // The new version is written after b: its chunks are no longer where the old ones were.
      TestIndexes.write(corpus, Map.of("a.txt", "New one.\n\nNew two.\n\nNew three.\n"));
      TestIndexes.index(corpus, index);
      service.refresh();
      assertEquals(List.of("New one.", "New two.", "New three."), texts(service, "a"));
      assertEquals(List.of("Only paragraph of b."), texts(service, "b"));
      assertTrue(service.document("missing", null).isEmpty());
    }
  }

  @Test
  void aControlCharacterInTheTextNeitherCutsThePassageNorReachesTheReader() throws IOException {
    // Past the first bytes, where a file is not yet taken for binary: a NUL, an escape, a bell.
    String opening = "The Parties agree to cooperate on trade. ".repeat(250);
    String files =
        opening + "\n\nBefore the mark\u0000nulafterword follows, \u001B[31mred\u0007 too.\n";
    try (SearchService service = TestIndexes.ofFiles(dir, Map.of("odd.txt", files))) {
      assertEquals(1, service.search(SearchRequest.of("nulafterword")).total());
      String last = texts(service, "odd").get(texts(service, "odd").size() - 1);
      assertEquals("Before the mark nulafterword follows, [31mred too.", last);
    }
  }

  @Test
  void aMarkdownFilesBlocksStayApartWhateverCaseTheNextBegins() throws IOException {
    String markdown =
        "# Export controls note\n\nThe rule reads:\n\n```\nECCN 3A090 covers computing items\n```\n\n"
            + "which applies to chips shipped abroad.\n\n> A quoted line\n\nnote: the quote ends.\n";
    try (SearchService service = TestIndexes.ofFiles(dir, Map.of("note.md", markdown))) {
      List<String> note = texts(service, "note");
      assertTrue(note.contains("ECCN 3A090 covers computing items"), note.toString());
      assertTrue(note.contains("which applies to chips shipped abroad."), note.toString());
      assertTrue(note.contains("note: the quote ends."), note.toString());
    }
    // Plain text is hard-wrapped: there a sentence goes on in lower case after a blank line.
    try (SearchService service =
        TestIndexes.ofFiles(
            dir.resolve("text"),
            Map.of(
                "wrapped.txt", "The Parties shall cooperate on\n\nsemiconductors and chips.\n"))) {
      assertEquals(
          List.of("The Parties shall cooperate on semiconductors and chips."),
          texts(service, "wrapped"));
    }
  }

  @Test
  void aFilterNamingNothingIsRefusedInADocumentAsInASearch() throws IOException {
    try (SearchService service = TestIndexes.seed(dir)) {
      String id = "us-rok-technology-prosperity-deal";
      String query = "country:Narnia quantum";
      assertThrows(InvalidQueryException.class, () -> service.search(SearchRequest.of(query)));
      assertThrows(InvalidQueryException.class, () -> service.document(id, query));
      assertThrows(InvalidQueryException.class, () -> service.find(id, query));
      // A known one marks the words as before.
      assertTrue(service.document(id, "country:KR quantum").isPresent());
    }
  }

  @Test
  void aPageAfterTheFirstDescribesItsDocumentAsTheFirstPageDoes() throws IOException {
    try (SearchService service = TestIndexes.seed(dir)) {
      String id = "us-rok-technology-prosperity-deal";
      DocumentSummary first = service.document(id, null, 0, 5).orElseThrow().document();
      DocumentView later = service.document(id, null, 20, 5).orElseThrow();
      assertEquals(20, later.from());
      assertEquals(first, later.document());
      assertEquals("Administration of Donald J. Trump, 2025", later.document().publisher());
      assertEquals(later.total(), later.document().chunks());
      assertEquals(
          List.of("US", "KR"), later.document().parties().stream().map(Label::code).toList());
    }
  }
}
