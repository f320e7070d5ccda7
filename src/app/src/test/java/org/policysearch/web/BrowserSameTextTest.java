package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The same clause in two agreements shows as one result that names and opens the other. */
class BrowserSameTextTest {
  private static final String CLAUSE =
      ". Each Party shall ensure that its competent authorities cooperate on lunar regolith"
          + " research and exchange information on their programmes.\n";

  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpus(
          Map.of(
              "north-accord.txt",
              "4" + CLAUSE,
              "north-accord.txt.meta.json",
              "{\"title\": \"North accord\"}",
              "south-accord.txt",
              "7" + CLAUSE,
              "south-accord.txt.meta.json",
              "{\"title\": \"South accord\"}"));

  @Test
  void theSameClauseInAnotherAgreementIsOneResultThatOpensTheOther() throws Exception {
    browser.open("/");
    browser.search("\"regolith research\"");
    List<String> shown = browser.shownChunkIds();
    assertEquals(1, shown.size(), "one result for the clause: " + shown);
    String summaryLine = browser.driver.findElement(By.id("summary")).getText();
    assertTrue(
        summaryLine.startsWith(
            "2 results for “regolith research”, showing 1–1, 1 with the same"
                + " text as one shown"),
        summaryLine);
    assertTrue(
        browser.driver.findElements(By.cssSelector("#pagination a")).isEmpty(),
        "no second page to turn to");
    WebElement result =
        browser.driver.findElement(
            By.cssSelector("#results li[data-chunk-id='" + shown.get(0) + "']"));
    WebElement details = result.findElement(By.cssSelector("details.same-text"));
    WebElement summary = details.findElement(By.tagName("summary"));
    assertEquals("Same text in 1 more document", summary.getText());
    assertFalse(details.getDomProperty("open").equals("true"), "closed at first");
    String other = shown.get(0).startsWith("north-accord:") ? "South accord" : "North accord";
    String otherId = other.equals("South accord") ? "south-accord" : "north-accord";

    summary.click();
    WebElement link = details.findElement(By.cssSelector(".same-text-list a"));
    assertEquals(other, link.getText());
    browser.screenshot("same-text");

    int before = browser.renders();
    link.click();
    browser.awaitRender(before);
    assertEquals("document", browser.js("return document.documentElement.dataset.view;"));
    assertEquals(other, browser.driver.findElement(By.id("document-title")).getText());
    WebElement target = browser.driver.findElement(By.cssSelector("[aria-current='true']"));
    assertTrue(
        target.getAttribute("data-chunk-id").startsWith(otherId + ":"),
        target.getAttribute("data-chunk-id"));
    assertTrue(target.getText().contains("lunar regolith research"), target.getText());
  }
}
