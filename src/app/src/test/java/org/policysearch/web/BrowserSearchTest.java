package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policysearch.search.TestIndexes;

/** The page in headless Chromium against the real server on the seed corpus: search and facets. */
class BrowserSearchTest {
  @RegisterExtension static final BrowserHarness browser = BrowserHarness.onSeedCorpus();

  @Test
  void keywordAndPhraseAreMarked() throws Exception {
    browser.open("/");
    assertEquals("q", browser.js("return document.activeElement.id;"), "search box focused");

    browser.search("quantum");
    List<String> marks = browser.marks("#results");
    assertFalse(marks.isEmpty(), "quantum is marked");
    marks.forEach(m -> assertEquals("quantum", m.toLowerCase(Locale.ROOT)));
    assertEquals(
        BrowserHarness.chunkIds(browser.api("/api/search?q=quantum")), browser.shownChunkIds());
    browser.screenshot("search-keyword");

    browser.search("\"supply chain\"");
    assertEquals(
        "\"supply chain\"", browser.driver.findElement(By.id("q")).getDomProperty("value"));
    List<String> phraseMarks = browser.marks("#results");
    assertFalse(phraseMarks.isEmpty(), "the phrase is marked");
    // Only adjacent words are marked, as one span: never "supply" or "chain" alone.
    phraseMarks.forEach(
        m -> assertTrue(m.toLowerCase(Locale.ROOT).matches("supply[ -]chains?"), "mark: " + m));
    browser.screenshot("search-phrase");
  }

  @Test
  void headingWordIsMarkedInTheBreadcrumbAndTitleWordInTheTitle() throws Exception {
    String space = "#results .result[data-chunk-id='" + TestIndexes.US_ROK + ":36']";
    browser.open("/");
    browser.search("Artemis leadership");
    assertEquals(List.of("Leadership"), browser.marks(space + " .breadcrumb"));
    assertEquals(
        List.of(
            "II. Areas of Cooperation",
            "Trusted Technology Leadership",
            "Cooperating on Space Exploration"),
        browser.js(
            "return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(li => li.textContent);",
            space + " .breadcrumb li"));
    assertFalse(browser.marks(space + " .text").contains("Leadership"));
    browser.screenshot("search-heading-marks");

    browser.search("Artemis memorandum");
    assertEquals(List.of("Memorandum"), browser.marks(space + " .result-title a"));
  }

  @Test
  void aPassageOfTheDocumentAboveIsSetUnderItWithoutRepeatingItsTitleLineHeadingsOrChips()
      throws Exception {
    browser.open("/?q=quantum");
    JsonNode hits = browser.api("/api/search?q=quantum").get("hits");
    int checked = 0;
    for (int i = 1; i < hits.size(); i++) {
      JsonNode above = hits.get(i - 1);
      JsonNode hit = hits.get(i);
      String result = "#results li.result[data-chunk-id='" + hit.get("chunkId").asText() + "']";
      boolean continued = above.get("documentId").equals(hit.get("documentId"));
      assertEquals(continued, has(result + ".continued"), result);
      // Its title stays a link into the document either way; the type and date line does not.
      assertTrue(has(result + " .result-title a"), result);
      assertEquals(!continued, has(result + " > .meta"), result);
      boolean samePath = above.get("sectionPath").equals(hit.get("sectionPath"));
      assertEquals(
          !(continued && samePath) && !hit.get("sectionPath").isEmpty(),
          has(result + " > .breadcrumb"),
          result);
      boolean sameCountries = codes(above, "countries").equals(codes(hit, "countries"));
      assertEquals(
          !(continued && sameCountries) && !codes(hit, "countries").isEmpty(),
          has(result + " .chip-country"),
          result);
      checked += continued ? 1 : 0;
    }
    assertTrue(checked > 0, "the seeds' quantum page has passages of one document in a row");
    browser.screenshot("search-continued");
  }

  @Test
  void aResultsToolsShareOneLineAndAnOpenCitationSitsBeneathThem() throws Exception {
    browser.open("/?q=quantum");
    String result = "#results li.result";
    List<?> tops =
        (List<?>)
            browser.js(
                "const r = document.querySelector(arguments[0]);"
                    + " return ['.similar-toggle', '.copy-link', '.cite', '.compare-toggle']"
                    + ".map(s => Math.round(r.querySelector(s).getBoundingClientRect().top));",
                result);
    assertEquals(1, tops.stream().distinct().count(), "one line: " + tops);
    browser.driver.findElement(By.cssSelector(result + " .cite")).click();
    WebElement panel = browser.driver.findElement(By.cssSelector(result + " .cite-panel"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> panel.isDisplayed() && !panel.findElements(By.tagName("textarea")).isEmpty());
    assertTrue(
        panel.getRect().getY() > ((Number) tops.get(0)).intValue(),
        "the panel opens under the tools");
    assertTrue(panel.getRect().getWidth() > 300, "and spans the row: " + panel.getRect());

    browser.open("/?q=quantum&group=document");
    List<?> passageTops =
        (List<?>)
            browser.js(
                "const p = document.querySelector('#results .passage');"
                    + " return ['.passage-link', '.similar-toggle']"
                    + ".map(s => Math.round(p.querySelector(s).getBoundingClientRect().top));");
    assertEquals(
        1, passageTops.stream().distinct().count(), "a best passage's too: " + passageTops);
  }

  @Test
  void aResultHoldingSomeOfTheWordsNamesItsTypeThoughNoCountOfTheAnswerDoes() throws Exception {
    String query = "/?q=%22supply+chain+resilience%22+critical+minerals";
    browser.open(query);
    JsonNode answer = browser.api("/api/search" + query.substring(1));
    List<String> counted = new ArrayList<>();
    answer.path("facets").path("type").forEach(value -> counted.add(value.get("value").asText()));
    JsonNode corpusTypes = browser.api("/api/facets").get("type");
    int checked = 0;
    for (JsonNode hit : answer.get("hits")) {
      String type = hit.get("type").asText();
      if (counted.contains(type)) {
        continue;
      }
      String label = null;
      for (JsonNode value : corpusTypes) {
        if (value.get("value").asText().equals(type)) {
          label = value.get("label").asText();
        }
      }
      Object shown =
          browser.js(
              "return document.querySelector(arguments[0]).textContent;",
              "#results li.result[data-chunk-id='"
                  + hit.get("chunkId").asText()
                  + "'] > .meta span");
      assertEquals(label, shown, "the type's label, not its code " + type);
      checked++;
    }
    assertTrue(checked > 0, "a hit of a type the answer's counts leave out");
  }

  private static boolean has(String selector) {
    return (Boolean) browser.js("return document.querySelector(arguments[0]) !== null;", selector);
  }

  private static List<String> codes(JsonNode hit, String facet) {
    List<String> codes = new ArrayList<>();
    hit.path(facet).forEach(value -> codes.add(value.get("code").asText()));
    return codes;
  }

  @Test
  void passageFoundThroughItsDocumentsPartiesSaysSoAndPartialHitsComeAfter() throws Exception {
    browser.open("/");
    browser.search("quantum korea");
    String passage = "#results .result[data-chunk-id='" + TestIndexes.US_ROK + ":32']";
    assertEquals(
        "Its document’s parties match.",
        browser.js("return document.querySelector(arguments[0] + ' .why').textContent;", passage));
    // Passages that only say "Korea" come after the two quantum passages, labelled.
    Object labels =
        browser.js(
            "return Array.from(document.querySelectorAll('#results .result'))"
                + ".map(r => (r.querySelector('.why') || {}).textContent || '');");
    List<?> whys = (List<?>) labels;
    assertTrue(whys.size() > 2, whys.toString());
    assertTrue(
        whys.subList(2, whys.size()).stream().allMatch(w -> w.toString().startsWith("Has some")),
        whys.toString());
    assertTrue(
        browser
            .js("return document.querySelector('#summary').textContent;")
            .toString()
            .contains("2 with all your words first"));
  }

  @Test
  void documentsViewSaysWhenAPassageCameBackThroughItsDocumentsParties() throws Exception {
    browser.open("/?q=quantum+korea&group=document");
    String passage =
        "#results .document-result[data-document-id='"
            + TestIndexes.US_ROK
            + "'] .passage[data-chunk-id='"
            + TestIndexes.US_ROK
            + ":32'] .why";
    assertEquals(
        "Its document’s parties match.",
        browser.js("return document.querySelector(arguments[0]).textContent;", passage));
  }

  @Test
  void slashFocusesSearchBox() {
    browser.open("/?q=quantum");
    browser.js("document.querySelector('#results a').focus();");
    browser.driver.switchTo().activeElement().sendKeys("/");
    assertEquals("q", browser.js("return document.activeElement.id;"));
  }

  @Test
  void countryThenSectorCountsFollowApiAndUntickRestores() throws Exception {
    String q = "/api/search?q=cooperation";
    browser.open("/?q=cooperation");
    expandFacets();
    assertMatchesApi(q);
    List<String> unfiltered = shownFacets();

    browser.tick("country", "IT");
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=cooperation&country=IT"));
    assertMatchesApi(q + "&country=IT");
    List<String> italy = shownFacets();
    assertTrue(italy.get(0).contains("IT:"), "Italy still listed: " + italy);

    browser.tick("sector", "ai");
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=cooperation&country=IT&sector=ai"));
    assertMatchesApi(q + "&country=IT&sector=ai");
    assertEquals(
        List.of("Country: Italy ×", "Sector: Artificial intelligence ×", "Clear all"),
        browser.driver.findElements(By.cssSelector("#active-filters button")).stream()
            .map(WebElement::getText)
            .toList());
    browser.screenshot("facets-country-sector");

    browser.tick("sector", "ai");
    assertEquals(italy, shownFacets());
    browser.tick("country", "IT");
    assertEquals(unfiltered, shownFacets());
    assertMatchesApi(q);
  }

  @Test
  void filterTypedInTheQueryTicksItsBoxAndUntickingRemovesIt() throws Exception {
    browser.open("/");
    browser.search("cooperation country:Italy");
    expandFacets();
    // The typed filter moved out of the words into the URL's filters, as a ticked box would be.
    assertTrue(
        browser.driver.getCurrentUrl().endsWith("/?q=cooperation&country=IT"),
        browser.driver.getCurrentUrl());
    assertEquals("cooperation", browser.driver.findElement(By.id("q")).getDomProperty("value"));
    assertTrue(browser.box("country", "IT").isSelected());
    assertEquals(
        List.of("Country: Italy ×", "Clear all"),
        browser.driver.findElements(By.cssSelector("#active-filters button")).stream()
            .map(WebElement::getText)
            .toList());
    assertMatchesApi("/api/search?q=cooperation&country=IT");
    browser.screenshot("typed-filter-ticked");

    browser.tick("country", "IT");
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=cooperation"));
    assertMatchesApi("/api/search?q=cooperation");
  }

  @Test
  void resultChipAppliesFilter() throws Exception {
    browser.open("/?q=semiconductors");
    int before = browser.renders();
    browser.driver.findElement(By.cssSelector("#results .chip[data-facet='country']")).click();
    browser.awaitRender(before);
    String url = browser.driver.getCurrentUrl();
    String code = url.substring(url.indexOf("country=") + "country=".length());
    assertMatchesApi("/api/search?q=semiconductors&country=" + code);
  }

  @Test
  void startPageListsDocumentsAndHelpIsOneClickAway() throws Exception {
    browser.open("/");
    assertEquals("start", browser.js("return document.documentElement.dataset.view;"));
    assertEquals(
        browser.api("/api/documents").size(),
        browser.driver.findElements(By.cssSelector("#results li.result")).size());
    WebElement help = browser.driver.findElement(By.id("help"));
    assertFalse(help.isDisplayed());
    browser.driver.findElement(By.id("help-toggle")).click();
    assertTrue(help.isDisplayed());
    assertTrue(help.getText().contains("country:Italy"), help.getText());
    browser.screenshot("start-and-help");
  }

  @Test
  void theStartPagesFiltersCountDocumentsAndLeadToThem() throws Exception {
    browser.open("/");
    // South Korea: its three documents, as the start page lists documents, not its passages.
    JsonNode korea = browser.api("/api/search?group=document&country=KR");
    assertEquals(
        korea.get("total").asText(),
        browser
            .driver
            .findElement(By.cssSelector("label[for='facet-country-KR'] .count"))
            .getText());
    browser.tick("country", "KR");
    assertTrue(
        browser.driver.getCurrentUrl().endsWith("/?country=KR&group=document"),
        browser.driver.getCurrentUrl());
    assertEquals(
        korea.get("documents").size(),
        browser.driver.findElements(By.cssSelector("#results .document-result")).size());
  }

  @Test
  void misspeltQueryShowsCorrectedResultsAndOffersTheWordsAsTyped() throws Exception {
    browser.open("/?q=quantm");
    JsonNode corrected = browser.api("/api/search?q=quantm");
    assertEquals("quantum", corrected.get("correctedQuery").asText());
    assertEquals(BrowserHarness.chunkIds(corrected), browser.shownChunkIds());
    WebElement notice = browser.driver.findElement(By.id("notice"));
    assertTrue(notice.getText().startsWith("Showing results for quantum."), notice.getText());
    assertEquals("quantm", browser.driver.findElement(By.id("q")).getDomProperty("value"));
    // The Export menu downloads the results shown, the correction's.
    String export =
        browser
            .driver
            .findElement(By.cssSelector("#export-menu a[data-format=csv]"))
            .getDomProperty("href");
    assertTrue(export.contains("q=quantum&"), export);
    browser.screenshot("corrected-query");

    int before = browser.renders();
    notice.findElement(By.cssSelector(".exact-link")).click();
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=quantm&exact=1"));
    assertEquals("0", browser.driver.findElement(By.id("summary")).getAttribute("data-total"));
    WebElement link = browser.driver.findElement(By.cssSelector("#message .suggestion-link"));
    assertEquals("quantum", link.getText());
    browser.screenshot("empty-did-you-mean");

    before = browser.renders();
    link.click();
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=quantum"));
    assertEquals(
        BrowserHarness.chunkIds(browser.api("/api/search?q=quantum")), browser.shownChunkIds());
  }

  @Test
  void aPhraseThatFindsNothingOffersItsWordsApartWithWhatTheyFind() throws Exception {
    browser.open("/?q=%22semiconductor%20supply%22&country=US");
    assertEquals("0", browser.driver.findElement(By.id("summary")).getAttribute("data-total"));
    JsonNode apart = browser.api("/api/search?q=semiconductor%20supply&country=US");
    WebElement offer = browser.driver.findElement(By.cssSelector("#message .unquoted"));
    assertEquals(
        "Without the quotes, semiconductor supply: "
            + apart.get("total").asLong()
            + " passages hold some of them.",
        offer.getText());
    int before = browser.renders();
    offer.findElement(By.cssSelector(".unquoted-link")).click();
    browser.awaitRender(before);
    // The words are searched within the filter the phrase was.
    assertTrue(
        browser.driver.getCurrentUrl().endsWith("/?q=semiconductor+supply&country=US"),
        browser.driver.getCurrentUrl());
    assertEquals(BrowserHarness.chunkIds(apart), browser.shownChunkIds());
  }

  @Test
  void emptyResultsOfferFilterRemoval() throws Exception {
    browser.open("/?q=quantum&country=IT");
    assertEquals("0", browser.driver.findElement(By.id("summary")).getAttribute("data-total"));
    WebElement remove =
        browser.driver.findElement(By.cssSelector("#message [data-remove-filter='country:IT']"));
    assertEquals("Remove the filter Country: Italy", remove.getText());
    int before = browser.renders();
    remove.click();
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=quantum"));
    assertEquals(
        BrowserHarness.chunkIds(browser.api("/api/search?q=quantum")), browser.shownChunkIds());
  }

  @Test
  void badQueryShowsApiMessage() throws Exception {
    browser.open("/?q=quantum&country=Atlantis");
    JsonNode error = browser.api("/api/search?q=quantum&country=Atlantis");
    assertEquals("bad_request", error.get("error").asText());
    WebElement message = browser.driver.findElement(By.cssSelector("#message.error"));
    assertTrue(message.isDisplayed());
    assertTrue(
        message.getText().contains(error.get("message").asText()),
        message.getText() + " / " + error);
    browser.screenshot("error-message");
  }

  @Test
  void aQueryThePageCannotReadOffersNoFeedOfIt() {
    browser.open("/?q=quantum");
    assertTrue(browser.driver.findElement(By.id("feed-link")).isDisplayed());
    // The feed of a refused query is refused too (400): the link said otherwise.
    browser.search("country:(KR)");
    assertEquals("error", browser.js("return document.documentElement.dataset.view;"));
    assertFalse(browser.driver.findElement(By.id("feed-link")).isDisplayed());
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('link[rel=alternate][type=\"application/atom+xml\"]')"
                + ".length;"));
  }

  @Test
  void facetsReachableAt375Pixels() throws Exception {
    browser.viewport(375, 812);
    browser.open("/?q=semiconductors");
    WebElement facets = browser.driver.findElement(By.id("facets"));
    assertFalse(facets.isDisplayed(), "facets fold away on a phone");
    assertEquals(
        Boolean.TRUE,
        browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"),
        "no sideways scrolling");
    WebElement toggle = browser.driver.findElement(By.id("filters-toggle"));
    toggle.click();
    assertTrue(facets.isDisplayed());
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    browser.tick("country", "IT");
    assertEquals("Filters (1 on)", toggle.getText());
    assertTrue(browser.driver.getCurrentUrl().endsWith("country=IT"));
    assertTrue(browser.box("country", "IT").isSelected());
    browser.screenshot("narrow-375-filters");
    // The panel covers the results; a button kept in sight at its foot goes to them.
    WebElement show = browser.driver.findElement(By.id("show-results"));
    assertEquals(
        Boolean.TRUE,
        browser.js(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
            show),
        "the button is in sight");
    show.click();
    assertFalse(facets.isDisplayed());
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    assertEquals("summary", browser.js("return document.activeElement.id;"));
    assertEquals(
        Boolean.TRUE,
        browser.js(
            "const r = document.getElementById('summary').getBoundingClientRect();"
                + " return r.top > -1 && r.top < window.innerHeight;"),
        "the results are in sight");
  }

  /** Opens every facet's full list; the page remembers this across searches. */
  @Test
  void longFacetListShowsTopValuesThenMore() throws Exception {
    browser.open("/");
    int sectors = browser.api("/api/facets").get("sector").size();
    assertTrue(sectors > 8, "the seed corpus has more sectors than the page shows at first");
    assertEquals(8L, visibleSectorBoxes());
    WebElement more = browser.driver.findElement(By.id("facet-more-sector"));
    assertEquals("Show " + (sectors - 8) + " more", more.getText());

    more.click();

    assertEquals((long) sectors, visibleSectorBoxes());
    assertEquals("Show fewer", browser.driver.findElement(By.id("facet-more-sector")).getText());
  }

  private static long visibleSectorBoxes() {
    return (Long)
        browser.js(
            "return Array.from(document.querySelectorAll('#facets input[data-facet=\"sector\"]'))"
                + ".filter(i => i.offsetParent !== null).length;");
  }

  @Test
  @SuppressWarnings("unchecked")
  void facetsAreHeadedAndOrderedAsTheApiDefinesThem() throws Exception {
    browser.open("/?q=cooperation");
    List<String> expected = new ArrayList<>();
    JsonNode counts = browser.api("/api/search?q=cooperation").get("facets");
    for (JsonNode facet : browser.api("/api/facets/definitions").get("facets")) {
      if (!counts.path(facet.get("name").asText()).isEmpty()) {
        expected.add(facet.get("name").asText() + ":" + facet.get("heading").asText());
      }
    }
    List<String> shown =
        (List<String>)
            browser.js(
                "return Array.from(document.querySelectorAll('#facets section.facet'))"
                    + ".map(s => s.dataset.facet + ':' + s.querySelector('h3').textContent);");
    assertFalse(expected.isEmpty());
    assertEquals(expected, shown);
  }

  @Test
  void aResultNamesItsDocumentsPublisherAfterItsTypeAndDate() throws Exception {
    for (String group : List.of("", "&group=document")) {
      browser.open("/?q=cooperation" + group);
      JsonNode answer = browser.api("/api/search?q=cooperation" + group);
      JsonNode results = group.isEmpty() ? answer.get("hits") : answer.get("documents");
      int published = 0;
      for (int i = 0; i < results.size(); i++) {
        JsonNode result = results.get(i);
        String selector =
            group.isEmpty()
                ? "#results li.result[data-chunk-id='" + result.get("chunkId").asText() + "']"
                : "#results li.document-result[data-document-id='"
                    + result.get("documentId").asText()
                    + "']";
        @SuppressWarnings("unchecked")
        List<String> meta =
            (List<String>)
                browser.js(
                    "const m = document.querySelector(arguments[0] + ' > .meta');"
                        + "return m ? Array.from(m.querySelectorAll('span:not(.sep)'))"
                        + ".map(s => s.textContent) : null;",
                    selector);
        if (meta == null) {
          continue; // a passage set under the one above it repeats no title line
        }
        if (result.has("publisher")) {
          assertEquals(result.get("publisher").asText(), meta.get(2), meta.toString());
          published++;
        } else {
          assertEquals(-1, meta.indexOf("Administration of Donald J. Trump, 2025"));
        }
      }
      assertTrue(published > 0, "a result of the statement, whose sidecar names its publisher");
    }
  }

  @Test
  void theFiltersSayTheyCountTheResultsWithAllTheWordsWhenThoseAreFewer() throws Exception {
    JsonNode answer = browser.api("/api/search?q=quantum+korea");
    long whole = answer.get("allWordsTotal").asLong();
    assertTrue(whole > 0 && whole < answer.get("total").asLong(), answer.toString());
    browser.open("/?q=quantum+korea");
    assertEquals(
        "Counts are of the " + whole + " results with all your words.",
        browser.driver.findElement(By.id("facet-scope")).getText());
    // Where every result holds every word, the counts are of them all and nothing need be said.
    browser.open("/?q=semiconductors+italy");
    assertFalse(has("#facet-scope"));
  }

  @Test
  void aQueryReadOtherwiseThanTypedSaysHow() throws Exception {
    browser.open("/?q=%28AI+OR+quantum");
    assertEquals(
        "A parenthesis was not closed: it was closed at the end of the query.",
        browser.driver.findElement(By.id("read-as")).getText());
    assertEquals(
        BrowserHarness.chunkIds(browser.api("/api/search?q=%28AI+OR+quantum%29")),
        browser.shownChunkIds(),
        "the results are those of the query as read");
    browser.open("/?q=%28AI+OR+quantum%29");
    assertFalse(has("#read-as"));
  }

  @Test
  void documentsSwitchShowsOneCardPerDocumentAndStaysInTheUrl() throws Exception {
    browser.open("/?q=cooperation");
    assertEquals("true", groupButton("passages").getAttribute("aria-pressed"));
    assertEquals("false", groupButton("document").getAttribute("aria-pressed"));
    List<String> passages = browser.shownChunkIds();

    int before = browser.renders();
    groupButton("document").click();
    browser.awaitRender(before);
    assertTrue(
        browser.driver.getCurrentUrl().endsWith("/?q=cooperation&group=document"),
        browser.driver.getCurrentUrl());
    assertShowsDocumentsAsApi("/api/search?q=cooperation&group=document");
    browser.screenshot("search-documents");

    browser.driver.navigate().refresh();
    browser.awaitRender(0);
    assertEquals("true", groupButton("document").getAttribute("aria-pressed"));
    assertShowsDocumentsAsApi("/api/search?q=cooperation&group=document");

    // Keyboard: the switch is two buttons in the tab order.
    before = browser.renders();
    groupButton("passages").sendKeys(Keys.ENTER);
    browser.awaitRender(before);
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=cooperation"));
    assertEquals("true", groupButton("passages").getAttribute("aria-pressed"));
    assertEquals(passages, browser.shownChunkIds());
    assertTrue(browser.driver.findElements(By.cssSelector(".document-result")).isEmpty());
  }

  private static WebElement groupButton(String group) {
    return browser.driver.findElement(
        By.cssSelector("#group-switch button[data-group='" + group + "']"));
  }

  /** Cards, their counts, passages and marks, the summary and the facets all as the API says. */
  private static void assertShowsDocumentsAsApi(String apiQuery) throws Exception {
    JsonNode result = browser.api(apiQuery);
    assertEquals(
        result.get("total").asText(),
        browser.driver.findElement(By.id("summary")).getAttribute("data-total"));
    assertTrue(
        browser.driver.findElement(By.id("summary")).getText().contains(" documents for "),
        browser.driver.findElement(By.id("summary")).getText());
    List<WebElement> cards =
        browser.driver.findElements(By.cssSelector("#results .document-result"));
    assertEquals(result.get("documents").size(), cards.size());
    for (int i = 0; i < cards.size(); i++) {
      JsonNode document = result.get("documents").get(i);
      WebElement card = cards.get(i);
      assertEquals(document.get("documentId").asText(), card.getAttribute("data-document-id"));
      int matching = document.get("matchingPassages").asInt();
      assertTrue(
          card.findElement(By.cssSelector(".meta"))
              .getText()
              .endsWith(matching + (matching == 1 ? " matching passage" : " matching passages")),
          card.findElement(By.cssSelector(".meta")).getText());
      List<String> apiPassages = new ArrayList<>();
      document.get("passages").forEach(p -> apiPassages.add(p.get("chunkId").asText()));
      List<WebElement> shown = card.findElements(By.cssSelector(".passage"));
      assertEquals(apiPassages, shown.stream().map(p -> p.getAttribute("data-chunk-id")).toList());
      for (WebElement passage : shown) {
        assertFalse(passage.findElements(By.cssSelector(".text mark")).isEmpty());
        String href = passage.findElement(By.cssSelector("a.passage-link")).getAttribute("href");
        assertTrue(href.contains("chunk=") && href.contains("group=document"), href);
      }
    }
    List<String> marks = browser.marks("#results .passage .text");
    assertFalse(marks.isEmpty());
    marks.forEach(m -> assertTrue(m.toLowerCase(Locale.ROOT).startsWith("cooperat"), m));
    expandFacets();
    assertEquals(apiFacets(result), shownFacets());
  }

  private static void expandFacets() {
    browser.js(
        "document.querySelectorAll('#facets .show-more[aria-expanded=\"false\"]')"
            + ".forEach(b => b.click());");
  }

  /** Per facet, "facet=value:count[:on],…" as the sidebar shows it. */
  @SuppressWarnings("unchecked")
  private static List<String> shownFacets() {
    return (List<String>)
        browser.js(
            "return Array.from(document.querySelectorAll('#facets section.facet')).map(s =>"
                + " s.dataset.facet + '=' + Array.from(s.querySelectorAll('input[data-facet]'))"
                + ".map(b => b.dataset.value + ':' + b.closest('li').querySelector('.count')"
                + ".textContent + (b.checked ? ':on' : '')).join(','));");
  }

  /** The same rendering of the API's facets. */
  private static List<String> apiFacets(JsonNode result) {
    List<String> lines = new ArrayList<>();
    for (String facet : (Iterable<String>) () -> result.path("facets").fieldNames()) {
      JsonNode values = result.path("facets").path(facet);
      if (values.isEmpty()) {
        continue;
      }
      List<String> shown = new ArrayList<>();
      for (JsonNode v : values) {
        String on = v.get("selected").asBoolean() ? ":on" : "";
        shown.add(v.get("value").asText() + ":" + v.get("count").asInt() + on);
      }
      lines.add(facet + "=" + String.join(",", shown));
    }
    return lines;
  }

  /** The count, the hits in order and every facet count on the page are the API's. */
  private static void assertMatchesApi(String apiQuery) throws Exception {
    JsonNode result = browser.api(apiQuery);
    assertEquals(
        result.get("total").asText(),
        browser.driver.findElement(By.id("summary")).getAttribute("data-total"));
    assertEquals(BrowserHarness.chunkIds(result), browser.shownChunkIds());
    assertEquals(apiFacets(result), shownFacets());
  }
}
