package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's workflow on the page, in headless Chromium: exporting a result set, copying a
 * passage's link, citing it, following a link to changed text, narrowing to a period.
 */
class BrowserAnalystTest {
  // Two dated notes beside the seed corpus (dated 2025 and undated), so the years spread.
  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpus(
          Map.of(
              "old-note.txt", "An old note on quantum sensing cooperation.\n",
              "old-note.txt.meta.json",
                  "{\"title\": \"Old quantum note\", \"date\": \"2019-04-02\"}",
              "mid-note.txt", "A later note on quantum computing cooperation.\n",
              "mid-note.txt.meta.json", "{\"title\": \"Mid quantum note\", \"date\": \"2021\"}"));

  private static Path downloads;

  @BeforeAll
  static void allowDownloadsAndTheClipboard() throws IOException {
    downloads = Files.createDirectories(browser.work().resolve("downloads"));
    browser.driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    browser.driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  @Test
  void exportMenuDownloadsEveryResultOfTheSearchNotJustThePage() throws Exception {
    browser.open("/?q=korea&size=5");
    WebElement menu = browser.driver.findElement(By.id("export-menu"));
    menu.findElement(By.tagName("summary")).click();
    WebElement csv = menu.findElement(By.cssSelector("a[data-format='csv']"));
    assertTrue(csv.isDisplayed());
    assertEquals(4, menu.findElements(By.cssSelector("a[data-format]")).size());

    csv.click();
    Path file = downloads.resolve("policy-search-export.csv");
    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> Files.exists(file));
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(Files.readString(file))) {
      it.forEachRemaining(rows::add);
    }
    int total = browser.api("/api/search?q=korea").get("total").asInt();
    assertTrue(total > 5, "more results than the page shows");
    assertEquals(total, rows.size());
  }

  @Test
  void exportMenuOpensBesideTheFiltersWithinTheWindow() {
    for (int width : new int[] {1280, 880, 480, 375}) {
      browser.viewport(width, 800);
      browser.open("/?q=quantum");
      WebElement menu = browser.driver.findElement(By.id("export-menu"));
      menu.findElement(By.tagName("summary")).click();

      // Right-aligned to its button, the menu opened leftwards over the filters' counts (and at
      // 375 px, where the filters fold away, past the window's left edge); at 880 and 480 px the
      // button sits far right, where opening rightwards must stop at the window's edge. The page
      // places it on the menu's toggle event, which comes a task after the click: waited for.
      new WebDriverWait(browser.driver, Duration.ofSeconds(5))
          .withMessage(() -> width + " px wide: " + exportMenuMisplaced())
          .until(d -> exportMenuMisplaced().isEmpty());
      assertTrue(menu.findElement(By.cssSelector("a[data-format='csv']")).isDisplayed());
    }
  }

  /** Where the open Export menu lies wrong (over the filters, out of the window), or "". */
  private static String exportMenuMisplaced() {
    return (String)
        browser.js(
            "const m = document.querySelector('#export-menu ul').getBoundingClientRect();"
                + " const f = document.getElementById('facets').getBoundingClientRect();"
                + " const over = f.width > 0 && m.left < f.right && m.top < f.bottom;"
                + " const out = m.left < 0 || m.right > document.documentElement.clientWidth;"
                + " return (over ? 'over the filters ' : '') + (out ? 'out of the window ' : '')"
                + "   + (over || out ? JSON.stringify(m) : '');");
  }

  @Test
  void copyLinkPutsThePassagesPermalinkOnTheClipboardAndTheLinkOpensThePassage() {
    browser.open("/?q=%22quantum+innovation%22");
    JsonNode hit = apiHit("/api/search?q=%22quantum+innovation%22");
    WebElement result = firstResult();
    result.findElement(By.cssSelector("button.copy-link")).click();
    String permalink = browser.base + hit.get("permalink").asText();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> permalink.equals(clipboard()));

    browser.open(permalink.substring(browser.base.length()));
    WebElement target = browser.driver.findElement(By.cssSelector("#document-view .target"));
    assertEquals(hit.get("chunkId").asText(), target.getAttribute("data-chunk-id"));
    assertTrue(browser.driver.findElements(By.id("changed-passage")).isEmpty());
  }

  @Test
  void copyLinkSaysCopiedOnTheButtonForAMoment() throws IOException {
    browser.open("/?q=%22quantum+innovation%22");
    WebElement copy = firstResult().findElement(By.cssSelector("button.copy-link"));
    String name = copy.getAccessibleName();
    copy.click();

    WebElement sign =
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
            .until(d -> copy.findElement(By.cssSelector(".copied")));
    assertTrue(sign.isDisplayed());
    assertEquals("Copied ✓", sign.getText());
    assertEquals(name, copy.getAccessibleName(), "the button keeps its name");
    browser.screenshot("copy-link-copied");
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> copy.findElements(By.cssSelector(".copied")).isEmpty());
  }

  @Test
  void whereTheClipboardIsRefusedOneFieldToCopyFromIsLeftAndGoesOnceLeft() throws IOException {
    browser.open("/?q=%22quantum+innovation%22");
    // As over plain HTTP from another machine, where the page has no clipboard to write to.
    browser.js("navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));");
    WebElement copy = firstResult().findElement(By.cssSelector("button.copy-link"));
    WebElement cite = firstResult().findElement(By.cssSelector("button.cite"));
    double citeTop = cite.getRect().getY();
    String permalink =
        browser.base + apiHit("/api/search?q=%22quantum+innovation%22").get("permalink").asText();

    for (int i = 0; i < 3; i++) {
      copy.click();
    }

    List<WebElement> fields = browser.driver.findElements(By.cssSelector(".copy-fallback"));
    assertEquals(1, fields.size(), "one field, however often Copy link is clicked");
    WebElement field = fields.get(0);
    assertEquals(permalink, field.getAttribute("value"));
    assertEquals(field, browser.driver.switchTo().activeElement());
    assertEquals(
        Boolean.TRUE,
        browser.js(
            "const f = arguments[0]; return f.selectionStart === 0 && f.selectionEnd === f.value.length;",
            field),
        "its text is selected");
    assertEquals("Press Ctrl+C (⌘C on Mac) to copy", field.getAccessibleName());
    assertEquals(citeTop, cite.getRect().getY(), "Cite stays on the row of tools");
    browser.screenshot("copy-by-hand");

    field.sendKeys(Keys.ESCAPE);
    assertTrue(browser.driver.findElements(By.cssSelector(".copy-fallback")).isEmpty());
    assertEquals(copy, browser.driver.switchTo().activeElement());

    copy.click();
    assertEquals(1, browser.driver.findElements(By.cssSelector(".copy-fallback")).size());
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    assertTrue(
        browser.driver.findElements(By.cssSelector(".copy-fallback")).isEmpty(),
        "the field goes once focus leaves it");
  }

  @Test
  void aLinkToTextThatHasSinceChangedOpensThePassageWithANotice() {
    JsonNode hit = apiHit("/api/search?q=%22quantum+innovation%22");
    String stale = hit.get("permalink").asText().replaceAll("&h=[0-9a-f]+", "&h=00000000");
    browser.open(stale);
    WebElement notice = browser.driver.findElement(By.id("changed-passage"));
    assertTrue(notice.isDisplayed());
    assertTrue(notice.getText().contains("has changed since the link was made"));
    WebElement target = browser.driver.findElement(By.cssSelector("#document-view .target"));
    assertEquals(hit.get("chunkId").asText(), target.getAttribute("data-chunk-id"));
  }

  @Test
  void citeShowsThePassageInTextBibTexAndRisReadyToCopy() {
    browser.open("/?q=%22quantum+innovation%22");
    WebElement cite = firstResult().findElement(By.cssSelector("button.cite"));
    cite.click();
    assertEquals("true", cite.getAttribute("aria-expanded"));
    WebElement text =
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
            .until(d -> firstResult().findElement(By.cssSelector("textarea[data-format='text']")));
    String citation = text.getAttribute("value");
    assertTrue(citation.startsWith("United States and South Korea. “Joint Statement"), citation);
    assertTrue(citation.contains("(accessed "), citation);
    assertTrue(
        firstResult()
            .findElement(By.cssSelector("textarea[data-format='bibtex']"))
            .getAttribute("value")
            .startsWith("@misc{"));
    assertTrue(
        firstResult()
            .findElement(By.cssSelector("textarea[data-format='ris']"))
            .getAttribute("value")
            .startsWith("TY  - GOVDOC"));
    firstResult().findElement(By.cssSelector("button.copy-citation[data-format='bibtex']")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> clipboard().startsWith("@misc{"));
  }

  @Test
  void documentViewParagraphsCanBeLinkedToo() {
    JsonNode hit = apiHit("/api/search?q=%22quantum+innovation%22");
    browser.open(hit.get("url").asText());
    WebElement target = browser.driver.findElement(By.cssSelector("#document-view .target"));
    target.findElement(By.cssSelector("button.copy-link")).click();
    String permalink = browser.base + hit.get("permalink").asText();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> permalink.equals(clipboard()));
  }

  @Test
  void anyParagraphOfTheDocumentViewFindsSimilarPassagesInOtherDocuments() {
    JsonNode hit =
        apiHit("/api/search?q=%22memorandum+of+understanding%22+semiconductors&country=IT");
    browser.open(hit.get("url").asText());
    WebElement target = browser.driver.findElement(By.cssSelector("#document-view .target"));
    WebElement similar = target.findElement(By.cssSelector("button.similar-toggle"));
    similar.click();
    assertEquals("true", similar.getAttribute("aria-expanded"));
    List<WebElement> passages =
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
            .until(
                d -> {
                  List<WebElement> found =
                      target.findElements(By.cssSelector(".similar-passage[data-document-id]"));
                  return found.isEmpty() ? null : found;
                });
    for (WebElement passage : passages) {
      assertFalse(
          passage.getAttribute("data-document-id").equals(hit.get("documentId").asText()),
          "a passage of another document");
      assertFalse(passage.findElements(By.cssSelector("a[data-internal]")).isEmpty());
    }
  }

  @Test
  void dateRangeNarrowsTheResultsAndTheHistogramStillShowsEveryYear() {
    // The news items carry no date: counted apart from the bars.
    browser.open("/?q=cooperation");
    assertTrue(
        browser.driver.findElement(By.id("undated-count")).getText().startsWith("Undated: "));
    browser.open("/?q=quantum");
    assertEquals(List.of("2019", "2021", "2025"), barYears());

    WebElement from = browser.driver.findElement(By.id("period-from"));
    from.sendKeys("2020");
    int before = browser.renders();
    browser.driver.findElement(By.cssSelector("#period-form button[type='submit']")).click();
    browser.awaitRender(before);

    assertTrue(browser.driver.getCurrentUrl().contains("from=2020"));
    assertFalse(titles().contains("Old quantum note"));
    assertTrue(titles().contains("Mid quantum note"));
    // The years outside the period stay on the histogram, drawn as outside it.
    assertEquals(List.of("2019", "2021", "2025"), barYears());
    assertEquals(
        List.of("2021", "2025"),
        browser.js(
            "return Array.from(document.querySelectorAll('.histogram .bar.in-period'))"
                + ".map(b => b.dataset.year);"));
    WebElement chip =
        browser.driver.findElement(By.cssSelector("#active-filters [data-facet='period']"));
    assertTrue(chip.getText().contains("from 2020"), chip.getText());

    before = browser.renders();
    browser.driver.findElement(By.cssSelector(".histogram .bar[data-year='2019']")).click();
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().contains("from=2019&to=2019"));
    assertEquals(List.of("Old quantum note"), titles());
  }

  @Test
  void theYearHistogramIsOneTabStopWalkedWithTheArrowKeys() {
    browser.open("/?q=quantum");
    assertEquals(List.of("2019", "2021", "2025"), barYears());
    WebElement apply =
        browser.driver.findElement(By.cssSelector("#period-form button[type='submit']"));
    browser.js("arguments[0].focus();", apply);

    tab(false);
    assertEquals("2019", focusedBar(), "Tab from Apply reaches the first bar");
    tab(false);
    assertEquals(null, focusedBar(), "the next Tab leaves the histogram");
    tab(true);
    assertEquals("2019", focusedBar(), "Shift+Tab comes back to it");

    keys(Keys.ARROW_RIGHT);
    assertEquals("2021", focusedBar());
    keys(Keys.END);
    assertEquals("2025", focusedBar());
    keys(Keys.ARROW_RIGHT);
    assertEquals("2025", focusedBar(), "the last bar stays the last");
    keys(Keys.HOME);
    assertEquals("2019", focusedBar());
    keys(Keys.ARROW_RIGHT);
    tab(true);
    tab(false);
    assertEquals("2021", focusedBar(), "the stop is the bar last moved to");
    assertTrue(
        browser.driver.switchTo().activeElement().getAccessibleName().startsWith("2021: "),
        "a bar still says its year and count");

    int before = browser.renders();
    keys(Keys.ENTER);
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().contains("from=2021&to=2021"));
    assertEquals(
        List.of("2021"),
        browser.js(
            "return Array.from(document.querySelectorAll('.histogram .bar'))"
                + ".filter(b => b.tabIndex === 0).map(b => b.dataset.year);"),
        "the one stop is the period's bar");
  }

  private static void tab(boolean back) {
    Actions actions = new Actions(browser.driver);
    if (back) {
      actions.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    } else {
      actions.sendKeys(Keys.TAB).perform();
    }
  }

  private static void keys(CharSequence key) {
    new Actions(browser.driver).sendKeys(key).perform();
  }

  /** The year of the histogram bar that has the focus, or null. */
  private static String focusedBar() {
    return (String)
        browser.js(
            "const a = document.activeElement;"
                + " return a.matches('.histogram .bar') ? a.dataset.year : null;");
  }

  @Test
  void sortedByDateUndatedResultsComeLastLabelledUndated() {
    browser.open("/?q=cooperation&sort=date");
    List<String> metas = metaLines();
    int firstUndated =
        metas.indexOf(metas.stream().filter(m -> m.contains("Undated")).findFirst().orElse(""));
    browser.open("/?q=cooperation&sort=date&page=" + pages("/api/search?q=cooperation"));
    List<String> last = metaLines();
    assertTrue(last.get(last.size() - 1).contains("Undated"), last.toString());
    assertTrue(
        firstUndated < 0
            || metas.subList(firstUndated, metas.size()).stream()
                .allMatch(m -> m.contains("Undated")),
        metas.toString());
    // By relevance the order says nothing of dates, and nothing is labelled.
    browser.open("/?q=cooperation&type=news");
    assertTrue(metaLines().stream().noneMatch(m -> m.contains("Undated")), metaLines().toString());
  }

  @Test
  void aBoundThatIsNotADateIsExplainedAndNothingChanges() {
    browser.open("/?q=quantum");
    String url = browser.driver.getCurrentUrl();
    browser.driver.findElement(By.id("period-to")).sendKeys("next year");
    browser.driver.findElement(By.cssSelector("#period-form button[type='submit']")).click();
    assertTrue(browser.driver.findElement(By.id("period-error")).getText().contains("next year"));
    assertEquals(url, browser.driver.getCurrentUrl());
  }

  @Test
  void aReversedOrUnrealPeriodIsExplainedByTheDateBoxesAndTheResultsStay() throws Exception {
    List<String> unnarrowed = BrowserHarness.chunkIds(browser.api("/api/search?q=cooperation"));
    for (String period : List.of("from=2026&to=2020", "from=2019-13", "to=2025-02-30")) {
      browser.open("/?q=cooperation&" + period);
      assertEquals(unnarrowed, browser.shownChunkIds(), period);
      String error = browser.driver.findElement(By.id("period-error")).getText();
      assertTrue(
          error.contains(period.startsWith("from=2026") ? "is after" : "is not a year"), error);
      String notice = browser.driver.findElement(By.id("notice")).getText();
      assertTrue(notice.contains("The date range was not applied"), notice);
    }
    // Typed into the boxes, a reversed period goes nowhere and is explained.
    browser.open("/?q=cooperation");
    String url = browser.driver.getCurrentUrl();
    browser.driver.findElement(By.id("period-from")).sendKeys("2026");
    browser.driver.findElement(By.id("period-to")).sendKeys("2020");
    browser.driver.findElement(By.cssSelector("#period-form button[type='submit']")).click();
    assertEquals(
        "From (2026) is after To (2020).",
        browser.driver.findElement(By.id("period-error")).getText());
    assertEquals(url, browser.driver.getCurrentUrl());
  }

  @Test
  void aPeriodThatLeavesNothingSaysSoAndOffersToRemoveIt() {
    browser.open("/?q=cooperation&from=1800&to=1900");
    String message = browser.driver.findElement(By.id("message")).getText();
    assertTrue(message.contains("Nothing matches “cooperation” in this period."), message);
    int before = browser.renders();
    browser.driver.findElement(By.cssSelector("#message [data-remove-filter='period']")).click();
    browser.awaitRender(before);
    assertFalse(browser.driver.getCurrentUrl().contains("from="), browser.driver.getCurrentUrl());
    assertFalse(browser.shownChunkIds().isEmpty());
  }

  @Test
  void aPagePastTheLastSaysSoAndLeadsToTheLast() {
    int pages = pages("/api/search?q=cooperation");
    browser.open("/?q=cooperation&page=99");
    String message = browser.driver.findElement(By.id("message")).getText();
    assertTrue(message.contains("Page 99 is past the last page of results"), message);
    assertFalse(message.contains("Nothing matches"), message);
    int before = browser.renders();
    browser.driver.findElement(By.cssSelector("#message .way-out a")).click();
    browser.awaitRender(before);
    assertTrue(
        browser.driver.getCurrentUrl().contains("page=" + pages), browser.driver.getCurrentUrl());
    assertFalse(browser.shownChunkIds().isEmpty());
  }

  @Test
  void aPageBeyondTheFirstTenThousandResultsSaysItIsPastTheLastAsANearerOneDoes() {
    int pages = pages("/api/search?q=cooperation");
    browser.open("/?q=cooperation&page=9999");
    String message = browser.driver.findElement(By.id("message")).getText();
    // Not "Only the first 10000 results can be paged through": this search has far fewer.
    assertTrue(message.contains("Page 9999 is past the last page of results"), message);
    assertTrue(
        browser
            .driver
            .findElement(By.cssSelector("#message .way-out a"))
            .getText()
            .endsWith(", " + pages),
        message);
  }

  @Test
  void escapeClosesTheCitePanelAndTheExportMenuAndFocusGoesBackToTheirButtons() {
    browser.open("/?q=%22quantum+innovation%22");
    WebElement cite = firstResult().findElement(By.cssSelector("button.cite"));
    cite.click();
    WebElement text =
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
            .until(d -> firstResult().findElement(By.cssSelector("textarea[data-format='text']")));
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> text.equals(d.switchTo().activeElement()));

    text.sendKeys(Keys.ESCAPE);

    assertEquals("false", cite.getAttribute("aria-expanded"));
    assertFalse(text.isDisplayed());
    assertEquals(cite, browser.driver.switchTo().activeElement());

    WebElement menu = browser.driver.findElement(By.id("export-menu"));
    WebElement summary = menu.findElement(By.tagName("summary"));
    summary.click();
    WebElement csv = menu.findElement(By.cssSelector("a[data-format='csv']"));
    csv.sendKeys(Keys.ESCAPE);

    assertFalse(csv.isDisplayed());
    assertEquals(summary, browser.driver.switchTo().activeElement());
  }

  @Test
  void aLinkToAPassagePastTheDocumentsEndSaysItIsNoLongerThere() {
    browser.open("/?doc=korea-italy-mou-news-b&chunk=korea-italy-mou-news-b%3A999");
    WebElement notice = browser.driver.findElement(By.id("missing-passage"));
    assertTrue(notice.isDisplayed());
    assertTrue(notice.getText().contains("no longer in this document"), notice.getText());
    assertTrue(browser.driver.findElements(By.cssSelector("#document-view .target")).isEmpty());
  }

  @SuppressWarnings("unchecked")
  private static List<String> metaLines() {
    return (List<String>)
        browser.js(
            "return Array.from(document.querySelectorAll('#results > li.result > .meta'))"
                + ".map(m => m.textContent);");
  }

  private static int pages(String search) {
    try {
      return (browser.api(search).get("total").asInt() + 9) / 10;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static WebElement firstResult() {
    return browser.driver.findElement(By.cssSelector("#results > li.result"));
  }

  private static JsonNode apiHit(String path) {
    try {
      return browser.api(path).get("hits").get(0);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String clipboard() {
    Object text =
        browser.driver.executeAsyncScript(
            "const done = arguments[0];"
                + " navigator.clipboard.readText().then(done, () => done(''));");
    return text == null ? "" : text.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> barYears() {
    return (List<String>)
        browser.js(
            "return Array.from(document.querySelectorAll('.histogram .bar'))"
                + ".map(b => b.dataset.year);");
  }

  @SuppressWarnings("unchecked")
  private static List<String> titles() {
    return (List<String>)
        browser.js(
            "return Array.from(document.querySelectorAll('#results .result-title'))"
                + ".map(t => t.textContent.trim());");
  }
}
