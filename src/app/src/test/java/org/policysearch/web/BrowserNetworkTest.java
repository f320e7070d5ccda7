package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The parties' network of a search whose documents have many parties, in headless Chromium. */
class BrowserNetworkTest {
  @RegisterExtension
  static final BrowserHarness browser =
      BrowserHarness.onSeedCorpus(
          Map.of(
              "ministerial-communique.txt",
              BrowserFacetFilterTest.COMMUNIQUE,
              "ministerial-communique.txt.meta.json",
              BrowserFacetFilterTest.COMMUNIQUE_META));

  @Test
  void aCrowdedCirclesCodesStayApartAndInsideTheDrawing() {
    browser.open("/?q=semiconductor&view=network");
    long nodes =
        (Long) browser.js("return document.querySelectorAll('svg.network [data-node]').length;");
    assertTrue(nodes >= 20, nodes + " parties");
    @SuppressWarnings("unchecked")
    List<String> clashes =
        (List<String>)
            browser.js(
                "const svg = document.querySelector('svg.network').getBoundingClientRect();"
                    + " const labels = Array.from(document.querySelectorAll('svg.network .node-label'));"
                    + " const boxes = labels.map(l => [l.textContent, l.getBoundingClientRect()]);"
                    + " const out = [];"
                    + " for (const [t, b] of boxes) {"
                    + "   if (b.left < svg.left - 1 || b.right > svg.right + 1"
                    + "       || b.top < svg.top - 1 || b.bottom > svg.bottom + 1) out.push(t + ' outside');"
                    + " }"
                    + " for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
                    + "   const a = boxes[i][1], b = boxes[j][1];"
                    + "   if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)"
                    + "     out.push(boxes[i][0] + ' on ' + boxes[j][0]);"
                    + " }"
                    + " return out;");
    assertEquals(List.of(), clashes);
    // A node's tooltip counts in good English.
    assertTrue(
        (Boolean)
            browser.js(
                "return Array.from(document.querySelectorAll('svg.network title'))"
                    + ".every(t => !/\\b1 documents\\b/.test(t.textContent));"));
  }
}
