package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The page's URL state and document view, in headless Chromium on the seed corpus. */
class BrowserNavigationTest {
  @RegisterExtension static final BrowserHarness browser = BrowserHarness.onSeedCorpus();

  @Test
  void backForwardAndReloadRestoreTheSameView() {
    browser.open("/");
    browser.search("semiconductors");
    String searched = view();
    browser.tick("country", "IT");
    String filtered = view();
    int before = browser.renders();
    new Select(browser.driver.findElement(By.id("sort"))).selectByValue("date");
    browser.awaitRender(before);
    String sorted = view();
    assertTrue(sorted.startsWith("/?q=semiconductors&country=IT&sort=date|"), sorted);

    assertEquals(filtered, go(() -> browser.driver.navigate().back()));
    assertEquals(searched, go(() -> browser.driver.navigate().back()));
    assertEquals(filtered, go(() -> browser.driver.navigate().forward()));
    assertEquals(sorted, go(() -> browser.driver.navigate().forward()));
    browser.driver.navigate().refresh();
    browser.awaitRender(0);
    assertEquals(sorted, view());
  }

  @Test
  void pastedLinkOpensItsView() throws Exception {
    browser.open("/?q=AI&country=Italy&sector=semiconductors&sort=date");
    JsonNode api = browser.api("/api/search?q=AI&country=Italy&sector=semiconductors&sort=date");
    assertEquals("AI", browser.driver.findElement(By.id("q")).getDomProperty("value"));
    assertEquals("date", browser.driver.findElement(By.id("sort")).getDomProperty("value"));
    assertTrue(browser.box("country", "IT").isSelected());
    assertTrue(browser.box("sector", "semiconductors").isSelected());
    assertEquals(BrowserHarness.chunkIds(api), browser.shownChunkIds());
    // The pasted name is rewritten to the code the API resolved, so unticking removes it.
    assertTrue(
        browser
            .driver
            .getCurrentUrl()
            .endsWith("/?q=AI&country=IT&sector=semiconductors&sort=date"),
        browser.driver.getCurrentUrl());
    browser.screenshot("pasted-link");
  }

  @Test
  void paginationShowsTheApiPage() throws Exception {
    browser.open("/?country=KR");
    assertEquals(
        BrowserHarness.chunkIds(browser.api("/api/search?q=&country=KR")), browser.shownChunkIds());
    int before = browser.renders();
    browser.driver.findElement(By.cssSelector("#pagination a[rel='next']")).click();
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?country=KR&page=2"));
    assertEquals(
        BrowserHarness.chunkIds(browser.api("/api/search?q=&country=KR&page=2")),
        browser.shownChunkIds());
    assertEquals(
        "2",
        browser.driver.findElement(By.cssSelector("#pagination a[aria-current='page']")).getText());
    // The link that held focus is gone: focus is on the new page's summary, not the page's top.
    assertEquals("summary", browser.js("return document.activeElement.id;"));
    browser.screenshot("pagination");

    // A filter's chip removed by keyboard leaves focus on the summary too.
    browser.open("/?q=cooperation&country=IT");
    before = browser.renders();
    browser
        .driver
        .findElement(By.cssSelector("#active-filters button[data-facet='country']"))
        .sendKeys(org.openqa.selenium.Keys.ENTER);
    browser.awaitRender(before);
    assertFalse(browser.driver.getCurrentUrl().contains("country="));
    assertEquals("summary", browser.js("return document.activeElement.id;"));
  }

  @Test
  void documentOpensAtTheMarkedChunkAndLeadsBack() throws Exception {
    browser.open("/?q=quantum");
    JsonNode hit = browser.api("/api/search?q=quantum").get("hits").get(0);
    String chunkId = hit.get("chunkId").asText();
    List<String> results = browser.shownChunkIds();
    int before = browser.renders();
    browser
        .driver
        .findElement(By.cssSelector("#results li[data-chunk-id='" + chunkId + "'] h2 a"))
        .click();
    browser.awaitRender(before);

    assertEquals("document", browser.js("return document.documentElement.dataset.view;"));
    assertEquals(
        hit.get("title").asText(), browser.driver.findElement(By.id("document-title")).getText());
    WebElement target = browser.driver.findElement(By.cssSelector("[aria-current='true']"));
    assertEquals(chunkId, target.getAttribute("data-chunk-id"));
    assertTrue(target.getAttribute("class").contains("target"));
    assertEquals(
        Boolean.TRUE,
        browser.js(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0"
                + " && (r.bottom <= window.innerHeight || r.height > window.innerHeight);",
            target),
        "the linked chunk is in view");
    assertTrue(((Number) browser.js("return window.scrollY;")).doubleValue() > 0, "scrolled");
    List<String> marks = browser.marks("#document-view");
    assertFalse(marks.isEmpty());
    marks.forEach(m -> assertEquals("quantum", m.toLowerCase(Locale.ROOT)));
    // Laid out by structure: headings as h2/h3, bullets as list items.
    assertFalse(browser.driver.findElements(By.cssSelector("#document-view h2.chunk")).isEmpty());
    assertFalse(browser.driver.findElements(By.cssSelector("#document-view li.chunk")).isEmpty());
    browser.screenshot("document-view");

    // Focus is on the passage linked to, not lost to the page.
    assertEquals(chunkId, browser.js("return document.activeElement.dataset.chunkId;"));

    long entries = (Long) browser.js("return history.length;");
    before = browser.renders();
    browser.driver.findElement(By.id("back-link")).click();
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=quantum"));
    assertEquals(results, browser.shownChunkIds());
    // The browser's Back: no new entry, and focus on the result that was opened.
    assertEquals(entries, browser.js("return history.length;"));
    assertEquals(
        chunkId,
        browser.js("return document.activeElement.closest('li[data-chunk-id]').dataset.chunkId;"));
  }

  @Test
  void tabAfterOpeningAHitReachesTheLinkedPassagesTools() throws Exception {
    browser.open("/?q=semiconductors");
    String chunkId = browser.shownChunkIds().get(0);
    int before = browser.renders();
    browser
        .driver
        .findElement(By.cssSelector("#results li[data-chunk-id='" + chunkId + "'] h2 a"))
        .click();
    browser.awaitRender(before);
    double scrolled = ((Number) browser.js("return window.scrollY;")).doubleValue();
    assertTrue(scrolled > 0, "opened at the passage");

    browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);

    // The passage's own Copy link, not the source file's link at the top of the document.
    assertEquals(
        List.of(chunkId, "Copy link"),
        browser.js(
            "const a = document.activeElement;"
                + " return [a.closest('[data-chunk-id]') && a.closest('[data-chunk-id]')"
                + ".dataset.chunkId, a.textContent];"));
    assertEquals(scrolled, ((Number) browser.js("return window.scrollY;")).doubleValue(), 1.0);
  }

  /** Runs a history step and returns the view it leads to. */
  private static String go(Runnable step) {
    int before = browser.renders();
    step.run();
    browser.awaitRender(before);
    return view();
  }

  /** Everything that makes up a results view: URL, box, sort, count, hits and ticked filters. */
  private static String view() {
    return (String)
        browser.js(
            "return [location.pathname + location.search, document.getElementById('q').value,"
                + " document.getElementById('sort').value,"
                + " document.getElementById('summary').dataset.total,"
                + " Array.from(document.querySelectorAll('#results li[data-chunk-id]'))"
                + ".map(li => li.dataset.chunkId).join(','),"
                + " Array.from(document.querySelectorAll('#facets input:checked'))"
                + ".map(b => b.dataset.facet + ':' + b.dataset.value).join(',')].join('|');");
  }
}
