package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element of an HTML page that holds the page's own text — its {@code <main>}, else its
 * {@code <article>}, else its body — and strips the boilerplate left inside it.
 */
final class MainContent {
  private MainContent() {}

  /**
   * The page's main content with its boilerplate removed; the page is changed in place, so pass a
   * copy. The page's first {@code <h1>}, when it stands before the main element and outside it (a
   * title above the article), is brought in: the outline hangs the text's sections under it.
   */
  static Element of(Document page) {
    Boilerplate.removeFurniture(page);
    Boilerplate.removePeripheral(page);
    Element root = mainElement(page).orElse(page.body());
    if (root != page.body() && root.selectFirst("h1") == null) {
      Element h1 = page.selectFirst("h1");
      if (h1 != null && precedes(page, h1, root)) {
        root.prependChild(h1);
      }
    }
    return cleaned(root);
  }

  /** The page's whole body with its boilerplate removed; the page is changed in place. */
  static Element ofBody(Document page) {
    Boilerplate.removeFurniture(page);
    Boilerplate.removePeripheral(page);
    return cleaned(page.body());
  }

  /** The page's body without its furniture only (menus, scripts, footers): the last resort. */
  static Element ofBodyWithoutFurniture(Document page) {
    Boilerplate.removeFurniture(page);
    return page.body();
  }

  private static Element cleaned(Element root) {
    Boilerplate.removeNamed(root);
    Boilerplate.removeLinkLists(root);
    removeHeadingsAboveTheTitle(root);
    return root;
  }

  /**
   * Removes the headings that come before the text's {@code <h1>}: a kicker over a headline
   * ("Africa", "US &amp; Canada"), a category or a date, none of them a section of the text.
   */
  private static void removeHeadingsAboveTheTitle(Element root) {
    if (root.selectFirst("h1") == null) {
      return;
    }
    List<Element> above = new ArrayList<>();
    for (Element element : root.getAllElements()) {
      if (element.normalName().equals("h1")) {
        break;
      }
      if (HtmlReader.headingLevel(element) >= 2) {
        above.add(element);
      }
    }
    above.forEach(Element::remove);
  }

  /**
   * The {@code <main>} (or {@code role=main}) element, which wraps every article of the page; else
   * the {@code <article>} with the most text, since the others are then teasers or comments. Where
   * a page has two mains (a hidden copy, a template), the one with the most text wins.
   */
  private static Optional<Element> mainElement(Document page) {
    Optional<Element> main = largestOutermost(page, "main, [role=main]");
    return main.isPresent() ? main : largestOutermost(page, "article");
  }

  private static Optional<Element> largestOutermost(Document page, String selector) {
    return page.select(selector).stream()
        .filter(e -> e.parent() == null || e.parent().closest(selector) == null)
        .max(Comparator.comparingInt(e -> e.text().length()));
  }

  /** Whether {@code h1}, which is not inside {@code root}, comes before it in the page. */
  private static boolean precedes(Document page, Element h1, Element root) {
    Elements all = page.getAllElements();
    return all.indexOf(h1) < all.indexOf(root);
  }
}
