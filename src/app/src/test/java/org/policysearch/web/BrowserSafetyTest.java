package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A document full of markup shows as text in the page and nothing in it runs. */
class BrowserSafetyTest {
  private static final String SCRIPT = "<script>window.__pwned=1</script>";
  private static final String IMAGE = "<img src=x onerror=\"window.__pwned=2\">";

  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpus(
          Map.of(
              "hostile-note.txt",
              "Hostile markup note\n\n"
                  + "This note about zanzibarite carries "
                  + SCRIPT
                  + " and "
                  + IMAGE
                  + " which must show as text.\n",
              "hostile-note.txt.meta.json",
              "{\"title\": \"Zanzibarite <img src=x onerror=\\\"window.__pwned=3\\\"> note\"}"));

  @Test
  void markupInDocumentsShowsAsTextAndNeverRuns() throws Exception {
    browser.open("/?q=zanzibarite");
    assertShownAsText("#results");
    browser.screenshot("hostile-results");

    int before = browser.renders();
    browser.driver.findElement(By.cssSelector("#results h2 a")).click();
    browser.awaitRender(before);
    assertShownAsText("#document-view");
    assertTrue(
        browser.driver.findElement(By.id("document-title")).getText().contains("<img src=x"));
    browser.screenshot("hostile-document");
  }

  @Test
  void pageIsServedWithCspAndWorksUnderIt() throws Exception {
    HttpResponse<String> page = browser.get("/");
    assertEquals(
        ApiServer.CONTENT_SECURITY_POLICY,
        page.headers().firstValue("Content-Security-Policy").orElse(""));
    browser.open("/?q=zanzibarite");
    assertEquals("results", browser.js("return document.documentElement.dataset.view;"));
  }

  private static void assertShownAsText(String scope) {
    String text =
        (String) browser.js("return document.querySelector(arguments[0]).textContent;", scope);
    assertTrue(text.contains(SCRIPT), text);
    assertTrue(text.contains(IMAGE), text);
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll(arguments[0] + ' script, ' + arguments[0] + ' img')"
                + ".length;",
            scope));
    assertEquals("undefined", browser.js("return typeof window.__pwned;"));
  }
}
