package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A link cut by a chat client or edited by hand, in headless Chromium on the seed corpus: what the
 * page cannot read of it is said above the results, with what is shown instead.
 */
class BrowserMangledLinkTest {
  @RegisterExtension static final BrowserHarness browser = BrowserHarness.onSeedCorpus();

  @Test
  void aFromThatIsNoDateIsSaidAndTheResultsAreNotNarrowed() throws Exception {
    List<String> unnarrowed = BrowserHarness.chunkIds(browser.api("/api/search?q=quantum"));
    browser.open("/?q=quantum&from=banana");
    assertFalse(unnarrowed.isEmpty());
    assertEquals(unnarrowed, browser.shownChunkIds());
    assertEquals(
        "The date range was not applied: “banana” is not a year, a month or a day."
            + " Remove the date range",
        notice());
    assertEquals(
        "“banana” is not a year, a month or a day. The results are not narrowed by date.",
        browser.driver.findElement(By.id("period-error")).getText());
  }

  @Test
  void aSortThatIsNoOrderIsSaidAndLeavesTheAddress() throws Exception {
    List<String> relevance = BrowserHarness.chunkIds(browser.api("/api/search?q=quantum"));
    browser.open("/?q=cooperation");
    browser.open("/?q=quantum&sort=weird");
    assertEquals(relevance, browser.shownChunkIds());
    assertEquals("“weird” is no sort order: sorted by relevance.", notice());
    // The address names what is shown, and Back still leaves the page (replaced, not pushed).
    assertEquals(browser.base + "/?q=quantum", browser.driver.getCurrentUrl());
    browser.driver.navigate().back();
    assertEquals(browser.base + "/?q=cooperation", browser.driver.getCurrentUrl());
  }

  @Test
  void eachUnreadableValueSaysWhatIsShownInstead() {
    Map<String, String> said =
        Map.of(
            "group=weird", "“weird” is neither passages nor documents: passages are listed.",
            "view=weird", "“weird” is no view: the results are shown without one.",
            "page=abc", "“abc” is no page number: the first page is shown.",
            "size=1000", "“1000” is no number of results per page from 1 to 100: 10 are shown.",
            "size=-5", "“-5” is no number of results per page from 1 to 100: 10 are shown.");
    for (Map.Entry<String, String> bad : said.entrySet()) {
      browser.open("/?q=quantum&" + bad.getKey());
      assertEquals(bad.getValue(), notice(), bad.getKey());
      assertFalse(browser.shownChunkIds().isEmpty(), bad.getKey());
      assertEquals(browser.base + "/?q=quantum", browser.driver.getCurrentUrl(), bad.getKey());
    }
  }

  @Test
  void readableValuesInAnotherCaseAndUnknownParametersSayNothing() {
    browser.open("/?q=quantum&sort=DATE&group=documents&utm_source=chat");
    assertEquals("", notice());
    assertEquals("date", browser.driver.findElement(By.id("sort")).getDomProperty("value"));
    assertFalse(
        browser.driver.findElements(By.cssSelector("#results li.document-result")).isEmpty());
  }

  private static String notice() {
    return browser.driver.findElement(By.id("notice")).getText();
  }
}
