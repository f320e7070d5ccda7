package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policysearch.search.TestIndexes;

/** What a keyboard or screen-reader user meets on the page, and whether its text is legible. */
class BrowserAccessibilityTest {
  /**
   * WCAG contrast of each visible element's text against the background it is painted on (the first
   * opaque background up its ancestors), smallest first: {@code [ratio, selector, text]}.
   */
  private static final String CONTRASTS =
      "const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number)"
          + "  .map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);"
          + "  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };"
          + "const opaque = c => !/rgba\\(.*,\\s*0\\)$/.test(c) && c !== 'transparent';"
          + "const bg = el => { for (let e = el; e; e = e.parentElement) {"
          + "  const c = getComputedStyle(e).backgroundColor; if (opaque(c)) return c; }"
          + "  return 'rgb(255, 255, 255)'; };"
          + "const out = [];"
          + "for (const sel of arguments[0]) for (const el of document.querySelectorAll(sel)) {"
          + "  if (!el.offsetParent || !el.textContent.trim()) continue;"
          + "  const a = lum(getComputedStyle(el).color), b = lum(bg(el));"
          + "  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);"
          + "  out.push([ratio, sel, el.textContent.trim().slice(0, 40)]); }"
          + "return out.sort((x, y) => x[0] - y[0]);";

  /** 60 letters run together, as a title from a PDF or a URL can hold. */
  private static final String LONG_WORD =
      "Supercalifragilisticexpialidociousquantumsemiconductorsupply";

  // A note whose title and heading end in one long unbroken word.
  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpus(
          Map.of(
              "long-word-note.txt",
              "Zyxquillwort note\n\nI. On " + LONG_WORD + "\n\nThe zyxquillwort passage.\n",
              "long-word-note.txt.meta.json",
              "{\"title\": \"A zyxquillwort note on " + LONG_WORD + "\", \"date\": \"2024\"}"));

  @Test
  void pageHasLandmarksHeadingsAndLabelledControls() {
    browser.open("/?q=cooperation");
    for (String landmark : List.of("header", "main", "aside", "[role=search]")) {
      assertEquals(
          1L,
          browser.js("return document.querySelectorAll(arguments[0]).length;", landmark),
          landmark);
    }
    // Several navigation landmarks (pages, views), each named so a screen reader tells them apart.
    assertEquals(
        List.of("Analyse these results", "Pages of results"),
        browser.js(
            "return Array.from(document.querySelectorAll('nav'))"
                + ".map(n => n.getAttribute('aria-label')).sort();"));
    assertEquals(1L, browser.js("return document.querySelectorAll('h1').length;"));
    Object unlabelled =
        browser.js(
            "return Array.from(document.querySelectorAll('input, select'))"
                + ".filter(i => i.type !== 'hidden' && i.labels.length === 0"
                + " && !i.getAttribute('aria-label')).map(i => i.outerHTML);");
    assertEquals(List.of(), unlabelled);
  }

  @Test
  void resultCountAndFiltersAreAnnouncedWhenTheyChange() throws Exception {
    browser.open("/");
    browser.search("cooperation");
    long total = browser.api("/api/search?q=cooperation").get("total").asLong();
    String announced = browser.announcement();
    assertTrue(announced.contains(total + " results"), announced);

    browser.tick("country", "IT");
    long italy = browser.api("/api/search?q=cooperation&country=IT").get("total").asLong();
    announced = browser.announcement();
    assertTrue(announced.contains(italy + " results"), announced);
    assertTrue(announced.contains("Italy"), announced);
  }

  @Test
  void keyboardReachesFiltersAndResultsWithVisibleFocus() {
    browser.open("/?q=quantum");
    browser.js("document.getElementById('q').focus();");
    List<String> reached = new ArrayList<>();
    boolean focusShown = true;
    for (int i = 0; i < 80; i++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
      String where =
          (String)
              browser.js(
                  "const e = document.activeElement;"
                      + " return e.closest('#facets') ? 'facet' : e.closest('#results') ?"
                      + " 'result' : e.id || e.tagName;");
      reached.add(where);
      if (where.equals("facet") || where.equals("result")) {
        focusShown &=
            Boolean.TRUE.equals(
                browser.js(
                    "const s = getComputedStyle(document.activeElement);"
                        + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0"
                        + " || s.boxShadow !== 'none';"));
      }
    }
    assertTrue(reached.contains("facet"), "Tab reaches the filters: " + reached);
    assertTrue(reached.contains("result"), "Tab reaches the results: " + reached);
    assertTrue(focusShown, "every focused filter and result shows its focus");
  }

  @Test
  void atTwoHundredPercentZoomTheDocumentBarLeavesTheScreenToTheTextAndKeepsEveryControl()
      throws IOException {
    // What a 1280 × 900 window lays out at 200 %: the bar took three rows, 30 % of the height.
    browser.viewport(640, 450);
    browser.open("/?q=quantum&doc=" + TestIndexes.US_ROK);
    browser.driver.findElement(By.id("find-q")).sendKeys(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .until(d -> d.findElement(By.id("find-status")).getText().startsWith("1 of "));

    double bar =
        ((Number)
                browser.js(
                    "return document.getElementById('document-bar')"
                        + ".getBoundingClientRect().height;"))
            .doubleValue();
    assertTrue(bar <= 450 / 5.0, "the bar is " + bar + " px of 450");
    browser.screenshot("document-bar-zoomed");
    // Tab goes from the way back through every control of the bar, each on the screen.
    browser.js("document.getElementById('back-link').focus();");
    List<String> reached = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
      reached.add(
          (String)
              browser.js(
                  "const e = document.activeElement, r = e.getBoundingClientRect();"
                      + " return r.width > 0 && r.left >= 0 && r.right <= innerWidth"
                      + " && r.top >= 0 && r.bottom <= innerHeight ? e.id : 'off screen: ' + e.id;"));
    }
    assertEquals(List.of("toc-toggle", "find-q", "find-previous", "find-next"), reached);
    assertEquals(
        Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= innerWidth;"));
  }

  @Test
  void aTitleWithALongUnbrokenWordWrapsRatherThanWideningThePage() {
    // WCAG 1.4.10 (reflow): the word ran off the right, and the whole page scrolled sideways.
    for (int width : new int[] {375, 768}) {
      browser.viewport(width, 800);
      for (String page :
          List.of(
              "/",
              "/?q=zyxquillwort",
              "/?q=zyxquillwort&group=document",
              "/?q=zyxquillwort&view=timeline",
              "/?q=zyxquillwort&doc=long-word-note")) {
        browser.open(page);
        assertTrue(
            (Boolean)
                browser.js(
                    "return Array.from(document.querySelectorAll('main *'))"
                        + ".some(e => e.textContent.includes(arguments[0]) && e.offsetParent);",
                    LONG_WORD),
            page + " shows the long word");
        Object widths =
            browser.js(
                "return [document.documentElement.scrollWidth,"
                    + " document.documentElement.clientWidth];");
        assertEquals(
            Boolean.TRUE,
            browser.js(
                "const e = document.documentElement; return e.scrollWidth <= e.clientWidth;"),
            page + " at " + width + " px, page and window widths " + widths);
      }
    }
  }

  @Test
  void textContrastMeetsWcagAa() throws IOException {
    browser.open("/?q=quantum");
    List<String> selectors =
        List.of(
            "body",
            "p",
            "a",
            "label",
            "button",
            "mark",
            "li",
            "h1",
            "h2",
            "h3",
            ".chip",
            "#summary",
            "#facets span",
            "#results .meta",
            "#results .path",
            "select");
    @SuppressWarnings("unchecked")
    List<List<Object>> contrasts = (List<List<Object>>) browser.js(CONTRASTS, selectors);
    assertFalse(contrasts.isEmpty());
    List<Object> worst = contrasts.get(0);
    assertTrue(
        ((Number) worst.get(0)).doubleValue() >= 4.5,
        "lowest contrast " + worst + " is under WCAG AA's 4.5:1");
    browser.screenshot("accessibility-contrast");
  }
}
