package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page when the server cannot be reached, in headless Chromium cut off the network: what was
 * shown stays, a notice says why with a way to try again, and nothing claims to have changed.
 */
class BrowserServerDownTest {
  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpus(
          Map.of("sectioned-report.txt", DocumentOutlineTest.sectionedReport()));

  @AfterEach
  void online() {
    browser.offline(false);
  }

  @Test
  void aFilterTickedWhileTheServerIsDownKeepsTheResultsAndTryAgainAppliesIt() throws Exception {
    browser.open("/?q=semiconductors");
    List<String> shown = browser.shownChunkIds();
    browser.offline(true);

    browser.tick("country", "IT");

    assertEquals(shown, browser.shownChunkIds());
    assertTrue(browser.box("country", "KR").isDisplayed(), "the filters stay");
    WebElement notice = browser.driver.findElement(By.id("unreachable"));
    assertTrue(notice.getText().contains("Could not reach the search server"), notice.getText());
    WebElement retry = browser.driver.switchTo().activeElement();
    assertEquals("Try again", retry.getText());
    browser.screenshot("server-down-results");

    browser.offline(false);
    int before = browser.renders();
    retry.sendKeys(Keys.ENTER);
    browser.awaitRender(before);

    assertTrue(browser.driver.findElements(By.id("unreachable")).isEmpty());
    int total = browser.api("/api/search?q=semiconductors&country=IT").get("total").asInt();
    assertEquals(String.valueOf(total), browser.js("return summary.dataset.total;"));
    // Focus is back on the box that was ticked.
    assertEquals(
        "IT", browser.js("return document.activeElement.dataset.value;"), "the ticked box");
  }

  @Test
  void aCiteThatFailedWhileTheServerWasDownLoadsAtTheNextOpening() {
    browser.open("/?q=semiconductors");
    WebElement result = browser.driver.findElement(By.cssSelector("#results > li.result"));
    WebElement cite = result.findElement(By.cssSelector("button.cite"));
    browser.offline(true);

    cite.click();
    WebElement error =
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
            .until(d -> result.findElement(By.cssSelector(".cite-panel .error-message")));
    assertTrue(error.getText().contains("Could not reach the search server"), error.getText());

    browser.offline(false);
    cite.click();
    assertEquals("false", cite.getAttribute("aria-expanded"));
    cite.click();

    WebElement text =
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
            .until(
                d ->
                    result.findElement(By.cssSelector(".cite-panel textarea[data-format='text']")));
    assertFalse(text.getAttribute("value").isEmpty());
    assertTrue(result.findElements(By.cssSelector(".cite-panel .error-message")).isEmpty());
    assertEquals(
        1, result.findElements(By.cssSelector(".cite-panel textarea[data-format='text']")).size());
  }

  @Test
  void aSectionThatCannotLoadSaysSoInTheBarAndStaysUnmarked() throws Exception {
    browser.open("/?doc=sectioned-report");
    await("the first entry is current", () -> current() != null);
    String before = current();
    browser.offline(true);

    tocLink("V. Final Provisions").click();

    await(
        "the problem is shown",
        () ->
            !browser.driver.findElements(By.id("load-problem")).isEmpty()
                && browser.driver.findElement(By.id("load-problem")).isDisplayed());
    WebElement problem = browser.driver.findElement(By.id("load-problem"));
    assertTrue(problem.getText().contains("Could not reach the search server"), problem.getText());
    assertEquals(
        Boolean.TRUE,
        browser.js(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
            problem),
        "the problem is in sight");
    assertEquals(before, current(), "no entry marked for a section that never loaded");
    assertFalse(
        browser.driver.findElements(By.cssSelector(".document-chunks [data-ordinal='405']")).size()
            > 0);
    WebElement retry = browser.driver.switchTo().activeElement();
    assertEquals("Try again", retry.getText());
    browser.screenshot("server-down-document");

    browser.offline(false);
    retry.sendKeys(Keys.ENTER);

    await("the section is shown", () -> "V. Final Provisions".equals(current()));
    assertEquals(
        "V. Final Provisions",
        browser
            .driver
            .findElement(By.cssSelector(".document-chunks [data-ordinal='405']"))
            .getText());
    assertFalse(browser.driver.findElement(By.id("load-problem")).isDisplayed());
  }

  private static WebElement tocLink(String title) {
    return browser.driver.findElement(
        By.xpath("//nav[@id='toc']//a[normalize-space(.)='" + title + "']"));
  }

  /** The title of the contents entry marked current, or null. */
  private static String current() {
    return (String)
        browser.js(
            "const a = document.querySelector('#toc a[aria-current=\"location\"]');"
                + " return a ? a.textContent : null;");
  }

  private static void await(String what, Supplier<Boolean> condition) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .withMessage(what)
        .until(d -> condition.get());
  }
}
