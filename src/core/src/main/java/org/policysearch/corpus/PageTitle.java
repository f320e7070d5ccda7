package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title of an HTML page without the site name a {@code <title>} carries ({@code Korea and Italy
 * sign MoU | Ministry of Foreign Affairs}): the {@code og:title} when there is one, else the {@code
 * <h1>} when the {@code <title>} is made of it and more, else the {@code <title>} less its last (or
 * first) part.
 */
final class PageTitle {
  /**
   * What sites put between a page's title and their name; only with spaces around it, so that
   * "US-Korea Deal" is one title.
   */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|»)\\s+");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private PageTitle() {}

  /**
   * The title of a page, or null when it declares none and its text has no {@code <h1>}.
   *
   * @param content the element holding the page's text, whose {@code <h1>} is the text's own (not a
   *     logo in the site header)
   * @param site the page's site, as {@link #siteName} reads it, or null
   */
  static String of(Document page, Element content, String site) {
    String og = meta(page, "og:title");
    if (og != null && !og.equalsIgnoreCase(site)) {
      return withoutSite(og, site);
    }
    Element firstH1 = content.selectFirst("h1");
    String h1 = firstH1 == null ? null : HtmlReader.headingText(firstH1);
    h1 = h1 == null || h1.isBlank() ? null : h1;
    String title = page.title();
    if (PlaceholderTitles.isPlaceholder(title)) {
      return h1; // "untitled", "Document1", "draft_v3.docx" name no page
    }
    List<String> parts = parts(title);
    if (h1 != null && parts.stream().anyMatch(h1::equalsIgnoreCase)) {
      return h1;
    }
    String withoutSite = withoutSite(title, site);
    return withoutSite.equals(title) ? withoutEnds(title) : withoutSite;
  }

  /**
   * The name of the site a page belongs to, as it declares it for social networks ({@code
   * og:site_name}: "GOV.UK", "The White House", "BBC News"), else as its schema.org JSON-LD names
   * its publisher; null when it declares neither.
   */
  static String siteName(Document page) {
    String site = meta(page, "og:site_name");
    if (site != null) {
      return site;
    }
    return JsonLd.found(page, JSON_LD_PUBLISHER)
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .findFirst()
        .orElse(null);
  }

  /** schema.org's publisher in a page's JSON-LD: {@code "publisher": {"@type": …, "name": "…"}}. */
  private static final Pattern JSON_LD_PUBLISHER =
      Pattern.compile("\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");

  /**
   * Every run of whole parts of a title between separators, the title itself included: "A | B | C"
   * gives "A", "A | B", "B", … so that an {@code <h1>} with a separator of its own is found.
   */
  private static List<String> parts(String title) {
    List<int[]> separators = separators(title);
    List<Integer> starts = new ArrayList<>(List.of(0));
    List<Integer> ends = new ArrayList<>();
    for (int[] s : separators) {
      ends.add(s[0]);
      starts.add(s[1]);
    }
    ends.add(title.length());
    List<String> parts = new ArrayList<>();
    for (int start : starts) {
      for (int end : ends) {
        if (start < end) {
          parts.add(title.substring(start, end));
        }
      }
    }
    return parts;
  }

  /** The title less its site name when the page declares it ({@code og:site_name}). */
  private static String withoutSite(String title, String site) {
    if (site == null) {
      return title;
    }
    for (int[] s : separators(title)) {
      String before = title.substring(0, s[0]);
      String after = title.substring(s[1]);
      if (after.equalsIgnoreCase(site) && words(before) > 0) {
        return before;
      }
      if (before.equalsIgnoreCase(site) && words(after) > 0) {
        return after;
      }
    }
    return title;
  }

  /**
   * The title less its last part ("… | Ministry of Foreign Affairs") when at least two words are
   * left, else less its first part ("MOFA | …") when at least three are left: a site name before
   * the title is rarer, and "US - Korea Deal" must stay whole.
   */
  private static String withoutEnds(String title) {
    List<int[]> separators = separators(title);
    if (separators.isEmpty()) {
      return title;
    }
    String head = title.substring(0, separators.get(separators.size() - 1)[0]);
    if (words(head) >= 2) {
      return head;
    }
    String tail = title.substring(separators.get(0)[1]);
    return words(tail) >= 3 ? tail : title;
  }

  private static List<int[]> separators(String title) {
    List<int[]> found = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(title);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    return found;
  }

  private static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }

  private static String meta(Document page, String property) {
    Element meta =
        page.selectFirst("meta[property='" + property + "'], meta[name='" + property + "']");
    if (meta == null) {
      return null;
    }
    String content = meta.attr("content").strip().replaceAll("\\s+", " ");
    return content.isEmpty() ? null : content;
  }
}
