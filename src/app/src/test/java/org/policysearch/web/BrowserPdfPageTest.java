package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
                + "   out[li.dataset.chunkId] = p ? p.textContent : ''; }"
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
  void theDocumentViewNamesEachPassagesPage() {
    browser.open("/?doc=quantum-report&chunk=quantum-report%3A3");

    Map<String, String> labels = pageLabels(".document-chunks [data-chunk-id]");
    assertEquals("p. 1", labels.get("quantum-report:1"), labels.toString());
    assertEquals("p. 2", labels.get("quantum-report:3"), labels.toString());
  }
}
