package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Commitment facet on the page, in headless Chromium: listed with its labels, and a filter. */
class BrowserCommitmentTest {
  /** A short treaty beside the seed corpus, whose "shall" makes binding passages to filter to. */
  private static final String TREATY =
      "Agreement on Semiconductor Cooperation\n\n"
          + "Recognising the importance of semiconductor cooperation between the Parties,\n\n"
          + "Article 1\n\n"
          + "The Parties shall establish a joint committee on semiconductor cooperation.\n\n"
          + "Article 2\n\n"
          + "Each Party shall endeavour to promote cooperation among its research institutes.\n";

  private static final String TREATY_META =
      "{\"title\": \"Agreement on Semiconductor Cooperation\", \"type\": \"agreement\","
          + " \"date\": \"2024-03-01\", \"parties\": [\"KR\", \"IT\"]}";

  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpus(
          Map.of(
              "semiconductor-agreement.txt", TREATY,
              "semiconductor-agreement.txt.meta.json", TREATY_META));

  @Test
  void theCommitmentFacetListsItsValuesAndBindingNarrowsTheResultsAndTheAddress() throws Exception {
    browser.open("/?q=cooperation");
    JsonNode all = browser.api("/api/search?q=cooperation");
    WebElement section =
        browser.driver.findElement(
            By.cssSelector("#facets section.facet[data-facet='commitment']"));
    // The heading is set in capitals by the style sheet; its text is the registry's heading.
    assertEquals(
        "Commitment",
        browser.js(
            "return arguments[0].querySelector('#' + arguments[0].getAttribute('aria-labelledby')).textContent.trim();",
            section));
    assertTrue(section.getText().contains("Binding"), section.getText());
    assertTrue(section.getText().contains("Intent"), section.getText());
    assertTrue(section.getText().contains("Descriptive"), section.getText());

    browser.tick("commitment", "binding");

    assertTrue(
        browser.driver.getCurrentUrl().endsWith("/?q=cooperation&commitment=binding"),
        browser.driver.getCurrentUrl());
    JsonNode binding = browser.api("/api/search?q=cooperation&commitment=binding");
    assertEquals(1, binding.get("total").asInt());
    assertTrue(binding.get("total").asInt() < all.get("total").asInt());
    assertEquals(List.of("semiconductor-agreement:3"), BrowserHarness.chunkIds(binding));
    assertEquals(BrowserHarness.chunkIds(binding), browser.shownChunkIds());
    assertEquals(
        "1",
        browser.driver.findElement(By.id("summary")).getAttribute("data-total"),
        "the page counts what the API finds");
    assertEquals(
        List.of("Commitment: Binding ×", "Clear all"),
        browser.driver.findElements(By.cssSelector("#active-filters button")).stream()
            .map(WebElement::getText)
            .toList());
    browser.screenshot("commitment-binding");

    browser.tick("commitment", "binding");
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=cooperation"));
    assertEquals(BrowserHarness.chunkIds(all), browser.shownChunkIds());
  }

  @Test
  void theCommitmentFacetSaysWhatItsValuesMean() {
    browser.open("/?q=cooperation");
    assertTrue(browser.driver.findElement(By.id("help")).getAttribute("hidden") != null);
    browser.driver.findElement(By.id("commitment-help")).click();
    WebElement meaning = browser.driver.findElement(By.id("help-commitment"));
    assertTrue(meaning.isDisplayed());
    assertEquals("help-commitment", browser.js("return document.activeElement.id;"));
    for (String value : List.of("Binding", "Intent", "Descriptive")) {
      assertTrue(meaning.getText().contains(value + ":"), meaning.getText());
    }
  }
}
