package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policysearch.search.TestIndexes;

/**
 * Reading a document in headless Chromium: its contents, find in the document, the bar that stays
 * at the top and the link to the original.
 */
class BrowserDocumentReadingTest {
  private static final String SOURCE = "https://example.org/notes/linked-note";

  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpus(
          Map.of(
              "sectioned-report.txt",
              DocumentOutlineTest.sectionedReport(),
              "many-parts.txt",
              manyParts(),
              "linked-note.txt",
              "A short note on research cooperation, published online.\n",
              "linked-note.txt.meta.json",
              "{\"title\": \"Linked note\", \"type\": \"news\", \"url\": \"" + SOURCE + "\"}"));

  @AfterEach
  void wideAgain() {
    browser.viewport(1440, 900);
  }

  @Test
  void contentsListTheSectionsAndAClickJumpsToOneAndMarksItCurrent() throws Exception {
    browser.open("/?doc=" + TestIndexes.US_ROK);

    List<String> titles = new ArrayList<>();
    browser
        .api("/api/documents/" + TestIndexes.US_ROK + "/outline")
        .get("sections")
        .forEach(s -> titles.add(s.get("title").asText()));
    assertEquals(titles, tocTitles());
    assertEquals(
        "Contents",
        browser.driver.findElement(By.cssSelector("nav#toc")).getAttribute("aria-label"));

    tocLink("Cooperating on Space Exploration").click();

    WebElement heading = chunk(35);
    await("the section's heading is in view", () -> inView(heading));
    assertTrue(heading.getText().startsWith("Cooperating on Space Exploration"));
    await("its entry is current", () -> "Cooperating on Space Exploration".equals(current()));
    browser.screenshot("document-contents");
  }

  @Test
  void currentSectionFollowsScrolling() {
    browser.open("/?doc=sectioned-report");
    // The report's title line is its first heading, so its first entry.
    await("the first entry is current", () -> tocTitles().get(0).equals(current()));

    browser.js(
        "document.querySelector('[data-ordinal=\"150\"]').scrollIntoView({block: 'start'});");

    await("the section scrolled to is current", () -> "II. Research Security".equals(current()));
  }

  @Test
  void aLinkedPassagesOwnSectionIsMarkedInTheContents() throws Exception {
    // Linked to, a passage is set mid-screen, below the line the contents follow while scrolling:
    // the section above it was marked, not the one the reader was sent to.
    int passage = sectionOrdinal("sectioned-report", "III. Quantum Networks") + 2;
    int heading = sectionOrdinal(TestIndexes.US_ROK, "Leading Quantum Innovation");
    for (int[] window : new int[][] {{1440, 900}, {640, 450}}) {
      browser.viewport(window[0], window[1]);
      for (Map.Entry<String, Integer> link :
          Map.of("sectioned-report", passage, TestIndexes.US_ROK, heading).entrySet()) {
        String doc = link.getKey();
        int ordinal = link.getValue();
        browser.open("/?q=research&doc=" + doc + "&chunk=" + doc + "%3A" + ordinal);
        assertTrue(inView(chunk(ordinal)), doc + ":" + ordinal + " is in view");
        String expected = sectionHolding(doc, ordinal);
        String at = doc + ":" + ordinal + " at " + window[0] + "x" + window[1];
        await(at + " marks " + expected, () -> expected.equals(current()));
        // And it stays marked once the landing has settled, with no scrolling by the reader.
        Thread.sleep(800);
        assertEquals(expected, current(), at);
      }
    }
  }

  /** The ordinal of the section titled {@code title} in {@code doc}'s outline. */
  private static int sectionOrdinal(String doc, String title) throws Exception {
    for (JsonNode section : browser.api("/api/documents/" + doc + "/outline").get("sections")) {
      if (section.get("title").asText().equals(title)) {
        return section.get("ordinal").asInt();
      }
    }
    throw new AssertionError("no section " + title + " in " + doc);
  }

  /** The title of the deepest section of {@code doc} that holds the chunk {@code ordinal}. */
  private static String sectionHolding(String doc, int ordinal) throws Exception {
    String holding = null;
    for (JsonNode section : browser.api("/api/documents/" + doc + "/outline").get("sections")) {
      int start = section.get("ordinal").asInt();
      if (start <= ordinal && ordinal < start + section.get("chunks").asInt()) {
        holding = section.get("title").asText();
      }
    }
    assertTrue(holding != null, "a section holds " + doc + ":" + ordinal);
    return holding;
  }

  @Test
  void sectionNotLoadedYetIsLoadedAndShownOnClick() {
    browser.open("/?doc=sectioned-report");
    assertEquals("0-200 of 506", range());

    tocLink("V. Final Provisions").click();

    await("its heading is shown", () -> !browser.driver.findElements(ordinal(405)).isEmpty());
    WebElement heading = chunk(405);
    assertEquals("V. Final Provisions", heading.getText());
    await("its heading is in view", () -> inView(heading));
    await("its entry is current", () -> "V. Final Provisions".equals(current()));
  }

  @Test
  void foldingASectionHidesItsSubsections() {
    browser.open("/?doc=" + TestIndexes.US_ROK);
    WebElement fold =
        browser.driver.findElement(
            By.cssSelector("#toc button[aria-label='Subsections of II. Areas of Cooperation']"));
    assertEquals("true", fold.getAttribute("aria-expanded"));
    assertTrue(tocLink("Trusted Technology Leadership").isDisplayed());

    fold.click();

    assertEquals("false", fold.getAttribute("aria-expanded"));
    assertFalse(tocLink("Trusted Technology Leadership").isDisplayed());
    assertFalse(tocLink("Research Security").isDisplayed());
    assertTrue(tocLink("III. Operation and Discontinuation").isDisplayed());

    fold.click();
    assertTrue(tocLink("Research Security").isDisplayed());
  }

  @Test
  void findStepsFromMatchToMatchThroughTheWholeDocument() throws Exception {
    browser.open("/?doc=sectioned-report");
    JsonNode found = browser.api("/api/documents/sectioned-report/find?q=lattice");
    int total = found.get("total").asInt();
    assertTrue(total > 3, found.toString());

    WebElement box = browser.driver.findElement(By.id("find-q"));
    box.sendKeys("lattice", Keys.ENTER);

    await("the first match", () -> status().equals("1 of " + total + " matches"));
    assertEquals("status", browser.driver.findElement(By.id("find-status")).getAttribute("role"));
    WebElement first = currentMatch();
    assertEquals("lattice", first.getText());
    assertEquals(ordinalOf(found, 0), chunkOrdinal(first));
    assertTrue(inView(first));

    browser.driver.findElement(By.id("find-next")).click();

    await("the second match", () -> status().equals("2 of " + total + " matches"));
    WebElement second = currentMatch();
    assertNotEquals(first, second);
    assertEquals(ordinalOf(found, 1), chunkOrdinal(second));
    assertTrue(inView(second));
    assertEquals(1, countCurrent());

    // Past the first page the document has not loaded: Enter goes on there.
    box.sendKeys(Keys.ENTER);
    await("the third match", () -> status().equals("3 of " + total + " matches"));
    box.sendKeys(Keys.ENTER);
    await("the fourth match", () -> status().equals("4 of " + total + " matches"));
    WebElement fourth = currentMatch();
    assertEquals(ordinalOf(found, 3), chunkOrdinal(fourth));
    assertTrue(ordinalOf(found, 3) >= 200, found.toString());
    assertTrue(inView(fourth));

    box.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
    await("back to the third", () -> status().equals("3 of " + total + " matches"));
    assertEquals(ordinalOf(found, 2), chunkOrdinal(currentMatch()));
    browser.screenshot("document-find");
  }

  @Test
  void theAddressFollowsJumpsInTheDocumentAndReloadingOpensWhereTheReaderJumped() throws Exception {
    browser.open("/?q=lattice");
    int before = browser.renders();
    browser.driver.findElement(By.cssSelector("#results a[href*='doc=sectioned-report']")).click();
    browser.awaitRender(before);
    long entries = (Long) browser.js("return history.length;");

    tocLink("V. Final Provisions").click();
    await("the address names the section jumped to", () -> "sectioned-report:405".equals(chunk()));

    JsonNode found = browser.api("/api/documents/sectioned-report/find?q=lattice");
    browser.driver.findElement(By.id("find-next")).click();
    await("a first match", () -> status().startsWith("1 of "));
    browser.driver.findElement(By.id("find-next")).click();
    await("the second match", () -> status().startsWith("2 of "));
    int second = ordinalOf(found, 1);
    await(
        "the address names the match's passage",
        () -> ("sectioned-report:" + second).equals(chunk()));
    // The jumps replaced the entry: Back still leaves the document, as it did before them.
    assertEquals(entries, browser.js("return history.length;"));
    assertTrue(browser.driver.getCurrentUrl().contains("q=lattice"));

    browser.driver.navigate().refresh();
    browser.awaitRender(0);
    WebElement target = browser.driver.findElement(By.cssSelector(".chunk[aria-current='true']"));
    assertEquals(String.valueOf(second), target.getAttribute("data-ordinal"));
    assertTrue(inView(target));
    // A link to the passage as it reads: reloaded, it is not said to have changed.
    assertTrue(browser.driver.findElements(By.id("changed-passage")).isEmpty());

    before = browser.renders();
    browser.driver.navigate().back();
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=lattice"));
    assertEquals("results", browser.js("return document.documentElement.dataset.view;"));
  }

  /** The passage the address bar names, or null. */
  private static String chunk() {
    return (String) browser.js("return new URLSearchParams(location.search).get('chunk');");
  }

  @Test
  void findMarksSynonymsAndSaysWhenThereIsNothingToFind() {
    browser.open("/?doc=" + TestIndexes.NEWS_B);
    WebElement box = browser.driver.findElement(By.id("find-q"));

    box.sendKeys(Keys.ENTER);
    await("asked for words", () -> status().startsWith("Type the words"));

    box.sendKeys("chips", Keys.ENTER);
    await("the first match", () -> status().matches("1 of \\d+ matches"));
    List<String> marks = browser.marks("#document-body");
    assertTrue(
        marks.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).startsWith("semiconductor")),
        marks.toString());

    box.clear();
    box.sendKeys("-chips", Keys.ENTER);
    await("a clear message", () -> status().contains("no words to find"));
  }

  @Test
  void withAnEmptyBoxNextAndPreviousStepThroughTheSearchsWordsFromTheLinkedPassage()
      throws Exception {
    browser.open("/?q=semiconductors&doc=" + TestIndexes.NEWS_B + "&chunk=" + linked());
    JsonNode found = browser.api("/api/documents/" + TestIndexes.NEWS_B + "/find?q=semiconductors");
    int total = found.get("total").asInt();
    // The matches before the linked passage: Next goes to its first, Previous to the one before.
    int counted = 0;
    for (JsonNode chunk : found.get("chunks")) {
      counted += chunk.get("ordinal").asInt() < 10 ? chunk.get("matches").asInt() : 0;
    }
    int before = counted;
    assertTrue(before > 0 && before < total, found.toString());
    List<String> searchMarks = browser.marks("#document-body");

    browser.driver.findElement(By.id("find-next")).click();

    await(
        "the linked passage's first match",
        () -> status().equals((before + 1) + " of " + total + " matches"));
    assertEquals(10, chunkOrdinal(currentMatch()));
    assertTrue(inView(currentMatch()));
    // The search's own marks stay: stepping through them marks nothing else.
    assertEquals(searchMarks, browser.marks("#document-body"));

    browser.driver.findElement(By.id("find-previous")).click();
    await("the match before it", () -> status().equals(before + " of " + total + " matches"));
    assertEquals(ordinalOf(found, before - 1), chunkOrdinal(currentMatch()));
  }

  @Test
  void escapeInTheFindBoxEndsTheFindAndBringsBackTheSearchsMarks() {
    browser.open("/?q=semiconductors&doc=" + TestIndexes.NEWS_B + "&chunk=" + linked());
    List<String> searchMarks = browser.marks("#document-body");
    WebElement box = browser.driver.findElement(By.id("find-q"));
    box.sendKeys("Italy", Keys.ENTER);
    await("the find's first match", () -> status().matches("1 of \\d+ matches?"));
    assertNotEquals(searchMarks, browser.marks("#document-body"));

    box.sendKeys(Keys.ESCAPE);

    await("the search's marks again", () -> searchMarks.equals(browser.marks("#document-body")));
    assertEquals("", box.getAttribute("value"));
    assertEquals("", status());
    assertEquals(0, countCurrent());
  }

  /** The permalink chunk of the second news story the find tests open at, URL-encoded. */
  private static String linked() {
    return TestIndexes.NEWS_B + "%3A10";
  }

  @Test
  void barStaysInViewAndLeadsBackToTheResultsWithTheQuery() {
    browser.open("/?q=quantum");
    int before = browser.renders();
    browser.driver.findElement(By.cssSelector("#results li h2 a")).click();
    browser.awaitRender(before);

    browser.js("window.scrollTo(0, document.documentElement.scrollHeight);");
    WebElement bar = browser.driver.findElement(By.id("document-bar"));
    await("scrolled", () -> ((Number) browser.js("return window.scrollY;")).doubleValue() > 100);
    assertEquals(
        Boolean.TRUE,
        browser.js(
            "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < 5;", bar),
        "the bar is at the top of the window");
    WebElement back = browser.driver.findElement(By.id("back-link"));
    assertEquals("← Back to results", back.getText());
    assertTrue(inView(back));

    before = browser.renders();
    back.click();
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=quantum"));
    assertEquals("results", browser.js("return document.documentElement.dataset.view;"));
    assertEquals("quantum", browser.driver.findElement(By.id("q")).getAttribute("value"));
  }

  @Test
  void tabbingThroughTheDocumentBarKeepsTheTextWhereItWas() {
    // The bar is sticky, so its controls are on screen wherever the reader is: focus moving
    // among them must not scroll (it scrolled half a window up at every Tab).
    for (int[] window : new int[][] {{1440, 900}, {768, 1024}, {375, 700}}) {
      browser.viewport(window[0], window[1]);
      browser.open("/?q=lattice&doc=sectioned-report&chunk=sectioned-report%3A150");
      String at = window[0] + "x" + window[1];
      WebElement target = browser.driver.findElement(By.cssSelector(".chunk.target"));
      await(at + ": the linked passage is in view", () -> inView(target));
      WebElement back = browser.driver.findElement(By.id("back-link"));
      browser.js("arguments[0].focus({preventScroll: true});", back);
      double y = scrollY();
      assertTrue(y > 1000, at + ": scrolled down to the passage, at " + y);

      List<String> visited = new ArrayList<>();
      while (!visited.contains("find-next") && visited.size() < 6) {
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        visited.add(browser.driver.switchTo().activeElement().getAttribute("id"));
        assertEquals(y, scrollY(), at + ": after Tab to " + visited);
      }
      assertTrue(visited.contains("find-q"), at + ": Tab went through the bar: " + visited);
      while (!"back-link".equals(browser.driver.switchTo().activeElement().getAttribute("id"))
          && visited.size() < 12) {
        new Actions(browser.driver)
            .keyDown(Keys.SHIFT)
            .sendKeys(Keys.TAB)
            .keyUp(Keys.SHIFT)
            .perform();
        visited.add(browser.driver.switchTo().activeElement().getAttribute("id"));
        assertEquals(y, scrollY(), at + ": after Shift+Tab to " + visited);
      }
      assertTrue(inView(target), at + ": the linked passage is still in view");

      // Focus going back up the text to a control under the bar still brings it out below.
      WebElement copy = target.findElement(By.cssSelector("button.copy-link"));
      browser.js(
          "arguments[0].focus({preventScroll: true});"
              + " const bar = document.getElementById('document-bar').getBoundingClientRect();"
              + " window.scrollBy(0, arguments[1].getBoundingClientRect().top - bar.bottom + 10);",
          target.findElement(By.cssSelector("button.cite")),
          copy);
      assertFalse(inView(copy), at + ": Copy link is under the bar");
      new Actions(browser.driver)
          .keyDown(Keys.SHIFT)
          .sendKeys(Keys.TAB)
          .keyUp(Keys.SHIFT)
          .perform();
      assertEquals(copy, browser.driver.switchTo().activeElement());
      assertTrue(inView(copy), at + ": Copy link, focused, is below the bar");
    }
  }

  private static double scrollY() {
    return ((Number) browser.js("return window.scrollY;")).doubleValue();
  }

  @Test
  void onANarrowScreenTheContentsWaitBehindAButton() throws IOException {
    browser.viewport(375, 800);
    browser.open("/?doc=" + TestIndexes.US_ROK);
    WebElement toggle = browser.driver.findElement(By.id("toc-toggle"));
    assertTrue(toggle.isDisplayed());
    assertFalse(browser.driver.findElement(By.id("toc")).isDisplayed());
    assertEquals(
        Boolean.TRUE,
        browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"),
        "nothing wider than the screen");
    // The bar's title has a line of its own: most of it shows, not "Join…".
    WebElement title =
        browser.driver.findElement(By.cssSelector("#document-bar .document-bar-title"));
    assertTrue(
        title.getSize().getWidth() > 300, "the title's width: " + title.getSize().getWidth());

    toggle.click();

    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertTrue(browser.driver.findElement(By.id("toc")).isDisplayed());
    browser.screenshot("document-contents-narrow");
    tocLink("Leading Quantum Innovation").click();
    WebElement heading = chunk(31);
    await("the section is in view", () -> inView(heading));
    assertFalse(browser.driver.findElement(By.id("toc")).isDisplayed());
    assertEquals("false", toggle.getAttribute("aria-expanded"));
  }

  /** A framework of 45 numbered parts, each with two subsections: 136 entries of contents. */
  private static String manyParts() {
    String[] romans = {"XL", "X", "IX", "V", "IV", "I"};
    int[] values = {40, 10, 9, 5, 4, 1};
    StringBuilder text = new StringBuilder("Framework of Many Parts\n\n");
    for (int part = 1; part <= 45; part++) {
      StringBuilder roman = new StringBuilder();
      for (int i = 0, left = part; i < values.length; i++) {
        for (; left >= values[i]; left -= values[i]) {
          roman.append(romans[i]);
        }
      }
      text.append(roman)
          .append(". Cooperation in Part ")
          .append(part)
          .append("\n\nThe Participants intend to cooperate closely in this area.\n\n")
          .append("Shared Research Topics\n\nJoint studies and exchanges for part ")
          .append(part)
          .append(".\n\nJoint Working Groups\n\nThe groups of part ")
          .append(part)
          .append(" meet twice a year.\n\n");
    }
    return text.toString();
  }

  @Test
  void longContentsOpenFoldedAndThePartHoldingTheCurrentSectionUnfolds() throws Exception {
    browser.open("/?doc=many-parts");
    WebElement fold =
        browser.driver.findElement(
            By.cssSelector("#toc button[aria-label='Subsections of II. Cooperation in Part 2']"));
    assertEquals("false", fold.getAttribute("aria-expanded"));
    assertTrue(tocLink("II. Cooperation in Part 2").isDisplayed());
    assertFalse(
        browser
            .driver
            .findElement(By.cssSelector("#" + fold.getAttribute("aria-controls")))
            .isDisplayed());

    int subsection = -1;
    for (JsonNode section : browser.api("/api/documents/many-parts/outline").get("sections")) {
      if (section
          .get("path")
          .toString()
          .equals("[\"II. Cooperation in Part 2\",\"Shared Research Topics\"]")) {
        subsection = section.get("ordinal").asInt();
      }
    }
    assertTrue(subsection > 0, "part II has the subsection");
    browser.js("arguments[0].scrollIntoView({block: 'start'});", chunk(subsection));

    new WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .withMessage(() -> "the hidden subsection is current, not " + current())
        .until(d -> "Shared Research Topics".equals(current()));
    // The part unfolds to show its current entry, and says it holds it; folded again by hand, its
    // own entry is set in bold instead.
    assertEquals("true", fold.getAttribute("aria-expanded"));
    assertTrue(
        browser
            .driver
            .findElement(By.cssSelector("#toc a[aria-current='location']"))
            .isDisplayed());
    fold.click();
    assertEquals(
        Boolean.TRUE,
        browser.js(
            "return arguments[0].closest('li').classList.contains('holds-current')"
                + " && getComputedStyle(arguments[0].nextElementSibling).fontWeight >= 600;",
            fold),
        "the folded part's entry says it holds the current section");
  }

  @Test
  void theCurrentSectionsEntryIsUnfoldedAndScrolledIntoTheContents() throws Exception {
    int subsection = subsectionOf("XXX. Cooperation in Part 30", "Joint Working Groups");
    browser.open("/?doc=many-parts");

    browser.js("arguments[0].scrollIntoView({block: 'start'});", chunk(subsection));

    await("the subsection is current", () -> "Joint Working Groups".equals(current()));
    WebElement entry =
        browser.driver.findElement(By.cssSelector("#toc a[aria-current='location']"));
    assertEquals(String.valueOf(subsection), entry.getAttribute("data-ordinal"));
    await("its entry is in sight in the contents", () -> inContents(entry));
  }

  @Test
  void atSixHundredFortyPixelsContentsTakesTheFocusAndEscapeClosesThem() throws Exception {
    // Linked to, a heading is set mid-screen: its own section is the one read, a subsection.
    int subsection = subsectionOf("XXX. Cooperation in Part 30", "Shared Research Topics");
    browser.viewport(640, 800);
    browser.open("/?doc=many-parts&chunk=many-parts%3A" + subsection);
    WebElement toggle = browser.driver.findElement(By.id("toc-toggle"));

    toggle.click();

    assertTrue(browser.driver.findElement(By.id("toc")).isDisplayed());
    // On the entry of the section read: a subsection's, in a list that opened folded.
    assertEquals(
        List.of("location", true),
        browser.js(
            "const a = document.activeElement, list = a.closest('ul');"
                + " return [a.getAttribute('aria-current') || a.id,"
                + " Boolean(list) && list.id.startsWith('toc-sub-')];"),
        "focus on the entry of the section read");

    browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);

    assertFalse(browser.driver.findElement(By.id("toc")).isDisplayed());
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    assertEquals("toc-toggle", browser.js("return document.activeElement.id;"));
  }

  /** The ordinal of the heading {@code title} under the part {@code part} of many-parts. */
  private static int subsectionOf(String part, String title) throws Exception {
    for (JsonNode section : browser.api("/api/documents/many-parts/outline").get("sections")) {
      List<String> path = new ArrayList<>();
      section.get("path").forEach(p -> path.add(p.asText()));
      if (path.equals(List.of(part, title))) {
        return section.get("ordinal").asInt();
      }
    }
    throw new AssertionError("no " + title + " under " + part);
  }

  /** Whether a contents entry shows within the contents' own scrolled box. */
  private static boolean inContents(WebElement entry) {
    return Boolean.TRUE.equals(
        browser.js(
            "const r = arguments[0].getBoundingClientRect();"
                + " const box = document.getElementById('toc').getBoundingClientRect();"
                + " return r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1"
                + " && r.bottom <= window.innerHeight;",
            entry));
  }

  @Test
  void sourceLinksToTheOriginal() {
    browser.open("/?doc=linked-note");

    WebElement source =
        browser.driver.findElement(By.cssSelector(".facts a[href='" + SOURCE + "']"));
    assertTrue(source.getAttribute("rel").contains("noopener"));
    assertEquals("_blank", source.getAttribute("target"));
    assertTrue(source.getText().contains(SOURCE));
  }

  private static WebElement tocLink(String title) {
    return browser.driver.findElement(
        By.xpath("//nav[@id='toc']//a[normalize-space(.)='" + title + "']"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> tocTitles() {
    return (List<String>)
        browser.js(
            "return Array.from(document.querySelectorAll('#toc a')).map(a => a.textContent);");
  }

  /** The title of the contents entry marked current, or null. */
  private static String current() {
    return (String)
        browser.js(
            "const a = document.querySelector('#toc a[aria-current=\"location\"]');"
                + " return a ? a.textContent : null;");
  }

  private static By ordinal(int ordinal) {
    return By.cssSelector(".document-chunks [data-ordinal='" + ordinal + "']");
  }

  private static WebElement chunk(int ordinal) {
    return browser.driver.findElement(ordinal(ordinal));
  }

  private static String status() {
    return browser.driver.findElement(By.id("find-status")).getText();
  }

  private static WebElement currentMatch() {
    return browser.driver.findElement(By.cssSelector("#document-body mark.current-match"));
  }

  private static long countCurrent() {
    return (Long) browser.js("return document.querySelectorAll('mark.current-match').length;");
  }

  private static int chunkOrdinal(WebElement mark) {
    return Integer.parseInt(
        (String)
            browser.js("return arguments[0].closest('[data-ordinal]').dataset.ordinal;", mark));
  }

  /** The chunk of match {@code n} (0-based) in a find answer. */
  private static int ordinalOf(JsonNode found, int n) {
    int left = n;
    for (JsonNode chunk : found.get("chunks")) {
      if (left < chunk.get("matches").asInt()) {
        return chunk.get("ordinal").asInt();
      }
      left -= chunk.get("matches").asInt();
    }
    throw new AssertionError("no match " + n + " in " + found);
  }

  /** Whether the element is on the screen and not hidden under the document's sticky bar. */
  private static boolean inView(WebElement element) {
    return Boolean.TRUE.equals(
        browser.js(
            "const r = arguments[0].getBoundingClientRect();"
                + " const bar = document.getElementById('document-bar');"
                + " const top = bar && arguments[0].closest('#document-bar') === null"
                + "   ? bar.getBoundingClientRect().bottom : 0;"
                + " return r.top >= top - 1 && r.bottom <= window.innerHeight + 1;",
            element));
  }

  private static String range() {
    return (String)
        browser.js(
            "const d = document.getElementById('document-body').dataset;"
                + " return d.from + '-' + d.to + ' of ' + d.total;");
  }

  private static void await(String what, Supplier<Boolean> condition) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .withMessage(what)
        .until(d -> condition.get());
  }
}
