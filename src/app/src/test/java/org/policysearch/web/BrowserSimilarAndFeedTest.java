package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Similar passages" under the results and the search's feed link, in headless Chromium. */
class BrowserSimilarAndFeedTest {
  @RegisterExtension static final BrowserHarness browser = BrowserHarness.onSeedCorpus();

  @Test
  void similarPassagesOpenBelowAResultWithLinksIntoOtherDocuments() throws Exception {
    browser.open("/?q=semiconductors");
    WebElement result = browser.driver.findElement(By.cssSelector("#results li.result"));
    String own =
        browser.api("/api/search?q=semiconductors").get("hits").get(0).get("documentId").asText();
    WebElement toggle = result.findElement(By.cssSelector(".similar-toggle"));
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    WebElement panel = browser.driver.findElement(By.id(toggle.getAttribute("aria-controls")));
    assertFalse(panel.isDisplayed());

    toggle.click();
    List<WebElement> passages =
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
            .until(
                d -> {
                  List<WebElement> shown = panel.findElements(By.cssSelector(".similar-passage"));
                  return shown.isEmpty() ? null : shown;
                });
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertTrue(panel.isDisplayed());
    browser.screenshot("similar-passages");
    // The panel's heading has the focus: a keyboard user is where the new content is.
    assertEquals(
        "Similar passages in other documents",
        browser.js("return document.activeElement.textContent;"));
    for (WebElement passage : passages) {
      assertNotEquals(own, passage.getAttribute("data-document-id"));
      String href = passage.findElement(By.cssSelector(".similar-source a")).getAttribute("href");
      assertTrue(
          href.contains("doc=" + passage.getAttribute("data-document-id") + "&chunk="), href);
      assertFalse(passage.findElement(By.cssSelector(".text")).getText().isBlank());
    }

    // A passage's link opens it inside its document.
    String chunk = passages.get(0).getAttribute("data-chunk-id");
    int before = browser.renders();
    passages.get(0).findElement(By.cssSelector(".similar-source a")).click();
    browser.awaitRender(before);
    assertEquals(
        chunk,
        browser.js("return document.querySelector('#document-view .target').dataset.chunkId;"));

    browser.driver.navigate().back();
    browser.awaitRender(0);
    WebElement again = browser.driver.findElement(By.cssSelector("#results .similar-toggle"));
    again.click();
    again.click(); // closes
    assertEquals("false", again.getAttribute("aria-expanded"));
    assertFalse(
        browser.driver.findElement(By.id(again.getAttribute("aria-controls"))).isDisplayed());
  }

  @Test
  void feedLinkCarriesTheSearchAndItsFilters() throws Exception {
    browser.open("/?q=korea&country=US&sort=date");
    WebElement link = browser.driver.findElement(By.id("feed-link"));
    assertTrue(link.isDisplayed());
    browser.viewport(375, 800);
    browser.screenshot("feed-link-375");
    String href = link.getAttribute("href");
    assertEquals(browser.base + "/api/feed.atom?q=korea&country=US", href);
    assertEquals(
        href,
        browser.js(
            "return document.querySelector('head link[rel=alternate][type=\"application/atom+xml\"]')"
                + ".href;"));
    HttpResponse<String> feed = browser.get("/api/feed.atom?q=korea&country=US");
    assertEquals(200, feed.statusCode());
    assertTrue(feed.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));

    // A new search moves the feed with it; the document view has none.
    browser.search("quantum");
    assertTrue(
        browser.driver.findElement(By.id("feed-link")).getAttribute("href").contains("q=quantum"));
    int before = browser.renders();
    browser.driver.findElement(By.cssSelector("#results .result-title a")).click();
    browser.awaitRender(before);
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('head link[type=\"application/atom+xml\"]').length;"));
  }
}
