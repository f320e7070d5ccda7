package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

/**
 * Removes the parts of an HTML page that are not its own text — menus, cookie dialogs, sidebars,
 * share bars, newsletter boxes, lists of links — by tag, ARIA role, class and id words, and link
 * density, the way Readability-style extractors do.
 */
final class Boilerplate {
  /** Never document text, whatever else the page holds. */
  private static final String FURNITURE =
      "script, style, noscript, template, svg, iframe, head, nav, footer,"
          + " [role=navigation], [role=contentinfo]";

  /** A site's header; inside an article or main it is the article's own header, its title. */
  private static final String HEADER = "header, [role=banner]";

  private static final String CONTENT = "main, article, [role=main]";

  /** Landmarks and widgets beside the text: sidebars, dialogs (cookie banners), controls. */
  private static final String PERIPHERAL =
      "aside, dialog, button, select, textarea, [role=complementary], [role=dialog],"
          + " [role=alertdialog], [aria-modal=true], [role=search]";

  /**
   * Words of a class or id that name boilerplate, matched as whole words ("share" is not
   * "shareholder") or as two words run together ("most-read", "sign_up", "socialShare").
   */
  private static final Set<String> WORDS =
      words(
          "cookie cookies consent gdpr banner modal dialog popup",
          "share sharing sharebar socialshare socialmedia sociallinks socialicons socialbar"
              + " socialbuttons socialnetworks",
          "newsletter newsletters subscribe subscription signup",
          "related relatedposts relatedarticles relatedlinks relatedstories relatedcontent"
              + " relatednews popular mostpopular mostread mostviewed recommended"
              + " recommendations trending",
          "sidebar aside breadcrumb breadcrumbs",
          "byline bylines",
          "promo advert adverts advertisement ads adslot adunit sponsored",
          "skip skiplink skiplinks skipnav",
          "comment comments disqus");

  /**
   * Names that mark boilerplate only when they are the whole name: "social" and "ad" also begin the
   * names of real sections ("social-protection", "ad-hoc-committee").
   */
  private static final Set<String> NAMES = Set.of("social", "ad");

  /** Words that say an element is not the thing named next to them ("has-sidebar"). */
  private static final Set<String> NEGATION_BEFORE = Set.of("no", "non", "without", "has", "with");

  private static final Set<String> NEGATION_AFTER = Set.of("free", "less");

  /** Blocks judged by link density: a list or box of links is navigation, not text. */
  private static final Set<String> LINK_BLOCKS =
      Set.of("div", "section", "ul", "ol", "dl", "table", "td", "p", "menu");

  /** "Several links": two links and a line of text are a sentence that cites its sources. */
  private static final int MIN_LINKS = 3;

  /** "Several paragraphs": a cookie notice or newsletter box has one or two. */
  private static final int MIN_PARAGRAPHS = 3;

  private static final Pattern WORD_BREAK =
      Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");

  private Boilerplate() {}

  private static Set<String> words(String... groups) {
    return Set.of(String.join(" ", groups).split(" "));
  }

  /**
   * What a browser does not show: the {@code hidden} attribute, {@code aria-hidden} (icons, a
   * carousel's copies) and an inline style that hides; a page's stylesheets are not read.
   */
  private static final String HIDDEN =
      "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none],"
          + " [style~=(?i)visibility\\s*:\\s*hidden]";

  /**
   * Removes scripts, menus, footers, the site header and what the page hides: what is never text a
   * reader sees.
   */
  static void removeFurniture(Element page) {
    page.select(FURNITURE).remove();
    removeHidden(page);
    for (Element header : page.select(HEADER)) {
      if (header.parent() == null || header.parent().closest(CONTENT) == null) {
        header.remove();
      }
    }
  }

  /**
   * Removes the hidden elements of {@code page}, except one holding the text itself: a page that
   * hides its article until a script has run still has it read.
   */
  private static void removeHidden(Element page) {
    keepingTheText(page, page.select(HIDDEN));
  }

  /** Removes {@code elements} of {@code page}, except one holding its text. */
  private static void keepingTheText(Element page, Elements elements) {
    if (elements.isEmpty()) {
      return;
    }
    int pageLetters = letters(page.text());
    for (Element element : elements) {
      if (element.parent() != null && !holdsTheText(element, pageLetters)) {
        element.remove();
      }
    }
  }

  /** Removes sidebars, dialogs, forms and form controls, wherever they are. */
  static void removePeripheral(Element page) {
    page.select(PERIPHERAL).remove();
    // A form is a login, a sign-up or a report box, unless it wraps the page (ASP.NET's one form).
    keepingTheText(page, page.select("form"));
  }

  /**
   * Removes the elements under {@code root} whose class or id names boilerplate ({@code
   * cookie-banner}, {@code share-bar}, {@code related-links}), except the text's own box, whatever
   * a designer called it: one holding the page's {@code <h1>}, or most of its text in several
   * paragraphs (a wrapper {@code div class="container sidebar-left"}).
   */
  static void removeNamed(Element root) {
    int rootLetters = letters(root.text());
    NodeFilter named =
        (node, depth) ->
            node != root
                    && node instanceof Element e
                    && isNamedBoilerplate(e)
                    && !holdsTheText(e, rootLetters)
                ? NodeFilter.FilterResult.REMOVE
                : NodeFilter.FilterResult.CONTINUE;
    named.traverse(root);
  }

  private static boolean holdsTheText(Element element, int rootLetters) {
    return element.selectFirst("h1") != null
        || (element.select("p").size() >= MIN_PARAGRAPHS
            && letters(element.text()) * 2 > rootLetters);
  }

  private static boolean isNamedBoilerplate(Element element) {
    for (String name : element.classNames()) {
      if (namesBoilerplate(name)) {
        return true;
      }
    }
    return !element.id().isEmpty() && namesBoilerplate(element.id());
  }

  private static boolean namesBoilerplate(String name) {
    if (NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    List<String> words = new ArrayList<>();
    for (String word : WORD_BREAK.split(name)) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    for (int i = 0; i < words.size(); i++) {
      if (WORDS.contains(words.get(i)) && !negated(words, i, i)) {
        return true;
      }
      if (i + 1 < words.size()
          && WORDS.contains(words.get(i) + words.get(i + 1))
          && !negated(words, i, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words from {@code first} to {@code last} are negated: "no-sidebar", "ad-free". */
  private static boolean negated(List<String> words, int first, int last) {
    return (first > 0 && NEGATION_BEFORE.contains(words.get(first - 1)))
        || (last + 1 < words.size() && NEGATION_AFTER.contains(words.get(last + 1)));
  }

  /**
   * Removes the blocks under {@code root} whose text is mostly link text in several links (menus,
   * "most read" lists, tag clouds), innermost first so that a page wrapper holding a menu and the
   * text is judged without its menu; a heading left with nothing under it goes too.
   */
  static void removeLinkLists(Element root) {
    Map<Node, Counts> counts = new IdentityHashMap<>();
    List<Element> orphans = new ArrayList<>();
    NodeFilter dense =
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            Counts own = count(node, counts);
            if (node != root && node instanceof Element block && isLinkList(block, own)) {
              Element heading = block.previousElementSibling();
              Element next = block.nextElementSibling();
              if (isHeading(heading) && (next == null || isHeading(next))) {
                orphans.add(heading);
              }
              return FilterResult.REMOVE;
            }
            counts.put(node, own);
            return FilterResult.CONTINUE;
          }
        };
    dense.traverse(root);
    orphans.forEach(Element::remove);
  }

  private static boolean isLinkList(Element block, Counts counts) {
    return LINK_BLOCKS.contains(block.normalName())
        && counts.links >= MIN_LINKS
        && counts.linkLetters * 2 > counts.letters
        && !counts.holdsH1;
  }

  private static boolean isHeading(Element element) {
    return element != null && HtmlReader.headingLevel(element) >= 2;
  }

  /** The counts of a node from those of its children, which the traversal has already seen. */
  private static Counts count(Node node, Map<Node, Counts> counts) {
    if (node instanceof TextNode text) {
      return new Counts(letters(text.getWholeText()), 0, 0, false);
    }
    if (!(node instanceof Element element)) {
      return new Counts(0, 0, 0, false);
    }
    int letters = 0;
    int linkLetters = 0;
    int links = 0;
    boolean holdsH1 = element.normalName().equals("h1");
    for (Node child : element.childNodes()) {
      Counts c = counts.remove(child);
      if (c != null) {
        letters += c.letters;
        linkLetters += c.linkLetters;
        links += c.links;
        holdsH1 |= c.holdsH1;
      }
    }
    if (element.normalName().equals("a") && element.hasAttr("href")) {
      return new Counts(letters, letters, links + 1, holdsH1);
    }
    return new Counts(letters, linkLetters, links, holdsH1);
  }

  private static int letters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }

  /** How much text a subtree holds, how much of it is link text, and in how many links. */
  private record Counts(int letters, int linkLetters, int links, boolean holdsH1) {}
}
