package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A long document in headless Chromium: opened on a late passage, then read on by scrolling. */
class BrowserDocumentPagingTest {
  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpus(Map.of("long-report.txt", DocumentPagingTest.longReport()));

  @Test
  void linkToALatePassageShowsItThenScrollingAndLoadEarlierFillInTheRest() {
    browser.open("/?doc=long-report&chunk=long-report:250");

    assertEquals("200-400 of 500", range());
    assertEquals(200, shownChunks());
    assertTrue(
        (Boolean)
            browser.js(
                "const t = document.querySelector('[data-chunk-id=\"long-report:250\"]');"
                    + " const r = t.getBoundingClientRect();"
                    + " return t.classList.contains('target') && r.top >= 0"
                    + " && r.bottom <= window.innerHeight;"),
        "the linked passage is on the screen");
    assertTrue(
        browser
            .driver
            .findElement(By.cssSelector("[data-chunk-id='long-report:250']"))
            .getText()
            .startsWith("Paragraph 250 of the long report"));

    browser.js("window.scrollTo(0, document.documentElement.scrollHeight);");
    await("the rest loaded on scrolling", "200-500 of 500");
    assertEquals(300, shownChunks());
    assertTrue(
        browser
            .driver
            .findElement(By.cssSelector("[data-chunk-id='long-report:499']"))
            .isDisplayed());

    WebElement earlier = browser.driver.findElement(By.id("load-earlier"));
    // The document's bar stays over the top of the window, where the driver would scroll the
    // button to: bring it to the middle, as a reader scrolling up sees it.
    browser.js("arguments[0].scrollIntoView({block: 'center'});", earlier);
    earlier.click();
    await("earlier passages loaded", "0-500 of 500");
    assertEquals(500, shownChunks());
    assertEquals(
        "long-report:0",
        browser.js(
            "return document.querySelector('.document-chunks [data-chunk-id]').dataset.chunkId;"));
  }

  /** The range of chunks the page holds and the document's total, as "from-to of total". */
  private static String range() {
    return (String)
        browser.js(
            "const d = document.getElementById('document-body').dataset;"
                + " return d.from + '-' + d.to + ' of ' + d.total;");
  }

  private static int shownChunks() {
    return ((Number)
            browser.js(
                "return document.querySelectorAll('.document-chunks [data-chunk-id]').length;"))
        .intValue();
  }

  private static void await(String what, String expectedRange) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .withMessage(what + "; range " + range())
        .until(d -> expectedRange.equals(range()));
  }
}
