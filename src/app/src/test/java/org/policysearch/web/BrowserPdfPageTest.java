package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policysearch.corpus.TestPdfs;

/** A PDF's passages in headless Chromium: each names the page it is on, as a reader cites it. */
class BrowserPdfPageTest {
  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpusAndFiles(Map.of("quantum-report.pdf", report()));

  private static byte[] report() {
    try {
      return TestPdfs.pagedReport();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page labels shown with each result, by chunk id; "" where a result shows none. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> pageLabels(String scope) {
    return (Map<String, String>)
        browser.js(
            "const out = {};"
                + " for (const li of document.querySelectorAll(arguments[0])) {"
                + "   const p = li.querySelector('.page-label');"
                + "   out[li.dataset.chunkId] = p ? p.firstChild.textContent : ''; }"
                + " return out;",
            scope);
  }

  @Test
  void aPdfResultNamesItsPageAndATextsResultNone() {
    browser.open("/?q=quantum+grant");

    Map<String, String> labels = pageLabels("#results li[data-chunk-id]");
    assertEquals("p. 2", labels.get("quantum-report:3"), labels.toString());
    labels.forEach(
        (chunk, label) -> {
          if (!chunk.startsWith("quantum-report:")) {
            assertEquals("", label, chunk + " is a passage of a text without pages");
          }
        });
  }

  @Test
  void aPdfResultsPageOpensTheOriginalAtThatPage() {
    browser.open("/?q=quantum+grant");

    String selector = "#results li[data-chunk-id=\"quantum-report:3\"] a.page-label";
    new WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .until(d -> browser.js("return document.querySelector(arguments[0]);", selector) != null);
    String href =
        (String) browser.js("return document.querySelector(arguments[0]).href;", selector);
    assertTrue(href.endsWith("/api/documents/quantum-report/file#page=2"), href);
    // A text's result has no page, and nothing to link.
    assertEquals(
        List.of(),
        browser.js(
            "return [...document.querySelectorAll('#results li[data-chunk-id]')]"
                + ".filter(li => li.querySelector('a.page-label')"
                + " && !li.dataset.chunkId.startsWith('quantum-report:'))"
                + ".map(li => li.dataset.chunkId);"));
  }

  @Test
  void theDocumentViewNamesEachPassagesPage() {
    browser.open("/?doc=quantum-report&chunk=quantum-report%3A3");

    Map<String, String> labels = pageLabels(".document-chunks [data-chunk-id]");
    assertEquals("p. 1", labels.get("quantum-report:1"), labels.toString());
    assertEquals("p. 2", labels.get("quantum-report:3"), labels.toString());
  }

  @Test
  void aPassagesPageOpensTheOriginalPdfAtThatPage() throws Exception {
    browser.open("/?doc=quantum-report&chunk=quantum-report%3A3");

    String href =
        (String)
            browser.js(
                "return document.querySelector('[data-chunk-id=\"quantum-report:3\"]"
                    + " a.page-label').href;");
    assertTrue(href.endsWith("/api/documents/quantum-report/file#page=2"), href);
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(href)).build(), BodyHandlers.ofByteArray());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertArrayEquals(
        Files.readAllBytes(browser.work().resolve("corpus/quantum-report.pdf")), pdf.body());
    String file = browser.driver.findElement(By.id("original-file")).getAttribute("href");
    assertTrue(file.endsWith("/api/documents/quantum-report/file"), file);
  }
}
