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

/**
 * The same clause in two agreements shows as one result that names and opens the other, and a third
 * agreement's near copy of it is folded in too, marked as nearly the same.
 */
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
              "{\"title\": \"South accord\"}",
              "east-accord.txt",
              "2" + CLAUSE.replace("programmes.", "programmes and their results."),
              "east-accord.txt.meta.json",
              "{\"title\": \"East accord\"}",
              "orbital-compact.txt",
              orbitalCompact(),
              "orbital-compact.txt.meta.json",
              "{\"title\": \"Orbital compact\"}"));

  /** One agreement that repeats a clause in each of its three chapters. */
  private static String orbitalCompact() {
    String clause =
        ". Each Party shall share telemetry from its orbital relay stations with the other Party"
            + " without delay.\n\n";
    return "I. Exploration\n\n1"
        + clause
        + "II. Equipment\n\n2"
        + clause
        + "III. Data\n\n3"
        + clause;
  }

  @Test
  void aClauseRepeatedInOneAgreementCountsItsPassagesAndNamesTheirSections() {
    browser.open("/");
    browser.search("\"orbital relay\"");
    List<String> shown = browser.shownChunkIds();
    assertEquals(1, shown.size(), "one result for the clause: " + shown);
    WebElement details = browser.driver.findElement(By.cssSelector("#results details.same-text"));
    WebElement summary = details.findElement(By.tagName("summary"));
    // Not "in 2 more documents": both are other chapters of this one.
    assertEquals("Same text in 2 more passages of this document", summary.getText());

    summary.click();
    String own =
        browser
            .driver
            .findElement(By.cssSelector("#results li.result .breadcrumb"))
            .getText()
            .strip();
    List<String> sections =
        new java.util.ArrayList<>(List.of("I. Exploration", "II. Equipment", "III. Data"));
    assertTrue(sections.remove(own), own);
    assertEquals(
        sections,
        details.findElements(By.cssSelector(".same-text-list a")).stream()
            .map(WebElement::getText)
            .toList());
  }

  @Test
  void theSameClauseInOtherAgreementsIsOneResultThatOpensTheOthers() throws Exception {
    browser.open("/");
    browser.search("\"regolith research\"");
    List<String> shown = browser.shownChunkIds();
    assertEquals(1, shown.size(), "one result for the clause: " + shown);
    String summaryLine = browser.driver.findElement(By.id("summary")).getText();
    assertTrue(
        summaryLine.startsWith(
            "3 results for “regolith research”, showing 1–1, 2 with the same or nearly the same"
                + " text as ones shown"),
        summaryLine);
    assertTrue(
        browser.driver.findElements(By.cssSelector("#pagination a")).isEmpty(),
        "no second page to turn to");
    WebElement result =
        browser.driver.findElement(
            By.cssSelector("#results li[data-chunk-id='" + shown.get(0) + "']"));
    WebElement details = result.findElement(By.cssSelector("details.same-text"));
    WebElement summary = details.findElement(By.tagName("summary"));
    assertEquals("Same or nearly the same text in 2 more documents", summary.getText());
    assertFalse(details.getDomProperty("open").equals("true"), "closed at first");
    assertTrue(
        shown.get(0).startsWith("north-accord:") || shown.get(0).startsWith("south-accord:"),
        "the clause itself ranks above its near copy: " + shown);
    String other = shown.get(0).startsWith("north-accord:") ? "South accord" : "North accord";
    String otherId = other.equals("South accord") ? "south-accord" : "north-accord";

    summary.click();
    List<String> listed =
        details.findElements(By.cssSelector(".same-text-list li")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of(other, "East accord (nearly the same)"), listed);
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
