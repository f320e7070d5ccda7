package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What users notice of the page's look and manners, in headless Chromium on the seed corpus: both
 * colour schemes legible, the summary's quotes, the toolbar, focus after Back, errors, the icon.
 */
class BrowserAppearanceTest {
  /** WCAG relative luminance of a computed {@code rgb(…)} colour, and the ratio of two. */
  private static final String LUMINANCE =
      "const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number)"
          + "  .map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);"
          + "  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };"
          + "const ratio = (x, y) => { const a = lum(x), b = lum(y);"
          + "  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };"
          + "const opaque = c => !/rgba\\(.*,\\s*0\\)$/.test(c) && c !== 'transparent';"
          + "const bg = el => { for (let e = el; e; e = e.parentElement) {"
          + "  const c = getComputedStyle(e).backgroundColor; if (opaque(c)) return c; }"
          + "  return getComputedStyle(document.documentElement).backgroundColor; };";

  /**
   * The contrast of each visible element's text matching the selectors against the background it is
   * painted on, lowest first: {@code [ratio, selector, text]}.
   */
  private static final String CONTRASTS =
      LUMINANCE
          + "const out = [];"
          + "for (const sel of arguments[0]) for (const el of document.querySelectorAll(sel)) {"
          + "  if (!el.getClientRects().length || !el.textContent.trim()) continue;"
          + "  out.push([ratio(getComputedStyle(el).color, bg(el)), sel,"
          + "    el.textContent.trim().slice(0, 40)]); }"
          + "return out.sort((x, y) => x[0] - y[0]);";

  /** What the contrast check reads on a results page: text, links, marks, controls, chips. */
  private static final List<String> RESULT_TEXT =
      List.of(
          "body",
          "#summary",
          "#results .meta",
          ".breadcrumb li",
          "#results .text",
          "#results a",
          "mark",
          "button.primary",
          "button.secondary",
          ".group-switch button",
          ".chip",
          ".chip-sector",
          ".chip.removable",
          ".link-button",
          "#facets h2",
          "#facets h3",
          ".facet-label",
          "#facets .count",
          ".pagination a",
          ".pagination a.current",
          "#sort",
          "#q");

  @RegisterExtension static final BrowserHarness browser = BrowserHarness.onSeedCorpus();

  @AfterEach
  void lightAgain() {
    colourScheme("light");
  }

  /** Makes the page see the system's colour scheme as {@code scheme} (light or dark). */
  private static void colourScheme(String scheme) {
    browser.driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @Test
  void darkSchemeIsDarkAndEveryTextStaysLegible() throws IOException {
    colourScheme("dark");
    browser.open("/?q=cooperation&country=KR");
    double background =
        ((Number)
                browser.js(
                    LUMINANCE + "return lum(getComputedStyle(document.body).backgroundColor);"))
            .doubleValue();
    assertTrue(background < 0.05, "the dark scheme paints a dark page: luminance " + background);
    assertContrast("dark results", RESULT_TEXT);
    assertFocusRingContrast("dark");
    browser.screenshot("appearance-dark");
    assertErrorAndHelpContrast("dark");
  }

  @Test
  void lightSchemeKeepsEveryTextLegible() throws IOException {
    colourScheme("light");
    browser.open("/?q=cooperation&country=KR");
    double background =
        ((Number)
                browser.js(
                    LUMINANCE + "return lum(getComputedStyle(document.body).backgroundColor);"))
            .doubleValue();
    assertTrue(background > 0.9, "the light scheme paints a light page: luminance " + background);
    assertContrast("light results", RESULT_TEXT);
    assertFocusRingContrast("light");
    assertErrorAndHelpContrast("light");
  }

  @Test
  void readingViewKeepsEveryTextLegibleInBothSchemes() {
    for (String scheme : List.of("light", "dark")) {
      colourScheme(scheme);
      browser.open("/?doc=us-rok-technology-prosperity-deal&q=quantum");
      browser.driver.findElement(By.id("find-q")).sendKeys("AI", Keys.ENTER);
      new WebDriverWait(browser.driver, Duration.ofSeconds(15))
          .until(d -> !d.findElements(By.cssSelector("mark.current-match")).isEmpty());
      assertContrast(
          scheme + " reading view",
          List.of(
              "#document-bar a",
              ".document-bar-title",
              "#find-status",
              "#find-next",
              ".toc-title",
              "#toc a",
              "#toc a[aria-current]",
              ".document-chunks .chunk",
              "mark",
              "mark.current-match"));
    }
  }

  @Test
  void analystViewsKeepEveryTextLegibleInBothSchemes() {
    for (String scheme : List.of("light", "dark")) {
      colourScheme(scheme);
      browser.open("/?q=ai&view=matrix&from=2020");
      assertContrast(
          scheme + " matrix and period",
          List.of(
              ".matrix th",
              ".matrix td a",
              ".matrix td .passages",
              ".view-switch a",
              ".period label",
              ".undated-count",
              ".export-menu summary",
              ".passage-actions button",
              ".compare-toggle"));
      browser.open("/?q=ai&view=timeline");
      assertContrast(
          scheme + " timeline", List.of(".timeline-list li", ".timeline-list a", ".legend li"));
    }
  }

  private static void assertContrast(String where, List<String> selectors) {
    @SuppressWarnings("unchecked")
    List<List<Object>> contrasts = (List<List<Object>>) browser.js(CONTRASTS, selectors);
    for (String must : List.of("mark", ".chip.removable", "button.primary", "#results a")) {
      if (selectors.contains(must)) {
        assertTrue(contrasts.stream().anyMatch(c -> c.get(1).equals(must)), where + ": " + must);
      }
    }
    List<Object> worst = contrasts.get(0);
    assertTrue(
        ((Number) worst.get(0)).doubleValue() >= 4.5,
        where + ": lowest contrast " + worst + " is under WCAG AA's 4.5:1");
  }

  /** The keyboard focus ring against what it is drawn on, as Tab shows it. */
  private static void assertFocusRingContrast(String where) {
    browser.js("document.getElementById('q').focus();");
    browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    double ring =
        ((Number)
                browser.js(
                    LUMINANCE
                        + "const e = document.activeElement, s = getComputedStyle(e);"
                        + "if (s.outlineStyle === 'none') return 0;"
                        + "return ratio(s.outlineColor, bg(e.parentElement));"))
            .doubleValue();
    assertTrue(ring >= 4.5, where + ": focus ring contrast " + ring);
  }

  private static void assertErrorAndHelpContrast(String where) {
    browser.open("/?q=country:Atlantis");
    browser.driver.findElement(By.id("help-toggle")).click();
    assertContrast(
        where + " error and help",
        List.of(".message h2", ".error-message", ".message .link-button", "#help dt", "#help dd"));
  }

  @Test
  void summaryQuotesAPhraseOnce() {
    browser.open("/");
    browser.search("\"supply chain\"");
    String summary = browser.driver.findElement(By.id("summary")).getText();
    assertTrue(summary.contains("for “supply chain”"), summary);
    assertFalse(summary.contains("\""), summary);

    browser.search("\"supply chain\" Italy");
    summary = browser.driver.findElement(By.id("summary")).getText();
    assertTrue(summary.contains("for “‘supply chain’ Italy”"), summary);
    assertFalse(summary.contains("\""), summary);
  }

  @Test
  void sortLabelAndItsSelectShareOneLineOnADesktop() {
    browser.viewport(1440, 900);
    for (String query :
        List.of(
            "quantum",
            "cooperation",
            "\"supply chain\"",
            "semiconductors supply chain resilience",
            "artificial intelligence research")) {
      browser.open(
          "/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
      @SuppressWarnings("unchecked")
      List<Number> box =
          (List<Number>)
              browser.js(
                  "const label = document.querySelector('label.sort');"
                      + " const text = Array.from(label.childNodes).find(n => n.nodeType === 3"
                      + "  && n.textContent.trim());"
                      + " const range = document.createRange(); range.selectNodeContents(text);"
                      + " const lines = new Set(Array.from(range.getClientRects())"
                      + "  .filter(r => r.width > 0).map(r => Math.round(r.top)));"
                      + " const t = range.getBoundingClientRect();"
                      + " const s = document.getElementById('sort').getBoundingClientRect();"
                      + " return [lines.size, t.top, t.bottom, s.top + s.height / 2,"
                      + "  parseFloat(getComputedStyle(label).lineHeight), t.height];");
      assertEquals(1, box.get(0).intValue(), query + ": \"Sort by\" on one line " + box);
      double middle = box.get(3).doubleValue();
      assertTrue(
          middle >= box.get(1).doubleValue() && middle <= box.get(2).doubleValue(),
          query + ": the select beside its label " + box);
      assertTrue(
          box.get(5).doubleValue() < 1.5 * box.get(4).doubleValue(),
          query + ": label one line high " + box);
    }
  }

  @Test
  void backFromADocumentFocusesTheResultItWasOpenedFrom() {
    browser.open("/?q=cooperation");
    List<WebElement> links =
        browser.driver.findElements(By.cssSelector("#results .result-title a"));
    assertTrue(links.size() >= 6, "a page of results to scroll through");
    WebElement opened = links.get(links.size() - 2);
    String chunkId =
        (String)
            browser.js("return arguments[0].closest('li[data-chunk-id]').dataset.chunkId;", opened);
    browser.js("arguments[0].scrollIntoView({block: 'center'});", opened);
    int before = browser.renders();
    opened.click();
    browser.awaitRender(before);
    assertEquals("document", browser.js("return document.documentElement.dataset.view;"));

    before = browser.renders();
    browser.driver.navigate().back();
    browser.awaitRender(before);
    assertEquals("results", browser.js("return document.documentElement.dataset.view;"));
    assertEquals(
        chunkId,
        browser.js(
            "const a = document.activeElement;"
                + " return a.matches('.result-title a') ? a.closest('li').dataset.chunkId : a.outerHTML;"));
    assertEquals(
        Boolean.TRUE,
        browser.js(
            "const r = document.activeElement.getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;"),
        "the focused result is in view");
  }

  @Test
  void aQueryThatCannotBeReadShowsNoEmptyFiltersHeading() {
    browser.open("/?q=quantum");
    assertTrue(browser.driver.findElement(By.id("facets-title")).isDisplayed());
    browser.search("country:Atlantis");
    assertEquals("error", browser.js("return document.documentElement.dataset.view;"));
    assertTrue(browser.driver.findElement(By.id("message")).isDisplayed());
    assertFalse(browser.driver.findElement(By.id("facets-title")).isDisplayed());

    browser.open("/?q=country:Atlantis");
    assertTrue(browser.driver.findElement(By.cssSelector("#message .error-message")).isDisplayed());
    assertFalse(browser.driver.findElement(By.id("facets-title")).isDisplayed());
    // The message uses the width the filters would have taken.
    double messageLeft =
        ((Number)
                browser.js(
                    "return document.getElementById('message').getBoundingClientRect().left;"))
            .doubleValue();
    assertTrue(messageLeft < 100, "the message starts at the left: " + messageLeft);
  }

  @Test
  void pageIconAndFaviconIcoAreServed() throws Exception {
    HttpResponse<String> ico = browser.get("/favicon.ico");
    assertNotEquals(404, ico.statusCode());
    assertEquals(200, ico.statusCode());
    assertTrue(
        ico.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
        ico.headers().toString());

    browser.open("/");
    String href = (String) browser.js("return document.querySelector('link[rel~=\"icon\"]').href;");
    assertTrue(href.startsWith(browser.base + "/"), href);
    HttpResponse<String> icon = browser.get(href.substring(browser.base.length()));
    assertEquals(200, icon.statusCode());
    assertTrue(
        icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"),
        icon.headers().toString());
    assertTrue(icon.body().contains("<svg"), "an SVG image");
  }
}
