package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The analyst's views above the results, in headless Chromium on the seed corpus: each renders, and
 * each cell, edge and mark opens the results it counts.
 */
class BrowserAnalystViewsTest {
  @RegisterExtension static final BrowserHarness browser = BrowserHarness.onSeedCorpus();

  @Test
  void matrixCellOpensThePassagesOfItsPairInItsSector() throws Exception {
    browser.open("/?q=ai&view=matrix");
    assertEquals(
        List.of("IT-KR", "KR-US"),
        browser.js(
            "return Array.from(document.querySelectorAll('.matrix tbody tr[data-pair]'))"
                + ".map(r => r.dataset.pair);"));
    WebElement cell =
        browser.driver.findElement(
            By.cssSelector(".matrix tr[data-pair='KR-US'] td[data-sector='ai'] a"));
    assertEquals("1", cell.getText());
    assertTrue(
        cell.getAttribute("aria-label").contains("11 passages"), cell.getAttribute("aria-label"));

    int before = browser.renders();
    cell.click();
    browser.awaitRender(before);

    String url = browser.driver.getCurrentUrl();
    assertTrue(url.contains("sector=ai") && url.contains("party=KR&party=US"), url);
    assertFalse(url.contains("view="), url);
    int total = browser.api("/api/search?q=ai&sector=ai&party=KR&party=US").get("total").asInt();
    assertEquals(11, total);
    assertTrue(
        browser.driver.findElement(By.id("summary")).getText().startsWith("11 results"),
        browser.driver.findElement(By.id("summary")).getText());
    assertTrue(
        browser.shownChunkIds().stream()
            .allMatch(id -> id.startsWith("us-rok-technology-prosperity-deal:")));
    // The parties show as a chip that lifts them, named as the country chips are.
    WebElement chip =
        browser.driver.findElement(By.cssSelector("#active-filters [data-facet='party']"));
    assertEquals(
        "Remove filter Parties: South Korea & United States", chip.getAttribute("aria-label"));
  }

  @Test
  void aCorrectedSearchsTimelineDrawsTheDocumentsItsResultsShow() throws Exception {
    // The results are the correction's ("Showing results for quantum"); the view drawn beside
    // them counted the typo's two documents, or none, before.
    browser.open("/?q=quantm&view=timeline");
    List<String> expected = new ArrayList<>();
    browser
        .api("/api/timeline?q=quantum")
        .get("documents")
        .forEach(d -> expected.add(d.get("documentId").asText()));
    assertFalse(expected.isEmpty());
    assertEquals(0, browser.api("/api/timeline?q=quantm").get("documents").size());
    assertEquals(
        expected,
        browser.js(
            "return Array.from(document.querySelectorAll('#analysis ol.timeline-list > li'))"
                + ".map(li => li.dataset.documentId);"));
  }

  @Test
  void theMatrixsSectorHeadingsStayInTheirColumnsAndThePairsStayInSight() {
    browser.open("/?q=cooperation&view=matrix");
    // No heading runs into the next column ("Semiconductors" over "Trade and investment").
    assertEquals(
        List.of(),
        browser.js(
            "return Array.from(document.querySelectorAll('.matrix thead th'))"
                + ".filter(th => th.scrollWidth > th.clientWidth + 1).map(th => th.textContent);"));
    // Each row's pair is set to stay at the left edge while the sectors scroll under it.
    assertEquals(
        "sticky",
        browser.js(
            "return getComputedStyle(document.querySelector('.matrix tbody th[scope=row]'))"
                + ".position;"));
  }

  @Test
  void theMatrixsHeadingsBreakBetweenWordsAndTheTableScrollsSideways() {
    browser.open("/?q=cooperation&view=matrix");
    // Each word of a heading on one line (a hyphen may end one): "Documents" read
    // D/o/c/u/m/e/n/t/s when the columns were shrunk to fit the box by breaking headings anywhere.
    assertEquals(
        List.of(),
        browser.js(
            "const broken = [];"
                + " for (const th of document.querySelectorAll('.matrix thead th')) {"
                + "  const text = th.firstChild;"
                + "  for (const m of text.textContent.matchAll(/[^\\s-]+/g)) {"
                + "   const r = document.createRange();"
                + "   r.setStart(text, m.index); r.setEnd(text, m.index + m[0].length);"
                + "   if (new Set(Array.from(r.getClientRects()).map(q => Math.round(q.top))).size > 1)"
                + "    broken.push(m[0]);"
                + "  }"
                + " }"
                + " return broken;"));
    // Wider than its box, the table scrolls inside it rather than squeezing its columns.
    assertTrue(
        (Boolean)
            browser.js(
                "const box = document.querySelector('#analysis .table-scroll');"
                    + " return box.scrollWidth > box.clientWidth;"));
  }

  @Test
  void choosingACountryTurnsTheMatrixIntoItsPartners() {
    browser.open("/?q=ai&view=matrix");
    int before = browser.renders();
    new Select(browser.driver.findElement(By.id("matrix-focus"))).selectByValue("US");
    browser.awaitRender(before);

    assertTrue(browser.driver.getCurrentUrl().contains("party=US"));
    assertEquals(
        List.of("KR-US"),
        browser.js(
            "return Array.from(document.querySelectorAll('.matrix tbody tr[data-pair]'))"
                + ".map(r => r.dataset.pair);"));
  }

  @Test
  void networkEdgesInTheDrawingAndInTheTableOpenTheirPairsDocuments() {
    browser.open("/?q=ai&view=network");
    assertEquals(
        List.of("IT-KR", "KR-US"),
        browser.js(
            "return Array.from(document.querySelectorAll('.edges tbody tr'))"
                + ".map(r => r.dataset.edge);"));
    assertEquals(
        3L, browser.js("return document.querySelectorAll('svg.network [data-node]').length;"));

    int before = browser.renders();
    browser.js(
        "document.querySelector('svg.network [data-edge=\"IT-KR\"] line')"
            + ".dispatchEvent(new MouseEvent('click', {bubbles: true, button: 0}));");
    browser.awaitRender(before);
    String url = browser.driver.getCurrentUrl();
    assertTrue(url.contains("party=IT&party=KR"), url);
    assertTrue(
        browser.shownChunkIds().stream().allMatch(id -> id.startsWith("korea-italy-mou-news-")));

    browser.open("/?q=ai&view=network");
    before = browser.renders();
    browser.driver.findElement(By.cssSelector(".edges tr[data-edge='KR-US'] a")).click();
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().contains("party=KR&party=US"));
  }

  @Test
  void timelineMarkOpensItsDocumentAndTheListNamesEveryDocument() {
    browser.open("/?q=ai&view=timeline");
    assertEquals(
        List.of("us-rok-technology-prosperity-deal"),
        browser.js(
            "return Array.from(document.querySelectorAll('svg.timeline [data-document-id]'))"
                + ".map(a => a.dataset.documentId);"));
    assertEquals(
        3L,
        browser.js(
            "return document.querySelectorAll('.timeline-list li[data-document-id]').length;"));

    int before = browser.renders();
    browser.js(
        "document.querySelector('svg.timeline [data-document-id] circle')"
            + ".dispatchEvent(new MouseEvent('click', {bubbles: true, button: 0}));");
    browser.awaitRender(before);
    assertEquals(
        "us-rok-technology-prosperity-deal",
        browser.js("return new URLSearchParams(location.search).get('doc');"));
  }

  @Test
  void aPassageComparedAcrossAgreementsShowsEachCounterpartWithTheWordsThatDiffer() {
    browser.open("/?q=%22memorandum+of+understanding%22+semiconductors&country=IT");
    WebElement result =
        browser.driver.findElement(
            By.cssSelector("#results li.result[data-chunk-id^='korea-italy-mou-news-a:']"));
    String chunk = result.getAttribute("data-chunk-id");
    WebElement toggle = result.findElement(By.cssSelector("button.compare-toggle"));
    toggle.click();
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    result
        .findElement(By.cssSelector(".compare-chooser input[value='korea-italy-mou-news-b']"))
        .click();
    int before = browser.renders();
    result.findElement(By.cssSelector("button.compare-go")).click();
    browser.awaitRender(before);

    String url = browser.driver.getCurrentUrl();
    assertTrue(url.contains("view=compare") && url.contains("with=korea-italy-mou-news-b"), url);
    assertEquals(
        List.of(chunk.substring(0, chunk.indexOf(':')), "korea-italy-mou-news-b"),
        browser.js(
            "return Array.from(document.querySelectorAll('.compare-column'))"
                + ".map(c => c.dataset.documentId);"));
    WebElement other =
        browser.driver.findElement(
            By.cssSelector(".compare-column[data-document-id='korea-italy-mou-news-b']"));
    assertFalse(other.findElements(By.cssSelector(".diff ins")).isEmpty());
    assertFalse(other.findElements(By.cssSelector(".diff del")).isEmpty());
    // A word replaced by another is set apart from it on the line, not run together with it
    // (where a run of words wraps, its last line's end against the next run's first line's start).
    assertEquals(
        0L,
        browser.js(
            "return Array.from(document.querySelectorAll('.diff del, .diff ins')).filter(b => {"
                + " const a = b.previousSibling;"
                + " if (!a || a.nodeType !== 1) return false;"
                + " const ls = a.getClientRects(), l = ls[ls.length - 1], r = b.getClientRects()[0];"
                + " return Math.abs(l.top - r.top) < 2 && r.left - l.right < 3; }).length;"));
    // A rewritten phrase is struck whole, then inserted whole: no run of one word kept between
    // changes by a space alone.
    assertEquals(
        0L,
        browser.js(
            "return Array.from(document.querySelectorAll('.diff')).flatMap(p =>"
                + " Array.from(p.childNodes)).filter(n => n.nodeType === 3 && !n.textContent.trim()"
                + " && n.previousSibling && n.previousSibling.nodeType === 1"
                + " && n.nextSibling && n.nextSibling.nodeType === 1).length;"));
    assertTrue(
        (Long) browser.js("return document.querySelectorAll('.diff .replacing').length;") > 0,
        "the seed stories replace some words");

    // The state is in the URL: a reload shows the same comparison.
    browser.open(url.substring(browser.base.length()));
    assertEquals(2L, browser.js("return document.querySelectorAll('.compare-column').length;"));
  }

  @Test
  void viewsAreReachedByKeyboardAndFitAPhone() {
    browser.viewport(375, 800);
    for (String view : List.of("matrix", "network", "timeline")) {
      browser.open("/?q=ai&view=" + view);
      assertTrue(browser.driver.findElement(By.id("analysis")).isDisplayed(), view);
      long overflow =
          (Long)
              browser.js(
                  "return document.documentElement.scrollWidth"
                      + " - document.documentElement.clientWidth;");
      assertEquals(0L, overflow, view + " overflows the page");
      // Every drill-down of the view is a link in a table or list a keyboard reaches.
      assertTrue(
          (Long)
                  browser.js(
                      "return document.querySelectorAll('#analysis table a[href],"
                          + " #analysis .timeline-list a[href]').length;")
              > 0,
          view);
    }
    WebElement current =
        browser.driver.findElement(By.cssSelector("#view-switch a[aria-current='true']"));
    assertEquals("timeline", current.getAttribute("data-view"));
  }
}
