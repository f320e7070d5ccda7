package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The box that finds a long facet's values by name, in headless Chromium on many countries. */
class BrowserFacetFilterTest {
  /** A communiqué naming twenty parties, so the country facet is long enough to need the box. */
  static final String COMMUNIQUE =
      "Joint communiqué of the trade ministers of France, Germany, Spain, Portugal, Greece,"
          + " Poland, Sweden, Norway, Finland, Denmark, Austria, Belgium, Ireland, Türkiye,"
          + " Côte d'Ivoire, Canada, Mexico, Brazil, India and South Korea on semiconductor supply"
          + " chains.\n\nThe ministers agreed to share early warnings of shortages of chips and of"
          + " the critical minerals they are made from.\n";

  static final String COMMUNIQUE_META =
      "{\"title\": \"Ministerial communiqué on semiconductor supply chains\","
          + " \"type\": \"joint-statement\", \"date\": \"2025-06-01\","
          + " \"parties\": [\"FR\", \"DE\", \"ES\", \"PT\", \"GR\", \"PL\", \"SE\", \"NO\", \"FI\","
          + " \"DK\", \"AT\", \"BE\", \"IE\", \"TR\", \"CI\", \"CA\", \"MX\", \"BR\", \"IN\", \"KR\"]}";

  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpus(
          Map.of(
              "ministerial-communique.txt",
              COMMUNIQUE,
              "ministerial-communique.txt.meta.json",
              COMMUNIQUE_META));

  @Test
  void typingAFewLettersLeavesTheCountryAndTickedOnesStayAsTheFilterSurvivesATick()
      throws Exception {
    browser.open("/?q=semiconductor&country=KR");
    int all = shown().size();
    WebElement filter = filterBox();
    assertEquals(
        "Filter countries",
        browser.js("return arguments[0].labels[0].textContent;", filter),
        "the box is labelled");

    filter.sendKeys("ita");
    // Italy matches; South Korea does not but is ticked, so it stays in sight.
    assertEquals(List.of("IT", "KR"), shown());
    assertEquals(
        "polite",
        browser.js(
            "return document.getElementById('facet-filter-country-status')"
                + ".getAttribute('aria-live');"));
    String status = browser.driver.findElement(By.id("facet-filter-country-status")).getText();
    int countries =
        browser.api("/api/search?q=semiconductor&country=KR").get("facets").get("country").size();
    assertEquals("1 of " + countries + " countries match; 1 ticked also shown.", status);

    browser.tick("country", "IT");
    assertEquals("ita", filterBox().getDomProperty("value"), "the filter text survives the tick");
    assertEquals(List.of("IT", "KR"), shown());
    assertTrue(browser.box("country", "IT").isSelected());
    assertEquals("facet-country-IT", browser.js("return document.activeElement.id;"));
    // The counts are the new search's.
    JsonNode italy = browser.api("/api/search?q=semiconductor&country=KR&country=IT").get("facets");
    assertEquals(count(italy.get("country"), "IT"), shownCount("IT"));

    filterBox().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    assertTrue(shown().size() >= Math.min(all, 8), "clearing shows the values again: " + shown());
    assertTrue(browser.driver.findElement(By.id("facet-more-country")).isDisplayed());
    assertEquals("", browser.driver.findElement(By.id("facet-filter-country-status")).getText());
    browser.screenshot("facet-filter-cleared");
  }

  @Test
  void twoLettersPutTheCountryTheyStartFirstAsTheApiRanksIt() throws Exception {
    browser.open("/");
    filterBox().sendKeys("it");
    List<String> shown = shown();
    assertEquals("IT", shown.get(0), "Italy first: " + shown);
    assertEquals(values(browser.api("/api/facets?facet=country&contains=it")), shown);
    browser.screenshot("facet-filter-it");

    // Down arrow moves to the first value, Space ticks it: Italy in four keys.
    int before = browser.renders();
    filterBox().sendKeys(Keys.ARROW_DOWN);
    assertEquals("facet-country-IT", browser.js("return document.activeElement.id;"));
    browser.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().contains("country=IT"));
    assertEquals("it", filterBox().getDomProperty("value"));
  }

  @Test
  void caseAndAccentsDoNotMatterAndEscapeClears() {
    browser.open("/");
    WebElement filter = filterBox();
    // Türkiye's label has an accent the analyst need not type; one typed needs no match either.
    filter.sendKeys("TURK");
    assertEquals(List.of("TR"), shown());
    filter.sendKeys(Keys.ESCAPE);
    assertEquals("", filterBox().getDomProperty("value"));
    filter.sendKeys("ÍTA");
    assertEquals(List.of("IT"), shown());
    filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), "atlantis");
    assertEquals(List.of(), shown());
    assertEquals(
        "No countries match.",
        browser.driver.findElement(By.id("facet-filter-country-status")).getText());
    filter.sendKeys(Keys.ESCAPE);
  }

  @Test
  void aCountryIsFoundByTheOtherNamesTheQueryTakesForIt() throws Exception {
    browser.open("/");
    // "country:Turkey" and "country:ROK" select them: their boxes are found by those names too.
    filterBox().sendKeys("Turkey");
    assertEquals(List.of("TR"), shown());
    assertEquals(values(browser.api("/api/facets?facet=country&contains=Turkey")), shown());
    filterBox().sendKeys(Keys.chord(Keys.CONTROL, "a"), "ROK");
    assertEquals(List.of("KR"), shown());
    assertEquals(values(browser.api("/api/facets?facet=country&contains=ROK")), shown());
  }

  @Test
  void aShortFacetHasNoFilterBox() {
    browser.open("/");
    assertTrue(
        browser
            .driver
            .findElements(By.cssSelector("section[data-facet='type'] .facet-filter"))
            .isEmpty());
  }

  private static WebElement filterBox() {
    return browser.driver.findElement(By.id("facet-filter-country"));
  }

  /** The country values the sidebar lists, in order. */
  @SuppressWarnings("unchecked")
  private static List<String> shown() {
    return (List<String>)
        browser.js(
            "return Array.from(document.querySelectorAll('#facet-list-country input'))"
                + ".map(b => b.dataset.value);");
  }

  private static int shownCount(String value) {
    return Integer.parseInt(
        browser
            .driver
            .findElement(
                By.cssSelector(
                    "#facet-list-country li:has(input[data-value='" + value + "']) .count"))
            .getText());
  }

  private static int count(JsonNode values, String value) {
    for (JsonNode v : values) {
      if (v.get("value").asText().equals(value)) {
        return v.get("count").asInt();
      }
    }
    return -1;
  }

  private static List<String> values(JsonNode facets) {
    List<String> values = new ArrayList<>();
    facets.get("country").forEach(v -> values.add(v.get("value").asText()));
    assertFalse(values.isEmpty());
    return values;
  }
}
