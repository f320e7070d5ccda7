package org.policysearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a page's indexed text is scored against the article a reader would call its text. */
class MainContentEvaluationTest {
  @TempDir Path pages;

  private void page(String name, String source, String expected, String metadata)
      throws IOException {
    Path dir = Files.createDirectories(pages.resolve(name));
    Files.writeString(dir.resolve("source.html"), source);
    Files.writeString(dir.resolve("expected.html"), expected);
    Files.writeString(dir.resolve("expected-metadata.json"), metadata);
  }

  @Test
  void aPageIsScoredOnTheArticlesWordsItsTitleAndItsDate() throws IOException {
    page(
        "news",
        "<html><head><title>Chips accord signed | Daily</title>"
            + "<meta property='article:published_time' content='2025-03-04T10:00:00Z'></head>"
            + "<body><article><p>Korea and Italy signed a chips accord.</p>"
            + "<div class='promo'><p>Subscribe today</p></div>"
            + "<p>Read our other stories</p></article></body></html>",
        "<div><p>Korea and Italy signed a chips accord.</p></div>",
        "{\"title\": \"Chips accord signed\", \"lang\": \"en\","
            + " \"publishedTime\": \"2025-03-04T10:00:00Z\"}");
    page("french", "<p>Un accord.</p>", "<p>Un accord.</p>", "{\"lang\": \"fr\"}");

    MainContentEvaluation evaluation = MainContentEvaluation.run(pages);

    assertEquals(1, evaluation.pages().size(), "the French page is left out");
    MainContentEvaluation.Page page = evaluation.pages().get(0);
    // Seven words of the article, all read; "Read our other stories" read beside them.
    assertEquals(1.0, page.recall(), 1e-9);
    assertEquals(7.0 / 11, page.precision(), 1e-9);
    assertEquals("Chips accord signed", page.title());
    assertEquals("2025-03-04", page.date());
    assertTrue(
        evaluation.toText().contains("titles as expected 1 of 1; of 1 declared dates, 1 right"),
        evaluation.toText());
  }
}
